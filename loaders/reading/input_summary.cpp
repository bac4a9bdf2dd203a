#include "loaders/reading/input_summary.hpp"

namespace sg::loaders {
namespace {

std::string counted(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

void InputSummary::count(const FileDocuments& f) {
    if (!f.skipped.empty()) {
        skip(f.skipped);
        return;
    }
    switch (f.format) {
        case InputFormat::Text: ++text_files; break;
        case InputFormat::Html: ++html_pages; break;
        case InputFormat::Export: ++export_files, export_articles += f.documents.size(); break;
        case InputFormat::Docx: ++docx_files, docx_articles += f.documents.size(); break;
    }
}

std::string InputSummary::describe() const {
    std::string out;
    auto add = [&](const std::string& part) { out += (out.empty() ? "" : ", ") + part; };
    if (text_files) add(counted(text_files, "text article", "text articles"));
    if (html_pages) add(counted(html_pages, "HTML page", "HTML pages"));
    if (export_files)
        add(counted(export_files, "export file", "export files") + " with " +
            counted(export_articles, "article", "articles"));
    if (docx_files)
        add(counted(docx_files, ".docx export", ".docx exports") + " with " +
            counted(docx_articles, "article", "articles"));
    std::size_t skipped_files = 0;
    std::string why;
    for (const auto& [reason, n] : skipped) {
        skipped_files += n;
        why += (why.empty() ? "" : ", ") + (skipped.size() > 1 ? std::to_string(n) + " " : "") + reason;
    }
    if (skipped_files) out += (out.empty() ? "" : "; ") + std::to_string(skipped_files) + " skipped: " + why;
    return out;
}

}  // namespace sg::loaders
