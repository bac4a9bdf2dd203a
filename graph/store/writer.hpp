// Writing the graph file (`.sg`, layout in graph/store/format.hpp).
#pragma once

#include <filesystem>
#include <string>

#include "graph/graph.hpp"

namespace sg::store {

// The graph file's bytes: live nodes and edges, renumbered densely in id order (as a JSON
// snapshot renumbers them), with both adjacency directions, the key, name and word indexes.
// Deterministic: the same graph gives the same bytes.
std::string encode(const Graph& g);

// Writes encode(g) atomically (graph/atomic_file.hpp): on failure the old file at path is intact
// and sg::FileError names the path and the reason.
void save_store(const Graph& g, const std::filesystem::path& path);

}  // namespace sg::store
