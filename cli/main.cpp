// stancegraph: who stands where in a policy debate, from news articles.
// Dispatches to the subcommands and turns errors into messages and exit codes:
// 0 success, 1 query or usage error, 2 input or output file error.
#include <cstring>
#include <exception>
#include <iostream>
#include <string>

#include "cli/commands.hpp"
#include "graph/error.hpp"

namespace {

constexpr const char* kUsage = R"(stancegraph: a knowledge graph of who stands where in a policy debate, from news articles

Usage:
  stancegraph build [--codebook FILE] [--annotations FILE]... [--shard K/N] [--metadata FILE] [--name-pattern REGEX] -o GRAPH PATH...
  stancegraph merge [--annotations FILE]... -o GRAPH INPUT...
  stancegraph query -g GRAPH [--format table|json|csv] (QUERY | -f FILE)
  stancegraph export -g GRAPH --format dot|svg|graphml|json|claims-jsonl|actors-jsonl [-o FILE] [QUERY]
  stancegraph export -g GRAPH --format neo4j|kuzu -o DIR
  stancegraph export -g GRAPH --format dna --articles DIR [--coder NAME --password WORD] -o FILE.dna
  stancegraph import-dna [--statement-type LABEL] FILE.dna -o GRAPH
  stancegraph network -g GRAPH [--type twomode|onemode] [--aggregation A] [--normalise N] [--format F] [-o FILE]
  stancegraph report -g GRAPH -o REPORT.html [--position P] [--actor A] [--source S] [--from D] [--to D] [--articles DIR]
  stancegraph repl [-g GRAPH]
  stancegraph codebook suggest -g GRAPH --codebook FILE [--top N] [--format text|json] [-o FILE]
  stancegraph COMMAND --help     options of one command
  stancegraph --version

Commands:
  build    read articles (files or folders of .txt), extract people, organisations, claims and
           stances, and save the graph as a JSON snapshot
  query    answer questions such as "who opposes <position>" from a saved graph
  merge    join graphs built from parts of a corpus (build --shard K/N) into the whole corpus' graph
  export   write a graph, or the part that answers a query, as DOT, SVG, GraphML, JSON or JSONL,
           as the CSV files the Neo4j and Kuzu graph databases import, or as a DNA 3 database
  repl     ask questions interactively
  import-dna  read a Discourse Network Analyzer (DNA 3 or 2) database into a graph
  network  compute DNA's discourse networks (two-mode, congruence, conflict ...) from a graph
  report   write one self-contained HTML page of the debate: overview, stance matrix, network,
           time line and every claim as evidence
  codebook suggest: per position of a codebook, the claims left undecided or missed and the
           phrases near its mentions that are not yet cues, to improve the codebook

Exit codes: 0 success, 1 query or usage error, 2 input or output file error.
)";

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    if (argc < 2) {
        std::cerr << kUsage;
        return 1;
    }
    const std::string command = argv[1];
    try {
        if (command == "--help" || command == "-h" || command == "help") {
            std::cout << kUsage;
            return 0;
        }
        if (command == "--version" || command == "version") {
            std::cout << "stancegraph " << STANCEGRAPH_VERSION << "\n";
            return 0;
        }
        int (*run)(int, char**) = nullptr;
        if (command == "build") run = sg::cli::build_command;
        else if (command == "query") run = sg::cli::query_command;
        else if (command == "export") run = sg::cli::export_command;
        else if (command == "repl") run = sg::cli::repl_command;
        else if (command == "codebook") run = sg::cli::codebook_command;
        else if (command == "merge") run = sg::cli::merge_command;
        else if (command == "import-dna") run = sg::cli::import_dna_command;
        else if (command == "network") run = sg::cli::network_command;
        else if (command == "report") run = sg::cli::report_command;
        if (!run) {
            std::cerr << "stancegraph: unknown command \"" << command << "\"\n\n" << kUsage;
            return 1;
        }
        return run(argc - 1, argv + 1);
    } catch (const sg::UsageError& e) {
        std::cout.flush();
        std::cerr << e.what() << "\n";
        return 1;
    } catch (const sg::FileError& e) {
        std::cout.flush();
        std::cerr << e.what() << "\n";
        return 2;
    } catch (const std::bad_alloc&) {
        std::cerr << "stancegraph: out of memory\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "stancegraph " << command << ": " << e.what() << "\n";
        return 2;
    }
}
