// `stancegraph codebook suggest`: what a built graph says about its codebook, so that a user
// improves the codebook (loaders/codebook/suggest.hpp).
#include <iostream>
#include <string>
#include <vector>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "graph/error.hpp"
#include "graph/store/open.hpp"
#include "loaders/codebook/codebook.hpp"
#include "loaders/codebook/suggest.hpp"

namespace sg::cli {

namespace {

constexpr const char* kHelp = R"(Usage: stancegraph codebook suggest -g GRAPH --codebook FILE [--top N] [--format text|json] [-o FILE]

Reads a graph built with a codebook (stancegraph build --codebook FILE) and, per position of the
codebook, lists what would improve it:
  - undecided claims: about the position, but no side was found (speaker, text, document);
  - missed mentions: claims that use the position's words (cues, aliases, label, and the words of
    its label, description and id) but have no edge to it;
  - phrases most frequent within a few words of its mentions that are not yet its cues, with
    how many claims they stand in near it and near other positions: candidate "cues";
  - words near its mentions in claims that took a side, frequent on one side and rare on the
    other, not yet a cue of the general lexicons or of the codebook: candidate "supports_cues"
    and "opposes_cues".
Each list of phrases is also printed as a JSON array to paste into the codebook. Rebuild the
graph after editing the codebook, and ask again. A codebook of only id, label and description
works: its positions are found by the words of those fields.

Options:
  -g, --graph GRAPH      the snapshot to read (required), built with this codebook
  -c, --codebook FILE    the codebook (required; schemas/codebook.schema.json)
  -n, --top N            at most N entries per list and position (default 10, at most 1000)
  -f, --format FORMAT    text (default: for reading) or json (for tools)
  -o, --output FILE      write here (atomically) instead of standard output
  -h, --help             this help

A graph built without this codebook (none of its position ids in the graph) is an error; one
built with another version of it (some ids differ) gives a warning and suggestions for the
positions both have.

Exit codes: 0 written, 1 usage error, 2 the graph or codebook could not be read, or the graph
was built without this codebook, or the output could not be written.
)";

constexpr const char* kGroupHelp = R"(Usage: stancegraph codebook suggest -g GRAPH --codebook FILE [--top N] [--format text|json] [-o FILE]

Commands:
  suggest    per position of a codebook: undecided claims, missed mentions, and phrases to add
             as cues (see stancegraph codebook suggest --help)
)";

int suggest(int argc, char** argv) {
    Args args("codebook suggest",
              {{"graph", 'g', true},
               {"codebook", 'c', true},
               {"top", 'n', true},
               {"format", 'f', true},
               {"output", 'o', true},
               {"help", 'h', false}},
              argc, argv);
    if (args.has("help")) {
        std::cout << kHelp;
        return 0;
    }
    const auto graph_path = args.value("graph");
    const auto codebook_path = args.value("codebook");
    if (!graph_path)
        throw UsageError("stancegraph codebook suggest: -g GRAPH is required (see stancegraph codebook suggest --help)");
    if (!codebook_path)
        throw UsageError(
            "stancegraph codebook suggest: --codebook FILE is required (see stancegraph codebook suggest --help)");
    if (!args.positional().empty())
        throw UsageError("stancegraph codebook suggest: unexpected argument \"" + args.positional().front() +
                         "\" (see stancegraph codebook suggest --help)");
    const std::string format = args.value("format").value_or("text");
    if (format != "text" && format != "json")
        throw UsageError("stancegraph codebook suggest: unknown format \"" + format + "\"; expected text or json");
    loaders::SuggestOptions options;
    if (auto top = args.value("top")) options.top = whole_number_option("top", *top, 1000);

    const loaders::Codebook codebook = loaders::load_codebook(*codebook_path);
    Graph g = store::load_graph(*graph_path);
    g.freeze();

    const auto match = loaders::match_codebook(g, codebook);
    const std::string mismatch = loaders::describe_mismatch(match, *graph_path, *codebook_path);
    if (match.matched.empty()) throw FileError(mismatch);
    std::vector<std::string> warnings;
    if (!mismatch.empty()) {
        warnings.push_back(mismatch);
        std::cerr << "warning: " << mismatch << "\n";
    }

    const auto suggestions = loaders::suggest_codebook(g, codebook, options);
    write_output(args.value("output"), [&](std::ostream& out) {
        if (format == "json")
            loaders::write_suggestions_json(suggestions, out, *graph_path, *codebook_path, warnings);
        else
            loaders::write_suggestions_text(suggestions, out, *graph_path, *codebook_path);
    });
    return 0;
}

}  // namespace

int codebook_command(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << kGroupHelp;
        return 1;
    }
    const std::string sub = argv[1];
    if (sub == "--help" || sub == "-h" || sub == "help") {
        std::cout << kGroupHelp;
        return 0;
    }
    if (sub != "suggest")
        throw UsageError("stancegraph codebook: unknown command \"" + sub + "\"; expected suggest");
    return suggest(argc - 1, argv + 1);
}

}  // namespace sg::cli
