// Step 2: comment sections in the formats of common comment widgets.
#include <doctest/doctest.h>

#include <string>

#include "loaders/segmentation/comment_headers.hpp"
#include "loaders/segmentation/segmentation.hpp"

using namespace sg::loaders;

namespace {
std::string at(const std::string& t, Range r) { return t.substr(r.begin, r.end - r.begin); }
const std::string kHead =
    "Headline for the story here\n\n"
    "The first paragraph of the story is long enough to count as body text.\n\n";
}  // namespace

TEST_CASE("comments: 'N comments' heading, user name and time lines, Reply lines, a footer") {
    std::string page = kHead +
        "3 comments\n\n"
        "Sort by: Newest\n\n"
        "parkfan_77\n2 hours ago\nGreat news for the town.\nReply\n\n"
        "Mo T.\n1 day ago\nI disagree.\nIt will cost us all.\nReply\n\n"
        "Ann Writer (Author)\n1 day ago\n@parkfan_77 Thanks, more on this in next week's newsletter for readers.\nReply\n\n"
        "Load more comments\n\n"
        "Town Notes \xC2\xA9 2026 | Privacy | Terms\n";
    BoilerplateModel model;
    Segmentation s = segment(page, model);
    CHECK(s.declared_comments == 3);
    REQUIRE(s.comments.size() == 3);
    CHECK(s.comments[0].commenter == "parkfan_77");
    CHECK(at(page, s.comments[0].range) == "Great news for the town.");
    CHECK(s.comments[1].commenter == "Mo T.");
    CHECK(at(page, s.comments[1].range) == "I disagree.\nIt will cost us all.");
    CHECK(s.comments[2].commenter == "Ann Writer");
    CHECK(at(page, s.comments[2].range).rfind("@parkfan_77 Thanks", 0) == 0);
}

TEST_CASE("comments: 'Name | date' header lines under a 'Comments (N)' heading") {
    std::string page = kHead +
        "Comments (3)\n\n"
        "Jo Bloggs | 12 March 2026\nI will park elsewhere then.\n\n"
        "Sam K | 13/03/2026 10:42\nWhat a joke this is.\nReport\n\n"
        "Anonymous | 14/03/2026\nNo comment.\n";
    BoilerplateModel model;
    Segmentation s = segment(page, model);
    CHECK(s.declared_comments == 3);
    REQUIRE(s.comments.size() == 3);
    CHECK(s.comments[2].commenter.empty());  // "Anonymous" is no one in particular
    CHECK(s.comments[0].commenter == "Jo Bloggs");
    CHECK(at(page, s.comments[0].range) == "I will park elsewhere then.");
    CHECK(s.comments[1].commenter == "Sam K");
    CHECK(at(page, s.comments[1].range) == "What a joke this is.");
}

TEST_CASE("comments: time stamps, commenter lines and name|date lines") {
    CHECK(is_timestamp_line("3 hours ago"));
    CHECK(is_timestamp_line("an hour ago"));
    CHECK(is_timestamp_line("Yesterday"));
    CHECK(is_timestamp_line("March 9, 2026"));
    CHECK(is_timestamp_line("15 April 2026 at 9.15am"));
    CHECK(is_timestamp_line("Posted 3 hours ago"));
    CHECK(is_timestamp_line("3h"));
    CHECK_FALSE(is_timestamp_line("2026 was a hard year"));
    CHECK_FALSE(is_timestamp_line("The vote is in March"));
    CHECK_FALSE(is_timestamp_line("I waited 3 hours ago and more"));
    CHECK(is_commenter_line("KeizerDad22"));
    CHECK(is_commenter_line("Linda M."));
    CHECK_FALSE(is_commenter_line("Great article."));
    std::string_view name;
    CHECK(split_name_date_line("Ann Lee | 2 days ago", name));
    CHECK(name == "Ann Lee");
    CHECK_FALSE(split_name_date_line("News | Sport | Weather", name));
    CHECK(commenter_name("Ann Writer (Author)") == "Ann Writer");
    long n = -1;
    CHECK(is_comment_heading("7 comments", n));
    CHECK(n == 7);
    CHECK_FALSE(is_comment_heading("7 comments were made", n));
}

TEST_CASE("comments: blog style 'Name says:' over a date, and 'Name on date' lines") {
    std::string page = kHead +
        "Readers' comments\n\n"
        "Jane Roe says:\nMarch 3, 2026 at 5:42 pm\nThe buses are always late anyway.\nReply\n\n"
        "Pat Lee on 4 March 2026\nAgreed with Jane.\n";
    BoilerplateModel model;
    Segmentation s = segment(page, model);
    REQUIRE(s.comments.size() == 2);
    CHECK(s.comments[0].commenter == "Jane Roe");
    CHECK(at(page, s.comments[0].range) == "The buses are always late anyway.");
    CHECK(s.comments[1].commenter == "Pat Lee");
    CHECK(at(page, s.comments[1].range) == "Agreed with Jane.");
}
