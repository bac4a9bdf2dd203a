// The command line every C++ runner of the peers benchmark shares (peers_sg, peers_sqlite; the
// Kuzu runner kuzu.mjs speaks the same protocol):
//
//   RUNNER STORE SUBJECTS --statement ID
//       a cold run: open the store, answer one statement, print its canonical rows, exit
//   RUNNER STORE SUBJECTS --warm N [--budget SECONDS] [--rows DIR] [--only ID]
//       one process: open the store (timed), then per statement (or the one statement `--only`
//       names, to profile it alone) one untimed run whose canonical
//       rows go to DIR/ENGINE-ID.tsv, then N timed runs (fewer if they pass SECONDS together, at
//       least 5). Prints, one line each:
//         open_ms MS
//         stmt ID runs N p50 MS p95 MS rows R     (the answer, below)
//         canonical ID p50 MS p95 MS              (the answer and its canonical rows)
//         rss_kb KB                               (peak resident memory of the process)
//
// What is timed (`stmt`): the statement run to its answer as the engine's library hands it to a
// program, with every cell of every row read: stancegraph's ResultSet from Engine::run_one, every
// text cell's bytes read once (a checksum over them: its names are views into the graph file, and
// a user printing them reads them); SQLite's rows stepped and every column copied out as a
// string. Not timed there: the canonical rows the engines are compared on (every cell as text,
// lists sorted, rows sorted), the harness's own work, which for answers of thousands of rows cost
// more than the engines' answers (bench/README.md). Each timed run is followed by a run of the
// answer and its canonical rows, timed apart (`canonical`: what `stmt` timed before 2026-12-07)
// and checked for the same row count.
#pragma once

#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "statements.hpp"

namespace peers {

using Clock = std::chrono::steady_clock;
inline double ms_since(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

inline double percentile(std::vector<double> v, double q) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const std::size_t i = static_cast<std::size_t>(q * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

// What Open returns: statement id -> canonical rows (sorted), and id -> the engine's answer
// with every cell read (the timed span), reduced to a number that depends on every cell, so
// that no read is optimised away.
struct Runner {
    std::function<std::vector<std::string>(std::string_view)> rows;
    std::function<std::uint64_t(std::string_view)> answer;
};

// Open(store, subjects) returns a Runner.
template <typename Open>
int runner_main(const char* engine, int argc, char** argv, Open open) {
    try {
        if (argc < 5) {
            std::fprintf(stderr, "usage: %s STORE SUBJECTS (--statement ID | --warm N [--budget S] [--rows DIR] [--only ID])\n", argv[0]);
            return 1;
        }
        // Every runner keeps the memory it frees for its next run, as stancegraph's REPL and
        // query command do (cli/process_memory.cpp): by default glibc hands freed heap and large
        // blocks back to the system and each warm run faults the pages in again. The SQLite
        // runner as well, so that no engine's figure gains by it alone.
        mallopt(M_MMAP_THRESHOLD, 32 << 20);
        mallopt(M_TRIM_THRESHOLD, 256 << 20);
        const std::string store = argv[1];
        const Subjects subjects = read_subjects(argv[2]);
        std::string statement, rows_dir, only;
        long warm = 0;
        double budget = 60;
        for (int i = 3; i + 1 < argc; i += 2) {
            const std::string o = argv[i];
            if (o == "--statement") statement = argv[i + 1];
            else if (o == "--warm") warm = std::stol(argv[i + 1]);
            else if (o == "--budget") budget = std::stod(argv[i + 1]);
            else if (o == "--rows") rows_dir = argv[i + 1];
            else if (o == "--only") only = argv[i + 1];
            else throw std::invalid_argument("unknown option " + o);
        }
        if (!statement.empty()) {
            if (!known_statement(statement)) throw std::invalid_argument("unknown statement " + statement);
            const Runner run = open(store, subjects);
            for (const std::string& r : run.rows(statement)) std::printf("%s\n", r.c_str());
            return 0;
        }
        const auto t0 = Clock::now();
        const Runner run = open(store, subjects);
        std::printf("open_ms %.3f\n", ms_since(t0));
        std::fflush(stdout);
        for (const Statement& s : kStatements) {
            if (!only.empty() && only != s.id) continue;
            const std::vector<std::string> rows = run.rows(s.id);
            if (!rows_dir.empty()) {
                std::ofstream out(rows_dir + "/" + engine + "-" + s.id + ".tsv", std::ios::binary);
                for (const std::string& r : rows) out << r << '\n';
            }
            std::vector<double> times, canonical_times;
            const std::uint64_t first = run.answer(s.id);  // untimed: the same answer every run
            const auto start = Clock::now();
            for (long i = 0; i < warm; ++i) {
                auto t = Clock::now();
                const std::uint64_t sum = run.answer(s.id);
                times.push_back(ms_since(t));
                if (sum != first) throw std::runtime_error(std::string(s.id) + ": the answer changed between runs");
                t = Clock::now();  // the answer and its canonical rows, the harness's comparison
                const std::size_t n = run.rows(s.id).size();
                canonical_times.push_back(ms_since(t));
                if (n != rows.size()) throw std::runtime_error(std::string(s.id) + ": the row count changed between runs");
                if (i >= 4 && ms_since(start) > budget * 1000) break;
            }
            std::printf("stmt %s runs %zu p50 %.4f p95 %.4f rows %zu\n", s.id, times.size(), percentile(times, 0.5),
                        percentile(times, 0.95), rows.size());
            std::printf("canonical %s p50 %.4f p95 %.4f\n", s.id, percentile(canonical_times, 0.5),
                        percentile(canonical_times, 0.95));
            std::fflush(stdout);
        }
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        std::printf("rss_kb %ld\n", u.ru_maxrss);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s: %s\n", engine, e.what());
        return 2;
    }
}

}  // namespace peers
