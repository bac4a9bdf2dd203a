// Stance detection: which codebook positions a statement addresses and with what polarity.
// Cue lexicons (support/oppose words, harm verbs, negators, modals, contrast markers, hedges,
// reported-stance verbs) are data files under loaders/lexicons/stance_*.txt; the method is
// described in loaders/stance/README.md. Nothing here names a corpus.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/codebook/codebook.hpp"

namespace sg::loaders {

namespace stance {
class DocumentTokens;  // document_tokens.hpp
}

enum class Polarity { About, Supports, Opposes };

std::string_view to_string(Polarity p);  // "about", "supports", "opposes"

// One piece of text that decided (or helped decide) a stance, for a user to see why: the cue
// word, the negation that reversed it, the contrast that weighed it, the reporting frame, the
// resolved reference ("the plans" -> position), the speaker's intent ("we want to").
struct StanceEvidence {
    std::string role;   // cue, framing, negation, contrast, frame, target, intent, consistency, spokesperson
    std::string words;  // the words as written
    bool in_context = false;  // offsets are in the context passed to classify, not in the claim text
    std::size_t begin = 0, end = 0;  // byte offsets [begin, end) in the claim text (or the context)
};

struct StanceHit {
    std::string position_id;
    Polarity polarity = Polarity::About;
    double confidence = 0.5;  // 0..1
    double score = 0.0;       // signed evidence (> 0 favours, < 0 disfavours); for diagnostics
    std::vector<StanceEvidence> evidence;  // what decided the polarity (empty for About)
};

// A stance the journalist reports without a quote ("will be opposed all the way by the BMA",
// "X voted in favour of the motion"): the actor is given as the text of its mention, with the
// byte offsets of that mention inside the sentence passed in, for the caller to resolve.
struct ReportedStance {
    std::string actor_text;
    std::size_t actor_begin = 0;
    std::size_t actor_end = 0;
    std::string position_id;
    Polarity polarity = Polarity::About;
    double confidence = 0.5;
    bool vote = false;  // reported as a vote ("voted in favour of", "voted against")
};

// What one document is about: the codebook position it names most (by explicit cues, then label
// words), so that "the bill", "the plan", "this charter" in its sentences can name it.
struct DocumentFocus {
    std::string position_id;  // empty: the document names no position clearly enough
    // For one claim: the position named last before it, a few sentences back at most (empty:
    // none). "It", "this", "the move" in a claim that names nothing else stand for it.
    std::string antecedent_id;
    // The claim is the speaker's own words (a direct quote, a comment): "they back", "it has
    // signed up to" there report someone else's side, not the speaker's.
    bool quoted = false;
    // The document's tokens, kept by focus(), so that reported() and classify() take a
    // sentence's, a claim's or a context's tokens from them instead of tokenising it again
    // (null: each text is tokenised). They view the document's text: valid while it is.
    std::shared_ptr<const stance::DocumentTokens> document;
    // Where the claim's text begins in the document (npos: unknown), for classify() to find its
    // tokens and its context's among the document's; a text that differs there is tokenised.
    std::size_t claim_begin = std::string::npos;
};

// Where a text names a position by its own words (cues, aliases, label, distinctive words; not
// by "the bill"): byte offsets in the text.
struct PositionMention {
    std::string position_id;
    std::size_t begin = 0, end = 0;
};

class StanceClassifier {
public:
    // Loads the lexicons compiled into the binary (from loaders/lexicons/*.txt) and compiles the
    // codebook's cue patterns.
    explicit StanceClassifier(const Codebook& codebook);
    ~StanceClassifier();
    StanceClassifier(const StanceClassifier&);
    StanceClassifier& operator=(const StanceClassifier&);

    // Positions a claim addresses and, where clear, its polarity (About otherwise). `context` is
    // the sentence or paragraph around the claim (may be empty, may contain the claim): a
    // position named only there is reported too, About unless the claim takes a clear side on
    // a motion stated in the context ("I oppose this motion") or the claim names no position
    // and takes a clear side on the one the context introduces. One hit per position, in
    // codebook order. Thread-safe (const).
    std::vector<StanceHit> classify(std::string_view claim_text, std::string_view context = {}) const;
    // The same, where a proposal noun after "the"/"this" ("the bill", stance_proposal_nouns.txt)
    // also names the document's focus position.
    std::vector<StanceHit> classify(std::string_view claim_text, std::string_view context,
                                    const DocumentFocus& focus) const;

    // Stances reported in the journalist's own words in one sentence.
    std::vector<ReportedStance> reported(std::string_view sentence) const;
    std::vector<ReportedStance> reported(std::string_view sentence, const DocumentFocus& focus) const;

    // The position a whole document is about: the one it names most, when named at least twice
    // and clearly more than any other (weaker matches count less). Call once per document. The
    // focus keeps the document's tokens (DocumentFocus::document), which view `document_text`.
    DocumentFocus focus(std::string_view document_text) const;
    // The same, and every place the document names a position (in text order), so that a claim
    // saying "it" or "the move" can be resolved to the position named last before it.
    DocumentFocus focus(std::string_view document_text, std::vector<PositionMention>& mentions) const;

    // The overall polarity a text expresses towards whatever it is about (no position needed):
    // "I oppose this motion" -> Opposes. Used to compose stances on motions.
    Polarity overall(std::string_view text) const;
    // Whether a text states plainly: no contrast ("but", "although") or hedge in it. A plain
    // statement that only addresses a position reads as the speaker's own account of it.
    bool plain(std::string_view text) const;

    const Codebook& codebook() const { return codebook_; }

private:
    Codebook codebook_;
    struct Lexicons;
    std::shared_ptr<const Lexicons> lex_;
};

// The stance towards a position of someone who takes `towards_motion` on a motion whose own
// stance towards that position is `motion`: opposing a motion that opposes X supports X.
Polarity compose(Polarity towards_motion, Polarity motion);

}  // namespace sg::loaders
