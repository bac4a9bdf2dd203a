#include "loaders/dna/dna_text.hpp"

#include "loaders/dna/utf16.hpp"

namespace sg::loaders::dna {

DnaText dna_text(std::string_view in) {
    DnaText out;
    out.units.assign(in.size() + 1, 0);
    std::size_t i = 0;
    std::uint64_t unit = 0;
    if (in.substr(0, 3) == "\xEF\xBB\xBF") {
        for (; i < 3; ++i) out.units[i] = 0;
    }
    while (i < in.size()) {
        out.units[i] = unit;
        if (in[i] == '\r') {
            if (i + 1 < in.size() && in[i + 1] == '\n') {  // "\r\n": the '\n' stands for both
                ++i;
                continue;
            }
            out.text += '\n';
            ++unit;
            ++i;
            continue;
        }
        // One character: its bytes as they are when valid UTF-8, '?' for an invalid byte.
        const Utf8Char c = utf8_char_at(in, i);
        out.text.append(c.valid ? in.substr(i, c.bytes) : std::string_view("?"));
        for (std::size_t k = 1; k < c.bytes; ++k) out.units[i + k] = unit;  // inside a character
        unit += static_cast<std::uint64_t>(c.units);
        i += c.bytes;
    }
    out.units[in.size()] = unit;
    return out;
}

}  // namespace sg::loaders::dna
