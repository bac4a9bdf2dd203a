// Word tokens for stance detection: byte offsets into the text, a lower-cased form and a crude
// stem, so that cue patterns match across inflections ("manage", "managing", "management").
#pragma once

#include "loaders/common/length_initial_filter.hpp"
#include "loaders/stance/stem_ids.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace sg::loaders::stance {

enum class TokKind : unsigned char {
    Word,
    Comma,        // , – — and parentheses: a soft break inside a clause
    ClauseBreak,  // ; :
    SentenceEnd,  // . ! ?
    Quote,        // quotation marks: transparent to matching
};

struct Token {
    TokKind kind = TokKind::Word;
    std::size_t begin = 0;  // byte offsets into the text
    std::size_t end = 0;
    std::string lower;      // lower-cased, typographic apostrophes folded to '
    std::string stem;       // for matching; for "can't" the stem of "can't" itself
    std::string base;       // for a contracted negation ("can't", "won't"): the positive stem
    // stem and base as ids (stem_ids.hpp), for the matcher and the token index; kNoStem for a
    // token that is not a word, and base_id for a word that is no contracted negation.
    StemId stem_id = kNoStem;
    StemId base_id = kNoStem;
    bool contracted_negation = false;
    bool capitalised = false;  // first letter upper case (names, acronyms, sentence starts)
    std::size_t sentence = 0;  // index of the sentence the token belongs to
};

// A set of stems (a lexicon's words): a std::unordered_set with a quick test of absence in front
// of it. Rules ask every token whether it is a determiner, a negator, a proposal noun...; most are
// none, and for a small set the standard set compares the word with each entry in turn (memcmp
// was the top self entry of a build). Assigning a set seals it: a bitmap of the (length, first
// byte) pairs of its words, so that count() of a word no entry could equal answers 0 at once.
// insert/emplace through a StemSet unseal it (the set alone answers then).
using StemSet = FilteredSet<std::unordered_set<std::string>>;

// Irregular form -> base form (held -> hold), from stance_irregular.txt.
using IrregularForms = std::unordered_map<std::string, std::string>;

// Stems one lower-cased word (after irregular folding).
std::string stem_word(std::string_view lower, const IrregularForms& irregular);

// Lets tokenize keep, per thread, the stem and stem id of every word it stems with `irregular`,
// so that a word seen before is not stemmed again (stemming and interning each word token was
// about 4 % of a build). `irregular` must stay unchanged at its address to the end of the
// process: builtin_lexicons() registers its own; other forms (tests' copies) are not kept.
void keep_stems_for(const IrregularForms& irregular);

// Splits text into tokens. Hyphens split words ("co-commissioning" -> co, commissioning); an
// apostrophe between letters stays inside the word (’ and ´ count as apostrophes there).
std::vector<Token> tokenize(std::string_view text, const IrregularForms& irregular);

}  // namespace sg::loaders::stance
