// Step 2: page segmentation.
#include <doctest/doctest.h>

#include <string>

#include "loaders/segmentation/segmentation.hpp"

using namespace sg::loaders;

namespace {
std::string at(const std::string& t, Range r) { return t.substr(r.begin, r.end - r.begin); }

const std::string kPage =
    "Members area for subscribers\n\n"
    "Subscribe to our newsletter\n"
    "Budget talks stall as council leaders walk out\n\n"
    "Talks on the city budget stalled on Tuesday after council leaders walked out of the meeting.\n\n"
    "Advertisement\n\n"
    "Budget fallout\n\n"
    "The mayor said the city would keep trying to reach an agreement this week.\n\n"
    "Comments (3)\n\n"
    "  \xE2\x80\xA2 Pat Reader\n\n    This is a shambles and everyone knows it.\n\n    Report this comment\n\n"
    "  \xE2\x80\xA2 Nothing will change.\n\n    Report this comment\n\n"
    "  \xE2\x80\xA2 They never listen.\n    Not once.\n\n    Report this comment\n\n"
    "Have your say\n";
}  // namespace

TEST_CASE("segmentation: title, body, headings, and furniture dropped by pattern and by repetition") {
    BoilerplateModel model;
    model.learn(kPage);
    model.learn("Members area for subscribers\n\nAnother story\n\nSome other body text that is long enough to be a paragraph.\n");
    Segmentation s = segment(kPage, model);
    REQUIRE(s.has_title);
    CHECK(at(kPage, s.title) == "Budget talks stall as council leaders walk out");
    REQUIRE(s.blocks.size() == 3);
    CHECK(s.blocks[0].kind == BlockKind::Paragraph);
    CHECK(at(kPage, s.blocks[1].range) == "Budget fallout");
    CHECK(s.blocks[1].kind == BlockKind::Heading);
    CHECK(at(kPage, s.blocks[2].range).rfind("The mayor said", 0) == 0);
    bool advert_dropped = false;
    for (auto r : s.dropped) advert_dropped = advert_dropped || at(kPage, r) == "Advertisement";
    CHECK(advert_dropped);
}

TEST_CASE("segmentation: readers' comments, each with its commenter where the page gives one") {
    BoilerplateModel model;
    model.learn(kPage);
    Segmentation s = segment(kPage, model);
    CHECK(s.declared_comments == 3);
    REQUIRE(s.comments.size() == 3);
    CHECK(s.comments[0].commenter == "Pat Reader");
    CHECK(at(kPage, s.comments[0].range) == "This is a shambles and everyone knows it.");
    CHECK(s.comments[1].commenter.empty());
    CHECK(at(kPage, s.comments[1].range) == "Nothing will change.");
    CHECK(s.comments[2].commenter.empty());
    CHECK(at(kPage, s.comments[2].range) == "They never listen.\n    Not once.");
}

TEST_CASE("segmentation: comment headings and furniture patterns") {
    long n = 0;
    CHECK(is_comment_heading("Readers' comments (17)", n));
    CHECK(n == 17);
    CHECK(is_comment_heading("Comments (0)", n));
    CHECK(n == 0);
    CHECK_FALSE(is_comment_heading("The minister's comments (in full) were long", n));
    // a bare "COMMENT" labels an opinion page's own body; "Leave a comment" opens the readers'
    CHECK_FALSE(is_comment_heading("COMMENT", n));
    CHECK_FALSE(is_comment_heading("Comment", n));
    CHECK(is_comment_heading("Leave a comment", n));
    // a report's section on what its staff said is no readers' comment section
    CHECK_FALSE(is_comment_heading("4. STAFF COMMENTS", n));
    CHECK_FALSE(is_comment_heading("Minister's comments", n));
    CHECK(is_comment_heading("Readers' comments", n));
    CHECK(is_comment_heading("Comments", n));
    CHECK(is_boilerplate_pattern("Click here to read our liveblog"));
    CHECK(is_boilerplate_pattern("View results 10 results per page"));
    CHECK_FALSE(is_boilerplate_pattern("The council said it would advertise the post."));
}

TEST_CASE("segmentation: a long line of text holding a furniture phrase is no furniture") {
    // an article stored as one line, its last sentence a link
    std::string line;
    for (int i = 0; i < 8; ++i) line += "The district board voted on the new plan for the schools today. ";
    line += "For more on the vote, click here.";
    CHECK_FALSE(is_boilerplate_pattern(line));
    CHECK(is_boilerplate_pattern("For more on the vote, click here."));
}

TEST_CASE("segmentation: a quote paragraph with a 'Name, role' line under it is a pull-quote") {
    std::string page =
        "Headline for the story here\n\n"
        "The first paragraph of the story is long enough to count as body text.\n\n"
        "\xE2\x80\x98We will not back down on this,\xE2\x80\x99\n\n"
        "Dr Ann Other, chair of the Example Society\n\n"
        "More body text follows here, as it always does in a real story.\n";
    BoilerplateModel model;
    Segmentation s = segment(page, model);
    REQUIRE(s.blocks.size() == 4);
    CHECK(s.blocks[1].kind == BlockKind::PullQuote);
    CHECK(s.blocks[2].kind == BlockKind::PullQuoteCredit);
    CHECK(s.blocks[3].kind == BlockKind::Paragraph);
}

TEST_CASE("segmentation: comments without bullets end at 'Reply' lines; names with particles and initials") {
    std::string page =
        "Headline for the story here\n\n"
        "The first paragraph of the story is long enough to count as body text.\n\n"
        "Comments\n\n"
        "Ann from Leeds\nI agree with every word of this.\nReply\n\n"
        "Bob K.\nNot me.\nReply\n";
    BoilerplateModel model;
    Segmentation s = segment(page, model);
    REQUIRE(s.comments.size() == 2);
    CHECK(s.comments[0].commenter == "Ann from Leeds");
    CHECK(at(page, s.comments[0].range) == "I agree with every word of this.");
    CHECK(s.comments[1].commenter == "Bob K.");
}

TEST_CASE("segmentation: a pull-quote credit line may start with a dash") {
    std::string page =
        "Headline for the story here\n\n"
        "The first paragraph of the story is long enough to count as body text.\n\n"
        "\xE2\x80\x9CWe will not back down on this\xE2\x80\x9D\n\n"
        "\xE2\x80\x94 Dr Ann Other, chair of the Example Society\n";
    BoilerplateModel model;
    Segmentation s = segment(page, model);
    REQUIRE(s.blocks.size() == 3);
    CHECK(s.blocks[1].kind == BlockKind::PullQuote);
    CHECK(s.blocks[2].kind == BlockKind::PullQuoteCredit);
}

TEST_CASE("segmentation: hard-wrapped text is read as paragraphs between blank lines") {
    std::string page =
        "Headline for the wrapped story\n\n"
        "The council voted on Tuesday to close the library, a decision that\n"
        "angered residents who had campaigned for two years to keep it open\n"
        "for the children of the town.\n\n"
        "Ms Ada Holt said: \xE2\x80\x98We are heartbroken by this decision and\n"
        "we will keep fighting it.\xE2\x80\x99\n\n"
        "The council said it had no money left for the building and its staff\n"
        "after years of cuts to its grant.\n";
    BoilerplateModel model;
    Segmentation s = segment(page, model);
    REQUIRE(s.blocks.size() == 3);
    CHECK(at(page, s.blocks[1].range) ==
          "Ms Ada Holt said: \xE2\x80\x98We are heartbroken by this decision and\n"
          "we will keep fighting it.\xE2\x80\x99");
    CHECK(s.blocks[0].kind == BlockKind::Paragraph);
}

// Issue 9: a long Title Case headline was read as the first body paragraph, and the capitalised
// words of its fragments ("Unlike Obama") became people who speak.
TEST_CASE("segmentation: a long Title Case line is a headline or cross-head, not a paragraph") {
    const std::string page =
        "Capital Wire\n\n"
        "Unlike Obama, Trump Says Voters Don't Care About the Deficit or the National Debt\n\n"
        "The president told a rally in Ohio on Saturday that voters had stopped worrying about the debt.\n\n"
        "Senate Democrats Say the Budget Would Cut Medicaid for Millions of Families Across the Country\n\n"
        "Economists at three universities said the forecast had not changed since the spring.\n\n"
        // near misses: a long sentence without its final stop, and one with a few capitals
        "the committee will meet again next week to hear from the families who wrote to it\n\n"
        "Rosa Delgado of the Brookfield Institute Said the Numbers Were Clear on the Budget and it was not close\n";
    BoilerplateModel model;
    Segmentation s = segment(page, model);
    REQUIRE(s.has_title);
    CHECK(at(page, s.title) == "Unlike Obama, Trump Says Voters Don't Care About the Deficit or the National Debt");
    REQUIRE(s.blocks.size() == 5);
    CHECK(s.blocks[0].kind == BlockKind::Paragraph);
    CHECK(at(page, s.blocks[1].range).rfind("Senate Democrats Say", 0) == 0);
    CHECK(s.blocks[1].kind == BlockKind::Heading);
    CHECK(s.blocks[2].kind == BlockKind::Paragraph);
    CHECK(s.blocks[3].kind == BlockKind::Paragraph);
    CHECK(s.blocks[4].kind == BlockKind::Paragraph);
}

TEST_CASE("segmentation: the line above the byline is the headline, whatever its case; the byline is not the title") {
    const std::string page =
        "Capital Wire\n\n"
        "Unlike Obama, Trump says voters don't care about the deficit or the national debt\n\n"
        "By LEE HAMMOND\n\n"
        "The president told a rally in Ohio on Saturday that voters had stopped worrying about the debt.\n";
    BoilerplateModel model;
    Segmentation s = segment(page, model);
    REQUIRE(s.has_title);
    CHECK(at(page, s.title) == "Unlike Obama, Trump says voters don't care about the deficit or the national debt");
    REQUIRE(s.blocks.size() == 1);
    CHECK(at(page, s.blocks[0].range).rfind("The president told", 0) == 0);
    // near miss: a first paragraph with its final stop above a byline-like line stays a paragraph
    const std::string lede =
        "Short headline here\n\n"
        "The president told a rally in Ohio on Saturday that voters had stopped worrying about the debt.\n\n"
        "By the end of the night the crowd had gone home\n";
    Segmentation l = segment(lede, model);
    REQUIRE(l.has_title);
    CHECK(at(lede, l.title) == "Short headline here");
    REQUIRE(l.blocks.size() == 2);
    CHECK(l.blocks[0].kind == BlockKind::Paragraph);
}

TEST_CASE("segmentation: a headline run into the first paragraph is cut off as the title") {
    BoilerplateModel model;
    const std::string a = "03.28.19 Senator Hale Introduces Bill to Protect Fenland Wetlands WASHINGTON, D.C. \xE2\x80\x93 "
                          "Today, Senator Ann Hale introduced a bill on wetlands, said her office.\n";
    model.learn(a);
    auto s = segment(a, model);
    REQUIRE(s.has_title);
    CHECK(at(a, s.title) == "Senator Hale Introduces Bill to Protect Fenland Wetlands");
    REQUIRE(s.blocks.size() == 1);
    CHECK(at(a, s.blocks[0].range).rfind("WASHINGTON, D.C.", 0) == 0);
    // a written date after the headline
    const std::string b = "Hale, Quayle Announce $2 Million for Harbour Repairs Tuesday, February 12, 2019 "
                          "Senators Ann Hale and Jo Quayle today announced a grant for the harbour repairs.\n";
    auto t = segment(b, model);
    REQUIRE(t.has_title);
    CHECK(at(b, t.title) == "Hale, Quayle Announce $2 Million for Harbour Repairs");
    CHECK(at(b, t.blocks[0].range).rfind("Tuesday, February 12, 2019", 0) == 0);
    // a paragraph that opens with its dateline, or a sentence before a dateline-like word, keeps its text
    const std::string c = "WASHINGTON \xE2\x80\x93 Senator Ann Hale today sent a letter to the Director of the agency.\n";
    auto u = segment(c, model);
    CHECK_FALSE(u.has_title);
    const std::string d = "The senator said the plan for the harbour was sound and OK - then she left the room for good.\n";
    auto v = segment(d, model);
    CHECK_FALSE(v.has_title);
}
