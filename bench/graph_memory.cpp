// Benchmark (not a test): how much memory the topology of a stancegraph graph takes and how fast
// it is traversed, while building (Boost adjacency_list) and after Graph::freeze() (Boost
// compressed_sparse_row_graph). Run: build/graph_memory [NODES...]  (default 100000 300000 1000000)
//
// Synthetic graphs are shaped like ours: per 1000 nodes about 20 documents, 100 people,
// 20 organisations, 10 positions and 850 claims; every claim has a `says` edge from an actor,
// an `in` edge to its document and a stance edge (supports/opposes/about) to a position, one
// claim in five a second stance edge; every person is member_of an organisation: ~3 edges/node.
//
// Three measurements per size:
//  1. the bare Boost structures, with the exact types graph/graph.cpp uses, measured as heap
//     bytes in use (glibc mallinfo2) and resident memory (/proc/self/statm) before and after;
//  2. Graph::topology_bytes() for the same topology inside a Graph, to check that estimate;
//  3. traversal time through the Graph API (out_edges of every node; a BFS over the whole graph
//     via shortest_path to an unreachable node) and over the bare structures.
#include <malloc.h>
#include <unistd.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "graph/graph.hpp"

namespace {

using sg::EdgeId;
using sg::EdgeKind;
using sg::NodeId;
using sg::NodeKind;

// The same types as graph/graph.cpp (kept in step by hand; see the check against topology_bytes).
using MutableTopology =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property, EdgeId>;
using FrozenTopology = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, EdgeId,
                                                          boost::no_property, std::uint32_t, std::uint32_t>;

struct Memory {
    long long heap;  // bytes malloc has handed out and not got back
    long long rss;   // resident bytes of the process
};

Memory memory_now() {
    ::malloc_trim(0);  // give freed pages back so RSS reflects what is in use
    struct mallinfo2 mi = ::mallinfo2();
    long long pages_total = 0, pages_resident = 0;
    std::ifstream statm("/proc/self/statm");
    statm >> pages_total >> pages_resident;
    return {static_cast<long long>(mi.uordblks + mi.hblkhd), pages_resident * ::sysconf(_SC_PAGESIZE)};
}

struct SyntheticEdge {
    NodeId from, to;
    EdgeKind kind;
};

struct Synthetic {
    std::vector<NodeKind> kinds;
    std::vector<SyntheticEdge> edges;
    std::vector<NodeId> document_of;  // per node: the document of a claim, else sg::kNoNode
};

Synthetic make_synthetic(std::size_t n) {
    Synthetic s;
    std::mt19937 rng(42);
    std::vector<NodeId> docs, people, orgs, positions, claims;
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t r = i % 1000;
        NodeKind k = r < 20 ? NodeKind::Document : r < 120 ? NodeKind::Person : r < 140 ? NodeKind::Organisation
                   : r < 150 ? NodeKind::Position : NodeKind::Claim;
        s.kinds.push_back(k);
        auto id = static_cast<NodeId>(i);
        (k == NodeKind::Document ? docs : k == NodeKind::Person ? people : k == NodeKind::Organisation ? orgs
         : k == NodeKind::Position ? positions : claims).push_back(id);
    }
    auto pick = [&](const std::vector<NodeId>& v) { return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)]; };
    s.document_of.assign(n, sg::kNoNode);
    const EdgeKind stances[] = {EdgeKind::Supports, EdgeKind::Opposes, EdgeKind::About};
    for (NodeId c : claims) {
        NodeId speaker = (rng() % 10 < 8) ? pick(people) : pick(orgs);
        NodeId doc = pick(docs);
        s.document_of[c] = doc;
        s.edges.push_back({speaker, c, EdgeKind::Says});
        s.edges.push_back({c, doc, EdgeKind::In});
        NodeId p1 = pick(positions);
        s.edges.push_back({c, p1, stances[rng() % 3]});
        if (rng() % 5 == 0) {
            NodeId p2 = pick(positions);
            if (p2 != p1) s.edges.push_back({c, p2, stances[rng() % 3]});
        }
    }
    for (NodeId p : people) s.edges.push_back({p, pick(orgs), EdgeKind::MemberOf});
    return s;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

template <typename F>
double best_of(int runs, F f) {
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        f();
        best = std::min(best, seconds_since(t0));
    }
    return best;
}

// Sum of edge ids over every out-edge: touches the whole forward structure.
template <typename G>
std::uint64_t raw_sweep(const G& g) {
    std::uint64_t sum = 0;
    for (auto v : boost::make_iterator_range(boost::vertices(g)))
        for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) sum += g[e];
    return sum;
}

// Undirected BFS from vertex 0 over out- and in-edges; returns the nodes reached.
template <typename G>
std::size_t raw_bfs(const G& g) {
    using Vertex = typename boost::graph_traits<G>::vertex_descriptor;
    std::vector<std::uint8_t> seen(boost::num_vertices(g), 0);
    std::vector<Vertex> queue{0};
    seen[0] = 1;
    for (std::size_t head = 0; head < queue.size(); ++head) {
        Vertex v = queue[head];
        for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
            if (!seen[boost::target(e, g)]) seen[boost::target(e, g)] = 1, queue.push_back(boost::target(e, g));
        for (auto e : boost::make_iterator_range(boost::in_edges(v, g)))
            if (!seen[boost::source(e, g)]) seen[boost::source(e, g)] = 1, queue.push_back(boost::source(e, g));
    }
    return queue.size();
}

struct Row {
    std::size_t nodes = 0, edges = 0;
    // bare structures: heap bytes per node / per edge, RSS delta in MB
    double adj_node = 0, adj_edge = 0, csr_node = 0, csr_edge = 0, adj_rss_mb = 0, csr_rss_mb = 0;
    // Graph::topology_bytes() against the measured heap of the bare structures
    double adj_reported_mb = 0, adj_measured_mb = 0, csr_reported_mb = 0, csr_measured_mb = 0;
    // traversal (ms)
    double api_sweep_adj = 0, api_sweep_csr = 0, api_bfs_adj = 0, api_bfs_csr = 0;
    double raw_sweep_adj = 0, raw_sweep_csr = 0, raw_bfs_adj = 0, raw_bfs_csr = 0;
    double freeze_ms = 0, build_s = 0;
    double csr_build_ms = 0, adj_destroy_ms = 0;  // the two halves of freeze(), on the bare structures
    double graph_heap_per_node = 0;  // the whole Graph (properties, indexes, topology) per node
    double graph_heap_per_node_frozen = 0;
};

Row measure(std::size_t n) {
    Row row;
    Synthetic syn = make_synthetic(n);
    row.nodes = n;
    row.edges = syn.edges.size();
    const double N = static_cast<double>(n), M = static_cast<double>(row.edges);

    // --- 1. bare Boost structures -----------------------------------------------------------
    double adj_total_bytes = 0, csr_total_bytes = 0;
    {
        Memory m0 = memory_now();
        // Vertices one at a time, as Graph::add_node does: the vertex vector's growth slack is
        // part of what a Graph really pays.
        auto* adj = new MutableTopology();
        for (std::size_t i = 0; i < n; ++i) boost::add_vertex(*adj);
        Memory m1 = memory_now();
        for (EdgeId e = 0; e < syn.edges.size(); ++e) boost::add_edge(syn.edges[e].from, syn.edges[e].to, e, *adj);
        Memory m2 = memory_now();
        row.adj_node = static_cast<double>(m1.heap - m0.heap) / N;
        row.adj_edge = static_cast<double>(m2.heap - m1.heap) / M;
        row.adj_rss_mb = static_cast<double>(m2.rss - m0.rss) / 1e6;
        adj_total_bytes = static_cast<double>(m2.heap - m0.heap);
        volatile std::uint64_t sink = 0;
        row.raw_sweep_adj = 1e3 * best_of(3, [&] { sink = sink + raw_sweep(*adj); });
        row.raw_bfs_adj = 1e3 * best_of(3, [&] { sink = sink + raw_bfs(*adj); });
        auto td = std::chrono::steady_clock::now();
        delete adj;
        row.adj_destroy_ms = 1e3 * seconds_since(td);
    }
    {
        std::vector<std::pair<std::uint32_t, std::uint32_t>> ends;
        std::vector<EdgeId> ids;
        for (EdgeId e = 0; e < syn.edges.size(); ++e) {
            ends.emplace_back(syn.edges[e].from, syn.edges[e].to);
            ids.push_back(e);
        }
        std::vector<std::pair<std::uint32_t, std::uint32_t>> none;
        std::vector<EdgeId> no_ids;
        Memory m0 = memory_now();
        auto* empty = new FrozenTopology(boost::edges_are_unsorted_multi_pass, none.begin(), none.end(), no_ids.begin(),
                                         static_cast<std::uint32_t>(n));
        Memory m1 = memory_now();
        delete empty;
        Memory m2 = memory_now();
        auto tc = std::chrono::steady_clock::now();
        auto* csr = new FrozenTopology(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), ids.begin(),
                                       static_cast<std::uint32_t>(n));
        row.csr_build_ms = 1e3 * seconds_since(tc);
        Memory m3 = memory_now();
        row.csr_node = static_cast<double>(m1.heap - m0.heap) / N;
        row.csr_edge = static_cast<double>((m3.heap - m2.heap) - (m1.heap - m0.heap)) / M;
        row.csr_rss_mb = static_cast<double>(m3.rss - m2.rss) / 1e6;
        csr_total_bytes = static_cast<double>(m3.heap - m2.heap);
        volatile std::uint64_t sink = 0;
        row.raw_sweep_csr = 1e3 * best_of(3, [&] { sink = sink + raw_sweep(*csr); });
        row.raw_bfs_csr = 1e3 * best_of(3, [&] { sink = sink + raw_bfs(*csr); });
        delete csr;
    }
    row.adj_measured_mb = adj_total_bytes / 1e6;
    row.csr_measured_mb = csr_total_bytes / 1e6;

    // --- 2./3. the same topology inside a Graph -------------------------------------------------
    Memory g0 = memory_now();
    auto t0 = std::chrono::steady_clock::now();
    sg::Graph g;
    for (NodeId i = 0; i < n; ++i) {
        sg::Node node;
        node.kind = syn.kinds[i];
        node.key = std::string(sg::to_string(node.kind)) + ":" + std::to_string(i);
        node.name = std::string(sg::to_string(node.kind)) + " " + std::to_string(i);
        if (node.kind == NodeKind::Claim) node.claim.document = syn.document_of[i];
        g.add_node(std::move(node));
    }
    for (const auto& e : syn.edges) g.add_edge(e.from, e.to, e.kind);
    row.build_s = seconds_since(t0);
    // An isolated node: a BFS towards it must visit everything reachable from node 0.
    sg::Node island;
    island.kind = NodeKind::Position;
    island.key = "position:unreachable";
    island.name = "unreachable";
    const NodeId unreachable = g.add_node(island);
    Memory g1 = memory_now();
    row.graph_heap_per_node = static_cast<double>(g1.heap - g0.heap) / N;
    row.adj_reported_mb = static_cast<double>(g.topology_bytes()) / 1e6;

    volatile std::size_t sink = 0;
    auto api_sweep = [&] {
        std::size_t total = 0;
        for (NodeId v = 0; v < g.node_capacity(); ++v) total += g.out_edges(v).size();
        sink = sink + total;
    };
    auto api_bfs = [&] { sink = sink + g.shortest_path(0, unreachable, 1u << 30).size(); };
    row.api_sweep_adj = 1e3 * best_of(3, api_sweep);
    row.api_bfs_adj = 1e3 * best_of(1, api_bfs);
    auto tf = std::chrono::steady_clock::now();
    g.freeze();
    row.freeze_ms = 1e3 * seconds_since(tf);
    row.csr_reported_mb = static_cast<double>(g.topology_bytes()) / 1e6;
    Memory g2 = memory_now();
    row.graph_heap_per_node_frozen = static_cast<double>(g2.heap - g0.heap) / N;
    row.api_sweep_csr = 1e3 * best_of(3, api_sweep);
    row.api_bfs_csr = 1e3 * best_of(1, api_bfs);
    return row;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::size_t> sizes;
    for (int i = 1; i < argc; ++i) sizes.push_back(std::strtoull(argv[i], nullptr, 10));
    if (sizes.empty()) sizes = {100000, 300000, 1000000};

    std::vector<Row> rows;
    for (std::size_t n : sizes) {
        std::fprintf(stderr, "measuring %zu nodes...\n", n);
        rows.push_back(measure(n));
    }
    std::printf("Topology memory (bare Boost structures, heap bytes in use via mallinfo2)\n\n");
    std::printf("| nodes | edges | adjacency_list B/node | B/edge | RSS delta MB | CSR B/node | B/edge | RSS delta MB |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const auto& r : rows)
        std::printf("| %zu | %zu | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |\n", r.nodes, r.edges, r.adj_node, r.adj_edge,
                    r.adj_rss_mb, r.csr_node, r.csr_edge, r.csr_rss_mb);
    std::printf("\nGraph::topology_bytes() against the measured heap of the same structure (MB)\n\n");
    std::printf("| nodes | adjacency_list reported | measured | CSR reported | measured |\n|---:|---:|---:|---:|---:|\n");
    for (const auto& r : rows)
        std::printf("| %zu | %.1f | %.1f | %.1f | %.1f |\n", r.nodes, r.adj_reported_mb, r.adj_measured_mb,
                    r.csr_reported_mb, r.csr_measured_mb);
    std::printf("\nTraversal time (ms; best of 3 for sweeps, 1 BFS)\n\n");
    std::printf("| nodes | API out_edges sweep adj | CSR | API BFS adj | CSR | raw sweep adj | CSR | raw BFS adj | CSR | freeze | build s |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const auto& r : rows)
        std::printf("| %zu | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.1f | %.1f | %.1f | %.2f |\n", r.nodes,
                    r.api_sweep_adj, r.api_sweep_csr, r.api_bfs_adj, r.api_bfs_csr, r.raw_sweep_adj, r.raw_sweep_csr,
                    r.raw_bfs_adj, r.raw_bfs_csr, r.freeze_ms, r.build_s);
    std::printf("\nfreeze() in parts, bare structures (ms): building the CSR / destroying the adjacency_list:");
    for (const auto& r : rows) std::printf(" %zu: %.1f / %.1f;", r.nodes, r.csr_build_ms, r.adj_destroy_ms);
    std::printf("\nWhole Graph (properties, key and name indexes, topology) heap bytes per node, building / frozen:");
    for (const auto& r : rows) std::printf(" %zu: %.0f / %.0f;", r.nodes, r.graph_heap_per_node, r.graph_heap_per_node_frozen);
    std::printf("\n");
    return 0;
}
