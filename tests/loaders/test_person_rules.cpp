// Why a run of capitalised words is no person (loaders/mentions/person_rules.hpp): each rule of
// the table alone on a run of an invented sentence, then the mention finder using the table.
#include <doctest/doctest.h>

#include <string>

#include "loaders/mentions/lexicons.hpp"
#include "loaders/mentions/person_rules.hpp"
#include "loaders/text/sentences.hpp"
#include "tests/loaders/mentions_fixture.hpp"

using namespace sg::loaders;
using sg::test::find;

namespace {

// The run of tokens that reads `run` in `text` (its first occurrence), and the rule's answer.
struct RunProbe {
    std::string text;
    std::vector<Token> toks;
    std::size_t begin = 0, end = 0;

    RunProbe(std::string t, const std::string& run) : text(std::move(t)), toks(tokenize(text, 0, text.size())) {
        const std::size_t at = text.find(run);
        REQUIRE(at != std::string::npos);
        while (begin < toks.size() && toks[begin].begin < at) ++begin;
        end = begin;
        while (end < toks.size() && toks[end].end <= at + run.size()) ++end;
        REQUIRE(end > begin);
    }
    bool operator()(bool (*rule)(const NameRun&), bool follows_person = false) const {
        const Ctx c{text, toks};
        return rule(NameRun{c, begin, end, lexicons(), follows_person});
    }
};

}  // namespace

TEST_CASE("person rules: a run that reaches a law, plan or programme word names a thing") {
    CHECK(RunProbe("They debated the Clean Air Act on Monday.", "Air Act")(names_a_thing));
    CHECK(RunProbe("Accounts under the Thrift Savings Plan (TSP) grew.", "Savings Plan")(names_a_thing));
    // through a bracketed acronym and capitalised connectives
    CHECK(RunProbe("The Brain Research Through Advancing Innovative Neurotechnologies (BRAIN) Initiative began.",
                   "Advancing Innovative Neurotechnologies")(names_a_thing));
    // a person whose sentence goes on is no thing
    CHECK_FALSE(RunProbe("Maria Lopez said the Act was flawed.", "Maria Lopez")(names_a_thing));
    CHECK_FALSE(RunProbe("Maria Lopez, who wrote the Clean Air Act, spoke.", "Maria Lopez")(names_a_thing));
    // "Bill" before a name is a given name, not a bill
    CHECK_FALSE(RunProbe("Maria Lopez and Bill Fenwick said it was flawed.", "Maria Lopez")(names_a_thing));
    CHECK(find("Maria Lopez and Bill Fenwick said it was flawed.").person_named("Maria Lopez"));
}

TEST_CASE("person rules: a US state of two words or a run ending in a place word names a place") {
    CHECK(RunProbe("She travelled through Maryland, South Carolina, and Virginia.", "South Carolina")(names_a_place));
    CHECK(RunProbe("This is good news for the Benton Harbor's program.", "Benton Harbor")(names_a_place));
    CHECK(RunProbe("Farms in Berrien, Cass, and Van Buren Counties, said the report.", "Van Buren Counties")(names_a_place));
    // a given name first keeps a person whose surname is a place word
    CHECK_FALSE(RunProbe("Maria Lake said the plan was flawed.", "Maria Lake")(names_a_place));
    CHECK_FALSE(RunProbe("Fenwick Lopez said the plan was flawed.", "Fenwick Lopez")(names_a_place));
}

TEST_CASE("person rules: a bylaw or an ordinance is a thing") {
    CHECK_FALSE(find("The council passed the Single-Use Items Bylaw in 2022.").person_named("Single-Use Items Bylaw"));
    CHECK_FALSE(find("The Clean Streets Ordinance took effect.").person_named("Clean Streets"));
}

TEST_CASE("person rules: a run opening with a place's first word names a place") {
    CHECK(RunProbe("It is taking away Port Wexley's cup fee.", "Port Wexley")(names_a_place));
    CHECK(RunProbe("The mill at Fort Alder closed.", "Fort Alder")(names_a_place));
    CHECK_FALSE(find("It is taking away Port Wexley's cup fee.").person_named("Port Wexley"));
    // near miss: the word in the middle of a name, or after a given name
    CHECK_FALSE(RunProbe("Ann Port said the plan was flawed.", "Ann Port")(names_a_place));
}

TEST_CASE("person rules: a run ending in a day or event word names an event") {
    CHECK(RunProbe("Turnout on Election Day, officials said, was high.", "Election Day")(names_an_event));
    CHECK(RunProbe("After the Second Presidential Debate, polls moved.", "Second Presidential Debate")(names_an_event));
    CHECK_FALSE(RunProbe("Doris Day, the singer, said so.", "Doris Day")(names_an_event));
    CHECK_FALSE(find("Turnout on Election Day, officials said, was high.").person_named("Election"));
}

TEST_CASE("person rules: after a capitalised word and 'to', 'for' or 'through' a run goes on that name") {
    CHECK(RunProbe("He chairs the Alliance to Save Energy, a coalition.", "Save Energy")(continues_a_name));
    CHECK(RunProbe("Students complete the Free Application for Federal Student Aid (FAFSA).", "Federal Student Aid")(
        continues_a_name));
    // at a sentence's start "Thanks to" is no name
    CHECK_FALSE(RunProbe("Thanks to Maria Lopez, the bill passed.", "Maria Lopez")(continues_a_name));
    // lower-case before: "voted for"
    CHECK_FALSE(RunProbe("Many voters voted for Maria Lopez in May.", "Maria Lopez")(continues_a_name));
    // a person before the connector: "nominated A B for C D's seat"
    CHECK_FALSE(RunProbe("They nominated Ann Fenwick for Maria Lopez's seat.", "Maria Lopez")(continues_a_name, true));
}

TEST_CASE("person rules: a run ending in a role noun before 'of' and a capitalised word is a role title") {
    CHECK(RunProbe("said Ann Fenwick, Interim Vice President of Student Affairs.", "Interim Vice President")(is_a_role_title));
    // a given name first: a person whose surname is a role word
    CHECK_FALSE(RunProbe("said Howard Dean of Vermont.", "Howard Dean")(is_a_role_title));
    // no "of": nothing said
    CHECK_FALSE(RunProbe("said Interim Vice President yesterday.", "Interim Vice President")(is_a_role_title));
}

TEST_CASE("person rules: a role title before 'of the' and a capitalised word, and a run of role words alone") {
    CHECK(RunProbe("said Dana Vale, Deputy Director of the Fenmouth Trust.", "Deputy Director")(is_a_role_title));
    CHECK_FALSE(RunProbe("said Dana Vale of the fire service.", "Dana Vale")(is_a_role_title));
    // every word a role noun or a title: no one, whatever follows
    CHECK(RunProbe("Congresswoman Dana Vale, Vice Chair of the caucus, spoke.", "Vice Chair")(is_only_role_words));
    CHECK(RunProbe("The Lead Investigator said so.", "Lead Investigator")(is_only_role_words));
    CHECK_FALSE(RunProbe("Dana Vale said so.", "Dana Vale")(is_only_role_words));
    // a qualifier of a role ("Assistant", "General") with a role noun, never alone
    CHECK(RunProbe("He was Assistant Attorney General, Office of Fenland Counsel, then.", "Assistant Attorney General")(is_only_role_words));
    CHECK_FALSE(RunProbe("General Assistant Vale said so.", "General Assistant")(is_only_role_words));
    CHECK_FALSE(find("Congresswoman Dana Vale, Vice Chair of the caucus, spoke.").person_named("Vice Chair"));
}

TEST_CASE("person rules: a run ending in a word that is never a surname is a place, even after a given name") {
    CHECK(RunProbe("Her uncle's farm in Edwin County was sold.", "Edwin County")(names_a_place));
    CHECK(RunProbe("People on Harold Road park on the verge.", "Harold Road")(names_a_place));
    CHECK_FALSE(RunProbe("Ricki Lake said so.", "Ricki Lake")(names_a_place));  // a surname that is a place word
}

TEST_CASE("person rules: one word that addresses the holder of a place is no name") {
    CHECK(RunProbe("What the right hon. and learned Gentleman said was wrong.", "Gentleman")(is_a_form_of_address));
    CHECK_FALSE(RunProbe("Fenwick said so.", "Fenwick")(is_a_form_of_address));
    CHECK_FALSE(find("What the right hon. and learned Gentleman said was wrong.").person_named("Gentleman"));
}

TEST_CASE("person rules: the table answers with the first rule that applies") {
    CHECK(RunProbe("They debated the Clean Air Act on Monday.", "Air Act")(
        [](const NameRun& r) { return not_a_person(r) == "names a thing"; }));
    CHECK(RunProbe("Maria Lopez said so.", "Maria Lopez")([](const NameRun& r) { return not_a_person(r).empty(); }));
    for (const auto& rule : not_a_person_rules()) CHECK_FALSE(rule.name.empty());
}

TEST_CASE("person rules: a role before a name opens it; a title before a form of address names nobody") {
    const auto f = find("\"We are grateful,\" added Berrien County Sheriff Paul Bailey.");
    CHECK(f.has(MentionKind::Person, "Sheriff Paul Bailey"));
    CHECK_FALSE(f.person_named("Berrien"));
    // a role word that ends a name is left in it ("Howard Dean said")
    CHECK(find("Howard Dean said the race was close.").has(MentionKind::Person, "Howard Dean"));
    CHECK(form_of_address("Gentleman", lexicons()));
    CHECK(form_of_address("Speaker", lexicons()));
    CHECK_FALSE(form_of_address("Fenwick", lexicons()));
    const auto g = find("Thank you, Mr. Chairman. Mr. Speaker: Order. Mr. Howard said no.");
    CHECK_FALSE(g.person_named("Chairman"));
    CHECK_FALSE(g.person_named("Speaker"));
    CHECK(g.person_named("Howard"));
}

TEST_CASE("person rules: the mention finder passes over laws, places and the rest of longer names") {
    CHECK_FALSE(find("The Clean Air Act's provisions are cumbersome, Ann Fenwick said.").person_named("Air"));
    CHECK_FALSE(find("Accounts under the Thrift Savings Plan (TSP) grew.").person_named("Savings"));
    CHECK_FALSE(find("He leads the Alliance to Save Energy, a coalition.").person_named("Save"));
    CHECK_FALSE(find("This is good news for the Benton Harbor's program, said Ann Fenwick.").person_named("Benton"));
    CHECK_FALSE(find("The Harriet Tubman Home in Auburn honours her, said Ann Fenwick.").person_named("Tubman"));
    CHECK_FALSE(find("In 1997, eight Northeastern states petitioned the agency.").person_named("Northeastern"));
    CHECK(find("Congressman Elijah E. Cummings said it was fair.").person_named("Elijah E"));
    CHECK(find("It was backed by Congressmen Dutch Fenwick and John Lopez.").person_named("Dutch Fenwick"));
}

TEST_CASE("person rules: a one-word adverb in -ly is no name") {
    CHECK(RunProbe("Simply stated, the union supports the bill.", "Simply")(is_an_adverb));
    CHECK_FALSE(RunProbe("Kelly stated that the union supports the bill.", "Kelly")(is_an_adverb));
    CHECK_FALSE(find("Simply stated, the union supports the bill.").person_named("Simply"));
}

TEST_CASE("person evidence: a comma or 'of' alone does not make common words a name") {
    // headings and titles of reports, made of common English words (WordNet)
    CHECK_FALSE(find("Union of Concerned Scientists, Aging Plants, Issue Brief, May 22, 2001.").person_named("Issue Brief"));
    CHECK_FALSE(find("Prepared Statement of Navin Fenwick, Environmental Advocate, Westshire Research Group")
                    .person_named("Prepared Statement"));
    CHECK_FALSE(find("Sound Science, Cost Effectiveness, and Energy Analysis are the headings.").person_named("Sound Science"));
    // a name that is no common word, a given name, or a describing appositive still count
    CHECK(find("The plan was drafted by Oluwaseun Adebayo, a GP in the town.").person_named("Oluwaseun Adebayo"));
    CHECK(find("Kit Bell, 16, who leads the Westport Youth Council, disagreed.").person_named("Kit Bell"));
    CHECK(find("They met Mark Price, 44, on Monday.").person_named("Mark Price"));
    // a capitalised word after the run opens a new sentence, so it is no speech verb
    CHECK_FALSE(find("2) Renewable Energy Standard According to the agency, wind could do more.")
                    .person_named("Renewable Energy Standard"));
    // a verb's -ing form that is a common word opens a title, not a name, anywhere
    CHECK_FALSE(find("A report entitled Redirecting America's Energy was released.").person_named("Redirecting"));
}

TEST_CASE("person evidence: a capitalised role before one name that is no common word is a title") {
    const auto f = find("Thank you, Chairman Barton, for the time. President Obama said so.");
    CHECK(f.has(MentionKind::Person, "Chairman Barton"));
    CHECK(f.has(MentionKind::Person, "President Obama"));
    bool title_kept = false;
    for (const auto& m : f.pm.mentions)
        if (m.kind == MentionKind::Person && m.names.size() == 1 && m.names[0] == "Obama") title_kept = m.title == "President";
    CHECK(title_kept);
    CHECK_FALSE(find("The Executive Order, signed on Monday, took effect.").person_named("Order"));
    // a common-word name with a speech verb: the role is still its title, not a name word
    const auto g = find("Chairman Hall said the hearing was closed.");
    bool hall = false;
    for (const auto& m : g.pm.mentions)
        if (m.kind == MentionKind::Person && m.names.size() == 1 && m.names[0] == "Hall") hall = m.title == "Chairman";
    CHECK(hall);
}

TEST_CASE("person rules: a run ending in a US state with no given name first is a place or its body") {
    CHECK(RunProbe("Fenwick Oregon's director, Ann Pellow, said so.", "Fenwick Oregon")(names_a_place));
    CHECK_FALSE(RunProbe("Maria Washington said so.", "Maria Washington")(names_a_place));
    CHECK(RunProbe("Trails along Capitol Hill were cleared.", "Capitol Hill")(names_a_place));
}

TEST_CASE("person rules: a title word after a title and one name is the surname") {
    auto f = find("I thank Chairman Anton Bishop and Ranking Member Ann Pellow for their help.");
    CHECK(f.has(MentionKind::Person, "Chairman Anton Bishop"));
    // before a name it opens the next person
    auto g = find("Present were Mayor Ann Pellow Judge Rob Fenwick and others.");
    CHECK_FALSE(g.has(MentionKind::Person, "Mayor Ann Pellow Judge"));
}

TEST_CASE("person rules: a nickname in quotes is the name the person goes by") {
    auto f = find("Rep. Robert \"Bob\" Fenwick announced the grant.");
    REQUIRE(f.pm.mentions.size() >= 1);
    CHECK(f.pm.mentions[0].kind == MentionKind::Person);
    CHECK(f.pm.mentions[0].names == std::vector<std::string>{"Bob", "Fenwick"});
}

TEST_CASE("person rules: a capitalised common word ending a title is no part of the name after it") {
    auto f = find("The Senior Vice President of Government Affairs Colin Fenwick said so.");
    CHECK(f.has(MentionKind::Person, "Colin Fenwick"));
    CHECK_FALSE(f.person_named("Affairs"));
    // a role is the person's title, as before
    CHECK(find("Westland Transport Minister Colin Fenwick said so.").person_named("Colin Fenwick"));
    CHECK_FALSE(find("Westland Transport Minister Colin Fenwick said so.").person_named("Minister"));
}

TEST_CASE("person rules: plural titles before a list of names") {
    auto f = find("I thank Representatives Pellow, Fenwick and the rest of the group.");
    CHECK(f.has(MentionKind::Person, "Representatives Pellow"));
    CHECK(f.pm.mentions[0].names == std::vector<std::string>{"Pellow"});
}

TEST_CASE("person rules: after a capitalised word that never starts a name, a run goes on that name") {
    CHECK(RunProbe("Fans of the New Westport Rangers cheered.", "Westport Rangers")(continues_a_stopword_name));
    CHECK_FALSE(find("Fans of the New Westport Rangers cheered.").person_named("Westport Rangers"));
    // a given name first opens a person
    CHECK_FALSE(RunProbe("On Monday Maria Lopez said so.", "Maria Lopez")(continues_a_stopword_name));
    // a title or a party before a name is no name of its own
    CHECK_FALSE(RunProbe("Transport Minister Rhys Fenwick said so.", "Rhys Fenwick")(continues_a_stopword_name));
    CHECK_FALSE(RunProbe("Republican Rhys Fenwick said so.", "Rhys Fenwick")(continues_a_stopword_name));
}

TEST_CASE("person rules: a town before its state, a place in a list of states, a role title ending in a role noun") {
    CHECK(RunProbe("Ann Hale will travel to Fenby Marsh, Michigan with her staff.", "Fenby Marsh")(names_a_town_of_a_state));
    CHECK_FALSE(RunProbe("Rep. Ann Hale, Michigan Democrat, spoke.", "Ann Hale")(names_a_town_of_a_state));
    CHECK(RunProbe("Offices serve Oregon, Idaho, Quayle Isles, East Fenland, and Ohio.", "East Fenland")(is_listed_with_states));
    CHECK_FALSE(RunProbe("Senators Ann Vale, Tom Quayle and Jo Hale of Utah met.", "Tom Quayle")(is_listed_with_states));
    CHECK_FALSE(RunProbe("A member of the Fenby Nation of Nevada, Quayle Hale is one of four.", "Quayle Hale")(is_listed_with_states));
    CHECK(RunProbe("It included Ann Hale, National Harbour Advisor, and others.", "National Harbour Advisor")(ends_in_role_noun, true));
    CHECK_FALSE(RunProbe("It included Ann Hale, National Harbour Advisor, and others.", "National Harbour Advisor")(ends_in_role_noun));
    CHECK_FALSE(RunProbe("It included Mark Steward and others.", "Mark Steward")(ends_in_role_noun));
    CHECK_FALSE(RunProbe("Ann Hale said so, and Mark Steward agreed.", "Mark Steward")(ends_in_role_noun));
}
