// Stances derived after classification cite the claims they come from as evidence: a side carried
// from the speaker's other claims in the article ("consistency"), and a body's side lifted from
// its spokesperson's claim ("spokesperson"), so `why does X oppose P` can show where it came from.
#include <doctest/doctest.h>

#include "loaders/extract/consistency.hpp"
#include "loaders/extract/spokespeople.hpp"

using namespace sg;
using namespace sg::loaders;

namespace {

ClaimRecord claim(const std::string& text, std::string_view doc, const std::string& speaker, int polarity,
                  std::vector<Evidence> evidence = {}) {
    const std::size_t at = doc.find(text);
    REQUIRE(at != std::string_view::npos);
    ClaimRecord c = ClaimRecord::over(doc, at, at + text.size(), ClaimKind::Direct, speaker, 1.0);
    c.context = c.text;
    StanceRecord s;
    s.position_id = "p";
    s.polarity = polarity;
    s.confidence = 0.7;
    s.evidence = std::move(evidence);
    c.stances.push_back(s);
    return c;
}

}  // namespace

TEST_CASE("derived evidence: a side carried from the speaker's other claims cites those claims") {
    const std::string doc = "\"It is on the agenda,\" she said. \"We will fight it,\" she added. \"Fine,\" he said.";
    DocumentResult d;
    d.claims = {claim("It is on the agenda,", doc, "person:a", 0), claim("We will fight it,", doc, "person:a", -1,
                                                                          {{"cue", "fight", {42, 47}, kNoNode}}),
                claim("Fine,", doc, "person:b", 0)};
    carry_sides_within_document(d);
    REQUIRE(d.claims[0].stances[0].polarity == -1);
    const auto& ev = d.claims[0].stances[0].evidence;
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].role == "consistency");
    CHECK(ev[0].words == "We will fight it,");
    CHECK(doc.substr(ev[0].span.start, ev[0].span.end - ev[0].span.start) == ev[0].words);
    // The claim with its own side keeps its own evidence; the other speaker's gets none.
    CHECK(d.claims[1].stances[0].evidence.size() == 1);
    CHECK(d.claims[1].stances[0].evidence[0].role == "cue");
    CHECK(d.claims[2].stances[0].evidence.empty());
}

TEST_CASE("derived evidence: a body's side lifted from its spokesperson's claim cites the claim first") {
    const std::string doc = "\"We reject the scheme,\" said Ann Lee, spokesperson for the Riders Union.";
    DocumentResult d;
    d.actors = {ActorRecord{"person:ann-lee", NodeKind::Person, "Ann Lee", {}, "Lee", false},
                ActorRecord{"org:riders-union", NodeKind::Organisation, "Riders Union", {}, {}, false}};
    d.affiliations = {AffiliationRecord{"person:ann-lee", "org:riders-union", "spokesperson"}};
    d.claims = {claim("We reject the scheme,", doc, "person:ann-lee", -1, {{"cue", "reject", {4, 10}, kNoNode}})};
    lift_spokespeople_stances(d);
    REQUIRE(d.reported.size() == 1);
    CHECK(d.reported[0].actor_key == "org:riders-union");
    const auto& ev = d.reported[0].stance.evidence;
    REQUIRE(ev.size() == 2);
    CHECK(ev[0].role == "spokesperson");
    CHECK(ev[0].words == "We reject the scheme,");
    CHECK(ev[0].span == Span{1, 22});
    CHECK(ev[1].role == "cue");
    CHECK(ev[1].words == "reject");
}
