// A node for a value a DNA file names (a person, an organisation, a concept), keyed as
// stancegraph keys what it extracts: prefix + slug of the value, numbered when taken. Shared by
// import-dna (to_graph.cpp) and build --annotations coded.dna (corrections.cpp).
#pragma once

#include <string>

#include "graph/graph.hpp"

namespace sg::loaders::dna {

// Adds a node of `kind` named `value` under the first free key of prefix + slug(value) ("-2",
// "-3" ... after it when taken). A concept becomes a position whose description is the value:
// DNA's concepts are propositions.
NodeId add_named_node(Graph& g, NodeKind kind, const std::string& prefix, const std::string& value);

}  // namespace sg::loaders::dna
