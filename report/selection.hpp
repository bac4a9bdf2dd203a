// What a report covers: the query filters of `stancegraph report` (positions, actors, sources, a
// date range, readers' comments) resolved against the graph, and the statements they keep. A
// statement is networks/' (one claim's side on one position), so the report's counts are the
// discourse networks' counts.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "graph/store/graph_store.hpp"
#include "networks/statements.hpp"

namespace sg::report {

// A filter value that names nothing in the graph ("--position: no position is called \"x\"").
struct UnknownName : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Filters {
    std::vector<std::string> positions;  // names, aliases, ids or keys; empty: every position
    std::vector<std::string> actors;     // people or organisations; an organisation brings its members
    std::vector<std::string> sources;    // documents' sources (outlets), as the graph writes them
    std::optional<std::int64_t> from, to;  // seconds since 1970 UTC, both inclusive
    bool with_comments = false;          // readers' comments count as statements
};

struct Selection {
    std::vector<std::string> positions;  // the labels of the positions shown, in the graph's order
    std::set<std::string> actors;        // the actor names allowed; empty: every actor
    std::set<std::string> organisations;  // --actor organisations: claims made for them count too
    std::vector<networks::Statement> statements;  // the statements kept, in networks/' order
};

// Resolves the filters' names (throws UnknownName naming the option and the value, with what the
// graph has when it has few) and keeps the statements they select.
Selection select(const store::GraphStore& g, const Filters& filters);

}  // namespace sg::report
