// Codebook suggestions (loaders/codebook/suggest.hpp) on small graphs built by hand: which claims
// are listed as undecided or missed, which phrases are proposed as cues and which never are.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "graph/graph.hpp"
#include "loaders/codebook/codebook.hpp"
#include "loaders/codebook/suggest.hpp"

namespace {

using namespace sg;
using sg::loaders::Codebook;
using sg::loaders::PositionSuggestions;
using sg::loaders::SuggestedClaim;
using sg::loaders::SuggestedPhrase;

const char* kBook = R"({
  "name": "Streets",
  "positions": [
    {"id": "bus-lanes", "label": "Bus lanes on Main Street",
     "description": "The council should build bus lanes on Main Street", "cues": ["bus lane"]%s},
    {"id": "parking-fees", "label": "Higher parking fees", "description": "Parking fees should rise",
     "cues": ["parking fee"]}
  ]
})";

Codebook book(const std::string& bus_lane_extra = "") {
    std::string text = kBook;
    text.replace(text.find("%s"), 2, bus_lane_extra);
    return loaders::parse_codebook(text, "book.json");
}

// A graph with the codebook's positions, one document, and claims added by `claim`.
struct Fixture {
    Graph g;
    NodeId doc, speaker;
    std::uint64_t offset = 0;
    explicit Fixture(const Codebook& b) {
        loaders::add_positions(g, b);
        doc = g.add_node({NodeKind::Document, "doc:a.txt", "a.txt", {}, "Streets", {}, true});
        speaker = g.add_node({NodeKind::Person, "person:ann-lee", "Ann Lee", {}, "", {}, true});
    }
    NodeId claim(const std::string& text, std::vector<std::pair<std::string, EdgeKind>> stances = {}) {
        Node n{NodeKind::Claim, "claim:a.txt:" + std::to_string(offset) + "-" + std::to_string(offset + text.size()),
               text, {}, "", {}, true};
        n.claim.document = doc;
        n.claim.span = {offset, offset + text.size()};
        offset += text.size() + 1;
        NodeId c = g.add_node(n);
        g.add_edge(speaker, c, EdgeKind::Says);
        g.add_edge(c, doc, EdgeKind::In);
        for (const auto& [id, kind] : stances) g.add_edge(c, *g.find_key("position:" + id), kind);
        return c;
    }
};

const PositionSuggestions& position(const loaders::Suggestions& s, const std::string& id) {
    auto it = std::find_if(s.positions.begin(), s.positions.end(), [&](const auto& p) { return p.id == id; });
    REQUIRE(it != s.positions.end());
    return *it;
}

bool lists_claim(const std::vector<SuggestedClaim>& claims, const std::string& text_start) {
    return std::any_of(claims.begin(), claims.end(), [&](const auto& c) { return c.text.rfind(text_start, 0) == 0; });
}

const SuggestedPhrase* phrase(const std::vector<SuggestedPhrase>& list, const std::string& p) {
    auto it = std::find_if(list.begin(), list.end(), [&](const auto& x) { return x.phrase == p; });
    return it == list.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("codebook suggest: undecided claims, missed mentions and a frequent phrase near the mentions") {
    const Codebook b = book();
    Fixture f(b);
    f.claim("The bus lane needs a cycle path beside it.", {{"bus-lanes", EdgeKind::About}});
    f.claim("A bus lane and a cycle path would change the street.", {{"bus-lanes", EdgeKind::About}});
    f.claim("We back the bus lane with its cycle path.", {{"bus-lanes", EdgeKind::Supports}});
    f.claim("Traffic on Main Street is stuck every morning.");  // the label's words, no edge
    f.claim("Parking fees will rise again.", {{"parking-fees", EdgeKind::Supports}});
    f.claim("The weather was fine.");

    const auto s = loaders::suggest_codebook(f.g, b);
    REQUIRE(s.positions.size() == 2);
    const auto& bus = position(s, "bus-lanes");
    CHECK(bus.supports == 1);
    CHECK(bus.undecided_total == 2);
    CHECK(lists_claim(bus.undecided, "The bus lane needs a cycle path"));
    CHECK(lists_claim(bus.undecided, "A bus lane and a cycle path"));
    CHECK_FALSE(lists_claim(bus.undecided, "We back the bus lane"));  // it took a side
    REQUIRE(!bus.undecided.empty());
    CHECK(bus.undecided[0].speaker == "Ann Lee");
    CHECK(bus.undecided[0].document == "a.txt");
    CHECK(std::find(bus.undecided[0].mentions.begin(), bus.undecided[0].mentions.end(), "bus lane") !=
          bus.undecided[0].mentions.end());

    CHECK(bus.missed_total == 1);
    CHECK(lists_claim(bus.missed, "Traffic on Main Street"));
    CHECK_FALSE(lists_claim(bus.missed, "The weather"));

    // "cycle path" stands near a mention of the bus lanes in three claims, near nothing else.
    REQUIRE(!bus.cues.empty());
    CHECK(bus.cues[0].phrase == "cycle path");
    CHECK(bus.cues[0].claims == 3);
    CHECK(bus.cues[0].elsewhere == 0);
    CHECK(bus.cues[0].example.find("cycle path") != std::string::npos);
    CHECK(bus.cues[0].example_document == "a.txt");
    // Its parts are never proposed apart from it when they never stand apart from it.
    CHECK(phrase(bus.cues, "cycle") == nullptr);
    CHECK(phrase(bus.cues, "path") == nullptr);
    // The existing cue is not proposed again, nor a part of it.
    CHECK(phrase(bus.cues, "bus lane") == nullptr);
    CHECK(phrase(bus.cues, "bus") == nullptr);
    CHECK(phrase(bus.cues, "lane") == nullptr);

    // A position without undecided claims or frequent phrases lists nothing.
    const auto& fees = position(s, "parking-fees");
    CHECK(fees.supports == 1);
    CHECK(fees.undecided_total == 0);
    CHECK(fees.cues.empty());
}

TEST_CASE("codebook suggest: a phrase as often near another position's mentions names neither") {
    const Codebook b = book();
    Fixture f(b);
    f.claim("The bus lane in the town centre went in.", {{"bus-lanes", EdgeKind::About}});
    f.claim("A new bus lane in the town centre is planned.", {{"bus-lanes", EdgeKind::About}});
    f.claim("The parking fee in the town centre went up.", {{"parking-fees", EdgeKind::About}});
    f.claim("A parking fee for the town centre is planned.", {{"parking-fees", EdgeKind::About}});
    loaders::SuggestOptions o;
    auto s = loaders::suggest_codebook(f.g, b, o);
    CHECK(phrase(position(s, "bus-lanes").cues, "town centre") == nullptr);
    CHECK(phrase(position(s, "parking-fees").cues, "town centre") == nullptr);
    // Once it is near one position's mentions more often, it is that position's.
    f.claim("The parking fee in the town centre is too high.", {{"parking-fees", EdgeKind::About}});
    s = loaders::suggest_codebook(f.g, b, o);
    CHECK(phrase(position(s, "bus-lanes").cues, "town centre") == nullptr);
    const auto* tc = phrase(position(s, "parking-fees").cues, "town centre");
    REQUIRE(tc != nullptr);
    CHECK(tc->claims == 3);
    CHECK(tc->elsewhere == 2);
}

TEST_CASE("codebook suggest: a phrase never cuts in two the words that name a position") {
    const Codebook b = book();
    Fixture f(b);
    f.claim("The downtown bus lane works well.", {{"bus-lanes", EdgeKind::About}});
    f.claim("Every downtown bus lane is full.", {{"bus-lanes", EdgeKind::About}});
    f.claim("Downtown parking fee rises hurt.", {{"parking-fees", EdgeKind::About}});
    const auto s = loaders::suggest_codebook(f.g, b);
    const auto& bus = position(s, "bus-lanes");
    const auto* downtown = phrase(bus.cues, "downtown");
    REQUIRE(downtown != nullptr);
    CHECK(downtown->claims == 2);
    CHECK(downtown->elsewhere == 1);
    CHECK(phrase(bus.cues, "downtown bus") == nullptr);  // half of "bus lane"
    CHECK(phrase(position(s, "parking-fees").cues, "downtown parking") == nullptr);
}

TEST_CASE("codebook suggest: framing words of each side, not the general stance words nor existing framing cues") {
    auto run = [](const Codebook& b) {
        Fixture f(b);
        f.claim("The bus lane is a godsend for nurses.", {{"bus-lanes", EdgeKind::Supports}});
        f.claim("Honestly the bus lane is a godsend.", {{"bus-lanes", EdgeKind::Supports}});
        f.claim("We welcome the bus lane.", {{"bus-lanes", EdgeKind::Supports}});
        f.claim("I welcome this bus lane.", {{"bus-lanes", EdgeKind::Supports}});
        f.claim("That bus lane is a white elephant.", {{"bus-lanes", EdgeKind::Opposes}});
        f.claim("A white elephant, the bus lane.", {{"bus-lanes", EdgeKind::Opposes}});
        return loaders::suggest_codebook(f.g, b);
    };
    const auto s = run(book());
    const auto& bus = position(s, "bus-lanes");
    CHECK(bus.supports == 4);
    CHECK(bus.opposes == 2);
    const auto* godsend = phrase(bus.supports_cues, "godsend");
    REQUIRE(godsend != nullptr);
    CHECK(godsend->claims == 2);
    CHECK(godsend->elsewhere == 0);
    CHECK(phrase(bus.opposes_cues, "godsend") == nullptr);
    CHECK(phrase(bus.opposes_cues, "white elephant") != nullptr);
    CHECK(phrase(bus.supports_cues, "white elephant") == nullptr);
    // "welcome" is a general support cue: the classifier reads it already.
    CHECK(phrase(bus.supports_cues, "welcome") == nullptr);
    // Words of the position itself are topic, not framing.
    CHECK(phrase(bus.supports_cues, "bus") == nullptr);

    // Once "godsend" is a framing cue of the position, it is not proposed again.
    const auto again = run(book(R"(, "supports_cues": ["godsend"])"));
    CHECK(phrase(position(again, "bus-lanes").supports_cues, "godsend") == nullptr);
    CHECK(phrase(position(again, "bus-lanes").opposes_cues, "white elephant") != nullptr);
}

TEST_CASE("codebook suggest: --top limits every list, the totals still count everything, order is stable") {
    const Codebook b = book();
    Fixture f(b);
    for (int i = 0; i < 5; ++i)
        f.claim("Claim " + std::to_string(i) + ": the bus lane near the cycle path and the tram stop.",
                {{"bus-lanes", EdgeKind::About}});
    loaders::SuggestOptions o;
    o.top = 2;
    const auto s = loaders::suggest_codebook(f.g, b, o);
    const auto& bus = position(s, "bus-lanes");
    CHECK(bus.undecided_total == 5);
    REQUIRE(bus.undecided.size() == 2);
    CHECK(bus.undecided[0].text.rfind("Claim 0", 0) == 0);  // equal mentions: graph order
    CHECK(bus.undecided[1].text.rfind("Claim 1", 0) == 0);
    CHECK(bus.cues.size() == 2);
    // The same input gives the same output.
    std::ostringstream a, c;
    loaders::write_suggestions_text(s, a, "g.json", "book.json");
    loaders::write_suggestions_text(loaders::suggest_codebook(f.g, b, o), c, "g.json", "book.json");
    CHECK(a.str() == c.str());
}

TEST_CASE("codebook suggest: a graph built without the codebook, or with another version of it") {
    Codebook b = book();
    Graph empty;
    auto m = loaders::match_codebook(empty, b);
    CHECK(m.matched.empty());
    CHECK(loaders::describe_mismatch(m, "g.json", "book.json") ==
          "g.json: built without codebook book.json (positions bus-lanes, parking-fees not in the graph; graph has "
          "no positions)");

    Fixture other(loaders::parse_codebook(
        R"({"name": "x", "positions": [{"id": "rail", "label": "Rail"}, {"id": "parking-fees", "label": "Fees"}]})",
        "old.json"));
    m = loaders::match_codebook(other.g, b);
    CHECK(m.matched == std::vector<std::string>{"parking-fees"});
    CHECK(loaders::describe_mismatch(m, "g.json", "book.json") ==
          "g.json: built with another version of codebook book.json (position bus-lanes not in the graph; graph has "
          "rail); suggestions are for the 1 positions both have");
    // Only the positions both have are reported.
    const auto s = loaders::suggest_codebook(other.g, b);
    REQUIRE(s.positions.size() == 1);
    CHECK(s.positions[0].id == "parking-fees");

    Fixture same(b);
    CHECK(loaders::describe_mismatch(loaders::match_codebook(same.g, b), "g.json", "book.json").empty());
}

TEST_CASE("codebook suggest: the JSON format parses and carries every list") {
    const Codebook b = book();
    Fixture f(b);
    f.claim("The bus lane needs a \"cycle path\" beside it.", {{"bus-lanes", EdgeKind::About}});
    f.claim("A bus lane and a cycle path would change the street.", {{"bus-lanes", EdgeKind::About}});
    std::ostringstream out;
    loaders::write_suggestions_json(loaders::suggest_codebook(f.g, b), out, "g.json", "book.json", {"a warning"});
    rapidjson::Document d;
    d.Parse(out.str().c_str());
    REQUIRE_FALSE(d.HasParseError());
    CHECK(std::string(d["graph"].GetString()) == "g.json");
    CHECK(d["warnings"].Size() == 1);
    REQUIRE(d["positions"].Size() == 2);
    const auto& bus = d["positions"][0];
    CHECK(std::string(bus["id"].GetString()) == "bus-lanes");
    CHECK(bus["undecided"]["total"].GetUint() == 2);
    CHECK(bus["undecided"]["claims"][0]["speaker"].IsString());
    CHECK(bus["undecided"]["claims"][0]["span"].Size() == 2);
    CHECK(bus["missed"]["total"].GetUint() == 0);
    REQUIRE(bus["cues"].Size() >= 1);
    CHECK(std::string(bus["cues"][0]["phrase"].GetString()) == "cycle path");
    CHECK(bus["supports_cues"].IsArray());
    CHECK(bus["opposes_cues"].IsArray());
}
