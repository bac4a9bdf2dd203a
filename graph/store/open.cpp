// Opening either kind of graph file (see open.hpp).
#include "graph/store/open.hpp"

#include <cstring>
#include <fstream>

#include "graph/snapshot.hpp"
#include "graph/store/format.hpp"
#include "graph/store/writer.hpp"

namespace sg::store {

bool looks_like_graph_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    char head[sizeof kMagic] = {};
    in.read(head, sizeof head);
    const auto n = static_cast<std::size_t>(in.gcount());
    // A file cut inside its magic number is still ours (and refused as truncated).
    return n >= 3 && std::memcmp(head, kMagic, n) == 0;
}

GraphStore open_graph(const std::filesystem::path& path) {
    if (looks_like_graph_file(path)) return GraphStore::open(path);
    return GraphStore::from_graph(load_snapshot(path), path.string());
}

Graph load_graph(const std::filesystem::path& path) {
    if (looks_like_graph_file(path)) return to_graph(GraphStore::open(path));
    return load_snapshot(path);
}

void save_graph(const Graph& g, const std::filesystem::path& path) {
    if (path.extension() == ".sg") save_store(g, path);
    else save_snapshot(g, path);
}

}  // namespace sg::store
