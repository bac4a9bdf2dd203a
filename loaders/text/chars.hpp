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

// The quotation mark starting at text[i] and its length in bytes (0 if none).
Mark mark_at(std::string_view text, std::size_t i, std::size_t* length = nullptr);

// Length of the white space character at text[i] (space, tab, CR, LF, NBSP), 0 if none.
std::size_t space_at(std::string_view text, std::size_t i);
inline bool is_space(std::string_view t, std::size_t i) { return i < t.size() && space_at(t, i) > 0; }

// Number of copies of the byte text[i] in a row from i, stopping at `end` ("''" is 2, "```" 3).
std::size_t run_length(std::string_view text, std::size_t i, std::size_t end);

// A letter or digit at text[i] (multi-byte characters count as letters unless they are
// punctuation: quotes, dashes, ellipsis, NBSP, bullet).
bool is_word_char(std::string_view text, std::size_t i);
// Start of the character that ends right before i (i > 0).
std::size_t prev_char_start(std::string_view text, std::size_t i);
std::size_t char_length(std::string_view text, std::size_t i);

inline bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_digit_ascii(char c) { return c >= '0' && c <= '9'; }

// Trims white space from both ends of [begin, end).
void trim_range(std::string_view text, std::size_t& begin, std::size_t& end);

}  // namespace sg::loaders
