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

// The side `c` finds on `position` in `text` read with `context`, or nullopt if it names none.
std::optional<Polarity> side_in(const StanceClassifier& c, std::string_view text, const std::string& position,
                                std::string_view context = {}, const DocumentFocus& focus = {}) {
    for (const auto& h : c.classify(text, context, focus))
        if (h.position_id == position) return h.polarity;
    return std::nullopt;
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
    CHECK(side_in(classifier(), "mad not to try it", "parking-fees", context, focus) == Polarity::Supports);
    CHECK(side_in(classifier(), "mad not to try it", "bike-lanes", context, focus) != Polarity::Supports);
    // A lead-in that names the position before the quote still gives it its topic.
    CHECK(side_in(classifier(), "mad not to try it", "bike-lanes",
                  "On bike lanes, she said the city would be 'mad not to try it'.", focus) == Polarity::Supports);
}

TEST_CASE("stance tiers: a position the lead-in names only after the claim is another clause's topic") {
    std::string_view context =
        "He said the parking fees were 'as good a charge as a city can levy' but that bike lanes were a mistake.";
    CHECK(side_in(classifier(), "as good a charge as a city can levy", "parking-fees", context) == Polarity::Supports);
    CHECK_FALSE(side_in(classifier(), "as good a charge as a city can levy", "bike-lanes", context));
    // with nothing named before or in the claim, the lead-in after it still names its topic
    CHECK(side_in(classifier(), "It is a disaster", "bike-lanes", "'It is a disaster,' he said of the bike lanes.") ==
          Polarity::Opposes);
}

TEST_CASE("stance tiers: a word of a participle compound alone does not name the position") {
    // "human" is written only inside "human-caused": alone it names no position; "borough" of
    // "borough-wide" is that compound's noun and still does.
    static const StanceClassifier c(sg::loaders::parse_codebook(R"({"positions": [
      {"id": "manmade-warming", "label": "Human-caused warming", "description": "Warming is caused by people",
       "cues": ["global warming"]},
      {"id": "wide-charter", "label": "Borough-wide charter", "description": "One charter for every school",
       "cues": ["charter ... every school"]}]})", "compound-book.json"));
    CHECK_FALSE(side_in(c, "Waste is a serious risk to humans.", "manmade-warming"));
    CHECK(side_in(c, "We back one rule for the whole borough.", "wide-charter"));
}

TEST_CASE("stance tiers: 'it' opening a clause joined by and/but refers back to the position named before") {
    CHECK(stance("We tried bike lanes on the ring road. We did it first, and it leaked like a sieve.", "bike-lanes") ==
          Polarity::Opposes);
}

TEST_CASE("stance tiers: 'that' after ', and' stands for the clause before it, not for the position") {
    static const StanceClassifier c(sg::loaders::parse_codebook(R"({"positions": [
      {"id": "bed-levy", "label": "Bed levy", "description": "Visitors should pay a levy per night",
       "cues": ["levy|levies ... visitor|visitors|night|bed"]}]})", "levy-book.json"));
    DocumentFocus focus;
    focus.position_id = focus.antecedent_id = "bed-levy";
    focus.quoted = true;
    const std::string text = "Everyone who charges for a bed pays it. Inns, campsites, the flat next door. If you "
                             "only put it on the guest houses you'd be choosing favourites, and that's not fair on anybody.";
    for (const auto& h : c.classify(text, text, focus)) CHECK(h.polarity != Polarity::Opposes);
}

TEST_CASE("stance tiers: an -ing word that ends an alias is a noun that names its position") {
    static const StanceClassifier c(sg::loaders::parse_codebook(R"({"positions": [
      {"id": "let-licences", "label": "Licences for holiday lets", "description": "Every holiday let needs a licence",
       "aliases": ["short-let licensing"], "cues": ["licence ... holiday let"]},
      {"id": "night-cap", "label": "A cap on nights", "description": "Lets limited to 90 nights",
       "cues": ["cap ... nights"]}]})", "gerund-book.json"));
    CHECK(side_in(c, "I have no objection to licensing as such.", "let-licences") == Polarity::Supports);
    // another -ing form still names nothing ("interested in" is no interest)
    CHECK_FALSE(side_in(c, "We are capping our prices this year.", "night-cap"));
    // parting company with a view opposes it
    CHECK(side_in(c, "Where I part company with the council is the cap on nights.", "night-cap") == Polarity::Opposes);
}

TEST_CASE("stance tiers: a cue around the position's words takes a side on it as its object") {
    static const StanceClassifier c(sg::loaders::parse_codebook(R"({"positions": [
      {"id": "council-powers", "label": "Council powers", "description": "Councils set their own rules",
       "cues": ["council|councils ... power|powers"]},
      {"id": "road-charge", "label": "A road charge scheme", "description": "Drivers pay to enter the centre",
       "aliases": ["the scheme"], "cues": ["road charge"]},
      {"id": "carve-outs", "label": "Exemptions", "description": "Some drivers do not pay",
       "cues": ["exemption|exemptions"]}]})", "object-book.json"));
    auto side = [&](std::string_view text, const std::string& id) { return side_in(c, text, id); };
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
