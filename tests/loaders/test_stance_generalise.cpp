// Stance detection beyond the codebook's own cues: reported-speech verbs, evaluation by effects,
// conditionals, a document's focus ("the bill"), codebooks with no cues at all, and the indexed
// cue matcher. Small texts written for the test about a fictional city debate.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "loaders/codebook/codebook.hpp"
#include "loaders/stance/stance.hpp"
#include "loaders/stance/stance_analysis.hpp"
#include "loaders/stance/stance_lexicons.hpp"
#include "loaders/stance/stance_patterns.hpp"

namespace {

using sg::loaders::DocumentFocus;
using sg::loaders::Polarity;
using sg::loaders::StanceClassifier;

const char* kBook = R"({
  "positions": [
    {"id": "tram-line", "label": "A new tram line", "description": "The city should build the tram line",
     "cues": ["tram line", "tram|trams"]},
    {"id": "congestion-charge", "label": "Congestion charge", "description": "Drivers should pay a congestion charge",
     "cues": ["congestion charge|charging"]},
    {"id": "city-wide-rules", "label": "City-wide rules", "description": "One rule for every district",
     "cues": ["city-wide"], "opposes_cues": ["tell ... how to"]}
  ]
})";

// Only id, label and description: what a user may write first.
const char* kMinimalBook = R"({
  "positions": [
    {"id": "river-dredging", "label": "Dredging the river",
     "description": "The port authority should dredge the harbour channel every year"},
    {"id": "ferry-subsidy", "label": "Ferry subsidy", "description": "The ferry service should receive a public grant"},
    {"id": "city-permits", "label": "City permits rather than dock-master approval",
     "description": "Mooring permits should be issued by the city hall, instead of by each marina"}
  ]
})";

const StanceClassifier& classifier() {
    static const StanceClassifier c(sg::loaders::parse_codebook(kBook, "test-book.json"));
    return c;
}

const StanceClassifier& minimal() {
    static const StanceClassifier c(sg::loaders::parse_codebook(kMinimalBook, "minimal.json"));
    return c;
}

std::optional<Polarity> stance_of(const StanceClassifier& c, std::string_view text, const std::string& position,
                                  std::string_view context = {}, const DocumentFocus& focus = {}) {
    for (const auto& h : c.classify(text, context, focus))
        if (h.position_id == position) return h.polarity;
    return std::nullopt;
}

std::optional<Polarity> stance(std::string_view text, const std::string& position, std::string_view context = {}) {
    return stance_of(classifier(), text, position, context);
}

// The polarity reported for `actor` on `position` in one journalist's sentence.
std::optional<Polarity> reported(std::string_view sentence, const std::string& actor, const std::string& position,
                                 const DocumentFocus& focus = {}) {
    for (const auto& r : classifier().reported(sentence, focus))
        if (r.actor_text == actor && r.position_id == position) return r.polarity;
    return std::nullopt;
}

}  // namespace

TEST_CASE("stance: verbs of testimony, debate and campaigning in reported speech") {
    CHECK(reported("Ann Lee testified in favor of the tram line.", "Ann Lee", "tram-line") == Polarity::Supports);
    CHECK(reported("Ann Lee spoke in favour of the congestion charge.", "Ann Lee", "congestion-charge") ==
          Polarity::Supports);
    CHECK(reported("The Riders Union testified against the congestion charge.", "Riders Union",
                   "congestion-charge") == Polarity::Opposes);
    CHECK(reported("Ann Lee does not support the tram line.", "Ann Lee", "tram-line") == Polarity::Opposes);
    CHECK(reported("Bo Park remained opposed to the tram line.", "Bo Park", "tram-line") == Polarity::Opposes);
    CHECK(reported("The Drivers Alliance has vowed to fight against the congestion charge.", "Drivers Alliance",
                   "congestion-charge") == Polarity::Opposes);
    // Passive with an irregular participle: the actor follows "by".
    CHECK(reported("The congestion charge will be fought by the Drivers Alliance.", "Drivers Alliance",
                   "congestion-charge") == Polarity::Opposes);
    CHECK(reported("Ann Lee backed the tram line but said the city had to pay for it.", "Ann Lee", "tram-line") ==
          Polarity::Supports);
    CHECK(reported("The Riders Union urged councillors to reject the tram line.", "Riders Union", "tram-line") ==
          Polarity::Opposes);
    CHECK(reported("Ann Lee praised the congestion charge.", "Ann Lee", "congestion-charge") == Polarity::Supports);
    CHECK(reported("Bo Park voiced concerns about the congestion charge.", "Bo Park", "congestion-charge") ==
          Polarity::Opposes);
}

TEST_CASE("stance: who asks for a side takes it; the ones asked do not") {
    // the asker (stance_request_verbs.txt), not the name nearest the verb
    CHECK(reported("Ann Lee encouraged her Council colleagues to support the tram line.", "Ann Lee", "tram-line") ==
          Polarity::Supports);
    CHECK(!reported("Ann Lee encouraged her Council colleagues to support the tram line.", "Council colleagues",
                    "tram-line"));
    CHECK(reported("Bo Park called on the Fenmouth Council to reject the congestion charge.", "Bo Park",
                   "congestion-charge") == Polarity::Opposes);
    CHECK(!reported("Bo Park called on the Fenmouth Council to reject the congestion charge.", "Fenmouth Council",
                    "congestion-charge"));
    // near miss: no verb of asking before the object: the name before "to" is the subject
    CHECK(reported("The Fenmouth Council voted to support the tram line.", "Fenmouth Council", "tram-line") ==
          Polarity::Supports);
}

TEST_CASE("stance: names joined by 'and' share a reported verb") {
    CHECK(reported("Ann Lee and Bo Park backed the tram line.", "Ann Lee", "tram-line") == Polarity::Supports);
    CHECK(reported("Ann Lee and Bo Park backed the tram line.", "Bo Park", "tram-line") == Polarity::Supports);
    // each with a party tag in apposition, an adverb before the verb
    const char* tagged = "Sens. Ann Lee, D-Ore., and Bo Park, R-Ida., today opposed the congestion charge.";
    CHECK(reported(tagged, "Ann Lee", "congestion-charge") == Polarity::Opposes);
    CHECK(reported(tagged, "Bo Park", "congestion-charge") == Polarity::Opposes);
    // a list of three
    const char* three = "Ann Lee, Cy Ward and Bo Park praised the tram line.";
    CHECK(reported(three, "Ann Lee", "tram-line") == Polarity::Supports);
    CHECK(reported(three, "Cy Ward", "tram-line") == Polarity::Supports);
    // near miss: a name in another clause before the subject is not joined to it
    CHECK(!reported("After Ann Lee spoke, Bo Park praised the tram line.", "Ann Lee", "tram-line"));
}

TEST_CASE("stance: a question naming a position answered by a bare refusal opposes it") {
    CHECK(stance("A congestion charge that vanishes into the city's budget? No.", "congestion-charge") ==
          Polarity::Opposes);
    CHECK(stance("A congestion charge for the whole city? Absolutely not.", "congestion-charge") == Polarity::Opposes);
    // near misses: an answer that goes on, or a yes
    CHECK(stance("A congestion charge for the whole city? Yes.", "congestion-charge") != Polarity::Opposes);
    CHECK(stance("Is the tram line late? No, it opens in May.", "tram-line") != Polarity::Opposes);
}

TEST_CASE("stance: quoted speech - endorsement, delight and good or bad effects") {
    CHECK(stance("I'm all for the tram line.", "tram-line") == Polarity::Supports);
    CHECK(stance("We are delighted with the tram line.", "tram-line") == Polarity::Supports);
    CHECK(stance("The congestion charge has made the streets safer.", "congestion-charge") == Polarity::Supports);
    CHECK(stance("The congestion charge could not come soon enough.", "congestion-charge") == Polarity::Supports);
    CHECK(stance("The congestion charge is a waste of everybody's time.", "congestion-charge") == Polarity::Opposes);
    CHECK(stance("The tram line takes the last green space away from us.", "tram-line") == Polarity::Opposes);
    // a crude means, confiscation, striking out, leaving people without
    CHECK(stance("The congestion charge is a blunt instrument.", "congestion-charge") == Polarity::Opposes);
    CHECK(stance("The congestion charge is confiscation of our wages.", "congestion-charge") == Polarity::Opposes);
    CHECK(stance("We will move to strike out the congestion charge.", "congestion-charge") == Polarity::Opposes);
    CHECK(stance("The tram line would leave the east side without a bus.", "tram-line") == Polarity::Opposes);
    // A harm verb far after the mention has its own subject.
    CHECK(stance("The tram line is good news, but some say the old bridge will harm traffic.", "tram-line") !=
          Polarity::Opposes);
    CHECK(stance("We warn against the congestion charge.", "congestion-charge") == Polarity::Opposes);
    CHECK(stance("The congestion charge is draconian.", "congestion-charge") == Polarity::Opposes);
    CHECK(stance("We are fully on board with the tram line.", "tram-line") == Polarity::Supports);
    CHECK(stance("The tram line will make a real difference.", "tram-line") == Polarity::Supports);
    CHECK(stance("We are not on board with the tram line.", "tram-line") == Polarity::Opposes);
    CHECK(stance("The congestion charge takes a huge burden off small shops.", "congestion-charge") ==
          Polarity::Supports);
}

TEST_CASE("stance: conditionals - a hypothetical clause weighs less, an absent requirement is wanted") {
    CHECK(stance("The tram line is wrong.", "tram-line") == Polarity::Opposes);
    CHECK(stance("If the tram line is wrong, we will know soon.", "tram-line") == Polarity::About);
    CHECK(stance("If you build this without a congestion charge, the streets will stay jammed.",
                 "congestion-charge") == Polarity::Supports);
    // Outside a condition "without" still disfavours.
    CHECK(stance("We would be better off without the congestion charge.", "congestion-charge") == Polarity::Opposes);
}

TEST_CASE("stance: a negated wish keeps a framing cue's side, a denial reverses it") {
    CHECK(stance("Our district does not need the city-wide office to tell us how to run our schools.",
                 "city-wide-rules") == Polarity::Opposes);
    CHECK(stance("The city-wide plan is not about telling schools how to teach.", "city-wide-rules") ==
          Polarity::Supports);
}

TEST_CASE("stance: a far negated modal refuses the position only when something refers back to it") {
    CHECK(stance("A city-wide rule means no school ever has to stand alone.", "city-wide-rules") !=
          Polarity::Opposes);
    CHECK(stance("The tram line, frankly, we just do not need it.", "tram-line") == Polarity::Opposes);
}

TEST_CASE("stance: a motion word takes the composed side only when the claim's cue is about it") {
    // "against" is about something else than the amendment: the claim's own side stands.
    CHECK(stance("The amendment passed on Tuesday, yet our members are still firmly against it all.", "tram-line",
                 "The Riders Union had opposed the tram line.") == Polarity::Opposes);
    // "oppose this amendment" is about the amendment, which opposes the tram line: supports it.
    CHECK(stance("We oppose this amendment.", "tram-line", "The amendment says the tram line is a mistake.") ==
          Polarity::Supports);
}

TEST_CASE("stance: a document's focus lets 'the bill' name its main position") {
    const std::string doc =
        "Council votes on tram line\n\nThe tram line bill passed a first vote on Monday. The tram line would "
        "cross the river twice. Supporters of the trams say it will cut traffic. A congestion charge was also "
        "mentioned.";
    DocumentFocus focus = classifier().focus(doc);
    CHECK(focus.position_id == "tram-line");
    CHECK(stance_of(classifier(), "The bill is a mistake.", "tram-line", {}, focus) == Polarity::Opposes);
    CHECK_FALSE(stance_of(classifier(), "The bill is a mistake.", "tram-line").has_value());
    CHECK_FALSE(stance_of(classifier(), "A bill is always a mistake.", "tram-line", {}, focus).has_value());
    CHECK(reported("The Riders Union testified against the bill.", "Riders Union", "tram-line", focus) ==
          Polarity::Opposes);
    CHECK_FALSE(reported("The Riders Union testified against the bill.", "Riders Union", "tram-line").has_value());
    // A proposal noun of one position's own label or id ("Ban cars ...") names that position,
    // not the focus; other proposal nouns ("the plan") name the focus.
    const StanceClassifier banbook(sg::loaders::parse_codebook(R"({"positions": [
        {"id": "car-ban", "label": "Ban cars from the centre", "description": "d", "cues": ["car-free"]},
        {"id": "bus-lanes", "label": "More bus lanes", "description": "d", "cues": ["bus lane|lanes"]}]})",
                                                                   "ban.json"));
    DocumentFocus lanes = banbook.focus("Bus lanes for the city\n\nBus lanes are coming. More bus lanes soon.");
    CHECK(lanes.position_id == "bus-lanes");
    CHECK(stance_of(banbook, "The ban is a mistake.", "car-ban", {}, lanes) == Polarity::Opposes);
    CHECK_FALSE(stance_of(banbook, "The ban is a mistake.", "bus-lanes", {}, lanes).has_value());
    CHECK(stance_of(banbook, "The plan is a mistake.", "bus-lanes", {}, lanes) == Polarity::Opposes);
    // No focus for a text that names nothing, or two positions equally.
    CHECK(classifier().focus("The weather was fine all week.").position_id.empty());
    CHECK(classifier().focus("The tram line and the congestion charge. The tram line and the congestion charge.")
              .position_id.empty());
}

TEST_CASE("stance: a codebook without cues is read from its labels, descriptions and ids") {
    CHECK(stance_of(minimal(), "We oppose dredging the river.", "river-dredging") == Polarity::Opposes);
    CHECK(stance_of(minimal(), "The harbour is silting up.", "river-dredging").has_value());  // distinctive word
    CHECK(stance_of(minimal(), "A subsidy for the ferry is a good idea.", "ferry-subsidy") == Polarity::Supports);
    CHECK(stance_of(minimal(), "The ferry grant is excellent news.", "ferry-subsidy") == Polarity::Supports);
    // Words two positions share, function words and evaluative words never name a position alone.
    CHECK_FALSE(stance_of(minimal(), "Every service should improve.", "ferry-subsidy").has_value());
    CHECK_FALSE(stance_of(minimal(), "We should do it every year.", "river-dredging").has_value());
    // A hyphenated compound of the label or description is a phrase of its own.
    CHECK(stance_of(minimal(), "Nobody asked the dock-master.", "city-permits").has_value());
    // Words after "rather than"/"instead of" name the alternative the position rejects.
    CHECK(stance_of(minimal(), "Each marina should decide.", "city-permits") == Polarity::Opposes);
    CHECK(stance_of(minimal(), "City permits are a good idea.", "city-permits") == Polarity::Supports);
    // A position with cues of its own is not found by its description's words.
    CHECK_FALSE(stance("They will build a stadium.", "tram-line").has_value());
}

TEST_CASE("stance: indexed cue matching finds exactly what trying every start finds") {
    using namespace sg::loaders::stance;
    auto lex = builtin_lexicons();
    const std::string text =
        "They can't hold the contracts; the council held their GP contracts, and \"held\" them again. "
        "Holding contracts held by others is not holding. Don't hold it - contract ... held by nobody.";
    auto tokens = tokenize(text, lex->irregular);
    TokenIndex index(tokens);
    MatchOptions options{&lex->determiners, true};
    for (const char* source : {"hold contract", "hold|run GP contract", "contract ... held by", "can hold", "held",
                               "nobody", "not appropriate", "absent words"}) {
        Pattern p = compile_pattern(source, lex->irregular);
        // (every start, and ends at, just past and beyond each: a start list is cut to the range
        // by its first and last positions, exactly at the edges)
        for (std::size_t from = 0; from <= tokens.size(); ++from)
            for (std::size_t to : {tokens.size(), tokens.size() + 3, from, from + 1, from + 2, from + 7, std::size_t{20}}) {
                auto slow = find_matches(p, tokens, from, to, options);
                auto fast = find_matches(p, tokens, index, from, to, options);
                REQUIRE(slow.size() == fast.size());
                for (std::size_t k = 0; k < slow.size(); ++k) {
                    CHECK(slow[k].first == fast[k].first);
                    CHECK(slow[k].last == fast[k].last);
                    CHECK(slow[k].matched == fast[k].matched);
                }
            }
    }
    // Sanity: the patterns above do match somewhere, so the comparison is not vacuous.
    CHECK(find_matches(compile_pattern("hold contract", lex->irregular), tokens, index, 0, tokens.size(), options)
              .size() >= 2);
    CHECK(find_matches(compile_pattern("can hold", lex->irregular), tokens, index, 0, tokens.size(), options).size() ==
          1);
}

TEST_CASE("stance: indexing the lexicons by first word does not change what a text's analysis finds") {
    using namespace sg::loaders::stance;
    auto indexed = builtin_lexicons();
    Lexicons plain = *indexed;  // same entries, no index: every cue is tried
    for (CueIndex* idx : {&plain.support_index, &plain.oppose_index, &plain.harm_index, &plain.modals_index,
                          &plain.contrast_index, &plain.hedges_index, &plain.reported_index})
        *idx = CueIndex{};
    for (const char* text :
         {"We can't support it, but perhaps the plan is not appropriate; although it may be a good idea.",
          "If you pass this without funding, it won't work. I'm all for it, and we should welcome it.",
          "They don't think the risk is manageable - the scheme threatens jobs and could undermine trust.",
          "Ann Lee testified in favor of the bill; the union voted against it and will fight it."}) {
        Analysis x = analyse(text, *indexed), y = analyse(text, plain);
        REQUIRE(x.cues.size() == y.cues.size());
        CHECK_FALSE(x.cues.empty());
        for (std::size_t k = 0; k < x.cues.size(); ++k) {
            CHECK(x.cues[k].first == y.cues[k].first);
            CHECK(x.cues[k].last == y.cues[k].last);
            CHECK(x.cues[k].kind == y.cues[k].kind);
            CHECK(x.cues[k].weight == y.cues[k].weight);
            CHECK(x.cues[k].negated == y.cues[k].negated);
            CHECK(x.cues[k].contrast == y.cues[k].contrast);
        }
        CHECK(x.markers.size() == y.markers.size());
        CHECK(x.hedge == y.hedge);
    }
}

TEST_CASE("stance: 'it', 'this' and 'the move' in a claim that names nothing refer back to the antecedent") {
    StanceClassifier s(sg::loaders::parse_codebook(kBook, "book.json"));
    DocumentFocus f;
    f.antecedent_id = "congestion-charge";
    auto side = [&](const std::string& claim, const DocumentFocus& focus) {
        for (const auto& h : s.classify(claim, "", focus))
            if (h.position_id == "congestion-charge") return h.polarity;
        return Polarity::About;
    };
    CHECK(side("It will be a disaster for the shops.", f) == Polarity::Opposes);
    CHECK(side("This is a welcome step.", f) == Polarity::Supports);
    CHECK(side("We welcome the move.", f) == Polarity::Supports);
    CHECK(side("These powers would be a mistake.", f) == Polarity::Opposes);
    // without an antecedent or focus, the same words name nothing
    CHECK(s.classify("It will be a disaster for the shops.", "", DocumentFocus{}).empty());
    // a demonstrative determiner is not a pronoun: "this street" names nothing
    CHECK(s.classify("This street is a disaster.", "", f).empty());
    // a claim that names a position itself is not resolved elsewhere
    auto hits = s.classify("It would ruin the tram line.", "", f);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].position_id == "tram-line");
}

TEST_CASE("stance: the speaker's own intent supports, a refusal opposes") {
    StanceClassifier s(sg::loaders::parse_codebook(kBook, "book.json"));
    auto side = [&](const std::string& claim) {
        for (const auto& h : s.classify(claim, ""))
            if (h.position_id == "tram-line") return h.polarity;
        return Polarity::About;
    };
    CHECK(side("We want to build the tram line through the old docks.") == Polarity::Supports);
    CHECK(side("We're going to get the tram line finished by 2030.") == Polarity::Supports);
    CHECK(side("We are applying for the money to extend the tram line.") == Polarity::Supports);
    CHECK(side("We will fight the tram line every step of the way.") == Polarity::Opposes);
    CHECK(side("We will oppose any move to build the tram line.") == Polarity::Opposes);
    CHECK(side("We do not want to build the tram line.") == Polarity::Opposes);
    // someone else's plan is not the speaker's intent
    CHECK(side("The mayor is going to announce the tram line route on Monday.") == Polarity::About);
}

TEST_CASE("stance: evaluation by consequence") {
    StanceClassifier s(sg::loaders::parse_codebook(kBook, "book.json"));
    auto side = [&](const std::string& claim) {
        for (const auto& h : s.classify(claim, ""))
            if (h.position_id == "congestion-charge") return h.polarity;
        return Polarity::About;
    };
    CHECK(side("The congestion charge is a cash grab that will gut the city centre.") == Polarity::Opposes);
    CHECK(side("A congestion charge would be a lifeline for the buses.") == Polarity::Supports);
    CHECK(side("The congestion charge is common sense.") == Polarity::Supports);
    CHECK(side("The congestion charge is not a cash grab.") == Polarity::Supports);
}

TEST_CASE("stance: a cue word inside a longer proper name does not name the position") {
    const char* book = R"({"positions": [
      {"id": "levy", "label": "Visitor levy", "description": "A levy on overnight stays", "cues": ["levy"]},
      {"id": "act", "label": "Repeal", "description": "Repeal the act", "cues": ["act"]}]})";
    StanceClassifier s(sg::loaders::parse_codebook(book, "book.json"));
    auto names = [&](const std::string& text, const std::string& id) {
        for (const auto& h : s.classify(text, ""))
            if (h.position_id == id) return true;
        return false;
    };
    CHECK(names("We oppose the levy.", "levy"));
    CHECK(names("Levy plans were a mistake, she said.", "levy"));  // capital of a sentence opener
    CHECK_FALSE(names("The shop on Levy Street is a disaster.", "levy"));  // a street
    CHECK_FALSE(names("She works for Levy Brothers Catering, a great firm.", "levy"));  // a firm
    CHECK(names("The Visitor Levy Bill is a mistake.", "levy"));  // the policy's own name
    CHECK_FALSE(names("The Clean Air Act is a success.", "act"));  // one word closing a named Act
    CHECK(names("Town Hall Backs Levy In Close Vote", "levy"));  // a Title Case headline
}

TEST_CASE("stance: a label's head noun after a determiner names its position") {
    const char* book = R"({"positions": [
      {"id": "charge", "label": "Congestion charge for the city centre", "description": "Drivers should pay",
       "cues": ["congestion charge"]},
      {"id": "exemptions", "label": "Exemptions from the charge", "description": "Some should not pay",
       "cues": ["exemption|exemptions"]}]})";
    StanceClassifier s(sg::loaders::parse_codebook(book, "book.json"));
    auto side = [&](const std::string& text, const std::string& id) {
        for (const auto& h : s.classify(text, ""))
            if (h.position_id == id) return std::optional<Polarity>(h.polarity);
        return std::optional<Polarity>();
    };
    // "charge" heads the first label and only modifies the second
    CHECK(side("We oppose the charge.", "charge") == Polarity::Opposes);
    CHECK(side("A $10 charge would be a disaster.", "charge") == Polarity::Opposes);
    CHECK_FALSE(side("We oppose the charge.", "exemptions").has_value());
    // without a determiner the word is not a reference ("charge them for it")
    CHECK_FALSE(side("They will charge drivers more, which is a disaster.", "charge").has_value());
}

TEST_CASE("stance: a label's head noun stops at any preposition ('a wall along the border': wall)") {
    const char* book = R"({"positions": [
      {"id": "sea-wall", "label": "A sea wall along the harbour front", "description": "The town should build it",
       "cues": ["sea wall"]},
      {"id": "ferry", "label": "A new ferry for the harbour front", "description": "The town should buy one",
       "cues": ["ferry"]}]})";
    StanceClassifier s(sg::loaders::parse_codebook(book, "book.json"));
    auto side = [&](const std::string& text, const std::string& id) {
        for (const auto& h : s.classify(text, ""))
            if (h.position_id == id) return std::optional<Polarity>(h.polarity);
        return std::optional<Polarity>();
    };
    CHECK(side("We oppose the wall.", "sea-wall") == Polarity::Opposes);
    // "front" is where the wall stands (and the ferry goes), not what the position is
    CHECK_FALSE(side("The front is a place of opportunity.", "sea-wall").has_value());
}

TEST_CASE("stance: in a quote, someone else's attitude is not the speaker's side") {
    StanceClassifier s(sg::loaders::parse_codebook(kBook, "book.json"));
    DocumentFocus quoted;
    quoted.quoted = true;
    auto side = [&](const std::string& text, const DocumentFocus& f) {
        for (const auto& h : s.classify(text, "", f))
            if (h.position_id == "tram-line") return h.polarity;
        return Polarity::About;
    };
    CHECK(side("Instead the council has signed up to the tram line.", quoted) == Polarity::About);
    CHECK(side("He backs the tram line, of course.", quoted) == Polarity::About);
    CHECK(side("We back the tram line.", quoted) == Polarity::Supports);
    CHECK(side("I support the tram line.", quoted) == Polarity::Supports);
    // reported speech ("she backs", the speaker in the third person) keeps its side
    CHECK(side("she backs the tram line", DocumentFocus{}) == Polarity::Supports);
    // evaluation with "it" as subject is still the speaker's: "it will be a disaster"
    CHECK(side("The tram line? It will be a disaster.", quoted) == Polarity::Opposes);
}

TEST_CASE("stance: every side comes with the words that decided it, at their offsets") {
    StanceClassifier s(sg::loaders::parse_codebook(kBook, "book.json"));
    auto hit_for = [&](const std::string& claim, const std::string& ctx, const DocumentFocus& f) {
        for (auto& h : s.classify(claim, ctx, f))
            if (h.position_id == "tram-line") return h;
        return sg::loaders::StanceHit{};
    };
    auto has = [](const sg::loaders::StanceHit& h, const std::string& role, const std::string& words,
                  const std::string& text, bool in_context = false) {
        for (const auto& e : h.evidence)
            if (e.role == role && e.words == words && e.in_context == in_context &&
                text.substr(e.begin, e.end - e.begin) == words)
                return true;
        return false;
    };
    const std::string c1 = "We do not support the tram line.";
    auto h = hit_for(c1, "", DocumentFocus{});
    CHECK(h.polarity == Polarity::Opposes);
    CHECK(has(h, "cue", "support", c1));
    CHECK(has(h, "negation", "not", c1));

    const std::string c2 = "The tram line? We'll fight it.";
    h = hit_for(c2, "", DocumentFocus{});
    CHECK(h.polarity == Polarity::Opposes);
    CHECK(has(h, "intent", "We'll fight", c2));
    CHECK(has(h, "target", "it", c2));

    // a side from the lead-in is evidence in the context
    const std::string ctx = "The mayor said the tram line was a disaster: \"It goes through the tram line depot.\"";
    h = hit_for("It goes through the tram line depot.", ctx, DocumentFocus{});
    CHECK(h.polarity == Polarity::Opposes);
    CHECK(has(h, "cue", "disaster", ctx, true));
    // no side, no evidence
    CHECK(hit_for("The tram line opens in May.", "", DocumentFocus{}).evidence.empty());
}

TEST_CASE("stance: 'X rather than Y' prefers X and rejects Y") {
    StanceClassifier s(sg::loaders::parse_codebook(kBook, "book.json"));
    auto side = [&](const std::string& text, const std::string& id) {
        for (const auto& h : s.classify(text, ""))
            if (h.position_id == id) return h.polarity;
        return Polarity::About;
    };
    const std::string t = "Put the money into the tram line rather than a congestion charge.";
    CHECK(side(t, "tram-line") == Polarity::Supports);
    CHECK(side(t, "congestion-charge") == Polarity::Opposes);
    CHECK(side("A congestion charge instead of the tram line.", "tram-line") == Polarity::Opposes);
    // too far from the marker to be ranked by it
    CHECK(side("The tram line opens in May and the depot in June and the shops later, rather than sooner.",
               "tram-line") == Polarity::About);
}

TEST_CASE("stance: a question asserts no side") {
    StanceClassifier s(sg::loaders::parse_codebook(kBook, "book.json"));
    auto side = [&](const std::string& text) {
        for (const auto& h : s.classify(text, ""))
            if (h.position_id == "tram-line") return h.polarity;
        return Polarity::About;
    };
    CHECK(side("Can you guarantee the tram line won't be a waste of money?") == Polarity::About);
    CHECK(side("Would you scrap the tram line if you were elected?") == Polarity::About);
    CHECK(side("The tram line will be a waste of money.") == Polarity::Opposes);
}

TEST_CASE("stance: an 'it' that stands for the clause to come ('It is clear that ...') names no position") {
    StanceClassifier s(sg::loaders::parse_codebook(kBook, "book.json"));
    auto side = [&](const std::string& text) {
        for (const auto& h : s.classify(text, ""))
            if (h.position_id == "tram-line") return std::optional<Polarity>(h.polarity);
        return std::optional<Polarity>();
    };
    const auto v = side("We discussed the tram line. It should be clear to everyone that the council has not provided "
                        "adequate buses.");
    CHECK((!v || *v == Polarity::About));
    // near miss: "it" with its own verb still refers back
    CHECK(side("We discussed the tram line. It will be a disaster for the high street.") == Polarity::Opposes);
}
TEST_CASE("stance: enacting a measure supports what it does; refusing to act opposes; failing to act is no side") {
    // the measure's content after its comma
    CHECK(reported("The Fenmouth Council passed new transport laws, requiring a tram line on every route.", "Fenmouth Council",
                   "tram-line") == Polarity::Supports);
    CHECK(reported("The Fenmouth Council adopted the congestion charge.", "Fenmouth Council", "congestion-charge") ==
          Polarity::Supports);
    CHECK(reported("Mayor Ann Lee signed the congestion charge.", "Mayor Ann Lee", "congestion-charge") ==
          Polarity::Supports);
    CHECK(reported("Bo Park signed a letter opposing the congestion charge.", "Bo Park", "congestion-charge") ==
          Polarity::Opposes);
    // near miss: "passed" with no measure after it enacts nothing
    CHECK(!reported("The Fenmouth Council passed the tram line depot on its way home.", "Fenmouth Council", "tram-line"));
    // refusal, though "refuse" is an opposing cue of its own, negates the verb it governs
    CHECK(reported("Ann Lee refused to support the tram line.", "Ann Lee", "tram-line") == Polarity::Opposes);
    CHECK(reported("Bo Park declined to back the congestion charge.", "Bo Park", "congestion-charge") == Polarity::Opposes);
    // near miss: a plain "not to" keeps its usual reading (the verb negated, as before)
    CHECK(reported("Ann Lee urged the council not to back the tram line.", "Ann Lee", "tram-line") == Polarity::Opposes);
    // an outcome: the body did not act
    CHECK(!reported("The Fenmouth Council failed to adopt the congestion charge.", "Fenmouth Council", "congestion-charge"));
}

TEST_CASE("stance: whoever is named before an infinitive with its own subject does not act") {
    // "every district" adopts, not the bill's name
    CHECK(!reported("The measure, Fenmouth Bill 12, would require every district to adopt the congestion charge.",
                    "Fenmouth Bill", "congestion-charge"));
    // "Democratic-controlled": a name made an adjective is no actor
    CHECK(!reported("The Democratic-controlled council adopted the congestion charge.", "Democratic", "congestion-charge"));
    // near miss: no noun phrase between the subject and "to"
    CHECK(reported("The Fenmouth Council voted to adopt the congestion charge.", "Fenmouth Council", "congestion-charge") ==
          Polarity::Supports);
}

TEST_CASE("stance: reported speech opening with the speaker's pronoun carries the speaker's intent") {
    // "[X said] she will ..." is X's "we will ..."
    CHECK(stance("she will build the tram line", "tram-line") == Polarity::Supports);
    CHECK(stance("it would fight the congestion charge", "congestion-charge") == Polarity::Opposes);
    // "[its director said] the group would ...": a generic word for a body is the speaker's body
    CHECK(stance("the group would fight the congestion charge", "congestion-charge") == Polarity::Opposes);
    CHECK(stance("the company would pay the congestion charge", "congestion-charge") == Polarity::Supports);
    // near miss: in a quote, "they will" is someone else's plan
    DocumentFocus quoted;
    quoted.quoted = true;
    CHECK(stance_of(classifier(), "they will fight the congestion charge", "congestion-charge", {}, quoted) !=
          Polarity::Opposes);
}

TEST_CASE("stance: an embedded question ('whether or not X is approved') takes no side") {
    const auto q = stance("The depot will be built regardless of whether or not the tram line is approved.", "tram-line");
    CHECK((!q || *q == Polarity::About));
    const auto w = stance("Nobody knows whether the congestion charge will be a success.", "congestion-charge");
    CHECK((!w || *w == Polarity::About));
    // near miss: the same cue outside the question
    CHECK(stance("The tram line will be a success.", "tram-line") == Polarity::Supports);
}

TEST_CASE("stance: a first-person subject in quoted words is no name before it") {
    CHECK(!reported("As a member of the Fenmouth Council, I reject the congestion charge.", "Fenmouth Council",
                    "congestion-charge"));
    // near miss: the body as the subject
    CHECK(reported("As expected, the Fenmouth Council rejected the congestion charge.", "Fenmouth Council",
                   "congestion-charge") == Polarity::Opposes);
}

TEST_CASE("stance: a feeling about an event ('disappointed that the council did not adopt X') takes the event's side") {
    // the event undone by negation turns the feeling
    CHECK(stance("I am disappointed that the council did not adopt the tram line.", "tram-line") == Polarity::Supports);
    // ... or by an act of undoing; the act itself is the council's, not the speaker's
    CHECK(stance("I am pleased that the council rejected the congestion charge.", "congestion-charge") == Polarity::Opposes);
    // near miss: the event done as asked: the feeling as it is
    CHECK(stance("I am disappointed that the council adopted the tram line.", "tram-line") == Polarity::Opposes);
    CHECK(stance("I am pleased that the council adopted the congestion charge.", "congestion-charge") == Polarity::Supports);
}

TEST_CASE("stance: a cue reaches what a noun of asking asks for ('support the call of X for Y')") {
    CHECK(stance("I also support the call of the Fenmouth Riders Union and its members for a tram line.", "tram-line") ==
          Polarity::Supports);
    CHECK(stance("We reject the push by the Fenmouth Traders Association and the chamber for a congestion charge.",
                 "congestion-charge") == Polarity::Opposes);
    // near miss: "for" after no noun of asking: the long phrase keeps the cue away
    const auto far = stance("I also support the members of the Fenmouth Riders Union and its old committee for a tram line.",
                            "tram-line");
    CHECK(far != Polarity::Supports);
}

TEST_CASE("stance: 'The Act, tabled by A, does X': the author of a measure in apposition supports what it does") {
    CHECK(reported("The Fenmouth Transit Act, tabled by Transport Minister Ann Lee, builds a tram line to the port.",
                   "Transport Minister Ann Lee", "tram-line") == Polarity::Supports);
    CHECK(reported("The bill, introduced by Bo Park, puts a congestion charge on the bridge.", "Bo Park",
                   "congestion-charge") == Polarity::Supports);
    // near miss: no measure as the subject: the predicate is not the author's
    CHECK(!reported("The mayor, introduced by Bo Park, spoke about a congestion charge on the bridge.", "Bo Park",
                    "congestion-charge"));
}

TEST_CASE("stance: announcing a measure supports it; an object against it turns the verb") {
    CHECK(reported("The Fenmouth Council announced a tram line to the port.", "Fenmouth Council", "tram-line") ==
          Polarity::Supports);
    CHECK(reported("The Riders Union announced a lawsuit against the tram line.", "Riders Union", "tram-line") ==
          Polarity::Opposes);
    CHECK(reported("Bo Park signed a letter against the congestion charge.", "Bo Park", "congestion-charge") ==
          Polarity::Opposes);
}

TEST_CASE("stance: agreeing on a measure supports it") {
    CHECK(reported("The Fenmouth Council and the Riders Union agreed on a tram line for the port.", "Riders Union",
                   "tram-line") == Polarity::Supports);
    // near miss: agreeing that something is so is speech, not this
    CHECK(!reported("Bo Park agreed that the tram line was late.", "Bo Park", "tram-line"));
}

TEST_CASE("stance: a side stated with a copula ('the union is against the tram line')") {
    CHECK(reported("The Riders Union is against the tram line too.", "Riders Union", "tram-line") ==
          Polarity::Opposes);
    CHECK(reported("The Harbour Traders were against the congestion charge from the start.", "Harbour Traders",
                   "congestion-charge") == Polarity::Opposes);
    // near miss: a preposition of place or contact after the copula takes no side
    CHECK(!reported("The Riders Union is beside the tram line.", "Riders Union", "tram-line"));
}

TEST_CASE("stance: a vote with its count or date between the verb and its aim") {
    CHECK(reported("The Fenmouth Council voted 7-2 in March to oppose the tram line.", "Fenmouth Council",
                   "tram-line") == Polarity::Opposes);
    CHECK(reported("The Fenmouth Council voted unanimously on Tuesday to back the congestion charge.",
                   "Fenmouth Council", "congestion-charge") == Polarity::Supports);
}

TEST_CASE("stance: an adjective after 'is' judges the subject however many intensifiers stand between") {
    CHECK(stance("The tram line is the single most effective thing this city has built.", "tram-line") ==
          Polarity::Supports);
    CHECK(stance("Then there is the tram line, which is by far the most effective.", "tram-line") ==
          Polarity::Supports);
    // negated through the same complement
    CHECK(stance("The tram line is not the single most effective thing this city has built.", "tram-line") ==
          Polarity::Opposes);
}

TEST_CASE("stance: 'it works' after the position is named supports it, 'it' being the reference back") {
    CHECK(stance("We built the tram line last year. It works.", "tram-line") == Polarity::Supports);
    CHECK(stance("We built the tram line last year. It is not pretty, and it works.", "tram-line") ==
          Polarity::Supports);
}

TEST_CASE("stance: 'The X Union (Ms A B, Secretary) supported Y': the body and the person in brackets take the side") {
    const char* s = "2.3 The Riders Union (Ms Ann Lee, Secretary) supported the tram line.";
    CHECK(reported(s, "Riders Union", "tram-line") == Polarity::Supports);
    CHECK(reported(s, "Ms Ann Lee", "tram-line") == Polarity::Supports);  // (the title goes when resolved)
    // near miss: a party tag in brackets is no person, and the name before it is the subject
    const char* tag = "Senator Bo Park (R-Idaho) opposed the tram line.";
    CHECK(reported(tag, "Senator Bo Park", "tram-line") == Polarity::Opposes);
    CHECK(!reported(tag, "R-Idaho", "tram-line"));
    CHECK(!reported(tag, "Idaho", "tram-line"));
}

TEST_CASE("stance: 'X should be withdrawn / scrapped / repealed' opposes X; the modal's wish is the passive verb's") {
    CHECK(stance("The tram line should be scrapped.", "tram-line") == Polarity::Opposes);
    CHECK(stance("The congestion charge must be withdrawn before it does more harm.", "congestion-charge") ==
          Polarity::Opposes);
    CHECK(stance("The tram line must not be scrapped.", "tram-line") == Polarity::Supports);
    // near miss: an event reported, not wished ("was withdrawn")
    CHECK(stance("The tram line was withdrawn in May.", "tram-line") != Polarity::Opposes);
}

TEST_CASE("stance: a concession answered by 'But' one sentence later takes no side") {
    CHECK(stance("We are not against the tram line. Every rider would love a quicker trip. But the route "
                 "costs too much for what it gives.",
                 "tram-line") != Polarity::Supports);
    // near miss: with no answer, the same words support it
    CHECK(stance("We are not against the tram line. Every rider would love a quicker trip.", "tram-line") ==
          Polarity::Supports);
}

TEST_CASE("stance: a wish to put a measure off opposes it ('the charge should be pushed back to 2030')") {
    CHECK(stance("The congestion charge should be pushed back to 2030 for delivery firms.", "congestion-charge") ==
          Polarity::Opposes);
    CHECK(stance("The tram line must be delayed until the money is found.", "tram-line") == Polarity::Opposes);
    // near miss: a delay reported, not wished
    CHECK(stance("The tram line was delayed by the storm.", "tram-line") != Polarity::Opposes);
}

TEST_CASE("stance: 'wants X withdrawn' opposes X: a participle of removal after the object undoes it") {
    CHECK(reported("The Riders Union wants the tram line withdrawn.", "Riders Union", "tram-line") ==
          Polarity::Opposes);
    // near miss: another participle asks nothing of it
    CHECK(reported("The Riders Union wants the tram line finished.", "Riders Union", "tram-line") ==
          Polarity::Supports);
}
