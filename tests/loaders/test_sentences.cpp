// Step 3: sentence splitting and tokens.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "loaders/text/sentences.hpp"

using namespace sg::loaders;

namespace {
std::vector<std::string> sentences(const std::string& t) {
    std::vector<std::string> out;
    for (auto r : split_sentences(t, 0, t.size())) out.push_back(t.substr(r.begin, r.end - r.begin));
    return out;
}
}  // namespace

TEST_CASE("sentences: abbreviations, initials and decimals do not end a sentence") {
    auto s = sentences("Dr. Smith met Prof. Jones at St. Mary's on 1.5 acres. J. R. Hartley agreed, e.g. on cost. Then it ended.");
    REQUIRE(s.size() == 3);
    CHECK(s[0] == "Dr. Smith met Prof. Jones at St. Mary's on 1.5 acres.");
    CHECK(s[1] == "J. R. Hartley agreed, e.g. on cost.");
    CHECK(s[2] == "Then it ended.");
}

TEST_CASE("sentences: closing quotes stay with their sentence; an ellipsis before lower case does not split") {
    auto s = sentences("He said: \xE2\x80\x98It works.\xE2\x80\x99 She left... and came back. At 10.31 it rained!");
    REQUIRE(s.size() == 3);
    CHECK(s[0] == "He said: \xE2\x80\x98It works.\xE2\x80\x99");
    CHECK(s[1] == "She left... and came back.");
    CHECK(s[2] == "At 10.31 it rained!");
}

TEST_CASE("tokens: hyphens and apostrophes inside words, possessives split off") {
    std::string t = "The co-chair\xE2\x80\x99s view: don\xE2\x80\x99t panic.";
    auto toks = tokenize(t, 0, t.size());
    std::vector<std::string> words;
    for (auto& k : toks) words.push_back(t.substr(k.begin, k.end - k.begin));
    REQUIRE(words.size() == 7);
    CHECK(words[1] == "co-chair");
    CHECK(toks[1].possessive);
    CHECK(words[2] == "view");
    CHECK(words[3] == ":");
    CHECK(words[4] == "don\xE2\x80\x99t");
}

TEST_CASE("sentences: a numbered reference (Res. 46, H.R. 1, Art. 5) does not end a sentence") {
    auto s = sentences("The House passed H.J. Res. 46 and H.R. 1 today. Art. 5 of the treaty applies, see para. 4. It ended in 2019. 46 members voted.");
    REQUIRE(s.size() == 4);
    CHECK(s[0] == "The House passed H.J. Res. 46 and H.R. 1 today.");
    CHECK(s[1] == "Art. 5 of the treaty applies, see para. 4.");
    CHECK(s[2] == "It ended in 2019.");
    // ... but a capital after such a word still ends the sentence
    auto t = sentences("They voted on the Res. Then they left.");
    CHECK(t.size() == 2);
}
