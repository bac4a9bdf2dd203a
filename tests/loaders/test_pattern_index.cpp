// A classifier's patterns by first word (loaders/stance/pattern_index.hpp): a text is asked only
// about the patterns whose first word it has; those it lacks are skipped, those it has are still
// asked (and found), and patterns the index did not number are all asked.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "loaders/stance/pattern_index.hpp"
#include "loaders/stance/stance_lexicons.hpp"

using namespace sg::loaders::stance;

namespace {

std::vector<Pattern> compiled(const std::vector<std::string>& sources, const IrregularForms& irregular) {
    std::vector<Pattern> out;
    for (const auto& s : sources) out.push_back(compile_pattern(s, irregular));
    return out;
}

// The sources of the patterns of `group` the index lets through for `possible`, in order.
std::vector<std::string> asked(const PatternIndex& index, const std::vector<Pattern>& group, const PatternSet& possible) {
    std::vector<std::string> out;
    index.for_each_possible(group, possible, [&](const Pattern& p) { out.push_back(p.source); });
    return out;
}

}  // namespace

TEST_CASE("pattern index: a pattern whose first word the text lacks is skipped, one it has is asked") {
    auto lex = builtin_lexicons();
    std::vector<Pattern> topic = compiled({"harbour toll", "mooring charge|fee", "toll ... harbour"}, lex->irregular);
    std::vector<Pattern> favour = compiled({"scrap|abolish", "ferry fare"}, lex->irregular);
    PatternIndex index;
    index.add(topic);
    index.add(favour);
    CHECK(topic[0].memo_slot == 1);
    CHECK(favour[1].memo_slot == 5);

    const std::string text = "The council will abolish the harbour tolls next year.";
    auto tokens = tokenize(text, lex->irregular);
    TokenIndex text_index(tokens);
    const PatternSet possible = index.possible_in(text_index);
    CHECK(asked(index, topic, possible) == std::vector<std::string>{"harbour toll", "toll ... harbour"});
    CHECK(asked(index, favour, possible) == std::vector<std::string>{"scrap|abolish"});  // a later alternative
    CHECK_FALSE(possible.contains(topic[1].memo_slot));
    // what is asked still matches as before; what is skipped had no match to give
    CHECK(find_matches(topic[0], tokens, text_index, 0, tokens.size(), {}).size() == 1);
    CHECK(find_matches(favour[0], tokens, text_index, 0, tokens.size(), {}).size() == 1);
    CHECK(find_matches(topic[1], tokens, text_index, 0, tokens.size(), {}).empty());
    CHECK(find_matches(favour[1], tokens, text_index, 0, tokens.size(), {}).empty());
}

TEST_CASE("pattern index: a contracted negation's positive stem makes a pattern possible") {
    auto lex = builtin_lexicons();
    std::vector<Pattern> modal = compiled({"can hold", "will hold"}, lex->irregular);
    PatternIndex index;
    index.add(modal);
    auto tokens = tokenize("Councils can't hold the contracts.", lex->irregular);
    TokenIndex text_index(tokens);
    const PatternSet possible = index.possible_in(text_index);
    CHECK(asked(index, modal, possible) == std::vector<std::string>{"can hold"});
    MatchOptions negated;
    negated.negated_base = true;
    CHECK(find_matches(modal[0], tokens, text_index, 0, tokens.size(), negated).size() == 1);
}

TEST_CASE("pattern index: the same set whichever side is looked up, a long text or a short one") {
    auto lex = builtin_lexicons();
    std::vector<Pattern> topic = compiled({"harbour toll", "ferry"}, lex->irregular);
    PatternIndex index;
    index.add(topic);
    // Far more words than the index has first words: the index's words are looked up in the text.
    std::string text;
    for (int i = 0; i < 50; ++i) text += "word" + std::to_string(i) + " ";
    text += "the ferry.";
    auto tokens = tokenize(text, lex->irregular);
    TokenIndex text_index(tokens);
    REQUIRE(text_index.table_size() > 2 * index.first_word_count());
    CHECK(asked(index, topic, index.possible_in(text_index)) == std::vector<std::string>{"ferry"});
}

TEST_CASE("pattern index: patterns it did not number are all asked") {
    auto lex = builtin_lexicons();
    std::vector<Pattern> topic = compiled({"harbour toll", "mooring charge"}, lex->irregular);
    PatternIndex index;
    index.add(topic);
    auto tokens = tokenize("Nothing here.", lex->irregular);
    TokenIndex text_index(tokens);
    const PatternSet possible = index.possible_in(text_index);
    CHECK(asked(index, topic, possible).empty());
    const std::vector<Pattern> copy = topic;  // same slots, other addresses
    CHECK(asked(index, copy, possible) == std::vector<std::string>{"harbour toll", "mooring charge"});
    std::vector<Pattern> unnumbered = compiled({"harbour toll"}, lex->irregular);
    CHECK(asked(index, unnumbered, possible) == std::vector<std::string>{"harbour toll"});
}
