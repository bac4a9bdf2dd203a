// A classifier's position patterns by the first words they can start with, so that a text is
// asked only about the patterns that can match in it at all. Every claim, context and sentence
// used to be asked about every pattern of every position, several times over (mark_mentions,
// score_position, naming_weight, find_reported: over half a million questions per 50
// documents), and nearly every answer was "none": a pattern matches only where a word of the
// text is one of its first term's first words (find_matches starts nowhere else).
#pragma once

#include <cstdint>
#include <vector>

#include "loaders/stance/stance_patterns.hpp"

namespace sg::loaders::stance {

// The patterns of one PatternIndex that can match in one text: a bit per memo slot.
class PatternSet {
public:
    bool contains(std::uint32_t slot) const {
        return slot / 64 < bits_.size() && (bits_[slot / 64] >> (slot % 64) & 1);
    }

private:
    friend class PatternIndex;
    std::vector<std::uint64_t> bits_;
};

class PatternIndex {
public:
    // Numbers the patterns of `group` (Pattern::memo_slot) after those of the groups added
    // before, and indexes them by their first words. The patterns are known by address from
    // then on: the group must not move or change after.
    void add(std::vector<Pattern>& group);

    // The patterns whose first term has an alternative starting with a stem of the text, or
    // with the positive stem of one of its contracted negations ("can" of "can't"): the only
    // ones find_matches can find anywhere in it, whatever the range asked. `text` is the token
    // index of the text.
    PatternSet possible_in(const TokenIndex& text) const;

    // Calls f(pattern) for each pattern of `group` in `possible`, in the group's order. A group
    // this index did not number (a copy, another classifier's patterns) has every pattern
    // called: nothing is skipped that was not known to be impossible.
    template <class F>
    void for_each_possible(const std::vector<Pattern>& group, const PatternSet& possible, F&& f) const {
        if (group.empty()) return;
        if (!numbered_here(group)) {
            for (const Pattern& p : group) f(p);
            return;
        }
        const std::uint32_t first = group.front().memo_slot;
        const std::uint32_t end = first + static_cast<std::uint32_t>(group.size());
        // Word by word of the set's bits: most words of a group's range are empty.
        for (std::uint32_t w = first / 64; w * 64 < end && w < possible.bits_.size(); ++w) {
            std::uint64_t bits = possible.bits_[w];
            if (w == first / 64) bits &= ~std::uint64_t{0} << (first % 64);
            while (bits) {
                const std::uint32_t slot = w * 64 + static_cast<std::uint32_t>(__builtin_ctzll(bits));
                if (slot >= end) return;
                f(group[slot - first]);
                bits &= bits - 1;
            }
        }
    }

    // How many distinct first words the patterns have.
    std::size_t first_word_count() const { return keys_.size(); }

private:
    // (`group` not empty)
    bool numbered_here(const std::vector<Pattern>& group) const {
        const std::size_t first = group.front().memo_slot, last = first + group.size() - 1;
        return first != 0 && last < by_slot_.size() && by_slot_[first] == &group.front() &&
               by_slot_[last] == &group.back();
    }
    void mark(StemId first_word, PatternSet& set) const;
    static std::size_t slot_of(StemId id, std::size_t mask) {
        return static_cast<std::size_t>(id * 0x9E3779B1u) & mask;
    }
    void rebuild_table();

    std::vector<const Pattern*> by_slot_{nullptr};  // by memo slot; slot 0 is no pattern
    // Each first word once (keys_), with the slots of the patterns that can start with it:
    // slots_of_[starts_[k], starts_[k + 1]) for keys_[k]; found through an open-addressing
    // table of key indexes (table_, a power of two long, kNone: empty).
    std::vector<StemId> keys_;
    std::vector<std::uint32_t> starts_, slots_of_;
    static constexpr std::uint32_t kNone = ~std::uint32_t{0};
    std::vector<std::uint32_t> table_;
    // (first word, slot) of every pattern added, for rebuilding the above.
    std::vector<std::pair<StemId, std::uint32_t>> entries_;
};

}  // namespace sg::loaders::stance
