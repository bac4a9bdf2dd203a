// Which nodes an export draws: every live node, or the live ones of a query's answer.
#pragma once

#include <vector>

#include "graph/store/graph_store.hpp"

namespace sg {

// shown[n] for every node id: alive and, when `only` is given, listed in it.
std::vector<bool> shown_nodes(const GraphStore& g, const std::vector<NodeId>* only);

}  // namespace sg
