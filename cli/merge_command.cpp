// `stancegraph merge`: graphs built from parts of one corpus -> the graph of the whole corpus.
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/graph_io.hpp"
#include "graph/error.hpp"
#include "loaders/shards/merge.hpp"

namespace sg::cli {

namespace {

constexpr const char* kHelp = R"(Usage: stancegraph merge [--annotations FILE]... [--articles DIR] -o GRAPH INPUT...

Joins graphs built from parts of one corpus (stancegraph build --shard K/N, one part per machine)
into the graph of the whole corpus, with the entity resolution of one build of it: a person or
organisation named in several parts is one node, a surname alone goes to the corpus' one person
of that surname named in full, and a body takes the stances its spokespeople voice in any part.
Documents and claims are joined by key (a claim's key is its file name and byte span). A
document found in two inputs is taken from the first (with a warning).

All inputs must come from the same codebook: when their positions differ (ids, labels or
descriptions), merge names each position that differs and the file, and exits 2.

Saving is atomic: GRAPH is either left as it was or replaced by the complete merged graph.

Options:
  -o, --output GRAPH        the merged graph to write (required)
  -a, --annotations FILE    manual codings and corrections (schemas/annotations.schema.json),
                            applied to the merged graph in the order given, as build applies them;
                            a DNA file (export --format dna, recoded by a reviewer) is applied as
                            corrections, and needs --articles
      --articles DIR        the folder holding the articles (by file name), for a DNA file's
                            offsets to be placed back in their bytes
  -q, --quiet               print no summary and no warnings
  -h, --help                this help

Exit codes: 0 merged, 1 usage error, 2 an input could not be read, the inputs come from
different codebooks, or the graph could not be written.
)";

}  // namespace

int merge_command(int argc, char** argv) {
    Args args("merge", {{"output", 'o', true}, {"annotations", 'a', true}, {"articles", 0, true}, {"quiet", 'q', false}, {"help", 'h', false}},
              argc, argv);
    if (args.has("help")) {
        std::cout << kHelp;
        return 0;
    }
    const auto output = args.value("output");
    if (!output) throw UsageError("stancegraph merge: -o GRAPH is required (see stancegraph merge --help)");
    if (args.positional().empty())
        throw UsageError("stancegraph merge: give the graphs to merge (see stancegraph merge --help)");

    loaders::GraphMerger merger;
    for (const auto& input : args.positional()) merger.add(read_graph(input), input);
    loaders::MergeOptions options;
    for (const auto& a : args.values("annotations")) options.annotations.emplace_back(a);
    if (auto dir = args.value("articles")) options.articles = *dir;
    loaders::MergeReport report;
    Graph graph = merger.finish(options, report);
    write_graph(graph, *output);

    if (!args.has("quiet")) {
        for (const auto& w : report.warnings) std::cerr << "warning: " << w << "\n";
        std::cerr << "merged " << args.positional().size() << " graphs into " << *output << ": " << report.documents
                  << " documents, " << graph.nodes_of_kind(NodeKind::Person).size() << " people, "
                  << graph.nodes_of_kind(NodeKind::Organisation).size() << " organisations, "
                  << graph.nodes_of_kind(NodeKind::Position).size() << " positions, "
                  << graph.nodes_of_kind(NodeKind::Claim).size() << " claims, " << graph.edge_count() << " edges\n";
    }
    return 0;
}

}  // namespace sg::cli
