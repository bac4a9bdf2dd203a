// Statements -> logical plans (query/plan/plan.hpp). The plan may point into the statement (its
// expressions and clauses): the statement must outlive it.
#pragma once

#include <string>
#include <vector>

#include "graph/store/graph_store.hpp"
#include "query/parse/ast.hpp"
#include "query/bind/binder.hpp"
#include "query/exec/pattern_scan.hpp"
#include "query/plan/plan.hpp"

namespace sg::query {

// MATCH (query/compile_match.cpp).
Plan compile_match(const Statement& s);

// Every question form (query/plan/translate.cpp): names are bound here, so an unknown name fails
// before anything runs.
Plan translate(const GraphStore& g, const Binder& b, const Statement& s);

// Any statement.
inline Plan plan_of(const GraphStore& g, const Binder& b, const Statement& s) {
    return s.question == Question::Match ? compile_match(s) : translate(g, b, s);
}

// The plan as text, one line an operator (query/plan/explain.cpp).
std::vector<std::string> explain_lines(const GraphStore& g, const Plan& plan);

}  // namespace sg::query
