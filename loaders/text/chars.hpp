// Byte-level character classes for UTF-8 news text: white space (incl. NBSP), letters (ASCII and
// any non-punctuation multi-byte character), and the quotation marks of real pages.
#pragma once

#include <cstddef>
#include <string_view>

namespace sg::loaders {

enum class Mark {
    None,
    OpenSingle,    // ‘
    CloseSingle,   // ’ (also the apostrophe)
    OpenDouble,    // “
    CloseDouble,   // ”
    AsciiSingle,   // '
    AsciiDouble,   // "
    Acute,         // ´ (used as an apostrophe on some pages)
    Backtick,      // ` (two of them open a quotation in Penn Treebank style: ``like this'')
};

// (The classes below are asked at every byte of every paragraph, several times over: defined
// here, inline, since a call for each was about 5 % of a build.)

// The quotation mark starting at text[i] and its length in bytes (0 if none).
inline Mark mark_at(std::string_view t, std::size_t i, std::size_t* length = nullptr) {
    std::size_t dummy = 0;
    std::size_t& len = length ? *length : dummy;
    len = 0;
    if (i >= t.size()) return Mark::None;
    char c = t[i];
    if (c == '\'') { len = 1; return Mark::AsciiSingle; }
    if (c == '"') { len = 1; return Mark::AsciiDouble; }
    if (c == '`') { len = 1; return Mark::Backtick; }
    if (c == '\xC2' && i + 1 < t.size() && t[i + 1] == '\xB4') { len = 2; return Mark::Acute; }
    if (c == '\xE2' && i + 2 < t.size() && t[i + 1] == '\x80') {
        len = 3;
        switch (t[i + 2]) {
            case '\x98': return Mark::OpenSingle;
            case '\x99': return Mark::CloseSingle;
            case '\x9C': return Mark::OpenDouble;
            case '\x9D': return Mark::CloseDouble;
            default: break;
        }
    }
    len = 0;
    return Mark::None;
}

// Length of the white space character at text[i] (space, tab, CR, LF, NBSP), 0 if none.
inline std::size_t space_at(std::string_view t, std::size_t i) {
    if (i >= t.size()) return 0;
    char c = t[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return 1;
    if (c == '\xC2' && i + 1 < t.size() && t[i + 1] == '\xA0') return 2;
    return 0;
}
inline bool is_space(std::string_view t, std::size_t i) { return i < t.size() && space_at(t, i) > 0; }

// Number of copies of the byte text[i] in a row from i, stopping at `end` ("''" is 2, "```" 3).
std::size_t run_length(std::string_view text, std::size_t i, std::size_t end);

// A letter or digit at text[i] (multi-byte characters count as letters unless they are
// punctuation: quotes, dashes, ellipsis, NBSP, bullet).
inline bool is_word_char(std::string_view t, std::size_t i) {
    if (i >= t.size()) return false;
    auto c = static_cast<unsigned char>(t[i]);
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if ((c & 0xC0) == 0x80) return false;  // continuation byte: not a character start
    if (mark_at(t, i) != Mark::None || space_at(t, i)) return false;
    if (c == 0xE2) return false;  // general punctuation block: dashes, bullets, ellipsis, quotes
    if (c == 0xC2) return false;  // Latin-1 punctuation (´, «, », NBSP, ·)
    return true;
}
// Start of the character that ends right before i (i > 0).
inline std::size_t prev_char_start(std::string_view t, std::size_t i) {
    std::size_t j = i - 1;
    while (j > 0 && (static_cast<unsigned char>(t[j]) & 0xC0) == 0x80 && i - j < 4) --j;
    return j;
}
inline std::size_t char_length(std::string_view t, std::size_t i) {
    auto c = static_cast<unsigned char>(t[i]);
    std::size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return i + n <= t.size() ? n : 1;
}

inline bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_digit_ascii(char c) { return c >= '0' && c <= '9'; }

// Trims white space from both ends of [begin, end).
void trim_range(std::string_view text, std::size_t& begin, std::size_t& end);

}  // namespace sg::loaders
