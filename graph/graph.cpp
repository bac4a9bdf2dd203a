// Implementation of the typed property graph (graph/graph.hpp).
//
// Node and edge properties live in vectors indexed by id. Boost.Graph holds the topology only,
// with the EdgeId as the sole edge property: an adjacency_list while the graph is being built
// (cheap insertion), a bidirectional compressed_sparse_row_graph once frozen (contiguous arrays,
// 32-bit indices; see graph/README.md for the bytes measured). Removal marks ids dead rather than
// renumbering, so ids held by callers stay valid; dead entries are filtered on every read and
// dropped from the topology at the next freeze.
#include "graph/graph.hpp"

#include <algorithm>
#include <deque>
#include <stdexcept>
#include <unordered_map>
#include <utility>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>

namespace sg {

namespace {

constexpr std::string_view kNodeKindNames[] = {"document", "person", "organisation", "position", "claim"};
constexpr std::string_view kEdgeKindNames[] = {"says", "supports", "opposes", "about", "member_of", "part_of", "in"};
constexpr std::string_view kClaimKindNames[] = {"direct", "partial", "indirect", "reported", "vote", "manual"};

template <typename Enum, std::size_t N>
std::optional<Enum> enum_from(std::string_view s, const std::string_view (&names)[N]) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == s) return static_cast<Enum>(i);
    return std::nullopt;
}

using MutableTopology =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property, EdgeId>;
using FrozenTopology = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, EdgeId,
                                                          boost::no_property, std::uint32_t, std::uint32_t>;

template <typename T>
std::size_t vector_bytes(const std::vector<T>& v) {
    return v.capacity() * sizeof(T);
}

}  // namespace

std::string_view to_string(NodeKind k) { return kNodeKindNames[static_cast<int>(k)]; }
std::string_view to_string(EdgeKind k) { return kEdgeKindNames[static_cast<int>(k)]; }
std::string_view to_string(ClaimKind k) { return kClaimKindNames[static_cast<int>(k)]; }
std::optional<NodeKind> node_kind_from(std::string_view s) { return enum_from<NodeKind>(s, kNodeKindNames); }
std::optional<EdgeKind> edge_kind_from(std::string_view s) { return enum_from<EdgeKind>(s, kEdgeKindNames); }
std::optional<ClaimKind> claim_kind_from(std::string_view s) { return enum_from<ClaimKind>(s, kClaimKindNames); }

struct Graph::Impl {
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    std::vector<NodeId> merged_into;  // per node: kNoNode, or the node it was merged into
    std::unordered_map<std::string, NodeId> by_key;
    std::unordered_map<std::string, std::vector<NodeId>> by_name;  // normalised name/alias -> nodes
    // Live edges by (from, to, kind, role), so add_edge finds a duplicate in constant time even
    // for an actor with thousands of claims.
    struct EdgeIdentity {
        NodeId from, to;
        EdgeKind kind;
        std::string role;
        bool operator==(const EdgeIdentity&) const = default;
    };
    struct EdgeIdentityHash {
        std::size_t operator()(const EdgeIdentity& e) const {
            std::size_t h = std::hash<std::string>{}(e.role);
            h ^= (static_cast<std::size_t>(e.from) << 32 | e.to) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
            return h ^ (static_cast<std::size_t>(e.kind) * 0x100000001b3ULL);
        }
    };
    std::unordered_map<EdgeIdentity, EdgeId, EdgeIdentityHash> live_edge_ids;
    // The evidence an edge holds, by hash -> place in Edge::evidence, for edges that hold many
    // items (an organisation's stance reported in thousands of articles): add_evidence then tests
    // a new item against the few with its hash, not against every item held, which made building
    // a large corpus quadratic. An index remembers the vector it was made for (its data and
    // size), and is made again when the evidence was changed by other means (edge_mut).
    struct EvidenceIndex {
        const Evidence* data = nullptr;
        std::size_t size = 0;
        std::unordered_multimap<std::size_t, std::size_t> at;
    };
    std::unordered_map<EdgeId, EvidenceIndex> evidence_index;
    std::size_t live_nodes = 0;
    std::size_t live_edges = 0;

    // Exactly one of the two holds the topology. Both are optionals so that switching never copies
    // (Boost 1.74's adjacency_list has no move operations).
    std::optional<MutableTopology> building{std::in_place};
    std::optional<FrozenTopology> frozen;

    void check_node(NodeId n) const {
        if (n >= nodes.size()) throw std::out_of_range("graph: no node with id " + std::to_string(n));
    }
    void check_edge(EdgeId e) const {
        if (e >= edges.size()) throw std::out_of_range("graph: no edge with id " + std::to_string(e));
    }

    void index_name(NodeId n, std::string_view name) {
        auto key = normalise_name(name);
        if (key.empty()) return;
        // Kept sorted, so that a name shared by thousands of nodes (the same words quoted again
        // and again) costs a binary search per node, not a scan of all of them.
        auto& ids = by_name[key];
        auto at = std::lower_bound(ids.begin(), ids.end(), n);
        if (at == ids.end() || *at != n) ids.insert(at, n);
    }

    // Any mutation of the topology returns the graph to the mutable representation.
    void thaw() {
        if (!frozen) return;
        frozen.reset();
        building.emplace(nodes.size());
        for (EdgeId e = 0; e < edges.size(); ++e)
            if (edges[e].alive) boost::add_edge(edges[e].from, edges[e].to, e, *building);
    }

    void ensure_vertex(NodeId n) {
        while (boost::num_vertices(*building) <= n) boost::add_vertex(*building);
    }

    template <typename Range>
    std::vector<EdgeId> live_ids(Range range, const auto& topology, std::optional<EdgeKind> kind) const {
        std::vector<EdgeId> out;
        for (auto it = range.first; it != range.second; ++it) {
            const EdgeId e = topology[*it];
            if (edges[e].alive && (!kind || edges[e].kind == *kind)) out.push_back(e);
        }
        std::sort(out.begin(), out.end());  // insertion order, whatever the representation
        return out;
    }

    std::vector<EdgeId> out_of(NodeId n, std::optional<EdgeKind> kind) const {
        check_node(n);
        if (frozen) return live_ids(boost::out_edges(n, *frozen), *frozen, kind);
        if (n >= boost::num_vertices(*building)) return {};
        return live_ids(boost::out_edges(n, *building), *building, kind);
    }
    std::vector<EdgeId> in_of(NodeId n, std::optional<EdgeKind> kind) const {
        check_node(n);
        if (frozen) return live_ids(boost::in_edges(n, *frozen), *frozen, kind);
        if (n >= boost::num_vertices(*building)) return {};
        return live_ids(boost::in_edges(n, *building), *building, kind);
    }
};

Graph::Graph() : impl_(std::make_unique<Impl>()) {}
Graph::~Graph() = default;
Graph::Graph(Graph&&) noexcept = default;
Graph& Graph::operator=(Graph&&) noexcept = default;

NodeId Graph::add_node(Node node) {
    auto& d = *impl_;
    if (node.key.empty()) throw std::invalid_argument("graph: a node needs a key");
    if (auto it = d.by_key.find(node.key); it != d.by_key.end())
        throw std::invalid_argument("graph: a node with key \"" + node.key + "\" exists already");
    d.thaw();
    const auto id = static_cast<NodeId>(d.nodes.size());
    node.alive = true;
    d.by_key.emplace(node.key, id);
    d.index_name(id, node.name);
    for (const auto& a : node.aliases) d.index_name(id, a);
    d.nodes.push_back(std::move(node));
    d.merged_into.push_back(kNoNode);
    d.ensure_vertex(id);
    ++d.live_nodes;
    return id;
}

NodeId Graph::find_or_add(const Node& node) {
    if (auto id = find_key(node.key)) return *id;
    return add_node(node);
}

EdgeId Graph::add_edge(NodeId from, NodeId to, EdgeKind kind, std::string role, double confidence, bool manual) {
    auto& d = *impl_;
    d.check_node(from);
    d.check_node(to);
    if (!d.nodes[from].alive || !d.nodes[to].alive)
        throw std::out_of_range("graph: an edge cannot join a removed node");
    Impl::EdgeIdentity identity{from, to, kind, role};
    if (auto it = d.live_edge_ids.find(identity); it != d.live_edge_ids.end()) return it->second;
    d.thaw();
    const auto id = static_cast<EdgeId>(d.edges.size());
    d.live_edge_ids.emplace(std::move(identity), id);
    d.edges.push_back(Edge{kind, from, to, std::move(role), confidence, manual, true, {}});
    boost::add_edge(from, to, id, *d.building);
    ++d.live_edges;
    return id;
}

namespace {

// From how many items an edge's evidence is looked up by hash (below, a scan is cheaper).
constexpr std::size_t kIndexedEvidence = 32;

std::size_t evidence_hash(const Evidence& x) {
    std::size_t h = std::hash<std::string>{}(x.words);
    auto mix = [&h](std::size_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); };
    mix(std::hash<std::string>{}(x.role));
    mix(static_cast<std::size_t>(x.span.start));
    mix(static_cast<std::size_t>(x.span.end));
    mix(static_cast<std::size_t>(x.document));
    return h;
}

}  // namespace

void Graph::add_evidence(EdgeId e, const std::vector<Evidence>& evidence) {
    auto& d = *impl_;
    d.check_edge(e);
    // What a snapshot could not load back is refused here, before anything is added.
    for (const Evidence& x : evidence) {
        if (x.role.empty()) throw std::invalid_argument("graph: evidence needs a role");
        if (x.span.start > x.span.end) throw std::invalid_argument("graph: evidence span starts after it ends");
    }
    auto& held = d.edges[e].evidence;
    for (const Evidence& x : evidence) {
        if (held.size() < kIndexedEvidence) {
            if (std::find(held.begin(), held.end(), x) == held.end()) held.push_back(x);
            continue;
        }
        Impl::EvidenceIndex& index = d.evidence_index[e];
        if (index.data != held.data() || index.size != held.size()) {
            index.at.clear();
            for (std::size_t i = 0; i < held.size(); ++i) index.at.emplace(evidence_hash(held[i]), i);
        }
        const std::size_t h = evidence_hash(x);
        auto [from, to] = index.at.equal_range(h);
        if (std::none_of(from, to, [&](const auto& hit) { return held[hit.second] == x; })) {
            held.push_back(x);
            index.at.emplace(h, held.size() - 1);
        }
        index.data = held.data();
        index.size = held.size();
    }
}

void Graph::remove_edge(EdgeId e) {
    auto& d = *impl_;
    d.check_edge(e);
    if (!d.edges[e].alive) return;
    const Edge& x = d.edges[e];
    d.live_edge_ids.erase(Impl::EdgeIdentity{x.from, x.to, x.kind, x.role});
    d.edges[e].alive = false;  // the topology keeps the id; reads filter it, freeze drops it
    --d.live_edges;
}

void Graph::remove_node(NodeId n) {
    auto& d = *impl_;
    d.check_node(n);
    if (!d.nodes[n].alive) return;
    for (EdgeId e : d.out_of(n, std::nullopt)) remove_edge(e);
    for (EdgeId e : d.in_of(n, std::nullopt)) remove_edge(e);
    d.nodes[n].alive = false;
    --d.live_nodes;
}

void Graph::add_alias(NodeId n, std::string_view alias) {
    auto& d = *impl_;
    d.check_node(n);
    Node& node = d.nodes[n];
    if (alias.empty() || normalise_name(alias) == normalise_name(node.name)) return;
    for (const auto& a : node.aliases)
        if (normalise_name(a) == normalise_name(alias)) return;
    node.aliases.emplace_back(alias);
    d.index_name(n, alias);
}

void Graph::rename(NodeId n, std::string name) {
    auto& d = *impl_;
    d.check_node(n);
    Node& node = d.nodes[n];
    if (node.name == name) return;
    std::string old = std::move(node.name);
    node.name = std::move(name);
    d.index_name(n, node.name);
    // The new name must not linger as an alias; the old one becomes one.
    std::erase_if(node.aliases, [&](const std::string& a) { return normalise_name(a) == normalise_name(node.name); });
    add_alias(n, old);
}

void Graph::merge(NodeId keep, NodeId drop) {
    auto& d = *impl_;
    d.check_node(keep);
    d.check_node(drop);
    if (keep == drop) return;
    if (!d.nodes[keep].alive || !d.nodes[drop].alive)
        throw std::invalid_argument("graph: cannot merge a removed node");
    // Re-attach every edge of drop to keep; add_edge drops exact duplicates.
    for (EdgeId e : d.out_of(drop, std::nullopt)) {
        Edge x = d.edges[e];
        remove_edge(e);
        if (x.to != keep) {
            EdgeId ne = add_edge(keep, x.to, x.kind, x.role, x.confidence, x.manual);
            d.edges[ne].manual = d.edges[ne].manual || x.manual;
            add_evidence(ne, x.evidence);
        }
    }
    for (EdgeId e : d.in_of(drop, std::nullopt)) {
        Edge x = d.edges[e];
        remove_edge(e);
        if (x.from != keep) {
            EdgeId ne = add_edge(x.from, keep, x.kind, x.role, x.confidence, x.manual);
            d.edges[ne].manual = d.edges[ne].manual || x.manual;
            add_evidence(ne, x.evidence);
        }
    }
    const Node dropped = d.nodes[drop];
    add_alias(keep, dropped.name);
    for (const auto& a : dropped.aliases) add_alias(keep, a);
    if (d.nodes[keep].description.empty()) d.nodes[keep].description = dropped.description;
    d.nodes[drop].alive = false;
    d.merged_into[drop] = keep;
    --d.live_nodes;
}

std::size_t Graph::node_count() const { return impl_->live_nodes; }
std::size_t Graph::edge_count() const { return impl_->live_edges; }
std::size_t Graph::node_capacity() const { return impl_->nodes.size(); }
std::size_t Graph::edge_capacity() const { return impl_->edges.size(); }

const Node& Graph::node(NodeId n) const {
    impl_->check_node(n);
    return impl_->nodes[n];
}
Node& Graph::node_mut(NodeId n) {
    impl_->check_node(n);
    return impl_->nodes[n];
}
const Edge& Graph::edge(EdgeId e) const {
    impl_->check_edge(e);
    return impl_->edges[e];
}
Edge& Graph::edge_mut(EdgeId e) {
    impl_->check_edge(e);
    return impl_->edges[e];
}

std::vector<EdgeId> Graph::out_edges(NodeId n) const { return impl_->out_of(n, std::nullopt); }
std::vector<EdgeId> Graph::in_edges(NodeId n) const { return impl_->in_of(n, std::nullopt); }
std::vector<EdgeId> Graph::out_edges(NodeId n, EdgeKind kind) const { return impl_->out_of(n, kind); }
std::vector<EdgeId> Graph::in_edges(NodeId n, EdgeKind kind) const { return impl_->in_of(n, kind); }

std::vector<NodeId> Graph::nodes_of_kind(NodeKind kind) const {
    std::vector<NodeId> out;
    for (NodeId n = 0; n < impl_->nodes.size(); ++n)
        if (impl_->nodes[n].alive && impl_->nodes[n].kind == kind) out.push_back(n);
    return out;
}

std::optional<NodeId> Graph::find_key(std::string_view key) const {
    const auto& d = *impl_;
    auto it = d.by_key.find(std::string(key));
    if (it == d.by_key.end()) return std::nullopt;
    NodeId n = it->second;
    // Follow merges; a chain is at most as long as the number of merges, and never cycles
    // because a dead node cannot be merged into.
    while (!d.nodes[n].alive && d.merged_into[n] != kNoNode) n = d.merged_into[n];
    if (!d.nodes[n].alive) return std::nullopt;
    return n;
}

std::vector<NodeId> Graph::find_name(std::string_view name) const {
    const auto& d = *impl_;
    std::vector<NodeId> out;
    auto it = d.by_name.find(normalise_name(name));
    if (it == d.by_name.end()) return out;
    for (NodeId n : it->second) {
        while (!d.nodes[n].alive && d.merged_into[n] != kNoNode) n = d.merged_into[n];
        if (d.nodes[n].alive) out.push_back(n);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<NodeId> Graph::find_name(std::string_view name, NodeKind kind) const {
    auto all = find_name(name);
    std::erase_if(all, [&](NodeId n) { return impl_->nodes[n].kind != kind; });
    return all;
}

void Graph::freeze() {
    auto& d = *impl_;
    if (d.frozen) return;
    // The CSR is built in one counting-sort pass from the live edges; reads sort edge ids, so the
    // order Boost stores them in does not matter.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ends;
    std::vector<EdgeId> ids;
    ends.reserve(d.live_edges);
    ids.reserve(d.live_edges);
    for (EdgeId e = 0; e < d.edges.size(); ++e) {
        if (!d.edges[e].alive) continue;
        ends.emplace_back(d.edges[e].from, d.edges[e].to);
        ids.push_back(e);
    }
    d.frozen.emplace(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), ids.begin(),
                     static_cast<std::uint32_t>(d.nodes.size()));
    d.building.reset();  // release the building representation
}

bool Graph::frozen() const { return impl_->frozen.has_value(); }

std::vector<EdgeId> Graph::shortest_path(NodeId from, NodeId to, std::size_t max_length) const {
    const auto& d = *impl_;
    d.check_node(from);
    d.check_node(to);
    if (from == to || !d.nodes[from].alive || !d.nodes[to].alive) return {};
    // Breadth-first over live edges in both directions, remembering the edge that reached a node.
    std::vector<EdgeId> via(d.nodes.size(), 0xFFFFFFFFu);
    std::vector<std::uint32_t> depth(d.nodes.size(), 0xFFFFFFFFu);
    std::deque<NodeId> queue{from};
    depth[from] = 0;
    while (!queue.empty()) {
        const NodeId n = queue.front();
        queue.pop_front();
        if (depth[n] >= max_length) continue;
        auto visit = [&](EdgeId e, NodeId next) {
            if (depth[next] != 0xFFFFFFFFu || !d.nodes[next].alive) return false;
            depth[next] = depth[n] + 1;
            via[next] = e;
            queue.push_back(next);
            return next == to;
        };
        for (EdgeId e : d.out_of(n, std::nullopt))
            if (visit(e, d.edges[e].to)) queue.clear();
        for (EdgeId e : d.in_of(n, std::nullopt))
            if (visit(e, d.edges[e].from)) queue.clear();
    }
    if (depth[to] == 0xFFFFFFFFu) return {};
    std::vector<EdgeId> path;
    for (NodeId n = to; n != from;) {
        const EdgeId e = via[n];
        path.push_back(e);
        n = d.edges[e].from == n ? d.edges[e].to : d.edges[e].from;
    }
    std::reverse(path.begin(), path.end());
    return path;
}

std::size_t Graph::topology_bytes() const {
    const auto& d = *impl_;
    if (d.frozen) {
        const auto& f = *d.frozen;
        return vector_bytes(f.m_forward.m_rowstart) + vector_bytes(f.m_forward.m_column) +
               vector_bytes(f.m_forward.m_edge_properties) + vector_bytes(f.m_backward.m_rowstart) +
               vector_bytes(f.m_backward.m_column) + vector_bytes(f.m_backward.m_edge_properties);
    }
    // adjacency_list<vecS, vecS, bidirectionalS>: a vector of stored vertices (two edge vectors
    // each), one (target, list iterator) entry per edge in each endpoint's vector, and a global
    // std::list node per edge holding source, target and the property.
    using StoredVertex = typename MutableTopology::stored_vertex;
    // Every list node and non-empty vector is a heap block with malloc's own header on top of
    // what it holds (8 bytes on glibc x86-64; blocks are also rounded up to 16, not counted here).
    constexpr std::size_t kMallocHeader = 8;
    constexpr std::size_t kEntry = sizeof(std::size_t) + sizeof(void*);
    constexpr std::size_t kListNode = 2 * sizeof(void*) + 2 * sizeof(std::size_t) + sizeof(void*) + kMallocHeader;
    std::size_t bytes = d.building->m_vertices.capacity() * sizeof(StoredVertex);
    for (const auto& v : d.building->m_vertices) {
        bytes += (v.m_out_edges.capacity() + v.m_in_edges.capacity()) * kEntry;
        bytes += (v.m_out_edges.capacity() ? kMallocHeader : 0) + (v.m_in_edges.capacity() ? kMallocHeader : 0);
    }
    bytes += boost::num_edges(*d.building) * kListNode;
    return bytes;
}

}  // namespace sg
