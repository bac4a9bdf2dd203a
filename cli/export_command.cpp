// `stancegraph export`: a graph, or the subgraph that answers a query, in another format.
#include <algorithm>
#include <iostream>
#include <sstream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/graphviz.hpp"
#include "cli/limit_options.hpp"
#include "cli/output.hpp"
#include "graph/error.hpp"
#include "graph/export/dot.hpp"
#include "graph/export/graphml.hpp"
#include "graph/export/jsonl.hpp"
#include "graph/export/kuzu.hpp"
#include "graph/export/neo4j.hpp"
#include "graph/snapshot.hpp"
#include "graph/store/open.hpp"
#include "graph/atomic_file.hpp"
#include "graph/store/writer.hpp"
#include "loaders/dna/dna_writer.hpp"
#include "loaders/reading/source_text.hpp"
#include "query/output/subgraph.hpp"

namespace sg::cli {

namespace {

constexpr const char* kHelp = R"(Usage: stancegraph export -g GRAPH --format FORMAT [-o FILE|DIR] [QUERY]

Writes the graph in GRAPH (a graph file or JSON snapshot from stancegraph build) in another
format, to FILE or to standard output. With a QUERY (dot and svg only), writes just the part of the graph that answers
it: the result nodes plus the claims, positions and organisations that justify them.

Formats:
  dot            GraphViz DOT: shapes and colours by kind, supports green, opposes red, a legend
  svg            the DOT rendered by graphviz's dot program (must be installed)
  graphml        GraphML for Gephi, visone, igraph: kinds, polarities, roles and spans as attributes
  json           the JSON snapshot (schemas/graph.schema.json): the interchange format
  sg             the binary graph file that query, export and repl open in place (needs -o)
  claims-jsonl   one JSON object per claim: doc, speaker, text, kind, span, comment, positions,
                 and the document's date, source, author, section, document_type, url and the
                 organisation the claim was made for, each when known
  actors-jsonl   one JSON object per person or organisation: name, kind, aliases, joined (each alias
                 with the rule that joined it), affiliations
  neo4j          a folder (-o DIR) of node CSV files per label (Person, Organisation, Position,
                 Claim, Document) and relationship CSV files per type (SAYS, SUPPORTS, OPPOSES,
                 ABOUT, MEMBER_OF, PART_OF, IN) for neo4j-admin database import full, with
                 import.sh holding the exact command
  kuzu           a folder (-o DIR) of node and relationship table CSV files for Kuzu, with
                 schema.cypher (CREATE NODE/REL TABLE) and copy.cypher (COPY ... FROM) to load them
  dna            a DNA 3 database (-o FILE.dna) the Discourse Network Analyzer opens: the
                 documents with their text (read from --articles DIR), and per claim one "DNA
                 Statement" per position it takes a side on (person, organization, concept,
                 agreement), or one with an empty concept when it takes none, for a reviewer

Options:
  -g, --graph GRAPH     the graph to read (required): a graph file or a JSON snapshot
  -f, --format FORMAT   one of the formats above (required)
  -o, --output FILE     write here (atomically) instead of standard output; for neo4j and kuzu
                        a folder that does not exist or is empty: the files are written into a
                        temporary folder beside it, renamed to DIR when complete (a folder that
                        is not empty is refused, so no earlier export is lost)
  --articles DIR        dna: the folder holding the documents' files (by their names)
  --coder NAME          dna: the coder who opens the file (default stancegraph)
  --password WORD       dna: that coder's password (default stancegraph)
  -h, --help            this help
Limits on the QUERY (raise one when an error names it):
)";

constexpr const char* kHelpEnd = R"(
Exit codes: 0 written, 1 usage or query error, 2 the graph could not be read or the output written.
)";

}  // namespace

int export_command(int argc, char** argv) {
    Args args("export",
              with_limit_options({{"graph", 'g', true}, {"format", 'f', true}, {"output", 'o', true}, {"articles", 0, true},
                                 {"coder", 0, true}, {"password", 0, true}, {"help", 'h', false}}),
              argc, argv);
    if (args.has("help")) {
        std::cout << kHelp << limit_options_help() << kHelpEnd;
        return 0;
    }
    const query::Limits limits = limits_from(args);
    const auto graph_path = args.value("graph");
    const auto format = args.value("format");
    if (!graph_path) throw UsageError("stancegraph export: -g GRAPH is required (see stancegraph export --help)");
    if (!format) throw UsageError("stancegraph export: --format is required (see stancegraph export --help)");
    static const std::vector<std::string> kFormats = {"dot",          "svg",          "graphml", "json", "sg",
                                                      "claims-jsonl", "actors-jsonl", "neo4j",   "kuzu", "dna"};
    if (std::find(kFormats.begin(), kFormats.end(), *format) == kFormats.end())
        throw UsageError("stancegraph export: unknown format \"" + *format +
                         "\"; expected dot, svg, graphml, json, sg, claims-jsonl, actors-jsonl, neo4j, kuzu or dna");
    const bool folder = *format == "neo4j" || *format == "kuzu";
    if (folder && (!args.value("output") || *args.value("output") == "-"))
        throw UsageError("stancegraph export: --format " + *format + " writes a folder of files: give it with -o DIR");
    std::string query;
    for (const auto& p : args.positional()) query += (query.empty() ? "" : " ") + p;
    if (!query.empty() && *format != "dot" && *format != "svg")
        throw UsageError("stancegraph export: a QUERY selects a subgraph for --format dot or svg only");

    const auto output = args.value("output");
    if (*format == "sg" && !output)
        throw UsageError("stancegraph export: --format sg writes a binary file: give it with -o FILE.sg");
    if (*format == "dna" && (!output || *output == "-"))
        throw UsageError("stancegraph export: --format dna writes a database file: give it with -o FILE.dna");
    if (*format == "dna" && !args.value("articles"))
        throw UsageError("stancegraph export: --format dna needs the documents' texts: give their folder with --articles DIR");
    const GraphStore g = store::open_graph(*graph_path);

    if (*format == "dot" || *format == "svg") {
        std::vector<NodeId> only;
        if (!query.empty()) only = query::answer_subgraph(query::Engine(g, limits), query);
        std::ostringstream dot;
        write_dot(g, dot, query.empty() ? nullptr : &only);
        if (*format == "dot") {
            write_output(output, [&](std::ostream& out) { out << dot.str(); });
        } else {
            const std::string svg = render_svg(dot.str());
            write_output(output, [&](std::ostream& out) { out << svg; });
        }
    } else if (*format == "graphml") {
        write_output(output, [&](std::ostream& out) { write_graphml(g, out); });
    } else if (*format == "json") {
        write_output(output, [&](std::ostream& out) { write_snapshot(store::to_graph(g), out); });
    } else if (*format == "sg") {
        store::save_store(store::to_graph(g), *output);
    } else if (folder) {
        const Graph whole = store::to_graph(g);
        write_folder_atomically(*output, *format == "neo4j" ? neo4j_import_files(whole) : kuzu_import_files(whole));
    } else if (*format == "dna") {
        loaders::dna::DnaExportOptions options;
        if (auto v = args.value("coder")) options.coder = *v;
        if (auto v = args.value("password")) options.password = *v;
        const std::filesystem::path articles = *args.value("articles");
        options.document_bytes = [&](std::string_view name) { return loaders::read_source(articles / name).original; };
        loaders::dna::DnaExportReport report;
        const std::string bytes = loaders::dna::dna_database(g, options, *output, report);
        write_file_atomically(*output, [&](std::ostream& out) { out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); });
        std::cerr << "wrote " << *output << ": " << report.documents << " documents, " << report.statements
                  << " statements (" << report.without_side << " claims without a side, for the reviewer to code); coder \""
                  << options.coder << "\"\n";
    } else if (*format == "claims-jsonl") {
        write_output(output, [&](std::ostream& out) { write_claims_jsonl(g, out); });
    } else {
        write_output(output, [&](std::ostream& out) { write_actors_jsonl(g, out); });
    }
    return 0;
}

}  // namespace sg::cli
