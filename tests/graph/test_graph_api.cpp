// The graph store's API: kinds, edges, indexes, merges, freezing and paths.
#include <doctest/doctest.h>

#include <algorithm>

#include "graph/graph.hpp"

using namespace sg;

namespace {

Node make(NodeKind kind, std::string key, std::string name, std::vector<std::string> aliases = {}) {
    Node n;
    n.kind = kind;
    n.key = std::move(key);
    n.name = std::move(name);
    n.aliases = std::move(aliases);
    return n;
}

// A tiny debate: two people, one organisation, one position, claims each way.
struct Debate {
    Graph g;
    NodeId doc, ada, ben, union_, pos, c1, c2;
    Debate() {
        doc = g.add_node(make(NodeKind::Document, "doc:a.txt", "a.txt"));
        ada = g.add_node(make(NodeKind::Person, "person:ada-lane", "Ada Lane", {"Dr Ada Lane"}));
        ben = g.add_node(make(NodeKind::Person, "person:ben-ortiz", "Ben Ortiz"));
        union_ = g.add_node(make(NodeKind::Organisation, "org:teachers-union", "Teachers Union", {"TU"}));
        pos = g.add_node(make(NodeKind::Position, "position:longer-school-day", "Longer school day"));
        Node claim = make(NodeKind::Claim, "claim:a.txt:10-40", "We back a longer day.");
        claim.claim.document = doc;
        claim.claim.span = {10, 40};
        c1 = g.add_node(claim);
        claim.key = "claim:a.txt:50-80";
        claim.name = "It is a mistake.";
        claim.claim.span = {50, 80};
        c2 = g.add_node(claim);
        g.add_edge(ada, c1, EdgeKind::Says);
        g.add_edge(c1, pos, EdgeKind::Supports);
        g.add_edge(ben, c2, EdgeKind::Says);
        g.add_edge(c2, pos, EdgeKind::Opposes);
        g.add_edge(c1, doc, EdgeKind::In);
        g.add_edge(c2, doc, EdgeKind::In);
        g.add_edge(ben, union_, EdgeKind::MemberOf, "general secretary");
    }
};

}  // namespace

TEST_CASE("kind names round-trip through their strings") {
    for (auto k : {NodeKind::Document, NodeKind::Person, NodeKind::Organisation, NodeKind::Position, NodeKind::Claim})
        CHECK(node_kind_from(to_string(k)) == k);
    for (auto k : {EdgeKind::Says, EdgeKind::Supports, EdgeKind::Opposes, EdgeKind::About, EdgeKind::MemberOf,
                   EdgeKind::PartOf, EdgeKind::In})
        CHECK(edge_kind_from(to_string(k)) == k);
    CHECK(to_string(EdgeKind::MemberOf) == "member_of");
    CHECK(claim_kind_from("indirect") == ClaimKind::Indirect);
    CHECK_FALSE(node_kind_from("planet").has_value());
}

TEST_CASE("names normalise case, curly quotes, dashes and white space") {
    CHECK(normalise_name("  Dr  Ada\tLANE ") == "dr ada lane");
    CHECK(normalise_name("O\u2019Brien") == "o'brien");
    CHECK(normalise_name("O\u00b4Brien") == "o'brien");
    CHECK(normalise_name("North\u2013South") == "north-south");
}

TEST_CASE("nodes are found by key, name, alias and kind") {
    Debate d;
    CHECK(d.g.node_count() == 7);
    CHECK(d.g.find_key("person:ada-lane") == d.ada);
    CHECK_FALSE(d.g.find_key("person:nobody").has_value());
    CHECK(d.g.find_name("ada lane") == std::vector<NodeId>{d.ada});
    CHECK(d.g.find_name("DR ADA LANE") == std::vector<NodeId>{d.ada});
    CHECK(d.g.find_name("tu", NodeKind::Organisation) == std::vector<NodeId>{d.union_});
    CHECK(d.g.find_name("tu", NodeKind::Person).empty());
    CHECK(d.g.nodes_of_kind(NodeKind::Claim) == std::vector<NodeId>{d.c1, d.c2});
    CHECK_THROWS_AS(d.g.add_node(make(NodeKind::Person, "person:ada-lane", "Other")), std::invalid_argument);
}

TEST_CASE("edges carry kind and role, are listed by direction and kind, and are not duplicated") {
    Debate d;
    auto says = d.g.out_edges(d.ada, EdgeKind::Says);
    REQUIRE(says.size() == 1);
    CHECK(d.g.edge(says[0]).to == d.c1);
    CHECK(d.g.in_edges(d.pos).size() == 2);
    CHECK(d.g.in_edges(d.pos, EdgeKind::Opposes).size() == 1);
    auto member = d.g.out_edges(d.ben, EdgeKind::MemberOf);
    REQUIRE(member.size() == 1);
    CHECK(d.g.edge(member[0]).role == "general secretary");
    const auto before = d.g.edge_count();
    CHECK(d.g.add_edge(d.ada, d.c1, EdgeKind::Says) == says[0]);
    CHECK(d.g.edge_count() == before);
    // A different role is a different affiliation.
    d.g.add_edge(d.ben, d.union_, EdgeKind::MemberOf, "member");
    CHECK(d.g.out_edges(d.ben, EdgeKind::MemberOf).size() == 2);
}

TEST_CASE("removing a node removes its edges") {
    Debate d;
    d.g.remove_node(d.c2);
    CHECK(d.g.in_edges(d.pos).size() == 1);
    CHECK(d.g.out_edges(d.ben, EdgeKind::Says).empty());
    CHECK(d.g.nodes_of_kind(NodeKind::Claim) == std::vector<NodeId>{d.c1});
    CHECK_THROWS_AS(d.g.add_edge(d.ben, d.c2, EdgeKind::Says), std::out_of_range);
}

TEST_CASE("merging keeps every edge and alias of both nodes") {
    Debate d;
    const NodeId dup = d.g.add_node(make(NodeKind::Person, "person:b-ortiz", "Dr Ortiz", {"B. Ortiz"}));
    Node claim = make(NodeKind::Claim, "claim:a.txt:90-99", "Later words.");
    claim.claim.document = d.doc;
    const NodeId c3 = d.g.add_node(claim);
    d.g.add_edge(dup, c3, EdgeKind::Says);
    d.g.add_edge(dup, d.union_, EdgeKind::MemberOf, "general secretary");  // duplicate after merge

    d.g.merge(d.ben, dup);
    CHECK_FALSE(d.g.node(dup).alive);
    CHECK(d.g.out_edges(d.ben, EdgeKind::Says).size() == 2);
    CHECK(d.g.out_edges(d.ben, EdgeKind::MemberOf).size() == 1);
    CHECK(d.g.find_key("person:b-ortiz") == d.ben);
    CHECK(d.g.find_name("Dr Ortiz") == std::vector<NodeId>{d.ben});
    CHECK(d.g.find_name("b. ortiz") == std::vector<NodeId>{d.ben});
    const auto& aliases = d.g.node(d.ben).aliases;
    CHECK(std::find(aliases.begin(), aliases.end(), "Dr Ortiz") != aliases.end());
    CHECK(d.g.node_count() == 8);  // 7 + claim; the duplicate person is gone
}

TEST_CASE("rename keeps the old name as an alias") {
    Debate d;
    d.g.rename(d.ada, "Ada Lane-Smith");
    CHECK(d.g.node(d.ada).name == "Ada Lane-Smith");
    CHECK(d.g.find_name("Ada Lane") == std::vector<NodeId>{d.ada});
    CHECK(d.g.find_name("ada lane-smith") == std::vector<NodeId>{d.ada});
}

TEST_CASE("a frozen graph answers exactly as the building one, and thaws on mutation") {
    Debate d;
    auto snapshot = [&](const Graph& g) {
        std::vector<std::vector<EdgeId>> all;
        for (NodeId n = 0; n < g.node_capacity(); ++n) {
            all.push_back(g.out_edges(n));
            all.push_back(g.in_edges(n));
        }
        return all;
    };
    const auto before = snapshot(d.g);
    d.g.freeze();
    CHECK(d.g.frozen());
    CHECK(snapshot(d.g) == before);
    CHECK(d.g.in_edges(d.pos, EdgeKind::Supports).size() == 1);
    d.g.add_edge(d.ada, d.union_, EdgeKind::MemberOf, "member");
    CHECK_FALSE(d.g.frozen());
    CHECK(d.g.out_edges(d.ada, EdgeKind::MemberOf).size() == 1);
    d.g.freeze();
    CHECK(d.g.out_edges(d.ada, EdgeKind::MemberOf).size() == 1);
}

TEST_CASE("shortest path goes edge by edge in either direction") {
    Debate d;
    // ada -says-> c1 -supports-> pos <-opposes- c2 <-says- ben
    auto path = d.g.shortest_path(d.ada, d.ben);
    REQUIRE(path.size() == 4);
    CHECK(d.g.edge(path[0]).from == d.ada);
    CHECK(d.g.edge(path[3]).from == d.ben);
    CHECK(d.g.shortest_path(d.ada, d.ben, 3).empty());  // the bound is honoured
    const NodeId lonely = d.g.add_node(make(NodeKind::Person, "person:lonely", "Lonely"));
    CHECK(d.g.shortest_path(d.ada, lonely).empty());
    d.g.freeze();
    CHECK(d.g.shortest_path(d.ada, d.ben).size() == 4);
}
