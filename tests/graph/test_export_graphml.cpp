// GraphML export: well-formed XML whatever the names, with the attributes Gephi/igraph users need.
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <regex>
#include <sstream>

#include "graph/export/dot.hpp"
#include "graph/export/graphml.hpp"
#include "test_snapshot_fixture.hpp"

using namespace sg;
using sg::test::read_file;
using sg::test::sample_graph;
using sg::test::TempDir;
using sg::test::write_text;

namespace {

std::string graphml_text(const GraphStore& g, const std::vector<NodeId>* only = nullptr) {
    std::ostringstream out;
    write_graphml(g, out, only);
    return out.str();
}

// A minimal XML well-formedness check for what we write (no DTD, no CDATA, no comments): tags
// nest, attribute values are quoted, text has no raw '<', every '&' starts a known entity and no
// character XML forbids appears. Returns "" or what is wrong.
std::string xml_problem(const std::string& xml) {
    std::vector<std::string> open;
    std::regex entity("^&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);");
    for (std::size_t i = 0; i < xml.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(xml[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return "control character at " + std::to_string(i);
        if (c == '&' && !std::regex_search(xml.substr(i, 12), entity)) return "bare & at " + std::to_string(i);
        if (c == '>' && (i == 0 || xml[i - 1] != '?')) return "stray > at " + std::to_string(i);
        if (c != '<') continue;
        std::size_t end = i + 1;
        bool quoted = false;
        while (end < xml.size() && (quoted || xml[end] != '>')) {
            if (xml[end] == '"') quoted = !quoted;
            if (xml[end] == '<') return "'<' inside a tag at " + std::to_string(end);
            ++end;
        }
        if (end >= xml.size()) return "unterminated tag at " + std::to_string(i);
        std::string tag = xml.substr(i + 1, end - i - 1);
        if (tag.front() == '?') {
        } else if (tag.front() == '/') {
            if (open.empty() || open.back() != tag.substr(1)) return "mismatched </" + tag.substr(1) + ">";
            open.pop_back();
        } else if (tag.back() != '/') {
            open.push_back(tag.substr(0, tag.find_first_of(" \n\t")));
        }
        i = end;
    }
    return open.empty() ? "" : "unclosed <" + open.back() + ">";
}

std::size_t count(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("graphml: XML escaping of hostile text") {
    CHECK(xml_escape("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;");
    CHECK(xml_escape("bell\x07\x01 tab\tnl\n") == "bell tab\tnl\n");
    CHECK(xml_escape("bad \xFF") == "bad \xEF\xBF\xBD");
    CHECK(xml_escape("nonchar \xEF\xBF\xBF!") == "nonchar !");
    CHECK(xml_escape("Zo\xC3\xAB") == "Zo\xC3\xAB");
}

TEST_CASE("graphml: the document is well-formed and lists every live node and edge with its attributes") {
    auto s = sg::test::stored_sample();
    std::string xml = graphml_text(s.st);
    CHECK(xml_problem(xml) == "");
    CHECK(count(xml, "<node id=") == s.st.node_count());
    CHECK(count(xml, "<edge id=") == s.st.edge_count());
    CHECK(xml.find("<graph id=\"stancegraph\" edgedefault=\"directed\">") != std::string::npos);
    for (const char* key : {"kind", "label", "key", "claim_kind", "span_start", "span_end", "comment", "polarity", "sign", "role"})
        CHECK(xml.find("<key id=\"" + std::string(key) + "\"") != std::string::npos);
    // The opposing comment: polarity and sign on the edge, comment flag and span on the claim.
    std::string edge = "source=\"n" + std::to_string(s.comment) + "\" target=\"n" + std::to_string(s.lanes) + "\">\n" +
                       "      <data key=\"edge_kind\">opposes</data>\n      <data key=\"polarity\">opposes</data>\n" +
                       "      <data key=\"sign\">-1</data>";
    CHECK(xml.find(edge) != std::string::npos);
    std::string node = "<node id=\"n" + std::to_string(s.comment) + "\">";
    std::size_t at = xml.find(node);
    REQUIRE(at != std::string::npos);
    std::string block = xml.substr(at, xml.find("</node>", at) - at);
    CHECK(block.find("<data key=\"comment\">true</data>") != std::string::npos);
    CHECK(block.find("<data key=\"span_start\">300</data>") != std::string::npos);
    CHECK(block.find("<data key=\"claim_kind\">indirect</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"role\">deputy chair</data>") != std::string::npos);
    CHECK(xml.find("Removed Person") == std::string::npos);
}

TEST_CASE("graphml: with a node list, only the induced subgraph is written") {
    auto s = sg::test::stored_sample();
    std::vector<NodeId> only{s.jane, s.union_, s.federation};
    std::string xml = graphml_text(s.st, &only);
    CHECK(xml_problem(xml) == "");
    CHECK(count(xml, "<node id=") == 3);
    CHECK(count(xml, "<edge id=") == 2);  // member_of and part_of
}

TEST_CASE("graphml: xmllint accepts the export") {
    if (::access("/usr/bin/xmllint", X_OK) != 0) {
        MESSAGE("skipped: xmllint not installed (apt-get install libxml2-utils); the built-in check above still ran");
        return;
    }
    TempDir dir;
    write_text(dir.path / "g.graphml", graphml_text(sg::test::stored_sample().st));
    std::string cmd = "/usr/bin/xmllint --noout '" + (dir.path / "g.graphml").string() + "' 2>'" +
                      (dir.path / "err.txt").string() + "'";
    int rc = std::system(cmd.c_str());
    INFO(read_file(dir.path / "err.txt"));
    CHECK((WIFEXITED(rc) && WEXITSTATUS(rc) == 0));
}

TEST_CASE("graphml: a GraphML reader (networkx, as igraph/Gephi users' scripts) gets typed attributes") {
    if (std::system("python3 -c 'import networkx' >/dev/null 2>&1") != 0) {
        MESSAGE("skipped: python3 with networkx not installed (apt-get install python3-networkx)");
        return;
    }
    auto s = sg::test::stored_sample();
    TempDir dir;
    write_text(dir.path / "g.graphml", graphml_text(s.st));
    // Prints: nodes edges, then the typed attributes of the opposing comment and its edge.
    std::string script =
        "import networkx as nx, sys\n"
        "g = nx.read_graphml(sys.argv[1])\n"
        "c = g.nodes['n" + std::to_string(s.comment) + "']\n"
        "e = g.edges['n" + std::to_string(s.comment) + "', 'n" + std::to_string(s.lanes) + "']\n"
        "print(g.number_of_nodes(), g.number_of_edges(), type(g).__name__, c['comment'], c['span_start'] + 1,\n"
        "      e['polarity'], e['sign'] * 2, e['edge_confidence'])\n";
    write_text(dir.path / "read.py", script);
    std::string cmd = "python3 '" + (dir.path / "read.py").string() + "' '" + (dir.path / "g.graphml").string() + "' >'" +
                      (dir.path / "out.txt").string() + "' 2>&1";
    int rc = std::system(cmd.c_str());
    std::string out = read_file(dir.path / "out.txt");
    INFO(out);
    CHECK((WIFEXITED(rc) && WEXITSTATUS(rc) == 0));
    CHECK(out == std::to_string(s.st.node_count()) + " " + std::to_string(s.st.edge_count()) +
                     " DiGraph True 301 opposes -2 0.6\n");
}

TEST_CASE("graphml and dot: a document's metadata and a claim's organisation are shown") {
    Graph g;
    Node doc;
    doc.kind = NodeKind::Document;
    doc.key = "doc:a.txt";
    doc.name = "a.txt";
    doc.document.date = "2014-06-12";
    doc.document.source = "Pulse & Co";
    const NodeId d = g.add_node(doc);
    Node org;
    org.kind = NodeKind::Organisation;
    org.key = "org:league";
    org.name = "Tax League";
    const NodeId o = g.add_node(org);
    Node claim;
    claim.kind = NodeKind::Claim;
    claim.key = "claim:a.txt:0-5";
    claim.name = "We do";
    claim.claim.document = d;
    claim.claim.organisation = o;
    g.add_node(claim);
    const GraphStore st = GraphStore::from_graph(g);
    const std::string xml = graphml_text(st);
    CHECK(xml_problem(xml) == "");
    CHECK(xml.find("<key id=\"date\" for=\"node\"") != std::string::npos);
    CHECK(xml.find("<data key=\"date\">2014-06-12</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"source\">Pulse &amp; Co</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"author\">") == std::string::npos);  // unknown: left out
    CHECK(xml.find("<data key=\"organisation\">Tax League</data>") != std::string::npos);
    std::ostringstream dot;
    write_dot(st, dot);
    CHECK(dot.str().find("date: 2014-06-12\\nsource: Pulse &amp; Co") != std::string::npos);
}
