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
//         stmt ID runs N p50 MS p95 MS rows R
//         rss_kb KB                     (peak resident memory of the process)
#pragma once

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
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

// Open(store, subjects) returns a callable: statement id -> canonical rows (sorted).
template <typename Open>
int runner_main(const char* engine, int argc, char** argv, Open open) {
    try {
        if (argc < 5) {
            std::fprintf(stderr, "usage: %s STORE SUBJECTS (--statement ID | --warm N [--budget S] [--rows DIR] [--only ID])\n", argv[0]);
            return 1;
        }
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
            auto run = open(store, subjects);
            for (const std::string& r : run(statement)) std::printf("%s\n", r.c_str());
            return 0;
        }
        const auto t0 = Clock::now();
        auto run = open(store, subjects);
        std::printf("open_ms %.3f\n", ms_since(t0));
        std::fflush(stdout);
        for (const Statement& s : kStatements) {
            if (!only.empty() && only != s.id) continue;
            const std::vector<std::string> rows = run(s.id);
            if (!rows_dir.empty()) {
                std::ofstream out(rows_dir + "/" + engine + "-" + s.id + ".tsv", std::ios::binary);
                for (const std::string& r : rows) out << r << '\n';
            }
            std::vector<double> times;
            const auto start = Clock::now();
            for (long i = 0; i < warm; ++i) {
                const auto t = Clock::now();
                const std::size_t n = run(s.id).size();
                times.push_back(ms_since(t));
                if (n != rows.size()) throw std::runtime_error(std::string(s.id) + ": the row count changed between runs");
                if (i >= 4 && ms_since(start) > budget * 1000) break;
            }
            std::printf("stmt %s runs %zu p50 %.4f p95 %.4f rows %zu\n", s.id, times.size(), percentile(times, 0.5),
                        percentile(times, 0.95), rows.size());
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
