// An explainer states sides without a verb: "Who is for the freeze?" and a paragraph listing
// names; "So does X" after a sentence that reports a side. Invented texts on a harbour debate.
#include <doctest/doctest.h>

#include "loaders/codebook/codebook.hpp"
#include "loaders/extract/explainer_answers.hpp"
#include "loaders/stance/stance.hpp"
#include "tests/loaders/extract_fixture.hpp"

namespace {

namespace ex = sg::loaders::explainer;

const char* kBook = R"({"positions": [
  {"id": "berth-levy", "label": "A levy on cruise berths", "description": "Cruise ships should pay a berth levy",
   "aliases": ["berth levy"], "cues": ["levy|levies ... berth|berths|cruise"]},
  {"id": "dredging-ban", "label": "A ban on dredging", "description": "The harbour should not be dredged",
   "aliases": ["dredging ban"], "cues": ["ban|halt ... dredging"]}]})";

sg::loaders::DocumentResult run(const std::string& page) {
    static const sg::loaders::StanceClassifier stance(sg::loaders::parse_codebook(kBook, "book.json"));
    return sg::test::run_with_stance(stance, page);
}

int side_on(const sg::loaders::DocumentResult& r, const std::string& actor, const std::string& position) {
    return sg::test::reported_side(r, actor, position);
}

}  // namespace

TEST_CASE("explainer: a 'Who ...?' question gives its side and the bytes of its target") {
    auto q = ex::who_question("Who is for the berth levy?");
    REQUIRE(q);
    CHECK(q->polarity == 1);
    CHECK(std::string_view("Who is for the berth levy?").substr(q->target_begin, q->target_end - q->target_begin) ==
          "the berth levy");
    auto against = ex::who_question("Who\xE2\x80\x99s against it?");
    REQUIRE(against);
    CHECK(against->polarity == -1);
    CHECK(ex::who_question("Who opposes the ban?")->polarity == -1);
    // near misses: another question, two sentences, a statement
    CHECK(!ex::who_question("Who pays for it?"));
    CHECK(!ex::who_question("What does the levy do?"));
    CHECK(!ex::who_question("Nobody asked. Who is for it?"));
    CHECK(!ex::who_question("Who is for the levy, the mayor said."));
}

TEST_CASE("explainer: the list of an answer ends at a relative clause; a sentence with a verb of its own lists none") {
    const std::string_view list = "The Port Users Forum and the Harbour Trust, whose chair said it was overdue.";
    CHECK(list.substr(0, ex::answer_list_end(list)) == "The Port Users Forum and the Harbour Trust");
    CHECK(ex::answer_list_end("The Harbour Trust said it would wait.") == 0);
    CHECK(ex::answer_list_end("The Harbour Trust has not decided.") == 0);
    const std::string_view echo = "So does the Harbour Trust, which wants it sooner.";
    const std::size_t from = ex::echo_subject_begin(echo);
    CHECK(echo.substr(from, ex::answer_list_end(echo, from) - from) == "the Harbour Trust");
    CHECK(ex::echo_subject_begin("So the Harbour Trust waits.") == std::string_view::npos);
}

// echo_subject_begin compares the opener with the sentence's first bytes in place (no folded
// copy): any case, spaces after the opener skipped, an opener alone or a longer word no echo.
TEST_CASE("explainer: where an echoing subject begins, in any case, after any spaces") {
    constexpr auto none = std::string_view::npos;
    CHECK(ex::echo_subject_begin("So does the union.") == 8);
    CHECK(ex::echo_subject_begin("SO WERE the members.") == 8);
    CHECK(ex::echo_subject_begin("so did   the board") == 9);
    CHECK(ex::echo_subject_begin("So is \xE2\x80\x98the Trust\xE2\x80\x99.") == 6);  // a typographic quote opens it
    CHECK(ex::echo_subject_begin("So do") == none);
    CHECK(ex::echo_subject_begin("So do ") == none);
    CHECK(ex::echo_subject_begin("So do    ") == none);
    CHECK(ex::echo_subject_begin("So doesn't the board.") == none);
    CHECK(ex::echo_subject_begin("Also does the board.") == none);
    CHECK(ex::echo_subject_begin("So\xE2\x80\x99s the board.") == none);
    CHECK(ex::echo_subject_begin("") == none);
}

TEST_CASE("explainer: the names answering 'Who is for X?' support X; 'Who is against it?' is the same X") {
    auto r = run("Harbour levy: what it does and who is for it\n\n"
                 "The council will vote on a berth levy next month.\n\n"
                 "Who is for the berth levy?\n\n"
                 "The Port Users Forum and the Fenmouth Harbour Trust, whose chair called it overdue.\n\n"
                 "Who is against it?\n\n"
                 "The Cruise Operators Association. It says ships will go elsewhere.\n");
    CHECK(side_on(r, "org:port-users-forum", "berth-levy") == 1);
    CHECK(side_on(r, "org:fenmouth-harbour-trust", "berth-levy") == 1);
    CHECK(side_on(r, "org:cruise-operators-association", "berth-levy") == -1);
    CHECK(side_on(r, "org:cruise-operators-association", "dredging-ban") == 0);
}

TEST_CASE("explainer: 'So does X' takes the sides of the sentence before; a sentence with its own verb lists none") {
    auto r = run("Harbour row\n\n"
                 "The Port Users Forum supports the berth levy. So does the Fenmouth Harbour Trust, which wants it "
                 "sooner.\n\n"
                 "Who is for the berth levy?\n\n"
                 "The Cruise Operators Association said it would wait for the figures.\n");
    CHECK(side_on(r, "org:port-users-forum", "berth-levy") == 1);
    CHECK(side_on(r, "org:fenmouth-harbour-trust", "berth-levy") == 1);
    // near miss: the answer is a sentence with a verb of speech, not a list
    CHECK(side_on(r, "org:cruise-operators-association", "berth-levy") == 0);
}
