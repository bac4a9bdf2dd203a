// WordTable (loaders/common/word_table.hpp): an exact set of words by hash, standing in for a
// std::set's count() in the word lists. It must answer exactly as the std::set would, for every
// word, including words that share a length, a first byte or a hash slot, prefixes and
// extensions, case variants, the empty word and bytes above 0x7F.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "loaders/common/word_table.hpp"
#include "loaders/mentions/lexicons.hpp"
#include "loaders/stance/stance_tokens.hpp"

namespace {

// Words near the given ones: every prefix and one-byte extension, the case-flipped form and each
// one-byte change.
std::vector<std::string> neighbours(const std::vector<std::string>& words) {
    std::vector<std::string> out;
    for (const auto& w : words) {
        for (std::size_t n = 0; n <= w.size(); ++n) out.push_back(w.substr(0, n));
        for (char c : std::string("aZs \xC3")) out.push_back(w + c);
        std::string flipped = w;
        for (char& c : flipped) c = static_cast<char>(c ^ 0x20);
        out.push_back(flipped);
        for (std::size_t i = 0; i < w.size(); ++i) {
            std::string changed = w;
            changed[i] = static_cast<char>(changed[i] + 1);
            out.push_back(changed);
        }
    }
    return out;
}

}  // namespace

TEST_CASE("word table: answers exactly as a std::set of the same words") {
    const std::vector<std::string> words = {"its",  "their", "his",       "her",  "the",     "a",      "an",
                                            "to",   "by",    "according", "and",  "with",    "said",   "says",
                                            "The",  "caf\xC3\xA9", "co-chair", "in",  "at",  "from", "of"};
    const std::set<std::string, std::less<>> set(words.begin(), words.end());
    sg::loaders::WordTable table;
    table.assign(words);
    for (const auto& w : words) CHECK(table.count(w) == 1);
    int absent = 0;
    for (const auto& w : neighbours(words)) {
        CHECK_MESSAGE(table.count(w) == set.count(w), "word: " << w);
        absent += set.count(w) == 0;
    }
    CHECK(absent > 100);  // the test asks mostly about words that are not there
    CHECK(table.count("") == 0);

    // duplicates kept once, the empty word held only when given, copies answer alike
    sg::loaders::WordTable with_empty{"", "x", "x", "yy"};
    CHECK(with_empty.count("") == 1);
    CHECK(with_empty.count("x") == 1);
    CHECK(with_empty.count("y") == 0);
    const sg::loaders::WordTable copy = table;
    for (const auto& w : neighbours(words)) CHECK(copy.count(w) == set.count(w));

    // nothing assigned: nothing held
    const sg::loaders::WordTable none;
    CHECK(none.count("the") == 0);
    CHECK(none.count("") == 0);
}

TEST_CASE("word table: a table of many words (past any one probe chain) answers as the set") {
    std::vector<std::string> words;
    for (int i = 0; i < 3000; ++i) words.push_back("w" + std::to_string(i * 7));
    const std::set<std::string, std::less<>> set(words.begin(), words.end());
    const sg::loaders::WordTable table = [&] {
        sg::loaders::WordTable t;
        t.assign(set);
        return t;
    }();
    for (int i = 0; i < 21000; ++i) {
        const std::string w = "w" + std::to_string(i);
        CHECK(table.count(w) == set.count(w));
    }
}

TEST_CASE("word table: a sealed word list answers from its table as its std::set does") {
    const auto& lx = sg::loaders::lexicons();
    for (const sg::loaders::WordSet* list : {&lx.function_words, &lx.role_nouns, &lx.given_names, &lx.titles}) {
        REQUIRE(list->sealed());
        std::vector<std::string> words(list->begin(), list->end());
        for (const auto& w : neighbours(words)) {
            const auto& as_set = static_cast<const std::set<std::string, std::less<>>&>(*list);
            CHECK(list->count(std::string_view(w)) == as_set.count(std::string_view(w)));
        }
    }
}

TEST_CASE("word table: a sealed stem set answers from its table as its unordered_set does") {
    // (A small std::unordered_set compares a word with each entry in turn; sealed, the StemSet
    // answers from its WordTable, and must answer the same; unsealed by an insert, from the set.)
    const std::unordered_set<std::string> words = {"ban", "levy", "toll", "charg", "not", "no", "never", "the",
                                                   "a", "an", "thi", "that", "propos", "scheme", "plan"};
    sg::loaders::stance::StemSet set = words;
    REQUIRE(set.sealed());
    for (const auto& w : neighbours(std::vector<std::string>(words.begin(), words.end())))
        CHECK_MESSAGE(set.count(w) == words.count(w), "word: " << w);
    set.insert("tolls");
    CHECK_FALSE(set.sealed());
    CHECK(set.count(std::string("tolls")) == 1);
    CHECK(set.count(std::string("ban")) == 1);
    set.seal();
    CHECK(set.count(std::string("tolls")) == 1);
    CHECK(set.count(std::string("toll")) == 1);
    CHECK(set.count(std::string("tol")) == 0);
}
