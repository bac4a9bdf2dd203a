// The rows the executor's operators pass along (query/exec/execute.cpp), and the columns it reads
// late.
//
// A column read late holds, in each cell, the id of the node whose property it shows (an actor's
// name, kind, organisation; a position's id) instead of the value. `who agrees with X` at 10^6
// claims starts from about 395,000 stored tallies and answers 64,000 actors: reading names and
// organisations into every tally's row cost most of its time, and most of those rows are dropped
// or folded before the answer. An operator that compares a column's values (keep, semijoin,
// distinct, order, an aggregate) reads it first (`materialise`); everything left late is read
// at the end, once per row of the answer. A group may keep a late key as it is when the group's
// keys also hold the same node's @id: the id then decides the groups alone, as the value would.
#pragma once

#include <algorithm>
#include <cctype>
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/store/graph_store.hpp"
#include "query/exec/id_order.hpp"
#include "query/exec/organisation_names.hpp"
#include "query/exec/properties.hpp"
#include "query/output/result.hpp"
#include "query/plan/plan.hpp"
#include "query/query_error.hpp"

namespace sg::query {

// Whether std::tolower (in the current locale) lowers the ASCII letters and changes no other
// byte: then the stored name ranks (format version 5) order names as `order by` does, which lowers
// them by std::tolower. A locale that lowers other bytes too (the REPL sets the user's) compares
// the names.
inline bool tolower_is_ascii() {
    for (int b = 0; b < 256; ++b)
        if (std::tolower(b) != (b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b)) return false;
    return true;
}

// A late column's property, and the column holding its node's @id ("" when the table has none).
struct Late {
    std::string property;
    std::size_t offset = 0;  // of the property in the statement, for errors
    std::string id_column;
};

struct Table {
    std::vector<Output> columns;
    std::vector<std::optional<Late>> late;  // per column; nullopt: the cells hold the values
    Rows rows;                              // as wide as columns, one array of cells (rows.hpp)
    // Per row, the nodes behind it (the DOT subgraph); empty while no row has any, which is
    // always so when no subgraph is wanted: no vector per row then.
    std::vector<std::vector<NodeId>> nodes;
    std::vector<std::shared_ptr<const void>> keep_alive;  // as ResultSet's: what TextRef cells point into

    // New columns, and no rows.
    void set_columns(std::vector<Output> c) {
        columns = std::move(c);
        late.assign(columns.size(), std::nullopt);
        rows = Rows(columns.size());
        nodes.clear();
    }
    // Appends a row of cells in column order, with the nodes behind it.
    void add(std::vector<Value>&& cells, std::vector<NodeId>&& behind) {
        rows.push_back(std::move(cells));
        add_nodes(std::move(behind));
    }
    // A new last row of empty cells, filled in place by the caller (no nodes behind it).
    Rows::Row append() {
        Rows::Row r = rows.append();
        if (!nodes.empty()) nodes.emplace_back();
        return r;
    }
    // Ends a row built with rows.add_cell (no nodes behind it).
    void end_row() {
        rows.end_row();
        if (!nodes.empty()) nodes.emplace_back();
    }
    // The nodes behind the last row added (by rows.append or rows.push_back).
    void add_nodes(std::vector<NodeId>&& behind) {
        if (nodes.empty() && behind.empty()) return;
        nodes.resize(rows.size() - 1);
        nodes.push_back(std::move(behind));
    }
    // Keeps the rows (and their nodes) for which keep(i) holds, in order.
    // keep is asked once per row, in order, before any row moves (it may remember what it saw).
    template <typename Keep>
    void keep_rows(Keep keep) {
        if (nodes.empty()) {
            rows.keep_if(keep);
            return;
        }
        std::vector<char> kept(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) kept[i] = keep(i) ? 1 : 0;
        std::size_t to = 0;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (!kept[i]) continue;
            if (to != i) nodes[to] = std::move(nodes[i]);  // never onto itself: that empties it
            ++to;
        }
        nodes.resize(to);
        rows.keep_if([&](std::size_t i) { return kept[i] != 0; });
    }
    // The rows order[0], order[1], ... with their nodes.
    void select_rows(const std::vector<std::size_t>& order) {
        if (!nodes.empty()) {
            std::vector<std::vector<NodeId>> n;
            n.reserve(order.size());
            for (std::size_t i : order) n.push_back(std::move(nodes[i]));
            nodes = std::move(n);
        }
        rows.select(order);
    }
    // The rows order[0], order[1], ... with their nodes, keeping only the columns `which`
    // (ascending, each once).
    void select_rows_and_columns(const std::vector<std::size_t>& order, const std::vector<std::size_t>& which) {
        if (!nodes.empty()) {
            std::vector<std::vector<NodeId>> n;
            n.reserve(order.size());
            for (std::size_t i : order) n.push_back(std::move(nodes[i]));
            nodes = std::move(n);
        }
        rows.select(order, which);
        std::vector<Output> kept_columns;
        std::vector<std::optional<Late>> kept_late;
        for (std::size_t c : which) {
            kept_columns.push_back(std::move(columns[c]));
            kept_late.push_back(std::move(late[c]));
        }
        columns = std::move(kept_columns);
        late = std::move(kept_late);
    }
    void truncate(std::size_t n) {
        if (rows.size() <= n) return;
        rows.resize(n);
        if (nodes.size() > n) nodes.resize(n);
    }
    std::size_t index(const std::string& header) const {
        for (std::size_t i = 0; i < columns.size(); ++i)
            if (columns[i].column_spec.header == header) return i;
        throw QueryError(0, "internal: plan refers to a missing column \"" + header + "\"");
    }
    // Reads late column c's values into its cells, each node's once and in id order (the graph
    // file's records are in id order: fewer pages between reads, and the next records are
    // prefetched). Rows are visited through a permutation sorted by id, so a value goes straight
    // to its rows: no search per row, no allocation per node (names are TextRef).
    void materialise(const GraphStore& g, const ClaimFilter& scope, std::size_t c) {
        if (late[c]) materialise_together(g, scope, {c});
    }
    // Late column c, and with it the late columns read from the same node (the same id column).
    void materialise_with_companions(const GraphStore& g, const ClaimFilter& scope, std::size_t c) {
        if (!late[c]) return;
        std::vector<std::size_t> together{c};
        if (!late[c]->id_column.empty())
            for (std::size_t d = 0; d < columns.size(); ++d)
                if (d != c && late[d] && late[d]->id_column == late[c]->id_column) together.push_back(d);
        materialise_together(g, scope, together);
    }
    // Every late column. Those read from the same node (the same id column: an actor's name,
    // kind and organisation) share one sort of the rows by id.
    void materialise_all(const GraphStore& g, const ClaimFilter& scope) {
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (!late[c]) continue;
            std::vector<std::size_t> together{c};
            if (!late[c]->id_column.empty())
                for (std::size_t d = c + 1; d < columns.size(); ++d)
                    if (late[d] && late[d]->id_column == late[c]->id_column) together.push_back(d);
            materialise_together(g, scope, together);
        }
    }

private:
    // Late columns whose cells hold the same node id in every row (or one column alone).
    void materialise_together(const GraphStore& g, const ClaimFilter& scope, const std::vector<std::size_t>& cs) {
        std::vector<NodeProperty> properties;
        for (std::size_t c : cs) properties.push_back(node_property_named(lower_text(late[c]->property)));
        // (id, row) packed into one number, node ids and row numbers being 32-bit, sorted by a
        // radix sort of the ids (id_order.hpp).
        std::vector<std::uint64_t> order;
        order.reserve(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            order.push_back((static_cast<std::uint64_t>(static_cast<NodeId>(std::get<std::int64_t>(rows[i][cs.front()]))) << 32) |
                            static_cast<std::uint32_t>(i));
        sort_by_packed_id(order);
        auto node_at = [&](std::size_t k) { return static_cast<NodeId>(order[k] >> 32); };
        auto row_at = [&](std::size_t k) { return rows[static_cast<std::uint32_t>(order[k])]; };
        constexpr std::size_t kAhead = 8;  // node records prefetched ahead of the one read
        // A person's or organisation's kind and organisation come from its record in the file's
        // actors section (format version 5), read in id order as the rows are: one sequential
        // read instead of the node's record, out-edge offsets, the end of its list and its
        // member_of edge's record, each a miss (who agrees with X reads 64,000 at 10^6 claims).
        const bool actors = g.has_actor_records() && std::any_of(properties.begin(), properties.end(), [](NodeProperty p) {
                                return p == NodeProperty::Kind || p == NodeProperty::Organisation;
                            });
        std::optional<ActorCursor> cursor;
        if (actors) cursor = g.actor_cursor();
        OrganisationNames organisation_name(g, order.size());
        // Without them, an organisation is read through the node's out-edges: their offsets are
        // prefetched with the record, the end of the list (its member_of edges) half way (perf: a
        // third of `who supports P`'s reads were these, one after another).
        const bool memberships =
            !actors && std::find(properties.begin(), properties.end(), NodeProperty::Organisation) != properties.end();
        // Each text's bytes are prefetched too: the cells are views, read by whoever prints the
        // answer in its own order (not the file's), and would each be a miss there. Not when the
        // nodes lie close together (names are in id order, about 16 bytes each): the processor's
        // own prefetcher then has them (the 16,125 of 20,000 organisations of `count claims by
        // organisation`), and the hints cost instructions for nothing.
        const bool sparse = !order.empty() && node_at(order.size() - 1) - node_at(0) > 4 * order.size();
        const bool texts = sparse && std::any_of(properties.begin(), properties.end(), [](NodeProperty p) {
                               return p == NodeProperty::Name || p == NodeProperty::Organisation;
                           });
        for (std::size_t k = 0; k < order.size();) {
            if (k + kAhead < order.size()) {
                g.prefetch_node(node_at(k + kAhead));
                if (memberships) g.prefetch_out_offsets(node_at(k + kAhead));
            }
            if (k + kAhead / 2 < order.size()) {
                if (memberships) g.prefetch_out_tail(node_at(k + kAhead / 2));
                if (texts) g.prefetch_name(node_at(k + kAhead / 2));
            }
            if (memberships && k + kAhead / 4 < order.size()) g.prefetch_last_out_edge(node_at(k + kAhead / 4));
            std::size_t end = k + 1;
            const NodeId n = node_at(k);
            while (end < order.size() && node_at(end) == n) ++end;
            std::optional<ActorInfo> actor;
            if (cursor) actor = cursor->find(n);
            for (std::size_t j = 0; j < cs.size(); ++j) {
                if (actor && properties[j] == NodeProperty::Kind) {
                    const std::string_view kind = to_string(actor->kind);
                    for (std::size_t r = k; r < end; ++r) row_at(r)[cs[j]].emplace<TextRef>(TextRef{kind});
                    continue;
                }
                if (actor && properties[j] == NodeProperty::Organisation && !actor->several_organisations) {
                    // As node_property gives it: the one organisation's name in place, or no
                    // organisation as an empty text of its own (names_of of none).
                    if (actor->organisation == kNoNode) {
                        for (std::size_t r = k; r < end; ++r) row_at(r)[cs[j]].emplace<std::string>();
                    } else {
                        const std::string_view name = organisation_name(actor->organisation);
                        for (std::size_t r = k; r < end; ++r) row_at(r)[cs[j]].emplace<TextRef>(TextRef{name});
                    }
                    continue;
                }
                if (const auto text = node_text(g, n, properties[j])) {  // a name, kind ...: in place
                    for (std::size_t r = k; r < end; ++r) row_at(r)[cs[j]].emplace<TextRef>(TextRef{*text});
                    continue;
                }
                Value v = node_property(g, scope, n, properties[j], late[cs[j]]->property, late[cs[j]]->offset);
                for (std::size_t r = k; r + 1 < end; ++r) row_at(r)[cs[j]] = v;
                row_at(end - 1)[cs[j]] = std::move(v);
            }
            k = end;
        }
        for (std::size_t c : cs) late[c].reset();
    }
};

}  // namespace sg::query
