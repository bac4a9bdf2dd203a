// The last organisations' names read, by node id: most rows' organisations are a few large ones,
// so each name is read from the graph file once instead of once per member (table.hpp's late
// columns, stored_sources.cpp's fold of agreement rows).
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <string_view>
#include <vector>

#include "graph/store/graph_store.hpp"

namespace sg::query {

class OrganisationNames {
public:
    // `rows`: about how many names will be asked for. The table is direct-mapped, 64 slots, or
    // more for a long answer: `who agrees with X` at 10^6 claims asks 64,000 times among 20,000
    // organisations, and with 64 slots four in ten had missed and read the name again.
    explicit OrganisationNames(const GraphStore& g, std::size_t rows = 0)
        : g_(g), slots_(std::bit_ceil(std::clamp<std::size_t>(rows / 16, 64, 4096))) {}

    // The name of organisation `o`, from the cache when `o` was the last id of its slot.
    std::string_view operator()(NodeId o) {
        Named& slot = slots_[o & (slots_.size() - 1)];
        if (slot.id != o) slot = Named{o, g_.name(o)};
        return slot.name;
    }

private:
    struct Named {
        NodeId id = kNoNode;
        std::string_view name;
    };
    const GraphStore& g_;
    std::vector<Named> slots_;  // a power of two
};

}  // namespace sg::query
