// The query pipeline (see engine.hpp).
#include "query/engine.hpp"

#include "query/exec/evaluator.hpp"
#include "query/parse/known_names.hpp"
#include "query/parse/parser.hpp"
#include "query/parse/tokenizer.hpp"

namespace sg::query {

Engine::Engine(const GraphStore& g, Limits limits) : g_(g), binder_(g), limits_(limits) {}

Engine::Engine(const Graph& g, Limits limits)
    : owned_(std::make_shared<const GraphStore>(GraphStore::from_graph(g))), g_(*owned_), binder_(*owned_), limits_(limits) {}

std::size_t Engine::run(std::string_view text, const std::function<void(const ResultSet&)>& on_result,
                        const std::function<bool(const QueryError&)>& on_error) const {
    return run_statements(text, [&](ResultSet& r) { on_result(r); }, on_error, false);
}

std::size_t Engine::run_statements(std::string_view text, const std::function<void(ResultSet&)>& on_result,
                                   const std::function<bool(const QueryError&)>& on_error, bool nodes_behind) const {
    std::size_t ran = 0;
    for (const auto& statement : split_statements(tokenize(text))) {
        ResultSet result;
        try {
            const auto ast = parse_with_known_names(statement, binder_, limits_.max_nesting);
            result = evaluate(g_, binder_, *ast, limits_, nodes_behind);
        } catch (const QueryError& e) {
            const QueryError rendered(e.offset, e.message, caret_message(text, e.offset, e.message));
            if (!on_error) throw rendered;
            if (!on_error(rendered)) return ran;
            continue;
        }
        ++ran;
        if (owned_) result.keep_alive.push_back(owned_);  // its text cells point into the store
        on_result(result);
    }
    return ran;
}

ResultSet Engine::run_one(std::string_view text, bool nodes_behind) const {
    ResultSet out;
    std::size_t n = 0;
    run_statements(
        text,
        [&](ResultSet& r) {
            out = std::move(r);
            ++n;
        },
        {}, nodes_behind);
    if (n != 1) {
        const std::string message = n == 0 ? "empty query" : "expected one query, found several";
        throw QueryError(0, message, caret_message(text, 0, message));
    }
    return out;
}

}  // namespace sg::query
