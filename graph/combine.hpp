// Graph-level pieces of joining graphs built from parts of one corpus (`stancegraph merge`; the
// entity resolution that decides what becomes one node is the loaders' business:
// loaders/shards/merge.hpp). Nothing here reads text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.hpp"

namespace sg {

// How the positions of two graphs differ, one line each, naming the position by its codebook id:
//   position "x" is in A.sg but not in B.sg
//   position "x" is labelled "Lay majority" in A.sg but "Lay boards" in B.sg
//   position "x" is described differently in A.sg and B.sg
// Empty when both have the same positions (ids, labels and descriptions; their order is free).
std::vector<std::string> position_differences(const Graph& a, std::string_view a_name, const Graph& b,
                                              std::string_view b_name);

// Adds to `into` a copy of each position of `from` (in its order) that `into` lacks.
void copy_positions(Graph& into, const Graph& from);

// What a person set by hand in a graph (annotations), by key, to be set again on a graph rebuilt
// from its content: claims and edges marked manual, keys of nodes merged away.
struct ManualMarks {
    struct EdgeMark {
        std::string from, to;
        EdgeKind kind = EdgeKind::Says;
        std::string role;
    };
    std::vector<std::string> claims;                            // keys of manual claims
    std::vector<EdgeMark> edges;                                // manual edges
    std::vector<std::pair<std::string, std::string>> merged;    // (key merged away, key it resolves to)
    bool empty() const { return claims.empty() && edges.empty() && merged.empty(); }
};
ManualMarks manual_marks(const Graph& g);

// Sets the marks on `g` where their nodes and edges are found by key; a mark whose node or edge
// is not there is left out. A merged key resolves to its node again unless `g` already has a
// node of that key.
void apply_manual_marks(Graph& g, const ManualMarks& marks);

}  // namespace sg
