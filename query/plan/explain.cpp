// A plan as text (`explain <statement>`): one line per source pattern or walk, one per operator,
// in Cypher-like notation so a question's plan can be read as the MATCH it stands for.
#include <algorithm>
#include <sstream>
#include <variant>

#include "query/plan/compile.hpp"
#include "query/query_error.hpp"
#include "query/exec/stances.hpp"

namespace sg::query {
namespace {

std::string join_kinds(const std::vector<NodeKind>& kinds) {
    std::string out;
    for (NodeKind k : kinds) out += (out.empty() ? ":" : "|") + std::string(to_string(k));
    return out;
}

// How a bound node is named: positions by id, others by name.
std::string node_name(const GraphStore& g, NodeId n) {
    return g.node(n).kind == NodeKind::Position ? position_id(g, n) : g.node(n).name;
}

std::string literal_text(const Literal& l) {
    return l.type == Literal::Type::Number ? l.text : "\"" + l.text + "\"";
}

std::string node_text(const GraphStore& g, const NodeStep& s) {
    std::string out = "(" + s.var + join_kinds(s.kinds);
    std::vector<std::string> preds;
    if (!s.ids.empty()) {
        std::string ids;
        for (NodeId n : s.ids) ids += (ids.empty() ? "" : " | ") + node_name(g, n);
        preds.push_back("= " + ids);
    }
    for (NodeId n : s.not_ids) preds.push_back("<> " + node_name(g, n));
    if (s.admitted) preds.push_back("admitted");
    if (s.document) preds.push_back("document = " + g.node(*s.document).name);
    if (s.words) preds.push_back("words = " + quoted(*s.words) + " (word index)");
    for (const auto& [k, v] : s.properties) preds.push_back(k.text + ": " + literal_text(v));
    if (!preds.empty()) {
        out += " {";
        for (std::size_t i = 0; i < preds.size(); ++i) out += (i ? ", " : "") + preds[i];
        out += "}";
    }
    return out + ")";
}

std::string edge_text(const EdgeStep& e) {
    std::string body = e.var;
    for (std::size_t i = 0; i < e.kinds.size(); ++i) body += (i ? "|" : ":") + std::string(to_string(e.kinds[i]));
    if (e.variable_length) body += "*" + std::to_string(e.min_hops) + ".." + std::to_string(e.max_hops);
    const std::string mid = body.empty() ? "" : "[" + body + "]";
    switch (e.direction) {
        case Direction::Right: return "-" + mid + "->";
        case Direction::Left: return "<-" + mid + "-";
        case Direction::Both: break;
    }
    return "-" + mid + "-";
}

std::string comparison_text(const Expr& e) {
    switch (e.op) {
        case Expr::Op::Compare: return e.ref.display() + " " + to_string(e.compare) + " " + literal_text(e.value);
        case Expr::Op::Contains: return e.ref.display() + " contains " + literal_text(e.value);
        case Expr::Op::ContainsWords: return e.ref.display() + " contains words " + literal_text(e.value);
        default: return {};
    }
}

// "(a = 1 and not b = 2)": written from a stack of what is still to print (a node, or text),
// not by recursion (see Expr).
std::string expr_text(const Expr& root) {
    std::string out;
    std::vector<std::variant<const Expr*, const char*>> todo{&root};
    while (!todo.empty()) {
        const auto next = todo.back();
        todo.pop_back();
        if (const auto* text = std::get_if<const char*>(&next)) {
            out += *text;
            continue;
        }
        const Expr& e = *std::get<const Expr*>(next);
        switch (e.op) {
            case Expr::Op::And:
            case Expr::Op::Or:  // pushed in reverse: "(", left, " and ", right, ")"
                todo.insert(todo.end(), {")", e.right.get(), e.op == Expr::Op::And ? " and " : " or ", e.left.get(), "("});
                break;
            case Expr::Op::Not: todo.insert(todo.end(), {e.left.get(), "not "}); break;
            default: out += comparison_text(e);
        }
    }
    return out;
}

std::string output_text(const Output& o) {
    const std::string src = o.column.empty() ? (o.ref.variable.empty() ? "*" : o.ref.display()) : "[" + o.column + "]";
    std::string v;
    switch (o.aggregate) {
        case Aggregate::None: v = src; break;
        case Aggregate::Count: v = "count(" + src + ")"; break;
        case Aggregate::CountDistinct: v = "count(distinct " + src + ")"; break;
        case Aggregate::CountIf: v = "count(" + src + " = " + o.equals + ")"; break;
        case Aggregate::Collect: v = "collect(" + src + ")"; break;
        case Aggregate::Majority: v = "majority(" + src + (o.none_text.empty() ? "" : " else " + o.none_text) + ")"; break;
    }
    if (v != o.column_spec.header && "[" + o.column_spec.header + "]" != v) v += " as [" + o.column_spec.header + "]";
    return v;
}

void describe(const GraphStore& g, const Plan& p, const std::string& indent, std::vector<std::string>& lines) {
    std::string scope = p.scope.with_comments ? "claims incl. readers' comments" : "claims without readers' comments";
    if (p.scope.document) scope += ", in " + g.node(*p.scope.document).name;
    if (p.scope.documents) scope += ", in " + std::to_string(p.scope.documents->size()) + " documents";
    if (p.neighbourhood) {
        lines.push_back(indent + "walk      breadth-first from " + node_name(g, p.neighbourhood->start) + ", depth " +
                        std::to_string(p.neighbourhood->depth));
    } else if (p.shortest_path) {
        lines.push_back(indent + "walk      shortest path " + node_name(g, p.shortest_path->from) + " to " +
                        node_name(g, p.shortest_path->to));
    } else {
        for (std::size_t i = 0; i < p.patterns.size(); ++i) {
            const Pattern& pat = p.patterns[i];
            // One line a step, so a pattern stays readable in a narrow table.
            lines.push_back(indent + (i == 0 ? "match     " : "union     ") + node_text(g, pat.nodes[0]));
            for (std::size_t k = 0; k < pat.edges.size(); ++k)
                lines.push_back(indent + "            " + edge_text(pat.edges[k]) + node_text(g, pat.nodes[k + 1]));
        }
        lines.push_back(indent + "scope     admitted = " + scope);
        if (p.scope.documents) lines.push_back(indent + "            documents where " + p.scope.documents_text);
        if (p.scope.undated_reported) lines.push_back(indent + "            stances reported without a claim left out (no date)");
        if (p.tallies)
            lines.push_back(indent + "tallies   or the first group from the stored stance tallies");
        if (p.organisation_counts)
            lines.push_back(indent + "counts    or the first group from the stored claims per organisation");
    }
    for (const Operator& op : p.operators) {
        std::visit(
            [&](const auto& o) {
                using T = std::decay_t<decltype(o)>;
                if constexpr (std::is_same_v<T, WhereOp>) {
                    lines.push_back(indent + "where     " + expr_text(*o.expr));
                } else if constexpr (std::is_same_v<T, ProjectOp>) {
                    // Wrapped so a plan fits a table column.
                    std::string line = indent + "project   ";
                    const std::size_t start = line.size();
                    for (std::size_t i = 0; i < o.outputs.size(); ++i) {
                        const std::string item = output_text(o.outputs[i]) + (i + 1 < o.outputs.size() ? "," : "");
                        if (line.size() > start && line.size() + item.size() > 76) {
                            lines.push_back(line);
                            line = indent + "          ";
                        } else if (line.size() > start) {
                            line += ' ';
                        }
                        line += item;
                    }
                    lines.push_back(line);
                } else if constexpr (std::is_same_v<T, GroupOp>) {
                    // One line a key or aggregate: plans are read in narrow tables.
                    std::string head = "group by  ";
                    for (const Output& x : o.outputs) {
                        if (x.aggregate != Aggregate::None) continue;
                        lines.push_back(indent + head + output_text(x));
                        head = "          ";
                    }
                    head = "  compute ";
                    for (const Output& x : o.outputs) {
                        if (x.aggregate == Aggregate::None) continue;
                        lines.push_back(indent + head + output_text(x));
                        head = "          ";
                    }
                } else if constexpr (std::is_same_v<T, KeepOp>) {
                    std::string v;
                    for (const auto& x : o.values) v += (v.empty() ? "" : ", ") + x;
                    lines.push_back(indent + "keep      [" + o.column + "] in (" + v + ")");
                } else if constexpr (std::is_same_v<T, SemiJoinOp>) {
                    lines.push_back(indent + "semijoin  [" + o.column + "] = [" + o.other_column + "] and [" + o.side + "] " +
                                    (o.agree ? "congruent with" : "in conflict with") + " [" + o.other_side + "] of:");
                    describe(g, *o.other, indent + "    ", lines);
                } else if constexpr (std::is_same_v<T, DistinctOp>) {
                    lines.push_back(indent + "distinct  [" + o.column + "]");
                } else if constexpr (std::is_same_v<T, OrderOp>) {
                    std::string k;
                    for (const auto& key : o.keys) k += (k.empty() ? "[" : ", [") + key.column + "]" + (key.descending ? " desc" : "");
                    lines.push_back(indent + "order by  " + k);
                } else if constexpr (std::is_same_v<T, LimitOp>) {
                    lines.push_back(indent + "limit     " + std::to_string(o.n));
                } else if constexpr (std::is_same_v<T, ClausesOp>) {
                    const Clauses& c = *o.clauses;
                    // Filters on documents were applied to the claims read: the scope line shows them.
                    for (const Filter& f : c.filters) {
                        const auto& skip = o.claim_level;
                        if (std::find(skip.begin(), skip.end(), lower_text(f.column.text)) != skip.end()) continue;
                        lines.push_back(indent + "filter    [" + f.column.text + "] " + to_string(f.op) + " " + f.value.text);
                    }
                    if (c.order_by) lines.push_back(indent + "order by  [" + c.order_by->text + "]" + (c.descending ? " desc" : ""));
                    if (c.limit) lines.push_back(indent + "limit     " + std::to_string(*c.limit));
                }
            },
            op);
    }
}

}  // namespace

std::vector<std::string> explain_lines(const GraphStore& g, const Plan& plan) {
    std::vector<std::string> lines;
    describe(g, plan, "", lines);
    return lines;
}

}  // namespace sg::query
