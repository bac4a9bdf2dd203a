// A quick test of absence in front of a word list: which (length, first byte) pairs its words
// have. Most words a text asks a lexicon about are in none of its lists, and a set lookup (a tree
// of string comparisons, or a hash) for each was a top entry of a build's profile; a word whose
// pair no entry has is answered "absent" from one bit. Shared by the mention finder's WordSet
// and the stance classifier's StemSet.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sg::loaders {

class LengthInitialFilter {
public:
    void clear() { bits_.fill(0); }
    void note(std::string_view w) {
        if (!w.empty()) bits_[bit(w) >> 6] |= std::uint64_t{1} << (bit(w) & 63);
    }
    // false: no word noted has w's length and first byte, so w is none of them.
    bool may_hold(std::string_view w) const { return w.empty() || (bits_[bit(w) >> 6] >> (bit(w) & 63) & 1); }

private:
    static std::size_t bit(std::string_view w) {
        return std::min<std::size_t>(w.size(), 63) << 8 | static_cast<unsigned char>(w[0]);
    }
    std::array<std::uint64_t, 256> bits_{};  // 64 lengths (the last: 63 or more) x 256 first bytes
};

}  // namespace sg::loaders
