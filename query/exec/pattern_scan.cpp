// Pattern matching over the graph (see pattern_scan.hpp).
#include "query/exec/pattern_scan.hpp"

#include <algorithm>
#include <deque>
#include <unordered_map>

#include "graph/store/words.hpp"
#include "query/exec/evaluator.hpp"
#include "query/exec/properties.hpp"
#include "query/query_error.hpp"

namespace sg::query {

VarMap variables_of(const Pattern& p) {
    VarMap vars;
    auto declare = [&](const std::string& name, VarSlot v, std::size_t offset) {
        if (name.empty()) return;
        auto [it, fresh] = vars.emplace(name, v);
        if (!fresh && (it->second.node != v.node || !v.node))
            throw QueryError(offset, "variable " + quoted(name) + " is used for two different things");
    };
    for (std::size_t i = 0; i < p.nodes.size(); ++i) declare(p.nodes[i].var, VarSlot{true, i}, 0);
    for (std::size_t i = 0; i < p.edges.size(); ++i) {
        if (p.edges[i].var.empty()) continue;
        if (p.edges[i].variable_length)
            throw QueryError(p.edges[i].offset, "a variable-length relationship cannot be named");
        declare(p.edges[i].var, VarSlot{false, i}, p.edges[i].offset);
    }
    return vars;
}

namespace {

class Scanner {
public:
    Scanner(const GraphStore& g, const Binder& b, const ClaimFilter& scope, const Pattern& p, const VarMap& vars,
            std::size_t offset, std::size_t& examined, const std::function<bool(const Binding&)>& emit)
        : g_(g), b_(b), scope_(scope), p_(p), offset_(offset), examined_(examined), emit_(emit) {
        binding_.vars = &vars;
        binding_.nodes.assign(p.nodes.size(), kNoNode);
        binding_.edges.assign(p.edges.size(), kNoEdge);
        steps_.resize(p.edges.size());
        // A node variable seen twice must bind the same node both times.
        for (std::size_t i = 0; i < p.nodes.size(); ++i)
            for (std::size_t j = 0; j < i; ++j)
                if (!p.nodes[i].var.empty() && p.nodes[i].var == p.nodes[j].var) same_as_.emplace_back(j, i);
    }

    void run() {
        for (NodeId n : first_candidates()) {
            if (stopped_) break;
            if (!node_fits(0, n)) continue;
            binding_.nodes[0] = n;
            extend(0);
        }
    }

private:
    std::vector<NodeId> first_candidates() const {
        const NodeStep& s = p_.nodes[0];
        if (s.words) return g_.claims_with_phrase(*s.words);
        if (!s.ids.empty()) {
            std::vector<NodeId> ids = s.ids;
            std::sort(ids.begin(), ids.end());
            return ids;
        }
        for (const auto& [key, lit] : s.properties) {
            const std::string k = lower_text(key.text);
            if (k == "id" || k == "key" || k == "name") {
                std::vector<NodeId> found = b_.lookup(lit.text);
                std::sort(found.begin(), found.end());
                return found;
            }
        }
        if (s.kinds.size() == 1) {
            const auto of_kind = g_.nodes_of_kind(s.kinds[0]);
            return {of_kind.begin(), of_kind.end()};
        }
        std::vector<NodeId> all(g_.node_count());
        for (NodeId n = 0; n < all.size(); ++n) all[n] = n;
        return all;
    }

    bool node_fits(std::size_t i, NodeId n) const {
        const NodeStep& s = p_.nodes[i];
        // The string-free tests first: most candidates fail on kind or id, and reading a node's
        // strings touches pages a statement need not touch.
        const NodeKind kind = g_.kind(n);
        if (!s.kinds.empty() && std::find(s.kinds.begin(), s.kinds.end(), kind) == s.kinds.end()) return false;
        if (!s.ids.empty() && std::find(s.ids.begin(), s.ids.end(), n) == s.ids.end()) return false;
        if (std::find(s.not_ids.begin(), s.not_ids.end(), n) != s.not_ids.end()) return false;
        if (s.admitted && !scope_.admits(g_, n)) return false;
        if (s.document && (kind != NodeKind::Claim || document_of(g_, n) != *s.document)) return false;
        if (!s.words && s.properties.empty()) return repeats_agree(i, n);
        const NodeView node = g_.node(n);
        if (s.words && (node.kind != NodeKind::Claim ||
                        !store::contains_stemmed_phrase(store::word_stems(node.name), store::word_stems(*s.words))))
            return false;
        for (const auto& [key, lit] : s.properties) {
            const std::string k = lower_text(key.text);
            if (k == "name") {
                if (!name_matches(g_, n, lit.text)) return false;
            } else if (k == "id") {
                const Value v = node_property(g_, scope_, n, k, key.offset);
                if (!equal_value(v, lit) && lower_text(node.key) != lower_text(lit.text)) return false;
            } else if (!equal_value(node_property(g_, scope_, n, k, key.offset), lit)) {
                return false;
            }
        }
        return repeats_agree(i, n);
    }

    // A node variable seen twice must bind the same node both times.
    bool repeats_agree(std::size_t i, NodeId n) const {
        for (const auto& [a, b] : same_as_)
            if (b == i && binding_.nodes[a] != n) return false;
        return true;
    }

    // The (edge, other end) pairs one step from n in the direction of relationship i, in edge id
    // order. The edges of the kinds asked come straight from the kind-grouped adjacency. The list
    // is relationship i's buffer, reused: a deeper step fills another, and a variable-length
    // walk has used each list up before it takes the next.
    const std::vector<std::pair<EdgeId, NodeId>>& step(std::size_t i, NodeId n) const {
        std::vector<std::pair<EdgeId, NodeId>>& out = steps_[i];
        out.clear();
        const Direction d = p_.edges[i].direction;
        const auto& kinds = p_.edges[i].kinds;
        auto take = [&](const store::EdgeList& list, bool outgoing) {
            for (EdgeId e : list) out.emplace_back(e, outgoing ? g_.edge_to(e) : g_.edge_from(e));
        };
        auto side = [&](bool outgoing) {
            if (kinds.empty()) take(outgoing ? g_.out_edges(n) : g_.in_edges(n), outgoing);
            for (EdgeKind k : kinds) take(outgoing ? g_.out_edges(n, k) : g_.in_edges(n, k), outgoing);
        };
        if (d != Direction::Left) side(true);
        if (d != Direction::Right) side(false);
        if (kinds.size() > 1 || kinds.empty() || d == Direction::Both)
            std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
        return out;
    }

    void extend(std::size_t i) {
        if (++examined_ > kMaxBindings) {
            throw QueryError(offset_, "the pattern matches too much (more than kMaxBindings = " +
                                          std::to_string(kMaxBindings) + " bindings); make it more specific");
        }
        if (stopped_) return;
        if (i == p_.edges.size()) {
            if (!emit_(binding_)) stopped_ = true;
            return;
        }
        const NodeId from = binding_.nodes[i];
        const EdgeStep& rel = p_.edges[i];
        if (!rel.variable_length) {
            for (const auto& [e, to] : step(i, from)) {
                if (!node_fits(i + 1, to)) continue;
                binding_.edges[i] = e;
                binding_.nodes[i + 1] = to;
                extend(i + 1);
            }
            return;
        }
        // Variable length: every node whose shortest distance along matching edges is in range.
        std::unordered_map<NodeId, std::uint32_t> dist{{from, 0}};
        std::deque<NodeId> queue{from};
        std::vector<NodeId> reached;
        if (rel.min_hops == 0) reached.push_back(from);
        while (!queue.empty()) {
            const NodeId n = queue.front();
            queue.pop_front();
            const std::uint32_t d = dist[n];
            if (d == rel.max_hops) continue;
            for (const auto& [e, to] : step(i, n)) {
                if (dist.count(to)) continue;
                dist[to] = d + 1;
                queue.push_back(to);
                if (d + 1 >= rel.min_hops) reached.push_back(to);
            }
        }
        binding_.edges[i] = kNoEdge;
        for (NodeId to : reached) {
            if (!node_fits(i + 1, to)) continue;
            binding_.nodes[i + 1] = to;
            extend(i + 1);
        }
    }

    const GraphStore& g_;
    const Binder& b_;
    const ClaimFilter& scope_;
    const Pattern& p_;
    std::size_t offset_;
    std::size_t& examined_;
    const std::function<bool(const Binding&)>& emit_;
    Binding binding_;
    mutable std::vector<std::vector<std::pair<EdgeId, NodeId>>> steps_;  // step()'s lists, one per relationship
    std::vector<std::pair<std::size_t, std::size_t>> same_as_;
    bool stopped_ = false;
};

}  // namespace

void scan_pattern(const GraphStore& g, const Binder& b, const ClaimFilter& scope, const Pattern& p, const VarMap& vars,
                  std::size_t offset, std::size_t& examined, const std::function<bool(const Binding&)>& emit) {
    if (p.edges.size() > kMaxPatternSteps) {
        throw QueryError(p.edges[kMaxPatternSteps].offset, "a pattern may have at most kMaxPatternSteps (" +
                                                              std::to_string(kMaxPatternSteps) + ") relationships");
    }
    Scanner(g, b, scope, p, vars, offset, examined, emit).run();
}

}  // namespace sg::query
