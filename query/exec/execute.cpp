// Runs a logical plan (see plan.hpp): the pattern scan streams bindings through the leading
// `where` operators into the first project or group; later operators work on the rows.
#include "query/exec/execute.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <numeric>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "graph/store/words.hpp"
#include "query/exec/evaluator.hpp"
#include "query/exec/pattern_scan.hpp"
#include "query/exec/properties.hpp"
#include "query/query_error.hpp"
#include "query/exec/walks.hpp"

namespace sg::query {
namespace {

struct Row {
    std::vector<Value> cells;
    std::vector<NodeId> nodes;
};

struct Table {
    std::vector<Output> columns;
    std::vector<Row> rows;
    std::size_t index(const std::string& header) const {
        for (std::size_t i = 0; i < columns.size(); ++i)
            if (columns[i].column_spec.header == header) return i;
        throw QueryError(0, "internal: plan refers to a missing column \"" + header + "\"");
    }
};

// Majority of "supports"/"opposes" values, as stances.hpp defines it.
struct Sides {
    std::int64_t supports = 0, opposes = 0;
    std::string text(const std::string& none) const {
        Tally t;
        t.supports = supports;
        t.opposes = opposes;
        const Side s = side_of(t);
        return s == Side::None ? none : std::string(to_string(s));
    }
};

Side side_from(const std::string& s) {
    if (s == "supports") return Side::Supports;
    if (s == "opposes") return Side::Opposes;
    if (s == "mixed") return Side::Mixed;
    return Side::None;
}

// DNA congruence (same side) or conflict (opposite sides); a mixed actor is on both sides.
bool related(Side mine, Side theirs, bool agree) {
    for (EdgeKind pol : {EdgeKind::Supports, EdgeKind::Opposes}) {
        const EdgeKind other = pol == EdgeKind::Supports ? EdgeKind::Opposes : EdgeKind::Supports;
        if (counts_for(mine, pol) && counts_for(theirs, agree ? pol : other)) return true;
    }
    return false;
}

// One node of a where expression being evaluated by Executor::holds.
struct HoldsFrame {
    const Expr* e;
    int step;  // 0: not started; 1: left side done; 2: right side done
};

class Executor {
public:
    Executor(const GraphStore& g, const Binder& b, const Plan& p, const Limits& limits, bool nodes_behind)
        : g_(g), b_(b), p_(p), limits_(limits), nodes_behind_(nodes_behind) {}

    Table run() {
        Table t;
        std::size_t next = 0;
        if (p_.neighbourhood) {
            t = from_result(neighbourhood_rows(g_, *p_.neighbourhood, limits_));
        } else if (p_.shortest_path) {
            t = from_result(shortest_path_rows(g_, *p_.shortest_path, limits_));
        } else if (tallies_answer()) {
            next = tally_rows(t);
        } else {
            next = scan(t);
        }
        for (; next < p_.operators.size(); ++next) std::visit([&](const auto& op) { apply(t, op); }, p_.operators[next]);
        return t;
    }

private:
    static Table from_result(ResultSet r) {
        Table t;
        for (auto& c : r.columns) {
            Output o;
            o.column_spec = c;
            o.column = c.header;
            t.columns.push_back(std::move(o));
        }
        for (std::size_t i = 0; i < r.rows.size(); ++i) t.rows.push_back(Row{std::move(r.rows[i]), std::move(r.row_nodes[i])});
        return t;
    }

    // ---- values of a binding
    Value value_of(const Binding& b, const Reference& ref, std::vector<NodeId>* behind) const {
        const auto it = b.vars->find(ref.variable);
        if (it == b.vars->end()) return Value{};  // a variable another united pattern binds
        if (it->second.node) {
            const NodeId n = b.nodes[it->second.index];
            return ref.property.empty() ? Value{g_.node(n).name}
                                        : node_property(g_, p_.scope, n, ref.property, ref.offset, behind);
        }
        const EdgeId e = b.edges[it->second.index];
        if (e == kNoEdge) return Value{};
        return ref.property.empty() ? Value{std::string(to_string(g_.edge(e).kind))}
                                    : edge_property(g_, e, ref.property, ref.offset);
    }

    // Whether the binding satisfies the expression, with and/or short-circuiting left to right.
    // A loop over a stack of (node, step) frames, not a recursion: the tree is as deep as the
    // user's statement (see Expr). `value` carries the answer of the frame last finished.
    bool holds(const Binding& b, const Expr& root) const {
        std::vector<HoldsFrame>& stack = holds_stack_;
        stack.assign(1, HoldsFrame{&root, 0});
        bool value = false;
        while (!stack.empty()) {
            HoldsFrame& f = stack.back();
            const Expr& e = *f.e;
            if (e.comparison()) {
                value = compare(b, e);
                stack.pop_back();
            } else if (f.step == 0) {
                f.step = 1;
                stack.push_back(HoldsFrame{e.left.get(), 0});  // f is not used after this
            } else if (e.op == Expr::Op::Not) {
                value = !value;
                stack.pop_back();
            } else if (f.step == 1 && (e.op == Expr::Op::And ? value : !value)) {
                f.step = 2;  // the left side did not decide it: the right side's answer is the answer
                stack.push_back(HoldsFrame{e.right.get(), 0});
            } else {
                stack.pop_back();  // decided by the left side, or the right side's answer stands
            }
        }
        return value;
    }

    // One comparison of a where expression.
    bool compare(const Binding& b, const Expr& e) const {
        switch (e.op) {
            case Expr::Op::And:
            case Expr::Op::Or:
            case Expr::Op::Not: break;
            case Expr::Op::Compare: {
                // A name equals any of the node's names and aliases, titles ignored.
                const bool equality = e.compare == Compare::Equal || e.compare == Compare::NotEqual;
                const auto it = b.vars->find(e.ref.variable);
                if (equality && it != b.vars->end() && it->second.node && lower_text(e.ref.property) == "name") {
                    const bool eq = name_matches(g_, b.nodes[it->second.index], e.value.text);
                    return e.compare == Compare::Equal ? eq : !eq;
                }
                return satisfies(value_of(b, e.ref, nullptr), e.compare, e.value);
            }
            case Expr::Op::Contains:
                return lower_text(to_text(value_of(b, e.ref, nullptr))).find(lower_text(e.value.text)) != std::string::npos;
            case Expr::Op::ContainsWords:
                return store::contains_stemmed_phrase(store::word_stems(to_text(value_of(b, e.ref, nullptr))),
                                                      store::word_stems(e.value.text));
        }
        return false;
    }

    // ---- stored tallies instead of the scan (plan.hpp, TallySource)

    // One output of the first group, as a tally gives it; false when a tally cannot give it.
    bool tally_gives(const Output& o) const {
        const TallySource& s = *p_.tallies;
        const std::string& var = o.ref.variable;
        const std::string prop = lower_text(o.ref.property);
        switch (o.aggregate) {
            case Aggregate::None: return var == s.actor_var || var == s.position_var;
            case Aggregate::CountIf: return var == s.edge_var && prop == "kind" && (o.equals == "supports" || o.equals == "opposes");
            case Aggregate::CountDistinct: return var == s.claim_var && (prop == "@id" || prop == "@document");
            case Aggregate::Majority: return var == s.edge_var && prop == "kind";
            default: return false;
        }
    }

    bool tallies_answer() const {
        if (!p_.tallies || nodes_behind_ || !g_.has_stance_tallies() || p_.operators.empty()) return false;
        if (p_.tallies->positions.empty() && p_.tallies->actors.empty()) return false;
        const auto* group = std::get_if<GroupOp>(&p_.operators.front());
        return group && std::all_of(group->outputs.begin(), group->outputs.end(), [&](const Output& o) { return tally_gives(o); });
    }

    // The first group's rows, one per stored tally the source selects.
    std::size_t tally_rows(Table& t) const {
        const TallySource& s = *p_.tallies;
        const auto& outputs = std::get<GroupOp>(p_.operators.front()).outputs;
        t.columns = outputs;
        auto wanted = [](const std::vector<NodeId>& set, NodeId n) { return std::find(set.begin(), set.end(), n) != set.end(); };
        std::vector<StanceTally> tallies;
        if (!s.positions.empty()) {
            std::vector<NodeId> positions = s.positions;
            std::sort(positions.begin(), positions.end());
            positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
            for (NodeId p : positions)
                for (const StanceTally& k : g_.tallies_on(p))
                    if ((s.actors.empty() || wanted(s.actors, k.actor)) && !wanted(s.not_actors, k.actor)) tallies.push_back(k);
        } else {
            for (NodeId a : s.actors)
                if (!wanted(s.not_actors, a))
                    for (const StanceTally& k : g_.tallies_of(a)) tallies.push_back(k);
        }
        // Keys read from the actor or position are the same in each of its rows: read once.
        std::unordered_map<NodeId, std::vector<Value>> actor_keys, position_keys;
        auto keys_of = [&](std::unordered_map<NodeId, std::vector<Value>>& cache, NodeId n, const std::string& var) {
            auto [it, fresh] = cache.try_emplace(n);
            if (fresh)
                for (const Output& o : outputs)
                    if (o.aggregate == Aggregate::None && o.ref.variable == var)
                        it->second.push_back(node_property(g_, p_.scope, n, o.ref.property, o.ref.offset, nullptr));
            return it->second.begin();
        };
        for (const StanceTally& k : tallies) {
            std::vector<Value> cells;
            cells.reserve(outputs.size());
            auto actor_key = keys_of(actor_keys, k.actor, s.actor_var);
            auto position_key = keys_of(position_keys, k.position, s.position_var);
            for (const Output& o : outputs) {
                switch (o.aggregate) {
                    case Aggregate::None:
                        cells.push_back(o.ref.variable == s.actor_var ? *actor_key++ : *position_key++);
                        break;
                    case Aggregate::CountIf:
                        cells.push_back(static_cast<std::int64_t>(o.equals == "supports" ? k.supports : k.opposes));
                        break;
                    case Aggregate::CountDistinct:
                        cells.push_back(static_cast<std::int64_t>(lower_text(o.ref.property) == "@id" ? k.claims : k.documents));
                        break;
                    default: {
                        Sides sides;
                        sides.supports = k.supports;
                        sides.opposes = k.opposes;
                        cells.push_back(sides.text(o.none_text));
                    }
                }
            }
            t.rows.push_back(Row{std::move(cells), {}});
        }
        return 1;
    }

    // ---- the scan, streamed into the first project or group
    std::size_t scan(Table& t) {
        std::size_t first = 0;
        std::vector<const Expr*> wheres;
        for (; first < p_.operators.size(); ++first) {
            if (const auto* w = std::get_if<WhereOp>(&p_.operators[first])) wheres.push_back(w->expr);
            else break;
        }
        const ProjectOp* project = first < p_.operators.size() ? std::get_if<ProjectOp>(&p_.operators[first]) : nullptr;
        const GroupOp* group = first < p_.operators.size() ? std::get_if<GroupOp>(&p_.operators[first]) : nullptr;
        if (!project && !group) throw QueryError(p_.offset, "internal: a pattern plan needs a project or group");
        const std::vector<Output>& outputs = project ? project->outputs : group->outputs;
        t.columns = outputs;
        Grouper grouper(outputs);
        // In a group, a key such as a.name is fixed by the key a.@id beside it: it is read once per
        // group, when the group first appears, not once per binding.
        std::vector<bool> per_group(outputs.size(), false);
        if (group)
            for (std::size_t i = 0; i < outputs.size(); ++i) per_group[i] = fixed_by_id_key(outputs, i);
        std::size_t examined = 0;
        for (const Pattern& pattern : p_.patterns) {
            const VarMap vars = variables_of(pattern);
            bool more = true;
            scan_pattern(g_, b_, p_.scope, pattern, vars, p_.offset, examined, [&](const Binding& b) {
                for (const Expr* w : wheres)
                    if (!holds(b, *w)) return true;
                // The nodes behind the row, for a DOT subgraph: not gathered when none is wanted.
                std::vector<NodeId> nodes;
                std::vector<NodeId>* behind = nodes_behind_ ? &nodes : nullptr;
                if (behind)
                    for (NodeId n : b.nodes)
                        if (n != kNoNode) nodes.push_back(n);
                std::vector<Value> cells;
                cells.reserve(outputs.size());
                for (std::size_t i = 0; i < outputs.size(); ++i)
                    cells.push_back(outputs[i].ref.variable.empty() || per_group[i] ? Value{}
                                                                                  : value_of(b, outputs[i].ref, behind));
                if (group) {
                    grouper.add(std::move(cells), std::move(nodes), [&](std::vector<Value>& fresh, std::vector<NodeId>& more) {
                        for (std::size_t i = 0; i < outputs.size(); ++i)
                            if (per_group[i]) fresh[i] = value_of(b, outputs[i].ref, nodes_behind_ ? &more : nullptr);
                    });
                    return true;
                }
                if (t.rows.size() >= limits_.max_rows) {
                    throw QueryError(p_.offset, "the answer has more rows than it may " +
                                                    limit_note("max-rows", limits_.max_rows) +
                                                    "; narrow it with a where clause or raise --max-rows");
                }
                t.rows.push_back(Row{std::move(cells), std::move(nodes)});
                more = !(p_.scan_limit && t.rows.size() >= *p_.scan_limit);
                return more;
            });
            if (!more) break;
        }
        if (group) t.rows = grouper.rows();
        return first + 1;
    }

    // True when output i is a key read from a variable whose @id is also a key of the group:
    // the id fixes it, so it need not be read for every binding nor be part of the group's key.
    static bool fixed_by_id_key(const std::vector<Output>& outputs, std::size_t i) {
        const Output& o = outputs[i];
        if (o.aggregate != Aggregate::None || o.hidden || o.ref.variable.empty() || o.ref.property == "@id") return false;
        for (const Output& k : outputs)
            if (k.aggregate == Aggregate::None && k.ref.variable == o.ref.variable && k.ref.property == "@id") return true;
        return false;
    }

    // Groups rows by their key outputs (Aggregate::None) and folds the aggregates, in the order
    // groups first appear. A group whose hidden key is empty (no such node) is left out.
    class Grouper {
    public:
        // Fills, for a group seen for the first time, the cells left empty for it (see
        // fixed_by_id_key), adding the nodes behind them.
        using FillNew = std::function<void(std::vector<Value>&, std::vector<NodeId>&)>;

        explicit Grouper(const std::vector<Output>& outputs) : outputs_(outputs) {}
        void add(std::vector<Value> cells, std::vector<NodeId> nodes, const FillNew& fill = {}) {
            key_.clear();
            for (std::size_t i = 0; i < outputs_.size(); ++i) {
                if (outputs_[i].aggregate != Aggregate::None) continue;
                if (outputs_[i].hidden && std::holds_alternative<std::monostate>(cells[i])) return;
                append_key(cells[i]);
            }
            auto [it, fresh] = index_.try_emplace(key_, groups_.size());
            if (fresh) {
                if (fill) fill(cells, nodes);
                groups_.emplace_back();
                groups_.back().cells = cells;
                groups_.back().aggs.resize(outputs_.size());
            }
            State& s = groups_[it->second];
            std::string buffer;
            for (std::size_t i = 0; i < outputs_.size(); ++i) {
                State::Agg& a = s.aggs[i];
                const Value& v = cells[i];
                const bool null = std::holds_alternative<std::monostate>(v);
                switch (outputs_[i].aggregate) {
                    case Aggregate::None: break;
                    case Aggregate::Count: ++a.count; break;
                    case Aggregate::CountDistinct:
                        if (const auto* n = std::get_if<std::int64_t>(&v)) a.distinct().numbers.add(*n);
                        else if (!null) a.distinct().texts.insert(to_text(v));
                        break;
                    case Aggregate::CountIf:
                        if (equals_lowered(text_of(v, buffer), outputs_[i].equals)) ++a.count;
                        break;
                    case Aggregate::Collect:
                        if (!null) {
                            std::string text = to_text(v);
                            if (a.distinct().texts.insert(text).second) a.distinct().list.push_back(std::move(text));
                        }
                        break;
                    case Aggregate::Majority: {
                        const std::string_view t = text_of(v, buffer);
                        if (t == "supports") ++a.sides.supports;
                        if (t == "opposes") ++a.sides.opposes;
                        break;
                    }
                }
            }
            s.nodes.add(nodes);
        }
        std::vector<Row> rows() {
            std::vector<Row> out;
            for (State& s : groups_) {
                for (std::size_t i = 0; i < outputs_.size(); ++i) {
                    const State::Agg& a = s.aggs[i];
                    switch (outputs_[i].aggregate) {
                        case Aggregate::None: break;
                        case Aggregate::Count:
                        case Aggregate::CountIf: s.cells[i] = a.count; break;
                        case Aggregate::CountDistinct:
                            s.cells[i] = a.values ? static_cast<std::int64_t>(a.values->texts.size() + a.values->numbers.size())
                                                  : std::int64_t{0};
                            break;
                        case Aggregate::Collect: {
                            std::string joined;
                            if (a.values)
                                for (const auto& v : a.values->list) joined += (joined.empty() ? "" : "; ") + v;
                            s.cells[i] = joined;
                            break;
                        }
                        case Aggregate::Majority: s.cells[i] = a.sides.text(outputs_[i].none_text); break;
                    }
                }
                out.push_back(Row{std::move(s.cells), s.nodes.take()});
            }
            return out;
        }

    private:
        // Distinct numbers (ids, mostly): appended, and sorted and deduplicated only when the list
        // has doubled, so a group costs a vector, not a hash node per value.
        template <typename T>
        struct DistinctList {
            std::vector<T> items;
            std::size_t unique = 0;
            void add(T v) {
                items.push_back(v);
                if (items.size() >= 2 * std::max<std::size_t>(unique, 32)) squeeze();
            }
            void add(const std::vector<T>& vs) {
                for (T v : vs) add(v);
            }
            void squeeze() {
                std::sort(items.begin(), items.end());
                items.erase(std::unique(items.begin(), items.end()), items.end());
                unique = items.size();
            }
            std::size_t size() {
                squeeze();
                return items.size();
            }
            std::vector<T> take() {
                squeeze();
                return std::move(items);
            }
        };
        struct State {
            // What count(distinct) and collect keep; most aggregates need none of it.
            struct Values {
                std::unordered_set<std::string> texts;
                DistinctList<std::int64_t> numbers;  // ids: counted without formatting them
                std::vector<std::string> list;       // collect: in the order first seen
            };
            struct Agg {
                std::int64_t count = 0;
                Sides sides;
                std::unique_ptr<Values> values;
                Values& distinct() {
                    if (!values) values = std::make_unique<Values>();
                    return *values;
                }
            };
            std::vector<Value> cells;
            std::vector<Agg> aggs;
            DistinctList<NodeId> nodes;  // the nodes behind the group's rows (for the subgraph)
        };

        // A value as text without copying a string value.
        static std::string_view text_of(const Value& v, std::string& buffer) {
            if (const auto* s = std::get_if<std::string>(&v)) return *s;
            buffer = to_text(v);
            return buffer;
        }
        static bool equals_lowered(std::string_view text, std::string_view lowered) {
            return text.size() == lowered.size() &&
                   std::equal(text.begin(), text.end(), lowered.begin(),
                              [](char a, char b) { return (a >= 'A' && a <= 'Z' ? char(a - 'A' + 'a') : a) == b; });
        }
        // The key: each key cell's type and bytes, so 7 and "7" stay apart and no text joins two.
        void append_key(const Value& v) {
            key_ += static_cast<char>('0' + v.index());
            if (const auto* n = std::get_if<std::int64_t>(&v)) {
                key_.append(reinterpret_cast<const char*>(n), sizeof *n);
            } else {
                const std::string t = to_text(v);
                const auto len = static_cast<std::uint32_t>(t.size());
                key_.append(reinterpret_cast<const char*>(&len), sizeof len);
                key_ += t;
            }
        }

        const std::vector<Output>& outputs_;
        std::unordered_map<std::string, std::size_t> index_;
        std::vector<State> groups_;
        std::string key_;
    };

    // ---- operators over rows
    void apply(Table&, const WhereOp&) {
        throw QueryError(p_.offset, "internal: a where over bindings must come before the project or group");
    }
    void apply(Table& t, const ProjectOp& op) {
        Table out;
        out.columns = op.outputs;
        for (Row& r : t.rows) {
            Row n;
            for (const Output& o : op.outputs) n.cells.push_back(r.cells[t.index(o.column)]);
            n.nodes = std::move(r.nodes);
            out.rows.push_back(std::move(n));
        }
        t = std::move(out);
    }
    void apply(Table& t, const GroupOp& op) {
        Grouper grouper(op.outputs);
        for (Row& r : t.rows) {
            std::vector<Value> cells;
            for (const Output& o : op.outputs) cells.push_back(o.column.empty() ? Value{} : r.cells[t.index(o.column)]);
            grouper.add(std::move(cells), std::move(r.nodes));
        }
        t.columns = op.outputs;
        t.rows = grouper.rows();
    }
    void apply(Table& t, const KeepOp& op) {
        const std::size_t c = t.index(op.column);
        std::erase_if(t.rows, [&](const Row& r) {
            const std::string v = to_text(r.cells[c]);
            return std::find(op.values.begin(), op.values.end(), v) == op.values.end();
        });
    }
    void apply(Table& t, const SemiJoinOp& op) {
        const Table other = Executor(g_, b_, *op.other, limits_, nodes_behind_).run();
        const std::size_t oc = other.index(op.other_column), os = other.index(op.other_side);
        std::unordered_map<std::string, std::vector<const Row*>> by_key;
        for (const Row& r : other.rows) by_key[to_text(r.cells[oc])].push_back(&r);
        const std::size_t c = t.index(op.column), s = t.index(op.side);
        std::vector<Row> kept;
        for (Row& r : t.rows) {
            auto it = by_key.find(to_text(r.cells[c]));
            if (it == by_key.end()) continue;
            const Side theirs = side_from(to_text(r.cells[s]));
            bool match = false;
            for (const Row* o : it->second) {
                if (!related(side_from(to_text(o->cells[os])), theirs, op.agree)) continue;
                match = true;
            }
            if (match) kept.push_back(std::move(r));
        }
        t.rows = std::move(kept);
    }
    void apply(Table& t, const DistinctOp& op) {
        const std::size_t c = t.index(op.column);
        std::unordered_set<std::string> seen;
        std::erase_if(t.rows, [&](const Row& r) { return !seen.insert(to_text(r.cells[c])).second; });
    }
    void apply(Table& t, const OrderOp& op) {
        std::vector<std::pair<std::size_t, bool>> keys;
        for (const OrderKey& k : op.keys) keys.emplace_back(t.index(k.column), k.descending);
        // Sorts row numbers, then moves each row once: rows are heavy to move.
        std::vector<std::size_t> order(t.rows.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
            const Row& a = t.rows[x];
            const Row& b = t.rows[y];
            for (const auto& [c, desc] : keys) {
                if (less_value(a.cells[c], b.cells[c])) return !desc;
                if (less_value(b.cells[c], a.cells[c])) return desc;
            }
            return false;
        });
        std::vector<Row> sorted;
        sorted.reserve(t.rows.size());
        for (std::size_t i : order) sorted.push_back(std::move(t.rows[i]));
        t.rows = std::move(sorted);
    }
    void apply(Table& t, const LimitOp& op) {
        if (t.rows.size() > op.n) t.rows.resize(op.n);
    }
    void apply(Table&, const ClausesOp&) {}  // applied to the answer's visible columns (execute)

    const GraphStore& g_;
    const Binder& b_;
    const Plan& p_;
    const Limits& limits_;
    bool nodes_behind_;
    mutable std::vector<HoldsFrame> holds_stack_;  // reused by holds(), which runs per binding
};

}  // namespace

ResultSet execute(const GraphStore& g, const Binder& b, const Plan& plan, const Limits& limits, bool nodes_behind) {
    Table t = Executor(g, b, plan, limits, nodes_behind).run();
    ResultSet r;
    std::vector<std::size_t> visible;
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
        if (t.columns[i].hidden) continue;
        visible.push_back(i);
        r.columns.push_back(t.columns[i].column_spec);
    }
    for (Row& row : t.rows) {
        std::vector<Value> cells;
        for (std::size_t i : visible) cells.push_back(std::move(row.cells[i]));
        r.add(std::move(cells), std::move(row.nodes));
    }
    r.context_nodes = plan.context_nodes;
    for (const Operator& op : plan.operators)
        if (const auto* c = std::get_if<ClausesOp>(&op)) apply_clauses(b, *c->clauses, r, c->claim_level);
    if (r.rows.empty() && plan.empty_note && plan.empty_note->plan) {
        const Table why = Executor(g, b, *plan.empty_note->plan, limits, nodes_behind).run();
        std::string value = "neutral";
        if (!why.rows.empty()) value = to_text(why.rows.front().cells[why.index(plan.empty_note->column)]);
        r.note = plan.empty_note->text;
        if (const auto at = r.note.find("{}"); at != std::string::npos) r.note.replace(at, 2, value);
    }
    return r;
}

}  // namespace sg::query
