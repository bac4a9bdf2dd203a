// Every question form of the language over the small test graph.
#include <doctest/doctest.h>

#include "query/fixture.hpp"
#include "query/test_helpers.hpp"

using sg::query::Engine;
using sg::test::column;
using sg::test::headers;
using V = std::vector<std::string>;

TEST_CASE("what does X say, with and without a position, titles ignored") {
    sg::test::Fixture f;
    Engine e(f.g);
    const auto r = e.run_one("what does Dr Alice Smith say");
    CHECK(headers(r) == V{"quote", "kind", "positions", "document"});
    CHECK(column(r, 0) == V{"Lunch should be free.", "A free lunch is good for everyone.", "Five days, please."});
    CHECK(column(r, 2) == V{"supports free-lunch", "supports free-lunch", "opposes four-day-week"});
    CHECK(column(r, 3) == V{"a.txt", "b.txt", "a.txt"});
    CHECK(column(e.run_one("what does alice smith say about four-day-week"), 0) == V{"Five days, please."});
    // A surname alone finds the one person who has it.
    CHECK(column(e.run_one("what does Smith say about a four day week"), 0) == V{"Five days, please."});
}

TEST_CASE("stance of X, per position and on one position") {
    sg::test::Fixture f;
    Engine e(f.g);
    const auto r = e.run_one("stance of Carol White");
    CHECK(headers(r) == V{"position", "label", "stance", "claims for", "claims against", "claims"});
    CHECK(column(r, 0) == V{"free-lunch"});
    CHECK(column(r, 2) == V{"mixed"});
    CHECK(column(r, 5) == V{"3"});
    const auto a = e.run_one("stance of Alice Smith order by position");
    CHECK(column(a, 0) == V{"four-day-week", "free-lunch"});
    CHECK(column(a, 2) == V{"opposes", "supports"});
    CHECK(column(e.run_one("stance of GU on free-lunch"), 2) == V{"opposes"});
    CHECK(column(e.run_one("stance of GU."), 2) == V{"opposes"});
}

TEST_CASE("who agrees and disagrees with X: DNA congruence and conflict, ranked") {
    sg::test::Fixture f;
    Engine e(f.g);
    // Alice supports lunch, opposes the week. Carol is mixed on lunch: she agrees and disagrees.
    CHECK(column(e.run_one("who agrees with Alice Smith"), 0) == V{"Carol White"});
    const auto d = e.run_one("who disagrees with Alice Smith");
    CHECK(column(d, 0) == V{"Bob Jones", "Carol White", "Gadget Union"});
    CHECK(column(d, 3) == V{"2", "1", "1"});
    CHECK(column(d, 4) == V{"free-lunch; four-day-week", "free-lunch", "free-lunch"});
    CHECK(column(e.run_one("who disagrees with Alice Smith on four-day-week"), 0) == V{"Bob Jones"});
    CHECK(column(e.run_one("who agrees with Bob Jones"), 0) == V{"Carol White", "Gadget Union"});
}

TEST_CASE("members of and affiliations of") {
    sg::test::Fixture f;
    Engine e(f.g);
    const auto m = e.run_one("members of Gadget Union");
    CHECK(column(m, 0) == V{"Bob Jones", "Widget Council"});
    CHECK(column(m, 2) == V{"secretary", "part of"});
    const auto a = e.run_one("affiliations of Alice Smith");
    CHECK(column(a, 0) == V{"Widget Council"});
    CHECK(column(a, 1) == V{"chair"});
    CHECK(column(e.run_one("affiliations of WC"), 0) == V{"Gadget Union"});
}

TEST_CASE("claims about, claims in, search") {
    sg::test::Fixture f;
    Engine e(f.g);
    const auto about = e.run_one("claims about four-day-week");
    CHECK(headers(about) == V{"speaker", "quote", "kind", "positions", "document"});
    CHECK(column(about, 0) == V{"Bob Jones", "Alice Smith"});
    CHECK(column(e.run_one("claims about free-lunch where speaker = Carol White"), 1) ==
          V{"It depends on the lunch.", "I like a free lunch.", "But not every day."});
    CHECK(column(e.run_one("claims in \"b.txt\""), 1) ==
          V{"A free lunch is good for everyone.", "I like a free lunch.", "But not every day.", "Four days is enough."});
    // Documents are found by their title too; comments only when asked.
    CHECK(e.run_one("claims in \"Lunch row at the council\"").rows.size() == 4);
    CHECK(e.run_one("claims in a.txt with comments").rows.size() == 5);
    CHECK(column(e.run_one("search \"FREE LUNCH\""), 1) == V{"A free lunch is good for everyone.", "I like a free lunch."});
    CHECK(column(e.run_one("search \"free lunch\" with comments"), 0) ==
          V{"Alice Smith", "Carol White", "Dave Reader"});
}

TEST_CASE("neighbours of X with a depth, and its bound") {
    sg::test::Fixture f;
    Engine e(f.g);
    const auto n = e.run_one("neighbours of Gadget Union");
    CHECK(column(n, 0) == V{"free lunches for all", "Bob Jones", "Widget Council"});
    CHECK(column(n, 2) == V{"1", "1", "1"});
    const auto n2 = e.run_one("neighbours of Gadget Union depth 2 where kind = person");
    CHECK(column(n2, 0) == V{"Bob Jones", "Alice Smith"});
    CHECK(sg::test::error_of(e, "neighbours of GU depth 9").find("(the --max-depth limit, 4)") != std::string::npos);
    Engine deeper(f.g, sg::query::Limits{.max_depth = 9});
    CHECK(deeper.run_one("neighbours of GU depth 9").rows.size() >= n2.rows.size());
}

TEST_CASE("path from X to Y, edge by edge") {
    sg::test::Fixture f;
    Engine e(f.g);
    const auto p = e.run_one("path from Alice Smith to Bob Jones");
    CHECK(headers(p) == V{"step", "from", "edge", "to"});
    CHECK(column(p, 1) == V{"Alice Smith", "Widget Council", "Gadget Union"});
    CHECK(column(p, 2) == V{"-[member_of]->", "-[part_of]->", "<-[member_of]-"});
    CHECK(column(p, 3) == V{"Widget Council", "Gadget Union", "Bob Jones"});
    CHECK(e.run_one("path from Dave Reader to a.txt").rows.size() == 2);
}

TEST_CASE("count claims by organisation, position, document, speaker") {
    sg::test::Fixture f;
    Engine e(f.g);
    const auto s = e.run_one("count claims by speaker");
    CHECK(column(s, 0) == V{"Alice Smith", "Carol White", "Bob Jones"});
    CHECK(column(s, 1) == V{"3", "3", "2"});
    CHECK(column(e.run_one("count claims by position"), 0) == V{"free-lunch", "four-day-week"});
    CHECK(column(e.run_one("count claims by position"), 1) == V{"6", "2"});
    CHECK(column(e.run_one("count claims by document with comments"), 1) == V{"5", "4"});
    const auto o = e.run_one("count claims by organisation");
    CHECK(column(o, 0) == V{"Widget Council", "Gadget Union"});
    CHECK(column(o, 1) == V{"3", "2"});
    CHECK(sg::test::error_of(e, "count claims by colour").find("expected one of: organisation, position") !=
          std::string::npos);
}

TEST_CASE("list positions, people, organisations, documents") {
    sg::test::Fixture f;
    Engine e(f.g);
    const auto p = e.run_one("list positions");
    CHECK(column(p, 0) == V{"free-lunch", "four-day-week"});
    CHECK(column(p, 2) == V{"6", "2"});
    CHECK(column(e.run_one("list people order by person desc limit 2"), 0) == V{"Dave Reader", "Carol White"});
    CHECK(column(e.run_one("list organisations"), 1) == V{"1", "1"});
    CHECK(column(e.run_one("list documents"), 1) == V{"Lunch row at the council", "A week of work"});
    CHECK(column(e.run_one("list people where organisation = WC"), 0) == V{"Alice Smith"});
}

TEST_CASE("several statements, separated by semicolons and newlines, with comments") {
    sg::test::Fixture f;
    Engine e(f.g);
    std::vector<std::size_t> sizes;
    e.run("# the stance questions\nwho supports free-lunch; who opposes free-lunch\n\nlist positions # all\n",
          [&](const sg::query::ResultSet& r) { sizes.push_back(r.rows.size()); });
    CHECK(sizes == std::vector<std::size_t>{2, 3, 2});
}

TEST_CASE("a document filter restricts the claims counted, and the rows where they name documents") {
    sg::test::Fixture f;
    Engine e(f.g);
    CHECK(column(e.run_one("list documents where document = a.txt"), 0) == V{"a.txt"});
    CHECK(column(e.run_one("count claims by speaker where document = b.txt"), 1) == V{"2", "1", "1"});
    CHECK(column(e.run_one("stance of Alice Smith where document = \"A week of work\""), 0) == V{"free-lunch"});
}

// `distinct` keeps the first row of each claim, in the order the scan found them, also when the
// ids do not come ascending (exec/execute.cpp sorts (id, row) pairs then) and when a claim is
// reached twice (its two edges to the same position).
TEST_CASE("claims reached twice are listed once, in the order first found") {
    sg::Graph g;
    auto make = [&](sg::NodeKind kind, std::string key, std::string name) {
        sg::Node n;
        n.kind = kind;
        n.key = std::move(key);
        n.name = std::move(name);
        return g.add_node(n);
    };
    const auto doc = make(sg::NodeKind::Document, "doc:a.txt", "a.txt");
    const auto ann = make(sg::NodeKind::Person, "person:ann", "Ann Lee");
    const auto p = make(sg::NodeKind::Position, "position:p", "the plan");
    std::vector<sg::NodeId> claims;
    for (const char* text : {"First words.", "Second words.", "Third words."}) {
        sg::Node n;
        n.kind = sg::NodeKind::Claim;
        n.key = std::string("claim:a.txt:") + text;
        n.name = text;
        n.claim.document = doc;
        claims.push_back(g.add_node(n));
        g.add_edge(claims.back(), doc, sg::EdgeKind::In);
    }
    // Ann's says edges in the order third, first, second (edge ids), so the scan meets the claims
    // out of id order; the first claim both supports and is about the plan.
    for (std::size_t i : {2u, 0u, 1u}) g.add_edge(ann, claims[i], sg::EdgeKind::Says);
    g.add_edge(claims[0], p, sg::EdgeKind::Supports);
    g.add_edge(claims[0], p, sg::EdgeKind::About);
    g.add_edge(claims[1], p, sg::EdgeKind::Opposes);
    g.add_edge(claims[2], p, sg::EdgeKind::About);
    g.freeze();
    Engine e(g);
    CHECK(column(e.run_one("what does Ann Lee say"), 0) == V{"Third words.", "First words.", "Second words."});
    CHECK(column(e.run_one("what does Ann Lee say about the plan"), 0) == V{"Third words.", "First words.", "Second words."});
    CHECK(column(e.run_one("claims about the plan"), 0).size() == 3);
}
