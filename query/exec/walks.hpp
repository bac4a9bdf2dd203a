// The two plan sources that are graph walks rather than patterns: the neighbourhood of a node
// (breadth-first, its depth bounded by --max-depth, its rows by --max-rows) and a shortest path
// (its length bounded by --max-path).
#pragma once

#include "graph/store/graph_store.hpp"
#include "query/limits.hpp"
#include "query/plan/plan.hpp"
#include "query/output/result.hpp"

namespace sg::query {

// Columns: node, kind, distance, via ("<node we came from> -kind-> <this node>"). Each row's
// row_nodes (the node and the one it was reached from) only when `nodes_behind` asks for them.
ResultSet neighbourhood_rows(const GraphStore& g, const NeighbourhoodSource& source, const Limits& limits,
                             bool nodes_behind);
// Columns: step, from, edge, to. A path longer than limits.max_path is an error, not "no path".
ResultSet shortest_path_rows(const GraphStore& g, const ShortestPathSource& source, const Limits& limits);

}  // namespace sg::query
