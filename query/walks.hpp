// The two plan sources that are graph walks rather than patterns: the neighbourhood of a node
// (breadth-first, bounded by kMaxNeighbourDepth) and a shortest path (bounded by kMaxPathLength).
#pragma once

#include "graph/graph.hpp"
#include "query/plan.hpp"
#include "query/result.hpp"

namespace sg::query {

// Columns: node, kind, distance, via ("<node we came from> -kind-> <this node>").
ResultSet neighbourhood_rows(const Graph& g, const NeighbourhoodSource& source);
// Columns: step, from, edge, to.
ResultSet shortest_path_rows(const Graph& g, const ShortestPathSource& source);

}  // namespace sg::query
