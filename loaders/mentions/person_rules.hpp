// Why a run of capitalised words is not a person, as a table of small named rules (issue 14: on
// real news a third of the "people" were laws, programmes, places or role titles). The mention
// finder has found a run it would take for a person with no title ("Skies Act", "Benton Harbor",
// "Save Energy"); it asks `not_a_person` first, and the first rule that applies names the reason.
// Each rule is one function, tested alone in tests/loaders/test_person_rules.cpp.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

#include "loaders/mentions/lexicons.hpp"
#include "loaders/mentions/token_context.hpp"

namespace sg::loaders {

// The candidate run: tokens [begin, end) of the paragraph.
struct NameRun {
    const Ctx& c;
    std::size_t begin;
    std::size_t end;
    const Lexicons& lx;
    bool follows_person = false;  // the token before the run's connector ends a person's mention
};

struct NotAPersonRule {
    std::string_view name;
    bool (*applies)(const NameRun&);
};

// Token j is the head word of a law or plan's name (thing_heads.txt): "Act", "Bill" - but not
// before a name ("Bill Lopez"). Shared by names_a_thing and collect_thing_names.
bool thing_head_at(const Ctx& c, std::size_t j, const Lexicons& lx);

// "the Clean Air Act", "Thrift Savings Plan (TSP)": the capitalised words the run belongs to
// reach a law, plan or programme word (thing_heads.txt).
bool names_a_thing(const NameRun& run);
// "South Carolina", "Benton Harbor", "Van Buren Counties": a US state of two words or more, or a
// run ending in a place word (place_heads.txt) or a US state ("Audubon California") whose first
// word is no given name.
bool names_a_place(const NameRun& run);
// "to Fenby Marsh, Michigan", "in Quaymill, New Mexico.": a run right before a comma and a US state
// (with no capitalised word after it: "Ann Hale, Michigan Democrat" is a person) is a town.
bool names_a_town_of_a_state(const NameRun& run);
// "Oregon, Idaho, Quayle Isles, East Fenland, and Ohio": an item of a comma list that also holds
// a US state (within 24 tokens) is a place, unless it opens with a given name.
bool is_listed_with_states(const NameRun& run);
// "Ann Hale, National Harbour Advisor,": right after a person and its comma, a run of two words or
// more ending in a role noun, its first word no given name and no title before it, is a role title.
bool ends_in_role_noun(const NameRun& run);
// "Election Day", "Michigan Monday", "Second Presidential Debate": a run ending in a day or event
// word (event_heads.txt) whose first word is no given name.
bool names_an_event(const NameRun& run);
// "the Alliance to Save Energy", "Application for Federal Student Aid", "Research Through
// Advancing ...": after a capitalised word in mid-sentence and "to", "for" or "through" the run
// goes on that word's name.
bool continues_a_name(const NameRun& run);
// "the New Orleans Saints", "New Westport Rangers fans": right after a capitalised word that
// never starts a name (name_stopwords.txt: "New", "Western"; not a title or role), a run whose
// first word is no given name and whose last is a plural common noun goes on that word's name (a
// team, a group).
bool continues_a_stopword_name(const NameRun& run);
// "Interim Vice President of Student Affairs": a run ending in a role noun, its first word no
// given name, before "of", "at" or "for" and a capitalised word is a role title.
bool is_a_role_title(const NameRun& run);
// "Vice Chair", "Deputy Inspector", "Assistant Attorney General": every word a role noun, a title
// or a qualifier of one (role_qualifiers.txt), one role noun or title at least.
bool is_only_role_words(const NameRun& run);

// "the right hon. and learned Gentleman said": one word that addresses the holder of a place
// (forms_of_address.txt), with no title before it.
bool is_a_form_of_address(const NameRun& run);

// "Simply stated, ...", "Frankly, ...": one word in -ly that is a common English word (an
// adverb opening a sentence; "Kelly", "Daly" are no words).
bool is_an_adverb(const NameRun& run);

std::span<const NotAPersonRule> not_a_person_rules();

// The name of the first rule of the table that applies to the run, or empty when none does.
std::string_view not_a_person(const NameRun& run);

// "Sheriff" of "Berrien County Sheriff Paul Bailey": a capitalised role noun inside a run that
// is followed by a name word opens the next name, so the run stops before it.
bool role_opens_name(const Ctx& c, std::size_t k, const Lexicons& lx);

// "Mr. Chairman", "Mr. Speaker", "the hon. Gentleman": after a title, a word that addresses the
// holder of a place (forms_of_address.txt or a role noun) and no name.
bool form_of_address(std::string_view word, const Lexicons& lx);

}  // namespace sg::loaders
