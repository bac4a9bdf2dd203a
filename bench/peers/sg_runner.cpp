// peers_sg: stancegraph's warm runner for the peers benchmark (runner.hpp has the protocol). The
// cold runs use the real command line, `stancegraph query -g FILE "STATEMENT"`, instead.
//
// The only file of the benchmark that includes the query engine: when query/ moves or the graph
// file changes format, open_stancegraph_file and the includes below are what change.
#include <memory>

#include "graph/store/open.hpp"
#include "query/engine.hpp"
#include "runner.hpp"

namespace {

// Reads a graph file as `stancegraph query -g` does (today the JSON snapshot).
sg::GraphStore open_stancegraph_file(const std::string& path) { return sg::store::open_graph(path); }

// The index of a column, found once per answer (not once per row: that had cost a 16,000-row
// answer more than its statement).
std::size_t column(const sg::query::ResultSet& r, const char* header) {
    const auto i = r.column(header);
    if (!i) throw std::runtime_error(std::string("no column ") + header + " (columns: " + r.column_list() + ")");
    return *i;
}

std::vector<std::string> canonical_rows(std::string_view id, const sg::query::ResultSet& r) {
    using sg::query::to_text;
    std::vector<std::string> rows;
    if (id == "path") return {peers::row({"length", std::to_string(r.rows.size())})};
    rows.reserve(r.rows.size());
    if (id == "supports" || id == "opposes") {
        const std::size_t a = column(r, "actor"), k = column(r, "kind"), o = column(r, "organisation"),
                          f = column(r, "claims for"), g = column(r, "claims against"), d = column(r, "documents");
        for (const auto& x : r.rows)
            rows.push_back(peers::row({to_text(x[a]), to_text(x[k]), peers::sorted_list(to_text(x[o])), to_text(x[f]),
                                       to_text(x[g]), to_text(x[d])}));
    } else if (id == "says") {
        const std::size_t q = column(r, "quote"), k = column(r, "kind"), p = column(r, "positions"), d = column(r, "document");
        for (const auto& x : r.rows)
            rows.push_back(peers::row({to_text(x[q]), to_text(x[k]), peers::sorted_list(to_text(x[p])), to_text(x[d])}));
    } else if (id == "agrees") {
        const std::size_t a = column(r, "actor"), k = column(r, "kind"), o = column(r, "organisation"),
                          p = column(r, "positions"), g = column(r, "agreed on");
        for (const auto& x : r.rows)
            rows.push_back(peers::row({to_text(x[a]), to_text(x[k]), peers::sorted_list(to_text(x[o])), to_text(x[p]),
                                       peers::sorted_list(to_text(x[g]))}));
    } else if (id == "count") {
        const std::size_t o = column(r, "organisation"), c = column(r, "claims");
        for (const auto& x : r.rows) rows.push_back(peers::row({to_text(x[o]), to_text(x[c])}));
    } else if (id == "neighbours") {
        const std::size_t n = column(r, "node"), k = column(r, "kind"), d = column(r, "distance");
        for (const auto& x : r.rows) rows.push_back(peers::row({to_text(x[n]), to_text(x[k]), to_text(x[d])}));
    }
    peers::canonical(rows);
    return rows;
}

struct Session {
    std::unique_ptr<sg::GraphStore> graph;
    std::unique_ptr<sg::query::Engine> engine;
    peers::Subjects subjects;
};

}  // namespace

int main(int argc, char** argv) {
    return peers::runner_main("stancegraph", argc, argv, [](const std::string& store, const peers::Subjects& subjects) {
        auto s = std::make_shared<Session>();
        s->graph = std::make_unique<sg::GraphStore>(open_stancegraph_file(store));
        sg::query::Limits limits;
        limits.max_rows = 100'000'000;  // `who agrees with X` lists most actors at 10^6 claims
        s->engine = std::make_unique<sg::query::Engine>(*s->graph, limits);
        s->subjects = subjects;
        peers::Runner run;
        run.rows = [s](std::string_view id) {
            return canonical_rows(id, s->engine->run_one(peers::stancegraph_text(id, s->subjects)));
        };
        run.answer = [s](std::string_view id) { return s->engine->run_one(peers::stancegraph_text(id, s->subjects)).rows.size(); };
        return run;
    });
}
