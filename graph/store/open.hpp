// Any graph a user names with -g: the binary graph file (`.sg`, graph/store/format.hpp) or a JSON
// snapshot (graph/snapshot.hpp), told apart by their first bytes, never by the file's name.
#pragma once

#include <filesystem>

#include "graph/graph.hpp"
#include "graph/store/graph_store.hpp"

namespace sg::store {

// True when the file starts like a graph file (its magic number, or a prefix of it).
bool looks_like_graph_file(const std::filesystem::path& path);

// For reading (query, export, repl): a graph file is mapped and used in place; a JSON snapshot
// is parsed, validated and encoded in memory. Throws sg::FileError naming the file.
GraphStore open_graph(const std::filesystem::path& path);

// For changing (merge, codebook authoring): a mutable Graph from either kind of file.
Graph load_graph(const std::filesystem::path& path);

// Writes g atomically: as a graph file when path ends in ".sg", as a JSON snapshot otherwise.
void save_graph(const Graph& g, const std::filesystem::path& path);

}  // namespace sg::store
