// UTF-8 clean-up shared by every writer: names and claim texts come from articles and hand-made
// files and may hold invalid bytes; no export may turn them into an invalid JSON, XML or DOT file.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sg::text {

// Returns s with every invalid UTF-8 sequence (stray continuation bytes, truncated sequences,
// overlong forms, surrogates, code points above U+10FFFF) replaced by U+FFFD. Valid text is
// returned unchanged.
std::string valid_utf8(std::string_view s);
// Whether s is valid UTF-8 already (valid_utf8 would return it unchanged): writers ask this
// first and copy nothing when it is, as almost every string is.
bool is_valid_utf8(std::string_view s);

// Length in bytes of the valid UTF-8 character starting at s[i], or 0 if the bytes there do not
// form one.
std::size_t utf8_char_length(std::string_view s, std::size_t i);

// Shortens valid UTF-8 text to at most max_chars characters, cutting at a word boundary where
// one is near and appending "…"; text that fits is returned unchanged.
std::string shorten(std::string_view s, std::size_t max_chars);

}  // namespace sg::text
