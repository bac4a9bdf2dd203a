// Building a graph from a corpus of articles: the entry point of the loaders library.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "graph/graph.hpp"
#include "loaders/extract/document_result.hpp"
#include "loaders/metadata/metadata.hpp"
#include "loaders/reading/input_summary.hpp"
#include "loaders/reading/source_text.hpp"
#include "loaders/shards/shard.hpp"

namespace sg::loaders {

// How far extraction has got: documents and bytes extracted of those to extract.
struct BuildProgress {
    std::size_t documents_done = 0, documents_total = 0;
    std::size_t bytes_done = 0, bytes_total = 0;
};

struct BuildOptions {
    std::filesystem::path codebook;                  // empty: no positions, no stances
    std::vector<std::filesystem::path> annotations;  // applied in order after extraction
    unsigned threads = 0;                            // 0: hardware concurrency
    std::size_t max_file_bytes = kDefaultMaxArticleBytes;  // larger articles are refused (--max-file-size)
    // Build only part K of N of the corpus (`build --shard K/N`; loaders/shards/shard.hpp says
    // which documents). Every file under the inputs is still read, twice and one at a time, for
    // the corpus-wide statistics that shape each document's extraction (lines repeated across
    // articles, which are site furniture; acronyms one article defines and another uses bare), so
    // each document of the part is extracted exactly as in a build of the whole corpus. Surnames
    // are not resolved across documents: `stancegraph merge` does that over all the parts.
    // Annotations are refused (std::invalid_argument): they belong to the merge.
    std::optional<Shard> shard;
    // Document metadata (loaders/metadata/metadata.hpp): a metadata file (`--metadata`) and a
    // file-name pattern (`--name-pattern`); either overrides a date read from a dateline.
    std::filesystem::path metadata;
    std::optional<NamePattern> name_pattern;
    // Called after each document is extracted (from the worker threads, one call at a time), for
    // a progress display; empty: nothing is reported.
    std::function<void(const BuildProgress&)> progress;
};

struct BuildReport {
    std::size_t documents = 0;         // documents in the graph
    std::size_t corpus_documents = 0;  // documents of the whole corpus (more than `documents` for a shard)
    std::vector<std::string> warnings;  // "file:offset: invalid UTF-8 byte replaced", ...
    InputSummary inputs;                // files and documents read per format, files skipped and why
};

// Reads every article under `inputs` (files, or folders searched recursively for *.txt),
// extracts documents, actors, claims and stances, merges them into one graph, applies the
// annotations. Throws sg::FileError for a missing or unreadable input, an empty folder, a bad
// codebook or annotations file.
Graph build_graph(const std::vector<std::filesystem::path>& inputs, const BuildOptions& options,
                  BuildReport& report);

// The corpus-level steps after extraction, shared with merge_graphs (loaders/shards/merge.hpp):
//
// Gives bodies the stances their people voice for them (extract/spokespeople.hpp), each person's
// roles taken from every document of `docs`.
void lift_corpus_spokespeople(std::vector<DocumentResult>& docs);
// Adds the documents' nodes and edges to `g` in the order given (the codebook's positions must be
// there already). With `resolve_surnames`, a person named only by surname in a document becomes
// the one person of `docs` named in full with that surname, when there is exactly one.
// Each document's actors, claims and stances are released once added (name, title and warnings
// stay).
void add_documents(Graph& g, std::vector<DocumentResult>& docs, bool resolve_surnames);

}  // namespace sg::loaders
