#include "loaders/stance/pattern_index.hpp"

#include <algorithm>

namespace sg::loaders::stance {

void PatternIndex::add(std::vector<Pattern>& group) {
    for (Pattern& p : group) {
        p.memo_slot = static_cast<std::uint32_t>(by_slot_.size());
        by_slot_.push_back(&p);
        if (p.terms.empty()) continue;  // matches nothing
        // (a term built by hand, without ids of the alternatives' shape, is given them on a copy)
        PatternTerm first = p.terms[0];
        if (first.alternative_ids.size() != first.alternatives.size()) assign_stem_ids(first);
        for (const auto& alt : first.alternative_ids)
            if (!alt.empty()) entries_.push_back({alt[0], p.memo_slot});
    }
    rebuild_table();  // (a few hundred patterns, once per classifier)
}

void PatternIndex::rebuild_table() {
    std::sort(entries_.begin(), entries_.end());
    entries_.erase(std::unique(entries_.begin(), entries_.end()), entries_.end());
    keys_.clear();
    starts_.clear();
    slots_of_.clear();
    for (const auto& [word, slot] : entries_) {
        if (keys_.empty() || keys_.back() != word) {
            keys_.push_back(word);
            starts_.push_back(static_cast<std::uint32_t>(slots_of_.size()));
        }
        slots_of_.push_back(slot);
    }
    starts_.push_back(static_cast<std::uint32_t>(slots_of_.size()));
    std::size_t capacity = 8;
    while (capacity < 2 * keys_.size()) capacity *= 2;
    table_.assign(capacity, kNone);
    for (std::uint32_t k = 0; k < keys_.size(); ++k) {
        std::size_t s = slot_of(keys_[k], capacity - 1);
        while (table_[s] != kNone) s = (s + 1) & (capacity - 1);
        table_[s] = k;
    }
}

void PatternIndex::mark(StemId first_word, PatternSet& set) const {
    if (table_.empty()) return;  // nothing added
    const std::size_t mask = table_.size() - 1;
    for (std::size_t s = slot_of(first_word, mask); table_[s] != kNone; s = (s + 1) & mask) {
        const std::uint32_t k = table_[s];
        if (keys_[k] != first_word) continue;
        for (std::uint32_t i = starts_[k]; i < starts_[k + 1]; ++i)
            set.bits_[slots_of_[i] / 64] |= std::uint64_t{1} << (slots_of_[i] % 64);
        return;
    }
}

PatternSet PatternIndex::possible_in(const TokenIndex& text) const {
    PatternSet set;
    set.bits_.assign((by_slot_.size() + 63) / 64, 0);
    // From whichever side is shorter: a claim's few stems looked up here, or this index's first
    // words looked up in a whole document's index (walking its table costs about a step per slot).
    if (text.table_size() <= 2 * keys_.size()) {
        text.for_each_stem([&](StemId stem) { mark(stem, set); });
    } else {
        for (StemId word : keys_)
            if (!text.by_stem(word).empty() || !text.by_base(word).empty()) mark(word, set);
    }
    return set;
}

}  // namespace sg::loaders::stance
