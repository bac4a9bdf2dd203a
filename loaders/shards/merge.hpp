// Joining graphs built from parts of one corpus (`stancegraph build --shard K/N`, then
// `stancegraph merge`) into the graph one build of the whole corpus gives.
//
// A built graph still holds what extraction found in each document: a document's node is
// followed by the actors first named in it and its claims, and its edges are added in the same
// order (affiliations, claims with their speakers and stances, stances the journalist reports).
// GraphMerger reads each input back into per-document records (read_document_records), puts the
// documents of all inputs in one order (by file name: a build's order for a corpus in one
// folder) and runs the corpus-level steps of a build on the union, exactly as build_graph runs
// them after extraction (build.hpp): bodies' stances voiced by their people, with each person's
// roles from every document; the documents into one graph, keyed as in a build, so that a person
// or body named in several parts is one node; a surname alone resolved to the corpus' one person
// of that surname named in full; then the annotations. What a graph no longer holds is said
// where it is used (see the README, "Scaling out", for what a merge cannot reproduce).
//
// This relies on a graph file keeping nodes and edges in the order they were added (ids in
// order), as the JSON snapshot does; tests/cli/test_scale_out.cpp checks it end to end, for
// whichever format `stancegraph build -o` writes.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "graph/combine.hpp"
#include "graph/graph.hpp"
#include "loaders/extract/document_result.hpp"

namespace sg::loaders {

// A built graph read back into per-document records, in the graph's document order. Lifted
// spokesperson stances (evidence "spokesperson") are left out: the merge lifts again over the
// whole corpus. Claims have no context; a body their lead-in spoke for is in spoken_for.
std::vector<DocumentResult> read_document_records(const Graph& g);

struct MergeOptions {
    std::vector<std::filesystem::path> annotations;  // applied in order after merging
    // Where the articles are, by file name: a DNA file among the annotations needs their bytes to
    // turn its offsets back into byte spans (build has them; merge has only graphs).
    std::optional<std::filesystem::path> articles;
};

struct MergeReport {
    std::size_t documents = 0;
    std::vector<std::string> warnings;  // "b.sg: document a.txt is also in a.sg; the one from a.sg is kept"
};

class GraphMerger {
public:
    // Takes what it needs of `g` (the graph may be freed afterwards). `label` names the graph in
    // messages (its file). Throws sg::FileError when its positions differ from the first graph's
    // (another codebook), naming each position that differs.
    void add(const Graph& g, const std::string& label);
    // The merged graph. Throws sg::FileError for a bad annotations file.
    Graph finish(const MergeOptions& options, MergeReport& report);

private:
    struct Input {
        std::string label;
        std::vector<DocumentResult> docs;
        ManualMarks marks;
    };
    Graph positions_;  // the first graph's positions
    std::string first_label_;
    std::vector<Input> inputs_;
};

}  // namespace sg::loaders
