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
    // file's records are in id order: fewer pages between reads). The ids are found by binary
    // search in a sorted array rather than in a hash map: 64,000 actors cost no allocation each.
    void materialise(const GraphStore& g, const ClaimFilter& scope, std::size_t c) {
        if (!late[c]) return;
        const NodeProperty property = node_property_named(lower_text(late[c]->property));
        std::vector<std::int64_t> ids;
        ids.reserve(rows.size());
        for (const Row& r : rows) ids.push_back(std::get<std::int64_t>(r.cells[c]));
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        std::vector<Value> values;
        values.reserve(ids.size());
        for (std::int64_t id : ids)
            values.push_back(node_property(g, scope, static_cast<NodeId>(id), property, late[c]->property, late[c]->offset));
        for (Row& r : rows) {
            const std::int64_t id = std::get<std::int64_t>(r.cells[c]);
            r.cells[c] = values[static_cast<std::size_t>(std::lower_bound(ids.begin(), ids.end(), id) - ids.begin())];
        }
        late[c].reset();
    }
    void materialise_all(const GraphStore& g, const ClaimFilter& scope) {
        for (std::size_t c = 0; c < columns.size(); ++c) materialise(g, scope, c);
    }
};

}  // namespace sg::query
