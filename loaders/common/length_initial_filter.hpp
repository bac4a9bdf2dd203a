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
#include <utility>

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

// A set of words (std::set or std::unordered_set of std::string) with the filter in front:
// seal() after the last insert notes the words; then count() of a word the filter rules out
// answers 0 without the set. An insert or emplace after seal() unseals it (the set alone answers
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
        sealed_ = true;
    }
    bool sealed() const { return sealed_; }
    template <class Word>
    std::size_t count(const Word& w) const {
        if (sealed_ && !filter_.may_hold(std::string_view(w))) return 0;
        return Set::count(w);
    }
    template <class Word>
    bool contains(const Word& w) const {
        return count(w) > 0;
    }

private:
    LengthInitialFilter filter_;
    bool sealed_ = false;
};

}  // namespace sg::loaders
