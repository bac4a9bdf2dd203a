// Building a graph from a corpus of articles: the entry point of the loaders library.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "graph/graph.hpp"
#include "loaders/reading/source_text.hpp"

namespace sg::loaders {

struct BuildOptions {
    std::filesystem::path codebook;                  // empty: no positions, no stances
    std::vector<std::filesystem::path> annotations;  // applied in order after extraction
    unsigned threads = 0;                            // 0: hardware concurrency
    std::size_t max_file_bytes = kDefaultMaxArticleBytes;  // larger articles are refused (--max-file-size)
};

struct BuildReport {
    std::size_t documents = 0;
    std::vector<std::string> warnings;  // "file:offset: invalid UTF-8 byte replaced", ...
};

// Reads every article under `inputs` (files, or folders searched recursively for *.txt),
// extracts documents, actors, claims and stances, merges them into one graph, applies the
// annotations. Throws sg::FileError for a missing or unreadable input, an empty folder, a bad
// codebook or annotations file.
Graph build_graph(const std::vector<std::filesystem::path>& inputs, const BuildOptions& options,
                  BuildReport& report);

}  // namespace sg::loaders
