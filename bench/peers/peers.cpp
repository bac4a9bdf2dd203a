// peers: the benchmark of stancegraph against its peers (issue 10, part 3).
//
//   peers generate CLAIMS DIR
//       the data of one scale: DIR/<stancegraph file>, DIR/sqlite.db, DIR/csv/*.csv (for Kuzu),
//       DIR/subjects.tsv, DIR/ingest.tsv (build times, counts)
//   peers run --claims N --dir DIR --stancegraph BIN --runners BINDIR [--kuzu SCRIPT MODULE]
//             [--cold K] [--warm N] [--budget SECONDS] [--check-only]
//       generates, loads Kuzu, runs the seven statements on every engine, checks that they all
//       give the same rows (exit 1 and the differing rows shown when not), and prints the table:
//       ingest, file size, open, peak RSS, cold latency per statement (a new process per statement,
//       the median of K), warm p50 / p95 over N runs in one process (the answer, every cell read; and the answer with
//       the harness's canonical rows: runner.hpp), each with its ratio to
//       stancegraph. --check-only runs each statement once per engine, untimed (the ctest).
//
// Usually run through `scripts/bench peers [CLAIMS...]`, which builds what it needs and installs
// Kuzu's npm package outside the source tree.
#include <fcntl.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "dataset.hpp"
#include "runner.hpp"
#include "sqlite_schema.hpp"
#include "statements.hpp"

extern char** environ;

namespace fs = std::filesystem;

namespace {

// ---------------------------------------------------------------- generate

void sqlite_check(sqlite3* db, int rc, const char* what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw std::runtime_error(std::string("sqlite: ") + what + ": " + sqlite3_errmsg(db));
}

// Loads the dataset into a new SQLite file the way a competent bulk load goes: no journal while
// loading, one transaction, prepared inserts, rows in primary-key order, indexes built afterwards,
// ANALYZE for the planner.
void load_sqlite(const peers::Dataset& d, const fs::path& file) {
    fs::remove(file);
    sqlite3* db = nullptr;
    if (sqlite3_open(file.c_str(), &db) != SQLITE_OK) throw std::runtime_error("sqlite: cannot create " + file.string());
    struct Closer {
        sqlite3* db;
        ~Closer() { sqlite3_close(db); }
    } closer{db};
    sqlite_check(db, sqlite3_exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN;", nullptr, nullptr, nullptr),
                 "pragmas");
    sqlite_check(db, sqlite3_exec(db, peers::kSqliteSchema, nullptr, nullptr, nullptr), "schema");
    sqlite3_stmt* node = nullptr;
    sqlite3_stmt* edge = nullptr;
    sqlite_check(db, sqlite3_prepare_v2(db, "INSERT INTO node VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", -1, &node, nullptr),
                 "prepare");
    sqlite_check(db, sqlite3_prepare_v2(db, "INSERT INTO edge VALUES (?1, ?2, ?3, ?4, ?5)", -1, &edge, nullptr), "prepare");
    for (std::size_t i = 0; i < d.nodes.size(); ++i) {
        const peers::NodeRow& n = d.nodes[i];
        sqlite3_reset(node);
        sqlite3_clear_bindings(node);
        sqlite3_bind_int64(node, 1, static_cast<sqlite3_int64>(i));
        sqlite3_bind_int(node, 2, static_cast<int>(n.kind));
        sqlite3_bind_text(node, 3, n.key.c_str(), static_cast<int>(n.key.size()), SQLITE_STATIC);
        sqlite3_bind_text(node, 4, n.name.c_str(), static_cast<int>(n.name.size()), SQLITE_STATIC);
        if (!n.description.empty())
            sqlite3_bind_text(node, 5, n.description.c_str(), static_cast<int>(n.description.size()), SQLITE_STATIC);
        if (n.kind == sg::NodeKind::Claim) {
            const std::string_view k = sg::to_string(n.claim_kind);
            sqlite3_bind_text(node, 6, k.data(), static_cast<int>(k.size()), SQLITE_STATIC);
            sqlite3_bind_int(node, 7, n.comment ? 1 : 0);
            sqlite3_bind_int64(node, 8, n.document);
            sqlite3_bind_int64(node, 9, static_cast<sqlite3_int64>(n.span_start));
            sqlite3_bind_int64(node, 10, static_cast<sqlite3_int64>(n.span_end));
            sqlite3_bind_double(node, 11, n.confidence);
        }
        sqlite_check(db, sqlite3_step(node), "insert node");
    }
    std::vector<const peers::EdgeRow*> sorted;
    sorted.reserve(d.edges.size());
    for (const auto& e : d.edges) sorted.push_back(&e);
    std::sort(sorted.begin(), sorted.end(), [](const peers::EdgeRow* a, const peers::EdgeRow* b) {
        return std::tie(a->from, a->kind, a->to) < std::tie(b->from, b->kind, b->to);
    });
    for (const peers::EdgeRow* e : sorted) {
        sqlite3_reset(edge);
        sqlite3_clear_bindings(edge);
        sqlite3_bind_int64(edge, 1, e->from);
        sqlite3_bind_int(edge, 2, static_cast<int>(e->kind));
        sqlite3_bind_int64(edge, 3, e->to);
        if (!e->role.empty()) sqlite3_bind_text(edge, 4, e->role.c_str(), static_cast<int>(e->role.size()), SQLITE_STATIC);
        sqlite3_bind_double(edge, 5, e->confidence);
        sqlite_check(db, sqlite3_step(edge), "insert edge");
    }
    sqlite3_finalize(node);
    sqlite3_finalize(edge);
    sqlite_check(db, sqlite3_exec(db, "COMMIT;", nullptr, nullptr, nullptr), "commit");
    sqlite_check(db, sqlite3_exec(db, peers::kSqliteIndexes, nullptr, nullptr, nullptr), "indexes");
}

const char* const kStancegraphFile = "graph.sg";

int generate(std::size_t claims, const fs::path& dir) {
    fs::create_directories(dir);
    auto t = peers::Clock::now();
    const peers::Dataset d = peers::generate(claims);
    const double generate_ms = peers::ms_since(t);

    t = peers::Clock::now();
    {
        sg::Graph g = peers::to_graph(d);
        peers::save_stancegraph_file(g, dir / kStancegraphFile);
    }
    const double stancegraph_ms = peers::ms_since(t);

    t = peers::Clock::now();
    load_sqlite(d, dir / "sqlite.db");
    const double sqlite_ms = peers::ms_since(t);

    peers::write_csv(d, dir / "csv");
    peers::write_subjects(d, dir / "subjects.tsv");
    std::ofstream out(dir / "ingest.tsv");
    out << "nodes\t" << d.nodes.size() << "\nedges\t" << d.edges.size() << "\ngenerate_ms\t" << generate_ms
        << "\nstancegraph_ms\t" << stancegraph_ms << "\nsqlite_ms\t" << sqlite_ms << "\nstancegraph_file\t"
        << kStancegraphFile << '\n';
    std::printf("SQLite %s; ", sqlite3_libversion());
    std::printf("generated %zu claims: %zu nodes, %zu edges in %.0f ms; stancegraph ingest %.0f ms, sqlite ingest %.0f ms\n",
                claims, d.nodes.size(), d.edges.size(), generate_ms, stancegraph_ms, sqlite_ms);
    return out ? 0 : 2;
}

std::map<std::string, std::string> read_tsv(const fs::path& file) {
    std::map<std::string, std::string> m;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        const auto tab = line.find('\t');
        if (tab != std::string::npos) m[line.substr(0, tab)] = line.substr(tab + 1);
    }
    return m;
}

// ---------------------------------------------------------------- processes

struct Exit {
    int status = -1;
    double ms = 0;
    long rss_kb = 0;
};

// Runs argv with stdout to out_file (or /dev/null) and stderr to err_file; times it and reads its
// peak RSS from wait4.
Exit spawn(const std::vector<std::string>& argv, const std::string& out_file, const std::string& err_file) {
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, out_file.empty() ? "/dev/null" : out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&fa, 2, err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    pid_t pid = 0;
    const auto t = peers::Clock::now();
    const int rc = posix_spawn(&pid, args[0], &fa, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) throw std::runtime_error("cannot run " + argv[0] + ": " + std::strerror(rc));
    int status = 0;
    rusage u{};
    if (wait4(pid, &status, 0, &u) < 0) throw std::runtime_error("wait4 failed");
    Exit e;
    e.ms = peers::ms_since(t);
    e.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    e.rss_kb = u.ru_maxrss;
    return e;
}

std::string slurp(const fs::path& f) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::uintmax_t size_of(const fs::path& p) {
    if (!fs::exists(p)) return 0;
    if (!fs::is_directory(p)) return fs::file_size(p);
    std::uintmax_t n = 0;
    for (const auto& e : fs::recursive_directory_iterator(p))
        if (e.is_regular_file()) n += e.file_size();
    return n;
}

// ---------------------------------------------------------------- engines

struct Engine {
    std::string name;                          // stancegraph, sqlite, kuzu
    std::vector<std::string> runner;           // argv prefix before STORE SUBJECTS ...
    std::string store;
    std::vector<std::string> cold_prefix;      // argv of a cold run, the statement id appended
    bool cold_takes_text = false;              // stancegraph's CLI takes the statement's text
    // measured
    double ingest_ms = 0, open_ms = 0;
    std::uintmax_t file_bytes = 0;
    long warm_rss_kb = 0, cold_rss_kb = 0;
    std::map<std::string, double> cold_ms, p50, p95;
    std::map<std::string, double> canonical_p50;  // the answer and its canonical rows (runner.hpp)
    std::map<std::string, std::size_t> runs, rows;
};

double median(std::vector<double> v) { return peers::percentile(std::move(v), 0.5); }

void warm(Engine& e, const fs::path& dir, long n, double budget) {
    const fs::path out = dir / ("warm-" + e.name + ".out"), err = dir / ("warm-" + e.name + ".err");
    std::vector<std::string> argv = e.runner;
    argv.insert(argv.end(), {e.store, (dir / "subjects.tsv").string(), "--warm", std::to_string(n), "--budget",
                             std::to_string(budget), "--rows", (dir / "rows").string()});
    const Exit x = spawn(argv, out.string(), err.string());
    if (x.status != 0) throw std::runtime_error(e.name + " runner failed (exit " + std::to_string(x.status) + "): " + slurp(err));
    std::istringstream in(slurp(out));
    std::string word;
    while (in >> word) {
        if (word == "open_ms") in >> e.open_ms;
        else if (word == "rss_kb") in >> e.warm_rss_kb;
        else if (word == "stmt") {
            std::string id, k;
            std::size_t runs = 0, rows = 0;
            double p50 = 0, p95 = 0;
            in >> id >> k >> runs >> k >> p50 >> k >> p95 >> k >> rows;
            e.runs[id] = runs;
            e.p50[id] = p50;
            e.p95[id] = p95;
            e.rows[id] = rows;
        } else if (word == "canonical") {
            std::string id, k;
            double p50 = 0, p95 = 0;
            in >> id >> k >> p50 >> k >> p95;
            e.canonical_p50[id] = p50;
        }
    }
}

void cold(Engine& e, const fs::path& dir, const peers::Subjects& subjects, int reps) {
    for (const peers::Statement& s : peers::kStatements) {
        std::vector<double> times;
        for (int r = 0; r < reps; ++r) {
            std::vector<std::string> argv = e.cold_prefix;
            argv.push_back(e.cold_takes_text ? peers::stancegraph_text(s.id, subjects) : s.id);
            const fs::path err = dir / ("cold-" + e.name + ".err");
            const Exit x = spawn(argv, "", err.string());
            if (x.status != 0)
                throw std::runtime_error(e.name + ": cold " + s.id + " failed (exit " + std::to_string(x.status) + "): " + slurp(err));
            times.push_back(x.ms);
            e.cold_rss_kb = std::max(e.cold_rss_kb, x.rss_kb);
            if (x.ms > 10000) break;  // a slow engine: one run is enough to know
        }
        e.cold_ms[s.id] = median(times);
    }
}

// The rows of every engine against stancegraph's: returns false (and prints them) on a difference.
bool compare(const std::vector<Engine>& engines, const fs::path& dir) {
    bool same = true;
    for (const peers::Statement& s : peers::kStatements) {
        auto lines = [&](const std::string& engine) {
            std::vector<std::string> v;
            std::ifstream in(dir / "rows" / (engine + "-" + s.id + ".tsv"));
            if (!in) throw std::runtime_error("no rows from " + engine + " for " + s.id);
            for (std::string l; std::getline(in, l);) v.push_back(l);
            return v;
        };
        const auto base = lines(engines[0].name);
        for (std::size_t i = 1; i < engines.size(); ++i) {
            const auto other = lines(engines[i].name);
            if (other == base) continue;
            same = false;
            std::vector<std::string> only_base, only_other;
            std::set_difference(base.begin(), base.end(), other.begin(), other.end(), std::back_inserter(only_base));
            std::set_difference(other.begin(), other.end(), base.begin(), base.end(), std::back_inserter(only_other));
            std::printf("MISMATCH %s: %s has %zu rows, %s %zu\n", s.label, engines[0].name.c_str(), base.size(),
                        engines[i].name.c_str(), other.size());
            for (std::size_t k = 0; k < only_base.size() && k < 10; ++k)
                std::printf("  only %s: %s\n", engines[0].name.c_str(), only_base[k].c_str());
            if (only_base.size() > 10) std::printf("  ... %zu more\n", only_base.size() - 10);
            for (std::size_t k = 0; k < only_other.size() && k < 10; ++k)
                std::printf("  only %s: %s\n", engines[i].name.c_str(), only_other[k].c_str());
            if (only_other.size() > 10) std::printf("  ... %zu more\n", only_other.size() - 10);
        }
    }
    return same;
}

std::string fmt(double v, const char* unit) {
    char buf[64];
    if (v >= 100) std::snprintf(buf, sizeof buf, "%.0f %s", v, unit);
    else if (v >= 10) std::snprintf(buf, sizeof buf, "%.1f %s", v, unit);
    else if (v >= 1) std::snprintf(buf, sizeof buf, "%.2f %s", v, unit);
    else std::snprintf(buf, sizeof buf, "%.3f %s", v, unit);
    return buf;
}

void print_table(const std::vector<Engine>& engines, std::size_t claims, const std::map<std::string, std::string>& info,
                 const fs::path& results) {
    std::ofstream tsv(results);
    std::printf("\n== %zu claims: %s nodes, %s edges ==\n", claims, info.at("nodes").c_str(), info.at("edges").c_str());
    std::printf("%-46s", "");
    for (const Engine& e : engines) std::printf("  %-22s", e.name.c_str());
    std::printf("\n");
    auto line = [&](const std::string& what, const char* unit, auto value) {
        std::printf("%-46s", what.c_str());
        tsv << what;
        const double base = value(engines[0]);
        for (const Engine& e : engines) {
            const double v = value(e);
            std::string cell = v < 0 ? "-" : fmt(v, unit);  // negative: the engine has no such figure
            if (&e != &engines[0] && base > 0 && v >= 0) {
                char r[32];
                std::snprintf(r, sizeof r, " (%.1fx)", v / base);
                cell += r;
            }
            std::printf("  %-22s", cell.c_str());
            tsv << '\t' << e.name << '\t';
            if (v >= 0) tsv << v;  // an empty field where the engine has no such figure
        }
        std::printf("\n");
        tsv << '\n';
    };
    line("ingest", "s", [](const Engine& e) { return e.ingest_ms / 1000; });
    line("file size", "MB", [](const Engine& e) { return static_cast<double>(e.file_bytes) / 1e6; });
    line("open (in process)", "ms", [](const Engine& e) { return e.open_ms; });
    line("peak RSS, cold statements (max)", "MB", [](const Engine& e) { return static_cast<double>(e.cold_rss_kb) / 1024; });
    line("peak RSS, warm process", "MB", [](const Engine& e) { return static_cast<double>(e.warm_rss_kb) / 1024; });
    for (const peers::Statement& s : peers::kStatements)
        line(std::string("cold  ") + s.label, "ms", [&](const Engine& e) { return e.cold_ms.at(s.id); });
    for (const peers::Statement& s : peers::kStatements)
        line(std::string("warm p50  ") + s.label, "ms", [&](const Engine& e) { return e.p50.at(s.id); });
    for (const peers::Statement& s : peers::kStatements)
        line(std::string("warm p95  ") + s.label, "ms", [&](const Engine& e) { return e.p95.at(s.id); });
    // The answer and the harness's canonical rows of it, timed apart (runner.hpp).
    for (const peers::Statement& s : peers::kStatements)
        line(std::string("+canonical p50  ") + s.label, "ms", [&](const Engine& e) {
            const auto it = e.canonical_p50.find(s.id);
            return it == e.canonical_p50.end() ? -1.0 : it->second;
        });
    std::printf("rows (all engines):");
    for (const peers::Statement& s : peers::kStatements) std::printf(" %s %zu", s.id, engines[0].rows.at(s.id));
    std::printf("\nwarm runs per statement:");
    for (const Engine& e : engines) {
        std::printf(" %s", e.name.c_str());
        for (const peers::Statement& s : peers::kStatements) std::printf(" %zu", e.runs.at(s.id));
        std::printf(";");
    }
    std::printf("\n(ratios: the engine's figure over stancegraph's; above 1 means stancegraph is faster or smaller)\n");
}

int run(int argc, char** argv) {
    std::size_t claims = 0;
    fs::path dir, runners;
    std::string stancegraph, kuzu_script, kuzu_module;
    int reps = 3;
    long warm_n = 100;
    double budget = 60;
    bool check_only = false;
    for (int i = 2; i < argc; ++i) {
        const std::string o = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) throw std::invalid_argument(o + " needs a value");
            return argv[++i];
        };
        if (o == "--claims") claims = std::stoul(next());
        else if (o == "--dir") dir = next();
        else if (o == "--stancegraph") stancegraph = next();
        else if (o == "--runners") runners = next();
        else if (o == "--kuzu") {
            kuzu_script = next();
            kuzu_module = next();
        } else if (o == "--cold") reps = std::stoi(next());
        else if (o == "--warm") warm_n = std::stol(next());
        else if (o == "--budget") budget = std::stod(next());
        else if (o == "--check-only") check_only = true;
        else throw std::invalid_argument("unknown option " + o);
    }
    if (!claims || dir.empty() || stancegraph.empty() || runners.empty())
        throw std::invalid_argument("run needs --claims, --dir, --stancegraph and --runners");
    dir = fs::absolute(dir);
    fs::create_directories(dir / "rows");

    std::printf("-- %zu claims: generating in %s\n", claims, dir.c_str());
    std::fflush(stdout);
    {
        const Exit x = spawn({fs::read_symlink("/proc/self/exe").string(), "generate", std::to_string(claims), dir.string()},
                             (dir / "generate.out").string(), (dir / "generate.err").string());
        if (x.status != 0) throw std::runtime_error("generate failed: " + slurp(dir / "generate.err"));
        std::printf("%s", slurp(dir / "generate.out").c_str());
    }
    const auto info = read_tsv(dir / "ingest.tsv");
    const peers::Subjects subjects = peers::read_subjects((dir / "subjects.tsv").string());
    std::printf("P = %s, X = %s, B = %s\n", subjects.position.c_str(), subjects.actor.c_str(), subjects.other.c_str());

    std::vector<Engine> engines(2);
    Engine& sg = engines[0];
    sg.name = "stancegraph";
    sg.store = (dir / info.at("stancegraph_file")).string();
    sg.runner = {(runners / "peers_sg").string()};
    sg.cold_prefix = {stancegraph, "query", "-g", sg.store, "--format", "csv", "--max-rows", "100000000"};
    sg.cold_takes_text = true;
    sg.ingest_ms = std::stod(info.at("stancegraph_ms"));
    Engine& lite = engines[1];
    lite.name = "sqlite";
    lite.store = (dir / "sqlite.db").string();
    lite.runner = {(runners / "peers_sqlite").string()};
    lite.ingest_ms = std::stod(info.at("sqlite_ms"));
    if (!kuzu_script.empty()) {
        Engine k;
        k.name = "kuzu";
        k.store = (dir / "kuzu.db").string();
        const std::string node = "/usr/bin/node";
        k.runner = {node, kuzu_script, kuzu_module, "run"};
        fs::remove_all(k.store);
        fs::remove_all(k.store + ".wal");
        std::printf("-- kuzu: loading the CSV files\n");
        std::fflush(stdout);
        const Exit x = spawn({node, kuzu_script, kuzu_module, "load", k.store, (dir / "csv").string()},
                             (dir / "kuzu-load.out").string(), (dir / "kuzu-load.err").string());
        if (x.status != 0) throw std::runtime_error("kuzu load failed: " + slurp(dir / "kuzu-load.err"));
        const auto load = read_tsv(dir / "kuzu-load.out");
        if (!load.count("ingest_ms")) throw std::runtime_error("kuzu load printed no ingest_ms");
        k.ingest_ms = std::stod(load.at("ingest_ms"));
        engines.push_back(std::move(k));
    }
    for (Engine& e : engines) {
        e.file_bytes = size_of(e.store);
        if (e.name == "kuzu") e.file_bytes += size_of(e.store + ".wal");
        if (e.cold_prefix.empty()) {
            e.cold_prefix = e.runner;
            e.cold_prefix.insert(e.cold_prefix.end(), {e.store, (dir / "subjects.tsv").string(), "--statement"});
        }
    }

    for (Engine& e : engines) {
        std::printf("-- %s: %s\n", e.name.c_str(), check_only ? "one run of each statement" : "warm runs");
        std::fflush(stdout);
        warm(e, dir, check_only ? 0 : warm_n, budget);
    }
    const bool same = compare(engines, dir);
    std::printf("%s\n", same ? "rows: every engine gives the same rows for every statement" : "rows: ENGINES DISAGREE (see above)");
    for (const peers::Statement& s : peers::kStatements) std::printf("  %-30s %zu rows\n", s.label, engines[0].rows[s.id]);
    if (check_only) return same ? 0 : 1;

    for (Engine& e : engines) {
        std::printf("-- %s: cold runs (a new process per statement, median of %d)\n", e.name.c_str(), reps);
        std::fflush(stdout);
        cold(e, dir, subjects, reps);
    }
    print_table(engines, claims, info, dir / "results.tsv");
    return same ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        if (argc >= 4 && std::string(argv[1]) == "generate") return generate(std::stoul(argv[2]), argv[3]);
        if (argc >= 2 && std::string(argv[1]) == "run") return run(argc, argv);
        std::fprintf(stderr, "usage: peers generate CLAIMS DIR | peers run --claims N --dir DIR --stancegraph BIN --runners DIR "
                             "[--kuzu SCRIPT MODULE] [--cold K] [--warm N] [--budget S] [--check-only]\n");
        return 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "peers: %s\n", e.what());
        return 2;
    }
}
