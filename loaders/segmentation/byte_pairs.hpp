// The pairs of adjacent bytes a text holds, folded into 1024 bits: a quick test of absence in
// front of a substring search. A pattern of two bytes or more can occur in the text only if its
// first two bytes are a pair of it, so a pattern whose first pair's bit is clear is not there.
// is_boilerplate_key looks for each of its 66 furniture phrases in every short line, and each
// search (a memchr and memcmp walk over the line) was most of its cost.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sg::loaders {

class BytePairs {
public:
    explicit BytePairs(std::string_view text) {
        for (std::size_t i = 0; i + 1 < text.size(); ++i) {
            const unsigned b = bit(text[i], text[i + 1]);
            bits_[b >> 6] |= std::uint64_t{1} << (b & 63);
        }
    }
    // False: `pattern` (two bytes or more) is not in the text. True: it may be (search to know).
    // A pattern shorter than two bytes is never ruled out.
    bool may_contain(std::string_view pattern) const {
        if (pattern.size() < 2) return true;
        const unsigned b = bit(pattern[0], pattern[1]);
        return bits_[b >> 6] >> (b & 63) & 1;
    }

private:
    static unsigned bit(char a, char b) {
        return (static_cast<unsigned char>(a) * 31u + static_cast<unsigned char>(b)) & 1023u;
    }
    std::uint64_t bits_[16] = {};
};

}  // namespace sg::loaders
