// The query pipeline in one object: text -> tokens -> statements -> AST -> bound, evaluated rows.
// The command line, the REPL and DOT export all go through it.
#pragma once

#include <functional>
#include <memory>
#include <string_view>

#include "graph/store/graph_store.hpp"
#include "query/bind/binder.hpp"
#include "query/limits.hpp"
#include "query/query_error.hpp"
#include "query/output/result.hpp"

namespace sg::query {

class Engine {
public:
    // `g` must outlive the engine and not change while it is used (the binder indexes its names).
    // Every statement runs within `limits` (query/limits.hpp).
    explicit Engine(const GraphStore& g, Limits limits = {});
    // Encodes g in memory first and keeps the result (a graph fresh from the loaders; tests). Node
    // ids in answers are then the encoded graph's, which are g's when g has no dead nodes.
    explicit Engine(const Graph& g, Limits limits = {});

    // Runs every statement of `text` in order, calling on_result for each answer. A failing
    // statement throws QueryError whose what() shows its line with a caret under the offending
    // token and whose offset is a byte offset into `text`; when on_error is given it is called
    // instead, and returning true goes on with the next statement. Returns the statements run.
    // Answers carry no row_nodes (see run_one).
    std::size_t run(std::string_view text, const std::function<void(const ResultSet&)>& on_result,
                    const std::function<bool(const QueryError&)>& on_error = {}) const;

    // Exactly one statement (DOT export, tests). `nodes_behind`: fill each row's row_nodes with
    // the nodes behind it (the DOT subgraph); statements may then read claims where stored
    // tallies would have done.
    ResultSet run_one(std::string_view text, bool nodes_behind = false) const;

    const Binder& binder() const { return binder_; }
    const GraphStore& graph() const { return g_; }
    const Limits& limits() const { return limits_; }
    void set_limits(const Limits& limits) { limits_ = limits; }

private:
    // on_result may take the answer away (run_one moves it out rather than copy 10^5 rows).
    std::size_t run_statements(std::string_view text, const std::function<void(ResultSet&)>& on_result,
                               const std::function<bool(const QueryError&)>& on_error, bool nodes_behind) const;

    std::shared_ptr<const GraphStore> owned_;  // set by the Graph constructor only
    const GraphStore& g_;
    Binder binder_;
    Limits limits_;
};

}  // namespace sg::query
