// `where column = value`, `order by column [desc]` and `limit N` over result rows.
#include <algorithm>
#include <numeric>

#include "query/exec/evaluator.hpp"
#include "query/exec/properties.hpp"
#include "query/query_error.hpp"
#include "query/exec/stances.hpp"

namespace sg::query {
namespace {


// The parts of a "; "-joined cell.
std::vector<std::string> parts(const std::string& cell) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i <= cell.size()) {
        std::size_t j = cell.find("; ", i);
        if (j == std::string::npos) j = cell.size();
        out.push_back(cell.substr(i, j - i));
        i = j + 2;
    }
    return out;
}

// Spellings of kinds that mean the same: `where kind = organization` finds organisations.
std::string canonical_word(std::string s) {
    s = lower_text(s);
    if (s == "organization" || s == "org" || s == "organisations" || s == "organizations") return "organisation";
    if (s == "people" || s == "persons") return "person";
    return s;
}

}  // namespace

void apply_clauses(const Binder& binder, const Clauses& clauses, ResultSet& r,
                   const std::vector<std::string>& skip) {
    for (const Filter& f : clauses.filters) {
        const auto col = r.column(f.column.text);
        // A filter the question already applied to its claims is also a row filter where the
        // rows have that column (list documents where document = ...).
        if (!col && std::find(skip.begin(), skip.end(), lower_text(f.column.text)) != skip.end()) continue;
        if (!col) {
            throw QueryError(f.column.offset, "unknown column " + quoted(f.column.text) +
                                                  " in where; this question has: " + r.column_list());
        }
        const Column& c = r.columns[*col];
        const bool ordering = f.op != Compare::Equal && f.op != Compare::NotEqual;
        if (ordering && !c.names.empty())
            throw QueryError(f.column.offset, "column " + quoted(c.header) + " names nodes; compare it with = or <>, not " +
                                                  to_string(f.op));
        std::string want;  // = and <>: the cell's parts against this; ordering: the literal below
        if (!ordering && !c.names.empty()) {
            const NodeId n = binder.resolve(f.value, c.names);
            want = lower_text(binder.graph().node(n).name);
            if (binder.graph().node(n).kind == NodeKind::Position) want = lower_text(position_id(binder.graph(), n));
        } else if (!ordering) {
            want = canonical_word(f.value.text);
        }
        const Literal bound = literal_of(f.value);
        std::vector<char> kept(r.rows.size());
        for (std::size_t i = 0; i < r.rows.size(); ++i) {
            bool keep = false;
            if (ordering) {
                keep = satisfies(r.rows[i][*col], f.op, bound);
            } else {
                for (const auto& p : parts(to_text(r.rows[i][*col])))
                    if ((!c.names.empty() ? lower_text(p) : canonical_word(p)) == want) keep = true;
                if (f.op == Compare::NotEqual) keep = !keep;
            }
            kept[i] = keep ? 1 : 0;
        }
        r.rows.keep_if([&](std::size_t i) { return kept[i] != 0; });
        if (!r.row_nodes.empty()) {
            std::size_t to = 0;
            for (std::size_t i = 0; i < r.row_nodes.size(); ++i) {
                if (!kept[i]) continue;
                if (to != i) r.row_nodes[to] = std::move(r.row_nodes[i]);  // never onto itself: that empties it
                ++to;
            }
            r.row_nodes.resize(to);
        }
    }
    if (clauses.order_by) {
        const auto col = r.column(clauses.order_by->text);
        if (!col) {
            throw QueryError(clauses.order_by->offset, "unknown column " + quoted(clauses.order_by->text) +
                                                           " in order by; this question has: " + r.column_list());
        }
        std::vector<std::size_t> idx(r.rows.size());
        std::iota(idx.begin(), idx.end(), 0);
        const bool desc = clauses.descending;
        std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) {
            return desc ? less_value(r.rows[b][*col], r.rows[a][*col]) : less_value(r.rows[a][*col], r.rows[b][*col]);
        });
        r.rows.select(idx);
        if (!r.row_nodes.empty()) {
            std::vector<std::vector<NodeId>> nodes;
            for (std::size_t i : idx) nodes.push_back(std::move(r.row_nodes[i]));
            r.row_nodes = std::move(nodes);
        }
    }
    if (clauses.limit && r.rows.size() > *clauses.limit) {
        r.rows.resize(*clauses.limit);
        if (!r.row_nodes.empty()) r.row_nodes.resize(*clauses.limit);
    }
}

}  // namespace sg::query
