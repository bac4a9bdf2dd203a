// An article file's bytes as the text of a DNA document: line ends `\n` (DNA's editor counts a
// CR as a character of its own, so "\r\n" and a lone "\r" become "\n"), a leading byte order mark
// dropped, invalid UTF-8 bytes replaced by '?' (as `build` reads them, so claim spans still hold
// the same characters), and for every byte offset of the file the UTF-16 offset in that text,
// which DNA's statements count in.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sg::loaders::dna {

struct DnaText {
    std::string text;
    std::vector<std::uint64_t> units;  // file byte offset (0 .. size) -> UTF-16 offset in text
};

DnaText dna_text(std::string_view file_bytes);

}  // namespace sg::loaders::dna
