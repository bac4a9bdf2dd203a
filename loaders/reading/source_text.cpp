#include "loaders/reading/source_text.hpp"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>

#include "graph/error.hpp"

namespace sg::loaders {
namespace {

// Length of the valid UTF-8 sequence at s[i], 0 if invalid (overlong, surrogate, > U+10FFFF).
std::size_t valid_sequence(std::string_view s, std::size_t i) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    if (c < 0x80) return 1;
    std::size_t len = 0;
    unsigned cp = 0;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return 0;
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((b(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    if (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return 0;
    if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return 0;
    return len;
}

}  // namespace

bool looks_binary(std::string_view bytes) { return bytes.find('\0') != std::string_view::npos; }

SourceText clean_source(std::string name, std::string bytes) {
    SourceText src;
    src.name = std::move(name);
    src.text = bytes;
    src.original = std::move(bytes);
    std::string& t = src.text;
    std::size_t i = 0;
    if (t.size() >= 3 && t.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        t[0] = t[1] = t[2] = ' ';
        i = 3;
    }
    while (i < t.size()) {
        if (t[i] == '\r') { t[i++] = ' '; continue; }
        std::size_t len = valid_sequence(t, i);
        if (len == 0) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned char>(t[i]));
            src.warnings.push_back(src.name + ":" + std::to_string(i) + ": invalid UTF-8 byte " +
                                   buf + " replaced");
            t[i++] = '?';
            continue;
        }
        i += len;
    }
    return src;
}

SourceText read_source(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw FileError(file.string() + ": cannot open file");
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) throw FileError(file.string() + ": read error");
    std::string bytes = std::move(buf).str();
    if (looks_binary(bytes))
        throw FileError(file.string() + ": binary file (NUL byte at offset " +
                        std::to_string(bytes.find('\0')) + "), not a text article");
    return clean_source(file.filename().string(), std::move(bytes));
}

}  // namespace sg::loaders
