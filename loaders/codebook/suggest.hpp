// Codebook authoring: what a built graph says about the codebook it was built with, so that a user
// improves the codebook in minutes (`stancegraph codebook suggest`, loaders/stance/README.md).
//
// Per position of the codebook:
//  - undecided claims: an `about` edge to the position, no `supports`/`opposes` edge to it;
//  - missed mentions: claims whose own text names the position (its cues, aliases, label, or the
//    topic words the classifier derives from label, description and id: stance_topic_words.hpp)
//    with no edge to it at all, by words that name no position the claim has an edge to;
//  - cue candidates: word n-grams (1-3 words, on stems) frequent within a few words of the
//    position's mentions, not already one of its cues, aliases or label, and mostly near this
//    position's mentions rather than other positions';
//  - framing candidates: n-grams near its mentions in claims that took a side on it, frequent on
//    one side and rare on the other, that no general stance lexicon or codebook cue covers yet:
//    `supports_cues` / `opposes_cues` candidates.
// Everything is counted in one pass over the claims with hash maps (linear in the corpus), and
// every list is in a deterministic order.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "graph/graph.hpp"
#include "loaders/codebook/codebook.hpp"

namespace sg::loaders {

struct SuggestOptions {
    std::size_t top = 10;         // longest list shown per kind and position
    std::size_t window = 4;       // words on either side of a mention where phrases are counted
    std::size_t min_claims = 2;   // a phrase must stand near mentions in at least this many claims
    std::size_t text_chars = 90;  // claim texts are shortened to this many characters
};

// How the codebook's positions and the graph's Position nodes correspond.
struct CodebookMatch {
    std::vector<std::string> matched;              // codebook ids the graph has (codebook order)
    std::vector<std::string> missing_in_graph;     // codebook ids with no Position node
    std::vector<std::string> missing_in_codebook;  // graph position ids the codebook lacks (sorted)
};

CodebookMatch match_codebook(const Graph& g, const Codebook& codebook);

// "" when graph and codebook have the same positions; otherwise one line naming both files:
// `g.json: built without codebook book.json (positions a, b not in the graph; graph has c)` when
// none match, `g.json: built with another version of codebook book.json (...)` when some do.
std::string describe_mismatch(const CodebookMatch& m, const std::string& graph_label,
                              const std::string& codebook_label);

struct SuggestedClaim {
    std::string key;       // "claim:doc.txt:10-52"
    std::string speaker;   // canonical name of the `says` source, "" when none
    std::string document;  // file name
    std::string text;      // shortened to SuggestOptions::text_chars
    Span span;
    bool comment = false;  // a reader's comment
    // The words of the claim that name the position, as written (deduplicated, in text order).
    std::vector<std::string> mentions;
};

struct SuggestedPhrase {
    std::string phrase;     // lower-cased as written in its first occurrence: ready to paste as a cue
    std::size_t words = 0;  // 1-3
    std::size_t claims = 0;     // claims where it stands near a mention (on this side, for framing)
    std::size_t elsewhere = 0;  // cues: claims where it stands near another position's mention;
                                // framing: claims on the other side
    std::string example;           // the words around its first occurrence, "…" where cut
    std::string example_document;  // that claim's document
};

struct PositionSuggestions {
    std::string id, label;
    std::size_t supports = 0, opposes = 0;  // claims with that edge to the position
    std::size_t undecided_total = 0, missed_total = 0;
    std::vector<SuggestedClaim> undecided;  // most mentions first, then graph order; at most `top`
    std::vector<SuggestedClaim> missed;
    std::vector<SuggestedPhrase> cues, supports_cues, opposes_cues;  // ranked, at most `top` each
};

struct Suggestions {
    std::vector<PositionSuggestions> positions;  // codebook order; only the positions the graph has
};

Suggestions suggest_codebook(const Graph& g, const Codebook& codebook, const SuggestOptions& options = {});

// For a person: per position a heading, the undecided claims, the missed mentions, the phrases,
// each list of phrases also as a JSON array ready to paste into the codebook.
void write_suggestions_text(const Suggestions& s, std::ostream& out, const std::string& graph_label,
                            const std::string& codebook_label);

// For tools: one JSON object (`graph`, `codebook`, `warnings`, `positions`: the fields above).
void write_suggestions_json(const Suggestions& s, std::ostream& out, const std::string& graph_label,
                            const std::string& codebook_label, const std::vector<std::string>& warnings);

}  // namespace sg::loaders
