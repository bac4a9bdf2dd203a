// The first two bytes of a few roots, as a filter in front of related_roots: two roots of one
// family (stance_topic_words.hpp: equal, or one a prefix of the other, both five bytes or more)
// begin with the same two bytes, so a word whose root begins otherwise than every root of the
// filter is related to none of them, and no string is compared for it. Tier-2 naming asks this
// of every word of every text for every position (tier2_tokens), and nearly every answer is no.
#pragma once

#include <cstdint>
#include <string>

namespace sg::loaders::stance {

class RootInitials {
public:
    void add(const std::string& root) { bits_[key(root) / 64] |= std::uint64_t{1} << (key(root) % 64); }
    // False: `root` is related to no root added. True: it may be (compare to know).
    bool may_relate(const std::string& root) const { return bits_[key(root) / 64] >> (key(root) % 64) & 1; }

private:
    // The first two bytes (the second 0 for a root of one byte), folded into 256 bits.
    static unsigned key(const std::string& root) {
        const unsigned first = root.empty() ? 0u : static_cast<unsigned char>(root[0]);
        const unsigned second = root.size() < 2 ? 0u : static_cast<unsigned char>(root[1]);
        return (first * 37u + second) & 255u;
    }
    std::uint64_t bits_[4] = {0, 0, 0, 0};
};

}  // namespace sg::loaders::stance
