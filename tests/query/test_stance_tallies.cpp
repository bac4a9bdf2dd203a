// The stance tallies the graph file stores (graph/store/format.hpp, TallyRecord) and the
// statements that read them instead of claims (query/plan/plan.hpp, TallySource): the tallies
// must count what the claims say, and every answer must be the one counting claims gives.
#include <doctest/doctest.h>

#include <filesystem>

#include "graph/store/graph_store.hpp"
#include "query/engine.hpp"
#include "query/output/subgraph.hpp"
#include "tests/query/fixture.hpp"
#include "tests/query/test_helpers.hpp"

namespace sg::test {
namespace {

StanceTally tally_of(const std::vector<StanceTally>& list, NodeId actor) {
    for (const StanceTally& t : list)
        if (t.actor == actor) return t;
    return StanceTally{};
}

}  // namespace

TEST_CASE("the graph file's stance tallies count each actor's claims and reported stances per position") {
    Fixture f;  // ids stay the fixture's: it has no dead nodes
    const GraphStore s = GraphStore::from_graph(f.g);
    REQUIRE(s.has_stance_tallies());
    const auto lunch = s.tallies_on(f.lunch);
    // Alice: two supporting claims in two documents.
    CHECK(tally_of(lunch, f.alice).supports == 2);
    CHECK(tally_of(lunch, f.alice).opposes == 0);
    CHECK(tally_of(lunch, f.alice).claims == 2);
    CHECK(tally_of(lunch, f.alice).documents == 2);
    // Carol: about, supports and opposes: three claims, one each way, in two documents.
    CHECK(tally_of(lunch, f.carol).supports == 1);
    CHECK(tally_of(lunch, f.carol).opposes == 1);
    CHECK(tally_of(lunch, f.carol).claims == 3);
    CHECK(tally_of(lunch, f.carol).documents == 2);
    // The union's stance was reported, not quoted: a side, no claim, no document.
    CHECK(tally_of(lunch, f.gadgets).opposes == 1);
    CHECK(tally_of(lunch, f.gadgets).claims == 0);
    CHECK(tally_of(lunch, f.gadgets).documents == 0);
    // Dave only wrote a reader's comment: no tally.
    CHECK(tally_of(lunch, f.dave).actor == kNoNode);
    CHECK(lunch.size() == 4);
    // By actor: Alice on both positions, in position order.
    const auto alice = s.tallies_of(f.alice);
    REQUIRE(alice.size() == 2);
    CHECK(alice[0].position == std::min(f.lunch, f.week));
    CHECK(tally_of(s.tallies_on(f.week), f.alice).opposes == 1);
    CHECK(s.tallies_of(f.dave).empty());
}

TEST_CASE("stance questions answer the same from the stored tallies as from the claims") {
    Fixture f;
    const query::Engine e(f.g);
    std::vector<std::string> statements;
    for (const char* p : {"free lunches for all", "a four day week"})
        for (const char* q : {"who supports", "who opposes", "who mentions"}) statements.push_back(std::string(q) + " \"" + p + "\"");
    for (const char* a : {"Alice Smith", "Bob Jones", "Carol White", "Gadget Union", "Dave Reader"}) {
        for (const char* q : {"stance of", "who agrees with", "who disagrees with"}) statements.push_back(std::string(q) + " \"" + a + "\"");
        statements.push_back("stance of \"" + std::string(a) + "\" on \"free lunches for all\"");
        statements.push_back("who agrees with \"" + std::string(a) + "\" on \"free lunches for all\"");
    }
    statements.push_back("why does \"Alice Smith\" support \"free lunches for all\"");
    statements.push_back("why does \"Carol White\" oppose \"free lunches for all\"");
    // Scopes the tallies do not hold: these count claims whichever way they are asked.
    statements.push_back("who supports \"free lunches for all\" with comments");
    statements.push_back("who supports \"free lunches for all\" where document = \"b.txt\"");
    for (const std::string& q : statements) {
        CAPTURE(q);
        const query::ResultSet from_tallies = e.run_one(q);
        const query::ResultSet from_claims = e.run_one(q, /*nodes_behind=*/true);
        CHECK(headers(from_tallies) == headers(from_claims));
        CHECK(cells(from_tallies) == cells(from_claims));
    }
    // And the answers are the fixture's, not two equal mistakes.
    const auto supporters = e.run_one("who supports \"free lunches for all\"");
    CHECK(column(supporters, 0) == std::vector<std::string>{"Alice Smith", "Carol White"});
    CHECK(column(e.run_one("who supports \"free lunches for all\" with comments"), 0) ==
          std::vector<std::string>{"Alice Smith", "Carol White", "Dave Reader"});
    CHECK(column(e.run_one("who supports \"free lunches for all\" where document = \"b.txt\""), 0) ==
          std::vector<std::string>{"Alice Smith", "Carol White"});
    CHECK(column(e.run_one("who agrees with \"Bob Jones\""), 0) == std::vector<std::string>{"Carol White", "Gadget Union"});
}

TEST_CASE("the DOT subgraph of a stance question still holds the claims behind its rows") {
    Fixture f;
    const query::Engine e(f.g);
    const std::vector<NodeId> nodes = query::answer_subgraph(e, "who supports \"free lunches for all\"");
    // Alice's claims are behind her row: they must be in the subgraph, with their documents.
    CHECK(std::count(nodes.begin(), nodes.end(), f.doc_b) == 1);
    std::size_t claims = 0;
    for (NodeId n : nodes) claims += e.graph().kind(n) == NodeKind::Claim;
    CHECK(claims >= 3);
}

TEST_CASE("a version 1 graph file, which has no tallies, still answers stance questions") {
    const auto tiny = std::filesystem::path(SG_SOURCE_DIR) / "tests" / "fuzz" / "corpus" / "graph_file" / "tiny-v1.sg";
    const GraphStore s = GraphStore::open(tiny);
    CHECK_FALSE(s.has_stance_tallies());
    CHECK(s.tallies_on(0).empty());
    s.verify();
    const query::Engine e(s);
    const auto positions = e.run_one("list positions");
    REQUIRE(!positions.rows.empty());
    const std::string p = query::to_text(positions.rows.front()[0]);
    CHECK(cells(e.run_one("who mentions \"" + p + "\"")) == cells(e.run_one("who mentions \"" + p + "\"", true)));
}

}  // namespace sg::test

namespace sg::test {

TEST_CASE("a stance tally past 16 bits keeps its full counts") {
    // 70,000 claims by one person on one position: more than a record's 16-bit fields hold.
    Graph g;
    const NodeId doc = g.add_node(Fixture::make(NodeKind::Document, "doc:big.txt", "big.txt"));
    const NodeId who = g.add_node(Fixture::make(NodeKind::Person, "person:pat-long", "Pat Long"));
    const NodeId p = g.add_node(Fixture::make(NodeKind::Position, "position:more", "more of it"));
    const NodeId other = g.add_node(Fixture::make(NodeKind::Person, "person:sam-short", "Sam Short"));
    constexpr std::uint32_t kClaims = 70000;
    for (std::uint32_t i = 0; i < kClaims; ++i) {
        Node n = Fixture::make(NodeKind::Claim, "claim:big.txt:" + std::to_string(i), "More, please.");
        n.claim.document = doc;
        n.claim.span = {i, i + 1};
        const NodeId c = g.add_node(n);
        g.add_edge(who, c, EdgeKind::Says);
        g.add_edge(c, p, i % 7 == 0 ? EdgeKind::Opposes : EdgeKind::Supports);
    }
    Node n = Fixture::make(NodeKind::Claim, "claim:big.txt:last", "Less.");
    n.claim.document = doc;
    const NodeId c = g.add_node(n);
    g.add_edge(other, c, EdgeKind::Says);
    g.add_edge(c, p, EdgeKind::Opposes);
    g.freeze();
    const GraphStore s = GraphStore::from_graph(g);
    const auto on = s.tallies_on(p);
    REQUIRE(on.size() == 2);
    CHECK(on[0].actor == who);
    CHECK(on[0].supports == kClaims - kClaims / 7);
    CHECK(on[0].opposes == kClaims / 7);
    CHECK(on[0].claims == kClaims);
    CHECK(on[0].documents == 1);
    // The small record after the large one is read as it is.
    CHECK(on[1].actor == other);
    CHECK(on[1].opposes == 1);
    CHECK(s.tallies_of(who).at(0).claims == kClaims);
    const query::Engine e(s);
    CHECK(column(e.run_one("who supports \"more of it\""), 3) == std::vector<std::string>{std::to_string(kClaims - kClaims / 7)});
}

}  // namespace sg::test
