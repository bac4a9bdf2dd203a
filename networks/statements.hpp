// A discourse network's statements: one (claim, position, side) of the graph, as DNA's one
// statement with a person, an organisation, a concept and an agreement. Readers' comments and
// `about` edges are not statements (comments are with NetworkOptions::with_comments).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/store/graph_store.hpp"
#include "networks/options.hpp"

namespace sg::networks {

struct Statement {
    NodeId claim = kNoNode;
    NodeId document = kNoNode;
    std::optional<std::int64_t> date;  // the document's, seconds since 1970 UTC; nullopt if unknown
    Span span;
    std::string person;        // the speaker when a person, else ""
    std::string organisation;  // the organisation the claim was made for, or the speaker when an
                               // organisation, else ""
    std::string actor;         // the speaker's name, person or organisation, else ""
    NodeId speaker = kNoNode;  // the speaker's node
    std::string position;      // the position's label
    int qualifier = 1;         // 1 supports, 0 opposes
    std::string source, author, section, type;  // the document's
};

// Every statement of the graph, in order of (document date, document, start, end, claim):
// the order DNA walks them in. Undated documents come first.
std::vector<Statement> read_statements(const store::GraphStore& g, bool with_comments);

const std::string& value_of(const Statement& s, Variable v);

// DNA's filters, in its order: the date range, the exclusions, then the duplicates.
std::vector<Statement> filter_statements(const std::vector<Statement>& all, const NetworkOptions& options);

}  // namespace sg::networks
