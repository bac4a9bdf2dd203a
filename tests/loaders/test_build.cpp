// build_graph: inputs, errors, node keys, determinism.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "graph/error.hpp"
#include "support/temp_dir.hpp"
#include "loaders/build.hpp"

namespace fs = std::filesystem;
using namespace sg;
using namespace sg::loaders;
using sg::test::TempDir;

namespace {

std::string error_of(const std::vector<fs::path>& inputs) {
    BuildReport report;
    try {
        build_graph(inputs, {}, report);
    } catch (const FileError& e) {
        return e.what();
    }
    return "no error";
}

const std::string kArticle =
    "Town hall to close early\n\n"
    "The town hall will close two hours early from next week to save money, the council said.\n\n"
    "Dr Ama Osei, chair of the Example Residents Association, said: \xE2\x80\x98This is a false economy.\xE2\x80\x99\n";

}  // namespace

TEST_CASE("build: missing path, empty folder, folder without .txt, binary file are FileErrors naming them") {
    TempDir empty;
    TempDir other;
    other.write("notes.md", "# not an article");
    TempDir binary;
    binary.write("a.txt", std::string("ab\0cd", 5));
    CHECK(error_of({"/nonexistent/sg/articles"}).find("/nonexistent/sg/articles") != std::string::npos);
    CHECK(error_of({empty.path}).find("empty folder") != std::string::npos);
    CHECK(error_of({other.path}).find("no articles (.txt, .html, .htm, .docx)") != std::string::npos);
    std::string bin = error_of({binary.path});
    CHECK(bin.find("a.txt") != std::string::npos);
    CHECK(bin.find("binary") != std::string::npos);
    CHECK(error_of({}).find("no input") != std::string::npos);
}

TEST_CASE("build: node keys, document title, claim provenance and invalid bytes reported") {
    TempDir dir;
    dir.write("story.txt", kArticle);
    dir.write("broken.txt", "Broken bytes story here\n\nThe caf\xE9 owner said the town hall closure would hurt trade badly.\n");
    BuildReport report;
    Graph g = build_graph({dir.path}, {}, report);
    CHECK(report.documents == 2);
    REQUIRE(report.warnings.size() == 1);
    // named by its path, at line:column (the e-acute is the 8th character of line 3)
    CHECK(report.warnings[0].find((dir.path / "broken.txt").string() + ":3:8: invalid UTF-8") == 0);
    auto doc = g.find_key("doc:story.txt");
    REQUIRE(doc);
    CHECK(g.node(*doc).name == "story.txt");
    CHECK(g.node(*doc).description == "Town hall to close early");
    auto person = g.find_key("person:ama-osei");
    REQUIRE(person);
    auto org = g.find_key("org:example-residents-association");
    REQUIRE(org);
    auto member = g.out_edges(*person, EdgeKind::MemberOf);
    REQUIRE(member.size() == 1);
    CHECK(g.edge(member[0]).to == *org);
    CHECK(g.edge(member[0]).role == "chair");
    auto says = g.out_edges(*person, EdgeKind::Says);
    REQUIRE(says.size() == 1);
    const Node& claim = g.node(g.edge(says[0]).to);
    CHECK(claim.name == "This is a false economy.");
    auto at = kArticle.find("This is a false");
    CHECK(claim.claim.span.start == at);
    CHECK(claim.claim.span.end == at + claim.name.size());
    CHECK(claim.key == "claim:story.txt:" + std::to_string(at) + "-" + std::to_string(at + claim.name.size()));
    CHECK(claim.claim.document == *doc);
}

TEST_CASE("build: one person across documents, surname-only mentions resolved corpus-wide, same graph whatever the threads") {
    TempDir dir;
    dir.write("a.txt", "First story headline here\n\nProfessor Lena Brandt, president of the Example Society, opened the new wing on Monday.\n");
    dir.write("b.txt", "Second story headline here\n\nDr Brandt said: \xE2\x80\x98The wing will save lives every single day.\xE2\x80\x99\n");
    BuildReport r1, r2;
    BuildOptions one;
    one.threads = 1;
    BuildOptions four;
    four.threads = 4;
    Graph g1 = build_graph({dir.path}, one, r1);
    Graph g2 = build_graph({dir.path}, four, r2);
    auto p = g1.find_key("person:lena-brandt");
    REQUIRE(p);
    CHECK(g1.out_edges(*p, EdgeKind::Says).size() == 1);
    CHECK(g1.node_count() == g2.node_count());
    CHECK(g1.edge_count() == g2.edge_count());
    for (NodeId n = 0; n < g1.node_capacity(); ++n) CHECK(g1.node(n).key == g2.node(n).key);
}

TEST_CASE("build: a person named by surname in an article read before the one naming them in full takes the full name") {
    // "a.txt" is read first and names her only as "Dr Brandt": the node it makes is hers, and must
    // carry the name "z.txt" gives in full (the name `who supports` lists and the scorer matches)
    TempDir dir;
    dir.write("a.txt", "First story headline here\n\nDr Brandt said: \xE2\x80\x98The wing will save lives every single day.\xE2\x80\x99\n");
    dir.write("z.txt", "Second story headline here\n\nProfessor Lena Brandt, president of the Example Society, opened the new wing on Monday.\n");
    BuildReport report;
    Graph g = build_graph({dir.path}, {}, report);
    auto p = g.find_key("person:lena-brandt");
    REQUIRE(p);
    CHECK(g.node(*p).name == "Lena Brandt");
    CHECK(g.out_edges(*p, EdgeKind::Says).size() == 1);
    CHECK(g.find_name("Brandt", NodeKind::Person) == std::vector<NodeId>{*p});
}

TEST_CASE("build: an acronym defined in one article names the same organisation in another") {
    TempDir dir;
    dir.write("a.txt", "First story headline here\n\nThe Federation of Rural Grocers (FRG) met on Monday to discuss prices.\n");
    dir.write("b.txt", "Second story headline here\n\nThe FRG said prices would rise sharply again this winter.\n");
    BuildReport report;
    Graph g = build_graph({dir.path}, {}, report);
    auto org = g.find_key("org:federation-of-rural-grocers");
    REQUIRE(org);
    CHECK(g.find_name("FRG", NodeKind::Organisation) == std::vector<NodeId>{*org});
    CHECK(g.out_edges(*org, EdgeKind::Says).size() == 1);
}

TEST_CASE("build: an initial or a short given name in one article is the one fuller name of the corpus") {
    // three articles: a full name, another person of that surname (or a short form), an initial
    auto build_three = [](const TempDir& dir, const std::string& second) {
        dir.write("a.txt", "First story headline here\n\n\"We will fight it,\" said Deborah Quayle, a retired nurse.\n");
        dir.write("b.txt", "Second story headline here\n\n\"It is wrong,\" said " + second + ", who farms nearby.\n");
        dir.write("c.txt", "Third story headline here\n\nMs D Quayle told the committee the plan was wrong.\n");
        BuildReport report;
        return build_graph({dir.path}, {}, report);
    };
    TempDir dir;
    Graph g = build_three(dir, "Deb Quayle");
    const auto found = g.find_name("Deborah Quayle", NodeKind::Person);
    REQUIRE(found.size() == 1);
    CHECK(g.find_name("Deb Quayle", NodeKind::Person) == found);
    CHECK(g.find_name("D Quayle", NodeKind::Person) == found);
    // two people the initial could be: it stays apart
    TempDir two;
    Graph h = build_three(two, "Daniel Quayle");
    CHECK(h.find_name("Deborah Quayle", NodeKind::Person) != h.find_name("Daniel Quayle", NodeKind::Person));
    CHECK(h.find_name("D Quayle", NodeKind::Person) != h.find_name("Deborah Quayle", NodeKind::Person));
}

TEST_CASE("build: a body's shorter name in one article is the one longer body of the corpus it ends") {
    TempDir dir;
    dir.write("a.txt", "First story headline here\n\nThe House Energy and Commerce Committee met on Monday.\n");
    dir.write("b.txt", "Second story headline here\n\nThe Energy and Commerce Committee said prices would rise.\n");
    BuildReport report;
    Graph g = build_graph({dir.path}, {}, report);
    const auto found = g.find_name("Energy and Commerce Committee", NodeKind::Organisation);
    REQUIRE(found.size() == 1);
    CHECK(g.node(found.front()).name == "House Energy and Commerce Committee");
    // two longer bodies end so: the shorter name stays a body of its own
    TempDir two;
    two.write("a.txt", "First story headline here\n\nThe Westshire State Board of Elections met on Monday.\n");
    two.write("b.txt", "Second story headline here\n\nThe Eastshire State Board of Elections met on Tuesday.\n");
    two.write("c.txt", "Third story headline here\n\nThe State Board of Elections said turnout was up.\n");
    Graph h = build_graph({two.path}, {}, report);
    CHECK(h.find_key("org:state-board-of-elections"));
}
