#include "loaders/reading/source_text.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>

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

// Whether the eight bytes at p are all ASCII and none is '\n' or '\r'. (A byte is zero in
// (v - 0x01..) & ~v & 0x80.. exactly when some byte of v is zero; v is the bytes xor the one
// looked for.)
bool plain_ascii_8(const char* p) {
    std::uint64_t x;
    std::memcpy(&x, p, 8);
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    auto has_byte = [&](unsigned char b) {
        const std::uint64_t v = x ^ (kOnes * b);
        return ((v - kOnes) & ~v & kHigh) != 0;
    };
    return (x & kHigh) == 0 && !has_byte('\n') && !has_byte('\r');
}

bool blank(std::string_view text) { return text.find_first_not_of(" \t\n\v\f") == std::string_view::npos; }

// "16 MiB" for whole mebibytes (how the option is given), otherwise the bytes.
std::string size_text(std::size_t bytes) {
    constexpr std::size_t kMiB = std::size_t{1} << 20;
    if (bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MiB";
    return std::to_string(bytes) + " bytes";
}

[[noreturn]] void too_big(const std::filesystem::path& file, const std::string& size, std::size_t max_bytes) {
    throw FileError(file.string() + ": " + size + " bytes is more than the --max-file-size limit (" +
                    size_text(max_bytes) + ")");
}

}  // namespace

bool looks_binary(std::string_view bytes) { return bytes.find('\0') != std::string_view::npos; }

SourceText clean_source(std::string name, std::string bytes, std::string label) {
    SourceText src;
    src.name = std::move(name);
    if (label.empty()) label = src.name;
    src.text = bytes;
    src.original = std::move(bytes);
    std::string& t = src.text;
    std::size_t i = 0;
    if (t.size() >= 3 && t.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        t[0] = t[1] = t[2] = ' ';
        i = 3;
    }
    std::size_t line = 1, column = 1, invalid = 0;
    while (i < t.size()) {
        // A run of ASCII bytes other than line ends, most of any text, is passed over eight bytes
        // at a time, then byte by byte (every document is cleaned once in each of the build's
        // three passes, and the general step below was about 20 instructions a byte).
        {
            const char* const d = t.data();
            const std::size_t n = t.size();
            std::size_t j = i;
            while (j + 8 <= n && plain_ascii_8(d + j)) j += 8;
            while (j < n && static_cast<unsigned char>(d[j]) < 0x80 && d[j] != '\n' && d[j] != '\r') ++j;
            column += j - i;
            i = j;
            if (i == n) break;
        }
        std::size_t len = 1;
        if (t[i] == '\n') {
            ++line;
            column = 0;
        } else if (t[i] == '\r') {
            t[i] = ' ';
        } else if ((len = valid_sequence(t, i)) == 0) {
            if (++invalid <= kMaxEncodingWarnings) {
                char byte[8];
                std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(t[i]));
                src.warnings.push_back(label + ":" + std::to_string(line) + ":" + std::to_string(column) +
                                       ": invalid UTF-8 byte " + byte + " replaced with '?'");
            }
            t[i] = '?';
            len = 1;
        }
        i += len;
        ++column;
    }
    if (invalid > kMaxEncodingWarnings)
        src.warnings.push_back(label + ": " + std::to_string(invalid - kMaxEncodingWarnings) +
                               " more invalid UTF-8 bytes replaced with '?' (" + std::to_string(invalid) +
                               " in all: is the file in another encoding? convert it to UTF-8, e.g. with iconv)");
    if (blank(t)) {
        src.skipped = true;
        src.warnings.push_back(label + (src.original.empty() ? ": empty file, skipped"
                                                             : ": no text (only white space), skipped"));
    }
    return src;
}

std::string read_file_bytes(const std::filesystem::path& file, std::size_t max_bytes) {
    // The size is known before reading for regular files; pipes and devices have none, and a file
    // may grow, so the limit is checked again while reading.
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    if (!ec && size > max_bytes) too_big(file, std::to_string(size), max_bytes);

    errno = 0;
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        const int err = errno;
        throw FileError(file.string() + ": cannot open file" + (err ? std::string(": ") + std::strerror(err) : ""));
    }
    std::string bytes;
    if (!ec) bytes.reserve(static_cast<std::size_t>(size));
    char chunk[1 << 16];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > max_bytes) too_big(file, "at least " + std::to_string(bytes.size()), max_bytes);
    }
    if (in.bad()) throw FileError(file.string() + ": read error");
    return bytes;
}

SourceText read_source(const std::filesystem::path& file, std::size_t max_bytes) {
    std::string bytes = read_file_bytes(file, max_bytes);
    if (looks_binary(bytes))
        throw FileError(file.string() + ": binary file (NUL byte at offset " +
                        std::to_string(bytes.find('\0')) + "), not a text article");
    return clean_source(file.filename().string(), std::move(bytes), file.string());
}

void drop_skipped(std::vector<SourceText>& sources, std::vector<std::string>& warnings) {
    const std::size_t total = sources.size();
    for (const auto& s : sources)
        if (s.skipped) warnings.insert(warnings.end(), s.warnings.begin(), s.warnings.end());
    std::erase_if(sources, [](const SourceText& s) { return s.skipped; });
    if (sources.empty() && total > 0)
        throw FileError(total == 1 ? warnings.back().substr(0, warnings.back().rfind(", skipped")) +
                                         ": no article to build"
                                   : "no article to build: all " + std::to_string(total) +
                                         " files are empty or only white space");
}

}  // namespace sg::loaders
