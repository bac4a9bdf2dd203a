// The first group's rows read from what the graph file stores (see stored_sources.hpp).
#include "query/exec/stored_sources.hpp"
#include "query/exec/organisation_names.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>
#include <functional>
#include <numeric>
#include <optional>
#include <unordered_map>

#include "query/exec/id_order.hpp"
#include "query/exec/stances.hpp"

namespace sg::query {
namespace {

// One output of the first group, as a tally gives it; false when a tally cannot give it.
bool tally_gives(const Plan& p, const Output& o) {
    const TallySource& s = *p.tallies;
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

// A tally's majority side as the group's Majority output writes it (Sides::text), as a view:
// the filters below test it for every one of up to 400,000 tallies, which had cost a string each.
std::string_view side_text(const StanceTally& k, const Output& majority) {
    if (k.supports == 0 && k.opposes == 0) return majority.none_text;
    return k.supports > k.opposes ? "supports" : k.opposes > k.supports ? "opposes" : "mixed";
}

// The same side as a Side (None when neither side has any).
Side side_of_tally(const StanceTally& k) {
    if (k.supports == 0 && k.opposes == 0) return Side::None;
    return k.supports > k.opposes ? Side::Supports : k.opposes > k.supports ? Side::Opposes : Side::Mixed;
}

// An order by the actor's and position's @id, ascending (`who agrees with X` orders its
// (actor, position) rows so before grouping them by actor), done on the tallies: sorting
// 24-byte records instead of rows. Stable, as the operator is, so the order is the
// one the operator gives (a stable sort of the same rows), which then finds them in order.
bool sort_tallies(const Plan& p, std::vector<StanceTally>& tallies, const std::vector<Output>& outputs, const OrderOp& order) {
    std::vector<bool> by_actor;  // per key: the actor's id (else the position's)
    for (const OrderKey& k : order.keys) {
        const auto o = std::find_if(outputs.begin(), outputs.end(), [&](const Output& x) { return x.column_spec.header == k.column; });
        if (k.descending || o == outputs.end() || o->aggregate != Aggregate::None || lower_text(o->ref.property) != "@id")
            return false;
        by_actor.push_back(o->ref.variable == p.tallies->actor_var);
    }
    auto before = [&](const StanceTally& x, const StanceTally& y) {
        for (bool actor : by_actor) {
            const NodeId a = actor ? x.actor : x.position, b = actor ? y.actor : y.position;
            if (a != b) return a < b;
        }
        return false;
    };
    // Keyed by both the actor and the position, no two tallies tie but equal ones (one tally per
    // pair): an unstable sort gives the same order, at under half the cost of a stable one for
    // the 200,000-odd tallies of `who agrees with X`.
    const bool both = std::find(by_actor.begin(), by_actor.end(), true) != by_actor.end() &&
                      std::find(by_actor.begin(), by_actor.end(), false) != by_actor.end();
    if (both) {
        const bool actor_first = by_actor.front();
        // The tallies come gathered position by position, ascending (tally_rows), so for the
        // order by (actor, position) of `who agrees with X` a stable sort by the actor alone gives
        // it: a radix sort of (actor, index) numbers (id_order.hpp), a few instructions per
        // tally, instead of a comparison sort of the 24-byte records (18 % of the statement's
        // instructions at 10^5 claims, callgrind).
        const auto by_position = [](const StanceTally& x, const StanceTally& y) { return x.position < y.position; };
        if (actor_first && tallies.size() < (std::size_t{1} << 32) && std::is_sorted(tallies.begin(), tallies.end(), by_position)) {
            // Counted into place when the actors' ids lie close together (id_order.hpp), else
            // by the radix sort below.
            if (sort_by_id_counting(tallies, [](const StanceTally& k) { return k.actor; })) return true;
            std::vector<std::uint64_t> order(tallies.size());
            for (std::size_t i = 0; i < tallies.size(); ++i) order[i] = (std::uint64_t{tallies[i].actor} << 32) | i;
            sort_by_packed_id(order);
            std::vector<StanceTally> sorted_tallies;
            sorted_tallies.reserve(tallies.size());
            for (std::uint64_t o : order) sorted_tallies.push_back(tallies[static_cast<std::uint32_t>(o)]);
            tallies = std::move(sorted_tallies);
            return true;
        }
        // Both ids in one number, the first key's above: one comparison of numbers instead of a
        // loop over the keys (sorting the 200,000-odd tallies was 6 % of `who agrees`, perf).
        std::sort(tallies.begin(), tallies.end(), [actor_first](const StanceTally& x, const StanceTally& y) {
            auto key = [actor_first](const StanceTally& t) {
                return actor_first ? (std::uint64_t{t.actor} << 32) | t.position : (std::uint64_t{t.position} << 32) | t.actor;
            };
            return key(x) < key(y);
        });
    } else {
        std::stable_sort(tallies.begin(), tallies.end(), before);
    }
    return true;
}

// Where the first group's output `header` comes from: the tally's actor or position (a key), or
// one of its counts.
enum class Cell : std::uint8_t { Actor, Position, Supports, Opposes, Claims, Documents, Side };

Cell cell_of(const TallySource& s, const Output& o) {
    switch (o.aggregate) {
        case Aggregate::None: return o.ref.variable == s.actor_var ? Cell::Actor : Cell::Position;
        case Aggregate::CountIf: return o.equals == "supports" ? Cell::Supports : Cell::Opposes;
        case Aggregate::CountDistinct: return lower_text(o.ref.property) == "@id" ? Cell::Claims : Cell::Documents;
        default: return Cell::Side;
    }
}

// The operators right after the tally group that test only a tally's side (a keep on the stance:
// `who supports P`) or its side and position (the semijoin of `who agrees with X`), decided before
// any tally is read: per position, which of a tally's four sides they keep (a bit per side). At
// 10^6 claims `who agrees with X` drops many of the 395,000 tallies on X's 152 positions there;
// gathered first and dropped after, each had been copied once for nothing.
struct TallyFilters {
    std::array<bool, 4> kept{true, true, true, true};  // by the keeps, per side
    // Per semijoin, per position of the other plan's, the sides it keeps; a position it does not
    // name keeps none.
    std::vector<std::unordered_map<NodeId, std::uint8_t>> joins;
    const OrderOp* order = nullptr;  // the order the filters stopped at, if any
    std::size_t next = 1;            // the first operator left to run

    // The sides a tally on `position` may have to be kept (a bit per side).
    std::uint8_t sides_on(NodeId position) const {
        std::uint8_t mask = 0;
        for (const Side x : {Side::None, Side::Supports, Side::Opposes, Side::Mixed})
            if (kept[static_cast<std::size_t>(x)]) mask |= static_cast<std::uint8_t>(1u << static_cast<unsigned>(x));
        for (const auto& join : joins) {
            const auto it = join.find(position);
            mask &= it == join.end() ? 0 : it->second;
        }
        return mask;
    }
};

TallyFilters decide_filters(const Plan& p, const std::vector<Output>& outputs, const RunPlan& run) {
    TallyFilters f;
    auto majority = [&](const std::string& header) -> const Output* {
        for (const Output& o : outputs)
            if (o.column_spec.header == header && o.aggregate == Aggregate::Majority) return &o;
        return nullptr;
    };
    auto position_id = [&](const std::string& header) {
        return std::any_of(outputs.begin(), outputs.end(), [&](const Output& o) {
            return o.column_spec.header == header && o.aggregate == Aggregate::None &&
                   o.ref.variable == p.tallies->position_var && lower_text(o.ref.property) == "@id";
        });
    };
    std::size_t& next = f.next;
    for (; next < p.operators.size(); ++next) {
        if (const auto* order = std::get_if<OrderOp>(&p.operators[next])) {
            f.order = order;
            break;  // the order still runs (unless folded): it finds the rows in order
        }
        if (const auto* keep = std::get_if<KeepOp>(&p.operators[next])) {
            const Output* side = majority(keep->column);
            if (!side) break;
            // Whether each of the four sides is kept, decided once on its text rather than once
            // per tally (395,000 at 10^6 claims for `who agrees with X`).
            for (const Side x : {Side::None, Side::Supports, Side::Opposes, Side::Mixed}) {
                const std::string_view text = x == Side::None ? std::string_view(side->none_text) : to_string(x);
                if (std::find(keep->values.begin(), keep->values.end(), text) == keep->values.end())
                    f.kept[static_cast<std::size_t>(x)] = false;
            }
        } else if (const auto* join = std::get_if<SemiJoinOp>(&p.operators[next])) {
            const Output* side = majority(join->side);
            if (!side || !position_id(join->column)) break;
            // The other plan's sides per position, as apply(SemiJoinOp) pairs them.
            const Table other = run(*join->other);
            const std::size_t oc = other.index(join->other_column), os = other.index(join->other_side);
            std::unordered_map<std::int64_t, std::vector<Side>> theirs;
            bool ids = true;
            for (const Rows::ConstRow r : other.rows) {
                const auto* id = std::get_if<std::int64_t>(&r[oc]);
                if (!id) ids = false;
                else theirs[*id].push_back(side_from(to_text(r[os])));
            }
            if (!ids) break;
            // Per position of theirs, which of a tally's four sides the join keeps (bit per
            // side), decided once: no side text per tally.
            const Side none = side_from(side->none_text);
            std::unordered_map<NodeId, std::uint8_t> accepts;
            for (const auto& [position, their_sides] : theirs) {
                if (position < 0 || position > std::int64_t{std::numeric_limits<NodeId>::max()}) continue;  // no tally's
                std::uint8_t mask = 0;
                for (const Side x : {Side::None, Side::Supports, Side::Opposes, Side::Mixed}) {
                    const Side mine = x == Side::None ? none : x;
                    if (std::any_of(their_sides.begin(), their_sides.end(),
                                    [&](Side other_side) { return related(other_side, mine, join->agree); }))
                        mask |= static_cast<std::uint8_t>(1u << static_cast<unsigned>(x));
                }
                accepts[static_cast<NodeId>(position)] = mask;
            }
            f.joins.push_back(std::move(accepts));
        } else {
            break;
        }
    }
    return f;
}

// Keeps the tallies the filters keep, in order (the tallies grouped by position or not: the last
// position's sides are kept at hand).
void apply_filters(const TallyFilters& f, std::vector<StanceTally>& tallies) {
    NodeId last = kNoNode;
    std::uint8_t last_mask = 0;
    bool any = false;
    std::erase_if(tallies, [&](const StanceTally& k) {
        if (!any || k.position != last) {
            last = k.position;
            last_mask = f.sides_on(k.position);
            any = true;
        }
        return (last_mask & (1u << static_cast<unsigned>(side_of_tally(k)))) == 0;
    });
}

// A tally as the per-actor fold reads it: its actor above its position, so that sorting the numbers
// sorts by (actor, position). 8 bytes instead of a StanceTally's 24: `who agrees with X` moves
// 395,000 of them at 10^6 claims.
std::uint64_t actor_and_position(NodeId actor, NodeId position) { return (std::uint64_t{actor} << 32) | position; }
NodeId actor_of(std::uint64_t packed) { return static_cast<NodeId>(packed >> 32); }
NodeId position_of(std::uint64_t packed) { return static_cast<NodeId>(packed); }

// Whether `order` is by the actor's @id, then the position's @id, both ascending: the order `who
// agrees with X` puts its (actor, position) rows in before folding them per actor.
bool by_actor_then_position(const Plan& p, const std::vector<Output>& outputs, const OrderOp& order) {
    if (order.keys.size() != 2) return false;
    auto id_of = [&](const OrderKey& k, const std::string& var) {
        const auto o = std::find_if(outputs.begin(), outputs.end(), [&](const Output& x) { return x.column_spec.header == k.column; });
        return !k.descending && o != outputs.end() && o->aggregate == Aggregate::None && o->ref.variable == var &&
               lower_text(o->ref.property) == "@id";
    };
    return id_of(order.keys[0], p.tallies->actor_var) && id_of(order.keys[1], p.tallies->position_var);
}

// Whether the statement's own clauses hold a `limit`: the executor then drops the rows past it
// before reading their late columns (execute.cpp), which the fold must not read for every row.
bool statement_limits(const Plan& p) {
    return std::any_of(p.operators.begin(), p.operators.end(), [](const Operator& op) {
        const auto* c = std::get_if<ClausesOp>(&op);
        return c && c->clauses && c->clauses->limit;
    });
}

// The group after a sort of the tallies by (actor, position), when it groups per actor: its keys
// are the actor's (its @id and properties read late), its aggregates count the rows or collect a
// property of the position. `who agrees with X` is that group: at 10^6 claims its 200,000-odd
// (actor, position) rows cost a row of cells each and a hashed key per row (a third of the
// statement in malloc and free, perf). Folding the sorted tallies, one actor's run at a time,
// builds the 64,000 actors' rows and nothing else. Null when the group is of another shape.
const GroupOp* per_actor_group(const Plan& p, const std::vector<Output>& first, std::size_t order_at) {
    if (order_at + 1 >= p.operators.size()) return nullptr;
    const auto* group = std::get_if<GroupOp>(&p.operators[order_at + 1]);
    if (!group) return nullptr;
    const TallySource& s = *p.tallies;
    bool keyed_by_actor_id = false;
    for (const Output& o : group->outputs) {
        const auto from = std::find_if(first.begin(), first.end(), [&](const Output& x) { return x.column_spec.header == o.column; });
        if (o.column.empty() || from == first.end()) return nullptr;
        const Cell c = cell_of(s, *from);
        if (o.aggregate == Aggregate::None) {
            if (c != Cell::Actor) return nullptr;
            keyed_by_actor_id = keyed_by_actor_id || lower_text(from->ref.property) == "@id";
        } else if (o.aggregate == Aggregate::Collect) {
            if (c != Cell::Position) return nullptr;
        } else if (o.aggregate != Aggregate::Count) {
            return nullptr;
        }
    }
    return keyed_by_actor_id ? group : nullptr;
}

// The per-actor group's rows folded from tallies sorted by actor (per_actor_group), as the
// Grouper would give them: groups in the order they first appear (actor order), a count of
// the actor's tallies, the distinct texts of the collected position property in the order first
// seen ("; "-joined). The actor's keys hold its id, late as they were in the first table.
// With by_count_and_rank, the order after the group is by count, name and id (ranked_by_count_and_
// name): the rows are made in that order when the file ranks every actor's name, and then, when
// `project` is given (the group's columns a project after that order picks), in its shape. Returns
// how many operators after the group the rows have been taken past: 0, 1 (the order) or 2 (and
// the project). Flattened (everything it calls that GCC can see inlined into it): it had called
// std::vector<Value>::emplace_back out of line once per cell, 320,000 an answer at 10^6 claims
// (7 % of the statement's samples), and the vectors' and sorts' helpers once per use.
[[gnu::flatten]] std::size_t fold_per_actor(const GraphStore& g, const Plan& p, const std::vector<Output>& first, const GroupOp& group,
                           const std::vector<std::uint64_t>& tallies, Table& t, bool by_count_and_rank,
                           const ProjectOp* project, const std::vector<std::size_t>* picked, bool every_row_shown) {
    const std::vector<std::optional<Late>> first_late = t.late;
    std::vector<std::size_t> from;
    for (const Output& o : group.outputs)
        from.push_back(static_cast<std::size_t>(
            std::find_if(first.begin(), first.end(), [&](const Output& x) { return x.column_spec.header == o.column; }) -
            first.begin()));
    t.set_columns(group.outputs);
    for (std::size_t i = 0; i < from.size(); ++i)
        if (group.outputs[i].aggregate == Aggregate::None) t.late[i] = first_late[from[i]];
    // Each position's collected text, read once per collected column (X's positions: a few
    // hundred at most) and found by a small open-addressing table of position ids: a
    // std::unordered_map lookup per tally (a division by a prime each) and a std::string made and
    // appended per position per row had been a fifth of the statement's instructions (callgrind,
    // 10^5 claims).
    struct Text {
        NodeId position = kNoNode;
        bool present = false;
        std::string text;
        std::string after_separator;  // "; " and the text: a row's later texts, in one copy
        std::uint32_t number = 0;  // equal texts, equal numbers: a row's texts are told apart by these
    };
    struct Texts {
        std::size_t column = 0;
        std::vector<Text> slots = std::vector<Text>(64);
        std::size_t used = 0;
        std::unordered_map<std::string, std::uint32_t> numbers{};
        Text& slot_of(NodeId position) {
            for (std::size_t h = (position * 0x9E3779B1u) & (slots.size() - 1);; h = (h + 1) & (slots.size() - 1))
                if (slots[h].position == position || slots[h].position == kNoNode) return slots[h];
        }
    };
    std::vector<Texts> collected;
    for (std::size_t i = 0; i < from.size(); ++i)
        if (group.outputs[i].aggregate == Aggregate::Collect) collected.push_back(Texts{i});
    auto text_of = [&](Texts& c, NodeId position) -> const Text& {
        Text* x = &c.slot_of(position);
        if (x->position == position) return *x;
        if (2 * (c.used + 1) > c.slots.size()) {  // kept at most half full
            std::vector<Text> old(c.slots.size() * 2);
            old.swap(c.slots);
            for (Text& y : old)
                if (y.position != kNoNode) c.slot_of(y.position) = std::move(y);
            x = &c.slot_of(position);
        }
        ++c.used;
        x->position = position;
        const Output& o = first[from[c.column]];
        const Value v = node_property(g, p.scope, position, o.ref.property, o.ref.offset);
        if (!std::holds_alternative<std::monostate>(v)) {
            x->present = true;
            x->text = to_text(v);
            x->after_separator = "; " + x->text;
            x->number = c.numbers.emplace(x->text, static_cast<std::uint32_t>(c.numbers.size())).first->second;
        }
        return *x;
    };
    // The joined texts are written one after another into one string that the answer keeps
    // alive, each cell a TextRef into it (as a walk's "via" texts): most are longer than a
    // std::string holds in itself, which had cost an allocation per row (64,000 at 10^6 claims).
    // They are all written first, run by run in actor order (the order the tallies lie in), and
    // the cells made after, when the string has stopped moving: made in the answer's order, they
    // had read the tallies from scattered places (a miss per run, perf), and each cell had been
    // visited a second time, to set its view once the string was complete (a sixth of the fold's
    // time at 10^6 claims, perf: by then the 64,000 rows' cells had left the cache).
    auto joined = std::make_shared<std::string>();
    // Each actor's run of tallies, in actor order; or, when the order after the group ranks the
    // actors by their count of rows, then name, then id (`who agrees with X`) and the file stores
    // the names' ranks (format version 5), in that order: every key is a number the fold has, so
    // the rows are made in the answer's order and the order does not run (it had sorted 64,000
    // rows and moved each row's cells at 10^6 claims).
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    for (std::size_t a = 0; a < tallies.size();) {
        std::size_t end = a;
        while (end < tallies.size() && actor_of(tallies[end]) == actor_of(tallies[a])) ++end;
        runs.emplace_back(a, end);
        a = end;
    }
    // Per collected column, per run: where its joined text lies in `joined` (offset, size).
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> joined_at(collected.size());
    {
        // Per text number, the last run that wrote it: a run's texts told apart in one load each
        // (a search among the run's texts so far had grown with the run: up to 95 positions).
        std::vector<std::uint32_t> written_in;
        std::size_t length = 0;  // of the joined texts so far, in `joined`
        for (std::size_t c = 0; c < collected.size(); ++c) {
            joined_at[c].reserve(runs.size());
            std::uint32_t run = 0;
            for (const auto& [a, end] : runs) {
                ++run;  // from 1: written_in's 0 is "no run"
                const std::size_t at = length;
                for (std::size_t j = a; j < end; ++j) {
                    const Text& text = text_of(collected[c], position_of(tallies[j]));
                    if (!text.present) continue;
                    if (text.number >= written_in.size()) written_in.resize(text.number + 1, 0);
                    if (written_in[text.number] == run) continue;
                    written_in[text.number] = run;
                    // Copied by hand into a string grown by doubling (its bytes past `length`
                    // unused): std::string::append, called twice per text, had been a tenth of
                    // the statement's instructions once GCC stopped inlining it here.
                    const std::string_view piece =
                        length != at ? std::string_view(text.after_separator) : std::string_view(text.text);
                    if (length + piece.size() > joined->size())
                        joined->resize(std::max(2 * joined->size(), length + piece.size()));
                    std::memcpy(joined->data() + length, piece.data(), piece.size());
                    length += piece.size();
                }
                joined_at[c].emplace_back(at, length - at);
            }
            std::fill(written_in.begin(), written_in.end(), 0);  // the next column numbers its runs anew
        }
        joined->resize(length);
    }
    bool ordered = false;
    std::vector<ActorInfo> infos;  // per run, when ordered: the actor's record, found for its rank
    // The actors' names, when every row reaches the answer and one of the columns made shows
    // them: read here, beside each actor's record and in the same pass in actor (id) order,
    // instead of late (Table::materialise_together), which had sorted the 64,000 rows by actor
    // again to read them in id order at 10^6 claims.
    auto shows_names = [&](std::size_t i) {
        return group.outputs[i].aggregate == Aggregate::None && t.late[i] &&
               node_property_named(lower_text(t.late[i]->property)) == NodeProperty::Name;
    };
    bool read_names = false;
    if (by_count_and_rank && every_row_shown) {
        if (project && picked) read_names = std::any_of(picked->begin(), picked->end(), shows_names);
        else
            for (std::size_t i = 0; i < from.size(); ++i) read_names = read_names || shows_names(i);
    }
    std::vector<std::string_view> names;  // per run, when read_names
    // The runs in the answer's order, when ordered (indexes into runs, infos, names, joined_at).
    std::vector<std::size_t> answer_order;
    if (by_count_and_rank && runs.size() < (std::size_t{1} << 32)) {
        std::vector<std::uint32_t> counts(runs.size()), ranks(runs.size());
        infos.resize(runs.size());
        if (read_names) names.resize(runs.size());
        ActorCursor cursor = g.actor_cursor();
        bool all = true;
        std::uint64_t most = 0, highest_rank = 0;
        // Names are prefetched as the late read prefetched them: the node's record a few actors
        // ahead, its name's bytes once the record is in cache (for whoever reads the answer).
        constexpr std::size_t kAhead = 8;
        const bool sparse = !runs.empty() && actor_of(tallies[runs.back().first]) - actor_of(tallies[runs.front().first]) >
                                                 4 * runs.size();
        for (std::size_t r = 0; r < runs.size() && all; ++r) {
            if (read_names) {
                if (r + kAhead < runs.size()) g.prefetch_node(actor_of(tallies[runs[r + kAhead].first]));
                if (sparse && r + kAhead / 2 < runs.size()) g.prefetch_name(actor_of(tallies[runs[r + kAhead / 2].first]));
                names[r] = g.name(actor_of(tallies[runs[r].first]));
            }
            const std::optional<ActorInfo> info = cursor.find(actor_of(tallies[runs[r].first]));
            const std::uint64_t count = runs[r].second - runs[r].first;
            all = info.has_value() && count < (std::uint64_t{1} << 32);
            if (!all) break;
            counts[r] = static_cast<std::uint32_t>(count);
            ranks[r] = info->name_rank;
            infos[r] = *info;
            most = std::max(most, count);
            highest_rank = std::max<std::uint64_t>(highest_rank, info->name_rank);
        }
        if (all) {
            // (count descending, rank) as one number above each run's index: the runs come in
            // actor order, so the index breaks ties as the actor's id does. Sorted by the radix
            // sort of id_order.hpp when the number fits in 32 bits (a few hundred positions and a
            // few million actors), else compared in full.
            const unsigned rank_bits = static_cast<unsigned>(std::bit_width(highest_rank));
            std::vector<std::size_t> order(runs.size());
            if (std::bit_width(most) + rank_bits <= 32) {
                std::vector<std::uint64_t> packed(runs.size());
                for (std::size_t r = 0; r < runs.size(); ++r)
                    packed[r] = ((((most - counts[r]) << rank_bits) | ranks[r]) << 32) | r;
                sort_by_packed_id(packed);
                for (std::size_t k = 0; k < packed.size(); ++k) order[k] = static_cast<std::uint32_t>(packed[k]);
            } else {
                std::iota(order.begin(), order.end(), std::size_t{0});
                std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
                    if (counts[x] != counts[y]) return counts[x] > counts[y];
                    if (ranks[x] != ranks[y]) return ranks[x] < ranks[y];
                    return x < y;
                });
            }
            answer_order = std::move(order);
            ordered = true;
        }
    }
    // The group's columns made, in the order made: all, or those the project after the order
    // picks (`who agrees with X` drops its hidden @a: its cells are then never made and moved).
    std::vector<std::size_t> made(from.size());
    std::iota(made.begin(), made.end(), std::size_t{0});
    std::size_t past = ordered ? 1 : 0;
    if (ordered && project && picked) {
        const std::vector<std::optional<Late>> group_late = t.late;
        t.set_columns(project->outputs);
        for (std::size_t k = 0; k < picked->size(); ++k) t.late[k] = group_late[(*picked)[k]];
        made = *picked;
        past = 2;
    }
    // Reserved once the row's width is known (the project's, when its columns are made): the
    // group's wider rows had been reserved first and dropped (15 MB of address space at 10^6
    // claims, never touched).
    t.rows.reserve(runs.size());
    // An actor's kind and organisation, when every row reaches the answer (no limit of the
    // statement's drops rows before their late columns are read), are made here from the actor's
    // record found above for its rank, as the late read would make them (Table::
    // materialise_together): that read had found each of the 64,000 actors' records again at
    // 10^6 claims, after sorting the rows by actor once more.
    enum class Direct : std::uint8_t { No, Kind, Organisation, Name };
    std::vector<Direct> direct(made.size(), Direct::No);
    if (ordered && every_row_shown)
        for (std::size_t k = 0; k < made.size(); ++k) {
            if (group.outputs[made[k]].aggregate != Aggregate::None || !t.late[k]) continue;
            const NodeProperty property = node_property_named(lower_text(t.late[k]->property));
            if (property == NodeProperty::Kind) direct[k] = Direct::Kind;
            if (property == NodeProperty::Organisation) direct[k] = Direct::Organisation;
            if (property == NodeProperty::Name && read_names) direct[k] = Direct::Name;
        }
    // What each column's cell is made from, decided once: the loop below had read each column's
    // Output (its aggregate) and compared it and `direct` again for each of 64,000 rows x 5
    // columns at 10^6 claims (a tenth of the fold's own instructions, callgrind).
    enum class Make : std::uint8_t { Name, Kind, Organisation, Id, Count, Joined };
    struct Maker {
        Make make;
        std::size_t collected = 0;  // Joined: the collected column's index in `collected`
    };
    std::vector<Maker> makers;
    for (std::size_t k = 0; k < made.size(); ++k) {
        const Aggregate aggregate = group.outputs[made[k]].aggregate;
        if (aggregate == Aggregate::Count) makers.push_back({Make::Count});
        else if (aggregate != Aggregate::None)
            makers.push_back({Make::Joined, static_cast<std::size_t>(
                                                 std::find_if(collected.begin(), collected.end(),
                                                              [&](const Texts& x) { return x.column == made[k]; }) -
                                                 collected.begin())});
        else if (direct[k] == Direct::Name) makers.push_back({Make::Name});
        else if (direct[k] == Direct::Kind) makers.push_back({Make::Kind});
        else if (direct[k] == Direct::Organisation) makers.push_back({Make::Organisation});
        else makers.push_back({Make::Id});
    }
    OrganisationNames organisation_name(g, runs.size());  // as the late read keeps them
    // The kinds' texts, asked once each (to_string is out of line: a call per row had been 3 % of
    // the fold's time).
    const std::string_view person_text = to_string(NodeKind::Person), organisation_text = to_string(NodeKind::Organisation);
    // In the answer's order each run's entries (its tallies' range, record, name, joined text) lie
    // in scattered places of arrays of 64,000 (at 10^6 claims): each a miss, a fifth of the fold's
    // time (perf), unless fetched a few rows ahead.
    constexpr std::size_t kAhead = 8;
    for (std::size_t q = 0; q < runs.size(); ++q) {
        const std::size_t r = ordered ? answer_order[q] : q;
        if (ordered && q + kAhead < runs.size()) {
            const std::size_t next = answer_order[q + kAhead];
            __builtin_prefetch(&runs[next]);
            if (!infos.empty()) __builtin_prefetch(&infos[next]);
            if (!names.empty()) __builtin_prefetch(&names[next]);
            for (const auto& at : joined_at) __builtin_prefetch(&at[next]);
        }
        const auto [a, end] = runs[r];
        for (std::size_t k = 0; k < makers.size(); ++k) {
            switch (makers[k].make) {
                case Make::Name: t.rows.add_cell(std::in_place_type<TextRef>, TextRef{names[r]}); break;
                case Make::Kind: {
                    const NodeKind kind = infos[r].kind;
                    t.rows.add_cell(std::in_place_type<TextRef>,
                                    TextRef{kind == NodeKind::Person         ? person_text
                                            : kind == NodeKind::Organisation ? organisation_text
                                                                             : to_string(kind)});
                    break;
                }
                case Make::Organisation: {
                    const ActorInfo& info = infos[r];
                    if (info.several_organisations)  // their names joined, read from the edges
                        t.rows.add_cell(node_property(g, p.scope, actor_of(tallies[a]), NodeProperty::Organisation,
                                                      t.late[k]->property, t.late[k]->offset));
                    else if (info.organisation == kNoNode)
                        t.rows.add_cell(std::in_place_type<std::string>);  // no organisation: an empty text
                    else
                        t.rows.add_cell(std::in_place_type<TextRef>, TextRef{organisation_name(info.organisation)});
                    break;
                }
                case Make::Id: t.rows.add_cell(std::in_place_type<std::int64_t>, actor_of(tallies[a])); break;
                case Make::Count: t.rows.add_cell(std::in_place_type<std::int64_t>, static_cast<std::int64_t>(end - a)); break;
                case Make::Joined: {
                    const auto [offset, size] = joined_at[makers[k].collected][r];
                    t.rows.add_cell(std::in_place_type<TextRef>, TextRef{std::string_view(*joined).substr(offset, size)});
                    break;
                }
            }
        }
        t.end_row();
    }
    for (std::size_t k = 0; k < made.size(); ++k)
        if (direct[k] != Direct::No) t.late[k].reset();
    if (!collected.empty()) t.keep_alive.push_back(std::move(joined));
    return past;
}

// Whether the operator at `at` orders the per-actor group's rows by its count of rows
// descending, then the actor's name, then the actor's @id (both ascending): the order
// `who agrees with X` ranks by, which fold_per_actor can give from the stored name ranks (when
// std::tolower lowers ASCII letters alone, as the writer ranked them; table.hpp).
bool ranked_by_count_and_name(const GraphStore& g, const Plan& p, const std::vector<Output>& first, const GroupOp& group,
                              std::size_t at) {
    if (!g.has_actor_records() || at >= p.operators.size() || !tolower_is_ascii()) return false;
    const auto* order = std::get_if<OrderOp>(&p.operators[at]);
    if (!order || order->keys.size() != 3 || !order->keys[0].descending || order->keys[1].descending ||
        order->keys[2].descending)
        return false;
    // The group's output named `column`, and the first table's output it carries.
    auto source = [&](const std::string& column) -> std::pair<const Output*, const Output*> {
        const auto o = std::find_if(group.outputs.begin(), group.outputs.end(),
                                    [&](const Output& x) { return x.column_spec.header == column; });
        if (o == group.outputs.end()) return {nullptr, nullptr};
        const auto f = std::find_if(first.begin(), first.end(), [&](const Output& x) { return x.column_spec.header == o->column; });
        return {&*o, f == first.end() ? nullptr : &*f};
    };
    const auto [count, count_from] = source(order->keys[0].column);
    const auto [name, name_from] = source(order->keys[1].column);
    const auto [id, id_from] = source(order->keys[2].column);
    const TallySource& s = *p.tallies;
    auto actor_key = [&](const Output* o, const Output* f, NodeProperty property) {
        return o && f && o->aggregate == Aggregate::None && cell_of(s, *f) == Cell::Actor &&
               node_property_named(lower_text(f->ref.property)) == property;
    };
    return count && count->aggregate == Aggregate::Count && actor_key(name, name_from, NodeProperty::Name) &&
           actor_key(id, id_from, NodeProperty::Id);
}

// The output whose header is `column`, or null.
const Output* output_named(const std::vector<Output>& outputs, const std::string& column) {
    const auto o = std::find_if(outputs.begin(), outputs.end(), [&](const Output& x) { return x.column_spec.header == column; });
    return o == outputs.end() ? nullptr : &*o;
}

// When the operator at `at` is a project of the group's columns (each named, none repeated:
// `who supports P` ends with one, past the keep and the order the file answers), the group's
// column each of its outputs picks; nullopt otherwise. The rows are then built in the project's
// shape: the group's other columns (@a, claims, stance) are never made, then moved and dropped.
std::optional<std::vector<std::size_t>> project_after(const Plan& p, std::size_t at, const std::vector<Output>& outputs) {
    if (at >= p.operators.size()) return std::nullopt;
    const auto* project = std::get_if<ProjectOp>(&p.operators[at]);
    if (!project) return std::nullopt;
    std::vector<std::size_t> picked;
    for (const Output& o : project->outputs) {
        const Output* source = output_named(outputs, o.column);
        if (o.column.empty() || !source) return std::nullopt;
        const auto i = static_cast<std::size_t>(source - outputs.data());
        if (std::find(picked.begin(), picked.end(), i) != picked.end()) return std::nullopt;
        picked.push_back(i);
    }
    return picked;
}

// Whether `order` is by `count` descending, then `var`'s name, then `var`'s @id (both ascending):
// the order of the answers the graph file stores in that order (version 4).
bool ranked_by(const std::vector<Output>& outputs, const OrderOp& order, const std::function<bool(const Output&)>& count,
               const std::string& var) {
    if (order.keys.size() != 3 || !order.keys[0].descending || order.keys[1].descending || order.keys[2].descending)
        return false;
    const Output* c = output_named(outputs, order.keys[0].column);
    const Output* name = output_named(outputs, order.keys[1].column);
    const Output* id = output_named(outputs, order.keys[2].column);
    auto key_of_var = [&](const Output* o, const char* property) {
        return o && o->aggregate == Aggregate::None && o->ref.variable == var && lower_text(o->ref.property) == property;
    };
    return c && count(*c) && key_of_var(name, "name") && key_of_var(id, "@id");
}

// `who supports P` / `who opposes P` on a file that stores each position's tallies in their
// answer order (GraphStore::tallies_on_side): the keep right after the group keeps the side
// asked and mixed, and the order after it ranks by that side's count, the actor's name and id.
// Returns the side (true: supports), or nullopt when the plan is of another shape.
std::optional<bool> stored_side(const GraphStore& g, const Plan& p, const std::vector<Output>& outputs) {
    const TallySource& s = *p.tallies;
    if (!g.has_side_order() || s.positions.empty() || !s.actors.empty() || !s.not_actors.empty() || p.operators.size() < 3)
        return std::nullopt;
    if (std::any_of(s.positions.begin(), s.positions.end(), [&](NodeId n) { return n != s.positions.front(); }))
        return std::nullopt;
    const auto* keep = std::get_if<KeepOp>(&p.operators[1]);
    const auto* order = std::get_if<OrderOp>(&p.operators[2]);
    if (!keep || !order || keep->values.size() != 2) return std::nullopt;
    const Output* majority = output_named(outputs, keep->column);
    if (!majority || majority->aggregate != Aggregate::Majority) return std::nullopt;
    const auto& v = keep->values;
    const bool supports = std::find(v.begin(), v.end(), "supports") != v.end();
    const bool opposes = std::find(v.begin(), v.end(), "opposes") != v.end();
    if (supports == opposes || std::find(v.begin(), v.end(), "mixed") == v.end()) return std::nullopt;
    const std::string side = supports ? "supports" : "opposes";
    const auto counts_side = [&](const Output& o) { return o.aggregate == Aggregate::CountIf && o.equals == side; };
    if (!ranked_by(outputs, *order, counts_side, s.actor_var)) return std::nullopt;
    return supports;
}

}  // namespace

// Marks the key columns read from these variables late, but for their @id (which is the cell),
// each with the column of its variable's @id, if the table has one.
void late_keys(Table& t, const std::vector<std::string>& vars) {
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
        const Output& o = t.columns[i];
        if (o.aggregate != Aggregate::None || lower_text(o.ref.property) == "@id" ||
            std::find(vars.begin(), vars.end(), o.ref.variable) == vars.end())
            continue;
        std::string id_column;
        for (const Output& k : t.columns)
            if (k.aggregate == Aggregate::None && k.ref.variable == o.ref.variable && lower_text(k.ref.property) == "@id")
                id_column = k.column_spec.header;
        t.late[i] = Late{o.ref.property, o.ref.offset, id_column};
    }
}

// ---- stored stance tallies instead of the scan (plan.hpp, TallySource)

bool tallies_answer(const GraphStore& g, const Plan& p, bool nodes_behind) {
    if (!p.tallies || nodes_behind || !g.has_stance_tallies() || p.operators.empty()) return false;
    if (p.tallies->positions.empty() && p.tallies->actors.empty()) return false;
    const auto* group = std::get_if<GroupOp>(&p.operators.front());
    return group && std::all_of(group->outputs.begin(), group->outputs.end(), [&](const Output& o) { return tally_gives(p, o); });
}

// The first group's rows, one per stored tally the source selects.
std::size_t tally_rows(const GraphStore& g, const Plan& p, Table& t, const RunPlan& run) {
    const TallySource& s = *p.tallies;
    const auto& outputs = std::get<GroupOp>(p.operators.front()).outputs;
    t.set_columns(outputs);
    auto wanted = [](const std::vector<NodeId>& set, NodeId n) { return std::find(set.begin(), set.end(), n) != set.end(); };
    std::vector<StanceTally> tallies;
    std::size_t next = 0;
    bool sorted = false;
    if (const std::optional<bool> side = stored_side(g, p, outputs)) {
        // Kept and ordered when the file was written: past the group, the keep and the order.
        tallies = g.tallies_on_side(s.positions.front(), *side);
        next = 3;
    } else if (!s.positions.empty()) {
        const TallyFilters filters = decide_filters(p, outputs, run);
        std::vector<NodeId> positions = s.positions;
        std::sort(positions.begin(), positions.end());
        positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
        // `who agrees with X`: the tallies ordered by (actor, position) and folded per actor. Only
        // each kept tally's actor is read from the file, with its position beside it in one
        // number; sorted by actor by counting (the positions come ascending), then folded. No
        // StanceTally is made, filtered into a second list and sorted into a third (three copies
        // of 24 bytes per tally: most of the statement's memory traffic at 10^6 claims).
        if (filters.order && by_actor_then_position(p, outputs, *filters.order))
            if (const GroupOp* group = per_actor_group(p, outputs, filters.next)) {
                static_assert(GraphStore::kNeitherSide == 1u << static_cast<unsigned>(Side::None) &&
                              GraphStore::kMoreSupports == 1u << static_cast<unsigned>(Side::Supports) &&
                              GraphStore::kMoreOpposes == 1u << static_cast<unsigned>(Side::Opposes) &&
                              GraphStore::kBothSidesEqual == 1u << static_cast<unsigned>(Side::Mixed));
                std::vector<std::uint64_t> packed;
                std::vector<NodeId> actors;
                // X is no one's peer: the one actor left out compared as a number (a std::find in
                // the list of one per kept tally had cost 4 M instructions at 10^6 claims).
                const bool one_left_out = s.actors.empty() && s.not_actors.size() == 1;
                const NodeId left_out = one_left_out ? s.not_actors.front() : kNoNode;
                for (NodeId position : positions) {
                    const std::uint8_t sides = filters.sides_on(position);
                    if (sides == 0) continue;
                    actors.clear();
                    g.tally_actors_on(position, sides, actors);
                    for (const NodeId a : actors)
                        if (one_left_out ? a != left_out : (s.actors.empty() || wanted(s.actors, a)) && !wanted(s.not_actors, a))
                            packed.push_back(actor_and_position(a, position));
                }
                if (!sort_by_id_counting(packed, [](std::uint64_t x) { return actor_of(x); }))
                    std::sort(packed.begin(), packed.end());  // one number per (actor, position): no ties
                next = filters.next;
                late_keys(t, {s.actor_var, s.position_var});
                const bool rank = ranked_by_count_and_name(g, p, outputs, *group, next + 2);
                const std::optional<std::vector<std::size_t>> picked =
                    rank ? project_after(p, next + 3, group->outputs) : std::nullopt;
                const ProjectOp* project = picked ? &std::get<ProjectOp>(p.operators[next + 3]) : nullptr;
                return next + 2 + fold_per_actor(g, p, outputs, *group, packed, t, rank, project, picked ? &*picked : nullptr,
                                             !statement_limits(p));
            }
        // Each position's tallies read first, so that the list is reserved once (`who agrees with
        // X` gathers 395,000 at 10^6 claims: the growing list had copied them again and again);
        // a position whose every side the filters drop is not read at all.
        std::vector<std::pair<std::vector<StanceTally>, std::uint8_t>> on;
        std::size_t total = 0;
        for (NodeId position : positions) {
            const std::uint8_t sides = filters.sides_on(position);
            if (sides == 0) continue;
            on.emplace_back(g.tallies_on(position), sides);
            total += on.back().first.size();
        }
        tallies.reserve(total);
        for (const auto& [list, sides] : on)
            for (const StanceTally& k : list)
                if ((sides & (1u << static_cast<unsigned>(side_of_tally(k)))) != 0 &&
                    (s.actors.empty() || wanted(s.actors, k.actor)) && !wanted(s.not_actors, k.actor))
                    tallies.push_back(k);
        next = filters.next;
        if (filters.order) sorted = sort_tallies(p, tallies, outputs, *filters.order);
    } else {
        for (NodeId a : s.actors)
            if (!wanted(s.not_actors, a))
                for (const StanceTally& k : g.tallies_of(a)) tallies.push_back(k);
    }
    if (next == 0) {
        const TallyFilters filters = decide_filters(p, outputs, run);
        apply_filters(filters, tallies);
        next = filters.next;
        if (filters.order) sorted = sort_tallies(p, tallies, outputs, *filters.order);
    }
    // Keys read from the actor or position are read late (table.hpp): the rows hold their ids.
    late_keys(t, {s.actor_var, s.position_var});
    if (sorted) {
        if (const GroupOp* group = per_actor_group(p, outputs, next)) {
            const bool rank = ranked_by_count_and_name(g, p, outputs, *group, next + 2);
            const std::optional<std::vector<std::size_t>> picked =
                rank ? project_after(p, next + 3, group->outputs) : std::nullopt;
            const ProjectOp* project = picked ? &std::get<ProjectOp>(p.operators[next + 3]) : nullptr;
            // Past the order and the group, and the order and the project after them when made so.
            std::vector<std::uint64_t> packed;
            packed.reserve(tallies.size());
            for (const StanceTally& k : tallies) packed.push_back(actor_and_position(k.actor, k.position));
            return next + 2 + fold_per_actor(g, p, outputs, *group, packed, t, rank, project, picked ? &*picked : nullptr,
                                             !statement_limits(p));
        }
    }
    // Each column's source in the tally: the group's outputs, or those a project right after the
    // group picks from them (the answer's columns of `who supports P`), built directly.
    std::vector<std::size_t> from(outputs.size());
    std::iota(from.begin(), from.end(), std::size_t{0});
    if (const std::optional<std::vector<std::size_t>> picked = project_after(p, next, outputs)) {
        const std::vector<std::optional<Late>> group_late = t.late;
        const auto& project = std::get<ProjectOp>(p.operators[next]);
        t.set_columns(project.outputs);
        for (std::size_t i = 0; i < picked->size(); ++i) t.late[i] = group_late[(*picked)[i]];
        from = *picked;
        ++next;
    }
    std::vector<Cell> what;
    for (std::size_t f : from) what.push_back(cell_of(s, outputs[f]));
    t.rows.reserve(tallies.size());
    for (const StanceTally& k : tallies) {
        auto number = [&](std::uint32_t n) { t.rows.add_cell(std::in_place_type<std::int64_t>, n); };
        for (std::size_t i = 0; i < what.size(); ++i) {
            switch (what[i]) {
                case Cell::Actor: number(k.actor); break;
                case Cell::Position: number(k.position); break;
                case Cell::Supports: number(k.supports); break;
                case Cell::Opposes: number(k.opposes); break;
                case Cell::Claims: number(k.claims); break;
                case Cell::Documents: number(k.documents); break;
                case Cell::Side: t.rows.add_cell(std::in_place_type<std::string>, side_text(k, outputs[from[i]])); break;
            }
        }
        t.end_row();
    }
    return next;
}

// ---- stored claims per organisation instead of the scan (plan.hpp, OrganisationCountSource)

bool organisation_counts_answer(const GraphStore& g, const Plan& p, bool nodes_behind) {
    if (!p.organisation_counts || nodes_behind || !g.has_organisation_claims() || p.operators.empty()) return false;
    const auto* group = std::get_if<GroupOp>(&p.operators.front());
    const OrganisationCountSource& s = *p.organisation_counts;
    return group && std::all_of(group->outputs.begin(), group->outputs.end(), [&](const Output& o) {
               if (o.aggregate == Aggregate::None) return o.ref.variable == s.organisation_var;
               return o.aggregate == Aggregate::CountDistinct && o.ref.variable == s.claim_var &&
                      lower_text(o.ref.property) == "@id";
           });
}

// The first group's rows, one per organisation with claims.
std::size_t organisation_count_rows(const GraphStore& g, const Plan& p, Table& t) {
    const auto& outputs = std::get<GroupOp>(p.operators.front()).outputs;
    const std::string& var = p.organisation_counts->organisation_var;
    t.set_columns(outputs);
    late_keys(t, {var});
    std::vector<OrganisationClaims> counts = g.organisation_claims();
    // A file of version 4 stores them in the order the statement's order by gives (claims, name,
    // id): that order is then not run. For any other order, the rows come by organisation, as a
    // version 3 file has them.
    const auto* order = p.operators.size() > 1 ? std::get_if<OrderOp>(&p.operators[1]) : nullptr;
    const auto counts_claims = [](const Output& o) { return o.aggregate == Aggregate::CountDistinct; };
    std::size_t next = 1;
    if (g.organisation_claims_ranked() && order && ranked_by(outputs, *order, counts_claims, var))
        next = 2;
    else if (g.organisation_claims_ranked())
        std::sort(counts.begin(), counts.end(),
                  [](const OrganisationClaims& x, const OrganisationClaims& y) { return x.organisation < y.organisation; });
    // The hidden key (the organisation's @id) is dropped from the answer at its end; when no
    // operator is left to read it, it is not made at all (dropping it moved every cell of the
    // 16,125 rows at 10^6 claims). The organisation's name, read late, holds the id itself.
    const bool read_later = std::any_of(p.operators.begin() + static_cast<std::ptrdiff_t>(next), p.operators.end(),
                                        [](const Operator& op) { return !std::holds_alternative<ClausesOp>(op); });
    std::vector<std::size_t> made;
    for (std::size_t i = 0; i < outputs.size(); ++i)
        if (read_later || !outputs[i].hidden) made.push_back(i);
    if (made.size() != outputs.size()) {
        const std::vector<std::optional<Late>> late = t.late;
        std::vector<Output> columns;
        for (std::size_t i : made) columns.push_back(outputs[i]);
        t.set_columns(std::move(columns));
        for (std::size_t k = 0; k < made.size(); ++k) t.late[k] = late[made[k]];
    }
    t.rows.reserve(counts.size());
    for (const OrganisationClaims& k : counts) {
        for (std::size_t i : made)
            t.rows.add_cell(std::in_place_type<std::int64_t>, outputs[i].aggregate == Aggregate::None ? k.organisation : k.claims);
        t.end_row();
    }
    return next;
}

}  // namespace sg::query
