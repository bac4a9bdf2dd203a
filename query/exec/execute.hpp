// The one executor of logical plans (query/plan/plan.hpp): questions and MATCH alike.
#pragma once

#include "graph/store/graph_store.hpp"
#include "query/bind/binder.hpp"
#include "query/limits.hpp"
#include "query/plan/plan.hpp"
#include "query/output/result.hpp"

namespace sg::query {

// Throws QueryError when the answer would pass one of `limits`. `nodes_behind`: fill each row's
// row_nodes (the claims, documents ... behind it, for a DOT subgraph); without them a plan may
// read stored tallies instead of claims (plan.hpp, TallySource).
ResultSet execute(const GraphStore& g, const Binder& b, const Plan& plan, const Limits& limits, bool nodes_behind = true);

}  // namespace sg::query
