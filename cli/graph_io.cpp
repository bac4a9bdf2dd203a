#include "cli/graph_io.hpp"

#include "graph/store/open.hpp"

namespace sg::cli {

// Either kind of graph file, told apart by content; written as a graph file when the name ends
// in .sg, as a JSON snapshot otherwise (graph/store/open.hpp).
Graph read_graph(const std::filesystem::path& path) { return store::load_graph(path); }

void write_graph(const Graph& g, const std::filesystem::path& path) { store::save_graph(g, path); }

}  // namespace sg::cli
