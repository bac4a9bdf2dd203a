// Stems as integers (loaders/stance/stem_ids.hpp): one id per distinct stem, the same in every
// thread, and a matcher that finds by ids what it found by strings (tokens and patterns carry
// the ids of their stems; a pattern term built by hand has them looked up).
#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "loaders/stance/stance_lexicons.hpp"
#include "loaders/stance/stance_patterns.hpp"
#include "loaders/stance/stem_ids.hpp"

using namespace sg::loaders::stance;

TEST_CASE("stem ids: equal stems one id, different stems different ids") {
    const StemId a = stem_id("tramline-test-stem-a");
    const StemId b = stem_id("tramline-test-stem-b");
    CHECK(a != kNoStem);
    CHECK(b != kNoStem);
    CHECK(a != b);
    CHECK(stem_id(std::string("tramline-test-stem-") + "a") == a);
    CHECK(known_stem_id("tramline-test-stem-a") == a);
    CHECK(known_stem_id("tramline-test-stem-never-given") == kNoStem);
    CHECK(stem_id("") != kNoStem);  // an empty stem is a stem like any other
}

TEST_CASE("stem ids: every thread gets the id another thread gave") {
    std::vector<StemId> seen(4, kNoStem);
    std::vector<std::thread> threads;
    for (std::size_t k = 0; k < seen.size(); ++k)
        threads.emplace_back([&seen, k] {
            for (int i = 0; i < 200; ++i) stem_id("thread-stem-" + std::to_string(i));  // race for the table
            seen[k] = stem_id("thread-stem-77");
        });
    for (auto& t : threads) t.join();
    for (StemId id : seen) CHECK(id == seen[0]);
    CHECK(seen[0] == stem_id("thread-stem-77"));
    CHECK(seen[0] != stem_id("thread-stem-78"));
}

TEST_CASE("stem ids: tokens carry the ids of their stem and of a contraction's positive stem") {
    auto lex = builtin_lexicons();
    auto tokens = tokenize("Councils can't hold contracts, they said.", lex->irregular);
    REQUIRE(tokens.size() >= 5);
    for (const auto& t : tokens) {
        if (t.kind == TokKind::Word) {
            CHECK(t.stem_id == stem_id(t.stem));
            CHECK(t.base_id == (t.contracted_negation ? stem_id(t.base) : kNoStem));
        } else {
            CHECK(t.stem_id == kNoStem);
        }
    }
    CHECK(tokens[1].contracted_negation);
    CHECK(tokens[1].base_id == stem_id("can"));
}

TEST_CASE("stem ids: a pattern term built by hand, without ids, matches like a compiled one") {
    auto lex = builtin_lexicons();
    const std::string text = "The board held the contracts. Contracts were held by the board.";
    auto tokens = tokenize(text, lex->irregular);
    TokenIndex index(tokens);
    MatchOptions options{&lex->determiners, false};
    const Pattern compiled = compile_pattern("hold contract", lex->irregular);
    Pattern by_hand;
    for (const auto& term : compiled.terms) {
        PatternTerm t;
        t.alternatives = term.alternatives;  // stems only, no alternative_ids
        t.gap_before = term.gap_before;
        by_hand.terms.push_back(t);
    }
    const auto want = find_matches(compiled, tokens, index, 0, tokens.size(), options);
    const auto got = find_matches(by_hand, tokens, index, 0, tokens.size(), options);
    REQUIRE(want.size() == 1);
    REQUIRE(got.size() == want.size());
    CHECK(got[0].first == want[0].first);
    CHECK(got[0].matched == want[0].matched);
    CHECK(index.by_stem("contract").size() == 2);
    CHECK(index.by_stem(stem_id("contract")).size() == 2);
    CHECK(index.by_stem("tramline-test-stem-never-in-a-text").empty());
}

TEST_CASE("stem ids: words stemmed before are given the same stems, and only for the registered forms") {
    auto lex = builtin_lexicons();
    const std::string text = "The councils held the contracts; councils held them.";
    const auto first = tokenize(text, lex->irregular);   // stems made (and kept for this thread)
    const auto second = tokenize(text, lex->irregular);  // stems found again
    REQUIRE(first.size() == second.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        CHECK(first[i].stem == second[i].stem);
        CHECK(first[i].stem_id == second[i].stem_id);
        if (first[i].kind == TokKind::Word) CHECK(first[i].stem == stem_word(first[i].lower, lex->irregular));
    }
    CHECK(second[2].stem == "hold");  // "held", by the irregular forms
    // Other irregular forms are not answered from what the builtin ones made.
    IrregularForms other = lex->irregular;
    other["held"] = "heldover";
    const auto changed = tokenize(text, other);
    CHECK(changed[2].stem == "heldover");
    CHECK(changed[2].stem_id == stem_id("heldover"));
    CHECK(tokenize(text, lex->irregular)[2].stem == "hold");
}
