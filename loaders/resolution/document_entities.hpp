// Step 8 (within a document): one actor per real person or organisation. "Dr A B", "A B",
// "Professor A B" and "Sir A B" are one person (titles do not make a name). "Dr B" and "B" are
// the person called B named in full most recently before them; when two people called B were
// last named in the same sentence ("Dr Ann Vale met Mr Rob Vale") the mention is ambiguous and
// stays apart (in the same paragraph when the text is not given); with no full mention
// before, the only person called B named later. A name of two words or more that ends the
// longer name of one person of the document ("Van Hollen" of "Chris Van Hollen") is that person;
// so is a full name of the document after a word that is no given name ("Trooper A B"), and a
// name with a short form of a given name the document also writes in full ("Dave B", "David B").
// Organisations are keyed by canonical name, "NHS
// X CCG" and "X CCG" being one body.
#pragma once

#include <map>
#include <unordered_map>
#include <string>
#include <vector>

#include "loaders/extract/document_result.hpp"
#include "loaders/mentions/mentions.hpp"

namespace sg::loaders {

class DocumentEntities {
public:
    // Registers the full names of a paragraph's people first (call for every paragraph before
    // resolving), so that a surname seen before the full name still resolves.
    // With the document's text, sentences are told apart inside a paragraph (a press release of
    // one long paragraph names a husband and wife sentences apart).
    void register_full_names(const ParagraphMentions& pm, std::string_view text = {});
    // Key of the actor a person or organisation mention refers to ("" for pronouns); adds it.
    std::string resolve(const Mention& m);
    std::string add_organisation(const std::string& canonical);
    std::string add_person_named(const std::string& full_name);  // a commenter's name
    // The person of the document called `surname` (a transcript's "HALLORAN:" at byte `at`): the
    // one named in full most recently before, else the only one named later; "" when none.
    std::string person_called(const std::string& surname, std::size_t at) const { return surname_referent(surname, at); }
    // Another name of an actor already added ("GPC" defined in the text for a committee).
    void add_alias(const std::string& key, const std::string& alias);

    std::vector<ActorRecord> actors() const;
    // part_of edges the gazetteer knows for the document's bodies (adds the parents as actors).
    std::vector<PartOfRecord> part_of();

private:
    std::map<std::string, ActorRecord> actors_;
    struct FullMention {
        std::size_t begin;      // byte offset of the mention
        std::size_t paragraph;  // order of the register_full_names call
        std::size_t sentence;   // order of the sentence in the document (the paragraph's without text)
        std::string key;
        bool mixed_sentence;    // its sentence names, up to here, two people with this surname
    };
    struct Surname {
        std::vector<FullMention> mentions;  // in text order (paragraphs are registered in order)
        bool one_person = true;             // every full mention is one person
    };
    std::unordered_map<std::string, Surname> full_by_surname_;
    // A full name ("Paul Bailey") and the ends of two words or more of longer ones ("Van Hollen"
    // of "Chris Van Hollen") -> the person's key, or "" when two people are written so. Looked up
    // once per mention, so resolving stays linear in the mentions however many share a surname.
    std::unordered_map<std::string, std::string> key_by_full_name_;
    std::unordered_map<std::string, std::string> key_by_name_end_;
    // The first word of a two-word name that is no given name ("Pak" of "Pak Jin-woo", a family
    // name written first) -> the person's key, "" when two people share it.
    std::unordered_map<std::string, std::string> key_by_family_first_;
    std::size_t paragraphs_ = 0;
    std::size_t sentences_ = 0;
    std::string surname_referent(const std::string& surname, std::size_t at) const;
    std::string longer_name_referent(const std::vector<std::string>& names) const;
    std::string unknown_title_referent(const std::vector<std::string>& names) const;
    // The person of the document named with the full given name of which names.front() is a
    // short form (lexicons/given_name_diminutives.txt): "Dave Joyce" -> "David Joyce"; "" when none
    // or two.
    std::string full_given_name_referent(const std::vector<std::string>& names) const;
};

}  // namespace sg::loaders
