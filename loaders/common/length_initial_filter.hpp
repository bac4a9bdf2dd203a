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
#include <functional>
#include <utility>
#include <vector>

#include "loaders/common/word_table.hpp"

namespace sg::loaders {

class LengthInitialFilter {
public:
    void clear() { bits_.fill(0); }
    void note(std::string_view w) {
        if (!w.empty()) bits_[bit(w) >> 6] |= std::uint64_t{1} << (bit(w) & 63);
    }
    // false: no word noted has w's length and first byte, so w is none of them.
    // (Always inlined: it stands in front of every count() of a sealed word list, where a call
    // costs more than the test.)
    [[gnu::always_inline]] bool may_hold(std::string_view w) const {
        return w.empty() || (bits_[bit(w) >> 6] >> (bit(w) & 63) & 1);
    }

private:
    static std::size_t bit(std::string_view w) {
        return std::min<std::size_t>(w.size(), 63) << 8 | static_cast<unsigned char>(w[0]);
    }
    std::array<std::uint64_t, 256> bits_{};  // 64 lengths (the last: 63 or more) x 256 first bytes
};

// A test of absence by hash, in front of a set of phrases' first words (the mention finder's):
// the hashes of the words in a small open-addressing table; a word whose hash is not in the
// table is none of the words. Holds hashes only (no pointers into the set), so it copies with it.
// (A sealed FilteredSet answers from a WordTable instead, which holds the words.)
class WordHashes {
public:
    template <class Words>
    void assign(const Words& words) {
        std::size_t n = 0;
        for (const auto& w : words) n += !std::string_view(w).empty();
        std::size_t capacity = 8;
        while (capacity < 2 * n) capacity *= 2;
        slots_.assign(capacity, 0);
        for (const auto& w : words) {
            const std::string_view v(w);
            if (v.empty()) continue;
            const std::size_t h = hash(v);
            std::size_t s = h & (capacity - 1);
            while (slots_[s] != 0 && slots_[s] != h) s = (s + 1) & (capacity - 1);
            slots_[s] = h;
        }
    }
    // false: no word assigned has w's hash, so w is none of them (an empty word is not judged).
    bool may_hold(std::string_view w) const {
        if (slots_.empty() || w.empty()) return true;
        const std::size_t h = hash(w);
        for (std::size_t s = h & (slots_.size() - 1); slots_[s] != 0; s = (s + 1) & (slots_.size() - 1))
            if (slots_[s] == h) return true;
        return false;
    }

private:
    static std::size_t hash(std::string_view w) {
        const std::size_t h = std::hash<std::string_view>{}(w);
        return h == 0 ? 1 : h;  // 0 marks a free slot
    }
    std::vector<std::size_t> slots_;  // a power of two long, or empty (not assigned)
};

// A set of words (std::set or std::unordered_set of std::string) with the filter in front:
// seal() after the last insert notes the words; then count() of a word the filter rules out
// answers 0 without the set, and the other words are answered by a WordTable of its words
// (loaders/common/word_table.hpp) instead of the set. An insert or emplace after seal() unseals it (the set alone answers
// until the next seal()).
template <class Set>
class FilteredSet : public Set {
public:
    using Set::Set;
    FilteredSet() = default;
    // From a whole set: sealed at once.
    FilteredSet(Set words) : Set(std::move(words)) { seal(); }
    FilteredSet& operator=(Set words) {
        Set::operator=(std::move(words));
        seal();
        return *this;
    }
    template <class... A>
    auto insert(A&&... a) {
        sealed_ = false;
        return Set::insert(std::forward<A>(a)...);
    }
    template <class... A>
    auto emplace(A&&... a) {
        sealed_ = false;
        return Set::emplace(std::forward<A>(a)...);
    }
    void seal() {
        filter_.clear();
        for (const auto& w : *this) filter_.note(w);
        table_.assign(*this);
        sealed_ = true;
    }
    bool sealed() const { return sealed_; }
    // (The filter's test is made where count() is called, and only a word it lets through pays
    // a call: most words asked are ruled out, and the call itself was most of their cost.)
    template <class Word>
    [[gnu::always_inline]] std::size_t count(const Word& w) const {
        if (sealed_ && !filter_.may_hold(std::string_view(w))) return 0;
        return count_past_filter(w);
    }
    template <class Word>
    bool contains(const Word& w) const {
        return count(w) > 0;
    }

private:
    template <class Word>
    [[gnu::noinline]] std::size_t count_past_filter(const Word& w) const {
        if (sealed_) return table_.count(std::string_view(w));
        return Set::count(w);
    }
    // Once sealed, the set is answered by a WordTable of its words: one probe, where a std::set
    // walks a tree of string comparisons and a small std::unordered_set (up to 20 strings, in
    // libstdc++) compares the word with each of its entries in turn.
    LengthInitialFilter filter_;
    WordTable table_;
    bool sealed_ = false;
};

}  // namespace sg::loaders
