// A small invented corpus (one article, a two-position codebook) and its built graph, for the
// end-to-end tests of bad input: each test breaks one thing and keeps the rest valid, so the
// error it sees is the one it is about. Names and text are made up for these tests.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

namespace sg::test {

inline const std::string kArticle =
    "City council weighs a congestion charge\n"
    "\n"
    "Councillor Jane Okafor, who chairs the transport committee, said: \"A congestion charge would "
    "cut traffic and clean the air.\"\n"
    "\n"
    "But Tom Brennan, chairman of the Traders Association, said the charge \"would drive shoppers "
    "away from the centre for good\".\n";

inline const std::string kCodebook = R"({"name": "Congestion charging", "positions": [
  {"id": "congestion-charge", "label": "A congestion charge for the city centre",
   "aliases": ["congestion charge"], "cues": ["congestion charge", "charge"]},
  {"id": "bus-lanes", "label": "More bus lanes", "cues": ["bus lane"]}
]})";

// The corpus written into a fresh folder, and its graph built there.
struct Corpus {
    TempDir dir;
    std::string article = dir.file("articles/council.txt", kArticle);
    std::string codebook = dir.file("codebook.json", kCodebook);
    std::string graph = (dir.path / "graph.json").string();

    Corpus() {
        const RunResult r = run_binary({"build", "-q", "--codebook", codebook, "-o", graph, article});
        REQUIRE_MESSAGE(r.code == 0, r.describe());
    }
    std::string path(const std::string& name) const { return (dir.path / name).string(); }
};

inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The deepest nesting tests use: far beyond any stack if parsed or walked recursively.
inline constexpr std::size_t kDeep = 100000;
// A stack small enough (1 MiB) that recursion to a depth the input sets would overflow it.
inline constexpr std::size_t kSmallStackKib = 1024;

}  // namespace sg::test
