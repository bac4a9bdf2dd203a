// Document consistency: a speaker's claims that only address a position take the side the same
// speaker clearly takes on it elsewhere in the article.
#include <doctest/doctest.h>

#include "loaders/extract/consistency.hpp"

namespace {

sg::loaders::ClaimRecord claim(const std::string& speaker, int polarity, bool comment = false) {
    sg::loaders::ClaimRecord c;
    c.speaker_key = speaker;
    c.comment = comment;
    sg::loaders::StanceRecord s;
    s.position_id = "p";
    s.polarity = polarity;
    s.confidence = 0.7;
    c.stances.push_back(s);
    return c;
}

}  // namespace

TEST_CASE("consistency: an 'about' claim takes its speaker's clear side in the same document") {
    sg::loaders::DocumentResult d;
    d.claims = {claim("person:a", 0), claim("person:a", -1), claim("person:b", 0)};
    sg::loaders::carry_sides_within_document(d);
    CHECK(d.claims[0].stances[0].polarity == -1);
    CHECK(d.claims[0].stances[0].confidence == doctest::Approx(sg::loaders::kConsistencyConfidence));
    CHECK(d.claims[0].stances[0].from_consistency);
    CHECK(d.claims[1].stances[0].polarity == -1);      // its own side is kept as it was
    CHECK_FALSE(d.claims[1].stances[0].from_consistency);
    CHECK(d.claims[2].stances[0].polarity == 0);       // another speaker's claim is not touched
}

TEST_CASE("consistency: a speaker on both sides, an unknown speaker and readers' comments give nothing") {
    sg::loaders::DocumentResult d;
    d.claims = {claim("person:a", 0), claim("person:a", 1), claim("person:a", -1),
                claim("", 0), claim("", 1), claim("person:c", 0, true), claim("person:c", 1, true)};
    sg::loaders::carry_sides_within_document(d);
    CHECK(d.claims[0].stances[0].polarity == 0);
    CHECK(d.claims[3].stances[0].polarity == 0);
    CHECK(d.claims[5].stances[0].polarity == 0);
}

TEST_CASE("consistency: a minister's plain claim that only addresses a position supports it") {
    auto plain = [](std::string_view text) { return text.find(" but ") == std::string_view::npos; };
    sg::loaders::DocumentResult d;
    d.affiliations = {{"person:m", "org:government", "housing minister"}, {"person:c", "org:party", "critic"}};
    d.claims = {claim("person:m", 0), claim("person:c", 0), claim("person:m", 0)};
    d.claims[0].text = "Owners will register every listing.";
    d.claims[1].text = "Owners will register every listing.";
    d.claims[2].text = "We understand the pressure but the bill is about housing.";
    sg::loaders::ministers_back_their_proposals(d, plain);
    CHECK(d.claims[0].stances[0].polarity == 1);
    CHECK(d.claims[0].stances[0].confidence == doctest::Approx(sg::loaders::kConsistencyConfidence));
    CHECK(d.claims[1].stances[0].polarity == 0);  // not a minister
    CHECK(d.claims[2].stances[0].polarity == 0);  // not plain
    // a position the minister opposes in the document (here in a reported stance) stays unsided
    sg::loaders::DocumentResult r;
    r.affiliations = {{"person:m", "org:government", "minister"}};
    r.claims = {claim("person:m", 0)};
    r.claims[0].text = "Towns have enough to do already.";
    sg::loaders::ReportedRecord rep;
    rep.actor_key = "person:m";
    rep.stance.position_id = "p";
    rep.stance.polarity = -1;
    r.reported.push_back(rep);
    sg::loaders::ministers_back_their_proposals(r, plain);
    CHECK(r.claims[0].stances[0].polarity == 0);
}
