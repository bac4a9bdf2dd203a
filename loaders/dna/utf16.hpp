// DNA (Java) counts text positions in UTF-16 code units; stancegraph counts bytes of UTF-8.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace sg::loaders::dna {

// The character at s[i]: its length in bytes and in UTF-16 units, and whether it is valid UTF-8
// (an invalid byte is a character of one byte and one unit).
struct Utf8Char {
    std::size_t bytes;
    int units;
    bool valid;
};
Utf8Char utf8_char_at(std::string_view s, std::size_t i);

// The byte offset of every UTF-16 code unit boundary of `utf8`: element i is where unit i starts
// (the last element is utf8.size(), so the vector has one element more than the text has units).
// A character outside the BMP is two units; both map to its first byte, so an offset that falls
// between a surrogate pair still lands on a character boundary. An invalid byte counts as one
// unit (Java would read it as U+FFFD).
std::vector<std::uint64_t> utf16_to_byte_offsets(std::string_view utf8);

// The number of UTF-16 code units of `utf8` (invalid bytes one each).
std::uint64_t utf16_length(std::string_view utf8);

}  // namespace sg::loaders::dna
