// The stance lexicons (loaders/lexicons/stance_*.txt), parsed and compiled once per process.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "loaders/stance/stance_patterns.hpp"

namespace sg::loaders::stance {

// One lexicon entry: a pattern, up to two weights and an optional word tag.
struct Cue {
    Pattern pattern;
    double weight = 1.0;
    double negated_weight = 0.0;  // modals only
    std::string tag;              // contrast: "main"/"concession"; reported: "vote"
};

// The entries of one cue list by the stem their first word can have, so that a text is matched
// only against the cues whose first word it contains (its distinct stems are looked up, not
// every cue).
struct CueIndex {
    std::unordered_map<std::string, std::vector<std::size_t>> by_first;  // stem -> entry indexes
    std::unordered_map<StemId, std::vector<std::size_t>> by_first_id;  // the same by stem id (stem_ids.hpp)
    bool built = false;
};

CueIndex index_cues(const std::vector<Cue>& cues);

// Indexes (ascending) of the entries of `cues` whose first word occurs in the text of `tokens`;
// all of them when `index` was not built.
std::vector<std::size_t> cues_in_text(const std::vector<Cue>& cues, const CueIndex& index, const TokenIndex& tokens);

struct Lexicons {
    IrregularForms irregular;
    StemSet determiners;     // stems
    StemSet negators;        // stems
    StemSet auxiliaries;     // stems
    StemSet motion_words;    // stems
    StemSet neg_raising;     // stems
    StemSet clause_words;    // stems
    StemSet refer_back;      // stems: "it", "them"
    StemSet absence;         // stems: "without" (a requirement inside "if")
    StemSet removal;         // stems: "removing", "ban", "abolition" (a position framed as a removal)
    StemSet removal_particles; // stems: "out", "away", "off" (a mention with one names the removal)
    StemSet removal_governors; // stems: removal words and "change", "reform" (naming a removal's act)
    StemSet subject_pronouns;  // stems: "you", "they" (a verb's own subject)
    StemSet opinion_verbs;     // stems: "think", "say" (reporting a view)
    StemSet speech_verbs;      // stems: "ask", "urge": "and asked ..." opens a clause
    StemSet request_verbs;     // stems: "encourage", "urge": "A urged B to back X" is A's side
    StemSet opportunity_words;  // stems: "day", "power": "has 15 days to introduce X" is no act
    StemSet conditional_openers;  // stems: "if", "unless": "If Congress rejects X" is no side taken
    StemSet reduction_verbs;  // stems: "stop", "cut": "X would stop unnecessary regulation" praises X
    StemSet deferral_verbs;  // stems: "delay", "postpone": "Delay the vote" is not named by "the vote"
    StemSet joining_verbs;     // stems: "join", "lead": "A joined B in condemning X" is A's and B's side
    StemSet emotion_frames;    // stems: "disappointed", "pleased": a feeling about the event after "that"
    StemSet request_nouns;     // stems: "call", "push": "the call of X for Y" asks for Y
    StemSet claim_nouns;       // stems: "idea", "notion": "the idea that X ... is laughable" judges a claim
    std::unordered_set<std::string> others_subjects;  // as written, lower case: "you", "critics"
    // stems of org_nouns.txt (council, board, union): who acts, never what a position is about
    StemSet actor_nouns;
    // generic_body_nouns.txt, lower case as written: "the group would ask for changes", reported,
    // is the speaker's body speaking ("we would ask for changes")
    std::unordered_set<std::string> body_nouns;
    StemSet proposal_nouns; // stems: "bill", "plan" (a document's proposal)
    StemSet back_nouns;     // stems: "move", "power" (what was named before)
    StemSet qualifiers;     // stems: "limited", "amended" after a wish's object
    StemSet function_words;  // stems: not topic words of a codebook label
    StemSet contrary_markers; // stems: "rather", "instead" in a codebook label
    std::unordered_set<std::string> actor_stopwords; // as written (capitalised)
    std::vector<Cue> support, oppose, harm, modals, contrast, hedges, reported;
    CueIndex support_index, oppose_index, harm_index, modals_index, contrast_index, hedges_index, reported_index;
    // The seven indexes above in one map, stem -> (index, entry): the stems of a text are looked
    // up once for every list (cues_in_text, once per list, hashed each stem seven times). By stem id.
    std::unordered_map<StemId, std::vector<std::pair<const CueIndex*, std::size_t>>> all_by_first;
    // The Lexicons all_by_first points into: a copy (whose indexes may be changed) does not use it.
    const Lexicons* all_by_first_of = nullptr;
};

// The compiled-in lexicons, parsed on first use (thread-safe).
std::shared_ptr<const Lexicons> builtin_lexicons();

// Parses one lexicon file's text into entries (exposed for tests of the file format).
std::vector<Cue> parse_cues(std::string_view file_text, const IrregularForms& irregular);

}  // namespace sg::loaders::stance
