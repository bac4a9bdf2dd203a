// A body's stance voiced by one of its people: a spokesperson always speaks for it, a chair or
// chief executive when saying "we", anyone affiliated when the claim names the body as the one
// holding the view, and a lead-in "responding for X". Invented texts on a parking debate.
#include <doctest/doctest.h>

#include "loaders/build.hpp"
#include "loaders/codebook/codebook.hpp"
#include "loaders/extract/spokespeople.hpp"
#include "loaders/stance/stance.hpp"
#include "support/temp_dir.hpp"
#include "tests/loaders/extract_fixture.hpp"

namespace {

using sg::loaders::spokespeople::speaks_for;
using sg::loaders::spokespeople::Voice;
using sg::loaders::spokespeople::voice_of;

const char* kBook = R"({"positions": [
  {"id": "parking-charges", "label": "Parking charges", "description": "The council should charge for parking",
   "cues": ["parking charge|charges|fees"]}]})";

// Stances the document reports for `actor` (key) on the parking position: +1, -1, or 0 if none.
int reported_side(const sg::loaders::DocumentResult& r, const std::string& actor) {
    for (const auto& rep : r.reported)
        if (rep.actor_key == actor && rep.stance.position_id == "parking-charges") return rep.stance.polarity;
    return 0;
}

sg::loaders::DocumentResult run_with_book(const std::string& body) {
    static const sg::loaders::Codebook book = sg::loaders::parse_codebook(kBook, "book.json");
    static const sg::loaders::StanceClassifier stance(book);
    sg::loaders::CorpusContext ctx;
    ctx.stance = &stance;
    auto result = sg::loaders::extract_document(sg::loaders::clean_source("t.txt", "Parking row\n\n" + body), ctx);
    sg::loaders::lift_spokespeople_stances(result);  // build_graph does this over the whole corpus
    return result;
}

}  // namespace

TEST_CASE("spokespeople: a role says how its holder speaks for the body") {
    CHECK(voice_of("spokeswoman") == Voice::Always);
    CHECK(voice_of("chief negotiator") == Voice::Always);
    CHECK(voice_of("chair") == Voice::FirstPerson);
    CHECK(voice_of("chief executive") == Voice::FirstPerson);
    CHECK(voice_of("junior") == Voice::Named);
    // a US state representative is a legislator, not a body's spokesperson
    CHECK(voice_of("representative") == Voice::Named);
    CHECK(voice_of("child psychologist") == Voice::Named);
    // a member of a legislature speaks for themselves, not for the chamber
    CHECK(voice_of("senator") == Voice::Never);
    CHECK(voice_of("member of congress") == Voice::Never);
    CHECK(voice_of("") == Voice::Named);
    // a role word inside another word is not the role
    CHECK(voice_of("armchair") == Voice::Named);
}

TEST_CASE("spokespeople: speaking in the body's name") {
    const std::vector<std::string> none;
    // "we" counts only for a leader of the body
    CHECK(speaks_for("We will fight these charges.", "", "Harbour Traders Association", none, Voice::FirstPerson));
    CHECK_FALSE(speaks_for("We will fight these charges.", "", "Harbour Traders Association", none, Voice::Named));
    // the body named as the holder of the view, by name, alias or "the <head noun>"
    CHECK(speaks_for("the association does not support the charges", "", "Harbour Traders Association", none,
                     Voice::Named));
    CHECK(speaks_for("HTA members are angry", "", "Harbour Traders Association", {"HTA"}, Voice::Named));
    // the head noun as a modifier names nothing: "the school day" is no word of Harbour School's
    CHECK_FALSE(speaks_for("it would take away choices during the school day", "", "Harbour School", none,
                           Voice::Named));
    CHECK(speaks_for("the school has decided to keep its rules", "", "Harbour School", none, Voice::Named));
    // "responding for" / "on behalf of" in the lead-in
    CHECK(speaks_for("It is a mistake.", "Responding for the Harbour Traders Association, its chair said",
                     "Harbour Traders Association", none, Voice::Named));
    CHECK(speaks_for("It is a mistake.", "Speaking on behalf of Harbour Traders Association, she said",
                     "Harbour Traders Association", none, Voice::Named));
    // a body merely mentioned in the lead-in is not spoken for
    CHECK_FALSE(speaks_for("It is a mistake.", "She told the Harbour Traders Association meeting",
                           "Harbour Traders Association", none, Voice::Named));
    CHECK(speaks_for("anything", "", "X", none, Voice::Always));
}

TEST_CASE("spokespeople: a claim naming the body speaks for it only with the body as a holder of a view") {
    const std::vector<std::string> none;
    const std::vector<std::string> party{"Harbour"};
    // the subject of a verb, or a group of it that is
    CHECK(speaks_for("Harbour Party members support the charges", "", "Harbour Party", none, Voice::Named));
    CHECK(speaks_for("a future Harbour Party government would scrap the charges", "", "Harbour Party", none, Voice::Named));
    // the speaker placing themselves in it
    CHECK(speaks_for("I am with the Harbour Traders Association, and the charges are wrong", "",
                     "Harbour Traders Association", none, Voice::Named));
    CHECK(speaks_for("Before joining the Harbour Traders Association, I ran a ferry, and the charges are wrong", "",
                     "Harbour Traders Association", none, Voice::Named));
    CHECK(speaks_for("Since I joined the Harbour Traders Association we have fought the charges", "",
                     "Harbour Traders Association", none, Voice::Named));
    // joining as what others do names no body of the speaker's
    CHECK_FALSE(speaks_for("Shops keep joining the Harbour Traders Association, and the charges are wrong", "",
                           "Harbour Traders Association", none, Voice::Named));
    // a modifier of something else: no view of the body's
    CHECK_FALSE(speaks_for("Administrations, Harbour and Coast alike, have sent ships to the port", "", "Harbour Party",
                           party, Voice::Named));
    CHECK_FALSE(speaks_for("the Harbour Party conference hall was full", "", "Harbour Party", none, Voice::Named));
}

TEST_CASE("spokespeople: 'the group', 'the company' as the subject of a leader's reported words is the reported 'we'") {
    const std::vector<std::string> none;
    CHECK(speaks_for("the group would fight the charges", "", "Harbour Traders Association", none, Voice::FirstPerson));
    CHECK(speaks_for("the company would pay the charges", "", "Quayside Ferries Ltd", none, Voice::FirstPerson));
    // only for a leader, only as the subject, and a firm's word is no union's
    CHECK_FALSE(speaks_for("the group would fight the charges", "", "Harbour Traders Association", none, Voice::Named));
    CHECK_FALSE(speaks_for("she said the group would fight", "", "Harbour Traders Association", none, Voice::FirstPerson));
    CHECK_FALSE(speaks_for("the company would cut jobs", "", "Harbour Dockers Union", none, Voice::FirstPerson));
    auto r = run_with_book("The chair of the Harbour Traders Association, Jane Porter, said the group would fight the "
                           "parking charges in court.\n");
    CHECK(reported_side(r, "org:harbour-traders-association") == -1);
}

TEST_CASE("spokespeople: a chair saying 'we' gives the body the chair's side; a pupil saying 'we' does not") {
    auto r = run_with_book(
        "Jane Porter, chair of the Harbour Traders Association, said: " LD "We oppose these parking charges "
        "because they will empty the high street." RD "\n\n"
        "Tom Reed, a pupil at Harbour Academy, said: " LD "We think the parking charges are unfair." RD "\n");
    CHECK(reported_side(r, "org:harbour-traders-association") == -1);
    CHECK(reported_side(r, "org:harbour-academy") == 0);
}

TEST_CASE("spokespeople: a spokesperson's side is the body's, whatever the pronoun") {
    auto r = run_with_book(
        "Ann Mole, a spokeswoman for the Harbour Cyclists Club, said the parking charges were a welcome step.\n");
    CHECK(reported_side(r, "org:harbour-cyclists-club") == 1);
}

TEST_CASE("spokespeople: a minister's side, quoted or reported, is the government's") {
    CHECK(voice_of("housing minister") == Voice::Always);
    auto r = run_with_book("The Westland government tabled its bill on Monday.\n\n"
                           "Transport Minister Ann Keller said the town needed calm.\n\n"
                           "She ruled out new parking charges in the town centre.\n");
    CHECK(reported_side(r, "person:ann-keller") == -1);
    CHECK(reported_side(r, "org:westland-government") == -1);
    // near miss: an opposition critic's side stays the critic's
    auto c = run_with_book("The Westland government tabled its bill on Monday.\n\n"
                           "Shadow Transport Minister Ann Keller ruled out new parking charges.\n");
    CHECK(reported_side(c, "org:westland-government") == 0);
}

TEST_CASE("spokespeople: a spokeswoman's role stated in one article holds in the next, where only her name is given") {
    sg::test::TempDir dir;
    dir.write("book.json", kBook);
    dir.write("a.txt", "Parking row grows\n\nAnn Mole, a spokeswoman for the Harbour Cyclists Club, spoke at the meeting "
                       "about the bike lanes.\n");
    dir.write("b.txt", "Parking fees vote\n\nAnn Mole said the parking charges were a welcome step.\n");
    sg::loaders::BuildOptions options;
    options.codebook = dir.path / "book.json";
    sg::loaders::BuildReport report;
    sg::Graph g = sg::loaders::build_graph({dir.path / "a.txt", dir.path / "b.txt"}, options, report);
    auto club = g.find_key("org:harbour-cyclists-club");
    auto position = g.find_key("position:parking-charges");
    REQUIRE(club);
    REQUIRE(position);
    bool supports = false;
    for (sg::EdgeId e : g.out_edges(*club, sg::EdgeKind::Supports)) supports = supports || g.edge(e).to == *position;
    CHECK(supports);
}

TEST_CASE("spokespeople: 'the group' in a reported stance is the group, not the school its spokeswoman attends") {
    auto r = run_with_book(
        "The Harbour Cyclists Coalition campaigns on transport.\n\n"
        "Coalition spokeswoman Ann Mole, a junior at Harbour High School, said the group would keep lobbying "
        "against the parking charges.\n");
    CHECK(reported_side(r, "org:harbour-high-school") == 0);
}

TEST_CASE("reported stances: a person named without a title is the actor, read with the sentence around the name") {
    // The name alone ("Rosa Kemble") carries no evidence that it names a person; the paragraph's
    // mentions, read with the relative clause and the verb, do.
    auto r = run_with_book(
        "Rosa Kemble, who runs a cafe on the quay, welcomed the parking charges on Monday.\n\n"
        "Tom Aske opposed the parking charges.\n");
    CHECK(reported_side(r, "person:rosa-kemble") == 1);
    CHECK(reported_side(r, "person:tom-aske") == -1);
}

TEST_CASE("transcripts: the interviewer's words take no side; the guest's do") {
    auto r = run_with_book(
        "JO BRANT: Mayor, some of our listeners call the parking charges a cash grab. Why keep them?\n\n"
        "ANN KELLER: Because the parking charges pay for the buses, and I support them.\n\n"
        "JO BRANT: Including the parking charges in the centre.\n\n"
        "ANN KELLER: Yes.\n");
    bool host_side = false, guest_side = false;
    for (const auto& c : r.claims)
        for (const auto& s : c.stances) {
            if (c.speaker_key == "person:jo-brant" && s.polarity != 0) host_side = true;
            if (c.speaker_key == "person:ann-keller" && s.polarity == 1) guest_side = true;
        }
    CHECK_FALSE(host_side);
    CHECK(guest_side);
}

TEST_CASE("spokespeople: a senator naming the Senate does not speak for it") {
    auto r = run_with_book("Sen. Ann Keller (D-Calif.) spoke on Monday.\n\n"
                           "\"As a member of the Senate, I reject these parking charges,\" Keller said.\n");
    CHECK(reported_side(r, "org:senate") == 0);
    // near miss: a member with no legislature's role who names the body does
    auto c = run_with_book("Ann Keller, a member of the Harbour Cyclists Club, spoke on Monday.\n\n"
                           "\"As a member of the Harbour Cyclists Club, I reject these parking charges,\" Keller said.\n");
    CHECK(reported_side(c, "org:harbour-cyclists-club") == -1);
}

TEST_CASE("reported stances: 'the committee' with no committee named is no other body") {
    auto r = run_with_book("The Harbour Cyclists Club asked for free parking at the meeting.\n\n"
                           "The committee supports the parking charges.\n");
    CHECK(reported_side(r, "org:harbour-cyclists-club") == 0);
    // near miss: a generic word ("the group") stands for the body named last
    auto g = run_with_book("The Harbour Cyclists Club asked for free parking at the meeting.\n\n"
                           "The group supports the parking charges.\n");
    CHECK(reported_side(g, "org:harbour-cyclists-club") == 1);
}

TEST_CASE("reported stances: a country as the subject stands for its government") {
    auto r = run_with_book("The United States and Russia agreed on parking charges for their embassies.\n");
    CHECK(reported_side(r, "org:government-of-united-states") == 1);
    CHECK(reported_side(r, "org:government-of-russia") == 1);
    // near miss: a possessive is no subject
    auto p = run_with_book("The United States' largest drivers' lobby backs the parking charges.\n");
    CHECK(reported_side(p, "org:government-of-united-states") == 0);
}

TEST_CASE("spokespeople: a legislator chairing a chamber's committee says 'we' for no committee") {
    auto r = run_with_book(
        "Rep. Jane Porter, the chairman of the House Harbour Committee, said: " LD "We oppose these parking "
        "charges because they will empty the high street." RD "\n\n"
        "Tom Reed, the chairman of the Harbour Traders Committee, said: " LD "We oppose these parking charges." RD "\n");
    CHECK(reported_side(r, "org:house-harbour-committee") == 0);
    CHECK(reported_side(r, "org:harbour-traders-committee") == -1);  // a committee of no chamber
}

TEST_CASE("spokespeople: a claim asked about again, or another written over it, is read as it is now") {
    // speaks_for keeps the words of the last claim and context it split (per thread) and uses them
    // again for the same text: a text changed in place, at the same address and of the same
    // length, must be split afresh.
    const std::vector<std::string> none;
    std::string claim = "the school has decided to keep its rules";
    std::string context = "Responding for the Harbour School, its head said";
    for (int round = 0; round < 2; ++round) {
        CHECK(speaks_for(claim, "", "Harbour School", none, Voice::Named));
        CHECK_FALSE(speaks_for(claim, "", "Harbour Traders Association", none, Voice::Named));
        CHECK(speaks_for("It is a mistake.", context, "Harbour School", none, Voice::Named));
    }
    claim.replace(4, 6, "pupils");  // same length: "the pupils has decided ..."
    CHECK_FALSE(speaks_for(claim, "", "Harbour School", none, Voice::Named));
    context.replace(0, 10, "Respondent");  // "Respondent for the Harbour School": still "for"
    CHECK(speaks_for("It is a mistake.", context, "Harbour School", none, Voice::Named));
    context.replace(11, 3, "and");  // "... and the Harbour School": no longer "for"
    CHECK_FALSE(speaks_for("It is a mistake.", context, "Harbour School", none, Voice::Named));
    claim.replace(4, 6, "school");
    CHECK(speaks_for(claim, "", "Harbour School", none, Voice::Named));
}

// context_may_name_a_body reads the context's words as they end, by runs of letters: a word
// is "for" or "behalf" only whole, in any case, with an apostrophe inside making another word.
TEST_CASE("spokespeople: a context may name a body only with the words 'for' or 'on behalf of'") {
    using sg::loaders::spokespeople::context_may_name_a_body;
    CHECK(context_may_name_a_body("Responding for the union, Ms Reed said"));
    CHECK(context_may_name_a_body("speaking on BEHALF of the board"));
    CHECK(context_may_name_a_body("for"));
    CHECK(context_may_name_a_body("Jo, For the council"));
    CHECK_FALSE(context_may_name_a_body("said \xE2\x80\x9C" "for\xE2\x80\x9D"));  // a curly quote's bytes are word bytes
    CHECK(context_may_name_a_body("for\xE2\x80\x99"));                              // an apostrophe at the end
    CHECK(context_may_name_a_body("caf\xC3\xA9 for all"));                          // after a two-byte letter
    CHECK_FALSE(context_may_name_a_body("the forum said"));
    CHECK_FALSE(context_may_name_a_body("therefore, the board said"));
    CHECK_FALSE(context_may_name_a_body("for's sake"));                              // one word "for's"
    CHECK_FALSE(context_may_name_a_body("for\xE2\x80\x99s sake"));                   // the same, typographically
    CHECK_FALSE(context_may_name_a_body("behalfs and fors"));
    CHECK_FALSE(context_may_name_a_body("\xE2\x80\x94" "for\xE2\x80\x94" "ward"));   // a dash's byte \xE2 joins words
    CHECK_FALSE(context_may_name_a_body(""));
}

// namings compares "the <head>'s" without making the string: the head noun and "'s" both whole.
TEST_CASE("spokespeople: 'the board's' names the body by its head noun; a longer or shorter word does not") {
    const std::vector<std::string> none;
    CHECK(speaks_for("the board's view is that the fee should go", "", "Corvallis School Board", none, Voice::Named));
    CHECK(speaks_for("The Board\xE2\x80\x99s view is that the fee should go", "", "Corvallis School Board", none, Voice::Named));
    CHECK(speaks_for("the board still believes the fee should go", "", "Corvallis School Board", none, Voice::Named));
    CHECK_FALSE(speaks_for("the boards' view is that the fee should go", "", "Corvallis School Board", none, Voice::Named));
    CHECK_FALSE(speaks_for("the board'sx view is that the fee should go", "", "Corvallis School Board", none, Voice::Named));
    CHECK_FALSE(speaks_for("the boar's view is that the fee should go", "", "Corvallis School Board", none, Voice::Named));
    CHECK_FALSE(speaks_for("a board's view is that the fee should go", "", "Corvallis School Board", none, Voice::Named));
    CHECK_FALSE(speaks_for("the board's", "", "Board", none, Voice::Named));  // a one-word name has no head noun
}
