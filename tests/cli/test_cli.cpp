// End-to-end tests of the command-line contract: exit codes, messages, and the files written.
// They run the built executable (SG_BINARY) on the example corpus and on files made here.
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using sg::test::TempDir;

namespace {

struct Run {
    int code = -1;
    std::string out;
    std::string err;
};

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// Runs stancegraph with the given (already quoted) arguments through the shell.
Run stancegraph(const std::string& args, const fs::path& dir) {
    const fs::path out = dir / "stdout.txt", err = dir / "stderr.txt";
    const std::string cmd = quote(SG_BINARY) + " " + args + " </dev/null >" + quote(out.string()) + " 2>" +
                            quote(err.string());
    const int status = std::system(cmd.c_str());
    Run r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

const fs::path kExample = fs::path(SG_SOURCE_DIR) / "examples" / "nhs-cocommissioning";

std::string build_args(const fs::path& graph) {
    return "build -q --codebook " + quote((kExample / "codebook.json").string()) + " -o " + quote(graph.string()) +
           " " + quote((kExample / "articles").string());
}

}  // namespace

TEST_CASE("help and version document the commands and exit 0") {
    TempDir t;
    auto r = stancegraph("--help", t.path);
    CHECK(r.code == 0);
    for (const char* word : {"build", "query", "export", "repl", "Exit codes"})
        CHECK_MESSAGE(r.out.find(word) != std::string::npos, word);
    for (const char* cmd : {"build", "query", "export", "repl"}) {
        auto h = stancegraph(std::string(cmd) + " --help", t.path);
        CHECK_MESSAGE(h.code == 0, cmd);
        CHECK_MESSAGE(h.out.find("Usage: stancegraph " + std::string(cmd)) != std::string::npos, cmd);
    }
    r = stancegraph("--version", t.path);
    CHECK(r.code == 0);
    CHECK(r.out.rfind("stancegraph ", 0) == 0);
}

TEST_CASE("usage errors exit 1 and name the problem") {
    TempDir t;
    auto r = stancegraph("frobnicate", t.path);
    CHECK(r.code == 1);
    CHECK(r.err.find("unknown command \"frobnicate\"") != std::string::npos);
    r = stancegraph("build " + quote((kExample / "articles").string()), t.path);
    CHECK(r.code == 1);
    CHECK(r.err.find("-o GRAPH is required") != std::string::npos);
    r = stancegraph("build --bogus -o x.json y", t.path);
    CHECK(r.code == 1);
    CHECK(r.err.find("unknown option --bogus") != std::string::npos);
    r = stancegraph("export -g x.json --format pdf", t.path);
    CHECK(r.code == 1);
    CHECK(r.err.find("unknown format \"pdf\"") != std::string::npos);
}

TEST_CASE("missing inputs and unwritable outputs exit 2 naming the file") {
    TempDir t;
    auto r = stancegraph("build -q -o " + quote((t.path / "g.json").string()) + " /nonexistent/articles", t.path);
    CHECK(r.code == 2);
    CHECK(r.err.find("/nonexistent/articles") != std::string::npos);
    CHECK_FALSE(fs::exists(t.path / "g.json"));

    r = stancegraph("export -g /nonexistent/graph.json --format json", t.path);
    CHECK(r.code == 2);
    CHECK(r.err.find("/nonexistent/graph.json") != std::string::npos);

    // A path under a regular file can never be created, whoever runs the test (root included).
    std::ofstream(t.path / "plain") << "x";
    const fs::path impossible = t.path / "plain" / "g.json";
    r = stancegraph(build_args(impossible), t.path);
    CHECK(r.code == 2);
    CHECK(r.err.find(impossible.string()) != std::string::npos);
}

TEST_CASE("build, save, load and export give identical bytes") {
    TempDir t;
    const fs::path graph = t.path / "graph.json";
    auto r = stancegraph(build_args(graph), t.path);
    REQUIRE_MESSAGE(r.code == 0, r.err);
    const std::string saved = slurp(graph);
    CHECK(saved.size() > 1000);

    r = stancegraph("export -g " + quote(graph.string()) + " --format json", t.path);
    REQUIRE(r.code == 0);
    CHECK(r.out == saved);

    // Building again gives the same snapshot: extraction is deterministic whatever the threads.
    const fs::path again = t.path / "again.json";
    r = stancegraph(build_args(again) + " --threads 1", t.path);
    REQUIRE(r.code == 0);
    CHECK(slurp(again) == saved);

    // Exporting to a file writes the same bytes as to standard output.
    const fs::path exported = t.path / "exported.json";
    r = stancegraph("export -g " + quote(graph.string()) + " --format json -o " + quote(exported.string()), t.path);
    REQUIRE(r.code == 0);
    CHECK(slurp(exported) == saved);
}

TEST_CASE("a failed build leaves the existing snapshot intact") {
    TempDir t;
    const fs::path graph = t.path / "graph.json";
    REQUIRE(stancegraph(build_args(graph), t.path).code == 0);
    const std::string good = slurp(graph);
    auto r = stancegraph("build -q -o " + quote(graph.string()) + " /nonexistent/folder", t.path);
    CHECK(r.code == 2);
    CHECK(slurp(graph) == good);
}

TEST_CASE("every export format is produced from the example graph") {
    TempDir t;
    const fs::path graph = t.path / "graph.json";
    REQUIRE(stancegraph(build_args(graph), t.path).code == 0);
    const std::string g = quote(graph.string());

    auto claims = stancegraph("export -g " + g + " --format claims-jsonl", t.path);
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

    auto actors = stancegraph("export -g " + g + " --format actors-jsonl", t.path);
    REQUIRE(actors.code == 0);
    CHECK(actors.out.find("\"affiliations\":") != std::string::npos);

    auto graphml = stancegraph("export -g " + g + " --format graphml", t.path);
    REQUIRE(graphml.code == 0);
    CHECK(graphml.out.find("<graphml") != std::string::npos);
    CHECK(graphml.out.find("</graphml>") != std::string::npos);

    auto dot = stancegraph("export -g " + g + " --format dot", t.path);
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
    REQUIRE(stancegraph(build_args(graph), t.path).code == 0);
    const fs::path dot = t.path / "graph.dot";
    REQUIRE(stancegraph("export -g " + quote(graph.string()) + " --format dot -o " + quote(dot.string()), t.path)
                .code == 0);
    const std::string cmd = "dot -Tsvg " + quote(dot.string()) + " -o " + quote((t.path / "g.svg").string()) +
                            " 2>" + quote((t.path / "dot.err").string());
    CHECK_MESSAGE(std::system(cmd.c_str()) == 0, slurp(t.path / "dot.err"));

    auto svg = stancegraph("export -g " + quote(graph.string()) + " --format svg", t.path);
    REQUIRE_MESSAGE(svg.code == 0, svg.err);
    CHECK(svg.out.find("<svg") != std::string::npos);
}
