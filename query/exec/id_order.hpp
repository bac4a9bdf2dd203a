// Rows put in node id order before their nodes' names and properties are read: the graph file
// keeps node records and names in id order, so reads in id order walk forwards through its pages
// (table.hpp's late columns, walks.cpp's neighbourhood).
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace sg::query {

// Sorts numbers packed as (node id << 32 | row) whose rows (the low 32 bits) ascend in the order
// given: the result is what std::sort gives (by id, then by row), found by a stable radix sort of
// the ids alone, 11 bits a pass (two passes for the 1.1 million nodes of a 10^6-claim graph).
// Sorting 16,000 such numbers with std::sort had been 15 % of `count claims by organisation`
// (callgrind); the passes cost a few instructions per number.
inline void sort_by_packed_id(std::vector<std::uint64_t>& packed) {
    constexpr std::size_t kSmall = 256;  // below this std::sort is as cheap as the buckets
    if (packed.size() < kSmall) {
        std::sort(packed.begin(), packed.end());
        return;
    }
    std::uint64_t highest = 0;
    for (std::uint64_t p : packed) highest = std::max(highest, p >> 32);
    constexpr unsigned kBits = 11;
    constexpr std::size_t kBuckets = std::size_t{1} << kBits;
    std::vector<std::uint64_t> other(packed.size());
    for (unsigned shift = 32; shift < 64 && (highest >> (shift - 32)) != 0; shift += kBits) {
        std::array<std::uint32_t, kBuckets> start{};
        for (std::uint64_t p : packed) ++start[(p >> shift) & (kBuckets - 1)];
        std::uint32_t at = 0;
        for (std::uint32_t& s : start) {
            const std::uint32_t n = s;
            s = at;
            at += n;
        }
        for (std::uint64_t p : packed) other[start[(p >> shift) & (kBuckets - 1)]++] = p;
        packed.swap(other);
    }
}

// Sorts items stably by the node id key(item) gives, by counting: a count per id of the range the
// ids span, then each item moved once to its place. Only when that range is no wider than a few
// times the number of items (the people and organisations a statement meets are numbered close
// together: 120,000 actors' ids for the 395,000 tallies of `who agrees with X` at 10^6 claims);
// false, the items untouched, when it is wider. Cheaper there than sort_by_packed_id, which makes
// (id, index) numbers, sorts them in two passes and then gathers the items from scattered places.
template <typename T, typename Key>
bool sort_by_id_counting(std::vector<T>& items, Key key) {
    if (items.empty()) return true;
    std::uint32_t lowest = key(items.front()), highest = lowest;
    for (const T& x : items) {
        lowest = std::min<std::uint32_t>(lowest, key(x));
        highest = std::max<std::uint32_t>(highest, key(x));
    }
    const std::size_t range = std::size_t{highest} - lowest + 1;
    if (range > 4 * items.size() + 4096) return false;
    std::vector<std::uint32_t> start(range + 1, 0);  // per id: where its first item goes
    for (const T& x : items) ++start[key(x) - lowest + 1];
    for (std::size_t i = 1; i <= range; ++i) start[i] += start[i - 1];
    std::vector<T> sorted(items.size());
    for (T& x : items) sorted[start[key(x) - lowest]++] = std::move(x);
    items = std::move(sorted);
    return true;
}

}  // namespace sg::query
