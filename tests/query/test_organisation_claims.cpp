// The claims per organisation the graph file stores (graph/store/format.hpp,
// OrganisationClaimCount) and `count claims by organisation`, which reads them instead of every
// claim (query/plan/plan.hpp, OrganisationCountSource): the counts must be what counting claims
// gives, and files written before them (format version 2) must still answer.
#include <doctest/doctest.h>

#include <filesystem>

#include "graph/store/graph_store.hpp"
#include "query/engine.hpp"
#include "tests/query/fixture.hpp"
#include "tests/query/test_helpers.hpp"

namespace sg::test {
namespace {

// An organisation that speaks itself and through members, a member of two organisations, a claim
// said by both an organisation and its member, and a member's reader's comment.
struct Bodies {
    Graph g;
    NodeId council, union_, ann, ben, p;
    Bodies() {
        council = g.add_node(Fixture::make(NodeKind::Organisation, "org:council", "Council"));
        union_ = g.add_node(Fixture::make(NodeKind::Organisation, "org:union", "Union"));
        ann = g.add_node(Fixture::make(NodeKind::Person, "person:ann", "Ann Ash"));
        ben = g.add_node(Fixture::make(NodeKind::Person, "person:ben", "Ben Birch"));
        p = g.add_node(Fixture::make(NodeKind::Position, "position:p", "the plan"));
        g.add_edge(ann, council, EdgeKind::MemberOf, "chair");
        g.add_edge(ben, council, EdgeKind::MemberOf);
        g.add_edge(ben, union_, EdgeKind::MemberOf);
        const NodeId both = claim("We back the plan.", false);
        g.add_edge(council, both, EdgeKind::Says);
        g.add_edge(ann, both, EdgeKind::Says);
        g.add_edge(ann, claim("I back it too.", false), EdgeKind::Says);
        g.add_edge(ann, claim("A comment.", true), EdgeKind::Says);
        g.add_edge(ben, claim("Not for me.", false), EdgeKind::Says);
        g.freeze();
    }
    NodeId claim(const std::string& text, bool comment) {
        Node n = Fixture::make(NodeKind::Claim, "claim:x.txt:" + text, text);
        n.claim.comment = comment;
        const NodeId c = g.add_node(n);
        g.add_edge(c, p, EdgeKind::Supports);
        return c;
    }
};

}  // namespace

TEST_CASE("the graph file counts each organisation's claims, its own and its members', once each") {
    const Bodies b;
    const GraphStore s = GraphStore::from_graph(b.g);
    REQUIRE(s.has_organisation_claims());
    const auto counts = s.organisation_claims();
    REQUIRE(counts.size() == 2);
    CHECK(counts[0].organisation == b.council);
    CHECK(counts[0].claims == 3);  // the shared claim once, Ann's other, Ben's; not the comment
    CHECK(counts[1].organisation == b.union_);
    CHECK(counts[1].claims == 1);
}

TEST_CASE("count claims by organisation answers the same from the stored counts as from the claims") {
    const Bodies b;
    const Fixture f;
    for (const Graph* g : {&b.g, &f.g}) {
        const query::Engine e(*g);
        for (const char* q : {"count claims by organisation", "count claims by organisation with comments",
                              "count claims by organisation where claims > 1", "count claims by organisation limit 1"}) {
            CAPTURE(q);
            CHECK(cells(e.run_one(q)) == cells(e.run_one(q, /*nodes_behind=*/true)));
        }
    }
    const query::Engine e(b.g);
    CHECK(column(e.run_one("count claims by organisation"), 0) == std::vector<std::string>{"Council", "Union"});
    CHECK(column(e.run_one("count claims by organisation with comments"), 1) == std::vector<std::string>{"4", "1"});
}

TEST_CASE("a version 2 graph file, which has no claims per organisation, still counts them") {
    const auto tiny = std::filesystem::path(SG_SOURCE_DIR) / "tests" / "fuzz" / "corpus" / "graph_file" / "tiny-v2.sg";
    const GraphStore s = GraphStore::open(tiny);
    s.verify();
    CHECK(s.has_stance_tallies());
    CHECK_FALSE(s.has_organisation_claims());
    CHECK(s.organisation_claims().empty());
    const query::Engine e(s);
    const auto counted = e.run_one("count claims by organisation");
    CHECK(cells(counted) == cells(e.run_one("count claims by organisation", true)));
    // Rewritten in this version, it answers the same from the stored counts.
    const GraphStore now = GraphStore::from_graph(to_graph(s));
    CHECK(now.has_organisation_claims());
    CHECK(cells(query::Engine(now).run_one("count claims by organisation")) == cells(counted));
}

}  // namespace sg::test
