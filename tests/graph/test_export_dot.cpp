// DOT export: hostile names must neither break the file nor inject attributes, and the result
// must be accepted by GraphViz itself.
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <regex>
#include <sstream>

#include "graph/export/dot.hpp"
#include "test_snapshot_fixture.hpp"

using namespace sg;
using sg::test::read_file;
using sg::test::sample_graph;
using sg::test::TempDir;
using sg::test::write_text;

namespace {

std::string dot_text(const GraphStore& g, const std::vector<NodeId>* only = nullptr) {
    std::ostringstream out;
    write_dot(g, out, only);
    return out.str();
}

// The line that declares node n.
std::string node_line(const std::string& dot, NodeId n) {
    std::istringstream in(dot);
    std::string line, prefix = "n" + std::to_string(n) + " [";
    while (std::getline(in, line)) {
        const auto start = line.find_first_not_of(' ');  // nodes inside clusters are indented more
        if (start != std::string::npos && line.compare(start, prefix.size(), prefix) == 0) return line;
    }
    return "";
}

// Outside quoted strings, a DOT statement line of ours must contain only ids, keywords and
// punctuation: anything else means a label escaped its quotes.
bool quotes_are_balanced(const std::string& dot) {
    bool in_string = false;
    for (std::size_t i = 0; i < dot.size(); ++i) {
        char c = dot[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
            else if (c == '\n') return false;  // a raw newline inside a string
        } else if (c == '"') {
            in_string = true;
        }
    }
    return !in_string;
}

bool have(const char* program) { return ::access(program, X_OK) == 0; }

}  // namespace

TEST_CASE("dot: quoting escapes quotes, backslashes, newlines and drops control characters") {
    CHECK(dot_quote("plain") == "\"plain\"");
    CHECK(dot_quote("say \"no\"") == "\"say \\\"no\\\"\"");
    CHECK(dot_quote("C:\\path\\") == "\"C:\\\\path\\\\\"");  // a trailing backslash cannot eat the quote
    CHECK(dot_quote("a\nb\r\nc\rd") == "\"a\\nb\\nc\\nd\"");
    CHECK(dot_quote("tab\there") == "\"tab here\"");
    CHECK(dot_quote("bell\x07\x01\x1F\x7F!") == "\"bell!\"");
    CHECK(dot_quote("c1\xC2\x85x") == "\"c1x\"");                   // U+0085 NEL, a C1 control
    CHECK(dot_quote("Zo\xC3\xAB \xE2\x80\x94 \xF0\x9F\x98\x80") == "\"Zo\xC3\xAB \xE2\x80\x94 \xF0\x9F\x98\x80\"");
    CHECK(dot_quote("bad \xFF\xFE end") == "\"bad \xEF\xBF\xBD\xEF\xBF\xBD end\"");
    CHECK(dot_quote("cut \xE2\x80") == "\"cut \xEF\xBF\xBD\xEF\xBF\xBD\"");  // truncated sequence
    CHECK(dot_quote("overlong \xC0\xAF") == "\"overlong \xEF\xBF\xBD\xEF\xBF\xBD\"");
    CHECK(dot_quote("<b>x</b>") == "\"<b>x</b>\"");
    CHECK(dot_quote("A & B &#12;") == "\"A &amp; B &amp;#12;\"");
    CHECK(dot_quote("\\N \\G") == "\"\\\\N \\\\G\"");  // GraphViz escapes stay literal text
}

TEST_CASE("dot: shapes and colours by kind, polarity colours, roles, comments, legend") {
    auto s = sg::test::stored_sample();
    std::string dot = dot_text(s.st);
    CHECK(dot.rfind("digraph stancegraph {\n", 0) == 0);
    CHECK(dot.find("subgraph cluster_legend {") != std::string::npos);
    CHECK(node_line(dot, s.jane).find("shape=ellipse") != std::string::npos);
    CHECK(node_line(dot, s.union_).find("shape=box") != std::string::npos);
    CHECK(node_line(dot, s.lanes).find("shape=hexagon") != std::string::npos);
    CHECK(node_line(dot, s.claim).find("shape=note") != std::string::npos);
    CHECK(node_line(dot, s.doc).find("shape=folder") != std::string::npos);
    // A reader's comment looks different from the article's claims.
    CHECK(node_line(dot, s.comment).find("dashed") != std::string::npos);
    CHECK(node_line(dot, s.claim).find("dashed") == std::string::npos);
    std::string n = [](NodeId a, NodeId b) { return "  n" + std::to_string(a) + " -> n" + std::to_string(b) + " ["; }(s.claim, s.lanes);
    CHECK(dot.find(n + "color=\"#2e7d32\"") != std::string::npos);  // supports: green
    n = "  n" + std::to_string(s.comment) + " -> n" + std::to_string(s.lanes) + " [";
    CHECK(dot.find(n + "color=\"#c62828\"") != std::string::npos);  // opposes: red
    CHECK(dot.find("label=\"deputy chair\"") != std::string::npos);
    // Dead nodes and edges are not drawn.
    CHECK(node_line(dot, s.jroe).empty());
    CHECK(dot.find("Removed Person") == std::string::npos);
    CHECK(quotes_are_balanced(dot));
}

TEST_CASE("dot: long claim texts are shortened, with the full text as tooltip") {
    auto s = sg::test::stored_sample();
    std::string line = node_line(dot_text(s.st), s.claim);
    std::smatch m;
    REQUIRE(std::regex_search(line, m, std::regex("label=\"([^\"]*)\"")));
    CHECK(m[1].str().find("\xE2\x80\xA6") != std::string::npos);
    CHECK(m[1].str().find("costs riders") == std::string::npos);
    CHECK(line.find("tooltip=\"claim claim:a.txt:10-52 (direct)\\na.txt bytes 10-52\\nWe need these lanes now, and every week "
                    "of delay costs riders\"") != std::string::npos);
}

TEST_CASE("dot: with a node list, only the induced subgraph is written") {
    auto s = sg::test::stored_sample();
    std::vector<NodeId> only{s.claim, s.lanes, s.jroe /* dead: ignored */};
    std::string dot = dot_text(s.st, &only);
    CHECK_FALSE(node_line(dot, s.claim).empty());
    CHECK_FALSE(node_line(dot, s.lanes).empty());
    CHECK(node_line(dot, s.jane).empty());
    CHECK(node_line(dot, s.doc).empty());
    CHECK(dot.find("  n" + std::to_string(s.claim) + " -> n" + std::to_string(s.lanes)) != std::string::npos);
    CHECK(dot.find("  n" + std::to_string(s.jane) + " -> ") == std::string::npos);
    std::size_t edges = 0;
    for (std::size_t p = dot.find("  n"); p != std::string::npos; p = dot.find("  n", p + 1))
        if (dot.compare(dot.find(' ', p + 2), 4, " -> ") == 0) ++edges;
    CHECK(edges == 1);
}

TEST_CASE("dot: GraphViz renders the hostile graph to valid SVG") {
    if (!have("/usr/bin/dot")) {
        MESSAGE("skipped: /usr/bin/dot is not installed (apt-get install graphviz)");
        return;
    }
    TempDir dir;
    write_text(dir.path / "g.dot", dot_text(sg::test::stored_sample().st));
    std::string cmd = "/usr/bin/dot -Tsvg '" + (dir.path / "g.dot").string() + "' -o '" + (dir.path / "g.svg").string() +
                      "' 2>'" + (dir.path / "err.txt").string() + "'";
    int rc = std::system(cmd.c_str());
    INFO(read_file(dir.path / "err.txt"));
    REQUIRE(WIFEXITED(rc));
    CHECK(WEXITSTATUS(rc) == 0);
    CHECK(read_file(dir.path / "err.txt").empty());  // no warnings either
    std::string svg = read_file(dir.path / "g.svg");
    // The hostile name arrives as the same text, escaped for XML by GraphViz.
    CHECK(svg.find("Ann &quot;The Hammer&quot; O&#39;Neil\\ &lt;b&gt;&amp;amp; ") != std::string::npos);
    CHECK(svg.find("Zo\xC3\xAB \\") != std::string::npos);
    if (have("/usr/bin/xmllint")) {
        std::string lint = "/usr/bin/xmllint --noout '" + (dir.path / "g.svg").string() + "' 2>'" +
                           (dir.path / "lint.txt").string() + "'";
        int lrc = std::system(lint.c_str());
        INFO(read_file(dir.path / "lint.txt"));
        CHECK((WIFEXITED(lrc) && WEXITSTATUS(lrc) == 0));
    } else {
        MESSAGE("xmllint not installed: SVG well-formedness not checked");
    }
}

TEST_CASE("dot: people are drawn inside the cluster of their organisation, when both are drawn") {
    auto s = sg::test::stored_sample();
    const std::string whole = dot_text(s.st);
    const std::string cluster = "subgraph cluster_n" + std::to_string(s.union_) + " {";
    const auto at = whole.find(cluster);
    REQUIRE(at != std::string::npos);
    const std::string body = whole.substr(at, whole.find("\n  }", at) - at);
    CHECK(body.find("n" + std::to_string(s.jane) + " [") != std::string::npos);
    CHECK(body.find("n" + std::to_string(s.union_) + " [") != std::string::npos);
    CHECK(body.find("n" + std::to_string(s.claim) + " [") == std::string::npos);  // claims stay outside

    // Without its organisation in the subset, a person is drawn loose, and no empty cluster appears.
    const std::vector<NodeId> only{s.jane, s.claim};
    const std::string part = dot_text(s.st, &only);
    CHECK(part.find("cluster_n") == std::string::npos);
    CHECK(node_line(part, s.jane).find("shape=ellipse") != std::string::npos);
}
