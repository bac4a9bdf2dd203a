// Runs a parsed statement over the graph and returns typed rows. Names are resolved through the
// Binder; errors are QueryErrors at the offset of the offending part of the statement.
#pragma once

#include <cstddef>

#include "graph/store/graph_store.hpp"
#include "query/parse/ast.hpp"
#include "query/bind/binder.hpp"
#include "query/limits.hpp"
#include "query/output/result.hpp"

namespace sg::query {

// A bound of the language itself (not an option): relationships in one MATCH pattern.
inline constexpr std::size_t kMaxPatternSteps = 12;

// Compiles the statement into a logical plan (query/plan/compile.hpp) and runs it within `limits`
// (query/exec/execute.hpp); `explain` statements answer with the plan, one row a line.
// `nodes_behind`: fill row_nodes (see execute()).
ResultSet evaluate(const GraphStore& g, const Binder& binder, const Statement& s, const Limits& limits,
                   bool nodes_behind = true);

// `where`, `order by` and `limit` of a question, applied to its rows (query/clauses.cpp).
// Filters on columns listed in `skip` were applied by the question to its claims (document):
// they filter rows only where the rows have such a column.
void apply_clauses(const Binder& binder, const Clauses& clauses, ResultSet& r,
                   const std::vector<std::string>& skip = {});

}  // namespace sg::query
