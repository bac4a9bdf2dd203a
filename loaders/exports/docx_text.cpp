#include "loaders/exports/docx_text.hpp"

#include <memory>

#include <zip.h>

namespace sg::loaders {
namespace {

void append_utf8(std::string& out, unsigned long cp) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// The character an XML reference at xml[i] == '&' stands for, and where the reference ends; an
// '&' that starts no reference is itself.
std::size_t decode_reference(std::string_view xml, std::size_t i, std::string& out) {
    const std::size_t semi = xml.find(';', i);
    if (semi == std::string_view::npos || semi - i > 12) {
        out += '&';
        return i + 1;
    }
    const std::string_view name = xml.substr(i + 1, semi - i - 1);
    if (name == "lt") out += '<';
    else if (name == "gt") out += '>';
    else if (name == "amp") out += '&';
    else if (name == "quot") out += '"';
    else if (name == "apos") out += '\'';
    else if (name.size() >= 2 && name[0] == '#') {
        const bool hex = name[1] == 'x' || name[1] == 'X';
        unsigned long cp = 0;
        for (char c : name.substr(hex ? 2 : 1)) {
            const int d = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) { cp = 0xFFFD; break; }
            cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(d);
            if (cp > 0x10FFFF) cp = 0x110000;
        }
        append_utf8(out, cp);
    } else {
        out += '&';
        return i + 1;
    }
    return semi + 1;
}

// The element name of a tag's text ("w:t xml:space=..." -> "w:t"; "/w:p" -> "/w:p").
std::string_view tag_name(std::string_view tag) {
    std::size_t n = 0;
    while (n < tag.size() && tag[n] != ' ' && tag[n] != '\t' && tag[n] != '\n' && tag[n] != '\r' && tag[n] != '/') ++n;
    if (n == 0 && !tag.empty() && tag[0] == '/') {
        n = 1;
        while (n < tag.size() && tag[n] != ' ' && tag[n] != '>') ++n;
    }
    return tag.substr(0, n);
}

// The paragraphs' text of word/document.xml.
void document_text(std::string_view xml, DocxText& out) {
    bool in_text = false;
    std::size_t i = 0;
    while (i < xml.size()) {
        if (xml[i] == '<') {
            const std::size_t gt = xml.find('>', i);
            if (gt == std::string_view::npos) break;  // a cut tag ends the part
            const std::string_view tag = xml.substr(i + 1, gt - i - 1);
            const std::string_view name = tag_name(tag);
            const bool empty_element = !tag.empty() && tag.back() == '/';
            if (name == "w:t") in_text = !empty_element;
            else if (name == "/w:t") in_text = false;
            else if (name == "/w:p" || (name == "w:p" && empty_element)) {
                out.text += '\n';
                out.map.add(1, gt + 1, gt + 1, false);
            } else if (name == "w:tab") {
                out.text += '\t';
                out.map.add(1, i, gt + 1, false);
            } else if (name == "w:br" || name == "w:cr") {
                out.text += '\n';
                out.map.add(1, i, gt + 1, false);
            }
            i = gt + 1;
            continue;
        }
        if (!in_text) {
            ++i;
            continue;
        }
        if (xml[i] == '&') {
            std::string ch;
            const std::size_t end = decode_reference(xml, i, ch);
            out.text += ch;
            out.map.add(ch.size(), i, end, false);
            i = end;
            continue;
        }
        std::size_t run = i;
        while (run < xml.size() && xml[run] != '<' && xml[run] != '&') ++run;
        out.text.append(xml.substr(i, run - i));
        out.map.add(run - i, i, run, true);
        i = run;
    }
}

}  // namespace

DocxText read_docx(std::string_view bytes, std::size_t max_xml_bytes) {
    DocxText out;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source) {
        out.error = "cannot read it as a zip file";
        zip_error_fini(&error);
        return out;
    }
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!archive) {
        zip_source_free(source);
        out.error = "not a zip file (a .docx is one)";
        zip_error_fini(&error);
        return out;
    }
    zip_error_fini(&error);
    const std::unique_ptr<zip_t, decltype(&zip_discard)> zip(archive, &zip_discard);
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(archive, "word/document.xml", 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
        out.error = "no word/document.xml in the zip: not a Word document";
        return out;
    }
    if (st.size > max_xml_bytes) {
        out.error = "its word/document.xml is " + std::to_string(st.size) + " bytes uncompressed, more than the --max-file-size limit";
        return out;
    }
    const std::unique_ptr<zip_file_t, decltype(&zip_fclose)> part(zip_fopen(archive, "word/document.xml", 0), &zip_fclose);
    if (!part) {
        out.error = "cannot read its word/document.xml (damaged or encrypted)";
        return out;
    }
    std::string xml(static_cast<std::size_t>(st.size), '\0');
    std::size_t got = 0;
    while (got < xml.size()) {
        const zip_int64_t n = zip_fread(part.get(), xml.data() + got, xml.size() - got);
        if (n <= 0) break;
        got += static_cast<std::size_t>(n);
    }
    if (got != xml.size()) {
        out.error = "its word/document.xml is damaged (read " + std::to_string(got) + " of " + std::to_string(xml.size()) + " bytes)";
        return out;
    }
    document_text(xml, out);
    return out;
}

}  // namespace sg::loaders
