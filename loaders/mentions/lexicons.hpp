// The word lists mention finding and attribution use, parsed once from the data files compiled
// in from loaders/lexicons/ (see loaders/lexicons/README.md for each file's format).
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "loaders/common/length_initial_filter.hpp"

namespace sg::loaders {

// The words of one list: a std::set (ordered, looked up by string_view) with the quick test of
// absence of loaders/common/length_initial_filter.hpp in front of it (sealed after loading).
using WordSet = FilteredSet<std::set<std::string, std::less<>>>;

struct GazetteerEntry {
    std::string canonical;
    std::vector<std::string> aliases;  // not including canonical
    std::string parent;                // canonical name of the body it is part of, or empty
    bool party = false;                // a political party ("kind:party")
};

// A title that makes its holder a member of a body ("Lord" -> House of Lords, "Mayor" -> City of
// the place written before it).
struct TitleOffice {
    std::string body;  // canonical name, or a prefix such as "City of" when `of_place`
    bool of_place = false;
    std::string role;
    std::string town_body;        // "Town of": the body when the document calls the place a town
    bool document_state = false;  // no place written: the US state the document names most
    bool document_council = false;  // "<Council>": the one local council the document names
};

struct UsState {
    std::string name;          // "Oregon"
    std::string abbreviation;  // "Ore.", or empty
};

// A country, province or state whose executive has ministers (lexicons/jurisdictions.txt).
// A word naming a country before an office or as a subject (lexicons/nationalities.txt):
// "U.S.", "Russian", "South Korea", and the name of that country's government.
struct Nationality {
    std::vector<std::string> words;  // "South", "Korean"
    std::string government;          // "Government of South Korea"
    bool country = false;            // the country's own name, not an adjective
};

struct Jurisdiction {
    std::string name;        // "New Brunswick"
    std::string government;  // "Government of New Brunswick"
};

struct Lexicons {
    std::vector<GazetteerEntry> organisations;
    // lower-cased first word -> (alias as lower-cased words, entry index, case-sensitive?)
    struct Phrase {
        std::vector<std::string> words;  // as written in the file
        std::size_t entry;
        bool case_sensitive;
    };
    std::map<std::string, std::vector<Phrase>> phrases_by_first_word;
    WordSet titles;           // "Dr", "Professor" (case-sensitive)
    WordSet rank_titles;      // "General", "Captain": military ranks written in full (rank_titles.txt)
    WordSet role_nouns;       // lower-cased
    WordSet reporting_verbs;  // one-word forms, lower-cased
    std::vector<std::vector<std::string>> reporting_phrases;  // multi-word ("according to")
    WordSet function_words;   // case-sensitive
    WordSet name_stopwords;   // case-sensitive
    WordSet text_kind_words;  // case-sensitive: "Statement", "Remarks" (never in a name)
    WordSet post_nominals;    // case-sensitive: "MP", "QC" after a name (they end it)
    WordSet given_names;      // case-sensitive: "Hillary", "Keir"
    WordSet name_prefixes;    // case-sensitive: "Mc", "De" of "McDonald"
    WordSet surname_particles;  // case-sensitive: "van", "bin", "al" of "al-Assad" (surname_particles.txt)
    WordSet org_heads;        // case-sensitive
    WordSet org_nouns;        // lower-cased: "group", "union"
    WordSet campaign_verbs;   // case-sensitive: "Save", "Stop" opening a campaign's name
    WordSet interviewer_roles;  // lower-cased: "host", "presenter" in a transcript's label
    WordSet place_heads_strict;  // case-sensitive: "County", "Road" (never a surname)
    WordSet electoral_district_words;  // case-sensitive: "Congressional" of "Congressional District"
    WordSet outlet_words;     // case-sensitive: "Gazette", "Today"
    std::map<std::string, std::string, std::less<>> party_abbreviations;  // "D" -> "Democratic Party"
    std::map<std::string, std::string, std::less<>> role_verbs;           // "chairs" -> "chair"
    std::map<std::string, TitleOffice, std::less<>> title_offices;       // "Lord" -> House of Lords
    WordSet place_kinds;         // "City", "Borough" (case-sensitive)
    WordSet thing_heads;         // "Act", "Plan" (case-sensitive)
    WordSet business_heads;      // "Store", "Café" (also in org_heads)
    WordSet generic_body_nouns;  // "plant", "group": the body named last
    WordSet generic_business_nouns;  // "plant", "company": ... that is a firm
    WordSet association_heads;   // "Union", "Council": heads of bodies that are no firm
    WordSet addressee_nouns;     // "conference" of "told the conference"
    WordSet company_suffixes;    // "Inc", "LLC" after a comma (case-sensitive)
    std::vector<std::string> irregular_plural_endings;      // "men", "children" (lower-cased word endings)
    WordSet territory_heads;     // "District", "Ward" after an ordinal (case-sensitive)
    std::vector<std::vector<std::string>> national_prefixes;  // {"United", "States"}: a country opening a body's name
    // "Dave" -> {"David"}: the full given names a short form stands for (given_name_diminutives.txt)
    std::map<std::string, std::vector<std::string>, std::less<>> given_name_full_forms;
    WordSet place_heads;         // "Harbor", "Counties" (case-sensitive)
    WordSet place_prefixes;      // "Port", "Fort", "Mount" (case-sensitive)
    WordSet institution_heads;   // "School", "Council" (case-sensitive)
    WordSet event_heads;         // "Day", "Debate" (case-sensitive)
    WordSet forms_of_address;    // "Gentleman", "Friend" (case-sensitive)
    WordSet org_modifiers;       // "neighbouring" (lower-cased)
    WordSet role_modifiers;      // "state", "former" (lower-cased)
    WordSet role_qualifiers;     // "assistant", "general" of "Assistant Attorney General" (lower-cased)
    WordSet degree_words;        // "Bachelor", "degree", "MBA": a degree's subject follows "in"
    WordSet degree_verbs;        // "holds", "earned": their subject holds the degrees of the sentence
    WordSet biography_adverbs;   // "previously", "formerly": between a name and its biography's verb
    WordSet name_abbreviations;  // "St", "Mt" (case-sensitive)
    // "principal" -> {"School", "Academy"}: the heads of the bodies a role belongs to
    std::map<std::string, std::vector<std::string>, std::less<>> role_bodies;
    std::vector<UsState> us_states;
    std::vector<Jurisdiction> jurisdictions;  // longest name first
    // "Sen" -> {"<State> Senate", "state senator"}: a title written after "state"
    std::map<std::string, std::pair<std::string, std::string>, std::less<>> state_offices;

    const GazetteerEntry* organisation(std::string_view canonical) const;
    // WordNet's common English words, sorted (views into the compiled-in list).
    std::vector<std::string_view> common_words;
    // Whether a word, in any case, is a common English word or an inflection of one
    // ("Makers" -> maker, "Prepared" -> prepare, "Warmest" -> warm, "Benefits" -> benefit).
    bool is_common_word(std::string_view w) const;
    // A US state's full name as written ("Oregon", "South Carolina").
    bool is_us_state(std::string_view name) const;
    // nationalities.txt, the longest words first
    std::vector<Nationality> nationalities;
    // A country's own name as written ("Russia", "South Korea": the lines of nationalities.txt
    // tagged "country"): a place, never a person ("Russia said ..."). (Made from `nationalities`.)
    std::set<std::string, std::less<>> countries;
    bool is_country(std::string_view name) const { return countries.count(name) > 0; }
    // A country in one word, its name or adjective ("US", "Russian"): a word of standing before a
    // title, as in "Democratic US Sen. A B". (Made from `nationalities`.)
    std::set<std::string, std::less<>> one_word_nationalities;
    bool is_nationality_word(std::string_view w) const { return one_word_nationalities.count(w) > 0; }
    // A role noun in any case, also after a prefix of rank: "Co-Director", "vice-chair", "acting-head".
    bool is_role_noun(std::string_view w) const;
    // "Cattlemen", "Children", "People": a plural that does not end in "s" (irregular_plurals.txt).
    bool is_irregular_plural(std::string_view w) const;
    // A body's name with no word of an association's head ("Union", "Council":
    // association_heads.txt): a firm, which "the company", "the plant" may stand for.
    bool may_be_firm(std::string_view name) const;
    // Seals every WordSet above (after the last word is added): see WordSet.
    void seal_word_sets();
};

const Lexicons& lexicons();

}  // namespace sg::loaders
