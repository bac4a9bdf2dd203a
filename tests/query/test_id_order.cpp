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
