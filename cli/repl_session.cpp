// The REPL's commands (see repl_session.hpp).
#include "cli/repl_session.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "cli/limit_options.hpp"
#include "cli/output.hpp"
#include "graph/error.hpp"
#include "graph/export/dot.hpp"
#include "graph/store/open.hpp"
#include "loaders/build.hpp"
#include "query/output/subgraph.hpp"
#include "query/parse/tokenizer.hpp"

namespace sg::cli {
namespace {

// Splits a dot-command line into words; "double quotes" group words with spaces.
std::vector<std::string> words(const std::string& line) {
    std::vector<std::string> out;
    std::string cur;
    bool quoted = false, any = false;
    for (char c : line) {
        if (c == '"') { quoted = !quoted; any = true; continue; }
        if (!quoted && (c == ' ' || c == '\t')) {
            if (any) out.push_back(cur);
            cur.clear();
            any = false;
            continue;
        }
        cur += c;
        any = true;
    }
    if (any) out.push_back(cur);
    return out;
}

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

constexpr const char* kNoGraph =
    "no graph loaded: use .load GRAPH.json (a snapshot from stancegraph build) or .load ARTICLES... "
    "(files or folders of .txt; --codebook FILE for positions), or start with stancegraph repl -g GRAPH";

}  // namespace

const char* ReplSession::help_text() {
    return R"(Questions (end with Enter; ';' separates several on a line):
  who supports|opposes|mentions POSITION        what does ACTOR say [about POSITION]
  stance of ACTOR [on POSITION]                 who agrees|disagrees with ACTOR [on POSITION]
  why does ACTOR support|oppose|mention POSITION   its claims and the words that decided them
  why claim "KEY or TEXT"                       one claim's stances and their evidence
  members of ORGANISATION                       affiliations of ACTOR
  claims about POSITION | claims in "DOCUMENT" | search "TEXT"
  neighbours of NAME [depth N]                  path from NAME to NAME
  count claims by organisation|position|document|speaker
  list positions|people|organisations|documents|claims
  match (a:person)-[:says]->(c:claim) where a.name contains "x" return a.name, c.text
        (return also takes count(x), count(distinct x), collect(x), majority(x))
  explain STATEMENT                             the plan a question or match runs as
  ... where COLUMN =|<>|<|<=|>|>= VALUE [and ...]  with comments  order by COLUMN [desc]  limit N
      (date, source, author, section, type, url, month... filter the documents read)
  who supports|opposes|mentions P by month, stance of X by year   timelines (day|week|month|year)
Commands:
  .help                      this text
  .load GRAPH                load a snapshot (from stancegraph build)
  .load [--codebook FILE] PATH...
                             build a graph from articles (files or folders of .txt); without
                             --codebook, a codebook.json beside or above the folder is used
  .format table|json|csv     how results are printed
  .dot FILE QUERY            write the subgraph answering QUERY as GraphViz DOT to FILE
  .read FILE                 run the statements in FILE
  .timer on|off              print how long each statement took
  .limits [NAME N]           show the query limits, or set one (.limits max-rows 500000)
  .quit                      leave (Ctrl-D too); Ctrl-C abandons the current line
Tab completes keywords, position ids and actor names.
)";
}

void ReplSession::install(GraphStore g, const std::string& what) {
    engine_.reset();
    graph_ = std::make_unique<GraphStore>(std::move(g));
    engine_ = std::make_unique<query::Engine>(*graph_, limits_);
    out_ << "loaded " << what << ": " << graph_->nodes_of_kind(NodeKind::Document).size() << " documents, "
         << graph_->nodes_of_kind(NodeKind::Person).size() << " people, "
         << graph_->nodes_of_kind(NodeKind::Organisation).size() << " organisations, "
         << graph_->nodes_of_kind(NodeKind::Position).size() << " positions, "
         << graph_->nodes_of_kind(NodeKind::Claim).size() << " claims\n";
}

void ReplSession::load_snapshot_file(const std::string& path) { install(store::open_graph(path), path); }

void ReplSession::load(const std::vector<std::string>& args) {
    std::vector<std::filesystem::path> inputs;
    loaders::BuildOptions options;
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--codebook") {
            if (i + 1 >= args.size()) throw UsageError(".load: --codebook needs a FILE");
            options.codebook = args[++i];
        } else if (args[i] == "--annotations") {
            if (i + 1 >= args.size()) throw UsageError(".load: --annotations needs a FILE");
            options.annotations.emplace_back(args[++i]);
        } else {
            inputs.emplace_back(args[i]);
        }
    }
    if (inputs.empty()) throw UsageError(".load needs a GRAPH snapshot or article PATHs (see .help)");
    namespace fs = std::filesystem;
    // One regular file that is not an article: a snapshot.
    if (inputs.size() == 1 && options.codebook.empty() && fs::is_regular_file(inputs[0]) &&
        inputs[0].extension() != ".txt") {
        load_snapshot_file(inputs[0].string());
        return;
    }
    if (options.codebook.empty()) {
        for (const auto& in : inputs) {
            if (!fs::is_directory(in)) continue;
            for (const fs::path& dir : {fs::path(in), fs::absolute(in).parent_path()}) {
                if (fs::is_regular_file(dir / "codebook.json")) {
                    options.codebook = dir / "codebook.json";
                    break;
                }
            }
            if (!options.codebook.empty()) break;
        }
        if (!options.codebook.empty()) out_ << "using codebook " << options.codebook.string() << "\n";
        else out_ << "no codebook found: the graph will have no positions (use .load --codebook FILE PATH...)\n";
    }
    loaders::BuildReport report;
    Graph g = loaders::build_graph(inputs, options, report);
    for (const auto& w : report.warnings) err_ << "warning: " << w << "\n";
    install(GraphStore::from_graph(g, "the articles"), std::to_string(report.documents) + " articles");
}

void ReplSession::run_query(const std::string& text, const std::string& source) {
    if (!engine_) throw UsageError(kNoGraph);
    std::size_t printed = 0;
    auto started = std::chrono::steady_clock::now();
    engine_->run(
        text,
        [&](const query::ResultSet& r) {
            if (printed++ && format_ == query::Format::Table) out_ << '\n';
            query::write_result(out_, r, format_);
            if (timer_) {
                const auto now = std::chrono::steady_clock::now();
                const double ms = std::chrono::duration<double, std::milli>(now - started).count();
                out_ << "time: " << std::fixed;
                out_.precision(3);
                out_ << ms << " ms\n";
                out_.unsetf(std::ios::floatfield);
                started = now;
            }
            out_.flush();
        },
        [&](const query::QueryError& e) {
            had_error_ = true;
            if (source.empty()) {
                err_ << e.what() << '\n';
            } else {
                const auto [line, column] = query::line_column(text, e.offset);
                std::string picture = query::caret_message(text, e.offset, "");
                while (!picture.empty() && picture.back() == ' ') picture.pop_back();
                err_ << source << ':' << line << ':' << column << ": " << e.message << '\n' << picture << '\n';
            }
            return false;  // a file stops at its first error, like the batch command
        });
}

void ReplSession::command(const std::string& line) {
    const std::vector<std::string> args = words(line);
    const std::string& name = args[0];
    if (name == ".help") {
        out_ << help_text();
    } else if (name == ".load") {
        load(args);
    } else if (name == ".format") {
        if (args.size() != 2 || !query::format_from(args[1])) throw UsageError(".format takes table, json or csv");
        format_ = *query::format_from(args[1]);
    } else if (name == ".timer") {
        if (args.size() != 2 || (args[1] != "on" && args[1] != "off")) throw UsageError(".timer takes on or off");
        timer_ = args[1] == "on";
    } else if (name == ".read") {
        if (args.size() != 2) throw UsageError(".read takes one FILE");
        std::ifstream in(args[1], std::ios::binary);
        if (!in) throw FileError(args[1] + ": cannot open: " + std::strerror(errno));
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        run_query(text, args[1]);
    } else if (name == ".dot") {
        if (args.size() < 3) throw UsageError(".dot takes a FILE and a QUERY");
        if (!engine_) throw UsageError(kNoGraph);
        // The query is the rest of the line as typed, after the file name.
        const std::string rest = trim(line.substr(line.find(args[1], name.size()) + args[1].size()));
        std::string query_text = rest;
        if (!query_text.empty() && query_text.front() == '"' && rest.size() > 1 && rest.back() == '"' &&
            rest.find('"', 1) == rest.size() - 1)
            query_text = rest.substr(1, rest.size() - 2);
        const std::vector<NodeId> nodes = query::answer_subgraph(*engine_, query_text);
        write_output(args[1], [&](std::ostream& o) { write_dot(*graph_, o, &nodes); });
        out_ << "wrote " << nodes.size() << " nodes to " << args[1] << "\n";
    } else if (name == ".limits") {
        if (args.size() == 3) {
            set_limit(limits_, args[1], args[2]);
            if (engine_) engine_->set_limits(limits_);
        } else if (args.size() != 1) {
            throw UsageError(".limits takes nothing, or a NAME and a number (.limits max-rows 500000)");
        }
        out_ << describe_limits(limits_);
    } else {
        throw UsageError("unknown command " + name + " (try .help)");
    }
}

bool ReplSession::handle(const std::string& raw) {
    const std::string line = trim(raw);
    if (line.empty() || line[0] == '#') return true;
    if (line == ".quit" || line == ".exit" || line == ".q") return false;
    try {
        if (line[0] == '.') command(line);
        else run_query(line, {});
    } catch (const UsageError& e) {
        had_error_ = true;
        err_ << e.what() << '\n';
    } catch (const FileError& e) {
        had_error_ = true;
        err_ << e.what() << '\n';
    } catch (const std::exception& e) {
        had_error_ = true;
        err_ << "error: " << e.what() << '\n';
    }
    out_.flush();
    return true;
}

std::vector<std::string> ReplSession::completions() const {
    std::vector<std::string> out = query::keywords();
    for (const char* c : {".help", ".load", ".format", ".dot", ".read", ".timer", ".limits", ".quit", "table", "json", "csv",
                          "positions", "people", "organisations", "documents", "organisation", "position",
                          "document", "speaker", "person", "kind"})
        out.emplace_back(c);
    if (engine_) {
        const auto names = engine_->binder().completion_words();
        out.insert(out.end(), names.begin(), names.end());
    }
    return out;
}

}  // namespace sg::cli
