// `stancegraph network`: the discourse networks of the Discourse Network Analyzer, computed from a
// graph with DNA's semantics (networks/), in DNA's formats and a few more.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <stdexcept>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "graph/dates.hpp"
#include "graph/error.hpp"
#include "graph/store/open.hpp"
#include "networks/matrix.hpp"
#include "networks/statements.hpp"
#include "networks/windows.hpp"
#include "networks/write.hpp"

namespace sg::cli {

namespace {

using namespace sg::networks;

// net.csv, window 3 of 12 -> net-03.csv: numbers as wide as the count, so the files sort in time order.
std::string numbered_file(const std::string& path, std::size_t n, std::size_t count) {
    const std::filesystem::path p(path);
    std::string number = std::to_string(n);
    const std::size_t width = std::max<std::size_t>(2, std::to_string(count).size());
    number.insert(0, width - std::min(width, number.size()), '0');
    return (p.parent_path() / (p.stem().string() + "-" + number + p.extension().string())).string();
}

constexpr const char* kHelp = R"(Usage: stancegraph network -g GRAPH [OPTIONS]

Computes a discourse network as the Discourse Network Analyzer (DNA 3) does, from the statements
of a graph: a statement is one claim's stance on one position (row = its speaker, or for
organisation the organisation the claim was made for, or the speaker when an organisation;
column = the position; qualifier = supports 1, opposes 0). Readers' comments and claims only
"about" a position are not statements.

Options (DNA's names):
  -g, --graph GRAPH          the graph to read (required): a graph file or a JSON snapshot
  --type twomode|onemode     rows x columns, or rows x rows meeting in the columns (default twomode)
  --rows VARIABLE            organisation, person, position or actor (the speaker, person or
                             organisation: the rows of `stancegraph report`) (DNA's variable1;
                             default organisation)
  --columns VARIABLE         position, organisation, person or actor (DNA's variable2; default position)
  --aggregation A            twomode: ignore (count), subtract (supports - opposes), combine (1 only
                             supports, 2 only opposes, 3 both); onemode: ignore, congruence (same
                             side), conflict (opposite sides), subtract (congruence - conflict);
                             default ignore
  --normalise N              no; onemode: average, jaccard, cosine (DNA's: by n1 * n2); twomode:
                             activity (per row), prominence (per column); default no
  --duplicates D             include, document, week, month, year, acrossrange: keep one of the
                             statements with the same row, column (and qualifier, unless the
                             aggregation is ignore) per document / ISO week / month / year /
                             anywhere, the earliest (default include)
  --from DATE, --to DATE     only statements of documents dated in [FROM, TO] (YYYY-MM-DD or
                             YYYY-MM-DDTHH:MM:SS; a date alone as --to means the whole day)
  --exclude FIELD=VALUE      drop statements whose FIELD is VALUE (repeatable); FIELD is person,
                             organisation, actor, position, agreement (1/0), source, author, section, type
  --invert-exclude           keep only the statements the --exclude lists name instead
  --isolates                 rows and columns for every label of the graph, also those left
                             without statements by the filters
  --window N UNIT            a series of networks over moving windows of N days|weeks|months|years
                             starting one unit apart: json writes the series in one array; the
                             other formats one file per window (-o net.csv: net-01.csv, ...),
                             each file's window printed on standard error
  --with-comments            readers' comments below articles count as statements
  -f, --format F             csv (default), dl (UCINET), graphml (visone, Gephi), dot, json
  -o, --output FILE          write here (atomically) instead of standard output
  -h, --help                 this help

Exit codes: 0 written, 1 usage error (an unknown value, or a combination DNA does not define),
2 the graph could not be read or the output written.
)";

template <typename E>
E choose(const Args& args, const std::string& option, const std::map<std::string, E>& values, E fallback) {
    const auto v = args.value(option);
    if (!v) return fallback;
    if (auto it = values.find(*v); it != values.end()) return it->second;
    std::string known;
    for (const auto& [name, value] : values) known += (known.empty() ? "" : ", ") + name;
    throw UsageError("stancegraph network: --" + option + ": unknown value \"" + *v + "\"; expected one of " + known);
}

std::int64_t date_option(const std::string& option, const std::string& value, bool end_of_day) {
    const auto t = parse_instant(value);
    if (!t)
        throw UsageError("stancegraph network: --" + option + ": \"" + value +
                         "\" is not a date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS)");
    return *t + (end_of_day && value.size() == 10 ? 86399 : 0);
}

}  // namespace

int network_command(int argc, char** argv) {
    // --window takes two words (N UNIT): the unit arrives as a positional argument.
    Args args("network",
              {{"graph", 'g', true}, {"type", 0, true}, {"rows", 0, true}, {"columns", 0, true},
               {"aggregation", 0, true}, {"normalise", 0, true}, {"normalize", 0, true}, {"duplicates", 0, true},
               {"from", 0, true}, {"to", 0, true}, {"exclude", 0, true}, {"invert-exclude", 0, false},
               {"isolates", 0, false}, {"window", 0, true}, {"with-comments", 0, false}, {"format", 'f', true},
               {"output", 'o', true}, {"help", 'h', false}},
              argc, argv);
    if (args.has("help")) {
        std::cout << kHelp;
        return 0;
    }
    const auto graph_path = args.value("graph");
    if (!graph_path) throw UsageError("stancegraph network: -g GRAPH is required (see stancegraph network --help)");
    const std::map<std::string, Variable> variables = {
        {"organisation", Variable::Organisation}, {"organization", Variable::Organisation},
        {"person", Variable::Person}, {"position", Variable::Position}, {"concept", Variable::Position},
        {"actor", Variable::Actor}};
    NetworkOptions o;
    o.type = choose<NetworkType>(args, "type", {{"twomode", NetworkType::TwoMode}, {"onemode", NetworkType::OneMode}},
                                 NetworkType::TwoMode);
    o.rows = choose(args, "rows", variables, Variable::Organisation);
    o.columns = choose(args, "columns", variables, Variable::Position);
    o.aggregation = choose<Aggregation>(args, "aggregation",
                                        {{"ignore", Aggregation::Ignore}, {"congruence", Aggregation::Congruence},
                                         {"conflict", Aggregation::Conflict}, {"subtract", Aggregation::Subtract},
                                         {"combine", Aggregation::Combine}},
                                        Aggregation::Ignore);
    const std::map<std::string, Normalisation> norms = {
        {"no", Normalisation::None},          {"average", Normalisation::Average},
        {"jaccard", Normalisation::Jaccard},  {"cosine", Normalisation::Cosine},
        {"activity", Normalisation::Activity}, {"prominence", Normalisation::Prominence}};
    o.normalisation = choose(args, args.has("normalize") && !args.has("normalise") ? "normalize" : "normalise", norms,
                             Normalisation::None);
    o.duplicates = choose<Duplicates>(args, "duplicates",
                                      {{"include", Duplicates::Include}, {"document", Duplicates::Document},
                                       {"week", Duplicates::Week}, {"month", Duplicates::Month},
                                       {"year", Duplicates::Year}, {"acrossrange", Duplicates::AcrossRange}},
                                      Duplicates::Include);
    if (auto v = args.value("from")) o.from = date_option("from", *v, false);
    if (auto v = args.value("to")) o.to = date_option("to", *v, true);
    if (o.from && o.to && *o.from > *o.to) throw UsageError("stancegraph network: --from is after --to");
    static const std::vector<std::string> kFields = {"person", "organisation", "organization", "actor", "position", "concept",
                                                     "agreement", "source", "author", "section", "type"};
    for (const auto& e : args.values("exclude")) {
        const auto eq = e.find('=');
        const std::string field = e.substr(0, eq);
        if (eq == std::string::npos || std::find(kFields.begin(), kFields.end(), field) == kFields.end())
            throw UsageError("stancegraph network: --exclude \"" + e +
                             "\": expected FIELD=VALUE with FIELD one of person, organisation, actor, position, agreement, "
                             "source, author, section, type");
        o.exclude.push_back(Exclusion{field, e.substr(eq + 1)});
    }
    o.invert_exclude = args.has("invert-exclude");
    o.isolates = args.has("isolates");
    o.with_comments = args.has("with-comments");
    const std::string format = args.value("format").value_or("csv");
    static const std::vector<std::string> kFormats = {"csv", "dl", "graphml", "dot", "json"};
    if (std::find(kFormats.begin(), kFormats.end(), format) == kFormats.end())
        throw UsageError("stancegraph network: unknown format \"" + format + "\"; expected csv, dl, graphml, dot or json");
    std::optional<WindowOptions> window;
    if (auto v = args.value("window")) {
        const auto& rest = args.positional();
        static const std::map<std::string, WindowUnit> kUnits = {
            {"days", WindowUnit::Days},     {"day", WindowUnit::Days},   {"weeks", WindowUnit::Weeks},
            {"week", WindowUnit::Weeks},    {"months", WindowUnit::Months}, {"month", WindowUnit::Months},
            {"years", WindowUnit::Years},   {"year", WindowUnit::Years}};
        if (rest.size() != 1 || !kUnits.count(rest.front()))
            throw UsageError("stancegraph network: --window N UNIT: UNIT is days, weeks, months or years");
        window = WindowOptions{static_cast<int>(whole_number_option("window", *v, 100000)), kUnits.at(rest.front())};
        if (format != "json" && !args.value("output"))
            throw UsageError("stancegraph network: --window with --format " + format +
                             " writes one file per window: give -o FILE (FILE-01." + format +
                             ", FILE-02." + format + ", ...), or use --format json for the series in one");
    } else if (!args.positional().empty()) {
        throw UsageError("stancegraph network: unexpected argument \"" + args.positional().front() + "\"");
    }
    try {
        check_options(o);
    } catch (const std::invalid_argument& e) {
        throw UsageError(std::string("stancegraph network: ") + e.what());
    }

    const store::GraphStore g = store::open_graph(*graph_path);
    const std::vector<Statement> all = read_statements(g, o.with_comments);
    auto kind_name = [](Variable v) {
        return v == Variable::Organisation ? "organisation"
               : v == Variable::Person     ? "person"
               : v == Variable::Actor      ? "actor"
                                           : "position";
    };
    const auto output = args.value("output");
    auto write_one = [&](const std::optional<std::string>& file, const Network& net) {
        write_output(file, [&](std::ostream& out) {
            if (format == "csv") write_csv(net, out);
            else if (format == "dl") write_dl(net, out);
            else if (format == "graphml") networks::write_graphml(net, kind_name(o.rows), kind_name(o.columns), out);
            else if (format == "dot") networks::write_dot(net, out);
            else write_json({NetworkInWindow{"", net}}, true, out);
        });
    };
    if (window) {
        const auto series = network_series(all, o, *window);
        if (format == "json") {
            write_output(output, [&](std::ostream& out) { write_json(series, false, out); });
            return 0;
        }
        // One file per window, numbered in time order; which window each holds goes to stderr.
        if (series.empty()) std::cerr << "stancegraph network: no statement has a date: no window, no file written\n";
        for (std::size_t i = 0; i < series.size(); ++i) {
            const std::string file = numbered_file(*output, i + 1, series.size());
            write_one(file, series[i].network);
            std::cerr << file << "  " << series[i].label << "\n";
        }
        return 0;
    }
    const std::vector<Statement> kept = filter_statements(all, o);
    write_one(output, compute_network(kept, o.isolates ? all : kept, o));
    return 0;
}

}  // namespace sg::cli
