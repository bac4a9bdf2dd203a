#include "loaders/reading/documents.hpp"

#include <algorithm>

#include "graph/error.hpp"
#include "loaders/exports/docx_text.hpp"
#include "loaders/exports/export_documents.hpp"
#include "loaders/html/html_page.hpp"

namespace sg::loaders {
namespace {

bool blank(std::string_view text) { return text.find_first_not_of(" \t\n\v\f") == std::string_view::npos; }

FileDocuments html_documents(SourceText src, const std::string& label) {
    FileDocuments out;
    out.format = InputFormat::Html;
    out.name = src.name;
    if (src.skipped) {
        out.skipped = "empty";
        out.warnings = std::move(src.warnings);
        return out;
    }
    HtmlPage page = read_html_page(src.text);
    if (blank(page.text)) {
        out.skipped = "no article text";
        out.warnings = std::move(src.warnings);
        out.warnings.push_back(label + ": no article text in the page (only scripts, navigation or site furniture), skipped");
        return out;
    }
    src.text = std::move(page.text);
    src.map = std::move(page.map);
    src.info = std::move(page.info);
    src.title = std::move(page.title);
    out.documents.push_back(std::move(src));
    return out;
}

FileDocuments text_documents(SourceText src) {
    FileDocuments out;
    out.name = src.name;
    if (src.skipped) {
        out.skipped = src.original.empty() ? "empty" : "blank";
        out.warnings = std::move(src.warnings);
        return out;
    }
    out.documents.push_back(std::move(src));
    return out;
}

bool has_extension(const std::string& name, std::string_view ext) {
    if (name.size() < ext.size()) return false;
    for (std::size_t i = 0; i < ext.size(); ++i) {
        char c = name[name.size() - ext.size() + i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != ext[i]) return false;
    }
    return true;
}

FileDocuments docx_documents(const std::string& name, const std::string& bytes, const std::string& label,
                             std::size_t max_bytes) {
    // The document part may be several times the zip's size; it is bounded like a file is, with
    // room for the markup around the text.
    DocxText docx = read_docx(bytes, std::max<std::size_t>(max_bytes, 1) * 8);
    FileDocuments out;
    out.format = InputFormat::Docx;
    out.name = name;
    if (!docx.error.empty()) {
        out.skipped = docx.error.rfind("not a zip", 0) == 0 ? "not a zip file" : "no Word document part";
        out.warnings.push_back(label + ": " + docx.error + ", skipped");
        return out;
    }
    SourceText text = clean_source(name, std::move(docx.text), label);
    if (text.skipped) {
        out.skipped = "empty";
        out.warnings.push_back(label + ": no text in the Word document, skipped");
        return out;
    }
    if (const ExportLayout layout = export_layout(text.text); layout != ExportLayout::None)
        return export_documents(std::move(text), layout, InputFormat::Docx, label, &docx.map);
    // One article in a Word file: its text, mapped to word/document.xml.
    text.map = std::move(docx.map);
    out.documents.push_back(std::move(text));
    return out;
}

}  // namespace

bool is_article_file_name(const std::filesystem::path& file) {
    std::string ext = file.extension().string();
    for (char& c : ext)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return ext == ".txt" || ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == ".docx";
}

FileDocuments documents_from_bytes(const std::string& name, std::string bytes, const std::string& label,
                                   std::size_t max_bytes) {
    if (has_extension(name, ".docx")) return docx_documents(name, bytes, label, max_bytes);
    if (looks_like_html(name, bytes)) return html_documents(clean_source(name, std::move(bytes), label), label);
    SourceText text = clean_source(name, std::move(bytes), label);
    if (!text.skipped)
        if (const ExportLayout layout = export_layout(text.text); layout != ExportLayout::None)
            return export_documents(std::move(text), layout, InputFormat::Export, label);
    return text_documents(std::move(text));
}

FileDocuments read_documents(const std::filesystem::path& file, std::size_t max_bytes) {
    std::string bytes = read_file_bytes(file, max_bytes);
    const std::string name = file.filename().string();
    if (has_extension(name, ".docx")) return docx_documents(name, bytes, file.string(), max_bytes);
    if (looks_binary(bytes))
        throw FileError(file.string() + ": binary file (NUL byte at offset " + std::to_string(bytes.find('\0')) +
                        "), not a text article");
    return documents_from_bytes(name, std::move(bytes), file.string(), max_bytes);
}

}  // namespace sg::loaders
