// Manual annotations applied to a small graph built through the Graph API: each op, and each
// error naming the annotation at fault.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "graph/error.hpp"
#include "graph/graph.hpp"
#include "loaders/annotations/actor_lookup.hpp"
#include "loaders/annotations/annotations.hpp"

namespace {

using namespace sg;

struct Fixture {
    Graph g;
    NodeId doc, ann, alan, council, union_, tram, claim1, claim2;

    Fixture() {
        doc = add(NodeKind::Document, "doc:city.txt", "city.txt");
        ann = add(NodeKind::Person, "person:ann-lee", "Ann Lee");
        alan = add(NodeKind::Person, "person:alan-lee", "Alan Lee");
        council = add(NodeKind::Organisation, "org:city-council", "City Council");
        union_ = add(NodeKind::Organisation, "org:drivers-union", "Drivers Union");
        tram = add(NodeKind::Position, "position:tram-line", "A new tram line");
        claim1 = add_claim("The tram line is a waste of money.", {100, 134});
        claim2 = add_claim("We will keep the buses running.", {200, 231});
        g.add_edge(alan, claim1, EdgeKind::Says, {}, 0.6);
        g.add_edge(claim1, tram, EdgeKind::Supports, {}, 0.5);
        g.add_edge(ann, claim2, EdgeKind::Says);
        g.add_edge(ann, council, EdgeKind::MemberOf, "clerk");
    }

    NodeId add(NodeKind kind, std::string key, std::string name) {
        Node n;
        n.kind = kind;
        n.key = std::move(key);
        n.name = std::move(name);
        return g.add_node(std::move(n));
    }

    NodeId add_claim(std::string text, Span span) {
        Node n;
        n.kind = NodeKind::Claim;
        n.key = "claim:city.txt:" + std::to_string(span.start) + "-" + std::to_string(span.end);
        n.name = std::move(text);
        n.claim.document = doc;
        n.claim.span = span;
        NodeId id = g.add_node(std::move(n));
        g.add_edge(id, doc, EdgeKind::In);
        return id;
    }

    void apply(const std::string& annotations) {
        loaders::apply_annotations_text(g, R"({"annotations": [)" + annotations + "]}", "notes.json");
    }

    std::string error_of(const std::string& annotations) {
        try {
            apply(annotations);
        } catch (const FileError& e) {
            return e.what();
        }
        return "(no error)";
    }

    // Live edges of a kind between two nodes.
    std::vector<EdgeId> edges(NodeId from, NodeId to, EdgeKind kind) const {
        std::vector<EdgeId> out;
        for (EdgeId e : g.out_edges(from, kind))
            if (g.edge(e).to == to) out.push_back(e);
        return out;
    }
};

}  // namespace

TEST_CASE("annotations: code re-attributes an extracted claim and sets its stance, all manual") {
    Fixture f;
    f.apply(R"({"op": "code", "document": "city.txt", "quote": "a waste of money", "speaker": "Dr Ann Lee",
               "organisation": "city council", "position": "tram-line", "polarity": "opposes",
               "comment": "the extractor gave the quote to the wrong Lee"})");
    CHECK(f.g.in_edges(f.claim1, EdgeKind::Says).size() == 1);
    auto says = f.edges(f.ann, f.claim1, EdgeKind::Says);
    REQUIRE(says.size() == 1);
    CHECK(f.g.edge(says[0]).manual);
    CHECK(f.edges(f.claim1, f.tram, EdgeKind::Supports).empty());
    auto opposes = f.edges(f.claim1, f.tram, EdgeKind::Opposes);
    REQUIRE(opposes.size() == 1);
    CHECK(f.g.edge(opposes[0]).manual);
    CHECK(f.g.node(f.claim1).claim.manual);
    CHECK(f.g.node(f.claim1).claim.kind == ClaimKind::Direct);  // an existing claim keeps its kind
    CHECK(f.edges(f.ann, f.council, EdgeKind::MemberOf).size() == 2);  // "clerk" and the coder's
}

TEST_CASE("annotations: code with a span the extractor missed creates a manual claim") {
    Fixture f;
    f.apply(R"({"op": "code", "document": "city.txt", "span": [300, 340], "quote": "Trams are the future.",
               "speaker": "Alan Lee", "position": "tram-line", "polarity": "supports"})");
    auto id = f.g.find_key("claim:city.txt:300-340");
    REQUIRE(id);
    const Node& c = f.g.node(*id);
    CHECK(c.name == "Trams are the future.");
    CHECK(c.claim.kind == ClaimKind::Manual);
    CHECK(c.claim.manual);
    CHECK(c.claim.document == f.doc);
    CHECK(c.claim.span == Span{300, 340});
    CHECK(f.edges(*id, f.doc, EdgeKind::In).size() == 1);
    CHECK(f.edges(f.alan, *id, EdgeKind::Says).size() == 1);
    CHECK(f.edges(*id, f.tram, EdgeKind::Supports).size() == 1);
}

TEST_CASE("annotations: code may create an actor extraction missed, only when asked") {
    Fixture f;
    CHECK(f.error_of(R"({"op": "code", "document": "city.txt", "quote": "keep the buses", "speaker": "Bo Chan"})") ==
          "notes.json: /annotations/0: no actor named \"Bo Chan\"");
    f.apply(R"({"op": "code", "document": "city.txt", "quote": "keep the buses", "speaker": "Bo Chan", "new_actor": true})");
    auto bo = f.g.find_name("bo chan", NodeKind::Person);
    REQUIRE(bo.size() == 1);
    CHECK(f.g.node(bo[0]).key == "person:bo-chan");
    CHECK(f.edges(bo[0], f.claim2, EdgeKind::Says).size() == 1);
    CHECK(f.g.in_edges(f.claim2, EdgeKind::Says).size() == 1);
}

TEST_CASE("annotations: merge joins two actors, the moved edges manual") {
    Fixture f;
    f.apply(R"({"op": "merge", "keep": "Ann Lee", "drop": "Alan Lee"})");
    CHECK_FALSE(f.g.node(f.alan).alive);
    CHECK(f.g.find_key("person:alan-lee") == f.ann);
    CHECK(f.g.find_name("alan lee", NodeKind::Person) == std::vector<NodeId>{f.ann});
    auto says = f.edges(f.ann, f.claim1, EdgeKind::Says);
    REQUIRE(says.size() == 1);
    CHECK(f.g.edge(says[0]).manual);
    CHECK(f.error_of(R"({"op": "merge", "keep": "Ann Lee", "drop": "alan lee"})") ==
          "notes.json: /annotations/0: \"Ann Lee\" and \"alan lee\" are already one actor");
}

TEST_CASE("annotations: drop_claim removes a claim named by quote or span") {
    Fixture f;
    f.apply(R"({"op": "drop_claim", "document": "city.txt", "quote": "We will keep the buses running."},
               {"op": "drop_claim", "document": "city.txt", "span": [100, 134]})");
    CHECK_FALSE(f.g.node(f.claim1).alive);
    CHECK_FALSE(f.g.node(f.claim2).alive);
    CHECK(f.g.nodes_of_kind(NodeKind::Claim).empty());
}

TEST_CASE("annotations: set_polarity replaces the extracted stance") {
    Fixture f;
    f.apply(R"({"op": "set_polarity", "document": "city.txt", "span": [100, 134], "position": "tram-line",
               "polarity": "opposes"})");
    CHECK(f.edges(f.claim1, f.tram, EdgeKind::Supports).empty());
    auto e = f.edges(f.claim1, f.tram, EdgeKind::Opposes);
    REQUIRE(e.size() == 1);
    CHECK(f.g.edge(e[0]).manual);
    CHECK(f.g.node(f.claim1).claim.manual);
}

TEST_CASE("annotations: a stance set by hand replaces the extracted evidence with a manual item") {
    Fixture f;
    auto extracted = f.edges(f.claim1, f.tram, EdgeKind::Supports);
    REQUIRE(extracted.size() == 1);
    f.g.add_evidence(extracted[0], {{"cue", "waste", {118, 123}, f.doc}});
    f.apply(R"({"op": "set_polarity", "document": "city.txt", "span": [100, 134], "position": "tram-line",
               "polarity": "opposes"},
               {"op": "code", "document": "city.txt", "span": [200, 231], "speaker": "Ann Lee",
                "position": "tram-line", "polarity": "supports"})");
    auto set = f.edges(f.claim1, f.tram, EdgeKind::Opposes);
    REQUIRE(set.size() == 1);
    const auto& ev = f.g.edge(set[0]).evidence;
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].role == "manual");
    CHECK(ev[0].words == "The tram line is a waste of money.");
    CHECK(ev[0].span == Span{100, 134});
    CHECK(ev[0].document == f.doc);
    auto coded = f.edges(f.claim2, f.tram, EdgeKind::Supports);
    REQUIRE(coded.size() == 1);
    REQUIRE(f.g.edge(coded[0]).evidence.size() == 1);
    CHECK(f.g.edge(coded[0]).evidence[0].role == "manual");
    CHECK(f.g.edge(coded[0]).evidence[0].span == Span{200, 231});
}

TEST_CASE("annotations: add_alias and affiliate") {
    Fixture f;
    f.apply(R"({"op": "add_alias", "actor": "Drivers Union", "alias": "the DU"},
               {"op": "affiliate", "person": "Professor Ann Lee", "organisation": "the DU", "role": "adviser"},
               {"op": "affiliate", "person": "Ann Lee", "organisation": "City Council", "role": "chief clerk"})");
    CHECK(f.g.find_name("The DU", NodeKind::Organisation) == std::vector<NodeId>{f.union_});
    auto du = f.edges(f.ann, f.union_, EdgeKind::MemberOf);
    REQUIRE(du.size() == 1);
    CHECK(f.g.edge(du[0]).role == "adviser");
    CHECK(f.g.edge(du[0]).manual);
    // The coder's role replaces the extracted one.
    auto council = f.edges(f.ann, f.council, EdgeKind::MemberOf);
    REQUIRE(council.size() == 1);
    CHECK(f.g.edge(council[0]).role == "chief clerk");
}

TEST_CASE("annotations: annotations apply in order; the failing one is named by its pointer") {
    Fixture f;
    CHECK(f.error_of(R"({"op": "add_alias", "actor": "Ann Lee", "alias": "AL"},
                        {"op": "merge", "keep": "Ann Lee", "drop": "Anne Lea"})") ==
          "notes.json: /annotations/1: no actor named \"Anne Lea\" (did you mean \"Ann Lee\"?)");
    CHECK(f.g.find_name("al", NodeKind::Person) == std::vector<NodeId>{f.ann});  // the first one applied
}

TEST_CASE("annotations: every kind of reference error names the annotation") {
    Fixture f;
    CHECK(f.error_of(R"({"op": "drop_claim", "document": "town.txt", "quote": "x"})") ==
          "notes.json: /annotations/0: no document \"town.txt\" in the graph");
    CHECK(f.error_of(R"({"op": "set_polarity", "document": "city.txt", "quote": "waste of money",
                        "position": "bus-lanes", "polarity": "supports"})") ==
          "notes.json: /annotations/0: no position \"bus-lanes\" (positions come from the codebook)");
    // A near miss of a document or position id gets the id it probably meant.
    CHECK(f.error_of(R"({"op": "drop_claim", "document": "cty.txt", "quote": "x"})") ==
          "notes.json: /annotations/0: no document \"cty.txt\" in the graph (did you mean \"city.txt\"?)");
    CHECK(f.error_of(R"({"op": "set_polarity", "document": "city.txt", "quote": "waste of money",
                        "position": "tram-lines", "polarity": "supports"})") ==
          "notes.json: /annotations/0: no position \"tram-lines\" (positions come from the codebook) "
          "(did you mean \"tram-line\"?)");
    CHECK(f.error_of(R"({"op": "code", "document": "city.txt", "quote": "Trams are the future", "speaker": "Ann Lee"})") ==
          "notes.json: /annotations/0: no claim in \"city.txt\" has the text \"Trams are the future\" (give its "
          "\"span\" to code a claim extraction missed)");
    CHECK(f.error_of(R"({"op": "drop_claim", "document": "city.txt", "span": [1, 2]})") ==
          "notes.json: /annotations/0: no claim at span [1, 2] in \"city.txt\"");
    CHECK(f.error_of(R"({"op": "drop_claim", "document": "city.txt", "quote": "The"})") ==
          "notes.json: /annotations/0: the quote is in 2 claims of \"city.txt\"; quote more of it or give its \"span\"");
    CHECK(f.error_of(R"({"op": "affiliate", "person": "City Council", "organisation": "Drivers Union"})") ==
          "notes.json: /annotations/0: no person named \"City Council\" (did you mean \"City Council\"?)");
    f.add(NodeKind::Person, "person:ann-lee-2", "Ann Lee");
    CHECK(f.error_of(R"({"op": "add_alias", "actor": "Ann Lee", "alias": "x"})") ==
          "notes.json: /annotations/0: \"Ann Lee\" is ambiguous: it names person:ann-lee, person:ann-lee-2; use one "
          "of these keys");
    f.apply(R"({"op": "add_alias", "actor": "person:ann-lee-2", "alias": "Annie"})");
    CHECK(f.g.find_name("annie").size() == 1);
}

TEST_CASE("annotations: malformed annotations are refused with the op's requirements") {
    Fixture f;
    CHECK(f.error_of(R"({"op": "merge", "keep": "Ann Lee"})") == "notes.json: /annotations/0: op \"merge\" needs \"drop\"");
    CHECK(f.error_of(R"({"op": "drop_claim", "document": "city.txt"})") ==
          "notes.json: /annotations/0: op \"drop_claim\" needs \"quote\" or \"span\" to name the claim");
    CHECK(f.error_of(R"({"op": "merge", "keep": "a", "drop": "b", "alias": "c"})") ==
          "notes.json: /annotations/0: \"alias\" does not apply to op \"merge\"");
    CHECK(f.error_of(R"({"op": "code", "document": "city.txt", "quote": "x", "speaker": "Ann Lee", "position": "tram-line"})") ==
          "notes.json: /annotations/0: op \"code\" needs \"position\" and \"polarity\" together");
    CHECK(f.error_of(R"({"op": "drop_claim", "document": "city.txt", "span": [5, 2]})") ==
          "notes.json: /annotations/0: span start is after its end");
    // Schema: types and enums, with the JSON pointer of the offending value.
    CHECK(f.error_of(R"({"op": "set_polarity", "document": "city.txt", "quote": "x", "position": "tram-line",
                        "polarity": "agrees"})") ==
          "notes.json: /annotations/0/polarity: \"agrees\" is not one of: supports, opposes, about");
    CHECK(f.error_of(R"({"op": "rename", "actor": "x"})") ==
          "notes.json: /annotations/0/op: \"rename\" is not one of: code, merge, drop_claim, set_polarity, add_alias, "
          "affiliate");
    CHECK(f.error_of(R"({"op": "drop_claim", "document": "city.txt", "span": [1]})") ==
          "notes.json: /annotations/0/span: must not be empty");
}

TEST_CASE("annotations: syntax errors give line and column; a missing file is named") {
    Graph g;
    try {
        loaders::apply_annotations_text(g, "{\"annotations\": [\n  {\"op\": \"merge\",}\n]}", "notes.json");
        FAIL("no error");
    } catch (const FileError& e) {
        CHECK(std::string(e.what()).rfind("notes.json:2:18: Missing a name for object member", 0) == 0);
    }
    CHECK_THROWS_WITH_AS(loaders::apply_annotations(g, "/nonexistent/notes.json"),
                         "/nonexistent/notes.json: cannot read file: No such file or directory", FileError);
}
