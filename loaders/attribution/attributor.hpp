// Step 6: who said each quotation, and indirect speech, paragraph by paragraph through one
// document. It keeps the running context a reader keeps: the person in focus (for "he"/"she"),
// the speaker of the previous paragraph's quote (for quote-only continuation paragraphs) and a
// speaker introduced at the end of the previous paragraph ("Dr X, a GP, said:").
#pragma once

#include <map>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/extract/document_result.hpp"
#include "loaders/mentions/mentions.hpp"
#include "loaders/quotes/quotes.hpp"
#include "loaders/resolution/document_entities.hpp"

namespace sg::loaders {

class Attributor {
public:
    Attributor(std::string_view text, DocumentEntities& entities) : t_(text), ents_(entities) {}

    // A body paragraph (or list item): adds its quotation and indirect-speech claims.
    void paragraph(Range block, const ParagraphMentions& pm, std::vector<ClaimRecord>& out);

    // A pull-quote and its "Name, role" credit line: the quote is the credited person's; the
    // pair stands outside the flow of the text, so the running context is left alone.
    void pull_quote(Range quote_block, const ParagraphMentions& credit, std::vector<ClaimRecord>& out);

    // The person in focus after the paragraphs seen so far ("" if none).
    std::string focus() const { return focus_; }
    // The organisation last named after the paragraphs seen so far.
    std::string org_focus() const { return org_focus_; }
    // What "the organisation" at token `tok` of a paragraph stands for: the latest organisation
    // named before it in the paragraph, else `fallback`.
    // With `head` ("union", "trust"), the latest organisation whose name has that word wins over
    // a later one without it ("the trust" after "Acme Health Trust … the Department").
    // With a head word it also looks among the bodies seen before: those the attributor has seen
    // so far, or `bodies_before` (recent_bodies() kept at that paragraph) once the whole document
    // has been read, when "so far" would mean bodies named after the reference.
    std::string org_referent(const ParagraphMentions& pm, std::size_t tok, const std::string& fallback,
                             std::string_view head = {}, const std::vector<std::string>* bodies_before = nullptr) const;
    // The organisations named so far, oldest first (at most 16).
    const std::vector<std::string>& recent_bodies() const { return orgs_; }
    // The person each "he"/"she" of the paragraph last given to paragraph() stands for, by
    // mention index ("" for other mentions, quoted pronouns, or none found): the subject of a
    // stance the journalist reports ("She ruled out a levy") is that person.
    const std::vector<std::string>& pronoun_referents() const { return pronouns_; }

private:
    struct Block;
    std::string speaker_of_lead(const Block& b, std::size_t from, std::size_t to, bool& found_verb) const;
    std::string announced_statement(const Block& b, std::size_t tb, std::size_t te) const;
    bool subordinate_subject(const Block& b, std::size_t verb, std::size_t floor) const;
    std::size_t before_bracketed_label(const Block& b, std::size_t q, std::size_t floor) const;
    int person_before_open_appositive(const Block& b, std::size_t of_tok, std::size_t floor) const;
    bool opens_with_titles(const Block& b, std::size_t from, std::size_t to) const;
    std::string as_they_put_it(const Block& b, std::size_t tb, std::size_t te) const;
    std::string speaker_of_trail(const Block& b, std::size_t from, std::size_t to) const;
    std::string subject_of_verb(const Block& b, std::size_t verb, std::size_t floor) const;
    std::string direct_subject(const Block& b, std::size_t verb, std::size_t floor) const;
    // "Water Commons NB, which argues that ...", "A B, who says ...": the body or person a relative
    // pronoun before the verb at `verb` stands for (the mention before its comma), or "".
    std::string relative_subject(const Block& b, std::size_t verb, std::size_t floor) const;
    // "A B's argument that ‘…’": the possessor of a noun of arguing (lexicons/argument_nouns.txt)
    // in the lead-in [lb, le) of a quotation ending in "that", or "".
    std::string argument_possessor(const Block& b, std::size_t lb, std::size_t le) const;
    // Whether the lead-in [lb, le) of a quotation joins it to the sentence's previous quotation, whose
    // speaker then speaks it too: a conjunction, "and/but that ...", no verb and no name, "which it called".
    bool joins_previous_quote(const Block& b, std::size_t lb, std::size_t le) const;
    std::size_t after_verb(const Block& b, std::size_t verb) const;
    bool possessor_opens_clause(const Block& b, int mention) const;
    int mention_before(const Block& b, std::size_t q, std::size_t floor) const;
    int person_after_body(const Block& b, int mention) const;
    std::string resolve_at(const Block& b, int mention) const;
    std::string pronoun_referent(const Block& b, std::size_t tok) const;
    std::string last_sentence_subject(const Block& b) const;
    std::string role_referent(const Block& b, std::size_t noun_tok) const;
    std::string recent_full_name(const Block& b, const Mention& m, const std::string& key) const;
    void learn_roles(const Block& b);

    std::string_view t_;
    DocumentEntities& ents_;
    std::string focus_;        // person last in focus
    std::string prev_quote_;   // speaker of the previous paragraph's last quote
    std::string prev_subject_; // subject of the previous paragraph's last reporting verb
    std::string org_focus_;    // organisation last named
    std::string prev_intro_;   // speaker introduced by a previous paragraph ending in ':'
    std::string prev_named_;   // person named in the previous paragraph's last sentence, after its quotes
    std::vector<std::string> orgs_;      // organisations named, oldest first (at most 16)
    std::vector<std::string> recent_;    // people last in focus, oldest first (at most 8)
    std::vector<std::string> pronouns_;  // pronoun_referents() of the last paragraph
    // people named in full (appositives too), oldest first, with the paragraph they were last named
    // in (at most kRecentPeople)
    static constexpr std::size_t kRecentPeople = 256;
    std::vector<std::pair<std::string, int>> named_;
    int paragraph_no_ = 0;
    // role noun ("governor") or role of several words ("secretary of state") -> latest person
    // holding it; "the secretary of state" used as a subject also makes its holder the one "the
    // secretary" means next (role_referent), hence mutable
    mutable std::map<std::string, std::string> roles_;
    // 'm'/'f' where a title (Mr, Mrs, Sir, Dame…) says so, or a "he"/"she" resolved to them did
    mutable std::map<std::string, char> gender_;
    void remember(const std::string& key);
};

// A quotation is a scare quote (not a claim) when it is short (1-3 words) and either
// unattributed, title-cased or numbered ("‘Level 2’", "‘Call for Action’"), or used as a noun
// after a determiner ("the ‘elephant’").
bool is_scare_quote(std::string_view text, const QuoteSpan& q, bool attributed);

}  // namespace sg::loaders
