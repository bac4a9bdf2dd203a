// Affiliations from national offices written before a name (loaders/affiliations/national_offices):
// a nationality word and the office give the government, a cabinet office its department, a
// member of Congress the chamber on federal evidence only. Small invented texts.
#include <doctest/doctest.h>

#include <string>

#include "extract_fixture.hpp"
#include "loaders/affiliations/national_offices.hpp"

using namespace sg::loaders;
using namespace sg::test;

namespace {
// Whether the document says the person `person_key` belongs to `org_key`.
bool belongs(const DocumentResult& r, const std::string& person_key, const std::string& org_key) {
    for (const auto& a : r.affiliations)
        if (a.person_key == person_key && a.org_key == org_key) return true;
    return false;
}
bool any_body(const DocumentResult& r, const std::string& person_key) {
    for (const auto& a : r.affiliations)
        if (a.person_key == person_key) return true;
    return false;
}
}  // namespace

TEST_CASE("affiliations: a nationality and an office give the country's government") {
    auto r = run("Russian Foreign Minister Ivan Sorokin met Israeli Prime Minister Dan Avrahami on Monday.\n\n"
                 "Chinese President Li Wenbo said talks would go on.\n");
    CHECK(belongs(r, "person:ivan-sorokin", "org:government-of-russia"));
    CHECK(belongs(r, "person:dan-avrahami", "org:government-of-israel"));
    CHECK(belongs(r, "person:li-wenbo", "org:government-of-china"));
}

TEST_CASE("affiliations: a cabinet office gives its department, else the government of the country written") {
    auto r = run("U.S. Secretary of State Ann Vale flew to Geneva, and Education Secretary Tom Quayle stayed home.\n\n"
                 "Attorney General Ida Rook said the rules would change. Syrian Information Secretary Jo Brandt disagreed.\n");
    CHECK(belongs(r, "person:ann-vale", "org:department-of-state"));
    CHECK_FALSE(belongs(r, "person:ann-vale", "org:government-of-united-states"));  // the department is more specific
    CHECK(belongs(r, "person:tom-quayle", "org:department-of-education"));
    CHECK(belongs(r, "person:ida-rook", "org:department-of-justice"));
    CHECK(belongs(r, "person:jo-brandt", "org:government-of-syria"));  // no such department in the gazetteer
}

TEST_CASE("affiliations: no government from a head of state's title with no country, or with a body before it") {
    auto r = run("President Ann Vale spoke first.\n\nFenmouth Rowing Club President Tom Quayle spoke next.\n");
    CHECK_FALSE(any_body(r, "person:ann-vale"));
    for (const auto& a : r.affiliations)
        if (a.person_key == "person:tom-quayle") CHECK(a.org_key.find("government") == std::string::npos);
}

TEST_CASE("affiliations: a legislator's title alone states no membership") {
    auto r = run("Sen. Ann Vale (D-Calif.) and Congresswoman Jo Brandt wrote to the agency.\n");
    CHECK_FALSE(belongs(r, "person:ann-vale", "org:senate"));
    CHECK_FALSE(belongs(r, "person:jo-brandt", "org:house-of-representatives"));
}

TEST_CASE("affiliations: a country's name, not its adjective, stands for its government") {
    CHECK(country_government("the United States") == "Government of the United States");
    CHECK(country_government("Russia") == "Government of Russia");
    CHECK(country_government("American").empty());  // "the American people support it"
    CHECK(country_government("Fenmouth").empty());
}

TEST_CASE("affiliations: a national office in the appositive after a name") {
    auto r = run("The senators wrote to Ann Vale, Assistant Secretary of State for Oceans, Fisheries, and Science at the "
                 "department.\n\n\"It works,\" said Ivan Sorokin, Prime Minister of Russia. \"No,\" said Tom Quayle, "
                 "U.S. Ambassador to Moldova. \"Yes,\" said Ida Rook, Secretary of the Fenmouth Rowing Club.\n");
    CHECK(belongs(r, "person:ann-vale", "org:department-of-state"));
    CHECK(belongs(r, "person:ivan-sorokin", "org:government-of-russia"));
    CHECK(belongs(r, "person:tom-quayle", "org:government-of-united-states"));
    for (const auto& a : r.affiliations)
        if (a.person_key == "person:ida-rook") CHECK(a.org_key.find("government") == std::string::npos);
}

TEST_CASE("affiliations: an armed service of the gazetteer is the body of its secretary's office") {
    // "the Navy", "the Army": US armed services in lexicons/organisations.txt
    auto r = run("The following witnesses will testify: The Honorable Ada Quill, Assistant Secretary of the Navy, "
                 "Energy and Environment, and The Honorable Tom Vell, Assistant Secretary of the Army, Installations.\n");
    CHECK(belongs(r, "person:ada-quill", "org:united-states-navy"));
    CHECK(belongs(r, "person:tom-vell", "org:united-states-army"));
}

TEST_CASE("affiliations: 'House Speaker A B' presides over the House of Representatives, not a state's House") {
    auto r = run("Republican leaders reacted quickly. House Speaker Ada Quill called the move wrong.\n\n"
                 "Ostrow House Speaker Tom Vell said the state would sue.\n");
    CHECK(belongs(r, "person:ada-quill", "org:house-of-representatives"));
    CHECK_FALSE(belongs(r, "person:tom-vell", "org:house-of-representatives"));
}

TEST_CASE("affiliations: a legislator's office in apposition after the name states the chamber") {
    auto r = run("Hearing on the harbour bill\n\nThe committee heard the members and the minister on Tuesday morning.\n\n"
                 "Statement of Hon. Ann Vale, U.S. Senator from the State of Ostrow\n\n"
                 "\"It works,\" said Tom Quayle, U.S. Representative for the Ninth District. \"No,\" said Jo Brandt, "
                 "State Senator for Fenmouth. \"Yes,\" said Ida Rook, U.S. Trade Representative.\n");
    CHECK(belongs(r, "person:ann-vale", "org:senate"));
    CHECK(belongs(r, "person:tom-quayle", "org:house-of-representatives"));
    // another body's word before the title: no national chamber
    CHECK_FALSE(belongs(r, "person:jo-brandt", "org:senate"));
    CHECK_FALSE(belongs(r, "person:ida-rook", "org:house-of-representatives"));
}
