// Transcripts: paragraphs opened by a speaker label in capitals ("TILLY VERRAN: ...") are that
// speaker's own words, as radio, television and parliamentary sites print them.
#include <doctest/doctest.h>

#include "loaders/extract/interview.hpp"
#include "tests/loaders/extract_fixture.hpp"

TEST_CASE("transcript: a speaker label is a name in capitals and a colon") {
    std::string name;
    CHECK(sg::loaders::speaker_label("TILLY VERRAN: Minister, good morning.", name) == 14);
    CHECK(name == "Tilly Verran");
    CHECK(sg::loaders::speaker_label("SEAN O'BRIEN-HALL: No.", name) > 0);
    CHECK(name == "Sean O'Brien-Hall");
    CHECK(sg::loaders::speaker_label("Q: Is it fair?", name) == 0);          // one letter: a question marker
    // one word: a surname, a role or a rubric, which the document tells apart (below)
    CHECK(sg::loaders::speaker_label("HALLORAN: The ferry is our only road.", name) > 0);
    CHECK(name == "Halloran");
    // a role in brackets or after a comma is no part of the name
    std::string role;
    CHECK(sg::loaders::speaker_label("JUNE TALBOT (HOST): Welcome back.", name, &role) > 0);
    CHECK(name == "June Talbot");
    CHECK(role == "host");
    CHECK(sg::loaders::speaker_label("IRIS VANCE, ENVIRONMENT MINISTER: Yes.", name, &role) > 0);
    CHECK(name == "Iris Vance");
    CHECK(role == "environment minister");
    CHECK(sg::loaders::speaker_label("ANN HALE (host): x", name) == 0);  // the role in capitals too
    CHECK(sg::loaders::speaker_label("Tilly Verran: hello", name) == 0);        // not in capitals
    CHECK(sg::loaders::speaker_label("THE CITY SAID THIS AND MUCH MORE: x", name) == 0);  // too many words
    CHECK(sg::loaders::speaker_label("BBC NEWS 10:30 bulletin", name) == 0);
}

TEST_CASE("transcript: each labelled paragraph is a direct claim of its speaker; one label alone is not a transcript") {
    auto r = sg::test::run(
        "Transport minister Owain Pellow spoke to breakfast host Tilly Verran.\n\n"
        "TILLY VERRAN: Minister, will tradies pay every time?\n\n"
        "OWAIN PELLOW: They'd pay once a day, not every time they cross the line.\n\n"
        "TILLY VERRAN: And nurses?\n\n"
        "OWAIN PELLOW: We're looking at that seriously.\n");
    CHECK(sg::test::speaker(r, "They'd pay once a day") == "person:owain-pellow");
    CHECK(sg::test::speaker(r, "We're looking at that") == "person:owain-pellow");
    CHECK(sg::test::speaker(r, "Minister, will tradies") == "person:tilly-verran");
    auto one = sg::test::run("The council met on Tuesday.\n\nNOTE TO EDITORS: the meeting is public.\n");
    CHECK(sg::test::claim_starting(one, "the meeting is public") == nullptr);
}

TEST_CASE("transcripts: the first turn opens an interview when it asks or addresses the guest") {
    CHECK(sg::loaders::opens_an_interview("Minister, we've had a flood of texts this morning."));
    CHECK(sg::loaders::opens_an_interview("Is he going to pay every time?"));
    CHECK(sg::loaders::opens_an_interview("Deputy Mayor, thanks for coming in."));
    CHECK_FALSE(sg::loaders::opens_an_interview("The charges pay for the buses, and I support them."));
}

TEST_CASE("transcript: a one-word label is the document's person of that surname or that role, or no one") {
    auto r = sg::test::run(
        "Guests: Rory Halloran, president of the Fenmouth Ferry Users, and Transport Minister Ann Hale.\n\n"
        "TALBOT: Welcome back. Mr Halloran, why object?\n\n"
        "HALLORAN: The ferry is the only road some of us have.\n\n"
        "MINISTER: The timetable is set, and it is a fair one.\n\n"
        "HALLORAN: Fair for the mainland.\n\n"
        "MINISTER: It will hold.\n");
    CHECK(sg::test::speaker(r, "The ferry is the only road") == "person:rory-halloran");
    CHECK(sg::test::speaker(r, "Fair for the mainland") == "person:rory-halloran");
    CHECK(sg::test::speaker(r, "The timetable is set") == "person:ann-hale");
    // a label nobody of the document answers to ("TALBOT:" was never named) is no claim of a
    // person "Talbot", nor is a rubric repeated down a live page
    CHECK(sg::test::claim_starting(r, "Welcome back") == nullptr);
    auto live = sg::test::run("Vote tonight\n\nUPDATE: the council meets at six.\n\nUPDATE: the vote is delayed.\n");
    CHECK(sg::test::claim_starting(live, "the council meets at six") == nullptr);
}
