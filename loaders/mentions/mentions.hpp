// Step 4: mentions of people and organisations in one paragraph, and the roles that tie them
// ("GPC chair Dr A B", "Dr A B, deputy chair of X,", "Dr A B of Y LMC").
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/text/sentences.hpp"

namespace sg::loaders {

// OrgReference: a definite description that stands for an organisation named before
// ("the organisation", "the union", "the group"), resolved like a pronoun.
enum class MentionKind { Person, Organisation, Pronoun, OrgReference };

struct Mention {
    MentionKind kind = MentionKind::Person;
    std::size_t begin = 0, end = 0;          // bytes (without a possessive ending)
    std::size_t tok_begin = 0, tok_end = 0;  // token indices [tok_begin, tok_end)
    std::string title;                       // Person: "Dr", "Sir" or empty
    std::vector<std::string> names;          // Person: name words ("Amanda", "Doyle")
    std::string org;                         // Organisation: canonical name
    std::string org_written;                 // Organisation: the shorter name written, when `org`
                                             // is the document's longer name for it (an alias)
    bool possessive = false;                 // "X’s"
    bool in_appositive = false;              // inside ", role of Org," after another person
};

struct Affiliation {
    std::size_t person = 0;  // index into mentions
    std::string org;         // canonical organisation name
    std::string role;        // "deputy chair", "" when unknown
};

struct ParagraphMentions {
    std::vector<Token> tokens;
    std::vector<Mention> mentions;  // in text order
    std::vector<Affiliation> affiliations;
};

// Organisations a document defines itself: "General Practitioners Committee (GPC)" maps "GPC"
// (and the long form) to a canonical name (the gazetteer's when it knows the body).
struct DocumentNames {
    std::map<std::string, std::string, std::less<>> acronyms;  // "GPC" -> canonical
    // the written long forms of those acronyms, by their first word ("As-Quayl" -> "As-Quayl Ahl
    // Al-Fen"): written anywhere in the document, the long form names the body too
    // (at most kMaxAcronymLongForms per first word: a page of thousands of definitions sharing one
    // first word must not make every later word compare with all of them)
    std::map<std::string, std::vector<std::string>, std::less<>> acronym_long_forms;
    static constexpr std::size_t kMaxAcronymLongForms = 8;
    // Notes `form` under its first word `first` (once, within the cap).
    void add_acronym_long_form(const std::string& first, std::string form);
    std::set<std::string, std::less<>> surnames;  // surnames of people named in full in the document
    // Words the document uses alone as a person ("Okoro said"): a two-word run ending in one
    // ("Lena Okoro had two meetings") names that person even with no other evidence.
    std::set<std::string, std::less<>> lone_surnames;
    // The capitalised words before a law or plan word ("Price Anderson" of "the Price Anderson
    // Act"): written alone elsewhere in the document they name that thing, not a person.
    std::set<std::string, std::less<>> thing_names;
    // leading words of longer organisation names of the document ("Acme Health" of "Acme Health
    // Trust"): those words alone name the organisation, not a person
    std::map<std::string, std::string, std::less<>> organisation_prefixes;
    // trailing words of longer organisation names ("State Board of Elections" of "North Carolina
    // State Board of Elections"), two or more words from a capitalised one: written alone in the
    // same document they name that body. "" when two longer names end so (left apart).
    std::map<std::string, std::string, std::less<>> organisation_suffixes;
    // every organisation mention of the document in text order (byte offset, canonical): "its
    // chair", "Coalition spokeswoman A B" refer to the latest one before them
    std::vector<std::pair<std::size_t, std::string>> organisations_seen;
    // places the document calls towns ("Polwenna's town council", "the town of X"): their mayor
    // heads the Town, not the City, of the place
    std::set<std::string, std::less<>> towns;
    // how often the document names each US state ("Oregon", ", Ore." of a dateline)
    std::map<std::string, int, std::less<>> us_states;
    // the state named more often than all the others together, or ""
    std::string main_us_state() const;
    // local councils the document names ("Fenmouth Borough Council"): a councillor's when only one
    std::set<std::string, std::less<>> local_councils;
    // the document's one local council: the only one named, or one place under several names
    // ("City of Fenmouth" and "Fenmouth City Council" -> the first in name order); "" otherwise
    std::string local_council() const;
    // how often the document names each government: "the Westland government", "The Westland
    // Government's plan" (-> "Westland government"), "the Government of Westland"
    std::map<std::string, int, std::less<>> governments;
    // how often the document names each country, province or state of lexicons/jurisdictions.txt,
    // by the name of its government ("New Brunswick" -> "Government of New Brunswick")
    std::map<std::string, int, std::less<>> jurisdictions;
    // the government named more often than all the others together; with none named, the
    // government of the jurisdiction named so; or "": a minister's
    std::string main_government() const;
};

// Adds the organisation prefixes (and the full names) of a paragraph's mentions to `names`,
// appends its organisation mentions to `names.organisations_seen`, and counts the towns and US
// states it names (call in text order).
void collect_organisation_prefixes(const ParagraphMentions& pm, std::string_view text, DocumentNames& names);

// Finds the names of laws and plans in [begin, end) ("the Price Anderson Act") and adds the words
// before their head word to `names.thing_names`.
void collect_thing_names(std::string_view text, Range range, DocumentNames& names);

// Finds acronym definitions in [begin, end) and adds them to `names`.
void collect_acronyms(std::string_view text, Range range, DocumentNames& names);

// Both of the above from one reading of the paragraph: its acronyms into `acronyms`, its names of
// laws and plans into `things`.
void collect_definitions(std::string_view text, Range range, DocumentNames& acronyms, DocumentNames& things);
// The same with the paragraph's tokens given (tokenize(text, range.begin, range.end)): they are
// read again by the paragraph's first find_mentions, and need not be made twice.
void collect_definitions(std::string_view text, Range range, const std::vector<Token>& tokens, DocumentNames& acronyms,
                         DocumentNames& things);

ParagraphMentions find_mentions(std::string_view text, Range paragraph, const DocumentNames& names);
// The same with the paragraph's tokens given (tokenize(text, paragraph.begin, paragraph.end), as
// an earlier call's ParagraphMentions::tokens): a document's paragraphs are read twice, once for
// the names the second reading resolves with, and need not be tokenised twice.
ParagraphMentions find_mentions(std::string_view text, Range paragraph, const DocumentNames& names,
                                std::vector<Token> tokens);

// A surname without the particle written against it with a hyphen ("al-Assad" -> "Assad",
// lexicons/surname_particles.txt): the name a later sentence may use alone; other names unchanged.
std::string_view surname_core(std::string_view surname);

// "chaand-nagpaul": lower-case ASCII letters and digits, other runs become one '-'.
std::string slug(std::string_view s);

// Canonical organisation name for a pattern-found name: "NHS X CCG" and "X CCG" are one body, as
// are "Department of the Harbour" and "Department of Harbour", and "Court of Appeals for the
// Fenland Circuit" and "Fenland Circuit Court of Appeals"; returns the key part used for "org:<key>".
std::string organisation_key(std::string_view canonical);

}  // namespace sg::loaders
