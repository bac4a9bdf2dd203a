#include "cli/graph_io.hpp"

#include "graph/snapshot.hpp"

namespace sg::cli {

Graph read_graph(const std::filesystem::path& path) { return load_snapshot(path); }

void write_graph(const Graph& g, const std::filesystem::path& path) { save_snapshot(g, path); }

}  // namespace sg::cli
