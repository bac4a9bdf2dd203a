// `stancegraph build`: articles -> graph snapshot.
#include <unistd.h>

#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "graph/error.hpp"
#include "graph/store/open.hpp"
#include "loaders/build.hpp"
#include "loaders/progress/progress_line.hpp"
#include "loaders/shards/shard.hpp"

namespace sg::cli {

namespace {

constexpr const char* kHelp = R"(Usage: stancegraph build [--codebook FILE] [--annotations FILE]... [--shard K/N] -o GRAPH PATH...

Reads every article under PATH (a .txt file, or a folder searched recursively for .txt files),
extracts documents, people, organisations, claims (quotes and reported statements, with their
byte spans) and stances, and saves the graph: as a graph file when GRAPH ends in .sg (binary,
opened in place by query, export and repl: the format for large corpora), as a JSON snapshot
otherwise (schemas/graph.schema.json: the interchange format). Saving is atomic: GRAPH is either
left as it was or replaced by the complete new file.

Options:
  -o, --output GRAPH        the graph to write (required): GRAPH.sg or a JSON snapshot
  -c, --codebook FILE       positions to code stances against (JSON, schemas/codebook.schema.json);
                            without it no positions and no stances are extracted
  -a, --annotations FILE    manual codings and corrections (schemas/annotations.schema.json),
                            applied after extraction in the order given; may be repeated. A DNA
                            file (export --format dna, recoded by a reviewer) is applied as
                            corrections: each statement replaces the speaker, organisation and
                            sides of the claim it overlaps, or becomes a manual claim
  -s, --shard K/N           build only part K (1 to N) of N of the corpus under PATH, to join with
                            stancegraph merge: a document's part is the 64-bit FNV-1a hash of its
                            file name modulo N, plus 1, whatever the order or folder of the files.
                            Every file is still read for the corpus-wide statistics (lines repeated
                            across articles, acronyms), so give each part the whole corpus; surnames
                            are resolved across parts by merge; --annotations go to merge instead
      --metadata FILE       document metadata by file name: CSV with a header (file, date, source,
                            author, section, type, url) or JSON lines ({"file": ..., "date": ...});
                            an unparsable date is an error at FILE:LINE
      --name-pattern REGEX  metadata from each file name, matched whole, with named groups
                            (?<date>...), (?<source>...), (?<author>...), (?<section>...),
                            (?<type>...): e.g. "(?<date>\d{4}-\d{2}-\d{2})_(?<source>[^_]+)_.*"
                            Without either, a document's date is read from its dateline
                            ("12 June 2014", "June 12, 2014", "2014-06-12", "Published: ...")
                            near the top, when it has one; a date is never guessed
  -j, --threads N           extraction threads (default: the number of processors)
      --max-file-size MIB   refuse articles larger than this many MiB (default 16; at most 4096)
  -q, --quiet               print no summary, no warnings and no progress line (which is shown
                            only when standard error is a terminal and the build takes a while)
  -h, --help                this help

Exit codes: 0 built, 1 usage error, 2 an input could not be read or the snapshot not written.
)";

}  // namespace

int build_command(int argc, char** argv) {
    Args args("build",
              {{"output", 'o', true}, {"codebook", 'c', true}, {"annotations", 'a', true},
               {"threads", 'j', true}, {"shard", 's', true}, {"max-file-size", 0, true}, {"metadata", 0, true},
               {"name-pattern", 0, true}, {"quiet", 'q', false}, {"help", 'h', false}},
              argc, argv);
    if (args.has("help")) {
        std::cout << kHelp;
        return 0;
    }
    const auto output = args.value("output");
    if (!output) throw UsageError("stancegraph build: -o GRAPH is required (see stancegraph build --help)");
    if (args.positional().empty())
        throw UsageError("stancegraph build: give at least one article file or folder (see stancegraph build --help)");

    loaders::BuildOptions options;
    if (auto cb = args.value("codebook")) options.codebook = *cb;
    for (const auto& a : args.values("annotations")) options.annotations.emplace_back(a);
    if (auto t = args.value("threads")) options.threads = static_cast<unsigned>(whole_number_option("threads", *t, 1024));
    if (auto m = args.value("max-file-size")) options.max_file_bytes = whole_number_option("max-file-size", *m, 4096) << 20;
    if (auto s = args.value("shard")) {
        options.shard = loaders::parse_shard(*s);
        if (!options.shard)
            throw UsageError("stancegraph build: --shard: expected K/N with 1 <= K <= N <= " +
                             std::to_string(loaders::kMaxShards) + " (part K of N, counted from 1), got \"" + *s + "\"");
        if (!options.annotations.empty())
            throw UsageError("stancegraph build: --annotations cannot be applied to one part (--shard): give them to "
                             "stancegraph merge, which applies them to the whole corpus' graph");
    }
    if (auto m = args.value("metadata")) options.metadata = *m;
    if (auto p = args.value("name-pattern")) {
        try {
            options.name_pattern.emplace(*p);
        } catch (const UsageError& e) {
            throw UsageError(std::string("stancegraph build: ") + e.what());
        }
    }
    std::vector<std::filesystem::path> inputs(args.positional().begin(), args.positional().end());

    // Documents done, MB/s and time left, on a terminal only (never in a log or a pipe).
    loaders::ProgressLine progress(std::cerr, !args.has("quiet") && ::isatty(STDERR_FILENO));
    options.progress = [&progress](const loaders::BuildProgress& p) { progress.update(p); };
    loaders::BuildReport report;
    Graph graph = loaders::build_graph(inputs, options, report);
    progress.finish();
    store::save_graph(graph, *output);

    if (!args.has("quiet")) {
        for (const auto& w : report.warnings) std::cerr << "warning: " << w << "\n";
        std::cerr << "built " << *output << ": " << report.documents << " documents";
        if (options.shard)
            std::cerr << " (part " << options.shard->index << "/" << options.shard->count << " of "
                      << report.corpus_documents << ")";
        std::cerr << ", "
                  << graph.nodes_of_kind(NodeKind::Person).size() << " people, "
                  << graph.nodes_of_kind(NodeKind::Organisation).size() << " organisations, "
                  << graph.nodes_of_kind(NodeKind::Position).size() << " positions, "
                  << graph.nodes_of_kind(NodeKind::Claim).size() << " claims, " << graph.edge_count()
                  << " edges\n";
        // per input format: files and documents read, files skipped and why
        std::cerr << "read " << report.inputs.describe() << "\n";
    }
    return 0;
}

}  // namespace sg::cli
