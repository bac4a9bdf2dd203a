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

std::string cell(const sg::query::ResultSet& r, const std::vector<sg::query::Value>& row, const char* header) {
    const auto i = r.column(header);
    if (!i) throw std::runtime_error(std::string("no column ") + header + " (columns: " + r.column_list() + ")");
    return sg::query::to_text(row[*i]);
}

std::vector<std::string> canonical_rows(std::string_view id, const sg::query::ResultSet& r) {
    std::vector<std::string> rows;
    if (id == "path") return {peers::row({"length", std::to_string(r.rows.size())})};
    for (const auto& x : r.rows) {
        if (id == "supports" || id == "opposes")
            rows.push_back(peers::row({cell(r, x, "actor"), cell(r, x, "kind"), peers::sorted_list(cell(r, x, "organisation")),
                                       cell(r, x, "claims for"), cell(r, x, "claims against"), cell(r, x, "documents")}));
        else if (id == "says")
            rows.push_back(peers::row({cell(r, x, "quote"), cell(r, x, "kind"), peers::sorted_list(cell(r, x, "positions")),
                                       cell(r, x, "document")}));
        else if (id == "agrees")
            rows.push_back(peers::row({cell(r, x, "actor"), cell(r, x, "kind"), peers::sorted_list(cell(r, x, "organisation")),
                                       cell(r, x, "positions"), peers::sorted_list(cell(r, x, "agreed on"))}));
        else if (id == "count")
            rows.push_back(peers::row({cell(r, x, "organisation"), cell(r, x, "claims")}));
        else if (id == "neighbours")
            rows.push_back(peers::row({cell(r, x, "node"), cell(r, x, "kind"), cell(r, x, "distance")}));
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
        return [s](std::string_view id) {
            return canonical_rows(id, s->engine->run_one(peers::stancegraph_text(id, s->subjects)));
        };
    });
}
