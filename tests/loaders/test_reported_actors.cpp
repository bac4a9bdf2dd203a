// Who a stance reported in the journalist's words belongs to, once the whole document is read:
// a "she" opening the sentence is the person the text was last about. Invented texts on a
// parking debate.
#include <doctest/doctest.h>

#include "loaders/codebook/codebook.hpp"
#include "loaders/stance/stance.hpp"
#include "tests/loaders/extract_fixture.hpp"

namespace {

const char* kBook = R"({"positions": [
  {"id": "parking-charges", "label": "Parking charges", "description": "The council should charge for parking",
   "cues": ["parking charge|charges|fees"]}]})";

sg::loaders::DocumentResult run_with_book(const std::string& body) {
    static const sg::loaders::Codebook book = sg::loaders::parse_codebook(kBook, "book.json");
    static const sg::loaders::StanceClassifier stance(book);
    sg::loaders::CorpusContext ctx;
    ctx.stance = &stance;
    return sg::loaders::extract_document(sg::loaders::clean_source("t.txt", "Parking row\n\n" + body), ctx);
}

// The side the document reports for `actor` (key) on `position`: +1, -1, or 0 if none.
int side_on(const sg::loaders::DocumentResult& r, const std::string& actor, const std::string& position) {
    for (const auto& rep : r.reported)
        if (rep.actor_key == actor && rep.stance.position_id == position) return rep.stance.polarity;
    return 0;
}

// ... on parking charges
int reported_side(const sg::loaders::DocumentResult& r, const std::string& actor) {
    return side_on(r, actor, "parking-charges");
}

}  // namespace

TEST_CASE("reported actors: 'She ruled out X' is the person the text was last about") {
    auto r = run_with_book("\"The town is full,\" Transport Minister Ann Keller told reporters on Monday.\n\n"
                           "She ruled out new parking charges in the town centre.\n");
    CHECK(reported_side(r, "person:ann-keller") == -1);
    // in the same paragraph, after the name
    auto s = run_with_book("Ann Keller spoke on Monday. She ruled out new parking charges.\n");
    CHECK(reported_side(s, "person:ann-keller") == -1);
    // near miss: with nobody named before, the pronoun stands for no one
    auto n = run_with_book("She ruled out new parking charges in the town centre.\n");
    CHECK(n.reported.empty());
}

TEST_CASE("reported actors: 'The Council supports X' is the council named before, past other bodies") {
    auto r = run_with_book("FENMOUTH - Fenmouth District Council today voted 9-2 to back the Government's bill, and "
                           "asked Parliament to go further.\n\n"
                           "The Council supports new parking charges in the town centre.\n");
    CHECK(reported_side(r, "org:fenmouth-district-council") == 1);
    CHECK(reported_side(r, "org:parliament") == 0);
}

TEST_CASE("reported actors: 'Republican A B says he would vote against X' is the person, not the party") {
    auto r = run_with_book("Republican Ed Marsh says he would vote against parking charges in the town.\n");
    CHECK(reported_side(r, "person:ed-marsh") == -1);
    CHECK(reported_side(r, "org:republican-party") == 0);
}

TEST_CASE("reported actors: a description before an apposition gives the subject to the apposition's name") {
    auto r = run_with_book("Fenmouth's main traders' group, the Fenmouth Traders Association, dismissed the parking "
                           "charges as a tax on shoppers.\n");
    CHECK(reported_side(r, "org:fenmouth-traders-association") == -1);
    // near miss: a name before the apposition stays the subject
    auto s = run_with_book("Ann Keller, chair of the Fenmouth Traders Association, dismissed the parking charges.\n");
    CHECK(reported_side(s, "person:ann-keller") == -1);
}

TEST_CASE("reported actors: a wish with a series of verb phrases takes every object of the series") {
    static const sg::loaders::Codebook book = sg::loaders::parse_codebook(R"({"positions": [
      {"id": "parking-charges", "label": "Parking charges", "cues": ["parking charge|charges|fees"]},
      {"id": "bus-lanes", "label": "Bus lanes", "cues": ["bus lane|lanes"]},
      {"id": "tram-line", "label": "A tram line", "cues": ["tram line|lines"]}]})", "three.json");
    static const sg::loaders::StanceClassifier stance(book);
    sg::loaders::CorpusContext ctx;
    ctx.stance = &stance;
    auto r = sg::loaders::extract_document(sg::loaders::clean_source("t.txt",
        "Transport row\n\nMayor Ann Keller spoke in the town hall on Monday.\n\nKeller wants the council to approve "
        "parking charges for the town centre, build bus lanes on the main roads, and plan a tram line.\n"), ctx);
    auto side = [&](const std::string& position) {
        for (const auto& rep : r.reported)
            if (rep.actor_key == "person:ann-keller" && rep.stance.position_id == position) return rep.stance.polarity;
        return 0;
    };
    CHECK(side("parking-charges") == 1);
    CHECK(side("bus-lanes") == 1);
    CHECK(side("tram-line") == 1);
}

namespace {

const char* kTwoBook = R"({"positions": [
  {"id": "parking-charges", "label": "Parking charges", "description": "The council should charge for parking",
   "cues": ["parking charge|charges|fees"]},
  {"id": "bus-lane", "label": "A bus lane on the high street", "description": "The high street should get a bus lane",
   "cues": ["bus lane|lanes"]}]})";


}  // namespace

TEST_CASE("reported actors: a vote with its object left out is on the position named just before") {
    static const sg::loaders::Codebook book = sg::loaders::parse_codebook(kTwoBook, "book.json");
    static const sg::loaders::StanceClassifier stance(book);
    sg::loaders::CorpusContext ctx;
    ctx.stance = &stance;
    const std::string page = "Parking charges row\n\n"
                             "The council debated parking charges for three hours. Parking charges would raise "
                             "money for the town, and parking fees are the main subject of the budget.\n\n"
                             "Then the council turned to a bus lane for the high street. Councillor Ann Keller and "
                             "Councillor Tom Reyes voted against.\n";
    auto r = sg::loaders::extract_document(sg::loaders::clean_source("t.txt", page), ctx);
    CHECK(side_on(r, "person:ann-keller", "bus-lane") == -1);
    CHECK(side_on(r, "person:ann-keller", "parking-charges") == 0);
}

TEST_CASE("reported actors: a province as the subject is its government; what a name owns is no actor") {
    auto r = run_with_book("Ontario welcomed the new parking charges on Monday.\n");
    CHECK(reported_side(r, "org:government-of-ontario") == 1);
    // "X's business community welcomed": the community's view, not X's
    auto s = run_with_book("Fenmouth District Council met on Monday. Fenmouth District Council's business partners "
                           "welcomed the new parking charges.\n");
    CHECK(reported_side(s, "org:fenmouth-district-council") == 0);
    // near miss: the body's spokeswoman speaks for it
    auto n = run_with_book("Fenmouth District Council met on Monday. Fenmouth District Council's spokeswoman "
                           "welcomed the new parking charges.\n");
    CHECK(reported_side(n, "org:fenmouth-district-council") == 1);
}
