// `stancegraph query`: answers questions from a saved graph, one statement after another.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/limit_options.hpp"
#include "cli/process_memory.hpp"
#include "graph/error.hpp"
#include "graph/store/open.hpp"
#include "query/engine.hpp"
#include "query/parse/tokenizer.hpp"

namespace sg::cli {
namespace {

constexpr const char* kHelp = R"(Usage: stancegraph query -g GRAPH [--format table|json|csv] [--keep-going] (QUERY | -f FILE)

Answers questions about the graph in GRAPH (a snapshot from stancegraph build). QUERY may be one
argument or several words; -f FILE reads statements from a file (-f - or a piped standard input
reads standard input). Statements are separated by ';' or newlines; '#' starts a comment.

Questions:
  who supports|opposes|mentions POSITION
  what does ACTOR say [about POSITION]
  stance of ACTOR [on POSITION]
  why does ACTOR support|oppose|mention POSITION
                      the claims behind that stance, each with the words that decided its
                      side: role "words" [start-end] (byte offsets in the article file)
  why claim "KEY or TEXT"   one claim's stances and their evidence
  who agrees|disagrees with ACTOR [on POSITION]
  members of ORGANISATION | affiliations of ACTOR
  claims about POSITION | claims in "DOCUMENT" | search "TEXT"
  neighbours of NAME [depth N] | path from NAME to NAME
  count claims by organisation|position|document|speaker
  list positions|people|organisations|documents|claims
  match (p:person)-[:says]->(c:claim)-[:opposes]->(x:position {id: "ID"})
        where p.name contains "TEXT" return p.name, c.text order by p.name limit 10
        (return also takes count(x), count(distinct x), collect(x), majority(x))
  explain STATEMENT   the plan a question or match runs as (questions are patterns + operators)
Every question takes: where COLUMN OP VALUE [and ...], with comments, order by COLUMN [desc], limit N
  OP is =, <>, <, <=, > or >=. A document field (date, source, author, section, type, url, day,
  week, month, year) keeps the claims of the documents that pass: where date >= 2014-06 and
  source = Pulse. Dates compare at the coarser precision (date = 2014-06 is all of June).
who supports|opposes|mentions and stance of also take: by day|week|month|year, a timeline
  (one row per period and actor or position, from the claims' documents' dates)
Names are case-insensitive, may be quoted, and resolve through ids, labels and aliases; a name
with on, to, and, with... inside is found unquoted when the graph knows it.

Options:
  -g, --graph GRAPH     the snapshot to read (required)
      --format FORMAT   table (default), json (an array of objects per statement) or csv
  -f, --file FILE       read statements from FILE ('-' for standard input)
  -k, --keep-going      after an error, run the remaining statements (still exits 1)
  -h, --help            this help
Limits (raise one when an error names it):
)";

constexpr const char* kHelpEnd = R"(
Exit codes: 0 answered, 1 a query or usage error, 2 the graph or FILE could not be read.
)";

std::string read_all(std::istream& in) {
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

int query_command(int argc, char** argv) {
    Args args("query",
              with_limit_options({{"graph", 'g', true},
                                  {"format", 0, true},
                                  {"file", 'f', true},
                                  {"keep-going", 'k', false},
                                  {"help", 'h', false}}),
              argc, argv);
    if (args.has("help")) {
        std::cout << kHelp << limit_options_help() << kHelpEnd;
        return 0;
    }
    const query::Limits limits = limits_from(args);
    const auto graph_path = args.value("graph");
    if (!graph_path) throw UsageError("stancegraph query: -g GRAPH is required (see stancegraph query --help)");
    const std::string format_name = args.value("format").value_or("table");
    const auto format = query::format_from(format_name);
    if (!format)
        throw UsageError("stancegraph query: unknown format \"" + format_name + "\"; expected table, json or csv");

    std::string text;
    std::string source;  // file name for FILE:LINE:COLUMN messages; empty for a command-line query
    const auto file = args.value("file");
    if (file && !args.positional().empty())
        throw UsageError("stancegraph query: give either a QUERY or -f FILE, not both");
    if (file && *file != "-") {
        std::ifstream in(*file, std::ios::binary);
        if (!in) throw FileError(*file + ": cannot open the query file: " + std::strerror(errno));
        text = read_all(in);
        if (in.bad()) throw FileError(*file + ": cannot read the query file");
        source = *file;
    } else if (file || (args.positional().empty() && !isatty(STDIN_FILENO))) {
        text = read_all(std::cin);
        source = "<stdin>";
    } else if (!args.positional().empty()) {
        for (const auto& p : args.positional()) text += (text.empty() ? "" : " ") + p;
    } else {
        throw UsageError("stancegraph query: give a QUERY or -f FILE (see stancegraph query --help)");
    }

    keep_freed_memory();  // `-f FILE` answers statement after statement
    const GraphStore g = store::open_graph(*graph_path);
    const query::Engine engine(g, limits);
    const bool keep_going = args.has("keep-going");
    bool failed = false;
    std::size_t printed = 0;
    engine.run(
        text,
        [&](const query::ResultSet& r) {
            if (printed++ && *format == query::Format::Table) std::cout << '\n';
            query::write_result(std::cout, r, *format);
            std::cout.flush();
        },
        [&](const query::QueryError& e) {
            failed = true;
            std::cout.flush();
            if (source.empty()) {
                std::cerr << e.what() << '\n';
            } else {
                const auto [line, column] = query::line_column(text, e.offset);
                std::string picture = query::caret_message(text, e.offset, "");
                while (!picture.empty() && picture.back() == ' ') picture.pop_back();
                std::cerr << source << ':' << line << ':' << column << ": " << e.message << '\n' << picture << '\n';
            }
            return keep_going;
        });
    return failed ? 1 : 0;
}

}  // namespace sg::cli
