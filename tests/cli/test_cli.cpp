// End-to-end tests of the command-line contract: exit codes, messages, and the files written.
// They run the built executable (SG_BINARY) on the example corpus and on files made here.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using sg::test::RunResult;
using sg::test::slurp;
using sg::test::TempDir;

namespace {

const fs::path kExample = fs::path(SG_SOURCE_DIR) / "examples" / "nhs-cocommissioning";

std::vector<std::string> build_args(const fs::path& graph) {
    return {"build", "-q", "--codebook", (kExample / "codebook.json").string(), "-o", graph.string(),
            (kExample / "articles").string()};
}

RunResult stancegraph(const std::vector<std::string>& args) { return sg::test::run_binary(args); }

// For graphviz's dot, the one program run through the shell.
std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

}  // namespace

TEST_CASE("help and version document the commands and exit 0") {
    auto r = stancegraph({"--help"});
    CHECK(r.code == 0);
    for (const char* word : {"build", "query", "export", "repl", "Exit codes"})
        CHECK_MESSAGE(r.out.find(word) != std::string::npos, word);
    for (const char* cmd : {"build", "query", "export", "repl"}) {
        auto h = stancegraph({cmd, "--help"});
        CHECK_MESSAGE(h.code == 0, cmd);
        CHECK_MESSAGE(h.out.find("Usage: stancegraph " + std::string(cmd)) != std::string::npos, cmd);
    }
    r = stancegraph({"--version"});
    CHECK(r.code == 0);
    CHECK(r.out.rfind("stancegraph ", 0) == 0);
}

TEST_CASE("usage errors exit 1 and name the problem") {
    auto r = stancegraph({"frobnicate"});
    CHECK(r.code == 1);
    CHECK(r.err.find("unknown command \"frobnicate\"") != std::string::npos);
    r = stancegraph({"build", (kExample / "articles").string()});
    CHECK(r.code == 1);
    CHECK(r.err.find("-o GRAPH is required") != std::string::npos);
    r = stancegraph({"build", "--bogus", "-o", "x.json", "y"});
    CHECK(r.code == 1);
    CHECK(r.err.find("unknown option --bogus") != std::string::npos);
    r = stancegraph({"export", "-g", "x.json", "--format", "pdf"});
    CHECK(r.code == 1);
    CHECK(r.err.find("unknown format \"pdf\"") != std::string::npos);
}

TEST_CASE("missing inputs and unwritable outputs exit 2 naming the file") {
    TempDir t;
    auto r = stancegraph({"build", "-q", "-o", (t.path / "g.json").string(), "/nonexistent/articles"});
    CHECK(r.code == 2);
    CHECK(r.err.find("/nonexistent/articles") != std::string::npos);
    CHECK_FALSE(fs::exists(t.path / "g.json"));

    r = stancegraph({"export", "-g", "/nonexistent/graph.json", "--format", "json"});
    CHECK(r.code == 2);
    CHECK(r.err.find("/nonexistent/graph.json") != std::string::npos);

    // A path under a regular file can never be created, whoever runs the test (root included).
    std::ofstream(t.path / "plain") << "x";
    const fs::path impossible = t.path / "plain" / "g.json";
    r = stancegraph(build_args(impossible));
    CHECK(r.code == 2);
    CHECK(r.err.find(impossible.string()) != std::string::npos);
}

TEST_CASE("build, save, load and export give identical bytes") {
    TempDir t;
    const fs::path graph = t.path / "graph.json";
    auto r = stancegraph(build_args(graph));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    const std::string saved = slurp(graph);
    CHECK(saved.size() > 1000);

    r = stancegraph({"export", "-g", graph.string(), "--format", "json"});
    REQUIRE(r.code == 0);
    CHECK(r.out == saved);

    // Building again gives the same snapshot: extraction is deterministic whatever the threads.
    const fs::path again = t.path / "again.json";
    auto single_thread = build_args(again);
    single_thread.insert(single_thread.end(), {"--threads", "1"});
    r = stancegraph(single_thread);
    REQUIRE(r.code == 0);
    CHECK(slurp(again) == saved);

    // Exporting to a file writes the same bytes as to standard output.
    const fs::path exported = t.path / "exported.json";
    r = stancegraph({"export", "-g", graph.string(), "--format", "json", "-o", exported.string()});
    REQUIRE(r.code == 0);
    CHECK(slurp(exported) == saved);
}

TEST_CASE("a build whose standard error is not a terminal writes no progress line") {
    // Standard error is a pipe here: the summary line only, no "\r"-redrawn progress.
    TempDir t;
    auto args = build_args(t.path / "graph.json");
    std::erase(args, "-q");  // not quiet: the summary is written, the progress line is not
    auto r = stancegraph(args);
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(r.err.find('\r') == std::string::npos);
    CHECK(r.err.find("extracting") == std::string::npos);
    CHECK(r.err.rfind("built ", 0) == 0);
}

TEST_CASE("a failed build leaves the existing snapshot intact") {
    TempDir t;
    const fs::path graph = t.path / "graph.json";
    REQUIRE(stancegraph(build_args(graph)).code == 0);
    const std::string good = slurp(graph);
    auto r = stancegraph({"build", "-q", "-o", graph.string(), "/nonexistent/folder"});
    CHECK(r.code == 2);
    CHECK(slurp(graph) == good);
}

TEST_CASE("every export format is produced from the example graph") {
    TempDir t;
    const fs::path graph = t.path / "graph.json";
    REQUIRE(stancegraph(build_args(graph)).code == 0);
    const std::string g = graph.string();

    auto claims = stancegraph({"export", "-g", g, "--format", "claims-jsonl"});
    REQUIRE(claims.code == 0);
    std::istringstream lines(claims.out);
    std::string line;
    int n = 0;
    while (std::getline(lines, line)) {
        ++n;
        CHECK(line.front() == '{');
        CHECK(line.find("\"doc\":") != std::string::npos);
        CHECK(line.find("\"span\":") != std::string::npos);
    }
    CHECK(n > 10);

    auto actors = stancegraph({"export", "-g", g, "--format", "actors-jsonl"});
    REQUIRE(actors.code == 0);
    CHECK(actors.out.find("\"affiliations\":") != std::string::npos);

    auto graphml = stancegraph({"export", "-g", g, "--format", "graphml"});
    REQUIRE(graphml.code == 0);
    CHECK(graphml.out.find("<graphml") != std::string::npos);
    CHECK(graphml.out.find("</graphml>") != std::string::npos);

    auto dot = stancegraph({"export", "-g", g, "--format", "dot"});
    REQUIRE(dot.code == 0);
    CHECK(dot.out.rfind("digraph", 0) == 0);
}

TEST_CASE("DOT exports render with graphviz where it is installed") {
    if (::access("/usr/bin/dot", X_OK) != 0) {
        MESSAGE("graphviz's dot is not installed: DOT validity not checked");
        return;
    }
    TempDir t;
    const fs::path graph = t.path / "graph.json";
    REQUIRE(stancegraph(build_args(graph)).code == 0);
    const fs::path dot = t.path / "graph.dot";
    REQUIRE(stancegraph({"export", "-g", graph.string(), "--format", "dot", "-o", dot.string()}).code == 0);
    const std::string cmd = "dot -Tsvg " + quote(dot.string()) + " -o " + quote((t.path / "g.svg").string()) +
                            " 2>" + quote((t.path / "dot.err").string());
    CHECK_MESSAGE(std::system(cmd.c_str()) == 0, slurp(t.path / "dot.err"));

    auto svg = stancegraph({"export", "-g", graph.string(), "--format", "svg"});
    REQUIRE_MESSAGE(svg.code == 0, svg.err);
    CHECK(svg.out.find("<svg") != std::string::npos);
}
