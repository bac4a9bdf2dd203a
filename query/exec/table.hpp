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
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/store/graph_store.hpp"
#include "query/exec/id_order.hpp"
#include "query/exec/properties.hpp"
#include "query/output/result.hpp"
#include "query/plan/plan.hpp"
#include "query/query_error.hpp"

namespace sg::query {

struct Row {
    std::vector<Value> cells;
    std::vector<NodeId> nodes;
};

// A late column's property, and the column holding its node's @id ("" when the table has none).
struct Late {
    std::string property;
    std::size_t offset = 0;  // of the property in the statement, for errors
    std::string id_column;
};

struct Table {
    std::vector<Output> columns;
    std::vector<std::optional<Late>> late;  // per column; nullopt: the cells hold the values
    std::vector<Row> rows;
    std::vector<std::shared_ptr<const void>> keep_alive;  // as ResultSet's: what TextRef cells point into

    void set_columns(std::vector<Output> c) {
        columns = std::move(c);
        late.assign(columns.size(), std::nullopt);
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
            order.push_back((static_cast<std::uint64_t>(static_cast<NodeId>(std::get<std::int64_t>(rows[i].cells[cs.front()]))) << 32) |
                            static_cast<std::uint32_t>(i));
        sort_by_packed_id(order);
        auto node_at = [&](std::size_t k) { return static_cast<NodeId>(order[k] >> 32); };
        auto row_at = [&](std::size_t k) -> Row& { return rows[static_cast<std::uint32_t>(order[k])]; };
        constexpr std::size_t kAhead = 8;  // node records prefetched ahead of the one read
        // An organisation is read through the node's out-edges: their offsets are prefetched with
        // the record, the end of the list (its member_of edges) half way (perf: a third of `who
        // supports P`'s reads were these, one after another).
        const bool memberships = std::find(properties.begin(), properties.end(), NodeProperty::Organisation) != properties.end();
        for (std::size_t k = 0; k < order.size();) {
            if (k + kAhead < order.size()) {
                g.prefetch_node(node_at(k + kAhead));
                if (memberships) g.prefetch_out_offsets(node_at(k + kAhead));
            }
            if (memberships && k + kAhead / 2 < order.size()) g.prefetch_out_tail(node_at(k + kAhead / 2));
            std::size_t end = k + 1;
            const NodeId n = node_at(k);
            while (end < order.size() && node_at(end) == n) ++end;
            for (std::size_t j = 0; j < cs.size(); ++j) {
                Value v = node_property(g, scope, n, properties[j], late[cs[j]]->property, late[cs[j]]->offset);
                for (std::size_t r = k; r + 1 < end; ++r) row_at(r).cells[cs[j]] = v;
                row_at(end - 1).cells[cs[j]] = std::move(v);
            }
            k = end;
        }
        for (std::size_t c : cs) late[c].reset();
    }
};

}  // namespace sg::query
