// `stancegraph report`: one self-contained HTML page of a corpus's debate (report/): overview,
// stance matrix, congruence/conflict network drawn by graphviz, time line, and the evidence.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/graphviz.hpp"
#include "cli/output.hpp"
#include "graph/dates.hpp"
#include "graph/error.hpp"
#include "graph/store/open.hpp"
#include "report/page.hpp"

namespace sg::cli {

namespace {

constexpr const char* kHelp = R"(Usage: stancegraph report -g GRAPH -o REPORT.html [FILTERS] [OPTIONS]

Writes one self-contained HTML page (inline CSS and SVG, one short inline script, a
Content-Security-Policy that lets it fetch nothing: it opens from a USB stick, and prints):
  Overview       the corpus (documents, sources, dates, claims, people, organisations) and per
                 position a diverging bar of its supporters (green), opponents (red) and actors
                 on both sides (grey), with the numbers of actors and of claims
  Stance matrix  actors x positions, coloured by side, darker for more claims, rows ordered by
                 the leading eigenvector of the actors' congruence - conflict network so that
                 actors who agree stand together, members grouped under their organisation;
                 hover a cell for its first claims, click it for all
  Network        congruence (green) and conflict (red) between actors, the numbers of
                 `stancegraph network --type onemode --rows actor`, drawn by graphviz now;
                 coalitions by colour
  Time           per position, supporting and opposing statements by month (dated documents)
  Evidence       every claim behind a cell: speaker, side, document, date, source, the quote
                 (inside its sentence with --articles) and the words that decided its side

Filters (a statement is one claim's side on one position, as in `stancegraph network`):
  --position NAME     only this position (repeatable; a label, alias, id or key)
  --actor NAME        only this person or organisation; an organisation brings its members
                      (repeatable)
  --source NAME       only documents from this source (repeatable; as the graph writes it)
  --from DATE         only documents dated on or after DATE (YYYY-MM-DD[THH:MM:SS])
  --to DATE           only documents dated on or before DATE (a date alone: the whole day)
  --with-comments     readers' comments below articles count as statements

Options:
  -g, --graph GRAPH         the graph to read (required): a graph file or a JSON snapshot
  -o, --output FILE         where to write the page (required; written atomically)
  --articles DIR            the folder of the articles' files, to show each quote inside its
                            sentence with the decisive words marked there too
  --title TEXT              the page's heading (default "Who stands where: GRAPH")
  --layout PROGRAM          graphviz layout: neato (default), sfdp, fdp, circo or dot
  --max-actors N            matrix rows: the N most active actors (default 200; 0 = all)
  --claims-per-cell N       claims listed per cell in the evidence (default 10; 0 = all)
  --network-actors N        actors drawn in the network (default 60; 0 = all rows)
  --network-edges N         edges drawn, the strongest (default 400; 0 = all)
  -h, --help                this help

Exit codes: 0 written, 1 usage error (an unknown option or value, a name the graph does not
have), 2 the graph or an article folder could not be read, or the page not written.
)";

std::int64_t date_option(const std::string& option, const std::string& value, bool end_of_day) {
    const auto t = parse_instant(value);
    if (!t)
        throw UsageError("stancegraph report: --" + option + ": \"" + value +
                         "\" is not a date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS)");
    return *t + (end_of_day && value.size() == 10 ? 86399 : 0);
}

std::size_t count_option(const Args& args, const std::string& option, std::size_t fallback) {
    const auto v = args.value(option);
    if (!v) return fallback;
    if (*v == "0") return 0;
    return whole_number_option(option, *v, 100000000);
}

}  // namespace

int report_command(int argc, char** argv) {
    Args args("report",
              {{"graph", 'g', true}, {"output", 'o', true}, {"position", 0, true}, {"actor", 0, true},
               {"source", 0, true}, {"from", 0, true}, {"to", 0, true}, {"with-comments", 0, false},
               {"articles", 0, true}, {"title", 0, true}, {"layout", 0, true}, {"max-actors", 0, true},
               {"claims-per-cell", 0, true}, {"network-actors", 0, true}, {"network-edges", 0, true},
               {"help", 'h', false}},
              argc, argv);
    if (args.has("help")) {
        std::cout << kHelp;
        return 0;
    }
    const auto graph_path = args.value("graph");
    if (!graph_path) throw UsageError("stancegraph report: -g GRAPH is required (see stancegraph report --help)");
    const auto output = args.value("output");
    if (!output || *output == "-")
        throw UsageError("stancegraph report: -o REPORT.html is required (the page is a file to open or share)");
    if (!args.positional().empty())
        throw UsageError("stancegraph report: unexpected argument \"" + args.positional().front() + "\"");

    report::Filters filters;
    filters.positions = args.values("position");
    filters.actors = args.values("actor");
    filters.sources = args.values("source");
    if (auto v = args.value("from")) filters.from = date_option("from", *v, false);
    if (auto v = args.value("to")) filters.to = date_option("to", *v, true);
    if (filters.from && filters.to && *filters.from > *filters.to)
        throw UsageError("stancegraph report: --from is after --to");
    filters.with_comments = args.has("with-comments");

    report::PageOptions options;
    options.graph_name = std::filesystem::path(*graph_path).filename().string();
    options.title = args.value("title").value_or("");
    options.layout = args.value("layout").value_or("neato");
    static const std::vector<std::string> kLayouts = {"neato", "sfdp", "fdp", "circo", "dot", "twopi"};
    if (std::find(kLayouts.begin(), kLayouts.end(), options.layout) == kLayouts.end())
        throw UsageError("stancegraph report: --layout \"" + options.layout +
                         "\": expected neato, sfdp, fdp, circo, twopi or dot");
    options.max_actors = count_option(args, "max-actors", options.max_actors);
    options.claims_per_cell = count_option(args, "claims-per-cell", options.claims_per_cell);
    options.network_actors = count_option(args, "network-actors", options.network_actors);
    options.network_edges = count_option(args, "network-edges", options.network_edges);
    // The filters as given, for the page's header.
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        for (const char* f : {"--position", "--actor", "--source", "--from", "--to"})
            if (a == f && i + 1 < argc) options.filters_text += (options.filters_text.empty() ? "" : " ") + a + " " + argv[i + 1];
            else if (a.rfind(std::string(f) + "=", 0) == 0) options.filters_text += (options.filters_text.empty() ? "" : " ") + a;
        if (a == "--with-comments") options.filters_text += (options.filters_text.empty() ? "" : " ") + a;
    }

    report::ArticleTexts articles;
    if (auto dir = args.value("articles")) {
        std::error_code ec;
        if (!std::filesystem::is_directory(*dir, ec))
            throw FileError("stancegraph report: --articles " + *dir + ": not a folder that can be read");
        articles = report::ArticleTexts(*dir);
    }

    const store::GraphStore g = store::open_graph(*graph_path);
    const std::string layout = options.layout;
    const report::Renderer render = [&layout](const std::string& dot) -> std::optional<std::string> {
        const auto program = find_program(layout);
        if (!program) return std::nullopt;
        return run_graphviz(*program, dot, "graphviz");
    };
    std::string page;
    try {
        page = report::report_page(g, filters, options, render, articles);
    } catch (const report::UnknownName& e) {
        throw UsageError(std::string("stancegraph report: ") + e.what());
    }
    write_output(*output, [&](std::ostream& out) { out << page; });
    return 0;
}

}  // namespace sg::cli
