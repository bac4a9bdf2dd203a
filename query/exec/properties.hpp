// What a pattern's variables expose: node and edge properties, stored and derived, shared by
// MATCH (`return a.organisation`) and the translated questions (their output columns are these
// properties). A derived property also reports the nodes behind it (a person's organisations, a
// claim's document and positions), which become part of the answer's DOT subgraph.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/store/graph_store.hpp"
#include "query/parse/ast.hpp"
#include "query/output/result.hpp"
#include "query/exec/stances.hpp"

namespace sg::query {

// Listed in errors: the properties a node has.
inline constexpr const char* kNodeProperties =
    "id, key, name, kind, text, document, comment, confidence, title, organisation, positions, speakers, claims, "
    "members, date, source, author, section, document_type, url, day, week, month, year";
inline constexpr const char* kEdgeProperties = "kind, role, label, confidence, manual, source, evidence";

bool is_node_property(std::string_view lower_name);

// The document metadata a question's `where` filters its claims by (`who supports P where
// source = Pulse and date >= 2014-06`): type is document_type; day to year are the date's periods.
inline const std::vector<std::string> kDocumentFields{"date", "source", "author", "section", "type", "document_type",
                                                      "url", "day", "week", "month", "year"};
bool is_document_field(std::string_view lower_name);

// `name` of node n. "@id" is the node itself (a number), "@document" a claim's document node.
// Unknown names throw QueryError at `offset`. `behind` (when given) receives the nodes a derived
// value comes from. `scope` decides which claims `claims` counts.
Value node_property(const GraphStore& g, const ClaimFilter& scope, NodeId n, const std::string& name,
                    std::size_t offset, std::vector<NodeId>* behind = nullptr);

// A node property resolved from its lower-cased name once, so that a scan reads it per row by a
// switch rather than by comparing its name with every property's (a fifth of `what does X say`).
enum class NodeProperty : std::uint8_t {
    Id,  // @id
    Name, Key, PositionId, Kind, Description, Organisation, Claims, Date, Source, Author, Section, DocumentType,
    Url, Day, Week, Month, Year, Members, Document, DocumentId /* @document */, Comment, Confidence, Positions,
    Speakers, Unknown
};
NodeProperty node_property_named(std::string_view lower_name);
// The same as by name; `name` is the property as written, for the error an Unknown one gets.
Value node_property(const GraphStore& g, const ClaimFilter& scope, NodeId n, NodeProperty property,
                    const std::string& name, std::size_t offset, std::vector<NodeId>* behind = nullptr);
Value edge_property(const GraphStore& g, EdgeId e, const std::string& name, std::size_t offset);
// The text of a property that is a text in place (TextRef): a name, key, position id or kind, and
// the organisation of a node with one membership; nullopt for any other property or node (ask
// node_property). Late columns put it straight into their cells: no Value made, moved and
// destroyed per cell (exec/table.hpp).
std::optional<std::string_view> node_text(const GraphStore& g, NodeId n, NodeProperty property);

// MATCH's labels: node kinds (with spellings like organization, org, doc) and edge kinds.
NodeKind node_label(const Name& label);
EdgeKind edge_label(const Name& label);

// Equality of a cell with a literal: numbers as numbers, truth values as true/false, text
// case-insensitively.
bool equal_value(const Value& v, const Literal& lit);
// A cell compared with a literal (ast.hpp's Compare): ISO dates at the coarser precision of the
// two (`date = 2014-06` holds every day of June), numbers as numbers, other text
// case-insensitively. An unknown value (null) satisfies only <>.
bool satisfies(const Value& v, Compare op, const Literal& lit);
// The period an ISO date falls in, as text that sorts in time order (2014-06-12, 2014-W24,
// 2014-06, 2014); null when the date is not that precise or not a date.
Value period_of(std::string_view date, Period period);
// A question filter's value as a literal: a number when it is written as one, text otherwise.
Literal literal_of(const Name& value);
// A node's name, its aliases, titles ignored: `name` equality everywhere in the language.
bool name_matches(const GraphStore& g, NodeId n, const std::string& text);


}  // namespace sg::query
