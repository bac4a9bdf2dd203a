// collect_places counts the US states and the jurisdictions (countries, provinces, states with
// ministers) a paragraph names, looking only at the names that begin with a capitalised word's
// first byte (places_by_initial in mentions.cpp). Every name of either list, written in a
// sentence, must still be counted, the longest jurisdiction written at a place winning, and an
// AP abbreviation after a comma counts as its state.
#include <doctest/doctest.h>

#include <string>

#include "loaders/mentions/lexicons.hpp"
#include "loaders/mentions/mentions.hpp"

using namespace sg::loaders;

namespace {

DocumentNames places_in(const std::string& t) {
    DocumentNames names;
    collect_organisation_prefixes(find_mentions(t, {0, t.size()}, names), t, names);
    return names;
}

}  // namespace

TEST_CASE("places: every US state and jurisdiction of the lexicons is counted where it is written") {
    const Lexicons& lx = lexicons();
    REQUIRE(lx.us_states.size() >= 40);
    REQUIRE(!lx.jurisdictions.empty());
    for (const auto& st : lx.us_states) {
        const DocumentNames names = places_in("Officials in " + st.name + " said the rule was fair.");
        CHECK_MESSAGE(names.us_states.count(st.name) == 1, st.name);
        if (!st.abbreviation.empty()) {
            const DocumentNames abbr = places_in("MILLBROOK, " + st.abbreviation + " Officials said so.");
            CHECK_MESSAGE(abbr.us_states.count(st.name) == 1, st.abbreviation);
        }
    }
    for (const auto& j : lx.jurisdictions) {
        const DocumentNames names = places_in("Officials in " + j.name + " said the rule was fair.");
        CHECK_MESSAGE(names.jurisdictions.count(j.government) == 1, j.name);
    }
    // "New South Wales" is counted as itself, not also as Wales
    const DocumentNames nsw = places_in("Officials in New South Wales said the rule was fair.");
    CHECK(nsw.jurisdictions.size() == 1);
}
