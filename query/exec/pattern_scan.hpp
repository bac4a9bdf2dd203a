// The pattern operator of a plan: every binding of a pattern's variables to graph nodes and edges.
//
// The walk binds one node (and the edge that reaches it) per step, left to right. It recurses over
// pattern steps only, whose number is bounded by kMaxPatternSteps, never by the data;
// variable-length steps are breadth-first searches bounded by kMaxHops.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "graph/store/graph_store.hpp"
#include "query/bind/binder.hpp"
#include "query/plan/plan.hpp"

namespace sg::query {

inline constexpr EdgeId kNoEdge = 0xFFFFFFFFu;
// Candidate bindings one statement may examine before it gives up.
inline constexpr std::size_t kMaxBindings = 10'000'000;

struct VarSlot {
    bool node = true;
    std::size_t index = 0;  // pattern node index, or edge index
};
using VarMap = std::map<std::string, VarSlot>;

struct Binding {
    const VarMap* vars = nullptr;
    std::vector<NodeId> nodes;
    std::vector<EdgeId> edges;  // kNoEdge for a variable-length step
};

// The variables of a pattern; a node variable used twice names the same node.
VarMap variables_of(const Pattern& p);

// Calls emit for each binding of `p`; emit returns false to stop. `examined` counts candidate
// bindings across the calls of one statement (QueryError past kMaxBindings, at `offset`).
void scan_pattern(const GraphStore& g, const Binder& b, const ClaimFilter& scope, const Pattern& p, const VarMap& vars,
                  std::size_t offset, std::size_t& examined, const std::function<bool(const Binding&)>& emit);

}  // namespace sg::query
