// A document that defines a short name for a measure ("... Bill 2027 (the Bill)") means that
// measure by "the Bill" throughout. Invented texts on a harbour debate.
#include <doctest/doctest.h>

#include "loaders/codebook/codebook.hpp"
#include "loaders/stance/defined_terms.hpp"
#include "loaders/stance/stance.hpp"
#include "loaders/stance/stance_lexicons.hpp"

namespace {

using sg::loaders::PositionMention;
using sg::loaders::StanceClassifier;

const char* kBook = R"({"positions": [
  {"id": "berth-levy", "label": "A levy on cruise berths", "description": "Cruise ships should pay a berth levy",
   "aliases": ["berth levy"]},
  {"id": "dredging-ban", "label": "A ban on dredging", "description": "The harbour should not be dredged",
   "aliases": ["dredging ban"]}]})";

const StanceClassifier& classifier() {
    static const StanceClassifier c(sg::loaders::parse_codebook(kBook, "book.json"));
    return c;
}

}  // namespace

TEST_CASE("defined terms: '(the Bill)' after a measure's name is the position that name names") {
    const auto& lex = *sg::loaders::stance::builtin_lexicons();
    const std::string text = "The committee reports on the Harbour (Berth Levy) Bill 2027 (the Bill). It heard 19 witnesses.";
    const std::size_t at = text.find("Berth Levy");
    const std::vector<PositionMention> named{{"berth-levy", at, at + 10}};
    CHECK(sg::loaders::stance::defined_measure(text, named, lex) == "berth-levy");
    // quoted terms too
    const std::string quoted = "the Harbour (Berth Levy) Bill 2027 (\xE2\x80\x9C" "the Bill\xE2\x80\x9D).";
    const std::size_t q = quoted.find("Berth Levy");
    CHECK(sg::loaders::stance::defined_measure(quoted, {{"berth-levy", q, q + 10}}, lex) == "berth-levy");
    // near misses: no proposal noun; a position named in the sentence before; two positions
    CHECK(sg::loaders::stance::defined_measure("the Berth Levy Trust (the Trust).", {{"berth-levy", 4, 14}}, lex).empty());
    const std::string before = "A berth levy was debated. The Harbour Bill 2027 (the Bill) passed.";
    CHECK(sg::loaders::stance::defined_measure(before, {{"berth-levy", 2, 12}}, lex).empty());
    const std::string both = "the Berth Levy and Dredging Ban Bill 2027 (the Bill).";
    CHECK(sg::loaders::stance::defined_measure(both, {{"berth-levy", 4, 14}, {"dredging-ban", 19, 31}}, lex).empty());
}

TEST_CASE("defined terms: the defined measure is the document's focus, so 'the Bill' in a reported stance names it") {
    const std::string doc =
        "Report of the select committee\n\n"
        "1.1 The committee inquired into the Harbour Charges (Berth Levy) Bill 2027 (the Bill).\n\n"
        "2.1 A dredging ban was raised by two witnesses. A dredging ban was opposed by the port.\n\n"
        "2.2 The Port Users Forum supported the Bill.\n";
    const auto focus = classifier().focus(doc);
    CHECK(focus.position_id == "berth-levy");
    bool found = false;
    for (const auto& r : classifier().reported("The Port Users Forum supported the Bill.", focus))
        found = found || (r.position_id == "berth-levy" && r.polarity == sg::loaders::Polarity::Supports);
    CHECK(found);
}
