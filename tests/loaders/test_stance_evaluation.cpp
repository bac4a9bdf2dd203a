// Stance by evaluation: calling a measure the bare minimum, a foundation or a first step supports
// it; "not convinced", "no objection to", arbitrariness and ruin of those affected are read as
// the speaker means them. Small texts written for the test about a fictional school-meals debate.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "loaders/codebook/codebook.hpp"
#include "loaders/stance/stance.hpp"

namespace {

using sg::loaders::Polarity;
using sg::loaders::StanceClassifier;

const char* kBook = R"({
  "positions": [
    {"id": "free-school-meals", "label": "Free school meals for every pupil",
     "description": "Every primary pupil should get a free lunch", "cues": ["free school meal|meals", "free lunch|lunches"]},
    {"id": "sugar-levy", "label": "Levy on sugary drinks",
     "description": "Sugary drinks should carry a levy", "cues": ["sugar|sugary ... levy|tax"]}
  ]
})";

const StanceClassifier& classifier() {
    static const StanceClassifier c(sg::loaders::parse_codebook(kBook, "meals.json"));
    return c;
}

std::optional<Polarity> stance(std::string_view text, const std::string& position) {
    for (const auto& h : classifier().classify(text, {}))
        if (h.position_id == position) return h.polarity;
    return std::nullopt;
}

// The side `text` takes on `position` under a codebook of its own (JSON), for a rule that needs
// framing cues or a position shaped unlike the meals codebook's.
std::optional<Polarity> stance_under(const char* book_json, std::string_view position, std::string_view text) {
    const StanceClassifier c(sg::loaders::parse_codebook(book_json, "book.json"));
    for (const auto& h : c.classify(text, {}))
        if (h.position_id == position) return h.polarity;
    return std::nullopt;
}

}  // namespace

TEST_CASE("stance: calling a measure the minimum, a foundation or a first step supports it") {
    CHECK(stance("Free school meals are the bare minimum a decent country owes its children.", "free-school-meals") ==
              Polarity::Supports);
    CHECK(stance("A free lunch for every child is the foundation of any plan on child poverty.", "free-school-meals") ==
              Polarity::Supports);
    CHECK(stance("The sugar levy is a first step, and more will follow.", "sugar-levy") == Polarity::Supports);
    CHECK(stance("Free school meals are the right answer to hungry classrooms.", "free-school-meals") ==
              Polarity::Supports);
}

TEST_CASE("stance: doubt, objections and ruinous effects") {
    CHECK(stance("The bakers' association is not convinced a sugar levy will change anything.", "sugar-levy") ==
              Polarity::Opposes);
    CHECK(stance("I have no objection to free school meals as such.", "free-school-meals") == Polarity::Supports);
    CHECK(stance("Our main objection is to the sugar levy.", "sugar-levy") == Polarity::Opposes);
    CHECK(stance("The sugar tax is an arbitrary number chosen by officials.", "sugar-levy") == Polarity::Opposes);
    CHECK(stance("A sugar levy will bankrupt the corner shops.", "sugar-levy") == Polarity::Opposes);
}

TEST_CASE("stance: commitment, wishes and fitness for purpose support") {
    CHECK(stance("The dairy farmers would sign up to free school meals tomorrow.", "free-school-meals") ==
              Polarity::Supports);
    CHECK(stance("I would like to see a sugar levy in every region.", "sugar-levy") == Polarity::Supports);
    CHECK(stance("The sugar levy did exactly what it was designed to do.", "sugar-levy") == Polarity::Supports);
}

TEST_CASE("stance: calling a measure something in disguise opposes it; 'all but' is no contrast") {
    CHECK(stance("The sugar levy is a tax on parents in all but name.", "sugar-levy") == Polarity::Opposes);
    CHECK(stance("The sugar levy is a spending cut dressed up as health policy.", "sugar-levy") ==
              Polarity::Opposes);
}

TEST_CASE("stance: 'rather than' names the rejected alternative, it is no 'but' weakening the assertion") {
    // Read as "but", the cue before it would be halved and the stance lost.
    CHECK(stance("The free lunch plan was reasonable, rather than a gimmick for the cameras.", "free-school-meals") ==
              Polarity::Supports);
    // A real "but" still weakens what comes before it and lets the clause after it answer.
    CHECK(stance("The free lunch plan was reasonable, but it is a mistake.", "free-school-meals") == Polarity::Opposes);
}

TEST_CASE("stance: a preference written apart ('would rather see X than Y') favours X and rejects Y") {
    CHECK(stance("He would rather see a sugar levy than a cut to school budgets.", "sugar-levy") == Polarity::Supports);
    CHECK(stance("She'd rather keep packed lunches than see free school meals for everyone.", "free-school-meals") ==
          Polarity::Opposes);
    // "rather" without a "than" is no preference
    CHECK(stance("He would rather not say whether the sugar levy is fair.", "sugar-levy") != Polarity::Supports);
}

TEST_CASE("stance: a claim put up to be judged ('To suggest X ... is laughable', 'the idea that X ...') is not the speaker's") {
    // read as the speaker's, "laughable" would land on the levy named in the subject
    CHECK(stance("To suggest the sugar levy changes what children drink is laughable.", "sugar-levy") !=
          Polarity::Opposes);
    // the claim's own cue ("would harm") is what the speaker calls a myth
    CHECK(stance("The idea that the sugar levy would harm poor families is a myth.", "sugar-levy") != Polarity::Opposes);
    // the same words asserted are the speaker's
    CHECK(stance("The sugar levy would harm poor families.", "sugar-levy") == Polarity::Opposes);
}

TEST_CASE("stance: a label word counts beside the position's own explicit cue in the same clause") {
    // "levy" (a word of the label only) stands by the cue; "sugar taxes" (an explicit cue of the
    // same position) is far from it. The explicit cue competes with no other position, so the
    // label word still names the levy where the speaker's verb is.
    CHECK(stance("She does not back the levy in its present form, because of the duplication with the existing "
                 "sugar taxes on imports.",
                 "sugar-levy") == Polarity::Opposes);
}

TEST_CASE("stance: a burden falling hardest on someone, little effect, a price worth paying, reserve") {
    CHECK(stance("The sugar levy would fall hardest on families with the least.", "sugar-levy") == Polarity::Opposes);
    CHECK(stance("The sugar levy would do little for children's teeth.", "sugar-levy") == Polarity::Opposes);
    CHECK(stance("With the sugar levy, everything goes wrong for the corner shops.", "sugar-levy") == Polarity::Opposes);
    CHECK(stance("The sugar levy is a small price for healthier teeth.", "sugar-levy") == Polarity::Supports);
    CHECK(stance("We back free school meals without reservation.", "free-school-meals") == Polarity::Supports);
    CHECK(stance("Parents would not accept a sugar levy that fell on water too.", "sugar-levy") == Polarity::Opposes);
}

TEST_CASE("stance: 'without it' after a mention makes the thing named a requirement") {
    CHECK(stance("The sugar levy stays, as without it teeth rot.", "sugar-levy") ==
          Polarity::Supports);
    // without a word referring back, "without" is the absence it says
    CHECK(stance("The sugar levy came without warning and without consultation.", "sugar-levy") == Polarity::Opposes);
}

TEST_CASE("stance: a request the speaker made and a cost the speaker will bear support what they name") {
    CHECK(stance("We asked for a sugar levy and we got one.", "sugar-levy") == Polarity::Supports);
    CHECK(stance("We would pay the sugar levy tomorrow.", "sugar-levy") == Polarity::Supports);
    CHECK(stance("We would not pay the sugar levy.", "sugar-levy") == Polarity::Opposes);
    // a negator right after a frame of intent negates the frame too, not only the verb after it
    CHECK(stance("We will not back a sugar levy.", "sugar-levy") == Polarity::Opposes);
}

TEST_CASE("stance: 'favour' as a verb with its object supports; 'a favour' (a kindness) is no cue") {
    CHECK(stance("I favour a sugar levy on every can.", "sugar-levy") == Polarity::Supports);
    CHECK(stance("We favoured the sugar levy from the start.", "sugar-levy") == Polarity::Supports);
    // "not a favour": the denial of a kindness, not of support
    CHECK(stance("The sugar levy makes it the law, not a favour.", "sugar-levy") != Polarity::Opposes);
}

TEST_CASE("stance: the reason given for a side ('because without it ...') does not turn it") {
    const char* book = R"({"positions": [
      {"id": "data-sharing", "label": "Platforms share booking data", "description": "Platforms should share booking data",
       "cues": ["data-sharing|data sharing"], "supports_cues": ["enforce|enforced"]}]})";
    StanceClassifier s(sg::loaders::parse_codebook(book, "book.json"));
    auto side = [&](const std::string& text) {
        for (const auto& h : s.classify(text, ""))
            if (h.position_id == "data-sharing") return std::optional<Polarity>(h.polarity);
        return std::optional<Polarity>();
    };
    CHECK(side("The network supported the data-sharing provisions, because without them the cap could not be enforced.") ==
          Polarity::Supports);
    // near miss: with no side taken before it, the reason's own words decide
    CHECK(side("The data-sharing rules matter because without them the cap could not be enforced.") != Polarity::Opposes);
}

TEST_CASE("stance: 'X is (also) right' supports X; 'the right to X' is no judgement") {
    CHECK(stance("The sugar levy is also right, and overdue.", "sugar-levy") == Polarity::Supports);
    CHECK(stance("Shops keep the right to a sugar levy exemption.", "sugar-levy") != Polarity::Supports);
}

TEST_CASE("stance: removing or replacing a measure opposes it; the words without an object are no cue") {
    CHECK(stance("Remove the sugar levy.", "sugar-levy") == Polarity::Opposes);
    CHECK(stance("We would remove the sugar levy.", "sugar-levy") == Polarity::Opposes);
    CHECK(stance("Replace the sugar levy with a school garden fund.", "sugar-levy") == Polarity::Opposes);
    CHECK(stance("The sugar levy pays to replace old water fountains.", "sugar-levy") != Polarity::Opposes);
}

TEST_CASE("stance: a measure called a violation of the law, or unlawful, is opposed") {
    CHECK(stance("The sugar levy is a violation of the rights of shopkeepers.", "sugar-levy") == Polarity::Opposes);
    CHECK(stance("This sugar levy is unconstitutional.", "sugar-levy") == Polarity::Opposes);
    // near miss: no violation found is no judgement against it
    CHECK(stance("Inspectors found no violation of the sugar levy.", "sugar-levy") != Polarity::Opposes);
}

TEST_CASE("stance: a measure judged lawful (as a predicate) is supported; 'lawful' as a modifier judges nothing") {
    CHECK(stance("Having read the advice, I believe the sugar levy is lawful.", "sugar-levy") == Polarity::Supports);
    CHECK(stance("The sugar levy was constitutional, the court found.", "sugar-levy") == Polarity::Supports);
    CHECK(stance("The sugar levy applies to lawful traders and lawful imports alike.", "sugar-levy") == Polarity::About);
}

TEST_CASE("stance: a name of several words between a cue and a mention counts as one word") {
    // "support" stands 10 words before "free school meals", four of them the association's name
    CHECK(stance("We support the call of the Fenmouth Parents and Teachers Association for free school meals.",
                 "free-school-meals") == Polarity::Supports);
}

TEST_CASE("stance: an act on a measure judged by what follows takes the act's sign times the judgement's") {
    // rejecting it would be harmful: support; approving it would be a mistake: opposition
    CHECK(stance("Rejecting the sugar levy would be a terrible mistake.", "sugar-levy") == Polarity::Supports);
    CHECK(stance("For the council to scrap free school meals would hurt thousands of families.", "free-school-meals") ==
          Polarity::Supports);
    CHECK(stance("For the U.K. Parliament to suddenly reject the sugar levy would damage trust.", "sugar-levy") ==
          Polarity::Supports);
    CHECK(stance("Failure to approve the sugar levy will harm children's teeth.", "sugar-levy") == Polarity::Supports);
    // near miss: the act's own sign stands when nothing judges it
    CHECK(stance("We reject the sugar levy.", "sugar-levy") == Polarity::Opposes);
}

TEST_CASE("stance: 'it would be <judgement> to <act> X' takes the act's sign times the judgement's") {
    CHECK(stance("It would be reckless to reject the sugar levy.", "sugar-levy") == Polarity::Supports);
    CHECK(stance("It's wrong to oppose free school meals.", "free-school-meals") == Polarity::Supports);
    CHECK(stance("It would be a mistake to approve the sugar levy.", "sugar-levy") == Polarity::Opposes);
}

TEST_CASE("stance: a speaker's intent to do a harm or a removal to X opposes X; the frame adds nothing") {
    // "the levy undoes years of work" harms what the speaker protects; "we will undo it" removes it
    CHECK(stance("We will undo the sugar levy as soon as we can.", "sugar-levy") == Polarity::Opposes);
    CHECK(stance("We will quickly scrap the sugar levy.", "sugar-levy") == Polarity::Opposes);
    CHECK(stance("New rules would undo free school meals in every county.", "free-school-meals") == Polarity::Supports);
    // near miss: a noun after the frame is what is wanted ("asked for a pause")
    CHECK(stance("We asked for a levy on sugary drinks and we got one.", "sugar-levy") == Polarity::Supports);
}

TEST_CASE("stance: 'the last thing X needs is Y' opposes Y") {
    CHECK(stance("The last thing this town needs is a sugar levy.", "sugar-levy") == Polarity::Opposes);
    CHECK(stance("The one thing this town needs is a sugar levy.", "sugar-levy") == Polarity::Supports);
}

TEST_CASE("stance: a framing cue negated inside a purpose clause keeps its side (the harm avoided)") {
    static const char* kBookVeto = R"({"positions": [
      {"id": "town-veto", "label": "Town veto over new quarries", "cues": ["town|council ... veto"],
       "opposes_cues": ["patchwork"]}]})";
    auto side = [&](std::string_view text) { return stance_under(kBookVeto, "town-veto", text); };
    CHECK(side("Replace the town veto with a duty to consult, so that permits are not decided by a patchwork of "
               "local rules.") == Polarity::Opposes);
    // near miss: outside a purpose clause the negation denies the framing
    CHECK(side("The town veto will not create a patchwork of local rules.") == Polarity::Supports);
}

TEST_CASE("stance: asking someone to act supports what they are asked to do; a negator in the gap reverses it") {
    CHECK(stance("I urge the minister to bring in the sugar levy this year.", "sugar-levy") == Polarity::Supports);
    CHECK(stance("I urge the minister not to bring in the sugar levy.", "sugar-levy") == Polarity::Opposes);
    CHECK(stance("We encourage the council not to scrap free school meals.", "free-school-meals") == Polarity::Supports);
    // a negator that is a word of the cue itself is no gap ("not go far enough" stays one cue)
    CHECK(stance("The sugar levy does not go far enough.", "sugar-levy") == Polarity::Opposes);
}

TEST_CASE("stance: a weak or strong case for X judges X") {
    CHECK(stance("It is hard to imagine a weaker case for a sugar levy.", "sugar-levy") == Polarity::Opposes);
    CHECK(stance("The case is overwhelming: there is a compelling case for free school meals.", "free-school-meals") ==
          Polarity::Supports);
}

TEST_CASE("stance: a position's words in a cue's gap still name it") {
    // "urged every ... to" spans the position's words; they are no idiom of the cue
    CHECK(stance("She was delighted and urged every school to offer free school meals.", "free-school-meals") ==
          Polarity::Supports);
}

TEST_CASE("stance: a harm verb inside a mention's gap has the mention's later words as its object") {
    // "sugar ... levy" spans the whole clause; the levy is what is undermined
    CHECK(stance("Sugar lobbyists would undermine the levy at every turn.", "sugar-levy") == Polarity::Supports);
}

TEST_CASE("stance: 'nobody', 'nothing' and a relative clause of them negate the cue") {
    CHECK(stance("There is nothing wrong with the sugar levy.", "sugar-levy") == Polarity::Supports);
    CHECK(stance("But there was almost nobody who argued against a sugar levy.", "sugar-levy") == Polarity::Supports);
    // near miss: a relative clause of somebody else is not negated
    CHECK(stance("There was a trader who argued against a sugar levy.", "sugar-levy") != Polarity::Supports);
}

TEST_CASE("stance: a side taken on a side taken on X multiplies: 'support a ban on X' opposes X") {
    CHECK(stance("We support a ban on free school meals.", "free-school-meals") == Polarity::Opposes);
    CHECK(stance("We oppose the repeal of the sugar levy.", "sugar-levy") == Polarity::Supports);
    CHECK(stance("We oppose a ban on free school meals.", "free-school-meals") == Polarity::Supports);
    CHECK(stance("Parents call for an end to free school meals.", "free-school-meals") == Polarity::Opposes);
    // alone, the inner side stands
    CHECK(stance("The repeal of the sugar levy is coming.", "sugar-levy") != Polarity::Supports);
}

TEST_CASE("stance: 'changes to X' takes a side only under another ('push for changes to X')") {
    CHECK(stance("The union will push for changes to free school meals.", "free-school-meals") == Polarity::Opposes);
    // under the speaker's own intent frame too
    CHECK(stance("We will push for changes to free school meals.", "free-school-meals") == Polarity::Opposes);
    // alone it is a change, not a judgement
    CHECK(stance("Changes to free school meals come into force in May.", "free-school-meals") == Polarity::About);
}

TEST_CASE("stance: the predicate of a long subject reaches its head; 'illegal' judges as a predicate only") {
    CHECK(stance("Any sugar levy on drinks sold in schools in the county from next year onwards would be illegal.",
                 "sugar-levy") == Polarity::Opposes);
    // a modifier judges nothing: "illegal dumping" is no verdict on the levy
    CHECK(stance("The sugar levy will pay for a crackdown on illegal dumping.", "sugar-levy") != Polarity::Opposes);
    // a clause of its own inside the subject has its own verb: no reach past it
    CHECK(stance("A sugar levy on drinks that parents in the county said was needed for years is not the issue here.",
                 "sugar-levy") != Polarity::Opposes);
}

TEST_CASE("stance: making a bad thing worse opposes the subject and protects nothing") {
    CHECK(stance("The sugar levy could worsen tensions between shops and schools.", "sugar-levy") == Polarity::Opposes);
}

TEST_CASE("stance: 'against' right after a word of the mention is its complement, no side") {
    static const char* kBookDocks = R"({"positions": [{"id": "dock-sanctions",
        "label": "Sanctions on the dock company", "cues": ["sanctions ... dock company"]}]})";
    auto side = [&](std::string_view text) { return stance_under(kBookDocks, "dock-sanctions", text); };
    CHECK(side("The council is still prepared to go ahead with sanctions against the dock company.") == Polarity::Supports);
    // near miss: "against" before the mention is a side
    CHECK(side("We are against any sanctions on the dock company.") == Polarity::Opposes);
}

TEST_CASE("stance: 'not only ... but' adds, it does not negate; reducing a threat and the cost of inaction praise") {
    CHECK(stance("The sugar levy would not only save lives but would reduce the threat to children's teeth.",
                 "sugar-levy") == Polarity::Supports);
    CHECK(stance("The risk of not acting outweighs any doubt about the sugar levy.", "sugar-levy") == Polarity::Supports);
    // a plain "not" still negates
    CHECK(stance("The sugar levy would not save lives.", "sugar-levy") == Polarity::Opposes);
}

TEST_CASE("stance: an example of a cue's object ('including X', 'such as X') is as near as the object") {
    CHECK(stance("We support any measure that gets children fed at lunchtime every day, including free school meals.",
                 "free-school-meals") == Polarity::Supports);
    CHECK(stance("We oppose new taxes on families and shops in the county, such as a sugar levy.", "sugar-levy") ==
          Polarity::Opposes);
}

TEST_CASE("stance: 'X works' as X's predicate supports it; 'X will not work' opposes; 'works on' is no verdict") {
    CHECK(stance("A sugar levy on fizzy drinks works. Sales fall and teeth get better.", "sugar-levy") == Polarity::Supports);
    CHECK(stance("The sugar levy will not work.", "sugar-levy") == Polarity::Opposes);
    CHECK(stance("The sugar levy works on a simple principle.", "sugar-levy") == Polarity::About);
}

TEST_CASE("stance: an announced vote ('vote yes', 'vote no') takes the side of the vote") {
    CHECK(stance("On the sugar levy, I will vote yes.", "sugar-levy") == Polarity::Supports);
    CHECK(stance("On the sugar levy, I will vote no.", "sugar-levy") == Polarity::Opposes);
}

TEST_CASE("stance: a position's word after 'my' is the speaker's own, no mention") {
    static const char* kBookReview = R"({"positions": [{"id": "council-review",
        "label": "Council review of the budget", "cues": ["council ... review"]}]})";
    auto side = [&](std::string_view text) { return stance_under(kBookReview, "council-review", text); };
    CHECK_FALSE(side("In my review, I placed great importance on the figures.").has_value());
    CHECK(side("The review is a great idea.") == Polarity::Supports);
}

TEST_CASE("stance: 'and asked that ...' opens a clause, so a weak mention before it keeps its side") {
    // "the levy" names the sugar levy only weakly (its head noun); free school meals are named in
    // full in the clause after "and asked"
    CHECK(stance("The union supported the levy and asked that free school meals be kept as they are.", "sugar-levy") ==
          Polarity::Supports);
}

TEST_CASE("stance: 'a fair bit of' is a quantity, no judgement") {
    CHECK(stance("I have spent a fair bit of the month arguing about free school meals.", "free-school-meals") ==
          Polarity::About);
    CHECK(stance("Free school meals are fair to every family.", "free-school-meals") == Polarity::Supports);
}

TEST_CASE("stance: an act's object may be a noun phrase the mention completes ('the ... provisions in X')") {
    CHECK(stance("It would be reckless to reject the long, detailed and costed provisions of the sugar levy.",
                 "sugar-levy") == Polarity::Supports);
}

TEST_CASE("stance: 'without it' referring back to X needs X, as near as the word that stands for it") {
    CHECK(stance("Free school meals were the one thing many families in this district had, and without them "
                 "children would go hungry.", "free-school-meals") == Polarity::Supports);
}

TEST_CASE("stance: a cue reaches the second of two objects joined by 'and' as near as the first") {
    static const char* kBookAppeals = R"({"positions": [
      {"id": "end-appeals", "label": "Removing objectors' right of appeal",
       "description": "Neighbours should no longer be able to appeal against the approval of a quarry",
       "cues": ["appeal|appeals ... right|rights|neighbour|neighbours|third-party"]}]})";
    auto side = [&](std::string_view text) { return stance_under(kBookAppeals, "end-appeals", text); };
    // the first object is long: read by distance alone, the cue did not reach the second
    CHECK(side("the group strongly supported the 90-day decision deadline and the end of third-party merits appeals, "
               "which it called the biggest single source of risk in a quarry's life") == Polarity::Supports);
    // ... as it reaches the first: the end of appeals named first
    CHECK(side("the group strongly supported the end of third-party appeals") == Polarity::Supports);
}

TEST_CASE("stance: 'but not' before a noun phrase turns down what it names") {
    CHECK(stance("We back free school meals, but not a sugar levy.", "sugar-levy") == Polarity::Opposes);
    CHECK(stance("We back free school meals, but not through a sugar levy.", "sugar-levy") == Polarity::Opposes);
    // before an adjective it excepts nothing: the judgement before it stands
    CHECK(stance("The sugar levy is welcome but not surprising.", "sugar-levy") == Polarity::Supports);
}

TEST_CASE("stance: a defence of someone's conduct ('had done nothing wrong') judges no measure") {
    CHECK(stance("On the sugar levy, we have done nothing wrong.", "sugar-levy") != Polarity::Supports);
}

TEST_CASE("stance: closing the loopholes in a measure strengthens it; the loopholes alone fault it") {
    CHECK(stance("We must close the loopholes in the sugar levy.", "sugar-levy") == Polarity::Supports);
    CHECK(stance("Ministers should plug the gaps in the sugar levy.", "sugar-levy") == Polarity::Supports);
    CHECK(stance("The sugar levy is full of loopholes.", "sugar-levy") == Polarity::Opposes);
}
