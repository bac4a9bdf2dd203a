// The one place the commands added for scaling out (merge, and export to graph databases) read
// and write graph files, so that the file format they use changes here alone.
#pragma once

#include <filesystem>

#include "graph/graph.hpp"

namespace sg::cli {

// Reads a graph file (a JSON snapshot). Throws sg::FileError naming the file and what is wrong.
Graph read_graph(const std::filesystem::path& path);

// Writes a graph file atomically: `path` is left as it was or holds the whole new graph.
void write_graph(const Graph& g, const std::filesystem::path& path);

}  // namespace sg::cli
