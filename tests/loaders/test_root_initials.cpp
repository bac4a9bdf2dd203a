// The filter in front of related_roots (loaders/stance/root_initials.hpp): never says no to a
// root related to one added, and says no to most others.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "loaders/stance/root_initials.hpp"
#include "loaders/stance/stance_topic_words.hpp"

using namespace sg::loaders::stance;

TEST_CASE("root initials: a related root may relate, a root of other initials does not") {
    RootInitials initials;
    initials.add("regist");
    initials.add("charge");
    initials.add("x");
    CHECK(initials.may_relate("regist"));
    CHECK(initials.may_relate("registr"));  // a longer root of the family
    CHECK(initials.may_relate("charge"));
    CHECK(initials.may_relate("x"));
    CHECK_FALSE(initials.may_relate("ferry"));
    CHECK_FALSE(initials.may_relate("toll"));
    CHECK_FALSE(RootInitials{}.may_relate("regist"));  // nothing added: nothing related
}

TEST_CASE("root initials: no root related to an added one is ever turned away") {
    const std::vector<std::string> added = {"regist", "cap", "capital", "licens", "moor", "a", "harbour"};
    const std::vector<std::string> words = {"registr", "regist", "registry", "cap", "capit", "capitalis", "licence",
                                            "licens", "licensing", "moor", "mooring", "a", "ab", "harbours",
                                            "harbo", "ferry", "toll", "reg", "ca", "li", "", "b"};
    RootInitials initials;
    for (const auto& r : added) initials.add(r);
    for (const auto& w : words) {
        bool related = false;
        for (const auto& r : added) related = related || related_roots(w, r);
        if (related) CHECK_MESSAGE(initials.may_relate(w), w);
    }
}
