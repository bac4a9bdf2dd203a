// GraphML export (`stancegraph export --format graphml`) for Gephi, visone, Cytoscape and igraph.
//
// Every node carries kind, key, name (also as "label", which Gephi shows), aliases, description
// and, for claims, claim_kind, document, span_start, span_end, comment, confidence, manual.
// Every edge carries kind, polarity ("supports", "opposes", "about" or empty), sign (+1, -1, 0:
// a ready weight for signed-network analysis), role, confidence and manual.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/store/graph_store.hpp"

namespace sg {

// Writes the live nodes and edges of g (or the subgraph induced by `only`) as a directed
// GraphML document. Texts are XML-escaped; characters XML forbids are dropped and invalid UTF-8
// becomes U+FFFD, so the file is always well-formed.
void write_graphml(const GraphStore& g, std::ostream& out, const std::vector<NodeId>* only = nullptr);

// s escaped for XML text and attribute values (& < > " '), without forbidden characters.
std::string xml_escape(std::string_view s);

}  // namespace sg
