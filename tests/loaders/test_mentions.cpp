// Step 4: people, organisations and their roles.
#include <doctest/doctest.h>

#include <string>

#include "loaders/mentions/mentions.hpp"
#include "tests/loaders/mentions_fixture.hpp"

using namespace sg::loaders;

using sg::test::Found;
using sg::test::find;

TEST_CASE("mentions: titled people, organisations from the gazetteer and from patterns") {
    auto f = find("Professor Jane Q Public met the Royal College of Nursing and NHS Westshire CCG in Ruralton LMC offices.");
    REQUIRE(f.pm.mentions.size() == 4);
    CHECK(f.pm.mentions[0].kind == MentionKind::Person);
    CHECK(f.pm.mentions[0].title == "Professor");
    CHECK(f.pm.mentions[0].names == std::vector<std::string>{"Jane", "Q", "Public"});
    CHECK(f.pm.mentions[1].org == "Royal College of Nursing");
    CHECK(f.at(2) == "NHS Westshire CCG");
    CHECK(f.at(3) == "Ruralton LMC");
}

TEST_CASE("mentions: a role before the name, with the organisation before the role") {
    auto f = find("The union's leader spoke after Acme Health Trust chief executive Sam Lowe and BMA deputy chair Dr Kim Park met.");
    const Affiliation* a = f.affiliation_of("Sam Lowe");
    REQUIRE(a);
    CHECK(a->org == "Acme Health Trust");
    CHECK(a->role == "chief executive");
    const Affiliation* b = f.affiliation_of("Dr Kim Park");
    REQUIRE(b);
    CHECK(b->org == "British Medical Association");
    CHECK(b->role == "deputy chair");
}

TEST_CASE("mentions: role appositives after the name") {
    auto f = find("Dr Lee Chan, vice-chair of the Care Quality Commission, and Dr Ola Berg of Northshire LMC spoke, "
                  "as did Mo Ali, chair of the RCGP policy subcommittee, and Dr Eve Tan, RCN president.");
    const Affiliation* a = f.affiliation_of("Dr Lee Chan");
    REQUIRE(a);
    CHECK(a->org == "Care Quality Commission");
    CHECK(a->role == "vice-chair");
    const Affiliation* b = f.affiliation_of("Dr Ola Berg");
    REQUIRE(b);
    CHECK(b->org == "Northshire LMC");
    const Affiliation* c = f.affiliation_of("Mo Ali");
    REQUIRE(c);
    CHECK(c->org == "Royal College of General Practitioners");
    CHECK(c->role == "chair of the policy subcommittee");
    const Affiliation* d = f.affiliation_of("Dr Eve Tan");
    REQUIRE(d);
    CHECK(d->org == "Royal College of Nursing");
    CHECK(d->role == "president");
}

TEST_CASE("mentions: acronyms defined in the text, surnames known from the document") {
    std::string t = "The Rural Doctors Network (RDN) met. Later the RDN said Smith was right.";
    DocumentNames names;
    collect_acronyms(t, {0, t.size()}, names);
    REQUIRE(names.acronyms.count("RDN"));
    CHECK(names.acronyms["RDN"] == "Rural Doctors Network");
    names.surnames.insert("Smith");
    auto f = find(t, names);
    int orgs = 0, people = 0;
    for (auto& m : f.pm.mentions) {
        orgs += m.kind == MentionKind::Organisation && m.org == "Rural Doctors Network";
        people += m.kind == MentionKind::Person && m.names == std::vector<std::string>{"Smith"};
    }
    CHECK(orgs == 3);  // the definition, its acronym in brackets, the later use
    CHECK(people == 1);
}

TEST_CASE("mentions: an acronym defined in apposition ('FFRA, the Fenland ... Association')") {
    std::string t = "I am President of FFRA, the Fenland Fuel & Refiners Association. FFRA is a trade group.";
    DocumentNames names;
    collect_acronyms(t, {0, t.size()}, names);
    REQUIRE(names.acronyms.count("FFRA"));
    CHECK(names.acronyms["FFRA"] == "Fenland Fuel & Refiners Association");
    // near misses: letters that do not match; a name with no head word of a body
    for (std::string u : {"I chair FFRA, the Fenland Refiners Association.", "We use FFRA, the Fenland Fuel Refining Approach."}) {
        DocumentNames n;
        collect_acronyms(u, {0, u.size()}, n);
        CHECK_FALSE(n.acronyms.count("FFRA"));
    }
}

TEST_CASE("mentions: an acronym is defined by a name with a plural's apostrophe inside") {
    for (std::string t : {"The Fenmouth Growers' Association (FGA) met.", "The Fenmouth Growers\u2019 Association (FGA) met."}) {
        DocumentNames names;
        collect_acronyms(t, {0, t.size()}, names);
        REQUIRE(names.acronyms.count("FGA"));
        CHECK(names.acronyms["FGA"].find("Association") != std::string::npos);
    }
}

TEST_CASE("mentions: capitalised words that are not people") {
    auto f = find("Will Councils end the Health and Care Act? Monday was quiet in London.");
    for (auto& m : f.pm.mentions) CHECK(m.kind != MentionKind::Person);
}

TEST_CASE("mentions: keys") {
    CHECK(slug("Dr Mary O\xE2\x80\x99" "Brien") == "dr-mary-obrien");
    CHECK(organisation_key("NHS Westshire CCG") == organisation_key("Westshire CCG"));
    CHECK(organisation_key("NHS England") == "nhs-england");
}

TEST_CASE("mentions: the leading words of an organisation named in full are that organisation, not a person") {
    std::string t = "In a statement, Harbor Valley said the Harbor Valley Health System would cope.";
    DocumentNames names;
    collect_organisation_prefixes(find_mentions(t, {0, t.size()}, names), t, names);
    auto f = find(t, names);
    REQUIRE(f.pm.mentions.size() == 2);
    CHECK(f.pm.mentions[0].kind == MentionKind::Organisation);
    CHECK(f.pm.mentions[0].org == "Harbor Valley Health System");
}

TEST_CASE("mentions: the leading words of a name are looked up word by word, longer ones too") {
    // (the look-up stops at the first words no name begins with: "Blue" begins one, so
    // "Blue Pier" is still asked; "Green" begins none)
    DocumentNames names;
    names.organisation_prefixes.emplace("Blue Pier", "Blue Pier Harbour Trust");
    names.organisation_prefixes.emplace("Green Pier Fund", "Green Pier Fund Society");
    auto f = find("Yesterday Blue Pier said the Green Pier rules stand.", names);
    int trust = 0, society = 0;
    for (auto& m : f.pm.mentions) {
        trust += m.kind == MentionKind::Organisation && m.org == "Blue Pier Harbour Trust";
        society += m.kind == MentionKind::Organisation && m.org == "Green Pier Fund Society";
    }
    CHECK(trust == 1);
    CHECK(society == 0);  // "Green Pier" begins a name but is none
}

TEST_CASE("mentions: after a title or a first name, words like May or Will can be names") {
    auto f = find("Prime Minister Theresa May met Mrs May and Dr Will Hart, who said nothing.");
    int people = 0;
    for (auto& m : f.pm.mentions) people += m.kind == MentionKind::Person;
    CHECK(people == 3);
}

TEST_CASE("mentions: an acronym defined as news writes it, 'the Long Name, or LN,'") {
    const std::string t = "The country's largest anglers' lobby, the Coastal Anglers Federation, or CAF, wants a ban.";
    DocumentNames names;
    collect_acronyms(t, {0, t.size()}, names);
    REQUIRE(names.acronyms.count("CAF"));
    CHECK(names.acronyms["CAF"] == "Coastal Anglers Federation");
    // near miss: an alternative whose initials do not match is no definition
    const std::string u = "Members of the Coastal Anglers Federation, or RSPB, were there.";
    DocumentNames other;
    collect_acronyms(u, {0, u.size()}, other);
    CHECK_FALSE(other.acronyms.count("RSPB"));
}

TEST_CASE("mentions: a middle initial between two name words names a person, after any capitalised role") {
    auto f = sg::test::find("House Majority Whip Ivo Q. Marsh released a statement on Monday.");
    CHECK(f.has(MentionKind::Person, "Ivo Q. Marsh"));
    CHECK_FALSE(f.has(MentionKind::Person, "Whip Ivo Q. Marsh"));
    // near miss: a body's name made from a person's
    auto g = sg::test::find("The Ivo Q. Marsh Library opened on Monday.");
    CHECK_FALSE(g.has(MentionKind::Person, "Ivo Q. Marsh"));
}

TEST_CASE("mentions: 'the Ostrander administration' is a body named after its head") {
    auto f = sg::test::find("Officials of the Ostrander administration said on Monday that the tolls would stay.");
    CHECK(f.has(MentionKind::Organisation, "Ostrander administration"));
    // near miss: a common word before "administration" names no body
    auto g = sg::test::find("Officials said the Local administration of the tolls would stay.");
    CHECK_FALSE(g.has(MentionKind::Organisation, "Local administration"));
}

TEST_CASE("mentions: a country as the subject of a reporting verb is no person") {
    auto f = sg::test::find("Russia said on Monday that the talks would go on.");
    CHECK_FALSE(f.has(MentionKind::Person, "Russia"));
    // near miss: a surname in the same place is a person
    auto g = sg::test::find("Ostrander said on Monday that the talks would go on.");
    CHECK(g.has(MentionKind::Person, "Ostrander"));
}
