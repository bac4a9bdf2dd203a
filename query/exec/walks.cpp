// Neighbourhoods and shortest paths (see walks.hpp).
#include "query/exec/walks.hpp"

#include <algorithm>
#include <deque>
#include <memory>
#include <numeric>
#include <string>
#include <type_traits>

#include "query/exec/evaluator.hpp"
#include "query/exec/id_order.hpp"
#include "query/query_error.hpp"

namespace sg::query {
namespace {

// The nodes a walk has reached: one bit per node of the graph. At 10^6 claims a neighbourhood
// of 72,000 nodes had grown an open-addressing table of ids (hashing and probing per edge); the
// bitmap costs 143 KB, zeroed, and one load per edge.
class Reached {
public:
    explicit Reached(std::size_t nodes) : bits_((nodes + 63) / 64, 0) {}
    // False when n was reached already.
    bool insert(NodeId n) {
        std::uint64_t& word = bits_[n / 64];
        const std::uint64_t bit = std::uint64_t{1} << (n % 64);
        if (word & bit) return false;
        word |= bit;
        return true;
    }

private:
    std::vector<std::uint64_t> bits_;
};

}  // namespace

ResultSet neighbourhood_rows(const GraphStore& g, const NeighbourhoodSource& source, const Limits& limits,
                             bool nodes_behind) {
    using Int = std::int64_t;
    if (source.depth > limits.max_depth)
        throw QueryError(source.depth_offset, "depth " + std::to_string(source.depth) + " is deeper than allowed " +
                                                  limit_note("max-depth", limits.max_depth));
    ResultSet r;
    r.columns = {Column{"node", "name", {}}, Column{"kind", "kind", {}}, Column{"distance", "distance", {}},
                 Column{"via", "via", {}}};
    // The "via" texts, each made once per (node walked from, direction, kind) and shared by the
    // rows it leads to (TextRef): 30,000 claims reached from one position by one kind of edge had
    // each built the same text. A deque: its texts stay where they are as it grows.
    r.rows.set_width(r.columns.size());
    auto vias = std::make_shared<std::deque<std::string>>();
    r.keep_alive.push_back(vias);
    Reached reached(g.node_count());
    reached.insert(source.start);
    // Per row, found by the walk: the node it shows, its distance and its via text. The cells are
    // made at the end, each constructed in place in an array reserved to its size: rows appended
    // as the walk went had default-made four cells each, assigned three over an empty variant (a
    // visit each) and moved every cell again each time the array grew (72,000 rows at 10^6
    // claims).
    struct Found {
        NodeId node;
        std::uint32_t distance;
        const std::string* via;
    };
    std::vector<Found> found;
    std::vector<NodeId> ends;      // the other ends of the edges of the node walked from
    std::deque<std::pair<NodeId, std::uint32_t>> queue{{source.start, 0}};  // node, distance
    while (!queue.empty()) {
        // Not a structured binding: the lambda below captures them (clang refuses bindings there).
        const NodeId n = queue.front().first;
        const std::uint32_t d = queue.front().second;
        queue.pop_front();
        if (d == source.depth) continue;
        // "<node we came from> -": read once per node walked from, not once per row it leads to.
        const std::string from = std::string(g.name(n)) + " ";
        // The via text last made from n: edges come grouped by direction and kind.
        const std::string* via = nullptr;
        EdgeKind via_kind = EdgeKind::Says;
        bool via_outgoing = false;
        // The other end of each edge of one list (out or in), one row per node not reached
        // before. One loop over the list, inline (a call per edge to a visiting lambda had been a
        // seventh of the statement's instructions at 10^6 claims, callgrind); the rows' array grown
        // once per list to hold all of it, doubling (a position's 30,000 in-edges had grown it a
        // row at a time, copying it again at each doubling).
        const bool queue_next = d + 1 < source.depth;  // a node at the last depth is walked from by no one
        auto walk = [&](const store::EdgeList& list, bool outgoing) {
            ends.clear();
            g.edge_ends(list, !outgoing, ends);
            if (found.size() + list.size() > found.capacity())
                found.reserve(std::max(found.size() + list.size(), 2 * found.capacity()));
            for (std::size_t i = 0; i < list.size(); ++i) {
                const NodeId other = ends[i];
                if (!reached.insert(other)) continue;
                if (found.size() >= limits.max_rows)
                    throw QueryError(source.offset, "the neighbourhood has more rows than it may " +
                                                        limit_note("max-rows", limits.max_rows) +
                                                        "; lower the depth or raise --max-rows");
                // The edge's kind from the adjacency entry where the file packs it (version 2 on):
                // one read of the edge's record per row (its other end) instead of two. A packed
                // kind out of range (a forged file) is left to the record's read, which refuses it.
                const EdgeKind kind = list.kinds_packed() && list.packed_kind(i) <= static_cast<std::uint32_t>(EdgeKind::In)
                                          ? static_cast<EdgeKind>(list.packed_kind(i))
                                          : g.edge_kind(list[i]);
                // Read as "<node we came from> -kind-> <this node>" (or <-kind- against the edge).
                if (!via || via_kind != kind || via_outgoing != outgoing) {
                    std::string text = from;
                    text += outgoing ? "-" : "<-";
                    text += to_string(kind);
                    text += outgoing ? "->" : "-";
                    via = &vias->emplace_back(std::move(text));
                    via_kind = kind;
                    via_outgoing = outgoing;
                }
                found.push_back(Found{other, d + 1, via});  // the name and kind: read below, in id order
                if (nodes_behind) r.row_nodes.push_back({other, n});
                // Not queued at the last depth: most of the 72,000 rows of a depth-2
                // neighbourhood at 10^6 claims had been queued only to be dropped.
                if (queue_next) queue.emplace_back(other, d + 1);
            }
        };
        walk(g.out_edges(n), true);
        walk(g.in_edges(n), false);
    }
    // Each row's name and kind, read in place (TextRef: no copy of 72,000 names) and in node id
    // order: node records and names lie in id order in the file, so the reads walk forwards
    // through its pages instead of jumping between them in the order the walk met the nodes.
    // (node, row) packed into one number and sorted by a radix sort of the ids (id_order.hpp):
    // no indirect comparison (each had loaded two rows' nodes from scattered places) for the
    // 72,000 rows at 10^6 claims.
    std::vector<std::uint64_t> order;
    order.reserve(found.size());
    for (std::size_t i = 0; i < found.size(); ++i) order.push_back((std::uint64_t{found[i].node} << 32) | i);
    sort_by_packed_id(order);
    // Every entry is written below before it is read: not zeroed first (a std::vector of views
    // had zeroed 1.7 MB for the 72,000 rows at 10^6 claims).
    struct Shown {
        const char* name;
        std::size_t size;
        NodeKind kind;
    };
    static_assert(std::is_trivially_default_constructible_v<Shown>);
    const auto shown = std::make_unique_for_overwrite<Shown[]>(found.size());
    // The records prefetched a few nodes ahead. (Prefetching each claim's text too, for whoever
    // reads the answer later, made no difference at 10^6 claims that three alternating runs could
    // tell from the machine's noise: not done.)
    constexpr std::size_t kAhead = 8;  // records prefetched ahead of the one read
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (k + kAhead < order.size()) g.prefetch_node(static_cast<NodeId>(order[k + kAhead] >> 32));
        const auto n = static_cast<NodeId>(order[k] >> 32);
        const GraphStore::KindAndName node = g.kind_and_name(n);
        shown[static_cast<std::uint32_t>(order[k])] = Shown{node.name.data(), node.name.size(), node.kind};
    }
    r.rows.reserve(found.size());
    for (std::size_t i = 0; i < found.size(); ++i) {
        r.rows.add_cell(std::in_place_type<TextRef>, TextRef{std::string_view(shown[i].name, shown[i].size)});
        r.rows.add_cell(std::in_place_type<TextRef>, TextRef{to_string(shown[i].kind)});
        r.rows.add_cell(std::in_place_type<Int>, static_cast<Int>(found[i].distance));
        r.rows.add_cell(std::in_place_type<TextRef>, TextRef{*found[i].via});
        r.rows.end_row();
    }
    return r;
}

ResultSet shortest_path_rows(const GraphStore& g, const ShortestPathSource& source, const Limits& limits) {
    ResultSet r;
    r.columns = {Column{"step", "step", {}}, Column{"from", "from", {}}, Column{"edge", "edge", {}},
                 Column{"to", "to", {}}};
    NodeId at = source.from;
    std::int64_t step = 0;
    std::vector<EdgeId> path = g.shortest_path(source.from, source.to, limits.max_path);
    if (path.empty() && source.from != source.to) {
        // Nothing within the bound: say so only if a longer path exists (the search is linear).
        const std::size_t length = g.shortest_path(source.from, source.to, g.node_count()).size();
        if (length > 0)
            throw QueryError(source.offset, "the shortest path has " + std::to_string(length) +
                                                " edges, more than it may " + limit_note("max-path", limits.max_path));
    }
    for (EdgeId e : path) {
        const EdgeView& edge = g.edge(e);
        const bool forward = edge.from == at;
        const NodeId next = forward ? edge.to : edge.from;
        const std::string k(to_string(edge.kind));
        r.add({++step, std::string(g.name(at)), forward ? "-[" + k + "]->" : "<-[" + k + "]-", std::string(g.name(next))},
              {at, next});
        at = next;
    }
    return r;
}

}  // namespace sg::query
