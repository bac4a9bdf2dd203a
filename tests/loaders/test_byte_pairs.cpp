// BytePairs (loaders/segmentation/byte_pairs.hpp): a test of absence in front of a substring
// search. It must never rule out a pattern the text holds, and should rule out most it does not.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "loaders/segmentation/byte_pairs.hpp"

using sg::loaders::BytePairs;

TEST_CASE("byte pairs: every substring of the text may be there; most absent patterns are ruled out") {
    const std::string text = "click here to subscribe \xC2\xA9 2020 all rights reserved | share on x";
    const BytePairs pairs(text);
    for (std::size_t b = 0; b < text.size(); ++b)
        for (std::size_t n = 0; b + n <= text.size(); ++n) CHECK(pairs.may_contain(std::string_view(text).substr(b, n)));
    // shorter than two bytes: never ruled out
    CHECK(pairs.may_contain(""));
    CHECK(pairs.may_contain("z"));
    int ruled_out = 0;
    const std::vector<std::string> absent = {"newsletter", "cookies", "advertisement", "sign up", "log in",
                                             "follow us", "related articles", "read more", "zz", "qq"};
    for (const auto& p : absent) {
        CHECK(text.find(p) == std::string::npos);
        ruled_out += !pairs.may_contain(p);
    }
    CHECK(ruled_out >= 6);  // (two first pairs may share a bit: a rare false "may")
    const BytePairs none("");
    CHECK_FALSE(none.may_contain("ab"));
    CHECK(none.may_contain("a"));
}
