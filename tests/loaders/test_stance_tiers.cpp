// Topic detection in tiers (loaders/stance/README.md, "Topic tiers"), on sentences written for the
// test against a codebook written for the test: a city debate about bike lanes, residents'
// parking permits, parking fees and registering bicycles.
//   1. explicit cues and aliases;
//   2. a word that only one position's label or aliases use ("permit", "registration" and its
//      family "register", "registry"), weaker, and only in sentences no explicit cue names;
//   3. the document's focus, only for a generic reference ("the plan") when tiers 1-2 name nothing.
// And in "X, but Y" each clause's polarity goes to the position named in that clause.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "loaders/codebook/codebook.hpp"
#include "loaders/stance/stance.hpp"

namespace {

using sg::loaders::DocumentFocus;
using sg::loaders::Polarity;
using sg::loaders::StanceClassifier;

const char* kBook = R"({
  "name": "City transport debate",
  "positions": [
    {"id": "bike-lanes", "label": "Protected bike lanes on main roads",
     "description": "The city should build protected bike lanes",
     "cues": ["bike|cycle lane|lanes"]},
    {"id": "resident-permits", "label": "Compulsory residents' parking permits",
     "description": "Residents should need a permit to park in their street",
     "aliases": ["permit zone"],
     "cues": ["permit|permits ... resident|residents|parking|zone"]},
    {"id": "parking-fees", "label": "Higher parking fees downtown",
     "description": "Drivers should pay more to park downtown",
     "aliases": ["parking charges"],
     "cues": ["parking fee|fees|charge|charges", "raise|raising ... fee|fees"]},
    {"id": "bike-registration", "label": "Registration of bicycles",
     "description": "Every bicycle should carry a registered number plate",
     "aliases": ["bicycle registration scheme"],
     "cues": ["register|registration ... bicycle|bicycles|bike|bikes"]}
  ]
})";

const StanceClassifier& classifier() {
    static const StanceClassifier c(sg::loaders::parse_codebook(kBook, "transport-book.json"));
    return c;
}

std::optional<Polarity> stance(std::string_view text, const std::string& position, const std::string& focus = {}) {
    for (const auto& h : classifier().classify(text, {}, DocumentFocus{focus}))
        if (h.position_id == position) return h.polarity;
    return std::nullopt;
}

}  // namespace

TEST_CASE("stance tiers: a word only one position's label uses names it where no cue does") {
    // "permit" alone matches no cue of resident-permits (the cue needs residents/parking/zone).
    CHECK(stance("The association supports a citywide permit system.", "resident-permits") == Polarity::Supports);
    CHECK(stance("He does not back the permits in their current form.", "resident-permits") == Polarity::Opposes);
    // Derived forms of one family: registration in the label, register / registry in the text.
    CHECK(stance("Cyclists strongly oppose a national register.", "bike-registration") == Polarity::Opposes);
    CHECK(stance("The club welcomed the new registry.", "bike-registration") == Polarity::Supports);
    // Advocacy over time ("argued for") is support.
    CHECK(stance("We have argued for a register since 2019, and we are glad the council listened.",
                 "bike-registration") == Polarity::Supports);
    // Unrelated words do not count: a word shared by two positions' labels ("parking") or one of
    // the debate's name ("city") names none of them.
    CHECK_FALSE(stance("The association supports more parking.", "resident-permits").has_value());
    CHECK_FALSE(stance("The association supports more parking.", "parking-fees").has_value());
    CHECK_FALSE(stance("The city welcomed the report.", "bike-lanes").has_value());
    // A verb form in the text names an act, not the thing: "registered" a complaint.
    CHECK_FALSE(stance("Drivers registered their complaints.", "bike-registration").has_value());
}

TEST_CASE("stance tiers: a distinctive word counts only where no explicit cue names a position") {
    // "residents" is a label word of resident-permits, but the sentence is about the fee.
    CHECK(stance("Raising parking fees will hurt local residents.", "parking-fees") == Polarity::Opposes);
    CHECK_FALSE(stance("Raising parking fees will hurt local residents.", "resident-permits").has_value());
    // ... within its clause: after "but" a new clause may name another position by a word.
    const char* two = "The group backs the permits, but has urged the mayor to rule out parking charges.";
    CHECK(stance(two, "resident-permits") == Polarity::Supports);
    CHECK(stance(two, "parking-fees") == Polarity::Opposes);
}

TEST_CASE("stance tiers: the document focus only for a generic reference when nothing else is named") {
    CHECK(stance("The council backs the plan.", "parking-fees", "parking-fees") == Polarity::Supports);
    // A position named by a distinctive word takes the sentence from the focus.
    CHECK(stance("The council backs the plan for a permit system.", "resident-permits", "parking-fees") ==
          Polarity::Supports);
    CHECK_FALSE(stance("The council backs the plan for a permit system.", "parking-fees", "parking-fees").has_value());
    // Without a focus a generic reference names nothing.
    CHECK_FALSE(stance("The council backs the plan.", "parking-fees").has_value());
    // "it" as the object of a stance verb is a generic reference too, and so is "it" opening a
    // clause (it refers back to what the article is about), when nothing else is named.
    CHECK(stance("Shopkeepers say they oppose it.", "parking-fees", "parking-fees") == Polarity::Opposes);
    CHECK_FALSE(stance("Shopkeepers say they oppose it.", "parking-fees").has_value());
    CHECK(stance("It was a mistake, shopkeepers say.", "parking-fees", "parking-fees") == Polarity::Opposes);
    CHECK_FALSE(stance("It was a mistake, shopkeepers say.", "parking-fees").has_value());
}

TEST_CASE("stance tiers: in 'X, but Y' each clause's polarity goes to the position it names") {
    const char* text = "The group will support the permit zone, but has urged the mayor to rule out parking charges.";
    CHECK(stance(text, "resident-permits") == Polarity::Supports);
    CHECK(stance(text, "parking-fees") == Polarity::Opposes);
    // With one position named, the main clause still answers for it.
    CHECK(stance("The permit zone was promised, but we oppose it.", "resident-permits") == Polarity::Opposes);
}

TEST_CASE("stance tiers: 'it' in a quote is its antecedent, not a position its lead-in names after it") {
    // The lead-in names bike lanes only after the quote, in another clause; "it" stands for the
    // position named before the claim (here given as the antecedent).
    DocumentFocus focus;
    focus.antecedent_id = "parking-fees";
    std::string_view context = "She said the city would be 'mad not to try it', but warned that bike lanes would be a harder sell.";
    std::optional<Polarity> fees, lanes;
    for (const auto& h : classifier().classify("mad not to try it", context, focus)) {
        if (h.position_id == "parking-fees") fees = h.polarity;
        if (h.position_id == "bike-lanes") lanes = h.polarity;
    }
    CHECK(fees == Polarity::Supports);
    CHECK(lanes != Polarity::Supports);
    // A lead-in that names the position before the quote still gives it its topic.
    std::optional<Polarity> before;
    for (const auto& h : classifier().classify("mad not to try it", "On bike lanes, she said the city would be 'mad not to try it'.", focus))
        if (h.position_id == "bike-lanes") before = h.polarity;
    CHECK(before == Polarity::Supports);
}

TEST_CASE("stance tiers: a position the lead-in names only after the claim is another clause's topic") {
    std::string_view context =
        "He said the parking fees were 'as good a charge as a city can levy' but that bike lanes were a mistake.";
    std::optional<Polarity> fees, lanes;
    for (const auto& h : classifier().classify("as good a charge as a city can levy", context)) {
        if (h.position_id == "parking-fees") fees = h.polarity;
        if (h.position_id == "bike-lanes") lanes = h.polarity;
    }
    CHECK(fees == Polarity::Supports);
    CHECK_FALSE(lanes);
    // with nothing named before or in the claim, the lead-in after it still names its topic
    std::optional<Polarity> after;
    for (const auto& h : classifier().classify("It is a disaster", "'It is a disaster,' he said of the bike lanes."))
        if (h.position_id == "bike-lanes") after = h.polarity;
    CHECK(after == Polarity::Opposes);
}

TEST_CASE("stance tiers: a word of a participle compound alone does not name the position") {
    // "human" is written only inside "human-caused": alone it names no position; "borough" of
    // "borough-wide" is that compound's noun and still does.
    static const StanceClassifier c(sg::loaders::parse_codebook(R"({"positions": [
      {"id": "manmade-warming", "label": "Human-caused warming", "description": "Warming is caused by people",
       "cues": ["global warming"]},
      {"id": "wide-charter", "label": "Borough-wide charter", "description": "One charter for every school",
       "cues": ["charter ... every school"]}]})", "compound-book.json"));
    auto names = [&](std::string_view text, const std::string& id) {
        for (const auto& h : c.classify(text, {}))
            if (h.position_id == id) return true;
        return false;
    };
    CHECK_FALSE(names("Waste is a serious risk to humans.", "manmade-warming"));
    CHECK(names("We back one rule for the whole borough.", "wide-charter"));
}

TEST_CASE("stance tiers: 'it' opening a clause joined by and/but refers back to the position named before") {
    CHECK(stance("We tried bike lanes on the ring road. We did it first, and it leaked like a sieve.", "bike-lanes") ==
          Polarity::Opposes);
}

TEST_CASE("stance tiers: an -ing word that ends an alias is a noun that names its position") {
    static const StanceClassifier c(sg::loaders::parse_codebook(R"({"positions": [
      {"id": "let-licences", "label": "Licences for holiday lets", "description": "Every holiday let needs a licence",
       "aliases": ["short-let licensing"], "cues": ["licence ... holiday let"]},
      {"id": "night-cap", "label": "A cap on nights", "description": "Lets limited to 90 nights",
       "cues": ["cap ... nights"]}]})", "gerund-book.json"));
    std::optional<Polarity> side;
    for (const auto& h : c.classify("I have no objection to licensing as such.", {}))
        if (h.position_id == "let-licences") side = h.polarity;
    CHECK(side == Polarity::Supports);
    // another -ing form still names nothing ("interested in" is no interest)
    bool named = false;
    for (const auto& h : c.classify("We are capping our prices this year.", {})) named = named || h.position_id == "night-cap";
    CHECK_FALSE(named);
    // parting company with a view opposes it
    std::optional<Polarity> cap;
    for (const auto& h : c.classify("Where I part company with the council is the cap on nights.", {}))
        if (h.position_id == "night-cap") cap = h.polarity;
    CHECK(cap == Polarity::Opposes);
}

TEST_CASE("stance tiers: a cue around the position's words takes a side on it as its object") {
    static const StanceClassifier c(sg::loaders::parse_codebook(R"({"positions": [
      {"id": "council-powers", "label": "Council powers", "description": "Councils set their own rules",
       "cues": ["council|councils ... power|powers"]},
      {"id": "road-charge", "label": "A road charge scheme", "description": "Drivers pay to enter the centre",
       "aliases": ["the scheme"], "cues": ["road charge"]},
      {"id": "carve-outs", "label": "Exemptions", "description": "Some drivers do not pay",
       "cues": ["exemption|exemptions"]}]})", "object-book.json"));
    auto side = [&](std::string_view text, const std::string& id) -> std::optional<Polarity> {
        for (const auto& h : c.classify(text, {}))
            if (h.position_id == id) return h.polarity;
        return std::nullopt;
    };
    // given to it: supports
    CHECK(side("Give councils the power to set a limit, and homes will come back.", "council-powers") == Polarity::Supports);
    // harm done to it: the speaker protects it, and opposes what does the harm
    CHECK(side("A growing list of exemptions would bleed the scheme dry.", "road-charge") != Polarity::Opposes);
    CHECK(side("A growing list of exemptions would bleed the scheme dry.", "carve-outs") == Polarity::Opposes);
    // a cue that is the position's own words is no side on it
    CHECK(side("The council powers review starts today.", "council-powers") != Polarity::Supports);
}

TEST_CASE("stance tiers: an -ing word is not the proposal noun that shares its stem") {
    // with a focus, "the plan" stands for it; "the city without planning permission" names no plan
    CHECK_FALSE(stance("Homes are let in the city without planning permission.", "parking-fees", "parking-fees"));
    CHECK(stance("We oppose the plan.", "parking-fees", "parking-fees") == Polarity::Opposes);
}
