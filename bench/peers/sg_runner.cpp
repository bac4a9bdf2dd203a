// peers_sg: stancegraph's warm runner for the peers benchmark (runner.hpp has the protocol). The
// cold runs use the real command line, `stancegraph query -g FILE "STATEMENT"`, instead.
//
// The only file of the benchmark that includes the query engine: when query/ moves or the graph
// file changes format, open_stancegraph_file and the includes below are what change.
#include <array>
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

// One canonical row: its fields joined by tabs into a string of the exact size, text cells as
// they are, numbers written out, "; "-joined lists sorted (peers::sorted_list). The same work as
// the SQLite runner's peers::row over the strings it copied out; a temporary string per cell
// (to_text) had cost an allocation and a copy per name in answers of 72,000 rows.
class CanonicalRow {
public:
    CanonicalRow& cell(const sg::query::Value& v) {
        if (const auto text = sg::query::text_in(v)) return field(*text);
        owned_[fields_] = sg::query::to_text(v);  // a number: no allocation (short)
        return field(owned_[fields_]);
    }
    CanonicalRow& list(const sg::query::Value& v) {
        const auto text = sg::query::text_in(v);
        owned_[fields_] = peers::sorted_list(text ? *text : std::string_view(sg::query::to_text(v)));
        return field(owned_[fields_]);
    }
    std::string take() const {
        std::size_t size = fields_;
        for (std::size_t i = 0; i < fields_; ++i) size += views_[i].size();
        std::string out;
        out.reserve(size);
        for (std::size_t i = 0; i < fields_; ++i) {
            if (i) out += '\t';
            out += views_[i];
        }
        return out;
    }

private:
    CanonicalRow& field(std::string_view text) {
        views_[fields_++] = text;
        return *this;
    }
    static constexpr std::size_t kMaxFields = 6;
    std::array<std::string, kMaxFields> owned_;  // numbers and sorted lists
    std::array<std::string_view, kMaxFields> views_;
    std::size_t fields_ = 0;
};

std::vector<std::string> canonical_rows(std::string_view id, const sg::query::ResultSet& r) {
    std::vector<std::string> rows;
    if (id == "path") return {peers::row({"length", std::to_string(r.rows.size())})};
    rows.reserve(r.rows.size());
    if (id == "supports" || id == "opposes") {
        const std::size_t a = column(r, "actor"), k = column(r, "kind"), o = column(r, "organisation"),
                          f = column(r, "claims for"), g = column(r, "claims against"), d = column(r, "documents");
        for (const auto& x : r.rows)
            rows.push_back(CanonicalRow().cell(x[a]).cell(x[k]).list(x[o]).cell(x[f]).cell(x[g]).cell(x[d]).take());
    } else if (id == "says") {
        const std::size_t q = column(r, "quote"), k = column(r, "kind"), p = column(r, "positions"), d = column(r, "document");
        for (const auto& x : r.rows) rows.push_back(CanonicalRow().cell(x[q]).cell(x[k]).list(x[p]).cell(x[d]).take());
    } else if (id == "agrees") {
        const std::size_t a = column(r, "actor"), k = column(r, "kind"), o = column(r, "organisation"),
                          p = column(r, "positions"), g = column(r, "agreed on");
        for (const auto& x : r.rows)
            rows.push_back(CanonicalRow().cell(x[a]).cell(x[k]).list(x[o]).cell(x[p]).list(x[g]).take());
    } else if (id == "count") {
        const std::size_t o = column(r, "organisation"), c = column(r, "claims");
        for (const auto& x : r.rows) rows.push_back(CanonicalRow().cell(x[o]).cell(x[c]).take());
    } else if (id == "neighbours") {
        const std::size_t n = column(r, "node"), k = column(r, "kind"), d = column(r, "distance");
        for (const auto& x : r.rows) rows.push_back(CanonicalRow().cell(x[n]).cell(x[k]).cell(x[d]).take());
    }
    peers::canonical(rows);
    return rows;
}

// The answer as a program using the library receives it, every cell read (runner.hpp): text in
// place or owned, its bytes summed; numbers as they are; a list's records by their text.
std::uint64_t answer_sum(const sg::query::ResultSet& r) {
    std::uint64_t sum = 0;
    for (const auto& row : r.rows)
        for (const sg::query::Value& v : row) {
            if (const auto text = sg::query::text_in(v)) sum += peers::cell_sum(*text);
            else if (const auto* i = std::get_if<std::int64_t>(&v)) sum += static_cast<std::uint64_t>(*i);
            else if (const auto* d = std::get_if<double>(&v)) sum += static_cast<std::uint64_t>(*d);
            else if (const auto* b = std::get_if<bool>(&v)) sum += *b ? 1 : 0;
            else if (const auto* records = std::get_if<sg::query::Records>(&v))
                for (const auto& x : *records) sum += peers::cell_sum(x.text);
        }
    return sum;
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
        run.answer = [s](std::string_view id) { return answer_sum(s->engine->run_one(peers::stancegraph_text(id, s->subjects))); };
        return run;
    });
}
