// Arbitrary input never crashes the query pipeline: it answers or throws a QueryError.
#include <doctest/doctest.h>

#include <random>

#include "query/fixture.hpp"
#include "query/test_helpers.hpp"
#include "query/parse/tokenizer.hpp"

TEST_CASE("random token soup only ever answers or throws QueryError") {
    sg::test::Fixture f;
    const sg::query::Engine e(f.g);
    std::vector<std::string> vocab = sg::query::keywords();
    for (const char* extra : {"(", ")", "[", "]", "{", "}", ":", ",", ".", "..", "*", "=", "<>", "-", "->", "<-",
                              ";", "\n", "\"free-lunch\"", "'a.txt'", "\"x", "1", "2..3", "p.name", "free-lunch",
                              "Alice Smith", "GU", "person", "claim", "says", "kind", "@", "\xff", "\xe2\x80\x9c"})
        vocab.emplace_back(extra);
    std::mt19937 rng(20261122);
    std::size_t answered = 0, refused = 0;
    for (int i = 0; i < 3000; ++i) {
        std::string q;
        const int n = 1 + static_cast<int>(rng() % 12);
        for (int k = 0; k < n; ++k) q += vocab[rng() % vocab.size()] + (rng() % 4 ? " " : "");
        try {
            e.run(q, [&](const sg::query::ResultSet&) { ++answered; });
        } catch (const sg::query::QueryError&) {
            ++refused;
        }
    }
    CHECK(refused > 0);
    CHECK(answered + refused > 0);
}

TEST_CASE("tokenizer offsets point at the tokens' bytes") {
    const std::string text = "who supports “lay majority” # comment\nlimit 5";
    const auto tokens = sg::query::tokenize(text);
    REQUIRE(tokens.size() == 6);
    CHECK(text.substr(tokens[2].offset, tokens[2].length) == "“lay majority”");
    CHECK(tokens[2].text == "lay majority");
    CHECK(text.substr(tokens[4].offset, tokens[4].length) == "limit");
    CHECK(sg::query::line_column(text, tokens[4].offset) == std::pair<std::size_t, std::size_t>{2, 1});
    CHECK(sg::query::line_column(text, tokens[3].offset).second == 38);  // the newline, counted in characters
}

TEST_CASE("a plural possessive's apostrophe stays in the name, straight or typographic") {
    for (const std::string mark : {"'", "’"}) {
        const auto tokens = sg::query::tokenize("stance of Wheat Growers" + mark + " Guild limit 2");
        REQUIRE(tokens.size() == 7);
        CHECK(tokens[3].text == "Growers" + mark);
        CHECK(tokens[4].text == "Guild");
    }
    // A quote opened after a space is still a string; a name's inner apostrophe still joins it.
    const auto quoted = sg::query::tokenize("search 'farm gate' limit 1");
    REQUIRE(quoted.size() == 4);
    CHECK(quoted[1].text == "farm gate");
    CHECK(sg::query::tokenize("what does Ann O'Dell say")[3].text == "O'Dell");
}
