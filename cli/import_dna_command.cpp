// `stancegraph import-dna`: a Discourse Network Analyzer database -> a stancegraph graph, so the
// statements researchers coded by hand in DNA can be queried, and their networks computed, here.
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "graph/error.hpp"
#include "graph/store/open.hpp"
#include "loaders/dna/dna_file.hpp"
#include "loaders/dna/to_graph.hpp"

namespace sg::cli {

namespace {

constexpr const char* kHelp = R"(Usage: stancegraph import-dna [OPTIONS] FILE.dna -o GRAPH

Reads a DNA 3 (or DNA 2) database, the Discourse Network Analyzer's SQLite file, and writes its documents
and the statements of one statement type as a graph: each statement a manual claim with its
span (DNA's UTF-16 offsets become byte offsets of the document's text), said by its person (or,
with no person, by its organisation), made for its organisation (the person member_of it), and
supporting (agreement 1) or opposing (agreement 0) its concept as a position. Statements
without a concept are claims without a side. Documents are named FILE.dna#ID and keep their
title, date, source, author, section and type.

Options:
  -o, --output GRAPH          the graph to write (required; .sg for a graph file, otherwise a
                              JSON snapshot); written atomically
  --statement-type LABEL      the statement type to read (default "DNA Statement")
  --person NAME               the variable naming the speaker (default person)
  --organisation NAME         the variable naming the organisation (default organization)
  --concept NAME              the variable naming the concept (default concept)
  --agreement NAME            the boolean (or 0/1 integer) variable of the side (default agreement)
  -q, --quiet                 print no summary
  -h, --help                  this help

Exit codes: 0 written, 1 usage error, 2 the file is not a DNA 3 or DNA 2 database, lacks the statement
type or a variable, holds a statement outside its document's text, or GRAPH could not be written.
)";

}  // namespace

int import_dna_command(int argc, char** argv) {
    Args args("import-dna",
              {{"output", 'o', true}, {"statement-type", 0, true}, {"person", 0, true}, {"organisation", 0, true},
               {"concept", 0, true}, {"agreement", 0, true}, {"quiet", 'q', false}, {"help", 'h', false}},
              argc, argv);
    if (args.has("help")) {
        std::cout << kHelp;
        return 0;
    }
    const auto output = args.value("output");
    if (!output) throw UsageError("stancegraph import-dna: -o GRAPH is required (see stancegraph import-dna --help)");
    if (args.positional().size() != 1)
        throw UsageError("stancegraph import-dna: give one DNA file (see stancegraph import-dna --help)");
    const std::string input = args.positional().front();
    loaders::dna::DnaOptions options;
    if (auto v = args.value("statement-type")) options.statement_type = *v;
    if (auto v = args.value("person")) options.person = *v;
    if (auto v = args.value("organisation")) options.organisation = *v;
    if (auto v = args.value("concept")) options.concept_variable = *v;
    if (auto v = args.value("agreement")) options.agreement = *v;

    const auto file = loaders::dna::read_dna_file(input, options);
    const Graph graph = loaders::dna::dna_to_graph(file, std::filesystem::path(input).filename().string());
    store::save_graph(graph, *output);
    if (!args.has("quiet"))
        std::cerr << "imported " << input << " (DNA " << file.version << ") into " << *output << ": "
                  << file.documents.size() << " documents, " << file.statements.size() << " statements of type \""
                  << options.statement_type << "\", " << graph.nodes_of_kind(NodeKind::Person).size() << " people, "
                  << graph.nodes_of_kind(NodeKind::Organisation).size() << " organisations, "
                  << graph.nodes_of_kind(NodeKind::Position).size() << " positions\n";
    return 0;
}

}  // namespace sg::cli
