// Runs a logical plan (see plan.hpp): the pattern scan streams bindings through the leading
// `where` operators into the first project or group; later operators work on the rows.
#include "query/exec/execute.hpp"

#include <algorithm>
#include <array>
#include <cctype>
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
#include "query/exec/stored_sources.hpp"
#include "query/exec/table.hpp"
#include "query/query_error.hpp"
#include "query/exec/walks.hpp"

namespace sg::query {
namespace {

// One column's cells as `order by` compares them (less_value), prepared once per row instead of
// once per comparison: a column of whole numbers as they are, any other as numbers and lower-cased
// texts. Sorting 64,000 actors by name had lower-cased both names in every comparison.
class SortColumn {
public:
    // A column ordered by these whole numbers (an actor's name by its stored rank).
    explicit SortColumn(std::vector<std::int64_t> numbers) : all_ints_(true), ints_(std::move(numbers)) {}
    SortColumn(const Rows& rows, std::size_t c) {
        all_ints_ = std::all_of(rows.begin(), rows.end(), [&](Rows::ConstRow r) { return std::holds_alternative<std::int64_t>(r[c]); });
        if (all_ints_) {
            ints_.reserve(rows.size());
            for (const Rows::ConstRow r : rows) ints_.push_back(std::get<std::int64_t>(r[c]));
            return;
        }
        // A column of texts (names, the usual tie-break) keeps the lower-cased texts alone: the
        // 48-byte keys, pushed without a reserve, had been a fifth of `count claims by
        // organisation` (16,000 rows) at 10^6 claims. They are written one after another into
        // one string, not a string each: most names are longer than a string holds in itself,
        // and a name read in place (TextRef) would otherwise be copied only to be lowered.
        all_texts_ = std::all_of(rows.begin(), rows.end(), [&](Rows::ConstRow r) { return is_text(r[c]); });
        if (all_texts_) {
            std::size_t bytes = 0;
            for (const Rows::ConstRow r : rows) bytes += text_in(r[c])->size();
            spans_.reserve(rows.size());
            prefixes_.reserve(rows.size());
            // std::tolower of every byte, asked once (as lower_text lowers: the same locale) rather
            // than once per byte of 64,000 names.
            std::array<char, 256> lower{};
            for (unsigned b = 0; b < 256; ++b) lower[b] = static_cast<char>(std::tolower(static_cast<int>(b)));
            lowered_.resize(bytes);
            std::size_t at = 0;
            for (const Rows::ConstRow r : rows) {
                const std::string_view t = *text_in(r[c]);
                spans_.emplace_back(at, t.size());
                for (char ch : t) lowered_[at++] = lower[static_cast<unsigned char>(ch)];
                prefixes_.push_back(prefix(text(spans_.size() - 1)));
            }
            return;
        }
        keys_.reserve(rows.size());
        for (const Rows::ConstRow r : rows) {
            Key k;
            const Value& v = r[c];
            if (const auto* i = std::get_if<std::int64_t>(&v)) k = Key{Key::Int, *i, static_cast<double>(*i), {}};
            else if (const auto* d = std::get_if<double>(&v)) k = Key{Key::Real, 0, *d, {}};
            const auto text = text_in(v);
            k.text = text ? lower_text(*text) : lower_text(to_text(v));
            keys_.push_back(std::move(k));
        }
    }
    // less_value(row x's cell, row y's cell)
    bool less(std::size_t x, std::size_t y) const {
        if (all_ints_) return ints_[x] < ints_[y];
        if (all_texts_) return text(x) < text(y);
        const Key& a = keys_[x];
        const Key& b = keys_[y];
        if (a.type == Key::Int && b.type == Key::Int) return a.i < b.i;
        if (a.type != Key::Text && b.type != Key::Text) return a.d < b.d;
        return a.text < b.text;
    }
    // less as one comparison: < 0 when x comes first, > 0 when y does, 0 when neither (ties go
    // to the next key). An order by three keys had compared each key both ways.
    int compare(std::size_t x, std::size_t y) const {
        if (all_ints_) return (ints_[x] > ints_[y]) - (ints_[x] < ints_[y]);
        if (all_texts_) {
            if (prefixes_[x] != prefixes_[y]) return prefixes_[x] < prefixes_[y] ? -1 : 1;
            return text(x).compare(text(y));
        }
        return less(x, y) ? -1 : less(y, x) ? 1 : 0;
    }
    // Row x's cell as one unsigned number that orders as compare() does where the numbers differ
    // (ascending; `descending` inverts it); `exact` when equal numbers also mean compare() == 0.
    // Whole numbers are exact, texts give their prefix. False for a column of mixed cells.
    bool number(std::size_t x, bool descending, std::uint64_t& n, bool& exact) const {
        if (all_ints_) {
            n = static_cast<std::uint64_t>(ints_[x]) ^ (std::uint64_t{1} << 63);
            exact = true;
        } else if (all_texts_) {
            n = prefixes_[x];
            exact = false;
        } else {
            return false;
        }
        if (descending) n = ~n;
        return true;
    }

private:
    struct Key {
        enum Type : std::uint8_t { Text, Int, Real } type = Text;
        std::int64_t i = 0;
        double d = 0;
        std::string text;
    };
    std::string_view text(std::size_t row) const {
        return std::string_view(lowered_).substr(spans_[row].first, spans_[row].second);
    }
    // A text's first eight bytes as a big-endian number (zeros past its end): two texts whose
    // numbers differ compare as their numbers do, bytewise; equal numbers fall back to the texts.
    // Sorting 64,000 names had compared them through memcmp, each a load from another place.
    static std::uint64_t prefix(std::string_view t) {
        std::uint64_t p = 0;
        for (std::size_t i = 0; i < 8; ++i)
            p = (p << 8) | (i < t.size() ? static_cast<unsigned char>(t[i]) : 0u);
        return p;
    }
    bool all_ints_ = false;
    bool all_texts_ = false;
    std::vector<std::int64_t> ints_;
    std::string lowered_;                                       // all_texts_: every row's, in row order
    std::vector<std::pair<std::size_t, std::size_t>> spans_;  // each row's (offset, size) in lowered_
    std::vector<std::uint64_t> prefixes_;                       // each row's prefix() of its lowered text
    std::vector<Key> keys_;
};

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
            t = from_result(neighbourhood_rows(g_, *p_.neighbourhood, limits_, nodes_behind_));
        } else if (p_.shortest_path) {
            t = from_result(shortest_path_rows(g_, *p_.shortest_path, limits_));
        } else if (tallies_answer(g_, p_, nodes_behind_)) {
            next = tally_rows(g_, p_, t, [&](const Plan& other) { return Executor(g_, b_, other, limits_, nodes_behind_).run(); });
        } else if (organisation_counts_answer(g_, p_, nodes_behind_)) {
            next = organisation_count_rows(g_, p_, t);
        } else {
            next = scan(t);
        }
        for (; next < p_.operators.size(); ++next) {
            current_ = next;
            std::visit([&](const auto& op) { apply(t, op); }, p_.operators[next]);
        }
        // The statement's own `limit` (applied to the answer by apply_clauses) keeps the first
        // rows: when no `where` or `order by` of the statement comes before it, the rows it
        // drops need not have their late columns read (`who agrees with X limit 10` at 10^6
        // claims had read 64,000 actors' names and organisations to print ten).
        if (const std::optional<std::uint64_t> limit = statement_limit(); limit && t.rows.size() > *limit)
            t.truncate(static_cast<std::size_t>(*limit));
        t.materialise_all(g_, p_.scope);
        return t;
    }

    // The smallest `limit` of the statement's clauses when they hold nothing else that changes
    // which rows come first (no filter, no order); nullopt otherwise.
    std::optional<std::uint64_t> statement_limit() const {
        std::optional<std::uint64_t> limit;
        for (const Operator& op : p_.operators) {
            const auto* c = std::get_if<ClausesOp>(&op);
            if (!c) continue;
            if (!c->clauses || !c->clauses->filters.empty() || c->clauses->order_by) return std::nullopt;
            if (c->clauses->limit) limit = limit ? std::min(*limit, *c->clauses->limit) : *c->clauses->limit;
        }
        return limit;
    }

private:
    static Table from_result(ResultSet r) {
        Table t;
        std::vector<Output> columns;
        for (auto& c : r.columns) {
            Output o;
            o.column_spec = c;
            o.column = c.header;
            columns.push_back(std::move(o));
        }
        t.set_columns(std::move(columns));
        t.rows = std::move(r.rows);  // as wide as its columns
        t.nodes = std::move(r.row_nodes);
        t.keep_alive = std::move(r.keep_alive);
        return t;
    }

    // ---- values of a binding
    Value value_of(const Binding& b, const Reference& ref, std::vector<NodeId>* behind) const {
        return value_of(b, ref, node_property_named(lower_text(ref.property)), behind);
    }
    // The same with the node property resolved already (the scan resolves its outputs' once).
    Value value_of(const Binding& b, const Reference& ref, NodeProperty property, std::vector<NodeId>* behind) const {
        const auto it = b.vars->find(ref.variable);
        return value_at(b, it == b.vars->end() ? nullptr : &it->second, ref, property, behind);
    }
    // The same with the variable's slot in the binding found already (null: a variable another
    // united pattern binds). The scan finds each output's once per pattern, not once per cell.
    Value value_at(const Binding& b, const VarSlot* slot, const Reference& ref, NodeProperty property,
                   std::vector<NodeId>* behind) const {
        if (!slot) return Value{};
        if (slot->node) {
            const NodeId n = b.nodes[slot->index];
            return ref.property.empty() ? Value{TextRef{g_.name(n)}}
                                        : node_property(g_, p_.scope, n, property, ref.property, ref.offset, behind);
        }
        const EdgeId e = b.edges[slot->index];
        if (e == kNoEdge) return Value{};
        return ref.property.empty() ? Value{TextRef{to_string(g_.edge_kind(e))}}
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
        t.set_columns(outputs);
        Grouper grouper(outputs);
        // In a group, a key such as a.name is fixed by the key a.@id beside it: it is read once per
        // group, when the group first appears, not once per binding.
        std::vector<bool> per_group(outputs.size(), false);
        std::vector<NodeProperty> properties;  // each output's, resolved once (unused for edges)
        for (const Output& o : outputs) properties.push_back(node_property_named(lower_text(o.ref.property)));
        if (group)
            for (std::size_t i = 0; i < outputs.size(); ++i) per_group[i] = fixed_by_id_key(outputs, i);
        std::size_t examined = 0;
        std::vector<Value> cells;  // a group's buffer for every binding (Grouper::add reads it)
        for (const Pattern& pattern : p_.patterns) {
            const VarMap vars = variables_of(pattern);
            std::vector<const VarSlot*> slots;  // each output's variable in this pattern's bindings
            for (const Output& o : outputs) {
                const auto it = vars.find(o.ref.variable);
                slots.push_back(it == vars.end() ? nullptr : &it->second);
            }
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
                if (!group) {
                    if (t.rows.size() >= limits_.max_rows) {
                        throw QueryError(p_.offset, "the answer has more rows than it may " +
                                                        limit_note("max-rows", limits_.max_rows) +
                                                        "; narrow it with a where clause or raise --max-rows");
                    }
                    // Written straight into the answer's new row: no buffer to fill, move and clear.
                    const Rows::Row row = t.rows.append();
                    for (std::size_t i = 0; i < outputs.size(); ++i)
                        if (!outputs[i].ref.variable.empty())
                            row[i] = value_at(b, slots[i], outputs[i].ref, properties[i], behind);
                    t.add_nodes(std::move(nodes));
                    more = !(p_.scan_limit && t.rows.size() >= *p_.scan_limit);
                    return more;
                }
                cells.clear();
                cells.reserve(outputs.size());
                for (std::size_t i = 0; i < outputs.size(); ++i)
                    cells.push_back(outputs[i].ref.variable.empty() || per_group[i]
                                        ? Value{}
                                        : value_at(b, slots[i], outputs[i].ref, properties[i], behind));
                grouper.add(cells, nodes, [&](std::vector<Value>& fresh, std::vector<NodeId>& more) {
                    for (std::size_t i = 0; i < outputs.size(); ++i)
                        if (per_group[i])
                            fresh[i] = value_at(b, slots[i], outputs[i].ref, properties[i], nodes_behind_ ? &more : nullptr);
                });
                return true;
            });
            if (!more) break;
        }
        if (group) grouper.rows_into(t);
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
        // cells and nodes are the caller's buffers: read, and copied only into a new group.
        void add(std::vector<Value>& cells, std::vector<NodeId>& nodes, const FillNew& fill = {}) {
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
                        if (!null) a.distinct().collect(to_text(v));
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
        // Appends one row per group to t (whose columns are the group's outputs).
        void rows_into(Table& t) {
            t.rows.reserve(groups_.size());
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
                t.add(std::move(s.cells), s.nodes.take());
            }
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
                // Keeps text once in list: a short list (most groups' few positions) is searched,
                // a long one hashed.
                void collect(std::string text) {
                    if (list.size() < 16) {
                        if (std::find(list.begin(), list.end(), text) == list.end()) list.push_back(std::move(text));
                        return;
                    }
                    if (texts.empty()) texts.insert(list.begin(), list.end());
                    if (texts.insert(text).second) list.push_back(std::move(text));
                }
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
            if (const auto s = text_in(v)) return *s;
            buffer = to_text(v);
            return buffer;
        }
        static bool equals_lowered(std::string_view text, std::string_view lowered) {
            return text.size() == lowered.size() &&
                   std::equal(text.begin(), text.end(), lowered.begin(),
                              [](char a, char b) { return (a >= 'A' && a <= 'Z' ? char(a - 'A' + 'a') : a) == b; });
        }
        // The key: each key cell's type and bytes, so 7 and "7" stay apart and no text joins two.
        // Text owned and text in place are one type here: the same name groups as one.
        void append_key(const Value& v) {
            const std::optional<std::string_view> text = text_in(v);
            static_assert(std::is_same_v<std::variant_alternative_t<1, Value>, std::string>);
            key_ += static_cast<char>('0' + (text ? 1 : v.index()));
            if (const auto* n = std::get_if<std::int64_t>(&v)) {
                key_.append(reinterpret_cast<const char*>(n), sizeof *n);
            } else {
                const std::string other = text ? std::string() : to_text(v);
                const std::string_view t = text ? *text : std::string_view(other);
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
    // The columns of t that outputs read, in order (late marks go with them).
    static std::vector<std::size_t> sources(const Table& t, const std::vector<Output>& outputs) {
        std::vector<std::size_t> at;
        for (const Output& o : outputs) at.push_back(o.column.empty() ? t.columns.size() : t.index(o.column));
        return at;
    }
    void apply(Table& t, const ProjectOp& op) {
        const std::vector<std::size_t> from = sources(t, op.outputs);
        // Picking some of the columns, in their order (`who agrees with X` drops its hidden @a
        // last): the cells move forwards in place instead of into a new array of rows.
        if (!from.empty() && from.back() < t.columns.size() && std::is_sorted(from.begin(), from.end()) &&
            std::adjacent_find(from.begin(), from.end()) == from.end()) {
            std::vector<std::optional<Late>> late;
            for (std::size_t c : from) late.push_back(t.late[c]);
            if (from.size() != t.columns.size()) t.rows.keep_columns(from);
            t.columns = op.outputs;
            t.late = std::move(late);
            return;
        }
        Table out;
        out.set_columns(op.outputs);
        for (std::size_t i = 0; i < from.size(); ++i) out.late[i] = t.late[from[i]];
        out.rows.reserve(t.rows.size());
        // A column read by one output is moved into its cell, one read by several copied: the
        // last select of `who agrees with X` had copied 64,000 rows of strings.
        std::vector<int> uses(t.columns.size() + 1, 0);
        for (std::size_t c : from) ++uses[c];
        for (std::size_t i = 0; i < t.rows.size(); ++i) {
            const Rows::Row r = t.rows[i];
            const Rows::Row n = out.rows.append();
            for (std::size_t k = 0; k < from.size(); ++k) {
                const std::size_t c = from[k];
                if (c == t.columns.size()) continue;  // stays empty
                if (uses[c] == 1) n[k] = std::move(r[c]);
                else n[k] = r[c];
            }
        }
        out.nodes = std::move(t.nodes);
        out.keep_alive = std::move(t.keep_alive);
        t = std::move(out);
    }
    void apply(Table& t, const GroupOp& op) {
        const std::vector<std::size_t> from = sources(t, op.outputs);
        // A late key stays late when the group is also keyed by its node's @id (table.hpp); a
        // count needs no value; anything else reads the values first.
        auto keyed_by = [&](const std::string& id_column) {
            return !id_column.empty() && std::any_of(op.outputs.begin(), op.outputs.end(), [&](const Output& o) {
                       return o.aggregate == Aggregate::None && o.column == id_column;
                   });
        };
        std::vector<std::optional<Late>> late(op.outputs.size());
        for (std::size_t i = 0; i < from.size(); ++i) {
            if (from[i] == t.columns.size() || !t.late[from[i]]) continue;
            const Aggregate a = op.outputs[i].aggregate;
            if (a == Aggregate::None && keyed_by(t.late[from[i]]->id_column)) late[i] = t.late[from[i]];
            else if (a != Aggregate::Count) t.materialise(g_, p_.scope, from[i]);
        }
        // A column read by one output is moved into its cell, one read by several copied.
        std::vector<int> uses(t.columns.size() + 1, 0);
        for (std::size_t c : from) ++uses[c];
        Grouper grouper(op.outputs);
        std::vector<Value> cells(from.size());  // one buffer for every row
        std::vector<NodeId> none;               // the nodes of a row when no row has any
        for (std::size_t j = 0; j < t.rows.size(); ++j) {
            const Rows::Row r = t.rows[j];
            for (std::size_t i = 0; i < from.size(); ++i) {
                const std::size_t c = from[i];
                if (c == t.columns.size()) cells[i] = Value{};
                else if (uses[c] == 1) cells[i] = std::move(r[c]);
                else cells[i] = r[c];
            }
            grouper.add(cells, j < t.nodes.size() ? t.nodes[j] : none);
        }
        t.set_columns(op.outputs);
        t.late = std::move(late);
        grouper.rows_into(t);
    }
    void apply(Table& t, const KeepOp& op) {
        const std::size_t c = t.index(op.column);
        t.materialise(g_, p_.scope, c);
        t.keep_rows([&](std::size_t i) {
            const std::string v = to_text(t.rows[i][c]);
            return std::find(op.values.begin(), op.values.end(), v) != op.values.end();
        });
    }
    void apply(Table& t, const SemiJoinOp& op) {
        const Table other = Executor(g_, b_, *op.other, limits_, nodes_behind_).run();
        const std::size_t oc = other.index(op.other_column), os = other.index(op.other_side);
        std::unordered_map<std::string, std::vector<std::size_t>> by_key;  // rows of other
        for (std::size_t i = 0; i < other.rows.size(); ++i) by_key[to_text(other.rows[i][oc])].push_back(i);
        const std::size_t c = t.index(op.column), s = t.index(op.side);
        t.materialise(g_, p_.scope, c);
        t.materialise(g_, p_.scope, s);
        t.keep_rows([&](std::size_t i) {
            const Rows::Row r = t.rows[i];
            auto it = by_key.find(to_text(r[c]));
            if (it == by_key.end()) return false;
            const Side theirs = side_from(to_text(r[s]));
            return std::any_of(it->second.begin(), it->second.end(), [&](std::size_t o) {
                return related(side_from(to_text(other.rows[o][os])), theirs, op.agree);
            });
        });
    }
    void apply(Table& t, const DistinctOp& op) {
        const std::size_t c = t.index(op.column);
        t.materialise(g_, p_.scope, c);
        // Ids (the common case) are told apart as numbers, without writing them out as text.
        if (std::all_of(t.rows.begin(), t.rows.end(), [&](Rows::ConstRow r) { return std::holds_alternative<std::int64_t>(r[c]); })) {
            // A scan gives a node's edges in id order, so the ids mostly come ascending: then none
            // repeats and nothing is dropped. Otherwise the first row of each id is found by sorting
            // (id, row) pairs: a hash set had cost an allocation per row (`what does X say`).
            std::vector<std::pair<std::int64_t, std::size_t>> ids;
            ids.reserve(t.rows.size());
            for (std::size_t i = 0; i < t.rows.size(); ++i) ids.emplace_back(std::get<std::int64_t>(t.rows[i][c]), i);
            if (std::adjacent_find(ids.begin(), ids.end(), [](const auto& a, const auto& b) { return a.first >= b.first; }) ==
                ids.end())
                return;
            std::sort(ids.begin(), ids.end());
            std::vector<char> first(t.rows.size(), 0);
            for (std::size_t k = 0; k < ids.size(); ++k)
                if (k == 0 || ids[k].first != ids[k - 1].first) first[ids[k].second] = 1;
            t.keep_rows([&](std::size_t i) { return first[i] != 0; });
            return;
        }
        std::unordered_set<std::string> seen;
        t.keep_rows([&](std::size_t i) { return seen.insert(to_text(t.rows[i][c])).second; });
    }
    void apply(Table& t, const OrderOp& op) {
        // When every row reaches the answer (only projects and orders follow), the late columns
        // read from the same node as a key (an actor's kind and organisation beside its name) are
        // read with it: one pass over the rows in id order instead of two (`who agrees with X`:
        // 64,000 actors' records read twice). With a limit or a filter after, only the keys.
        const bool all_reach = std::all_of(p_.operators.begin() + static_cast<std::ptrdiff_t>(current_) + 1, p_.operators.end(),
                                           [](const Operator& o) {
                                               return std::holds_alternative<ProjectOp>(o) || std::holds_alternative<OrderOp>(o);
                                           });
        // A key on actors' names read late, in a file that ranks them (format version 5), is
        // ordered by the ranks: no name read or lowered before the rows are in order, and those a
        // limit drops never read.
        std::vector<std::optional<std::vector<std::int64_t>>> ranks;
        for (const OrderKey& k : op.keys) ranks.push_back(name_ranks(t, t.index(k.column)));
        if (all_reach)
            for (std::size_t k = 0; k < op.keys.size(); ++k)
                if (!ranks[k]) t.materialise_with_companions(g_, p_.scope, t.index(op.keys[k].column));
        std::vector<std::pair<SortColumn, bool>> keys;
        for (std::size_t k = 0; k < op.keys.size(); ++k) {
            const std::size_t c = t.index(op.keys[k].column);
            if (ranks[k]) {
                keys.emplace_back(SortColumn(std::move(*ranks[k])), op.keys[k].descending);
                continue;
            }
            t.materialise(g_, p_.scope, c);
            keys.emplace_back(SortColumn(t.rows, c), op.keys[k].descending);
        }
        // Sorts row numbers, then moves each row's cells once.
        std::vector<std::size_t> order(t.rows.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        auto before = [&](std::size_t x, std::size_t y) {
            for (const auto& [column, desc] : keys)
                if (const int c = column.compare(x, y)) return desc ? c > 0 : c < 0;
            return false;
        };
        if (std::is_sorted(order.begin(), order.end(), before)) return;  // rows often come in order
        // The first two keys as numbers beside the row (SortColumn::number), sorted by those and
        // only then by the columns, the row last: the order the stable sort by `before` gives,
        // found without a loop over the keys and two loads from the columns per comparison
        // (`who agrees with X` sorts 64,000 rows by positions, name and id).
        struct Entry {
            std::array<std::uint64_t, 2> n{};
            std::uint32_t row = 0;
        };
        std::size_t encoded = 0;
        std::array<bool, 2> exact{};
        if (t.rows.size() < (std::size_t{1} << 32)) {
            std::uint64_t n = 0;
            for (; encoded < std::min<std::size_t>(2, keys.size()); ++encoded) {
                if (t.rows.empty() || !keys[encoded].first.number(0, keys[encoded].second, n, exact[encoded])) break;
                if (!exact[encoded]) {
                    ++encoded;
                    break;
                }
            }
        }
        if (encoded == 0) {
            std::stable_sort(order.begin(), order.end(), before);
            select_in_order(t, order);
            return;
        }
        std::vector<Entry> entries(t.rows.size());
        for (std::size_t i = 0; i < entries.size(); ++i) {
            entries[i].row = static_cast<std::uint32_t>(i);
            bool e = false;
            for (std::size_t k = 0; k < encoded; ++k) keys[k].first.number(i, keys[k].second, entries[i].n[k], e);
        }
        // The keys from `from` on, by the columns, then the row.
        auto rest = [&](std::size_t from, const Entry& x, const Entry& y) {
            for (std::size_t k = from; k < keys.size(); ++k)
                if (const int c = keys[k].first.compare(x.row, y.row)) return keys[k].second ? c > 0 : c < 0;
            return x.row < y.row;
        };
        if (encoded == 2 && exact[0]) {
            // The usual shape (a count, then a name: `who agrees with X`, `order by n desc, name`):
            // two numbers compared inline, the columns only when both tie.
            const std::size_t from = exact[1] ? 2 : 1;
            std::sort(entries.begin(), entries.end(), [&](const Entry& x, const Entry& y) {
                if (x.n[0] != y.n[0]) return x.n[0] < y.n[0];
                if (x.n[1] != y.n[1]) return x.n[1] < y.n[1];
                return rest(from, x, y);
            });
        } else {
            std::sort(entries.begin(), entries.end(), [&](const Entry& x, const Entry& y) {
                for (std::size_t k = 0; k < encoded; ++k) {
                    if (x.n[k] != y.n[k]) return x.n[k] < y.n[k];
                    if (!exact[k]) return rest(k, x, y);
                }
                return rest(encoded, x, y);
            });
        }
        for (std::size_t i = 0; i < entries.size(); ++i) order[i] = entries[i].row;
        select_in_order(t, order);
    }
    // Late column c's ranks, row by row, when it is a name column whose every row is a person or
    // an organisation of a file that stores their names' ranks (GraphStore::actor): ranks order
    // as SortColumn orders the names (lowered by std::tolower, compared bytewise, equal names
    // tying), as long as std::tolower lowers ASCII letters alone, as the writer did (a locale
    // that lowers other bytes, which the REPL may set, compares the names). nullopt otherwise.
    std::optional<std::vector<std::int64_t>> name_ranks(const Table& t, std::size_t c) const {
        if (!g_.has_actor_records() || !t.late[c] || t.rows.empty() ||
            node_property_named(lower_text(t.late[c]->property)) != NodeProperty::Name)
            return std::nullopt;
        if (!tolower_is_ascii()) return std::nullopt;
        // The rows by node id (they mostly come so: then no sort), so the lookups walk the lists.
        std::vector<std::uint64_t> order;
        order.reserve(t.rows.size());
        for (std::size_t i = 0; i < t.rows.size(); ++i)
            order.push_back((static_cast<std::uint64_t>(static_cast<NodeId>(std::get<std::int64_t>(t.rows[i][c]))) << 32) |
                            static_cast<std::uint32_t>(i));
        if (!std::is_sorted(order.begin(), order.end())) sort_by_packed_id(order);
        std::vector<std::int64_t> ranks(t.rows.size());
        ActorCursor cursor = g_.actor_cursor();
        NodeId last = kNoNode;
        std::int64_t rank = 0;
        for (const std::uint64_t o : order) {
            const auto n = static_cast<NodeId>(o >> 32);
            if (n != last || last == kNoNode) {
                const std::optional<ActorInfo> actor = cursor.find(n);
                if (!actor) return std::nullopt;
                rank = actor->name_rank;
                last = n;
            }
            ranks[static_cast<std::uint32_t>(o)] = rank;
        }
        return ranks;
    }
    // The rows in `order`. When a project that keeps some of the columns in their order comes
    // next (`who agrees with X` drops its hidden @a), only those are moved into the new array: the
    // project then has nothing left to move (64,000 rows of six cells moved twice before).
    void select_in_order(Table& t, const std::vector<std::size_t>& order) {
        if (current_ + 1 < p_.operators.size())
            if (const auto* project = std::get_if<ProjectOp>(&p_.operators[current_ + 1])) {
                std::vector<std::size_t> which;
                for (const Output& o : project->outputs) {
                    if (o.column.empty()) break;
                    const auto c = std::find_if(t.columns.begin(), t.columns.end(),
                                                [&](const Output& x) { return x.column_spec.header == o.column; });
                    if (c == t.columns.end()) break;
                    which.push_back(static_cast<std::size_t>(c - t.columns.begin()));
                }
                if (which.size() == project->outputs.size() && !which.empty() && which.size() < t.columns.size() &&
                    std::is_sorted(which.begin(), which.end()) && std::adjacent_find(which.begin(), which.end()) == which.end()) {
                    t.select_rows_and_columns(order, which);
                    return;
                }
            }
        t.select_rows(order);
    }
    void apply(Table& t, const LimitOp& op) {
        t.truncate(op.n);
    }
    void apply(Table&, const ClausesOp&) {}  // applied to the answer's visible columns (execute)

    const GraphStore& g_;
    const Binder& b_;
    const Plan& p_;
    const Limits& limits_;
    bool nodes_behind_;
    std::size_t current_ = 0;  // the operator being applied (run)
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
    // The rows as they are, less the hidden columns (dropped in place: a new row per row had cost
    // an allocation and a free for each of the 16,000 rows of `count claims by organisation`).
    if (visible.size() != t.columns.size()) t.rows.keep_columns(visible);
    r.rows = std::move(t.rows);
    r.row_nodes = std::move(t.nodes);  // empty when no row has any (result.hpp)
    r.keep_alive = std::move(t.keep_alive);
    r.context_nodes = plan.context_nodes;
    for (const Operator& op : plan.operators)
        if (const auto* c = std::get_if<ClausesOp>(&op)) apply_clauses(b, *c->clauses, r, c->claim_level);
    if (r.rows.empty() && plan.empty_note && plan.empty_note->plan) {
        const Table why = Executor(g, b, *plan.empty_note->plan, limits, nodes_behind).run();
        std::string value = "neutral";
        if (!why.rows.empty()) value = to_text(why.rows.front()[why.index(plan.empty_note->column)]);
        r.note = plan.empty_note->text;
        if (const auto at = r.note.find("{}"); at != std::string::npos) r.note.replace(at, 2, value);
    }
    return r;
}

}  // namespace sg::query
