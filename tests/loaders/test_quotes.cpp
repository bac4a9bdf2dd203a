// Step 5: quotation marks as real pages use them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "loaders/quotes/quotes.hpp"

using namespace sg::loaders;

namespace {
std::vector<std::string> quotes(const std::string& t) {
    std::vector<std::string> out;
    for (auto& q : find_quotes(t, 0, t.size())) out.push_back(t.substr(q.inner_begin, q.inner_end - q.inner_begin));
    return out;
}
#define LQ "\xE2\x80\x98"
#define RQ "\xE2\x80\x99"
#define LD "\xE2\x80\x9C"
#define RD "\xE2\x80\x9D"
#define ACUTE "\xC2\xB4"
}  // namespace

TEST_CASE("quotes: curly single quotes with apostrophes and a possessive plural inside") {
    auto q = quotes("She said: " LQ "We don" RQ "t know; the firms" RQ " plans are late." RQ " Then she left.");
    REQUIRE(q.size() == 1);
    CHECK(q[0] == "We don" RQ "t know; the firms" RQ " plans are late.");
}

TEST_CASE("quotes: two quotes in one sentence, a fragment and a clause") {
    auto q = quotes("The council said " LQ "new tools" RQ " would show that " LQ "services are not harmed" RQ ".");
    REQUIRE(q.size() == 2);
    CHECK(q[0] == "new tools");
    CHECK(q[1] == "services are not harmed");
}

TEST_CASE("quotes: a closing mark used to open, an acute accent used as an apostrophe") {
    auto q = quotes(RQ "There" ACUTE "s a problem here. It" RQ "s real." RQ);
    REQUIRE(q.size() == 1);
    CHECK(q[0] == "There" ACUTE "s a problem here. It" RQ "s real.");
}

TEST_CASE("quotes: an unclosed quote runs to the end of the paragraph") {
    auto q = quotes(LQ "This paragraph continues in the next one.");
    REQUIRE(q.size() == 1);
    CHECK(q[0] == "This paragraph continues in the next one.");
    auto span = find_quotes(LQ "Open.", 0, 8);
    REQUIRE(span.size() == 1);
    CHECK_FALSE(span[0].closed);
}

TEST_CASE("quotes: straight and curly double quotes, nested quotes belong to the outer one") {
    auto q = quotes("He said, \"It is fine,\" and left.");
    REQUIRE(q.size() == 1);
    CHECK(q[0] == "It is fine,");
    auto nested = quotes(LQ "It is the problem of " LD "silo thinking" RD " again." RQ);
    REQUIRE(nested.size() == 1);
    CHECK(nested[0] == "It is the problem of " LD "silo thinking" RD " again.");
    auto us = quotes(LD "We said " LQ "no" RQ " to them," RD " she said.");
    REQUIRE(us.size() == 1);
}

TEST_CASE("quotes: any sequence of marks is accepted without throwing") {
    std::vector<std::string> hostile = {RQ RQ RQ, LQ LQ, "\"\"\"", "'", "a ' b ' c '", LD RQ LQ RD, "\xC2\xB4" "\xC2", ""};
    for (const auto& h : hostile) CHECK_NOTHROW(find_quotes(h, 0, h.size()));
}

TEST_CASE("quotes: a quote ends at the mark after its punctuation, not at a later possessive plural") {
    auto q = quotes(LQ "We are angry," RQ " he said of the doctors" RQ " pay offer.");
    REQUIRE(q.size() == 1);
    CHECK(q[0] == "We are angry,");
}

TEST_CASE("quotes: stray opening marks never give overlapping quotes") {
    // A scraped page with unbalanced marks in one long paragraph: if each unclosed quote ran to
    // the paragraph's end, every quote would hold every later one (quadratic text and memory).
    std::string t;
    for (int i = 0; i < 2000; ++i) t += LD "we will not support it, said the council. ";
    auto spans = find_quotes(t, 0, t.size());
    REQUIRE(spans.size() == 2000);
    std::size_t covered = 0;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (i > 0) CHECK(spans[i].open >= spans[i - 1].close);
        covered += spans[i].inner_end - spans[i].inner_begin;
    }
    CHECK(covered <= t.size());
    CHECK(quotes(LD "first unclosed " LD "second unclosed")[0] == "first unclosed");
}

// Issue 9: archives (and the Penn Treebank) write a double quotation mark as two ASCII marks.
TEST_CASE("quotes: doubled backticks and apostrophes are double quotation marks") {
    std::string t = "Sen. Ada Moss said the bill was ``a long overdue fix.'' ``We waited nine years,'' she said.";
    auto spans = find_quotes(t, 0, t.size());
    REQUIRE(spans.size() == 2);
    // exact byte spans of the text between the marks
    CHECK(t.substr(spans[0].inner_begin, spans[0].inner_end - spans[0].inner_begin) == "a long overdue fix.");
    CHECK(t.substr(spans[0].open, 2) == "``");
    CHECK(t.substr(spans[0].close - 2, 2) == "''");
    CHECK(t.substr(spans[1].inner_begin, spans[1].inner_end - spans[1].inner_begin) == "We waited nine years,");
    auto both = quotes("''It's the voters' money, not ours,'' Monroe said. ''They didn't listen.''");
    REQUIRE(both.size() == 2);
    CHECK(both[0] == "It's the voters' money, not ours,");
    CHECK(both[1] == "They didn't listen.");
    // a `` quote may close with a straight or curly double mark
    CHECK(quotes("He said ``no more delays\" and left.") == std::vector<std::string>{"no more delays"});
}

TEST_CASE("quotes: near misses of doubled marks stay apostrophes, inches and old quotes") {
    // a lone apostrophe is never a double mark; possessives and contractions are left alone
    CHECK(quotes("The voters' choice was clear and the mayor's office didn't say.").empty());
    // feet and inches
    CHECK(quotes("Monroe, who is 6'2'' and played at Eastvale, said little.").empty());
    CHECK(quotes("``He is 5'11'' and fast,'' the coach said.") == std::vector<std::string>{"He is 5'11'' and fast,"});
    // a doubled apostrophe typed between letters is an apostrophe
    CHECK(quotes("We don''t know yet.").empty());
    // a possessive typed as a doubled apostrophe inside a quote does not end it early
    CHECK(quotes("``It is the voters'' choice, not ours,'' Monroe said.") ==
          std::vector<std::string>{"It is the voters'' choice, not ours,"});
    CHECK(quotes("It was the voters'' choice in the end.").empty());
    // a possessive plural right before the closing pair: "teachers'''"
    CHECK(quotes("She praised ``the teachers''' and left.") == std::vector<std::string>{"the teachers'"});
    // straight quotes and single quotes around them are unchanged
    CHECK(quotes("He said, \"It is fine,\" and left.") == std::vector<std::string>{"It is fine,"});
    CHECK(quotes("She said 'we will win' and left.") == std::vector<std::string>{"we will win"});
}

TEST_CASE("quotes: pages of backticks or doubled apostrophes give few, disjoint quotes") {
    for (const std::string unit : {"`", "'", "`` ", "'' ", "''a'' "}) {
        std::string t;
        while (t.size() < 100000) t += unit;
        auto spans = find_quotes(t, 0, t.size());
        for (std::size_t i = 1; i < spans.size(); ++i) CHECK(spans[i].open >= spans[i - 1].close);
        CHECK(spans.size() <= t.size() / 2);
    }
}

TEST_CASE("quotes: a quote of the same marks nested mid-sentence in an open quote is part of it") {
    // the outer quote never closes: the next paragraph's quote, run together, reopens after a full stop
    auto q = quotes("He said: " LD "The levy on this " LD "so-called crisis" RD " is wrong. " LD "I live here." RD);
    REQUIRE(q.size() == 2);
    CHECK(q[0] == "The levy on this " LD "so-called crisis" RD " is wrong.");
    CHECK(q[1] == "I live here.");
    // after a dash or a comma, inside the sentence, too
    auto d = quotes("He said: " LD "The power of the purse \xE2\x80\x93 " LD "spending" RD " \xE2\x80\x93 is ours." RD);
    REQUIRE(d.size() == 1);
    CHECK(d[0] == "The power of the purse \xE2\x80\x93 " LD "spending" RD " \xE2\x80\x93 is ours.");
    // near miss: an outer quote that closes before the next opener keeps its own closer
    auto r = quotes("He called it " LD "a fair price" RD " and then " LD "a tax" RD ".");
    REQUIRE(r.size() == 2);
    CHECK(r[0] == "a fair price");
}

TEST_CASE("quotes: a straight double mark right after a colon opens the quote it touches") {
    auto q = quotes("Today Ann Hale issued the following statement:\"We will vote no.\" She left.");
    REQUIRE(q.size() == 1);
    CHECK(q[0] == "We will vote no.");
    // ... also when a curly mark closes it, as pasted texts mix them
    auto mixed = quotes("Ann Hale said:\"We will vote no." RD);
    REQUIRE(mixed.size() == 1);
    CHECK(mixed[0] == "We will vote no.");
    // a mark after a colon with a space after it is no opener of the word before
    auto closing = quotes("\"The rule was this:\" and then he left.");
    REQUIRE(closing.size() == 1);
    CHECK(closing[0] == "The rule was this:");
}
