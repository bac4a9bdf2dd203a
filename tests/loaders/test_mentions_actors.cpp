// Who is an actor (issue 14), one rule a test: a common given name is evidence of a person; a lone
// acronym before "and" is a body of its own; a shortened name of a body the document names in
// full is that body, unless two longer names end so or the body is a party.
#include <doctest/doctest.h>

#include <string>

#include "loaders/mentions/mentions.hpp"
#include "tests/loaders/mentions_fixture.hpp"

using namespace sg::loaders;
using sg::test::find;

namespace {

// The document names of a first paragraph, as extraction's first pass collects them.
DocumentNames names_of(const std::string& first_paragraph) {
    DocumentNames names;
    const ParagraphMentions pm = find_mentions(first_paragraph, {0, first_paragraph.size()}, names);
    collect_organisation_prefixes(pm, first_paragraph, names);
    return names;
}

const Mention* organisation(const sg::test::Found& f) {
    for (const auto& m : f.pm.mentions)
        if (m.kind == MentionKind::Organisation) return &m;
    return nullptr;
}

}  // namespace

TEST_CASE("actors: a common given name makes a two- or three-word run a person, with no other evidence") {
    auto f = find("Crowds cheered for Hillary Clinton in Raleigh on Friday.");
    CHECK(f.person_named("Hillary Clinton"));
    // without the given name, nothing says the run is a person
    CHECK_FALSE(find("Crowds cheered for Mortlake Clinton in Raleigh on Friday.").person_named("Clinton"));
    // after an article it is a thing; a given name that is also a word is no evidence
    CHECK_FALSE(find("Trains on the Victoria Fenwick ran late.").person_named("Victoria"));
    CHECK_FALSE(find("Officials worked through Grace Fenwick in the spring.").person_named("Grace"));
    // a street is no person
    CHECK_FALSE(find("Protesters gathered on Helen Road overnight.").person_named("Helen"));
}

TEST_CASE("actors: a short form of a given name (given_name_diminutives.txt) is a given name too") {
    // the surname is also a word ("tanner"): only the given name says the run is a person
    CHECK(find("Senators Ann Hale, Bob Tanner and Tim Vane introduced the bill.").person_named("Bob Tanner"));
    CHECK(find("The motion was seconded by Bob Tanner on Friday.").person_named("Bob Tanner"));
}

TEST_CASE("actors: a lone acronym before 'and' is a body of its own") {
    auto f = find("Officials at the FBI and State Department answered every question.");
    CHECK(f.has(MentionKind::Organisation, "FBI"));
    CHECK(f.has(MentionKind::Organisation, "State Department"));
    CHECK_FALSE(f.has(MentionKind::Organisation, "FBI and State Department"));
    // a name with "and" inside stays one body
    CHECK(find("The Food and Drug Administration approved it.").has(MentionKind::Organisation, "Food and Drug Administration"));
}

TEST_CASE("actors: a shortened name of a body the document names in full is that body") {
    const DocumentNames names = names_of("The Westshire State Board of Elections met on Monday.");
    auto f = find("The State Board of Elections said turnout was up.", names);
    const Mention* m = organisation(f);
    REQUIRE(m);
    CHECK(m->org == "Westshire State Board of Elections");
    CHECK(m->org_written == "State Board of Elections");
    // two longer names end so: left apart
    const DocumentNames two = names_of("The Westshire State Board of Elections and the Eastshire State Board of Elections met.");
    const auto g = find("The State Board of Elections said turnout was up.", two);
    const Mention* apart = organisation(g);
    REQUIRE(apart);
    CHECK(apart->org == "State Board of Elections");
    CHECK(apart->org_written.empty());
    // a party's state branch is not the party
    const DocumentNames party = names_of("The Westshire Labour Party met on Monday.");
    const auto h = find("The Labour Party said no.", party);
    const Mention* labour = organisation(h);
    REQUIRE(labour);
    CHECK(labour->org == "Labour Party");
}

TEST_CASE("actors: a word with a capital inside is a name word only after a surname prefix, apostrophe or hyphen") {
    // a brand written with an inner capital is no person
    CHECK_FALSE(find("HuffPost Pollster said the race was close.").person_named("HuffPost"));
    // a surname prefix, an apostrophe or a hyphen keeps the name
    CHECK(find("Governor Ron DeSantis said the race was close.").person_named("DeSantis"));
    CHECK(find("Senator Mary McDonald said the race was close.").person_named("McDonald"));
    CHECK(find("Senator Liam O'Brien said the race was close.").person_named("O'Brien"));
}

TEST_CASE("actors: a sentence opening with a verb's -ing form or a preposition is no person") {
    CHECK_FALSE(find("Making Sense, a podcast, said the race was close.").person_named("Making"));
    CHECK_FALSE(find("Other Democrats said nothing.").person_named("Other"));
    // the name after the opener is still found
    const auto f = find("Unlike Barack Obama, Donald Trump said the race was rigged.");
    CHECK_FALSE(f.person_named("Unlike"));
    CHECK(f.has(MentionKind::Person, "Donald Trump"));
    // a given name ending in -ing opens a sentence as a person
    CHECK(find("Irving Fenwick said the race was close.").person_named("Irving Fenwick"));
}

TEST_CASE("actors: the acronym of a law, plan or form names no body") {
    DocumentNames names;
    const std::string t = "Workers save under the Thrift Savings Plan (TSP) and the Westshire Health Trust (WHT).";
    collect_acronyms(t, {0, t.size()}, names);
    CHECK_FALSE(names.acronyms.count("TSP"));
    REQUIRE(names.acronyms.count("WHT"));
    CHECK(names.acronyms["WHT"] == "Westshire Health Trust");
    const std::string u = "Students fill in the Free Application for Federal Student Aid (FAFSA) each year.";
    DocumentNames form;
    collect_acronyms(u, {0, u.size()}, form);
    CHECK_FALSE(form.acronyms.count("FAFSA"));
    // no head word, no gazetteer entry, only common words: a thing (a fuel), not a body
    const std::string v = "Refiners sell Ultra Low Sulfur Diesel (ULSD) and the Fenwick Lopez Group (FLG) said so.";
    DocumentNames fuel;
    collect_acronyms(v, {0, v.size()}, fuel);
    CHECK_FALSE(fuel.acronyms.count("ULSD"));
    CHECK(fuel.acronyms.count("FLG"));
}

TEST_CASE("actors: a whole body's name, 'and' and a second body are two bodies") {
    const auto f = find("It is run by the Fenwick School of Leadership and Public Policy and Westshire University.");
    CHECK(f.has(MentionKind::Organisation, "Fenwick School of Leadership and Public Policy"));
    CHECK(f.has(MentionKind::Organisation, "Westshire University"));
    // one name with "and" inside stays one ("and" before a plural head is the rest of the name)
    CHECK(find("The Department of Health and Human Services said no.")
              .has(MentionKind::Organisation, "Department of Health and Human Services"));
    CHECK(find("The Food and Drug Administration approved it.").has(MentionKind::Organisation, "Food and Drug Administration"));
    // a head word before "and": "this Subcommittee and Congress" are two
    CHECK_FALSE(find("We will work with this Subcommittee and Congress to pass it.")
                    .has(MentionKind::Organisation, "Subcommittee and Congress"));
}

TEST_CASE("actors: a role and a name after a body's complement are no part of the body") {
    const auto f = find("\"It works,\" said Fenwick Chamber of Commerce President Ann Lopez.");
    CHECK(f.has(MentionKind::Organisation, "Fenwick Chamber of Commerce"));
    CHECK(f.person_named("Ann Lopez"));
}

TEST_CASE("actors: affiliations stated by 'from', a bracketed seat before the party, a capitalised role") {
    CHECK(find("Tom Fenwick from Westshire Catholic Charities testified that it was wrong.")
              .affiliated("Tom Fenwick", "Westshire Catholic Charities"));
    CHECK(find("Mr. Kevin Fenwick (Hull, North) (Lab): At the weekend, my right hon. Friend spoke.")
              .affiliated("Mr. Kevin Fenwick", "Labour Party"));
    CHECK(find("\"It works,\" said Alan Fenwick, Co-Director of the Westshire Center for Lawmaking.")
              .affiliated("Alan Fenwick", "Westshire Center for Lawmaking"));
    // a place after "from" is no body
    CHECK_FALSE(find("Tom Fenwick from Westshire testified that it was wrong.").any_affiliation("Tom Fenwick"));
}

TEST_CASE("actors: a committee's name after 'on' runs on through words of institutions, not through a date") {
    CHECK(find("He was Ranking Member of the Committee on Oversight and Government Reform last year.")
              .has(MentionKind::Organisation, "Committee on Oversight and Government Reform"));
    CHECK(find("The Committee on Monday voted.").has(MentionKind::Organisation, "Committee") == false);
}

TEST_CASE("actors: a head word takes 'to' and a capitalised verb phrase into its name, not a place") {
    CHECK(find("I serve as the President of the Alliance to Save Energy today.")
              .has(MentionKind::Organisation, "Alliance to Save Energy"));
    CHECK(find("The Committee to Protect Journalists said so.").has(MentionKind::Organisation, "Committee to Protect Journalists"));
    CHECK_FALSE(find("They moved the Committee to New York in May.").has(MentionKind::Organisation, "Committee to New York"));
    CHECK_FALSE(find("They moved the Committee to Ohio State in May.").has(MentionKind::Organisation, "Committee to Ohio State"));
}

TEST_CASE("actors: the words of a law's name written alone elsewhere in the document name the law") {
    DocumentNames names;
    const std::string law = "Congress extended the Price Anderson Act for 20 years.";
    collect_thing_names(law, {0, law.size()}, names);
    CHECK(names.thing_names.count("Price Anderson"));
    CHECK_FALSE(find("A policy known as Price Anderson, to critics, is a subsidy.", names).person_named("Price Anderson"));
    // a given name first: a bill named after a person leaves the person a person
    const std::string bill = "They passed the John Lopez Voting Act and the Mary Fenwick Act.";
    DocumentNames after_person;
    collect_thing_names(bill, {0, bill.size()}, after_person);
    CHECK(find("Mary Fenwick, who chairs the board, said so.", after_person).person_named("Mary Fenwick"));
}

TEST_CASE("actors: 'Hon.' is a title and 'from <body>' after a full name is evidence of a person") {
    CHECK(find("Statement of Hon. George V. Fenwick, U.S. Senator from the State of Ohio").person_named("George V"));
    const auto f = find("Conrad Fenwick from Clean Air Task Force testified last week that it was so.");
    CHECK(f.person_named("Conrad Fenwick"));
    CHECK(f.affiliated("Conrad Fenwick", "Clean Air Task Force"));
    // a place after "from" is no evidence
    CHECK_FALSE(find("Conrad Fenwick from Westshire arrived last week.").person_named("Conrad Fenwick"));
}

TEST_CASE("actors: a witness who gives their name, then their role in the first person, belongs to the body") {
    const auto f = find("My name is Kateri Fenwick, and I serve as the President of the Alliance to Save Energy.");
    CHECK(f.affiliated("Kateri Fenwick", "Alliance to Save Energy", "president"));
    CHECK(find("Good morning, my name is Navin Lopez and I'm an Environmental Advocate with the Westshire Research Group.")
              .affiliated("Navin Lopez", "Westshire Research Group"));
    CHECK(find("My name is Navin Lopez and I'm an Environmental Advocate with the U.S. Public Interest Research Group.")
              .affiliated("Navin Lopez", "Public Interest Research Group"));
    // no name given: nobody to join the body to
    CHECK_FALSE(find("Ann Fenwick said I serve as the President of the Westshire Research Group.").any_affiliation("Ann Fenwick"));
}

TEST_CASE("actors: 'the X Caucus, of which A B is a member' makes A B a member of the body") {
    const auto f = find("It has been a priority of the Westshire Solvers Caucus, of which Ann Fenwick is a member, for years.");
    CHECK(f.affiliated("Ann Fenwick", "Westshire Solvers Caucus", "member"));
    // no role after the copula: nothing stated
    CHECK_FALSE(find("It was a priority of the Westshire Solvers Caucus, of which Ann Fenwick is proud.").any_affiliation("Ann Fenwick"));
}

TEST_CASE("actors: a military rank is a title, but not before one word of a company's name") {
    CHECK(find("In Istanbul, rebel commander General Tarik Osman condemned the plan.").person_named("Tarik Osman"));
    CHECK(find("Gen. Ann Hale said the plan was wrong.").person_named("Ann Hale"));
    CHECK_FALSE(find("Shares in General Dynamics fell on Monday.").person_named("Dynamics"));
    CHECK_FALSE(find("General Motors said sales rose.").person_named("Motors"));
    // after a capitalised word the rank is part of an office ("Attorney General"), no title of its own
    auto f = find("U.S. Attorney General Ann Hale said the plan was lawful.");
    for (const auto& m : f.pm.mentions)
        if (m.kind == MentionKind::Person) CHECK(m.title != "General");
}
