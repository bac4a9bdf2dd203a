// The lexicons' word sets (loaders/common/length_initial_filter.hpp in front of a set): a sealed
// set answers as the plain set would, and a word inserted after sealing is found.
#include <doctest/doctest.h>

#include <string>

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
