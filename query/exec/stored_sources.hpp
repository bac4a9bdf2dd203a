// The first group of a plan read from what the graph file stores instead of scanned from claims:
// the stance tallies (plan.hpp, TallySource: `who supports P`, `stance of X`, `who agrees with X`)
// and the claims per organisation (OrganisationCountSource: `count claims by organisation`).
// Each is taken only when the file has them, the plan's scope is the default one and no DOT
// subgraph wants the nodes behind each row (graph/store/README.md).
//
// The rows hold the actors' and positions' ids in their key columns, read late (table.hpp). The
// operators right after a tally source that test only a tally's side or its side and position
// (a keep on the stance, the semijoin of `who agrees`) are applied to the tallies before any
// row is built, and an order by the actor's and position's ids sorts the tallies; a group per
// actor right after that order (`who agrees with X`: count, collect) is folded from them.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "graph/store/graph_store.hpp"
#include "query/exec/table.hpp"
#include "query/plan/plan.hpp"

namespace sg::query {

// Runs another plan (a semijoin's) to its rows, as the executor does.
using RunPlan = std::function<Table(const Plan&)>;

// Whether the plan's first group can be read from the stored stance tallies.
bool tallies_answer(const GraphStore& g, const Plan& p, bool nodes_behind);
// Fills t with the first group's rows from the tallies, and returns the index of the first
// operator left to run (past the group and the operators applied to the tallies).
std::size_t tally_rows(const GraphStore& g, const Plan& p, Table& t, const RunPlan& run);

// The same for the stored claims per organisation.
bool organisation_counts_answer(const GraphStore& g, const Plan& p, bool nodes_behind);
std::size_t organisation_count_rows(const GraphStore& g, const Plan& p, Table& t);

// Marks t's key columns read from these variables late, but for their @id (which is the cell),
// each with the column of its variable's @id, if t has one.
void late_keys(Table& t, const std::vector<std::string>& vars);

}  // namespace sg::query
