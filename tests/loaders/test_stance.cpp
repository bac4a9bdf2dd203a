// Stance detection on small sentences written for the test, against a small codebook written for
// the test (a fictional debate about a city's tram line and a congestion charge).
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "loaders/codebook/codebook.hpp"
#include "loaders/stance/stance.hpp"

namespace {

using sg::loaders::Polarity;
using sg::loaders::StanceClassifier;

const char* kBook = R"({
  "positions": [
    {"id": "tram-line", "label": "A new tram line", "description": "The city should build the tram line",
     "aliases": ["tramway"], "cues": ["tram line", "tram|trams", "light rail"]},
    {"id": "council-run-depots", "label": "Council-run depots", "description": "The council should run the bus depots",
     "cues": ["run|running ... bus depot", "bus depot ... run by the council"]},
    {"id": "congestion-charge", "label": "Congestion charge", "description": "Drivers should pay a congestion charge",
     "cues": ["congestion charge|charging"]},
    {"id": "costs-controllable", "label": "Costs can be controlled",
     "description": "The project's cost overruns can be controlled",
     "cues": ["cost overrun", "overspend"],
     "supports_cues": ["can be contained", "under control"],
     "opposes_cues": ["spiralling", "inevitable overrun"]}
  ]
})";

const StanceClassifier& classifier() {
    static const StanceClassifier c(sg::loaders::parse_codebook(kBook, "test-book.json"));
    return c;
}

// The polarity found for one position, or nullopt if the text does not address it.
std::optional<Polarity> stance(std::string_view text, const std::string& position, std::string_view context = {}) {
    for (const auto& h : classifier().classify(text, context)) {
        if (h.position_id != position) continue;
        CHECK(h.confidence >= 0.0);
        CHECK(h.confidence <= 1.0);
        return h.polarity;
    }
    return std::nullopt;
}

}  // namespace

TEST_CASE("stance: positions are found by cue, alias and label, across inflections") {
    CHECK(stance("The trams will be late.", "tram-line") == Polarity::About);
    CHECK(stance("Nobody mentioned the tramway.", "tram-line") == Polarity::About);
    CHECK(stance("They were running the bus depots badly.", "council-run-depots").has_value());
    CHECK(stance("The bus depots are run by the council.", "council-run-depots").has_value());
    CHECK(stance("Congestion charging starts in May.", "congestion-charge").has_value());
    CHECK_FALSE(stance("The weather was fine.", "tram-line").has_value());
    CHECK_FALSE(stance("The council will run a survey of buses.", "council-run-depots").has_value());
}

TEST_CASE("stance: plain support and opposition") {
    CHECK(stance("We strongly support the tram line.", "tram-line") == Polarity::Supports);
    CHECK(stance("The tram line is a great opportunity for the city.", "tram-line") == Polarity::Supports);
    CHECK(stance("We oppose the tram line.", "tram-line") == Polarity::Opposes);
    CHECK(stance("A congestion charge would be unacceptable.", "congestion-charge") == Polarity::Opposes);
}

TEST_CASE("stance: negation reverses the cue it governs") {
    CHECK(stance("The union does not support a congestion charge.", "congestion-charge") == Polarity::Opposes);
    CHECK(stance("I am not in favour of the tram line.", "tram-line") == Polarity::Opposes);
    CHECK(stance("We do not think a congestion charge is appropriate.", "congestion-charge") == Polarity::Opposes);
    CHECK(stance("The tram line is not appropriate for a small town.", "tram-line") == Polarity::Opposes);
    CHECK(stance("There is no risk in building the tram line.", "tram-line") == Polarity::Supports);
}

TEST_CASE("stance: modality - deontic modals support, negated modals oppose") {
    CHECK(stance("The council should run the bus depots.", "council-run-depots") == Polarity::Supports);
    CHECK(stance("The bus depots should not be run by the council.", "council-run-depots") == Polarity::Opposes);
    CHECK(stance("Councils can't run bus depots.", "council-run-depots") == Polarity::Opposes);
    CHECK(stance("The council won't run the bus depots.", "council-run-depots") == Polarity::Opposes);
    // Ability and future without negation take no side.
    CHECK(stance("The council can run the bus depots.", "council-run-depots") == Polarity::About);
}

TEST_CASE("stance: contrast - the clause after 'but' weighs more") {
    CHECK(stance("The tram line has some benefits, but it is a dangerous mistake.", "tram-line") == Polarity::Opposes);
    CHECK(stance("The tram line carries some risk, but it is the right thing to do.", "tram-line") == Polarity::Supports);
    CHECK(stance("Although it is a mistake in places, the tram line is a great opportunity.", "tram-line") ==
          Polarity::Supports);
}

TEST_CASE("stance: harm verbs oppose their subject and protect their object") {
    CHECK(stance("A congestion charge would undermine local shops.", "congestion-charge") == Polarity::Opposes);
    CHECK(stance("These cuts will threaten the tram line.", "tram-line") == Polarity::Supports);
}

TEST_CASE("stance: the position's own framing cues from the codebook") {
    CHECK(stance("Any cost overrun can be contained by fixed-price contracts.", "costs-controllable") == Polarity::Supports);
    CHECK(stance("Cost overruns are spiralling.", "costs-controllable") == Polarity::Opposes);
    CHECK(stance("There is an overspend, but it is under control.", "costs-controllable") == Polarity::Supports);
    // A general cue that is the position's own topic is not evidence either way.
    CHECK(stance("Cost overruns were discussed.", "costs-controllable") == Polarity::About);
}

TEST_CASE("stance: unclear or mixed evidence stays About") {
    CHECK(stance("The tram line was discussed on Monday.", "tram-line") == Polarity::About);
    CHECK(stance("The tram line is a good idea and a bad idea.", "tram-line") == Polarity::About);
}

TEST_CASE("stance: a motion that opposes X, opposed, supports X") {
    const char* motion = "This meeting believes a congestion charge would be unacceptable.";
    CHECK(stance(motion, "congestion-charge") == Polarity::Opposes);
    CHECK(stance("I oppose this motion.", "congestion-charge", motion) == Polarity::Supports);
    CHECK(stance("I support the motion.", "congestion-charge", motion) == Polarity::Opposes);
    CHECK(sg::loaders::compose(Polarity::Opposes, Polarity::Opposes) == Polarity::Supports);
    CHECK(sg::loaders::compose(Polarity::Supports, Polarity::About) == Polarity::About);
}

TEST_CASE("stance: context names the topic, the claim takes the side") {
    // A lead-in names the position, the quote is clearly positive but names nothing.
    CHECK(stance("It is simply the right thing to do.", "tram-line", "She said the tram line was overdue:") ==
          Polarity::Supports);
    // Context alone, with a neutral claim, gives About.
    CHECK(stance("We met on Monday.", "tram-line", "They discussed the tram line.") == Polarity::About);
}

TEST_CASE("stance: a plain statement has no contrast or hedge") {
    CHECK(classifier().plain("Owners will register every listing with the council."));
    CHECK(classifier().plain("The limit would not apply to drivers who live in the zone."));
    CHECK_FALSE(classifier().plain("We understand the pressure, but the bill is about housing."));
    CHECK_FALSE(classifier().plain("Although it is late, owners will register."));
}

TEST_CASE("stance: overall polarity of a text") {
    CHECK(classifier().overall("I oppose this.") == Polarity::Opposes);
    CHECK(classifier().overall("We warmly welcome it.") == Polarity::Supports);
    CHECK(classifier().overall("It was Tuesday.") == Polarity::About);
}

TEST_CASE("stance: reported stances give the actor mention with its offsets") {
    auto find = [](std::string_view sentence, const std::string& position) {
        auto all = classifier().reported(sentence);
        auto it = std::find_if(all.begin(), all.end(), [&](const auto& r) { return r.position_id == position; });
        REQUIRE(it != all.end());
        CHECK(sentence.substr(it->actor_begin, it->actor_end - it->actor_begin) == it->actor_text);
        return *it;
    };
    {
        std::string_view s = "Any plan for a congestion charge will be opposed all the way by the Drivers Union.";
        auto r = find(s, "congestion-charge");
        CHECK(r.actor_text == "Drivers Union");
        CHECK(r.polarity == Polarity::Opposes);
    }
    {
        auto r = find("The RTA has rejected plans for a tram line, citing costs.", "tram-line");
        CHECK(r.actor_text == "RTA");
        CHECK(r.polarity == Polarity::Opposes);
    }
    {
        auto r = find("The chamber is backing a change: a congestion charge for the centre.", "congestion-charge");
        CHECK(r.actor_text == "The chamber");
        CHECK(r.polarity == Polarity::Supports);
    }
    {
        auto r = find("Riverside Council voted in favour of the tram line.", "tram-line");
        CHECK(r.actor_text == "Riverside Council");
        CHECK(r.polarity == Polarity::Supports);
        CHECK(r.vote);
    }
    {
        // Voting for a motion that opposes X opposes X.
        auto r = find("The delegates voted in favour of the motion, which insists that the bus depots should not be "
                      "run by the council.",
                      "council-run-depots");
        CHECK(r.actor_text == "The delegates");
        CHECK(r.polarity == Polarity::Opposes);
        CHECK(r.vote);
    }
    {
        auto r = find("The Cyclists Alliance has not rejected the tram line.", "tram-line");
        CHECK(r.polarity == Polarity::Supports);
    }
    {
        auto r = find("On Tuesday the Transit Workers Union came out against the congestion charge.", "congestion-charge");
        CHECK(r.actor_text == "Transit Workers Union");
        CHECK(r.polarity == Polarity::Opposes);
    }
    {
        auto r = find("Councillors voted to reject the tram line by 30 votes to 12.", "tram-line");
        CHECK(r.actor_text == "Councillors");
        CHECK(r.polarity == Polarity::Opposes);
        CHECK(r.vote);
    }
    CHECK(classifier().reported("The tram line opened in May.").empty());
}

namespace {
// The reported stance of `position` in `sentence` as (actor, polarity), or nothing.
std::optional<std::pair<std::string, Polarity>> reported_on(std::string_view sentence, const std::string& position) {
    for (const auto& r : classifier().reported(sentence))
        if (r.position_id == position) return std::make_pair(r.actor_text, r.polarity);
    return std::nullopt;
}
}  // namespace

TEST_CASE("stance: a reported verb's target is its object's head, not a position in a modifier") {
    std::string_view s = "The Mayor ruled out a tram line from the congestion charge zone.";
    auto tram = reported_on(s, "tram-line");
    REQUIRE(tram);
    CHECK(tram->second == Polarity::Opposes);
    CHECK_FALSE(reported_on(s, "congestion-charge"));
    // coordinated objects are both targets
    std::string_view both = "The Greens backed the tram line and the congestion charge.";
    CHECK(reported_on(both, "tram-line"));
    CHECK(reported_on(both, "congestion-charge"));
    // a proposal noun gives way to its complement
    auto plans = reported_on("The Greens backed plans for a congestion charge.", "congestion-charge");
    REQUIRE(plans);
    CHECK(plans->second == Polarity::Supports);
}

TEST_CASE("stance: a weaker naming inside another position's cue is not a second target") {
    // "control" is the head noun of one position's label ("Local control") and a word of the
    // other's alias ("control area"): the alias names the area, not local control.
    static const StanceClassifier c(sg::loaders::parse_codebook(R"({"positions": [
      {"id": "local-control", "label": "Local control", "description": "Towns set their own rules",
       "cues": ["town|towns ... decide"]},
      {"id": "control-area", "label": "Planning control areas", "description": "Whole-home lets need planning consent",
       "aliases": ["control area"]}]})", "control-book.json"));
    auto found = c.reported("The Forum does not back the control area, its director said.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].position_id == "control-area");
    CHECK(found[0].polarity == Polarity::Opposes);
}

TEST_CASE("stance: a reported verb with no object is about the document's subject") {
    auto tram = [](std::string_view s) -> std::optional<Polarity> {
        sg::loaders::DocumentFocus focus;
        focus.position_id = "tram-line";
        for (const auto& r : classifier().reported(s, focus))
            if (r.position_id == "tram-line") return r.polarity;
        return std::nullopt;
    };
    CHECK(tram("The union's president, Ann Keller, testified in favor.") == Polarity::Supports);
    CHECK(tram("The Board voted against, saying costs were too high.") == Polarity::Opposes);
    // with an object, the object decides; without a subject document, nothing is guessed
    CHECK_FALSE(tram("The Board voted against the budget."));
    CHECK(classifier().reported("Ann Keller testified in favor.").empty());
}

TEST_CASE("stance: a reported verb's object ends at a contrast or another clause") {
    std::string_view s = "The Greens backed the tram line but rejected the congestion charge.";
    auto tram = reported_on(s, "tram-line");
    REQUIRE(tram);
    CHECK(tram->second == Polarity::Supports);
    auto charge = reported_on(s, "congestion-charge");
    REQUIRE(charge);
    CHECK(charge->second == Polarity::Opposes);
    CHECK_FALSE(reported_on("The Greens backed the plan because a tram line would follow.", "tram-line"));
}

TEST_CASE("stance: an opposing verb inside the object turns the reported side around") {
    auto r = reported_on("The Greens backed calls to scrap the congestion charge.", "congestion-charge");
    REQUIRE(r);
    CHECK(r->second == Polarity::Opposes);
    auto g = reported_on("The Drivers Union supports scrapping the congestion charge.", "congestion-charge");
    REQUIRE(g);
    CHECK(g->second == Polarity::Opposes);
}

TEST_CASE("stance: a weak naming right before another naming is a modifier, not a target") {
    static const StanceClassifier c(sg::loaders::parse_codebook(R"({"positions": [
      {"id": "night-cap", "label": "Annual cap on rented nights", "description": "Lets limited to 90 nights a year",
       "cues": ["cap ... nights"]},
      {"id": "let-register", "label": "Registration of holiday lets", "description": "Every holiday let is registered",
       "cues": ["register ... holiday let"]}]})", "modifier-book.json"));
    bool cap = false, register_ = false;
    for (const auto& r : c.reported("The Fenmouth Board published a consultation proposing an annual registration fee."))
        (r.position_id == "night-cap" ? cap : register_) = true;
    CHECK(register_);
    CHECK_FALSE(cap);  // "annual" modifies the registration fee
}

TEST_CASE("stance: a participle after a wish's object changes or undoes it") {
    // "wants X scrapped": the side turns; "wants X limited to ...": no side on X as it stands
    auto r = reported_on("The Greens want the congestion charge scrapped.", "congestion-charge");
    REQUIRE(r);
    CHECK(r->second == Polarity::Opposes);
    CHECK_FALSE(reported_on("The Greens want the congestion charge limited to weekdays.", "congestion-charge"));
    // near miss: no participle, the wish stands
    auto w = reported_on("The Greens want the congestion charge in place by May.", "congestion-charge");
    REQUIRE(w);
    CHECK(w->second == Polarity::Supports);
}

TEST_CASE("stance: a subject pronoun with no name before it is the reported actor") {
    auto r = reported_on("She ruled out a congestion charge.", "congestion-charge");
    REQUIRE(r);
    CHECK(r->first == "She");
    CHECK(r->second == Polarity::Opposes);
    // a name before the pronoun is the actor ("X said she ...")
    auto n = reported_on("Ann Keller said she opposed the congestion charge.", "congestion-charge");
    REQUIRE(n);
    CHECK(n->first == "Ann Keller");
}

TEST_CASE("stance: wishes and proposals in the reporter's words take a side") {
    auto r = reported_on("The Greens want a tram line by 2030.", "tram-line");
    REQUIRE(r);
    CHECK(r->first == "Greens");
    CHECK(r->second == Polarity::Supports);
    auto p = reported_on("A congestion charge was floated by the Transport Board on Monday.", "congestion-charge");
    REQUIRE(p);
    CHECK(p->first == "Transport Board");
    CHECK(p->second == Polarity::Supports);
}

TEST_CASE("stance: urging someone to act takes the side of the act") {
    auto r = reported_on("Ann Keller urged the committee to add a tram line to the plan.", "tram-line");
    REQUIRE(r);
    CHECK(r->second == Polarity::Supports);
    auto s = reported_on("Ann Keller urged the council to scrap the congestion charge.", "congestion-charge");
    REQUIRE(s);
    CHECK(s->second == Polarity::Opposes);
}

TEST_CASE("stance: calling on someone to act takes the side of the act; dropping a measure opposes it") {
    auto r = reported_on("Ann Keller called on the council to build a tram line.", "tram-line");
    REQUIRE(r);
    CHECK(r->first == "Ann Keller");
    CHECK(r->second == Polarity::Supports);
    // "drop its ...", "ditch the ...": undoing the measure, with its object
    for (const char* sentence : {"Ann Keller called on the council to drop its proposed congestion charge.",
                                 "Ann Keller urged the council to ditch the congestion charge."}) {
        CAPTURE(sentence);
        auto d = reported_on(sentence, "congestion-charge");
        REQUIRE(d);
        CHECK(d->second == Polarity::Opposes);
    }
}

TEST_CASE("stance: who joins or leads others in an act takes its side, and so does the one joined") {
    // the gerund after "in" is the subject's act, with words between them
    auto led = reported_on("Ann Keller led 27 of her colleagues in calling for a tram line.", "tram-line");
    REQUIRE(led);
    CHECK(led->first == "Ann Keller");
    CHECK(led->second == Polarity::Supports);
    std::vector<std::string> actors;
    for (const auto& x : classifier().reported("Ann Keller joined Councillor Ravi Moss in condemning the congestion charge."))
        if (x.position_id == "congestion-charge" && x.polarity == Polarity::Opposes) actors.push_back(x.actor_text);
    CHECK(std::count(actors.begin(), actors.end(), "Ann Keller") == 1);
    CHECK(std::count(actors.begin(), actors.end(), "Councillor Ravi Moss") + std::count(actors.begin(), actors.end(), "Ravi Moss") == 1);
}

TEST_CASE("stance: speaking against a measure, with a place or occasion between") {
    auto r = reported_on("Ann Keller spoke on the council floor against the congestion charge.", "congestion-charge");
    REQUIRE(r);
    CHECK(r->first == "Ann Keller");
    CHECK(r->second == Polarity::Opposes);
}

TEST_CASE("stance: a position's head noun followed by 'to' and another position gives way to it") {
    // "the vote to ban jet skis" is about the ban, not about the position whose label's head
    // noun is "vote"
    const StanceClassifier c(sg::loaders::parse_codebook(R"({"positions": [
      {"id": "delay-vote", "label": "Delay the council vote", "description": "The council should postpone its vote",
       "cues": ["delay|postpone ... vote"]},
      {"id": "jet-ski-ban", "label": "Jet ski ban", "description": "Jet skis should be banned from the bay",
       "cues": ["ban|banning ... jet ski|skis"]}]})", "bay-book.json"));
    std::optional<Polarity> ban, delay;
    for (const auto& r : c.reported("Ann Keller condemned the vote to ban jet skis from the bay.")) {
        if (r.position_id == "jet-ski-ban") ban = r.polarity;
        if (r.position_id == "delay-vote") delay = r.polarity;
    }
    CHECK(ban == Polarity::Opposes);
    CHECK_FALSE(delay);
}

TEST_CASE("stance: an act only supposed or made possible takes no side; the same act done does") {
    for (const char* sentence : {"The Transport Board has another 15 days to introduce a tram line.",
                                 "The Transport Board has until the end of June to introduce a tram line.",
                                 "If the Transport Board rejects the tram line, the city will lose its grant.",
                                 "For the Transport Board to reject the tram line would be a mistake."}) {
        CAPTURE(sentence);
        auto r = reported_on(sentence, "tram-line");
        CHECK((!r || r->first != "Transport Board"));
    }
    auto done = reported_on("The Transport Board rejected the tram line on Monday.", "tram-line");
    REQUIRE(done);
    CHECK(done->first == "Transport Board");
    CHECK(done->second == Polarity::Opposes);
    auto voted = reported_on("The Transport Board voted to approve the tram line.", "tram-line");
    REQUIRE(voted);
    CHECK(voted->second == Polarity::Supports);
}

TEST_CASE("stance: 'the vote' does not name a position to delay the vote") {
    // "Delay the council vote": its object's head is the thing put off, not the position
    const StanceClassifier c(sg::loaders::parse_codebook(R"({"positions": [
      {"id": "delay-vote", "label": "Delay the council vote", "description": "The council should postpone its vote",
       "aliases": ["postpone the vote"], "cues": ["delay|postpone ... vote"]},
      {"id": "tram-line", "label": "A new tram line", "description": "The council should vote to build the tram line",
       "cues": ["tram line"]}]})", "vote-book.json"));
    auto side = [&](std::string_view text) -> std::optional<Polarity> {
        for (const auto& h : c.classify(text, {}))
            if (h.position_id == "delay-vote") return h.polarity;
        return std::nullopt;
    };
    CHECK_FALSE(side("This is the most important vote in the council's history, and it is a great day."));
    CHECK(side("We must delay the vote until the audit is done, and that is the right thing.") == Polarity::Supports);
}

TEST_CASE("stance: a position the lead-in names only after the claim takes no side from the claim's tone") {
    // "'...,' said X, who introduced the first tram line bill": the quote's praise is of something
    // else
    CHECK(stance("Today, the council took the most important decision in its history", "tram-line",
                 "\u201CToday, the council took the most important decision in its history,\u201D said Ann Keller, who "
                 "wrote the first tram line report in 2006.") != Polarity::Supports);
}

TEST_CASE("stance: a passive of undoing after a reported wish's object turns the wish") {
    // "urged that X be scrapped": the participle stands after the passive's auxiliary
    for (const char* sentence : {"Ann Keller urged the council to ensure that the congestion charge be scrapped.",
                                 "Ann Keller urged the council to see the congestion charge be replaced with a toll."}) {
        CAPTURE(sentence);
        auto r = reported_on(sentence, "congestion-charge");
        REQUIRE(r);
        CHECK(r->second == Polarity::Opposes);
    }
    auto kept = reported_on("Ann Keller urged the council to ensure that the congestion charge be kept.", "congestion-charge");
    REQUIRE(kept);
    CHECK(kept->second == Polarity::Supports);
}

TEST_CASE("stance: a measure's author supports it, its content named after the actor") {
    auto r = reported_on("A bill tabled this month by the transport minister, Ann Keller, would build a tram line.",
                         "tram-line");
    REQUIRE(r);
    CHECK(r->first == "Ann Keller");
    CHECK(r->second == Polarity::Supports);
    auto i = reported_on("The Greens introduced a congestion charge for the centre.", "congestion-charge");
    REQUIRE(i);
    CHECK(i->second == Polarity::Supports);
}

TEST_CASE("stance: a petition takes the side it asks for") {
    auto r = reported_on("The Riverside Tenants Association has collected 11,000 signatures for a tram line.", "tram-line");
    REQUIRE(r);
    CHECK(r->first == "Riverside Tenants Association");
    CHECK(r->second == Polarity::Supports);
    auto p = reported_on("The Drivers Union is petitioning against the congestion charge.", "congestion-charge");
    REQUIRE(p);
    CHECK(p->second == Polarity::Opposes);
}

TEST_CASE("stance: the second of two joined verbs keeps the first one's subject") {
    auto r = reported_on("Ann Keller said she supports the tram line in every form we have seen so far but also wants a congestion charge.",
                         "congestion-charge");
    REQUIRE(r);
    CHECK(r->first == "Ann Keller");
    CHECK(r->second == Polarity::Supports);
}

TEST_CASE("stance: a pronoun subject is the name before it, unless another person stands between") {
    auto r = reported_on("Ann Keller said she supports the tram line.", "tram-line");
    REQUIRE(r);
    CHECK(r->first == "Ann Keller");
    auto g = reported_on("Ann Keller voted against him because he opposes the congestion charge.", "congestion-charge");
    CHECK_FALSE(g);
}

TEST_CASE("stance: a negation before 'the right to X' does not oppose X") {
    // "right" here is an entitlement, not a judgement; the negation governs "override"
    CHECK(stance("The ruling does not override the right to a tram line.", "tram-line") != Polarity::Opposes);
    CHECK(stance("The council was right to build the tram line.", "tram-line") != Polarity::Opposes);
}

TEST_CASE("stance: harm to a position's object protects it; harm denied says nothing of it") {
    CHECK(stance("The ruling would undermine the tram line.", "tram-line") == Polarity::Supports);
    CHECK(stance("The ruling does not undermine the tram line.", "tram-line") != Polarity::Opposes);
    // the object may be a longer phrase that names the position at its end
    CHECK(stance("The ruling takes away the one tool that is working, the tram line.", "tram-line") ==
          Polarity::Supports);
}

TEST_CASE("stance: the subject of a reported verb stands before an apposition or relative clause") {
    auto r = reported_on("Ann Keller, who chairs the Riverside Tenants Association, welcomed the tram line.", "tram-line");
    REQUIRE(r);
    CHECK(r->first == "Ann Keller");
    auto a = reported_on("Ann Keller, chief executive of the Riverside Traders Association, rejected the tram line.", "tram-line");
    REQUIRE(a);
    CHECK(a->first == "Ann Keller");
    CHECK(a->second == Polarity::Opposes);
}

TEST_CASE("stance: not being persuaded that X is right negates the whole clause") {
    CHECK(stance("Ministers were not persuaded that a tram line was the right answer.", "tram-line") ==
          Polarity::Opposes);
    CHECK(stance("Ministers were persuaded that a tram line was the right answer.", "tram-line") == Polarity::Supports);
}

TEST_CASE("stance: a measure that pushes people away is opposed") {
    CHECK(stance("The congestion charge would push families towards the suburbs.", "congestion-charge") ==
          Polarity::Opposes);
    CHECK(stance("A congestion charge will drive shoppers away from the centre.", "congestion-charge") ==
          Polarity::Opposes);
}

TEST_CASE("stance: a cue whose object is a motion takes no side on a position named elsewhere") {
    std::string_view claim = "the tram line had been running for a year";
    std::string_view context = "Ann Keller, speaking in favour of the motion, told the meeting the tram line had been "
                               "running for a year.";
    CHECK(stance(claim, "tram-line", context) != Polarity::Supports);
    // the same cue with the position as its object still counts
    CHECK(stance(claim, "tram-line", "Ann Keller, speaking in favour of the tram line, said it had been running for a year.") ==
          Polarity::Supports);
}

TEST_CASE("stance: words that are cues in one sense and nouns in another") {
    // "a hamper" is a basket, "waste policy" a field: neither opposes
    CHECK(stance("The answer is a reusable mug in every hamper and a tram line to the food bank.", "tram-line") !=
          Polarity::Opposes);
    CHECK(stance("A tram line is the cheapest waste policy you will ever pass.", "tram-line") != Polarity::Opposes);
    // as judgements they still do
    CHECK(stance("The tram line would hamper deliveries and is a waste of money.", "tram-line") == Polarity::Opposes);
}

TEST_CASE("stance: contentment, no objection, a measure that works, costs laid on people") {
    CHECK(stance("I am happy about the tram line.", "tram-line") == Polarity::Supports);
    CHECK(stance("We have nothing against the tram line.", "tram-line") == Polarity::Supports);
    CHECK(stance("The congestion charge is a nudge, and it works.", "congestion-charge") == Polarity::Supports);
    CHECK(stance("A congestion charge would hit families hardest.", "congestion-charge") == Polarity::Opposes);
    // against without "nothing" still opposes
    CHECK(stance("We are against the tram line.", "tram-line") == Polarity::Opposes);
}

TEST_CASE("stance: reducing a harm praises the measure") {
    CHECK(stance("The congestion charge has cut traffic in the centre by a fifth.", "congestion-charge") ==
          Polarity::Supports);
    CHECK(stance("The congestion charge has not cut traffic at all.", "congestion-charge") == Polarity::Opposes);
}

TEST_CASE("stance: 'the opposition' is a party, 'opposition to' a side") {
    CHECK(stance("The opposition says the tram line should go to a vote.", "tram-line") != Polarity::Opposes);
    CHECK(stance("Our opposition to the tram line has not changed.", "tram-line") == Polarity::Opposes);
}

TEST_CASE("stance: hostile input never crashes and keeps offsets inside the text") {
    std::string junk;
    for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>((i * 131 + 7) % 256));
    junk += "\xE2\x80";  // a truncated multi-byte character at the very end
    CHECK_NOTHROW(classifier().classify(junk, junk));
    for (const auto& r : classifier().reported(junk)) {
        CHECK(r.actor_begin <= r.actor_end);
        CHECK(r.actor_end <= junk.size());
    }
    std::string long_sentence;
    for (int i = 0; i < 20000; ++i) long_sentence += "tram line support not but ";
    CHECK_NOTHROW(classifier().classify(long_sentence));
    std::string many_verbs;
    for (int i = 0; i < 2000; ++i) many_verbs += "the Board opposed the motion which rejects the tram line and ";
    auto found = classifier().reported(many_verbs);
    CHECK_FALSE(found.empty());
    CHECK(classifier().classify("").empty());
    CHECK(classifier().reported("").empty());
}

TEST_CASE("stance: a recommendation endorses what it recommends, in the speaker's words or the reporter's") {
    CHECK(stance("We recommend the tram line to the council.", "tram-line") == Polarity::Supports);
    auto r = reported_on("Ann Keller recommended the tram line to the committee.", "tram-line");
    REQUIRE(r);
    CHECK(r->first == "Ann Keller");
    CHECK(r->second == Polarity::Supports);
    // a recommendation to undo it opposes it
    CHECK(stance("We recommend scrapping the tram line.", "tram-line") == Polarity::Opposes);
}

TEST_CASE("stance: titled groups joined by 'and' all share the reported verb") {
    std::vector<std::string> actors;
    for (const auto& r : classifier().reported(
             "Chairman Ann Keller and Councillors Tom Reyes and Mia Stone voted in favour of the tram line."))
        if (r.position_id == "tram-line" && r.polarity == Polarity::Supports) actors.push_back(r.actor_text);
    CHECK(std::find(actors.begin(), actors.end(), "Councillors Tom Reyes") != actors.end());
    CHECK(std::find(actors.begin(), actors.end(), "Mia Stone") != actors.end());
    CHECK(std::any_of(actors.begin(), actors.end(), [](const std::string& a) { return a.find("Ann Keller") != std::string::npos; }));
}

TEST_CASE("stance: what is outweighed is set aside; the side is the outweighing clause's") {
    CHECK(stance("The risks of the tram line outweigh any benefit it would bring.", "tram-line") == Polarity::Opposes);
    CHECK(stance("The benefits of the tram line outweigh the risk.", "tram-line") == Polarity::Supports);
}

TEST_CASE("stance: a matter disputed with someone is named, not sided with") {
    CHECK(stance("We are at odds with the mayor on the need to build the tram line.", "tram-line") != Polarity::Supports);
    CHECK(stance("We disagreed with the mayor over the need to build the tram line.", "tram-line") != Polarity::Supports);
    // the need stated by the speaker is a side
    CHECK(stance("We agree with the mayor on the need to build the tram line.", "tram-line") == Polarity::Supports);
}

TEST_CASE("stance: the words describing a replacement judge the replacement, not what it replaces") {
    CHECK(stance("The tram line should be replaced with an excellent, popular bus service.", "tram-line") == Polarity::Opposes);
    // a framing cue describing the replacement is no side on the position replaced
    CHECK(stance("The overspend should be replaced by a budget kept under control.", "costs-controllable") !=
          Polarity::Supports);
}

TEST_CASE("stance: a list of names each with a party tag in parentheses shares the reported verb") {
    std::vector<std::string> actors;
    for (const auto& r : classifier().reported("Councillors Ann Keller (G-North), Tom Reyes (L-East), Mia Stone (G-West) and "
                                               "Ida Rook (I-South) backed the tram line."))
        if (r.position_id == "tram-line" && r.polarity == Polarity::Supports) actors.push_back(r.actor_text);
    CHECK(actors.size() == 4);
    CHECK(std::find(actors.begin(), actors.end(), "Tom Reyes") != actors.end());
    CHECK(std::find(actors.begin(), actors.end(), "Ida Rook") != actors.end());
}

TEST_CASE("stance: a gerund's object ends where 'and' opens a second gerund with its own object") {
    // condemning the charge is no side on the tram line, named only in the second gerund's object
    bool opposes_tram = false;
    for (const auto& r : classifier().reported("Ann Keller joined the mayor in condemning the congestion charge and announcing "
                                               "a plan for the tram line."))
        if (r.position_id == "tram-line" && r.polarity == Polarity::Opposes) opposes_tram = true;
    CHECK_FALSE(opposes_tram);
    auto charge = reported_on("Ann Keller joined the mayor in condemning the congestion charge and announcing a plan for the "
                              "tram line.", "congestion-charge");
    REQUIRE(charge);
    CHECK(charge->second == Polarity::Opposes);
}

TEST_CASE("stance: a verb of reduction turns the judgement of its object for its subject") {
    CHECK(stance("The tram line would stop the wasteful bus subsidies.", "tram-line") == Polarity::Supports);
    CHECK(stance("The tram line would block an improvement everyone wants.", "tram-line") == Polarity::Opposes);
    // a noun is no verb of reduction: "a spending cut dressed up as" still opposes its subject
    CHECK(stance("The tram line is a spending cut dressed up as transport policy.", "tram-line") == Polarity::Opposes);
}

TEST_CASE("stance: fearing an undoing is a side for what it undoes, with or without 'that'") {
    CHECK(stance("Riders feared that the council would scrap the tram line.", "tram-line") == Polarity::Supports);
    CHECK(stance("Riders feared the council would scrap the tram line.", "tram-line") == Polarity::Supports);
    // a harm done counts as an undoing: giving it away in a bargain
    CHECK(stance("Riders feared the council would trade away the tram line to win votes.", "tram-line") ==
          Polarity::Supports);
    // what is feared to happen to something else says nothing for it
    CHECK(stance("Riders feared the tram line would hurt local shops.", "tram-line") == Polarity::Opposes);
}

TEST_CASE("stance: a harm verb after an article is a noun of another sense") {
    // "every hamper" is a basket, "a compromise" an agreement: no harm done by or to the tram line
    CHECK(stance("The tram line fills every hamper with leaflets.", "tram-line") != Polarity::Opposes);
    CHECK(stance("The council reached a compromise on the tram line.", "tram-line") != Polarity::Supports);
    // the verb still harms
    CHECK(stance("The tram line would hamper deliveries.", "tram-line") == Polarity::Opposes);
}

TEST_CASE("stance: 'the one tool' praises as 'the only tool' does") {
    CHECK(stance("The tram line is the one answer we have left.", "tram-line") == Polarity::Supports);
    CHECK(stance("A tram line is the one tool that scales with the problem.", "tram-line") == Polarity::Supports);
}

TEST_CASE("stance: an occasion called an honour or a privilege is praised") {
    CHECK(stance("It was an honor to ride the tram line on its first day.", "tram-line") == Polarity::Supports);
    CHECK(stance("It is a privilege to open the tram line.", "tram-line") == Polarity::Supports);
}
