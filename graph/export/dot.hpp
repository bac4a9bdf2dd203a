// GraphViz DOT export (`stancegraph export --format dot`, the REPL's `.dot`).
//
// Our own writer rather than boost::write_graphviz, which escapes only double quotes: every text
// goes through dot_quote(), so hostile names (quotes, backslashes, newlines, control characters,
// invalid UTF-8, markup) can neither break the file nor inject attributes.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/store/graph_store.hpp"

namespace sg {

// Writes g (or, with `only`, the subgraph induced by those nodes: the listed live nodes and the
// live edges between them) as a directed graph: node ids n<NodeId>, shape and colour by kind,
// `supports` green, `opposes` red, member_of labelled with the role, readers' comments dashed,
// claim labels shortened with the full text as tooltip, and a legend cluster.
void write_dot(const GraphStore& g, std::ostream& out, const std::vector<NodeId>* only = nullptr);

// The DOT double-quoted string for s, quotes included: `\` -> `\\`, `"` -> `\"`, newline -> `\n`,
// tab -> space, other control characters dropped, invalid UTF-8 -> U+FFFD, `&` -> `&amp;` (GraphViz
// reads entities in labels, and an undefined one such as `&x;` would make its SVG output invalid).
std::string dot_quote(std::string_view s);

}  // namespace sg
