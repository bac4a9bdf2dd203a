#include "graph/export/subset.hpp"

namespace sg {

std::vector<bool> shown_nodes(const GraphStore& g, const std::vector<NodeId>* only) {
    std::vector<bool> shown(g.node_capacity(), only == nullptr);
    if (only)
        for (NodeId n : *only)
            if (n < shown.size()) shown[n] = true;
    for (NodeId n = 0; n < shown.size(); ++n)
        if (!g.node(n).alive) shown[n] = false;
    return shown;
}

}  // namespace sg
