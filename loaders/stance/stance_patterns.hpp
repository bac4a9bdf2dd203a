// Cue patterns: the small matching language of codebook cues and stance lexicons.
//   words separated by spaces, matched on stems  "performance manage"
//   a|b   either word (or hyphenated compound)     "hold|run GP contract"
//   ...   a gap of up to six words (commas allowed) "contract ... held by"
// Between two adjacent words, determiners (stance_determiners.txt) and quote marks may be skipped.
// Matching never crosses a sentence end or a semicolon/colon.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "loaders/stance/stance_tokens.hpp"

namespace sg::loaders::stance {

struct PatternTerm {
    std::vector<std::vector<std::string>> alternatives;  // each a sequence of stems
    bool gap_before = false;
    // The most words the gap before it may hold. Below the written gap's six (a compound read
    // backwards, reversed_compound), the gap holds no comma either.
    std::size_t max_gap = 6;
    // The alternatives as stem ids (stem_ids.hpp), in the same shape, given by compile_pattern:
    // the matcher compares these with the tokens' ids. A term built otherwise (this not of the
    // alternatives' shape) has its ids looked up when used.
    std::vector<std::vector<StemId>> alternative_ids;
};

// Gives `term` the ids of its alternatives' stems (alternative_ids).
void assign_stem_ids(PatternTerm& term);

struct Pattern {
    std::vector<PatternTerm> terms;
    std::string source;  // as written, for messages
    // Its place in an analysis' memo of whole-text matches (AnalysisMemo::WholeText), numbered
    // from 1 by the StanceClassifier over its positions' patterns; 0: none (found by address).
    std::uint32_t memo_slot = 0;
};

struct Match {
    std::size_t first = 0;  // token indexes, inclusive
    std::size_t last = 0;
    std::vector<std::size_t> matched;  // the tokens the pattern's words matched (not the gaps)
};

struct MatchOptions {
    const StemSet* skippable = nullptr;  // determiners
    bool negated_base = false;  // let "can't" match a pattern word "can" (modals)
};

Pattern compile_pattern(std::string_view text, const IrregularForms& irregular);

// A topic cue of two parts with a gap ("dredge ... channel") read the other way round as a
// compound or an "of" phrase, at most one word between ("channel dredging", "the channel's
// annual dredging"): English names a thing "B A" as often as "A ... B". nullopt for any other pattern.
// (Any order at the written gap of six words found too much: held-out stance F1 0.85 -> 0.73.)
std::optional<Pattern> reversed_compound(const Pattern& cue);

// Where each stem stands in one token list, so that a pattern is tried only at the tokens its
// first word can match: matching hundreds of cues then costs about the number of their
// occurrences, not cues x tokens. Holds token indexes by stem id (copyable with its tokens).
// One flat open-addressing table and one array of token indexes grouped by stem: built with a
// few allocations per text, where a hash map of vectors made three or more per distinct stem
// (building and freeing them was about 7 % of a build). Keyed by the tokens' stem ids: nothing
// is hashed or copied but integers.
class TokenIndex {
public:
    // Sorted token indexes of one stem: a view into the index (empty: none).
    struct Positions {
        const std::uint32_t* first = nullptr;
        const std::uint32_t* last = nullptr;
        const std::uint32_t* begin() const { return first; }
        const std::uint32_t* end() const { return last; }
        bool empty() const { return first == last; }
        std::size_t size() const { return static_cast<std::size_t>(last - first); }
    };
    TokenIndex() = default;
    explicit TokenIndex(const std::vector<Token>& tokens);
    // Sorted token indexes of the word tokens whose stem is `stem`.
    Positions by_stem(std::string_view stem) const { return find(stems_, known_stem_id(stem)); }
    Positions by_stem(StemId stem) const { return find(stems_, stem); }
    // ... of contracted negations whose positive stem is `stem` ("can't" for "can").
    Positions by_base(std::string_view stem) const { return find(bases_, known_stem_id(stem)); }
    Positions by_base(StemId stem) const { return find(bases_, stem); }
    // Every stem id of the text (and every positive stem of a contracted negation), each once,
    // in no meaningful order.
    template <class F>
    void for_each_stem(F&& f) const {
        for (const auto& slot : stems_.slots)
            if (slot.count) f(slot.key);
        for (const auto& slot : bases_.slots)
            if (slot.count) f(slot.key);
    }
    // The slots for_each_stem walks: about twice the text's word tokens.
    std::size_t table_size() const { return stems_.slots.size() + bases_.slots.size(); }

private:
    struct Slot {
        StemId key = kNoStem;
        std::uint32_t first = 0;  // into Table::at
        std::uint32_t count = 0;  // 0: empty slot
    };
    struct Table {
        std::vector<Slot> slots;        // a power of two long (or empty)
        std::vector<std::uint32_t> at;  // token indexes, grouped by slot, ascending within one
    };
    static std::size_t slot_of(StemId id, std::size_t mask) {
        return static_cast<std::size_t>(id * 0x9E3779B1u) & mask;
    }
    static Positions find(const Table& table, StemId stem);
    static void build(Table& table, const std::vector<Token>& tokens, bool bases);
    Table stems_, bases_;
};

// Every match of `p` starting at a word token in [from, to), leftmost-shortest per start.
// Tries every start: for one-off use (tests, short texts).
std::vector<Match> find_matches(const Pattern& p, const std::vector<Token>& tokens, std::size_t from,
                                std::size_t to, const MatchOptions& options);

// The same matches, trying only the starts `index` (built from `tokens`) gives for the pattern's
// first word.
std::vector<Match> find_matches(const Pattern& p, const std::vector<Token>& tokens, const TokenIndex& index,
                                std::size_t from, std::size_t to, const MatchOptions& options);

}  // namespace sg::loaders::stance
