// The one executor of logical plans (query/plan.hpp): questions and MATCH alike.
#pragma once

#include "graph/graph.hpp"
#include "query/binder.hpp"
#include "query/plan.hpp"
#include "query/result.hpp"

namespace sg::query {

ResultSet execute(const Graph& g, const Binder& b, const Plan& plan);

}  // namespace sg::query
