// The Cypher-like MATCH subset: node and edge kinds, property equality and `contains`,
// and/or/not, variable-length relationships, `return` with count(...), order by, limit.
//
// Evaluation walks the pattern left to right, binding one node (and the edge that reaches it) per
// step. The walk is recursive over pattern steps only, whose number is bounded by
// kMaxPatternSteps, never by the data; variable-length steps are breadth-first searches bounded
// by kMaxHops.
#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "query/evaluator.hpp"
#include "query/parse_state.hpp"
#include "query/query_error.hpp"
#include "query/stances.hpp"

namespace sg::query {
namespace {

constexpr EdgeId kNoEdge = 0xFFFFFFFFu;
// Candidate bindings a MATCH may examine before it gives up.
constexpr std::size_t kMaxBindings = 10'000'000;

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

const char* kNodeProperties = "id, key, name, kind, text, document, comment, confidence, title";
const char* kEdgeProperties = "kind, role, confidence, manual";

std::optional<NodeKind> node_label(const Name& label) {
    std::string l = lower(label.text);
    if (l == "organization" || l == "org") l = "organisation";
    if (l == "doc") l = "document";
    if (auto k = node_kind_from(l)) return k;
    throw QueryError(label.offset, "unknown node label \"" + label.text +
                                       "\"; expected one of: document, person, organisation, position, claim");
}

EdgeKind edge_label(const Name& label) {
    std::string l = lower(label.text);
    if (l == "member-of" || l == "memberof") l = "member_of";
    if (l == "part-of" || l == "partof") l = "part_of";
    if (auto k = edge_kind_from(l)) return *k;
    throw QueryError(label.offset, "unknown relationship type \"" + label.text +
                                       "\"; expected one of: says, supports, opposes, about, member_of, part_of, in");
}

Value node_property(const Graph& g, NodeId n, const std::string& prop, std::size_t offset) {
    const Node& node = g.node(n);
    const std::string p = lower(prop);
    if (p == "name") return node.name;
    if (p == "text") return node.name;
    if (p == "key") return node.key;
    if (p == "id") {
        const auto colon = node.key.find(':');
        return colon == std::string::npos ? node.key : node.key.substr(colon + 1);
    }
    if (p == "kind") {
        return std::string(node.kind == NodeKind::Claim ? to_string(node.claim.kind) : to_string(node.kind));
    }
    if (p == "title" || p == "description") return node.description;
    if (node.kind == NodeKind::Claim) {
        if (p == "document") {
            const NodeId d = document_of(g, n);
            return d == kNoNode ? Value{} : Value{g.node(d).name};
        }
        if (p == "comment") return node.claim.comment;
        if (p == "confidence") return node.claim.confidence;
    } else if (p == "document" || p == "comment" || p == "confidence") {
        return Value{};
    }
    throw QueryError(offset, "unknown property \"" + prop + "\"; nodes have: " + kNodeProperties);
}

Value edge_property(const Graph& g, EdgeId e, const std::string& prop, std::size_t offset) {
    const Edge& edge = g.edge(e);
    const std::string p = lower(prop);
    if (p == "kind") return std::string(to_string(edge.kind));
    if (p == "role") return edge.role;
    if (p == "confidence") return edge.confidence;
    if (p == "manual") return edge.manual;
    throw QueryError(offset, "unknown property \"" + prop + "\"; relationships have: " + kEdgeProperties);
}

bool equal_value(const Value& v, const Literal& lit) {
    if (lit.type == Literal::Type::Number) {
        if (const auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i) == lit.number;
        if (const auto* d = std::get_if<double>(&v)) return *d == lit.number;
    }
    if (const auto* b = std::get_if<bool>(&v)) return lower(lit.text) == (*b ? "true" : "false");
    return lower(to_text(v)) == lower(lit.text);
}

// `name` equality also accepts aliases and ignores titles, like names everywhere else.
bool name_matches(const Graph& g, NodeId n, const std::string& text) {
    const std::string want = lookup_form(text);
    const Node& node = g.node(n);
    if (lookup_form(node.name) == want) return true;
    return std::any_of(node.aliases.begin(), node.aliases.end(),
                       [&](const std::string& a) { return lookup_form(a) == want; });
}

struct Var {
    bool node = true;
    std::size_t index = 0;  // pattern node index, or step index for edges
};

class Matcher {
public:
    Matcher(const Graph& g, const Binder& b, const Statement& s) : g_(g), b_(b), s_(s), q_(*s.match) {
        if (q_.steps.size() > kMaxPatternSteps) {
            throw QueryError(q_.steps[kMaxPatternSteps].first.offset,
                             "a pattern may have at most kMaxPatternSteps (" + std::to_string(kMaxPatternSteps) +
                                 ") relationships");
        }
        nodes_.push_back(&q_.first);
        for (const auto& [rel, node] : q_.steps) {
            rels_.push_back(&rel);
            nodes_.push_back(&node);
        }
        for (std::size_t i = 0; i < nodes_.size(); ++i) {
            kinds_.push_back(nodes_[i]->label ? node_label(*nodes_[i]->label) : std::nullopt);
            if (!nodes_[i]->variable.empty()) declare(nodes_[i]->variable, Var{true, i}, nodes_[i]->offset);
            for (const auto& [key, lit] : nodes_[i]->properties) node_property_check(key);
        }
        for (std::size_t i = 0; i < rels_.size(); ++i) {
            std::vector<EdgeKind> kinds;
            for (const Name& l : rels_[i]->labels) kinds.push_back(edge_label(l));
            edge_kinds_.push_back(std::move(kinds));
            if (!rels_[i]->variable.empty()) {
                if (rels_[i]->variable_length)
                    throw QueryError(rels_[i]->offset, "a variable-length relationship cannot be named");
                declare(rels_[i]->variable, Var{false, i}, rels_[i]->offset);
            }
        }
        if (q_.where) check(*q_.where);
        for (const auto& item : q_.returns) {
            if (item.count && item.ref.variable.empty()) continue;
            reference(item.ref);
        }
        bound_nodes_.assign(nodes_.size(), kNoNode);
        bound_edges_.assign(rels_.size(), kNoEdge);
    }

    ResultSet run() {
        ResultSet r;
        bool counting = false;
        for (const auto& item : q_.returns) {
            r.columns.push_back(Column{item.header(), item.header(), {}});
            counting = counting || item.count;
        }
        counting_ = counting;
        result_ = &r;
        stop_at_ = (!counting && !s_.clauses.order_by && s_.clauses.limit) ? *s_.clauses.limit : kMaxResultRows + 1;
        for (NodeId n : first_candidates()) {
            if (r.rows.size() >= stop_at_) break;
            if (!node_fits(0, n)) continue;
            bound_nodes_[0] = n;
            extend(0);
        }
        if (counting) {
            for (auto& [key, group] : groups_) {
                std::vector<Value> cells;
                std::size_t k = 0;
                for (const auto& item : q_.returns) {
                    cells.push_back(item.count ? Value{static_cast<std::int64_t>(group.count)} : group.values[k++]);
                }
                r.add(std::move(cells), std::vector<NodeId>(group.nodes.begin(), group.nodes.end()));
            }
        }
        apply_clauses(b_, s_.clauses, r);
        return r;
    }

private:
    void declare(const std::string& name, Var v, std::size_t offset) {
        auto [it, fresh] = vars_.emplace(name, v);
        if (!fresh && (it->second.node != v.node || !v.node))
            throw QueryError(offset, "variable \"" + name + "\" is used for two different things");
        if (!fresh) same_as_.emplace_back(it->second.index, v.index);  // a node seen twice: the same node
    }
    void node_property_check(const Name& key) {
        const std::string k = lower(key.text);
        static const std::vector<std::string> known{"id", "key", "name", "kind", "text", "document", "comment",
                                                    "confidence", "title", "description"};
        if (std::find(known.begin(), known.end(), k) == known.end())
            throw QueryError(key.offset, "unknown property \"" + key.text + "\"; nodes have: " + kNodeProperties);
    }
    const Var& reference(const Reference& ref) const {
        auto it = vars_.find(ref.variable);
        if (it == vars_.end()) throw QueryError(ref.offset, "unknown variable \"" + ref.variable + "\"");
        return it->second;
    }
    void check(const Expr& e) const {
        if (e.left) check(*e.left);
        if (e.right) check(*e.right);
        if (e.op == Expr::Op::Equal || e.op == Expr::Op::NotEqual || e.op == Expr::Op::Contains) {
            reference(e.ref);
            if (e.ref.property.empty())
                throw QueryError(e.ref.offset, "compare a property, e.g. " + e.ref.variable + ".name");
        }
    }

    std::vector<NodeId> first_candidates() const {
        const NodePattern& p = *nodes_[0];
        for (const auto& [key, lit] : p.properties) {
            const std::string k = lower(key.text);
            if (k == "id" || k == "key" || k == "name") {
                std::vector<NodeId> found = b_.lookup(lit.text);
                std::sort(found.begin(), found.end());
                return found;
            }
        }
        if (kinds_[0]) return g_.nodes_of_kind(*kinds_[0]);
        std::vector<NodeId> all;
        for (NodeId n = 0; n < g_.node_capacity(); ++n)
            if (g_.node(n).alive) all.push_back(n);
        return all;
    }

    bool node_fits(std::size_t i, NodeId n) const {
        const Node& node = g_.node(n);
        if (!node.alive) return false;
        if (kinds_[i] && node.kind != *kinds_[i]) return false;
        for (const auto& [key, lit] : nodes_[i]->properties) {
            const std::string k = lower(key.text);
            if (k == "name") {
                if (!name_matches(g_, n, lit.text)) return false;
            } else if (k == "id") {
                const Value v = node_property(g_, n, k, key.offset);
                if (!equal_value(v, lit) && lower(node.key) != lower(lit.text)) return false;
            } else if (!equal_value(node_property(g_, n, k, key.offset), lit)) {
                return false;
            }
        }
        for (const auto& [a, b] : same_as_)
            if (b == i && bound_nodes_[a] != n) return false;
        return true;
    }

    bool edge_fits(std::size_t i, EdgeId e) const {
        const Edge& edge = g_.edge(e);
        return edge.alive && (edge_kinds_[i].empty() ||
                              std::find(edge_kinds_[i].begin(), edge_kinds_[i].end(), edge.kind) != edge_kinds_[i].end());
    }

    // The (edge, other end) pairs one step from n in the direction of relationship i.
    std::vector<std::pair<EdgeId, NodeId>> step(std::size_t i, NodeId n) const {
        std::vector<std::pair<EdgeId, NodeId>> out;
        const Direction d = rels_[i]->direction;
        if (d != Direction::Left)
            for (EdgeId e : g_.out_edges(n))
                if (edge_fits(i, e)) out.emplace_back(e, g_.edge(e).to);
        if (d != Direction::Right)
            for (EdgeId e : g_.in_edges(n))
                if (edge_fits(i, e)) out.emplace_back(e, g_.edge(e).from);
        return out;
    }

    void extend(std::size_t i) {
        if (++examined_ > kMaxBindings) {
            throw QueryError(s_.offset, "the pattern matches too much (more than kMaxBindings = " +
                                            std::to_string(kMaxBindings) + " bindings); make it more specific");
        }
        if (result_->rows.size() >= stop_at_) return;
        if (i == rels_.size()) {
            emit();
            return;
        }
        const NodeId from = bound_nodes_[i];
        if (!rels_[i]->variable_length) {
            for (const auto& [e, to] : step(i, from)) {
                if (!node_fits(i + 1, to)) continue;
                bound_edges_[i] = e;
                bound_nodes_[i + 1] = to;
                extend(i + 1);
            }
            return;
        }
        // Variable length: every node whose shortest distance along matching edges is in range.
        std::unordered_map<NodeId, std::uint32_t> dist{{from, 0}};
        std::deque<NodeId> queue{from};
        std::vector<NodeId> reached;
        if (rels_[i]->min_hops == 0) reached.push_back(from);
        while (!queue.empty()) {
            const NodeId n = queue.front();
            queue.pop_front();
            const std::uint32_t d = dist[n];
            if (d == rels_[i]->max_hops) continue;
            for (const auto& [e, to] : step(i, n)) {
                if (dist.count(to)) continue;
                dist[to] = d + 1;
                queue.push_back(to);
                if (d + 1 >= rels_[i]->min_hops) reached.push_back(to);
            }
        }
        bound_edges_[i] = kNoEdge;
        for (NodeId to : reached) {
            if (!node_fits(i + 1, to)) continue;
            bound_nodes_[i + 1] = to;
            extend(i + 1);
        }
    }

    Value value_of(const Reference& ref) const {
        const Var& v = reference(ref);
        if (v.node) {
            const NodeId n = bound_nodes_[v.index];
            return ref.property.empty() ? Value{g_.node(n).name} : node_property(g_, n, ref.property, ref.offset);
        }
        const EdgeId e = bound_edges_[v.index];
        if (e == kNoEdge) return Value{};
        return ref.property.empty() ? Value{std::string(to_string(g_.edge(e).kind))}
                                    : edge_property(g_, e, ref.property, ref.offset);
    }

    // Depth bounded by the parser's stack (kMaxParserDepth): the tree is as deep as the text nests.
    bool holds(const Expr& e) const {
        switch (e.op) {
            case Expr::Op::And: return holds(*e.left) && holds(*e.right);
            case Expr::Op::Or: return holds(*e.left) || holds(*e.right);
            case Expr::Op::Not: return !holds(*e.left);
            case Expr::Op::Equal:
            case Expr::Op::NotEqual: {
                bool eq;
                const Var& v = reference(e.ref);
                if (v.node && lower(e.ref.property) == "name") eq = name_matches(g_, bound_nodes_[v.index], e.value.text);
                else eq = equal_value(value_of(e.ref), e.value);
                return e.op == Expr::Op::Equal ? eq : !eq;
            }
            case Expr::Op::Contains:
                return lower(to_text(value_of(e.ref))).find(lower(e.value.text)) != std::string::npos;
        }
        return false;
    }

    void emit() {
        if (q_.where && !holds(*q_.where)) return;
        std::vector<NodeId> nodes(bound_nodes_.begin(), bound_nodes_.end());
        if (counting_) {
            std::vector<Value> key;
            std::string text_key;
            for (const auto& item : q_.returns) {
                if (item.count) continue;
                key.push_back(value_of(item.ref));
                text_key += to_text(key.back());
                text_key += '\x1f';
            }
            auto& group = groups_[text_key];
            if (group.count == 0) group.values = std::move(key);
            ++group.count;
            group.nodes.insert(nodes.begin(), nodes.end());
            return;
        }
        if (result_->rows.size() >= kMaxResultRows) {
            throw QueryError(s_.offset, "more than kMaxResultRows (" + std::to_string(kMaxResultRows) +
                                            ") rows; add a limit or a where clause");
        }
        std::vector<Value> cells;
        for (const auto& item : q_.returns) cells.push_back(value_of(item.ref));
        result_->add(std::move(cells), std::move(nodes));
    }

    struct Group {
        std::vector<Value> values;
        std::int64_t count = 0;
        std::set<NodeId> nodes;
    };

    const Graph& g_;
    const Binder& b_;
    const Statement& s_;
    const MatchQuery& q_;
    std::vector<const NodePattern*> nodes_;
    std::vector<const RelPattern*> rels_;
    std::vector<std::optional<NodeKind>> kinds_;
    std::vector<std::vector<EdgeKind>> edge_kinds_;
    std::map<std::string, Var> vars_;
    std::vector<std::pair<std::size_t, std::size_t>> same_as_;
    std::vector<NodeId> bound_nodes_;
    std::vector<EdgeId> bound_edges_;
    ResultSet* result_ = nullptr;
    bool counting_ = false;
    std::size_t stop_at_ = 0;
    std::size_t examined_ = 0;
    std::map<std::string, Group> groups_;
};

}  // namespace

ResultSet evaluate_match(const Graph& g, const Binder& binder, const Statement& s) {
    return Matcher(g, binder, s).run();
}

}  // namespace sg::query
