// word_is (loaders/common/word_is.hpp): a word compared with a string literal by the
// literal's length. It must answer as std::string_view's == does, for words of the same length
// and others, prefixes and extensions, case, the empty word and bytes above 0x7F.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "loaders/common/word_is.hpp"

using sg::loaders::word_is;

TEST_CASE("word_is: answers as string_view's == for every word") {
    const std::vector<std::string> words = {"", "t", "th", "the", "The", "thE", "them", "tho", "a", "A", "an",
                                            "of", "Of", "off", "o", "who", "whom", "He", "he", "she", "She",
                                            "caf\xC3\xA9", std::string("th\0", 3)};
    for (const auto& s : words) {
        const std::string_view w(s);
        CHECK(word_is(w, "the") == (w == "the"));
        CHECK(word_is(w, "The") == (w == "The"));
        CHECK(word_is(w, "of") == (w == "of"));
        CHECK(word_is(w, "a") == (w == "a"));
        CHECK(word_is(w, "who") == (w == "who"));
        CHECK(word_is(w, "caf\xC3\xA9") == (w == "caf\xC3\xA9"));
        CHECK(word_is(w, "") == w.empty());
    }
    CHECK(word_is("the", "the"));
    CHECK_FALSE(word_is("them", "the"));
    CHECK_FALSE(word_is("th", "the"));
    CHECK_FALSE(word_is("tha", "the"));
    CHECK_FALSE(word_is(std::string_view{}, "a"));
    CHECK(word_is(std::string_view{}, ""));
}
