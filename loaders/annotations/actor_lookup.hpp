// Finding the actor an annotation names: by key ("person:..."), by name or alias
// (case-insensitive, Graph::find_name), then with titles ignored on both sides ("Dr A B",
// "Professor A B" and "A B" are one name: sg::name_without_titles, graph/names.hpp, the same
// normalisation the query binder and the graph file's name index use).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.hpp"

namespace sg::loaders {

// Live people and organisations the name denotes (usually one; several if ambiguous).
std::vector<NodeId> find_actors(const Graph& g, std::string_view name);

// Up to three display names of actors whose names resemble `name` (a shared word or a small
// edit distance), for "did you mean" in messages.
std::vector<std::string> similar_actor_names(const Graph& g, std::string_view name);

// Up to three ids of nodes of `kind` whose key is `prefix` + an id close to `wanted` (a small
// edit distance): "did you mean" for documents ("doc:") and positions ("position:").
std::vector<std::string> similar_keys(const Graph& g, NodeKind kind, std::string_view prefix, std::string_view wanted);

}  // namespace sg::loaders
