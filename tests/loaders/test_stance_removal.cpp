// Positions framed as a removal ("Abolition of harbour tolls"), cue patterns read as compounds
// the other way round, harm verbs with a subject of their own, idioms that hold a topic word, and
// others' views inside a speaker's words (a relative clause, "some of you think ...").
// Small texts written for the test about a fictional harbour town's debate.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "loaders/codebook/codebook.hpp"
#include "loaders/stance/stance.hpp"
#include "loaders/stance/stance_lexicons.hpp"
#include "loaders/stance/stance_topic_words.hpp"
#include "loaders/stance/stance_patterns.hpp"

namespace {

using sg::loaders::Polarity;
using sg::loaders::StanceClassifier;

const char* kBook = R"({
  "positions": [
    {"id": "abolish-tolls", "label": "Abolition of harbour tolls",
     "description": "Boats should no longer pay a toll to enter the harbour",
     "cues": ["toll|tolls ... harbour|boat|boats"]},
    {"id": "dredging", "label": "Dredging the harbour channel",
     "description": "The council should dredge the channel every year",
     "cues": ["dredge|dredging ... channel|harbour"]},
    {"id": "mooring-rights", "label": "Mooring rights for residents",
     "description": "Residents should keep a mooring at a reduced fee",
     "cues": ["mooring ... permit|permits"]}
  ]
})";

const StanceClassifier& classifier() {
    static const StanceClassifier c(sg::loaders::parse_codebook(kBook, "harbour-book.json"));
    return c;
}

std::optional<Polarity> stance(std::string_view text, const std::string& position) {
    for (const auto& h : classifier().classify(text, {}, {}))
        if (h.position_id == position) return h.polarity;
    return std::nullopt;
}

std::optional<Polarity> reported(std::string_view sentence, const std::string& actor, const std::string& position) {
    for (const auto& r : classifier().reported(sentence))
        if (r.actor_text == actor && r.position_id == position) return r.polarity;
    return std::nullopt;
}

}  // namespace

TEST_CASE("stance: an evaluation of the thing a removal-framed position removes counts reversed") {
    // The tolls themselves, praised or condemned: the reverse on abolishing them.
    CHECK(stance("The harbour tolls are a lifeline for the port and we support them.", "abolish-tolls") ==
          Polarity::Opposes);
    CHECK(stance("The harbour tolls are unfair and a disaster for small boats.", "abolish-tolls") ==
          Polarity::Supports);
    // A word of removal governing the thing names the position itself: no reversal.
    CHECK(stance("Scrapping the harbour tolls would be a disaster.", "abolish-tolls") == Polarity::Opposes);
    CHECK(stance("We welcome the end of the harbour tolls.", "abolish-tolls") == Polarity::Supports);
    CHECK(stance("We back the abolition of harbour tolls.", "abolish-tolls") == Polarity::Supports);
    // ... and so does a word of change ("the toll changes"), without making a label removal-framed.
    CHECK(stance("The harbour toll changes are long overdue.", "abolish-tolls") == Polarity::Supports);
    // A position not framed as a removal is never reversed.
    CHECK(stance("Dredging the channel is a disaster for the birds.", "dredging") == Polarity::Opposes);
}

TEST_CASE("stance: a reported side on the thing a removal-framed position removes is reversed") {
    CHECK(reported("The Boat Owners Club is backing the harbour tolls.", "Boat Owners Club", "abolish-tolls") ==
          Polarity::Opposes);
    CHECK(reported("The Boat Owners Club backed the end of harbour tolls.", "Boat Owners Club", "abolish-tolls") ==
          Polarity::Supports);
}

TEST_CASE("stance: the removal framing is read from the label's first word") {
    using sg::loaders::stance::builtin_lexicons;
    using sg::loaders::stance::removal_object_roots;
    const auto& lex = *builtin_lexicons();
    sg::loaders::CodebookPosition p;
    p.id = "x";
    p.label = "Removing tenants' parking permits";
    CHECK_FALSE(removal_object_roots(p, lex).empty());
    p.label = "Ban on jet skis";
    CHECK_FALSE(removal_object_roots(p, lex).empty());
    p.label = "A register of jet skis";  // no removal
    CHECK(removal_object_roots(p, lex).empty());
    p.label = "Jet skis banned from the bay";  // the removal word is not the label's first word
    CHECK(removal_object_roots(p, lex).empty());
}

TEST_CASE("stance: an alias the description names as what is removed counts reversed; one named elsewhere does not") {
    // "Harbour Dues Order" is written in the description right after "repeal": it is the thing
    // repealed. "Free Moorings Act" is written elsewhere: it names the repeal itself.
    const char* book = R"({"positions": [
      {"id": "repeal-dues", "label": "Repeal the 2019 berth dues",
       "description": "The council should repeal the 2019 berth dues (the Harbour Dues Order and its fee schedule), as boat owners asked. Supporting it includes voting for the Free Moorings Act.",
       "aliases": ["Harbour Dues Order", "Free Moorings Act", "repeal of the berth dues"],
       "cues": ["berth dues"]}]})";
    const auto codebook = sg::loaders::parse_codebook(book, "dues-book.json");
    using sg::loaders::stance::builtin_lexicons;
    using sg::loaders::stance::removal_aliases;
    const auto removed = removal_aliases(codebook.positions[0], *builtin_lexicons()).removed;
    REQUIRE(removed.size() == 1);
    CHECK(removed[0].size() == 3);  // harbour, dues, order
    const StanceClassifier c(codebook);
    auto side = [&](std::string_view text) -> std::optional<Polarity> {
        for (const auto& h : c.classify(text, {}, {}))
            if (h.position_id == "repeal-dues") return h.polarity;
        return std::nullopt;
    };
    CHECK(side("The Harbour Dues Order has been effective and fair to every boat owner.") == Polarity::Opposes);
    CHECK(side("The Free Moorings Act is effective and fair to every boat owner.") == Polarity::Supports);
    // one word only the removed alias uses ("harbour") names the thing removed alone too; a word
    // the label shares ("dues") does not decide it
    CHECK(side("We support the harbour, a vital and wonderful thing for every boat owner.") == Polarity::Opposes);
    // a verb of undoing governing the thing names the repeal: condemning it opposes the repeal
    bool found = false;
    for (const auto& r : c.reported("Ann Keller condemned the plan to kill the Harbour Dues Order."))
        if (r.position_id == "repeal-dues") {
            found = true;
            CHECK(r.polarity == Polarity::Opposes);
        }
    CHECK(found);
}

TEST_CASE("stance: a two-part cue also matches as a compound read the other way round") {
    using namespace sg::loaders::stance;
    const auto& lex = *builtin_lexicons();
    const Pattern cue = compile_pattern("dredge|dredging ... channel", lex.irregular);
    const auto reversed = reversed_compound(cue);
    REQUIRE(reversed.has_value());
    auto matches = [&](std::string_view text) {
        auto tokens = tokenize(text, lex.irregular);
        return !find_matches(*reversed, tokens, 0, tokens.size(), MatchOptions{}).empty();
    };
    CHECK(matches("the channel dredging"));
    CHECK(matches("the channel's annual dredging"));      // one word between
    CHECK_FALSE(matches("the channel needs annual dredging"));  // two
    CHECK_FALSE(matches("the channel, annual dredging"));      // a comma
    // Only a cue of two parts with a gap is reversed.
    CHECK_FALSE(reversed_compound(compile_pattern("channel dredging", lex.irregular)).has_value());
    CHECK_FALSE(reversed_compound(compile_pattern("a ... b ... c", lex.irregular)).has_value());
    // In a text: "channel dredging" names the position by the codebook's cue.
    CHECK(stance("The channel dredging is a disaster for the birds.", "dredging") == Polarity::Opposes);
}

TEST_CASE("stance: a harm verb after a mention with its own subject between is no harm by it") {
    // "take away X" protects X; the second "take away" has "you" as its subject, not the dredging.
    CHECK(stance("Take away the channel dredging and you take away our jobs.", "dredging") == Polarity::Supports);
}

TEST_CASE("stance: a topic word in the middle of an idiom names no position") {
    // "right" of "the right thing" is no mooring right.
    CHECK_FALSE(stance("The council did the right thing on Tuesday.", "mooring-rights").has_value());
}

TEST_CASE("stance: an attitude verb in a relative clause of others is not the speaker's side") {
    // "the neighbours who oppose it": their side, reported, in quoted and in reported words alike
    CHECK(stance("Nobody gains from a decision that never arrives, not even the neighbours who oppose the "
                 "channel dredging.", "dredging") != Polarity::Opposes);
    CHECK(stance("We who oppose the channel dredging will keep fighting.", "dredging") == Polarity::Opposes);
}

TEST_CASE("stance: in a quote, the clause after 'you think', 'critics say' is others' view, not the speaker's") {
    sg::loaders::DocumentFocus quoted;
    quoted.quoted = true;
    auto said = [&](std::string_view text) {
        std::optional<Polarity> out;
        for (const auto& h : classifier().classify(text, {}, quoted))
            if (h.position_id == "dredging") out = h.polarity;
        return out;
    };
    CHECK(said("I know some of you think the channel dredging is a mistake.") != Polarity::Opposes);
    CHECK(said("Critics say the channel dredging is a disaster, but I back it.") == Polarity::Supports);
    // the speaker's own opinion verb is the speaker's
    CHECK(said("I think the channel dredging is a disaster.") == Polarity::Opposes);
}

TEST_CASE("stance: a cue that puts the removed thing away names the removal, not the thing") {
    const char* book = R"({"positions": [{"id": "phone-ban", "label": "Ban phones in lessons",
        "description": "Pupils should not have phones in lessons", "cues": ["phone|phones ... out|away"]}]})";
    const StanceClassifier c(sg::loaders::parse_codebook(book, "book.json"));
    auto side = [&](std::string_view text) -> std::optional<Polarity> {
        for (const auto& h : c.classify(text, {}, {}))
            if (h.position_id == "phone-ban") return h.polarity;
        return std::nullopt;
    };
    // "phones out of lessons" is the ban itself: backing it backs the ban
    CHECK(side("We strongly support getting phones out of lessons.") == Polarity::Supports);
    CHECK(side("Locking phones away all day is a disaster for families.") == Polarity::Opposes);
}
