// Neighbourhoods and shortest paths (see walks.hpp).
#include "query/exec/walks.hpp"

#include <algorithm>
#include <deque>

#include "query/exec/evaluator.hpp"
#include "query/query_error.hpp"

namespace sg::query {
namespace {

// The nodes a walk has reached: open addressing over a power-of-two table of ids (kNoNode marks
// a free slot), doubled when half full. A neighbourhood of 72,000 nodes had cost a hash-map node
// allocation each.
class Reached {
public:
    // False when n was reached already.
    bool insert(NodeId n) {
        if ((size_ + 1) * 2 > slots_.size()) grow();
        return place(n);
    }

private:
    bool place(NodeId n) {
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = (std::uint64_t{n} * 0x9E3779B97F4A7C15ULL >> 32) & mask;; i = (i + 1) & mask) {
            if (slots_[i] == n) return false;
            if (slots_[i] == kNoNode) {
                slots_[i] = n;
                ++size_;
                return true;
            }
        }
    }
    void grow() {
        std::vector<NodeId> old = std::move(slots_);
        slots_.assign(std::max<std::size_t>(64, old.size() * 2), kNoNode);
        size_ = 0;
        for (NodeId n : old)
            if (n != kNoNode) place(n);
    }
    std::vector<NodeId> slots_;
    std::size_t size_ = 0;
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
    Reached reached;
    reached.insert(source.start);
    std::deque<std::pair<NodeId, std::uint32_t>> queue{{source.start, 0}};  // node, distance
    while (!queue.empty()) {
        // Not a structured binding: the lambda below captures them (clang refuses bindings there).
        const NodeId n = queue.front().first;
        const std::uint32_t d = queue.front().second;
        queue.pop_front();
        if (d == source.depth) continue;
        // "<node we came from> -": read once per node walked from, not once per row it leads to.
        const std::string from = std::string(g.name(n)) + " ";
        // A claim is the end of a path: walking on through it would reach every speaker of every
        // position it touches.
        auto visit = [&](EdgeId e, NodeId other, bool outgoing) {
            if (!reached.insert(other)) return;
            if (r.rows.size() >= limits.max_rows)
                throw QueryError(source.offset, "the neighbourhood has more rows than it may " +
                                                    limit_note("max-rows", limits.max_rows) +
                                                    "; lower the depth or raise --max-rows");
            // Read as "<node we came from> -kind-> <this node>" (or <-kind- against the edge).
            std::string via = from;
            via += outgoing ? "-" : "<-";
            via += to_string(g.edge_kind(e));
            via += outgoing ? "->" : "-";
            std::vector<Value> cells;
            cells.reserve(4);
            cells.emplace_back(std::string(g.name(other)));
            cells.emplace_back(std::string(to_string(g.kind(other))));
            cells.emplace_back(static_cast<Int>(d + 1));
            cells.emplace_back(std::move(via));
            r.add(std::move(cells), nodes_behind ? std::vector<NodeId>{other, n} : std::vector<NodeId>{});
            queue.emplace_back(other, d + 1);
        };
        for (EdgeId e : g.out_edges(n)) visit(e, g.edge_to(e), true);
        for (EdgeId e : g.in_edges(n)) visit(e, g.edge_from(e), false);
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
