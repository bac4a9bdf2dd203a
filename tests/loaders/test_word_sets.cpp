// The lexicons' word sets (loaders/common/length_initial_filter.hpp in front of a set): a sealed
// set answers as the plain set would, and a word inserted after sealing is found.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "loaders/common/length_initial_filter.hpp"
#include "loaders/mentions/lexicons.hpp"
#include "loaders/stance/stance_tokens.hpp"

TEST_CASE("word sets: the length-and-initial filter never hides a word it noted") {
    sg::loaders::LengthInitialFilter f;
    f.note("council");
    CHECK(f.may_hold("council"));
    CHECK(f.may_hold("cabinet"));      // same length and initial: the set must answer
    CHECK_FALSE(f.may_hold("board"));  // another initial
    CHECK_FALSE(f.may_hold("counci"));  // another length
    f.clear();
    CHECK_FALSE(f.may_hold("council"));
}

TEST_CASE("word sets: a sealed set answers as the set would, and an insert after sealing unseals it") {
    sg::loaders::WordSet w;
    w.insert("Council");
    w.seal();
    CHECK(w.count("Council") == 1);
    CHECK(w.count("Board") == 0);
    w.insert("Board");  // after the seal: must not be hidden by the old filter
    CHECK(w.count("Board") == 1);
    CHECK_FALSE(w.sealed());
    w.seal();
    CHECK(w.count("Board") == 1);

    sg::loaders::stance::StemSet s = std::unordered_set<std::string>{"ban"};
    CHECK(s.count("ban") == 1);
    CHECK(s.count("levy") == 0);
    s.insert("levy");
    CHECK(s.count("levy") == 1);
}

TEST_CASE("word sets: the hash table behind the filter never hides a word it holds") {
    sg::loaders::WordHashes h;
    CHECK(h.may_hold("anything"));  // not assigned: every word may be there
    const std::vector<std::string> words = {"council", "cabinet", "board", "union", "trust", "chamber", "club",
                                            "guild", "league", "society"};
    h.assign(words);
    for (const auto& w : words) CHECK(h.may_hold(w));
    CHECK(h.may_hold(""));  // an empty word is the set's to judge
    int absent = 0;
    for (const char* w : {"councils", "Council", "agency", "party", "ministry", "office"}) absent += !h.may_hold(w);
    CHECK(absent >= 4);  // (a different word may share a slot's hash only by a rare collision)

    // A sealed std::set-backed list answers through both tests as the plain set would.
    sg::loaders::WordSet w;
    for (const auto& x : words) w.insert(x);
    w.seal();
    for (const auto& x : words) CHECK(w.count(x) == 1);
    CHECK(w.count("cabinets") == 0);
    CHECK(w.count("coun") == 0);
    sg::loaders::WordSet copy = w;  // the table holds hashes, not pointers: a copy answers alike
    for (const auto& x : words) CHECK(copy.count(x) == 1);
    CHECK(copy.count("agency") == 0);
}

TEST_CASE("word sets: a role noun in any case, also after a prefix of rank") {
    // is_role_noun turns away a word with no hyphen before trying the prefixes (each ends in one)
    const auto& lx = sg::loaders::lexicons();
    REQUIRE(lx.is_role_noun("director"));
    CHECK(lx.is_role_noun("Director"));
    CHECK(lx.is_role_noun("Co-Director"));
    CHECK(lx.is_role_noun("vice-chair"));
    CHECK(lx.is_role_noun("acting-director"));
    CHECK(lx.is_role_noun("ASSISTANT-DIRECTOR"));
    CHECK_FALSE(lx.is_role_noun("co-"));
    CHECK_FALSE(lx.is_role_noun("codirector-"));
    CHECK_FALSE(lx.is_role_noun("co-harbour"));
    CHECK_FALSE(lx.is_role_noun("harbour"));
    CHECK_FALSE(lx.is_role_noun("vicechair"));
}
