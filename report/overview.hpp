// The overview: what the corpus holds, and per position how many actors support it, oppose it or
// do both (mixed), with their claims: the numbers behind the diverging bars.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "graph/store/graph_store.hpp"
#include "report/selection.hpp"

namespace sg::report {

struct Corpus {
    std::size_t documents = 0, sources = 0, claims = 0, people = 0, organisations = 0, positions = 0;
    std::string first_date, last_date;  // "" when no document is dated
};

struct PositionSummary {
    std::string label, description;
    std::size_t supporters = 0, opponents = 0, mixed = 0;   // actors, by the sides of their statements
    std::size_t supporting_claims = 0, opposing_claims = 0;  // statements (one claim, one side)
};

// The whole graph's corpus (readers' comments counted as claims only with_comments).
Corpus corpus_of(const store::GraphStore& g, bool with_comments);

// Per position of the selection, in its order, over every actor of the selection (not only the
// matrix's rows).
std::vector<PositionSummary> summarise_positions(const store::GraphStore& g, const Selection& selection);

}  // namespace sg::report
