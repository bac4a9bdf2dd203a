// The part of the graph that answers a query, for DOT export (`export --format dot QUERY`, `.dot`).
#pragma once

#include <string_view>
#include <vector>

#include "graph/store/graph_store.hpp"
#include "query/engine.hpp"

namespace sg::query {

// Runs `query_text` (within the engine's limits) and returns the result nodes plus the claims, positions, documents and
// organisations that justify them (sorted, unique). Throws sg::UsageError whose message shows
// the query with a caret under the offending token for syntax errors and unknown names.
std::vector<NodeId> answer_subgraph(const Engine& engine, std::string_view query_text);

}  // namespace sg::query
