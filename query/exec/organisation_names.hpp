// The last organisations' names read, by node id: most rows' organisations are a few large ones,
// so each name is read from the graph file once instead of once per member (table.hpp's late
// columns, stored_sources.cpp's fold of agreement rows).
#pragma once

#include <array>
#include <string_view>

#include "graph/store/graph_store.hpp"

namespace sg::query {

class OrganisationNames {
public:
    explicit OrganisationNames(const GraphStore& g) : g_(g) {}

    // The name of organisation `o`, from the cache when `o` was the last id of its slot.
    std::string_view operator()(NodeId o) {
        Named& slot = slots_[o % slots_.size()];
        if (slot.id != o) slot = Named{o, g_.name(o)};
        return slot.name;
    }

private:
    struct Named {
        NodeId id = kNoNode;
        std::string_view name;
    };
    const GraphStore& g_;
    std::array<Named, 64> slots_{};  // direct-mapped
};

}  // namespace sg::query
