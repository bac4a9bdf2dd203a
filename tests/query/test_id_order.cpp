// Rows put in node id order by a radix sort (query/exec/id_order.hpp): the order std::sort gives.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "query/exec/id_order.hpp"

TEST_CASE("sort_by_packed_id: by id, then by row, as std::sort, for small and large ids and answers") {
    std::mt19937_64 random(7);
    for (std::uint32_t highest : {1u, 300u, 5000u, 1u << 21, 0xFFFFFFFFu}) {
        for (std::size_t n : {0u, 10u, 255u, 256u, 20000u}) {
            CAPTURE(highest);
            CAPTURE(n);
            std::vector<std::uint64_t> packed;
            for (std::size_t row = 0; row < n; ++row)
                packed.push_back((std::uint64_t{static_cast<std::uint32_t>(random() % (std::uint64_t{highest} + 1))} << 32) | row);
            std::vector<std::uint64_t> expected = packed;
            std::sort(expected.begin(), expected.end());
            sg::query::sort_by_packed_id(packed);
            CHECK(packed == expected);
        }
    }
}

TEST_CASE("sort_by_id_counting: stable by id, as std::stable_sort; refused, untouched, when the ids spread too wide") {
    struct Item {
        std::uint32_t id;
        std::size_t order;  // where it was: ties keep it
        bool operator==(const Item&) const = default;
    };
    auto id = [](const Item& x) { return x.id; };
    std::mt19937_64 random(11);
    for (std::uint32_t lowest : {0u, 1000u, 0xFFFF0000u}) {
        for (std::uint32_t spread : {1u, 50u, 4000u}) {
            for (std::size_t n : {0u, 1u, 7u, 3000u}) {
                CAPTURE(lowest);
                CAPTURE(spread);
                CAPTURE(n);
                std::vector<Item> items;
                for (std::size_t i = 0; i < n; ++i) items.push_back(Item{lowest + static_cast<std::uint32_t>(random() % spread), i});
                std::vector<Item> expected = items;
                std::stable_sort(expected.begin(), expected.end(), [](const Item& a, const Item& b) { return a.id < b.id; });
                REQUIRE(sg::query::sort_by_id_counting(items, id));
                CHECK(items == expected);
            }
        }
    }
    // Two ids a million apart among three items: a range of a million counters for three items.
    std::vector<Item> wide{{1'000'000, 0}, {0, 1}, {5, 2}};
    const std::vector<Item> before = wide;
    CHECK_FALSE(sg::query::sort_by_id_counting(wide, id));
    CHECK(wide == before);
}
