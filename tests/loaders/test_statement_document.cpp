// Statement documents (loaders/extract/statement_document.hpp): a header or a self-introduction
// names the author, whose own paragraphs are then claims. Headers in the forms hearing records
// and press offices print.
#include <doctest/doctest.h>

#include <string>

#include "loaders/extract/extract_document.hpp"
#include "loaders/extract/statement_document.hpp"
#include "tests/loaders/extract_fixture.hpp"

using namespace sg::loaders;

TEST_CASE("statement documents: the header names the author, in ordinary case") {
    auto a = statement_header("STATEMENT OF ANNA K. MORLAND", 10);
    REQUIRE(a);
    CHECK(a->name == "Anna K. Morland");
    CHECK(a->header_end == 10 + std::string("STATEMENT OF ANNA K. MORLAND").size());
    auto b = statement_header("OPENING STATEMENT OF HON. PETER DALE, U.S. SENATOR FROM THE STATE OF IDAHO", 0);
    REQUIRE(b);
    CHECK(b->name == "Peter Dale");
    auto c = statement_header("Statement of Hon. Ruth Ellen Carver, Administrator, Federal Highway Administration, May 2, 2004", 0);
    REQUIRE(c);
    CHECK(c->name == "Ruth Ellen Carver");
    CHECK(c->role == "Administrator");
    CHECK(c->organisation == "Federal Highway Administration");
    auto d = statement_header("Prepared Testimony of Dr. Omar Haddad before the Committee on Energy", 0);
    REQUIRE(d);
    CHECK(d->name == "Omar Haddad");
    // not headers: a sentence that talks about a statement, a statement of no one
    CHECK_FALSE(statement_header("The statement of the council was read out by the clerk at noon.", 0));
    CHECK_FALSE(statement_header("Statement of Principles", 0));
    CHECK_FALSE(statement_header("A statement of Anna Morland", 0));
}

TEST_CASE("statement documents: a release's lead-in 'The following is the statement from A B:' names the author") {
    auto a = statement_header("Harbourton\xE2\x80\x94The following is the prepared statement from Senator Ann Keller (D-Wex.) "
                              "from today\xE2\x80\x99s hearing on the parking levy:", 0);
    REQUIRE(a);
    CHECK(a->name == "Ann Keller");
    CHECK(a->opinion);  // set down in writing, no quotation marks: indirect claims
    auto b = statement_header("The following is a statement by Mayor Tom Quayle:", 0);
    REQUIRE(b);
    CHECK(b->name == "Tom Quayle");
    // "from" only after such a lead-in; a sentence about a statement is still no header
    CHECK_FALSE(statement_header("A statement from Tom Quayle was read out.", 0));
    CHECK_FALSE(statement_header("The following is a list of the parking charges:", 0));
    // the text below it is the author's
    auto r = sg::test::run("The following is the prepared statement from Senator Ann Keller (D-Wex.) on the parking levy:\n\n"
                           "The parking levy has cut traffic in the centre by a fifth, and we should keep it.\n");
    const auto* c = sg::test::claim_starting(r, "The parking levy has cut traffic");
    REQUIRE(c);
    CHECK(c->speaker_key == "person:ann-keller");
    CHECK(c->kind == sg::ClaimKind::Indirect);
}

TEST_CASE("statement documents: a statement title and a self-introduction") {
    CHECK(statement_title("Testimony at hearing on rail freight before the Subcommittee on Transport"));
    CHECK(statement_title("Prepared remarks to the Harbour Forum"));
    CHECK_FALSE(statement_title("Council in row over parking charges"));
    CHECK(self_introduction("Thank you, Mr. Chairman. My name is Lena Ortiz and I am the director of Quiet Streets.") ==
          "Lena Ortiz");
    CHECK(self_introduction("My name is Lena Ortiz, and I chair the forum.") == "Lena Ortiz");
    CHECK(self_introduction("My name is not important.").empty());
}

TEST_CASE("statement documents: a record's speaker prefix before the author's words") {
    std::string_view p = "Mr. Hamilton. Thank you very much, Mr. Chairman.";
    CHECK(p.substr(speaker_prefix(p, "Hamilton")) == "Thank you very much, Mr. Chairman.");
    CHECK(speaker_prefix("Senator Dale. Thank you.", "Dale") == std::string_view("Senator Dale. ").size());
    CHECK(speaker_prefix("Mr. Hamilton. Thank you.", "Dale") == 0);  // another speaker
    CHECK(speaker_prefix("Thank you, Mr. Chairman.", "Dale") == 0);
}

TEST_CASE("statement documents: the author's paragraphs are the author's claims; quotes keep their speakers") {
    auto r = sg::test::run(
        "STATEMENT OF ANNA K. MORLAND\n\n"
        "Ms. Morland. Thank you, Mr. Chairman. The parking levy has cut traffic in the centre by a fifth.\n\n"
        "We urge the committee to keep it.\n\n"
        "As the mayor said last year, \"the levy pays for the buses we all use,\" and she was right.\n");
    const auto* first = sg::test::claim_starting(r, "Thank you, Mr. Chairman.");
    REQUIRE(first);
    CHECK(first->speaker_key == "person:anna-morland");
    CHECK(sg::test::speaker(r, "We urge the committee") == "person:anna-morland");
    // a paragraph quoting someone is read as an article paragraph: no claim of the author over it
    CHECK(sg::test::claim_starting(r, "As the mayor said") == nullptr);
    // an ordinary article stays an article
    auto plain = sg::test::run("The parking levy has cut traffic in the centre by a fifth.\n");
    CHECK(plain.claims.empty());
}

TEST_CASE("statement documents: an opinion column's author writes its own paragraphs") {
    const std::string page =
        "OPINION\n\nAnn Hale: The parking levy is the wrong tool\n\nAnn Hale\nWednesday, August 4, 2027\n\n"
        "COMMENT\n\nEvery summer the town is fuller, and I understand why the council wants a parking levy, but "
        "I do not think it will work for the people who live here all year round.\n\n"
        "As the mayor put it, \"the levy pays for the buses,\" and she may be right.\n";
    auto a = opinion_author(page);
    REQUIRE(a);
    CHECK(a->name == "Ann Hale");
    CHECK(a->opinion);
    auto r = sg::test::run(page);
    const auto* own = sg::test::claim_starting(r, "Every summer the town is fuller");
    REQUIRE(own);
    CHECK(own->speaker_key == "person:ann-hale");
    CHECK(own->kind == sg::ClaimKind::Indirect);  // her writing, not a quotation
    // "By A B" names the author too
    CHECK(opinion_author("Comment\n\nThe levy is wrong\n\nBy Kim Ashe\n\nBody text here.\n"));
    // near misses: a news page with a byline and no label; a label inside a menu written one item a line
    CHECK_FALSE(opinion_author("The levy is wrong\n\nBy Kim Ashe\n\nBody text here.\n"));
    CHECK_FALSE(opinion_author("News\nOpinion\nSport\n\nThe levy is wrong\n\nBy Kim Ashe\n\nBody.\n"));
}

TEST_CASE("statement documents: a section trail of labels marks an opinion page, a menu does not") {
    CHECK(opinion_author("OPINION | COLUMNISTS\n\nKim Ashe: The levy is wrong\n\nBody text here.\n"));
    CHECK(opinion_author("Opinion \u00bb Columns\n\nKim Ashe: The levy is wrong\n\nBody text here.\n"));
    // a menu names other sections beside the label
    CHECK_FALSE(opinion_author("News | Sport | Opinion\n\nKim Ashe: The levy is wrong\n\nBody text here.\n"));
    CHECK_FALSE(opinion_author("Opinion | Sport\n\nKim Ashe: The levy is wrong\n\nBody text here.\n"));
}

TEST_CASE("statement documents: the body the witness speaks for, from the opening paragraph") {
    auto r = sg::test::run(
        "STATEMENT OF ANNA K. MORLAND\n\n"
        "Ms. Morland. Thank you, Mr. Chairman, for having the Harbour Cyclists Club here today.\n\n"
        "We urge the committee to keep the parking levy.\n");
    bool found = false;
    for (const auto& a : r.affiliations)
        found = found || (a.person_key == "person:anna-morland" && a.org_key == "org:harbour-cyclists-club");
    CHECK(found);
    // a body named otherwise is no representation
    auto q = sg::test::run(
        "STATEMENT OF ANNA K. MORLAND\n\n"
        "Ms. Morland. Thank you. The Harbour Cyclists Club wrote to us last week.\n");
    for (const auto& a : q.affiliations) CHECK(a.org_key != "org:harbour-cyclists-club");
}

TEST_CASE("letterhead: a body's name over a report names the document's council for its councillors") {
    auto r = sg::test::run(
        "Fenmouth Coast District Council\n\nHearings Committee report\n\n"
        "1.2 Members present: Deputy Mayor T. Quayle (Chair), Cr A. Hale, Cr S. Merrow.\n\n"
        "3.1 Cr Hale said most speakers wanted the ferry kept.\n");
    auto member_of = [&](const std::string& person) {
        for (const auto& a : r.affiliations)
            if (a.person_key == person && a.org_key == "org:fenmouth-coast-district-council") return true;
        return false;
    };
    CHECK(member_of("person:a-hale"));
    CHECK(member_of("person:s-merrow"));
    // a headline's words are no letterhead
    auto h = sg::test::run("Council Rejects Parking Plan\n\nCr A. Hale said the plan was wrong.\n");
    for (const auto& a : h.affiliations) CHECK(a.org_key != "org:council-rejects-parking-plan");
}

TEST_CASE("statement documents: an opinion author's own sentences in a paragraph that quotes someone") {
    const std::string page =
        "OPINION\n\nAnn Hale: The parking levy is the wrong tool\n\n"
        "Every summer the town is fuller, and I understand why the council wants a parking levy, but "
        "I do not think it will work for the people who live here all year round.\n\n"
        "Tom Quayle calls it \"a fair price for a space,\" and I see why. But a levy takes money from the people "
        "who have no bus. I would take it out of the plan.\n\n"
        "Ann Hale writes on transport for The Fenland Courier.\n";
    auto r = sg::test::run(page);
    // the sentences after the quoting one are hers
    const auto* own = sg::test::claim_starting(r, "But a levy takes money");
    REQUIRE(own);
    CHECK(own->speaker_key == "person:ann-hale");
    CHECK(own->text == "But a levy takes money from the people who have no bus. I would take it out of the plan.");
    // the sentence with the quotation is no claim of hers
    CHECK(sg::test::claim_starting(r, "Tom Quayle calls it") == nullptr);
    // the note about the author is no claim
    CHECK(sg::test::claim_starting(r, "Ann Hale writes") == nullptr);
    const auto runs = sg::loaders::unquoted_sentence_runs("He said \"no.\" Fine. Good. \"Yes,\" she said. End.", 0, 47);
    REQUIRE(runs.size() == 2);
    CHECK(runs[0].begin == 14);
    CHECK(sg::loaders::author_note("Ann Hale writes on transport.", "Ann Hale"));
    CHECK_FALSE(sg::loaders::author_note("Ann Halewood writes.", "Ann Hale"));
}

TEST_CASE("statement documents: a report's section under a member's statement heading is that member's") {
    auto r = sg::test::run(
        "REPORT OF THE SELECT COMMITTEE ON FENLAND TOLLS\n\n1. INTRODUCTION\n\n1.1 The Committee met in May.\n\n"
        "2. EVIDENCE\n\n2.1 The Committee heard ten witnesses.\n\n3.1 The Committee supports the toll.\n\n"
        "4. DISSENTING STATEMENT OF THE HON. ANN HALE MLC\n\n4.1 I do not support the toll.\n\n"
        "4.2 I also support the call of the Fenland Anglers for a free bridge.\n\n"
        "5. ADDITIONAL COMMENT OF THE HON. TOM QUAYLE MLC\n\n5.1 I support the report.\n\n"
        "APPENDIX A\n\nA list of submissions.\n");
    const auto* hale = sg::test::claim_starting(r, "4.1 I do not support the toll.");
    REQUIRE(hale);
    CHECK(hale->speaker_key == "person:ann-hale");  // the letters after the name are no part of it
    CHECK(hale->kind == sg::ClaimKind::Indirect);    // written, not a quotation
    CHECK(sg::test::speaker(r, "4.2 I also support") == "person:ann-hale");
    CHECK(sg::test::speaker(r, "5.1 I support the report") == "person:tom-quayle");
    // the section ends at the next heading; the committee's own paragraphs are no member's
    CHECK(sg::test::claim_starting(r, "A list of submissions") == nullptr);
    CHECK(sg::test::claim_starting(r, "3.1 The Committee supports") == nullptr);
    auto h = sg::loaders::statement_header("4. DISSENTING STATEMENT OF THE HON. ANN HALE MLC", 0);
    REQUIRE(h);
    CHECK(h->name == "Ann Hale");
}

TEST_CASE("statement documents: a body's press release speaks for the body its first paragraph names") {
    const std::string page =
        "FENLAND ANGLERS TRUST\n\nNEWS RELEASE\nFor immediate release\n\nAnglers urge MLAs to rethink the toll\n\n"
        "FENMOUTH - The Fenland Anglers Trust today called on MLAs to amend the toll bill.\n\n"
        "The Trust opposes the bridge toll. Anglers drive to the river every weekend.\n\n"
        "\"We are not against roads,\" said Ann Hale, who chairs the Trust.\n\n"
        "About the Trust\n\nThe Fenland Anglers Trust represents 40 clubs.\n";
    CHECK(sg::loaders::release_page(page));
    CHECK_FALSE(sg::loaders::release_page("Anglers urge MLAs to rethink the toll\n\nThe news release said so.\n"));
    auto r = sg::test::run(page);
    CHECK(sg::test::speaker(r, "The Trust opposes the bridge toll.") == "org:fenland-anglers-trust");
    CHECK(sg::test::speaker(r, "We are not against roads") == "person:ann-hale");  // a quote keeps its speaker
    // the "About ..." section is no statement of the release
    CHECK(sg::test::claim_starting(r, "The Fenland Anglers Trust represents") == nullptr);
}
