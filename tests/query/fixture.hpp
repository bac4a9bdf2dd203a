// A small graph written for the query tests: two organisations, four people, two positions, two
// documents, claims both ways (one actor tied), a reader's comment and a reported stance.
#pragma once

#include <string>

#include "graph/graph.hpp"
#include "query/engine.hpp"

namespace sg::test {

struct Fixture {
    Graph g;
    NodeId doc_a, doc_b, widgets, gadgets, alice, bob, carol, dave, lunch, week;

    NodeId claim(NodeId who, NodeId doc, const std::string& text, EdgeKind polarity, NodeId position,
                 bool comment = false) {
        Node n;
        n.kind = NodeKind::Claim;
        n.key = "claim:" + g.node(doc).name + ":" + std::to_string(next_offset) + "-" +
                std::to_string(next_offset + text.size());
        n.name = text;
        n.claim.document = doc;
        n.claim.span = {next_offset, next_offset + text.size()};
        n.claim.comment = comment;
        next_offset += text.size() + 1;
        const NodeId c = g.add_node(n);
        g.add_edge(who, c, EdgeKind::Says);
        g.add_edge(c, position, polarity);
        g.add_edge(c, doc, EdgeKind::In);
        return c;
    }

    static Node make(NodeKind kind, std::string key, std::string name, std::vector<std::string> aliases = {},
                     std::string description = {}) {
        Node n;
        n.kind = kind;
        n.key = std::move(key);
        n.name = std::move(name);
        n.aliases = std::move(aliases);
        n.description = std::move(description);
        return n;
    }

    Fixture() {
        doc_a = g.add_node(make(NodeKind::Document, "doc:a.txt", "a.txt", {}, "Lunch row at the council"));
        doc_b = g.add_node(make(NodeKind::Document, "doc:b.txt", "b.txt", {}, "A week of work"));
        widgets = g.add_node(make(NodeKind::Organisation, "org:widget-council", "Widget Council", {"WC"}));
        gadgets = g.add_node(make(NodeKind::Organisation, "org:gadget-union", "Gadget Union", {"GU"}));
        alice = g.add_node(make(NodeKind::Person, "person:alice-smith", "Alice Smith", {"Dr Alice Smith"}));
        bob = g.add_node(make(NodeKind::Person, "person:bob-jones", "Bob Jones"));
        carol = g.add_node(make(NodeKind::Person, "person:carol-white", "Carol White"));
        dave = g.add_node(make(NodeKind::Person, "person:dave-reader", "Dave Reader"));
        lunch = g.add_node(make(NodeKind::Position, "position:free-lunch", "free lunches for all"));
        week = g.add_node(make(NodeKind::Position, "position:four-day-week", "a four day week"));
        g.add_edge(alice, widgets, EdgeKind::MemberOf, "chair");
        g.add_edge(bob, gadgets, EdgeKind::MemberOf, "secretary");
        g.add_edge(widgets, gadgets, EdgeKind::PartOf);

        claim(alice, doc_a, "Lunch should be free.", EdgeKind::Supports, lunch);
        claim(alice, doc_b, "A free lunch is good for everyone.", EdgeKind::Supports, lunch);
        claim(bob, doc_a, "Lunch must never be free.", EdgeKind::Opposes, lunch);
        claim(carol, doc_a, "It depends on the lunch.", EdgeKind::About, lunch);
        claim(carol, doc_b, "I like a free lunch.", EdgeKind::Supports, lunch);
        claim(carol, doc_b, "But not every day.", EdgeKind::Opposes, lunch);
        claim(dave, doc_a, "Free lunch now!", EdgeKind::Supports, lunch, true);
        claim(bob, doc_b, "Four days is enough.", EdgeKind::Supports, week);
        claim(alice, doc_a, "Five days, please.", EdgeKind::Opposes, week);
        // A stance reported without a quote (a vote).
        g.add_edge(gadgets, lunch, EdgeKind::Opposes);
        g.freeze();
    }

private:
    std::uint64_t next_offset = 0;
};

}  // namespace sg::test
