// The words that decided a stance (edge evidence) are what `why does X oppose P` shows a user:
// they must survive save and load exactly, and snapshots written before evidence was kept must
// still load.
#include <doctest/doctest.h>

#include <sstream>

#include "graph/error.hpp"
#include "graph/snapshot.hpp"

using namespace sg;

namespace {

std::string snapshot_text(const Graph& g) {
    std::ostringstream out;
    write_snapshot(g, out);
    return out.str();
}

Graph read_text(const std::string& text) {
    std::istringstream in(text);
    return read_snapshot(in, "snap.json");
}

std::string refusal(const std::string& text) {
    try {
        read_text(text);
    } catch (const FileError& e) {
        return e.what();
    }
    return "";
}

struct Small {
    Graph g;
    NodeId doc, other_doc, person, position, claim;
    EdgeId claim_stance, reported;
};

Small small_graph() {
    Small s;
    auto add = [&](NodeKind kind, std::string key, std::string name) {
        Node n;
        n.kind = kind;
        n.key = std::move(key);
        n.name = std::move(name);
        return s.g.add_node(std::move(n));
    };
    s.doc = add(NodeKind::Document, "doc:a.txt", "a.txt");
    s.other_doc = add(NodeKind::Document, "doc:b.txt", "b.txt");
    s.person = add(NodeKind::Person, "person:ada-lane", "Ada Lane");
    s.position = add(NodeKind::Position, "position:bus-lanes", "Bus lanes");
    Node c;
    c.kind = NodeKind::Claim;
    c.key = "claim:a.txt:100-140";
    c.name = "We do not want these lanes on our street";
    c.claim.document = s.doc;
    c.claim.span = {100, 140};
    s.claim = s.g.add_node(std::move(c));
    s.g.add_edge(s.person, s.claim, EdgeKind::Says);
    s.claim_stance = s.g.add_edge(s.claim, s.position, EdgeKind::Opposes, {}, 0.8);
    // Non-ASCII and quote marks in the words: written as they are, read back byte for byte.
    s.g.add_evidence(s.claim_stance, {{"negation", "do not", {103, 109}, s.doc},
                                      {"cue", "want", {110, 114}, s.doc},
                                      {"target", "\xE2\x80\x9C" "these lanes\"", {114, 128}, s.doc}});
    s.reported = s.g.add_edge(s.person, s.position, EdgeKind::Opposes, {}, 0.7);
    s.g.add_evidence(s.reported, {{"frame", "voted against", {20, 33}, s.other_doc}});
    return s;
}

}  // namespace

TEST_CASE("snapshot evidence: every item of a claim's and a reported stance survives save and load") {
    Small s = small_graph();
    const std::string first = snapshot_text(s.g);
    Graph g = read_text(first);
    auto claim = g.find_key("claim:a.txt:100-140");
    auto position = g.find_key("position:bus-lanes");
    auto person = g.find_key("person:ada-lane");
    REQUIRE(claim);
    REQUIRE(position);
    REQUIRE(person);
    auto stance = g.out_edges(*claim, EdgeKind::Opposes);
    REQUIRE(stance.size() == 1);
    const auto& ev = g.edge(stance[0]).evidence;
    REQUIRE(ev.size() == 3);
    CHECK(ev[0].role == "negation");
    CHECK(ev[0].words == "do not");
    CHECK(ev[0].span == Span{103, 109});
    CHECK(ev[0].document == *g.find_key("doc:a.txt"));
    CHECK(ev[2].words == "\xE2\x80\x9C" "these lanes\"");
    auto reported = g.out_edges(*person, EdgeKind::Opposes);
    REQUIRE(reported.size() == 1);
    REQUIRE(g.edge(reported[0]).evidence.size() == 1);
    CHECK(g.edge(reported[0]).evidence[0].document == *g.find_key("doc:b.txt"));
    CHECK(g.edge(reported[0]).evidence[0].role == "frame");
    // Deterministic: the reloaded graph writes the same bytes.
    CHECK(snapshot_text(g) == first);
    CHECK(snapshot_text(small_graph().g) == first);
}

TEST_CASE("snapshot evidence: an edge without evidence is written without the member") {
    Small s = small_graph();
    const std::string text = snapshot_text(s.g);
    // The says edge has none; the two stance edges have theirs.
    CHECK(text.find("{\"kind\":\"says\",\"from\":\"person:ada-lane\",\"to\":\"claim:a.txt:100-140\",\"role\":\"\","
                    "\"confidence\":1.0,\"manual\":false}") != std::string::npos);
    CHECK(text.find("\"evidence\":[{\"role\":\"frame\",\"words\":\"voted against\",\"span\":[20,33],"
                    "\"document\":\"doc:b.txt\"}]") != std::string::npos);
}

TEST_CASE("snapshot evidence: a snapshot written before evidence was kept still loads") {
    const std::string old = R"({
"format": "stancegraph-graph",
"version": 1,
"nodes": [
{"key":"doc:a.txt","kind":"document","name":"a.txt","aliases":[],"description":""},
{"key":"position:p","kind":"position","name":"P","aliases":[],"description":""},
{"key":"claim:a.txt:1-5","kind":"claim","name":"text","aliases":[],"description":"",
 "claim":{"document":"doc:a.txt","span":[1,5],"kind":"direct","comment":false,"confidence":0.9,"manual":false}}
],
"edges": [
{"kind":"supports","from":"claim:a.txt:1-5","to":"position:p","role":"","confidence":0.8,"manual":false}
]
}
)";
    Graph g = read_text(old);
    auto claim = g.find_key("claim:a.txt:1-5");
    REQUIRE(claim);
    auto stance = g.out_edges(*claim, EdgeKind::Supports);
    REQUIRE(stance.size() == 1);
    CHECK(g.edge(stance[0]).evidence.empty());
}

TEST_CASE("snapshot evidence: bad evidence is refused with its JSON pointer") {
    const std::string head = R"({"format":"stancegraph-graph","version":1,"nodes":[
{"key":"doc:a.txt","kind":"document","name":"a.txt","aliases":[],"description":""},
{"key":"position:p","kind":"position","name":"P","aliases":[],"description":""},
{"key":"claim:a.txt:1-5","kind":"claim","name":"text","aliases":[],"description":"",
 "claim":{"document":"doc:a.txt","span":[1,5],"kind":"direct","comment":false,"confidence":0.9,"manual":false}}],
"edges":[{"kind":"supports","from":"claim:a.txt:1-5","to":"position:p","role":"","confidence":0.8,"manual":false,
"evidence":[)";
    const std::string tail = "]}]}";
    CHECK(refusal(head + R"({"role":"cue","words":"w","span":[9,3],"document":"doc:a.txt"})" + tail) ==
          "snap.json: invalid snapshot at /edges/0/evidence/0/span: start 9 is after end 3");
    CHECK(refusal(head + R"({"role":"cue","words":"w","span":[1,3],"document":"doc:gone.txt"})" + tail) ==
          "snap.json: invalid snapshot at /edges/0/evidence/0/document: no node has key \"doc:gone.txt\"");
    CHECK(refusal(head + R"({"role":"cue","words":"w","span":[1,3],"document":"position:p"})" + tail) ==
          "snap.json: invalid snapshot at /edges/0/evidence/0/document: \"position:p\" is not a document");
    CHECK(refusal(head + R"({"role":"cue","words":"w","span":[1,3]})" + tail) ==
          "snap.json: schema error at /edges/0/evidence/0: required: missing member \"document\"");
    CHECK(refusal(head + R"({"role":"","words":"w","span":[1,3],"document":null})" + tail) ==
          "snap.json: schema error at /edges/0/evidence/0/role: minLength: the string must not be empty");
    CHECK(refusal(head + R"({"role":"cue","words":"w","span":[1,3],"document":null})" + tail) == "");
}

TEST_CASE("graph: merging actors keeps the evidence of the edges that move") {
    Small s = small_graph();
    Node other;
    other.kind = NodeKind::Person;
    other.key = "person:a-lane";
    other.name = "A. Lane";
    const NodeId dup = s.g.add_node(std::move(other));
    const EdgeId e = s.g.add_edge(dup, s.position, EdgeKind::Opposes);
    s.g.add_evidence(e, {{"frame", "spoke against", {50, 63}, s.doc}});
    s.g.merge(s.person, dup);
    auto kept = s.g.out_edges(s.person, EdgeKind::Opposes);
    REQUIRE(kept.size() == 1);
    const auto& ev = s.g.edge(kept[0]).evidence;
    REQUIRE(ev.size() == 2);
    CHECK(ev[0].words == "voted against");
    CHECK(ev[1].words == "spoke against");
    // The same item added again is not duplicated.
    s.g.add_evidence(kept[0], {{"frame", "spoke against", {50, 63}, s.doc}});
    CHECK(s.g.edge(kept[0]).evidence.size() == 2);
}

TEST_CASE("graph: evidence a snapshot could not load back is refused when added") {
    Small s = small_graph();
    const std::size_t before = s.g.edge(s.claim_stance).evidence.size();
    CHECK_THROWS_AS(s.g.add_evidence(s.claim_stance, {{"cue", "ok", {1, 3}, s.doc}, {"", "no role", {1, 3}, s.doc}}),
                    std::invalid_argument);
    CHECK_THROWS_AS(s.g.add_evidence(s.claim_stance, {{"cue", "backwards", {9, 3}, s.doc}}), std::invalid_argument);
    CHECK(s.g.edge(s.claim_stance).evidence.size() == before);
}
