// The machinery behind StanceClassifier: cue matches of one text, their negation and contrast
// weights, and the evidence for each position. Internal to loaders/stance.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <optional>
#include <set>
#include <span>
#include <unordered_map>
#include <unordered_set>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/codebook/codebook.hpp"
#include "loaders/stance/pattern_index.hpp"
#include "loaders/stance/stance.hpp"
#include "loaders/stance/stance_lexicons.hpp"

namespace sg::loaders::stance {

// A codebook position's patterns, compiled.
struct PositionPatterns {
    std::size_t index = 0;  // its place in the codebook
    std::vector<Pattern> topic;    // cues, aliases, label, id
    std::vector<Pattern> favour;   // supports_cues
    std::vector<Pattern> disfavour;  // opposes_cues
    std::vector<Pattern> derived;  // label/description/id words (stance_topic_words.hpp): weaker
    std::vector<Pattern> derived_contrary;  // words of the alternative it rejects: evidence reversed
    // Tier 2: roots of words only its label, aliases or id use (stance_topic_words.hpp,
    // distinctive_roots): "registration" names the registration position even where no cue does.
    std::vector<std::string> distinctive;
    // -ing words that end one of its aliases ("short-let licensing"): nouns there, so in a text
    // they name it like the distinctive words, where other -ing forms (acts) do not.
    std::vector<std::string> gerund_heads;
    // Head nouns of its label and aliases no other position has as a head ("charge"): after a
    // determiner ("the charge", "a $10 charge") they name the position (head_roots).
    std::vector<std::string> heads;
    // Proposal nouns (stance_proposal_nouns.txt) of its own id or label that no other position's
    // id or label uses ("ban" for "school-phone-ban"), and those another position owns: with a
    // document focus, "the ban" names the owner, "the bill" the focus.
    std::unordered_set<std::string> own_nouns, others_nouns;
    // For a position framed as a removal ("Abolition of harbour tolls",
    // stance_removal.txt): the roots of its label's content words after the removal word. A
    // mention by these words alone, with no removal word governing it, names the thing removed:
    // its evidence counts reversed (removal_object_roots in stance_topic_words.hpp).
    std::vector<std::string> removal_object;
    // Its aliases that name the thing removed ("Open Internet Order" of "Repeal the 2015 net
    // neutrality rules"), as roots (removal_aliases): a mention by all of one alias's words
    // and nothing else names the thing removed too.
    std::vector<std::vector<std::string>> removed_aliases;
    // The roots of its label and of its other aliases (removal_aliases): a one-word mention
    // by a word of a removed alias outside these names the thing removed too.
    std::set<std::string> naming_roots;
    // The classifier's index of every position's patterns by first word, when it made one (it
    // numbered this position's patterns): a text is then asked only about the patterns that can
    // match in it. Null: every pattern is asked.
    const PatternIndex* pattern_index = nullptr;
};

// How a document focus bears on one position: none given, another position, this one.
enum class Focus : unsigned char { None, Elsewhere, Here };

inline Focus focus_for(std::size_t position, std::size_t focus_index) {
    if (focus_index == std::string::npos) return Focus::None;
    return position == focus_index ? Focus::Here : Focus::Elsewhere;
}

// Fills own_nouns/others_nouns of every position from the codebook's ids and labels.
void assign_proposal_nouns(const Codebook& codebook, std::vector<PositionPatterns>& positions, const Lexicons& lex);

PositionPatterns compile_position(const CodebookPosition& p, const IrregularForms& irregular);

enum class CueKind : unsigned char { Support, Oppose, Harm, Modal };

struct FoundCue {
    std::size_t first = 0, last = 0;  // token indexes, inclusive
    CueKind kind = CueKind::Support;
    double weight = 1.0;
    double negated_weight = 0.0;
    bool negated = false;
    double contrast = 1.0;  // weight from "but"/"although"
    // An attitude of someone else than the speaker: "it has signed up to", "they back" in a
    // quote. Not evidence of the speaker's side (mark_others_attitudes).
    bool others = false;
    bool intent = false;  // a speaker-intent frame (stance_intent.txt)
    // A negator in the cue's gap, not one of its words: "urge the President not to" (analyse_tokens)
    bool gap_negated = false;
    // An intent frame whose verb is a cue of its own ("we will scrap", "we will undo"): the index
    // of that verb's cue, which says which way for a mention after it, so the frame adds nothing
    // there (mark_intended_verbs); -1 for none.
    int defers_to = -1;
    // A cue that is the verb of a speaker-intent frame: the speaker's own act ("we will undo X"
    // removes X, where "the plan would undo X" harms something the speaker protects).
    bool intended = false;
    // The sign of a cue governing this one ("support a ban on": +1 on "ban on"; "oppose the
    // repeal of": -1), 0 for none: its side on a mention after it is multiplied by it.
    double governed = 0.0;
    int governor = -1;  // that cue's index in Analysis::cues
    bool only_governed = false;  // tagged "governed": no side unless another side governs it
    // A judgement in the object of a verb of reduction ("stop unnecessary regulation"): for a
    // mention before the verb, its subject, the side is the reverse (mark_reduced_judgements)
    std::size_t reduced_by = static_cast<std::size_t>(-1);  // the verb's token, or none
    // A verb of reduction that is a cue of its own ("stop", "halt") with such an object: for its
    // subject the object's judgement decides, not the verb
    bool reduces_judged = false;
    // A feeling's "that" clause (mark_emotion_frames): a mention before this token and after the
    // cue is the event it is about, however many words stand between; 0 for none.
    std::size_t event_end = 0;
};

// One text, tokenised, with its general cues found (longest first, not overlapping).
struct ContrastMarker {
    std::size_t first = 0, last = 0;
    bool main = true;  // "but" (what follows weighs more); false: "although" (its clause weighs less)
    bool conditional = false;  // "if", "unless": a hypothetical clause (weighs less, like "although")
    bool reason = false;       // "because": the reason given for the clause before (weighs less still)
    bool question = false;     // "whether": an embedded question (asserts nothing: its cues weigh 0)
};

struct PositionPatterns;

// What depends on a text's tokens alone and is asked for again and again while one text is
// scored (mark_mentions, score_position and naming_weight each look for every position's patterns,
// once per focus pass): found on first use and kept with the Analysis. Owned by one Analysis, so
// used by one thread.
struct AnalysisMemo {
    // The matches of a pattern over the whole text, by the pattern's address. A flat table: a
    // text is asked about every pattern of every position, most of which match nothing there,
    // and a hash-map node per pattern and text was about 2 % of a build. Those share one empty
    // result; the others are kept in a deque, so that a result stays where it is.
    class WholeText {
    public:
        // (The common case inline: a pattern in its own place, asked before, with no match. A
        // text's patterns are asked half a million times per 50 documents, and a call each was
        // 2 % of a build; indexing the deque inline cost more than the call.)
        const std::vector<Match>* find(const Pattern* p) const {
            if (p->memo_slot && p->memo_slot < direct_.size() && direct_[p->memo_slot].first == p &&
                direct_[p->memo_slot].second == 0)
                return &no_match_;
            return find_elsewhere(p);
        }
        const std::vector<Match>& insert(const Pattern* p, std::vector<Match> matches);

    private:
        const std::vector<Match>* find_elsewhere(const Pattern* p) const;
        // By the pattern's memo_slot, when it has one (and no other pattern took the place):
        // (pattern, index into found_), null: not asked yet.
        std::vector<std::pair<const Pattern*, std::uint32_t>> direct_;
        // The others, by address.
        std::vector<std::pair<const Pattern*, std::uint32_t>> slots_;  // a power of two long; null: free
        std::size_t used_ = 0;
        std::deque<std::vector<Match>> found_;  // index 0 (when used): no match
        std::vector<Match> no_match_;  // stays empty
    };
    WholeText whole_text;
    // Per position (by address): the word tokens whose root is related to one of its distinctive
    // roots (verb forms left out), and those that are one of its head nouns after a determiner,
    // not inside a longer name; in text order.
    struct Tier2 {
        std::vector<std::size_t> distinctive, heads;
    };
    std::unordered_map<const PositionPatterns*, Tier2> tier2;
    // Per cue list: the entries whose first word occurs in the text, ascending (cues_in_text).
    // The seven lists of the lexicons first asked (support, oppose, harm, modals, contrast,
    // hedges, reported: their indexes' order in Lexicons) are found together in one pass over
    // the text's stems and kept in place (a hash map by index address with a node per list and
    // text, looked up again for each entry found, was 2 % of a build); others by address.
    struct CuesPresent {
        const Lexicons* made_for = nullptr;  // whose seven lists `lists` holds (null: not made)
        std::array<std::vector<std::size_t>, 7> lists;
        std::unordered_map<const CueIndex*, std::vector<std::size_t>> others;
    };
    CuesPresent cues_present;
    // Per token: topic_root of its stem (words only; empty for other tokens), made on first use
    // (roots_of): only tier-2 naming reads them, and most texts are never asked.
    std::vector<std::string> roots;
    bool roots_made = false;
    // The patterns of `possible_for`'s positions that can match in the text at all
    // (PatternIndex::possible_in), made on first use (possible_patterns).
    const PatternIndex* possible_for = nullptr;
    PatternSet possible;
};

struct Analysis {
    std::string_view text;
    std::vector<Token> tokens;
    TokenIndex index;           // where each stem stands, for fast cue matching
    std::vector<FoundCue> cues;
    std::vector<int> covered;   // per token: index into cues, or -1
    std::vector<ContrastMarker> markers;
    std::vector<double> hedge;  // per sentence: product of hedge weights (1 = none)
    std::vector<bool> answered_by_but;  // per sentence: the next one opens with "But" (a concession)
    // Precomputed so that scoring stays linear in the text's length:
    std::vector<std::size_t> word_pos;     // per token index i (and n): word tokens before i
    std::vector<std::size_t> phrase_pos;   // the same, a run of capitalised words counted once
    std::vector<char> in_cue_gap;          // per token: inside a cue's "..." gap, none of its words
    std::vector<std::size_t> first_main;   // per sentence: first token of its first "main" marker (npos: none)
    std::vector<std::size_t> last_main;    // per sentence: first token of its last "main" marker
    std::vector<bool> in_concession;       // per token: inside an "although" (or "if") clause
    std::vector<bool> in_conditional;      // per token: inside an "if"/"unless" clause
    std::vector<bool> in_reason;           // per token: inside a "because" clause
    std::vector<bool> in_question;         // per token: inside a "whether" clause
    // per token: inside a sentence's subject that is a claim put up to be judged ("To suggest X
    // ... is laughable", "The idea that X ... is a myth"), the token of the verb "be" that ends
    // it; npos elsewhere. Its predicate judges the claim, not a position named in it.
    std::vector<std::size_t> claim_subject_end;
    std::vector<ContrastMarker> main_markers;  // sorted by position
    // "rather than", "instead of" (contrast markers tagged contrary): token spans, sorted. In
    // "X rather than Y" the speaker prefers X to Y.
    std::vector<std::pair<std::size_t, std::size_t>> preferences;
    // "the bill", "this plan" (stance_proposal_nouns.txt): token spans that name the document's
    // proposal, a mention of the focus position when the caller gives one.
    std::vector<std::pair<std::size_t, std::size_t>> proposal_refs;
    // "it will ...", "this is ...", "the move", "these powers": references back to what was named
    // before the text; they name the caller's antecedent (or focus) when nothing else is named.
    std::vector<std::pair<std::size_t, std::size_t>> back_refs;
    // Back references resolved inside the text (mark_mentions): the span and the bit of the one
    // position named last before it, a sentence or two back.
    std::vector<std::pair<std::pair<std::size_t, std::size_t>, std::uint64_t>> back_owner;
    std::vector<bool> title_case;    // per sentence: most of its words capitalised (a headline)
    // Per token: bit i set when position i (i < 64) is named there; filled by mark_mentions, so
    // that in "X, but Y" each clause's cues go to the position named in it.
    std::vector<std::uint64_t> named_by;
    // Per clause (clause_of): how many positions are named there by an explicit cue or alias
    // (tier 1). A position's tier-2 words only count in clauses no OTHER position names so
    // (filled by mark_mentions; empty: no limit).
    std::vector<std::uint32_t> explicitly_named;
    // Per token: its clause, numbered through the text; a sentence end or a "but" (main
    // contrast marker) starts a new one.
    std::vector<std::size_t> clause_of;
    mutable AnalysisMemo memo;
};

// Per token of `a`: topic_root of its stem (words only), found on first use and kept in a.memo.
const std::vector<std::string>& roots_of(const Analysis& a);

// `with_cues` false: tokens, references, markers and clauses only, no stance cues (enough to find
// where positions are named, as a document's focus needs; much cheaper on a whole article).
Analysis analyse(std::string_view text, const Lexicons& lex, bool with_cues = true);
// The same with the text's tokens given: tokenize(text), or the same taken from its document's
// (document_tokens.hpp).
Analysis analyse(std::string_view text, std::vector<Token> tokens, const Lexicons& lex, bool with_cues = true);

// A reported clause ("[X said] it would find a new route", "[Y announced] she will fight the
// levy") read as its speaker's own words: an opening "he", "she", "it" or "they" is the speaker,
// matched as "we" by the speaker-intent frames (stance_intent.txt). Nullopt when no intent
// frame opens the clause so read: then the clause is read as it stands.
std::optional<Analysis> analyse_as_speaker(std::string_view text, const Lexicons& lex);
// The same with the text's tokens given (copied only when the clause opens with such a word).
std::optional<Analysis> analyse_as_speaker(std::string_view text, const std::vector<Token>& tokens, const Lexicons& lex);

// In the speaker's own words (a quote), an attitude verb (stance_reported.txt: "backs",
// "signed up to", "opposes") whose subject is a third party ("he", "they", "it", a name) reports
// someone else's side, not the speaker's: its cues are marked `others`.
// Only verbs within bytes [begin, end) of the text (the quote inside a lead-in).
// `relative_only`: for reported words, where "they" may be the speaker's own side ("X said they
// oppose it"), only a relative clause of others counts ("the neighbours who oppose it").
void mark_others_attitudes(Analysis& a, const Lexicons& lex, std::size_t begin = 0,
                           std::size_t end = std::string_view::npos, bool relative_only = false);

// The evidence for one position in one text.
struct PositionScore {
    double total = 0;     // signed sum over the sentences that name the position
    double favour = 0;    // sum of the positive sentence scores
    double disfavour = 0; // sum of the magnitudes of the negative ones
    // The words behind the sides of the sentences that count (byte offsets in the text): the
    // cues, their negators and contrast markers, framing cues, resolved references.
    std::vector<StanceEvidence> favour_evidence, disfavour_evidence;
};

// nullopt when the text does not name the position.
// `focus`: with a document focus, "the bill" names the focus position and "the ban" the
// position whose id or label says "ban".
// `self`: the position's index, for clause scoping with `a.named_by` (npos: none).
std::optional<PositionScore> score_position(const Analysis& a, const PositionPatterns& p, const Lexicons& lex,
                                            Focus focus = Focus::None, std::size_t self = std::string::npos);

// Fills a.named_by from the mentions of every position (focus as for score_position).
void mark_mentions(Analysis& a, const std::vector<PositionPatterns>& positions, const Lexicons& lex,
                   const std::vector<Focus>& focus);

// How strongly the text names the position: explicit cues count 1, label words and proposal
// references less, mentions in the first three sentences three times; 0 when not named. For
// choosing a document's focus.
// `spans`, when given, receives the token spans [first, last] of those mentions.
double naming_weight(const Analysis& a, const PositionPatterns& p, const Lexicons& lex,
                     std::vector<std::pair<std::size_t, std::size_t>>* spans = nullptr);

// Polarity and confidence from the evidence: clear only above a threshold and when one side
// clearly dominates.
StanceHit decide(const std::string& position_id, const PositionScore& s);

// The signed polarity of the whole text, whatever it is about.
double overall_score(const Analysis& a, const Lexicons& lex);
// The cues behind the overall score's side (> 0: the favouring ones), with their negators.
std::vector<StanceEvidence> overall_evidence(const Analysis& a, const Lexicons& lex, bool favour);
Polarity polarity_of(double score);

// `focus`: index of the document's focus position, or npos ("the bill", "it" stand for it);
// `referent`: of the position named last before the sentence, or npos: a verb with its object
// left out ("A and B voting against.") is about it, else about the focus.
std::vector<ReportedStance> find_reported(std::string_view sentence, const std::vector<PositionPatterns>& positions,
                                          const Codebook& codebook, const Lexicons& lex,
                                          std::size_t focus = std::string::npos, std::size_t referent = std::string::npos);
// The same with the sentence's tokens given: tokenize(sentence), or the same taken from its
// document's (document_tokens.hpp).
std::vector<ReportedStance> find_reported(std::string_view sentence, std::vector<Token> tokens,
                                          const std::vector<PositionPatterns>& positions, const Codebook& codebook,
                                          const Lexicons& lex, std::size_t focus = std::string::npos,
                                          std::size_t referent = std::string::npos);

// Whether a reported cue (stance_reported.txt) may start in the tokens: the first word of one is
// the stem of a word there (or the positive stem of a contracted negation, which matching also
// tries). False exactly when cues_present would find none of the list in the text: then
// find_reported finds nothing there, and a caller holding the tokens in place need not copy them.
bool may_hold_reported_cue(std::span<const Token> tokens, const Lexicons& lex);

}  // namespace sg::loaders::stance
