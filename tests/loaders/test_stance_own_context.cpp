// A claim that is its own context (comments, author sentences, quotes with no lead-in): classify
// reads it once and takes its scores as the context's too, instead of analysing the same text a
// second time. The hits must be those of reading the context on its own: a context of the same
// words with a trailing space is read in full (it is not the claim's text) and gives the same
// tokens, so the two must agree in every field.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "loaders/codebook/codebook.hpp"
#include "loaders/stance/stance.hpp"

namespace {

using sg::loaders::StanceClassifier;
using sg::loaders::StanceHit;

const char* kBook = R"({
  "positions": [
    {"id": "tram-line", "label": "A new tram line", "description": "The city should build the tram line",
     "aliases": ["tramway"], "cues": ["tram line", "tram|trams", "light rail"]},
    {"id": "congestion-charge", "label": "Congestion charge", "description": "Drivers should pay a congestion charge",
     "cues": ["congestion charge|charging"]},
    {"id": "costs-controllable", "label": "Costs can be controlled",
     "description": "The project's cost overruns can be controlled",
     "cues": ["cost overrun", "overspend"],
     "supports_cues": ["can be contained", "under control"],
     "opposes_cues": ["spiralling", "inevitable overrun"]}
  ]
})";

void check_same(const std::vector<StanceHit>& got, const std::vector<StanceHit>& want) {
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        CHECK(got[i].position_id == want[i].position_id);
        CHECK(got[i].polarity == want[i].polarity);
        CHECK(got[i].confidence == want[i].confidence);
        CHECK(got[i].score == want[i].score);
        REQUIRE(got[i].evidence.size() == want[i].evidence.size());
        for (std::size_t k = 0; k < got[i].evidence.size(); ++k) {
            CHECK(got[i].evidence[k].role == want[i].evidence[k].role);
            CHECK(got[i].evidence[k].words == want[i].evidence[k].words);
            CHECK(got[i].evidence[k].in_context == want[i].evidence[k].in_context);
            CHECK(got[i].evidence[k].begin == want[i].evidence[k].begin);
            CHECK(got[i].evidence[k].end == want[i].evidence[k].end);
        }
    }
}

}  // namespace

TEST_CASE("classify: a claim that is its own context gives what reading the context apart gives") {
    const StanceClassifier c(sg::loaders::parse_codebook(kBook, "test-book.json"));
    const std::vector<std::string> claims = {
        "We strongly support the new tram line.",
        "The congestion charge is a terrible idea and should be scrapped.",
        "The cost overruns are spiralling, but the tramway is still worth building.",
        "They back the congestion charge, but we do not.",
        "It would find a new route for the trams.",
        // read as the speaker's own clause ("she" as "we": an intent frame), which the context,
        // read apart, is not: classify does not take the claim's scores for the context's then
        "She will fight the congestion charge.",
        "They will scrap the tram line.",
        "She wants to build the tram line.",
        "They intend to introduce a congestion charge.",
        "He hopes to see light rail in the city.",
        "Nobody mentioned it.",
        "The overspend can be contained if the council acts now.",
    };
    std::size_t hits = 0;
    for (const auto& claim : claims) {
        CAPTURE(claim);
        const std::string own = claim;              // the claim's text again: read once
        const std::string apart = claim + " ";      // the same tokens, read on its own
        const auto once = c.classify(claim, own);
        check_same(once, c.classify(claim, apart));
        hits += once.size();
    }
    CHECK(hits > 0);  // the comparison is about hits, not only their absence
}
