// A committee report's delegation paragraph ("2.1 The X Trust (Ann Vale, chair). Ms Vale told the
// Committee that ...") makes what its speaker says there the body's submission. Invented texts
// on a harbour debate.
#include <doctest/doctest.h>

#include <algorithm>

#include "loaders/codebook/codebook.hpp"
#include "loaders/extract/spokespeople.hpp"
#include "loaders/stance/stance.hpp"
#include "tests/loaders/extract_fixture.hpp"

namespace {

const char* kBook = R"({"positions": [
  {"id": "berth-levy", "label": "A levy on cruise berths", "description": "Cruise ships should pay a berth levy",
   "aliases": ["berth levy"], "cues": ["levy|levies ... berth|berths|cruise"]}]})";

// The page extracted, and its people's claims lifted to the bodies they speak for.
sg::loaders::DocumentResult run(const std::string& page) {
    static const sg::loaders::StanceClassifier stance(sg::loaders::parse_codebook(kBook, "book.json"));
    auto r = sg::test::run_with_stance(stance, page);
    sg::loaders::lift_spokespeople_stances(r);
    return r;
}

int side_on(const sg::loaders::DocumentResult& r, const std::string& actor) {
    return sg::test::reported_side(r, actor, "berth-levy");
}

bool affiliated(const sg::loaders::DocumentResult& r, const std::string& person, const std::string& org) {
    return std::any_of(r.affiliations.begin(), r.affiliations.end(), [&](const auto& a) {
        return a.person_key == person && a.org_key == org;
    });
}

}  // namespace

TEST_CASE("delegations: the speaker in brackets after a body speaks for it in that paragraph") {
    auto r = run("Report on the hearing of submissions\n\n"
                 "2.1 Fenmouth Harbour Trust (Ann Vale, chair). Ms Vale told the Committee that the berth levy "
                 "was unworkable.\n\n"
                 "2.2 Harbour Friends Aotearoa (Tom Quayle, secretary). Mr Quayle said the berth levy was long "
                 "overdue.\n\n"
                 "2.3 Ruth Mahoney (individual submitter). Ms Mahoney said the berth levy was unfair.\n");
    CHECK(side_on(r, "org:fenmouth-harbour-trust") == -1);
    // a body's name without a head word: the bracketed speaker makes it a body
    CHECK(side_on(r, "org:harbour-friends-aotearoa") == 1);
    CHECK(affiliated(r, "person:tom-quayle", "org:harbour-friends-aotearoa"));
    // near miss: a person with a note in brackets is no body
    CHECK(!affiliated(r, "person:ruth-mahoney", "org:ruth-mahoney"));
}

TEST_CASE("delegations: outside its paragraph the speaker speaks for themselves") {
    auto r = run("Report on the hearing of submissions\n\n"
                 "2.1 Fenmouth Harbour Trust (Ann Vale, chair). Ms Vale presented the Trust's figures.\n\n"
                 "3.1 In discussion, Ms Vale said the berth levy was unworkable.\n");
    CHECK(side_on(r, "org:fenmouth-harbour-trust") == 0);
}
