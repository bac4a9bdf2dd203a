#include "loaders/stance/stance_analysis.hpp"
#include "loaders/stance/root_initials.hpp"
#include "loaders/stance/stance_topic_words.hpp"
#include "loaders/common/word_table.hpp"
#include "loaders/common/word_is.hpp"  // word_is

#include <algorithm>
#include <cctype>
#include <array>
#include <cmath>
#include <map>
#include <set>

namespace sg::loaders::stance {
namespace {

constexpr double kClear = 0.45;              // |evidence| below this: About
constexpr double kMixed = 0.6;               // weaker side / stronger side above this: About
constexpr std::size_t kNegationWindow = 4;   // words a negator reaches forward
constexpr std::size_t kRaisedNegationWindow = 12; // ... through an opinion verb ("not think")
constexpr std::size_t kMaxDistance = 12;     // words between a cue and a mention it can colour
constexpr std::size_t kPredicateReach = 24;  // ... when the cue is the predicate of the mention's subject
constexpr std::size_t kOpinionReach = 30;    // the clause an opinion verb of others reports
constexpr std::size_t kObjectWindow = 4;     // a mention this close after a harm verb is its object
constexpr std::size_t kHarmObjectReach = 8;  // ... or this close, when the verb comes first: its object may be
                                             // a longer phrase ("taking away the one tool that works, the X")
constexpr double kFramingWeight = 2.0;       // codebook framing cues outweigh general ones
constexpr std::size_t kReportedReach = 30;   // words from a reported-stance verb to its positions
constexpr std::size_t kMotionReach = 80;     // words of a motion's content read after "the motion"
constexpr std::size_t kLeadSentences = 3;    // headline and lead, for a document's focus
constexpr double kDerivedPairStrength = 0.85;  // a mention by two label words only ("ferry ... subsidy")
constexpr double kDerivedWordStrength = 0.7;   // ... by one distinctive label/description word
constexpr double kDistinctiveStrength = 0.7;  // tier 2: one word of only this position's label/aliases
constexpr std::size_t kNameWords = 12;       // the longest proper name looked through
constexpr double kQuestionWeight = 0.3;      // a question's cues: it asks, it does not assert
constexpr std::size_t kPreferenceReach = 6;  // words between "rather than" and the mention it ranks
constexpr double kPreferenceWeight = 0.8;    // "X rather than Y": X favoured, Y disfavoured
constexpr double kHeadStrength = 0.75;       // "the charge": a label's head noun after a determiner
constexpr double kProposalStrength = 0.8;
constexpr double kBackStrength = 0.7;        // "It will ..." after a sentence naming the position    // "the bill" standing for the document's focus

constexpr std::size_t kNoToken = static_cast<std::size_t>(-1);

bool is_word(const Token& t) { return t.kind == TokKind::Word; }
bool soft_or_hard_break(const Token& t) { return t.kind == TokKind::Comma || t.kind == TokKind::ClauseBreak || t.kind == TokKind::SentenceEnd; }

bool is_negator(const Token& t, const Lexicons& lex) {
    return is_word(t) && (t.contracted_negation || lex.negators.count(t.stem) > 0);
}

// "not only ... but", "not just", "not merely": an addition, no negation; nor is "whether or not".
bool not_only(const std::vector<Token>& t, std::size_t k) {
    // "whether or not the plan is approved": both alternatives, no denial
    if (word_is(t[k].lower, "not") && k >= 2 && word_is(t[k - 1].lower, "or") && word_is(t[k - 2].lower, "whether")) return true;
    if (!word_is(t[k].lower, "not") || k + 1 >= t.size() || !is_word(t[k + 1])) return false;
    const std::string_view next = t[k + 1].lower;
    return next == "only" || next == "just" || next == "merely" || next == "simply";
}

MatchOptions options(const Lexicons& lex) { return MatchOptions{&lex.determiners, true}; }

// Whether a negator stands in a match's gap, no word of its pattern ("urge them not to scrap X").
bool negator_in_gap(const std::vector<Token>& t, const Match& m, const Lexicons& lex) {
    for (std::size_t g = m.first + 1; g < m.last; ++g)
        if (!std::binary_search(m.matched.begin(), m.matched.end(), g) && is_negator(t[g], lex)) return true;
    return false;
}

// "fail", "failed", "fails", "failing": an event that did not happen ("failed to adopt X").
bool failure_word(const Token& t) { return is_word(t) && t.lower.rfind("fail", 0) == 0; }

// (Compared byte by byte: the suffixes are two or three letters, and a call to memcmp for each
// was a good share of tokenising and matching.)
[[gnu::always_inline]] inline bool ends_with(std::string_view s, std::string_view suf) {
    if (s.size() < suf.size()) return false;
    const char* tail = s.data() + (s.size() - suf.size());
    for (std::size_t i = 0; i < suf.size(); ++i)
        if (tail[i] != suf[i]) return false;
    return true;
}

struct Candidate {
    Match m;
    CueKind kind;
    const Cue* cue;
};

// Longest matches first; a token belongs to at most one cue ("not appropriate" is one oppose
// cue, not a negated "appropriate" as well).
std::vector<Candidate> keep_longest(std::vector<Candidate> cands, std::vector<int>& covered) {
    std::stable_sort(cands.begin(), cands.end(), [](const Candidate& x, const Candidate& y) {
        std::size_t lx = x.m.last - x.m.first, ly = y.m.last - y.m.first;
        if (lx != ly) return lx > ly;
        return x.m.first < y.m.first;
    });
    std::vector<Candidate> kept;
    for (auto& c : cands) {
        bool free = true;
        for (std::size_t i = c.m.first; i <= c.m.last && free; ++i) free = covered[i] < 0;
        if (!free) continue;
        for (std::size_t i = c.m.first; i <= c.m.last; ++i) covered[i] = static_cast<int>(kept.size());
        kept.push_back(std::move(c));
    }
    std::sort(kept.begin(), kept.end(), [](const Candidate& x, const Candidate& y) { return x.m.first < y.m.first; });
    std::fill(covered.begin(), covered.end(), -1);
    for (std::size_t k = 0; k < kept.size(); ++k)
        for (std::size_t i = kept[k].m.first; i <= kept[k].m.last; ++i) covered[i] = static_cast<int>(k);
    return kept;
}

// Whether the words before `first` (and for modals the word after `last`) negate a cue:
// "does not support", "not in favour of", "should not be held", "can't hold".
bool negated_span(const Analysis& a, std::size_t first, std::size_t last, bool modal, const Lexicons& lex) {
    const auto& t = a.tokens;
    int count = t[first].contracted_negation ? 1 : 0;
    auto negator_here = [&](std::size_t k) {
        if (!is_negator(t[k], lex) || not_only(t, k)) return false;
        int c = a.covered.empty() ? -1 : a.covered[k];
        // A negator inside another cue ("not appropriate") is spent there, except a negated
        // modal, which also negates the cue it governs ("won't support").
        // (A negator in a cue's gap is no word of it: "urge them not to scrap X" negates "scrap".)
        // A verb of refusal that is a cue of its own still negates the verb it governs
        // ("refused to back X": stance_negators.txt and stance_oppose.txt both hold "refuse").
        // ("say no to X" is a cue whose "no" is spent there: only a verb of refusal governs)
        const bool governs_infinitive = k + 1 < t.size() && word_is(t[k + 1].lower, "to") && !word_is(t[k].lower, "no") && !word_is(t[k].lower, "not");
        return c < 0 || a.cues[static_cast<std::size_t>(c)].kind == CueKind::Modal || (!a.in_cue_gap.empty() && a.in_cue_gap[k]) ||
               governs_infinitive;
    };
    std::size_t window = modal ? 2 : kNegationWindow;
    std::size_t words = 0;
    for (std::size_t k = first; k-- > 0 && words < kRaisedNegationWindow;) {
        if (soft_or_hard_break(t[k])) break;
        if (!is_word(t[k])) continue;
        if (lex.clause_words.count(t[k].stem) && (a.covered.empty() || a.covered[k] < 0)) {
            // "nobody who argued against it": a relative clause of a negative pronoun is negated
            if ((word_is(t[k].lower, "who") || word_is(t[k].lower, "that")) && k > 0 && is_word(t[k - 1]) &&
                (word_is(t[k - 1].lower, "nobody") || word_is(t[k - 1].lower, "none") || word_is(t[k - 1].lower, "nothing") ||
                 (word_is(t[k - 1].lower, "one") && k > 1 && word_is(t[k - 2].lower, "no"))))
                ++count;
            break;
        }
        ++words;
        if (!negator_here(k)) continue;
        if (words <= window) {
            ++count;
            continue;
        }
        // "do not think X is <cue>": a negated opinion verb negates its whole clause.
        std::size_t next = k + 1;
        while (next < first && !is_word(t[next])) ++next;
        if (!modal && next < first && lex.neg_raising.count(t[next].stem)) ++count;
    }
    if (modal) {
        for (std::size_t k = last + 1; k < t.size(); ++k) {
            if (t[k].kind == TokKind::Quote) continue;
            if (is_word(t[k]) && negator_here(k)) ++count;
            break;
        }
    }
    return count % 2 == 1;
}

// Whether token `first` is in a purpose clause: "so that", "so", "in order that", "to ensure" or
// "to make sure" opening its clause (after a comma or the sentence's start) at most twelve words
// before it.
bool in_purpose_clause(const Analysis& a, std::size_t first) {
    const auto& t = a.tokens;
    std::size_t k = first, words = 0;
    while (k > 0 && t[k - 1].sentence == t[first].sentence && !soft_or_hard_break(t[k - 1]) && words < 12) {
        --k;
        if (is_word(t[k])) ++words;
    }
    while (k < first && !is_word(t[k])) ++k;
    auto word = [&](std::size_t i, std::string_view w) { return i < first && is_word(t[i]) && t[i].lower == w; };
    return (word(k, "so") && !word(k + 1, "far")) || (word(k, "in") && word(k + 1, "order")) ||
           (word(k, "to") && (word(k + 1, "ensure") || (word(k + 1, "make") && word(k + 2, "sure"))));
}

// The weight of contrast on a span: after "but" it counts more, before it less; inside an
// "although" clause less.
double contrast_weight(const Analysis& a, std::size_t first, std::size_t last) {
    std::size_t s = a.tokens[first].sentence;
    // "regardless of whether the plan is approved": an embedded question asserts neither side
    if (!a.in_question.empty() && a.in_question[first]) return 0.0;
    double w = a.in_concession[first] ? 0.5 : 1.0;
    // "supported the provisions, because without them the cap could not be enforced": the reason
    // given for a side argues for it, its negations do not turn it
    if (a.in_reason[first]) w *= 0.5;
    if (a.last_main[s] != std::string::npos && a.last_main[s] > last) w *= 0.5;
    else if (a.first_main[s] != std::string::npos && a.first_main[s] < first) w *= 1.5;
    return w;
}

// Word tokens strictly between token indexes x < y, in constant time.
std::size_t words_between(const Analysis& a, std::size_t x, std::size_t y) {
    return y > x + 1 ? a.word_pos[y] - a.word_pos[x + 1] : 0;
}

// How far a cue stands from a mention, for its reach and weight: words between, a name of several
// capitalised words counted as one ("support the call of the Mid North Growers' Association for
// X" is as close as "support the association's call for X"). A name is one noun phrase however
// many words it has.
std::size_t cue_distance(const Analysis& a, std::size_t x, std::size_t y) {
    return y > x + 1 ? a.phrase_pos[y] - a.phrase_pos[x + 1] : 0;
}

// Whether token i continues a name: a capitalised word right after another (no punctuation
// between but an apostrophe's possessive).
bool continues_name(const std::vector<Token>& t, std::size_t i) {
    return i > 0 && is_word(t[i]) && t[i].capitalised && is_word(t[i - 1]) && t[i - 1].capitalised &&
           t[i - 1].sentence == t[i].sentence;
}

// An adverb in -ly of more than four letters ("quickly", "unilaterally"; not "only", "fly").
bool ly_adverb(const Token& t) { return is_word(t) && t.lower.size() > 4 && ends_with(t.lower, "ly"); }

// A side cue's direction on what it governs, negation included: +1 or -1 (not for modals).
double unit_side(const FoundCue& c) {
    const double s = c.kind == CueKind::Support ? 1.0 : -1.0;
    return c.negated ? -s : s;
}

double cue_sign(const FoundCue& c) {
    if (c.others) return 0.0;  // someone else's attitude, reported by the speaker
    if (c.only_governed && c.governed == 0.0) return 0.0;  // "changes to X" alone judges nothing
    switch (c.kind) {
        case CueKind::Support: return c.weight;
        case CueKind::Oppose:
        case CueKind::Harm: return -c.weight;
        case CueKind::Modal: break;
    }
    return c.negated ? c.negated_weight : c.weight;
}

// Whether a word referring back ("it", "them", stance_refer_back.txt) follows token `last`
// within three words of its clause.
bool refers_back(const Analysis& a, std::size_t last, const Lexicons& lex) {
    std::size_t words = 0;
    for (std::size_t k = last + 1; k < a.tokens.size() && words < 3; ++k) {
        if (soft_or_hard_break(a.tokens[k])) break;
        if (!is_word(a.tokens[k])) continue;
        ++words;
        if (lex.refer_back.count(a.tokens[k].stem)) return true;
    }
    return false;
}

// Whether a removal verb in the passive follows modal `c` as a cue, past "not", adverbs and
// "be"/"being" (which may open the cue itself): "should be withdrawn", "must not be scrapped".
// Only removal (stance_removal.txt, and "replaced"): "X should be opposed" names a side of others
// to take, which the modal's wish and the verb leave undecided as before.
bool passive_verb_follows(const Analysis& a, const FoundCue& c, const Lexicons& lex) {
    auto next = std::partition_point(a.cues.begin(), a.cues.end(), [&](const FoundCue& x) { return x.first <= c.last; });
    if (next == a.cues.end() || next->kind != CueKind::Oppose || a.tokens[next->first].sentence != a.tokens[c.last].sentence)
        return false;
    bool removal = false;
    for (std::size_t k = next->first; k <= next->last && !removal; ++k)
        removal = is_word(a.tokens[k]) && (lex.removal.count(a.tokens[k].stem) || word_is(a.tokens[k].lower, "replaced"));
    if (!removal) return false;
    bool be = word_is(a.tokens[next->first].lower, "be") || word_is(a.tokens[next->first].lower, "being");
    for (std::size_t k = c.last + 1; k < next->first; ++k) {
        if (!is_word(a.tokens[k])) return false;
        const std::string_view w = a.tokens[k].lower;
        if (w == "be" || w == "being") be = true;
        else if (w != "not" && !ly_adverb(a.tokens[k])) return false;
    }
    return be;
}

// Whether a negated modal of wish or duty ("does not need", "should not") governs the span
// starting at `first`: the nearest cue before it, within four words of the same clause.
bool under_negated_wish(const Analysis& a, std::size_t first) {
    auto it = std::partition_point(a.cues.begin(), a.cues.end(), [&](const FoundCue& c) { return c.last < first; });
    if (it == a.cues.begin()) return false;
    const FoundCue& c = *std::prev(it);
    if (c.kind != CueKind::Modal || !c.negated || c.weight <= 0) return false;
    for (std::size_t k = c.last + 1; k < first; ++k)
        if (soft_or_hard_break(a.tokens[k])) return false;
    return words_between(a, c.last, first) <= kNegationWindow;
}

struct Mention {
    std::size_t first, last;
    std::vector<std::size_t> matched;
    double framing;  // 0 for a topic mention, +/-kFramingWeight for a framing cue
    double strength = 1.0;  // how surely it names the position; negative: names the alternative it rejects
    // Names only the thing a removal-framed position removes ("the harbour tolls" for
    // "Abolition of harbour tolls"): its evidence counts reversed.
    bool removed_thing = false;
};

// Whether tokens [first, last] are part of a longer proper name, so that the words there name
// the thing the name belongs to, not a position: a cue word before the name's head ("Charge
// Street", "Levy Brothers Ltd") or one word at the end of a name ("act" in "the Clean Air Act").
// Capitals at a sentence start or in a Title Case headline say nothing.
bool inside_longer_name(const Analysis& a, std::size_t first, std::size_t last, const Lexicons& lex) {
    const auto& t = a.tokens;
    if (a.title_case.empty() || a.title_case[t[first].sentence]) return false;
    auto sentence_start = [&](std::size_t k) {
        for (std::size_t j = k; j-- > 0;) {
            if (t[j].sentence != t[k].sentence) return true;
            if (is_word(t[j])) return false;
        }
        return true;
    };
    auto capital = [&](std::size_t k) { return k < t.size() && is_word(t[k]) && t[k].capitalised; };
    for (std::size_t k = first; k <= last; ++k)
        if (is_word(t[k]) && !capital(k)) return false;
    // the name goes on after the match: the match is a modifier of its head, unless the head is
    // a proposal noun (the policy's own name: "the Phone-Free Charter", "the Clean Air Zone Bill")
    if (last + 1 < t.size() && capital(last + 1) && t[last + 1].sentence == t[last].sentence) {
        // (a name is a few words: look no further than kNameWords, so a wall of capitals stays linear)
        std::size_t head = last + 1;
        while (head + 1 < t.size() && head < last + kNameWords && capital(head + 1) &&
               t[head + 1].sentence == t[head].sentence)
            ++head;
        return !lex.proposal_nouns.count(t[head].stem);
    }
    // one word closing a name that starts before it (not merely after a sentence opener)
    if (first == last && first > 0 && capital(first - 1) && t[first - 1].sentence == t[first].sentence) {
        std::size_t start = first - 1;
        while (start > 0 && start + kNameWords > first && capital(start - 1) && t[start - 1].sentence == t[first].sentence)
            --start;
        return !(start == first - 1 && sentence_start(start));
    }
    return false;
}

// cues_in_text(cues, index, a.index), for the lexicons' lists found together on first use.
const std::vector<std::size_t>& cues_present(const Analysis& a, const std::vector<Cue>& cues, const CueIndex& index,
                                             const Lexicons& lex) {
    AnalysisMemo::CuesPresent& present = a.memo.cues_present;
    if (lex.all_by_first_of == &lex && (!present.made_for || present.made_for == &lex)) {
        const std::array<const CueIndex*, 7> kinds = {&lex.support_index,  &lex.oppose_index, &lex.harm_index,
                                                      &lex.modals_index,   &lex.contrast_index, &lex.hedges_index,
                                                      &lex.reported_index};
        auto kind_of = [&](const CueIndex* list) {
            return static_cast<std::size_t>(std::find(kinds.begin(), kinds.end(), list) - kinds.begin());
        };
        if (!present.made_for) {
            present.made_for = &lex;
            a.index.for_each_stem([&](StemId stem) {
                if (auto it = lex.all_by_first.find(stem); it != lex.all_by_first.end())
                    for (const auto& [list, entry] : it->second)
                        if (const std::size_t k = kind_of(list); k < kinds.size()) present.lists[k].push_back(entry);
            });
            for (auto& entries : present.lists) {
                std::sort(entries.begin(), entries.end());
                entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
            }
        }
        if (const std::size_t k = kind_of(&index); k < kinds.size()) return present.lists[k];
    }
    auto [it, fresh] = present.others.try_emplace(&index);
    if (fresh) it->second = cues_in_text(cues, index, a.index);  // a list of other lexicons
    return it->second;
}

// The matches of `pat` in tokens [from, to): over the whole text, found once per Analysis.
// (A match over a part is not always a whole-text match cut to it: an alternative that runs past
// the part's end may hide a shorter one that fits, so parts are matched afresh.)
const std::vector<Match>& matches_in(const Analysis& a, const Pattern& pat, std::size_t from, std::size_t to,
                                     const Lexicons& lex, std::vector<Match>& part) {
    if (from == 0 && to >= a.tokens.size()) {
        if (const std::vector<Match>* found = a.memo.whole_text.find(&pat)) return *found;
        return a.memo.whole_text.insert(&pat, find_matches(pat, a.tokens, a.index, 0, a.tokens.size(), options(lex)));
    }
    part = find_matches(pat, a.tokens, a.index, from, to, options(lex));
    return part;
}

// The patterns of `index` that can match in `a` at all: found once per Analysis.
const PatternSet& possible_patterns(const Analysis& a, const PatternIndex& index) {
    if (a.memo.possible_for != &index) {
        a.memo.possible = index.possible_in(a.index);
        a.memo.possible_for = &index;
    }
    return a.memo.possible;
}

// Calls f(pattern) for each pattern of `group` (one of p's lists) that can match in `a`, in the
// list's order; for every pattern of it when p's patterns are not indexed. The others would
// find no match wherever they were asked: a pattern starts only at one of its first words.
template <class F>
void for_each_possible(const Analysis& a, const PositionPatterns& p, const std::vector<Pattern>& group, F&& f) {
    if (!p.pattern_index) {
        for (const Pattern& pat : group) f(pat);
        return;
    }
    p.pattern_index->for_each_possible(group, possible_patterns(a, *p.pattern_index), f);
}

// Whether the word before token i, at most three words back (quote marks skipped), is a
// determiner: "the charge", "this vote", "a $10 charge".
bool determined(const Analysis& a, std::size_t i, const Lexicons& lex) {
    std::size_t words = 0;
    for (std::size_t k = i; k-- > 0 && words < 3;) {
        if (!is_word(a.tokens[k])) {
            if (a.tokens[k].kind == TokKind::Quote) continue;
            break;
        }
        ++words;
        if (lex.determiners.count(a.tokens[k].stem) || word_is(a.tokens[k].lower, "a") || word_is(a.tokens[k].lower, "an"))
            return true;
    }
    return false;
}

// The tokens where position p's tier-2 words stand, wherever clauses name positions (that is
// checked per call): they depend on the tokens only, so they are found once per Analysis.
const AnalysisMemo::Tier2& tier2_tokens(const Analysis& a, const PositionPatterns& p, const Lexicons& lex) {
    auto [it, fresh] = a.memo.tier2.try_emplace(&p);
    if (!fresh) return it->second;
    AnalysisMemo::Tier2& found = it->second;
    const std::vector<std::string>& roots = roots_of(a);
    // A word is pushed below only when its root is related to a distinctive root or equal to a
    // head: one whose initials none of them has is passed over at once.
    RootInitials initials;
    for (const auto& r : p.distinctive) initials.add(r);
    for (const auto& r : p.heads) initials.add(r);
    for (std::size_t i = 0; i < roots.size(); ++i) {
        if (roots[i].empty() || !initials.may_relate(roots[i])) continue;
        // "In my review, I ...": the speaker's own, not the position's. (A view: g++ compares a
        // std::string with a literal by a call to compare, asked here of every word of every text
        // for every position, 2.5 % of a build.)
        if (i > 0 && is_word(a.tokens[i - 1]) && word_is(a.tokens[i - 1].lower, "my")) continue;
        // A verb form names an act, not the thing ("interested in" is no conflict of interest).
        const bool gerund_noun = std::find(p.gerund_heads.begin(), p.gerund_heads.end(), a.tokens[i].lower) != p.gerund_heads.end();
        if (!p.distinctive.empty() && ((!ends_with(a.tokens[i].lower, "ing") && !ends_with(a.tokens[i].lower, "ed")) || gerund_noun))
            for (const auto& r : p.distinctive)
                if (related_roots(roots[i], r)) {
                    found.distinctive.push_back(i);
                    break;
                }
        bool head = false;
        for (const auto& r : p.heads) head = head || roots[i] == r;
        if (head && !inside_longer_name(a, i, i, lex) && determined(a, i, lex)) found.heads.push_back(i);
    }
    return found;
}

// Whether a subject pronoun ("you", "they") stands between tokens x and y.
bool subject_between(const Analysis& a, std::size_t x, std::size_t y, const Lexicons& lex) {
    for (std::size_t k = x + 1; k < y; ++k)
        if (is_word(a.tokens[k]) && lex.subject_pronouns.count(a.tokens[k].stem)) return true;
    return false;
}

// A word of removal (stance_removal.txt, stance_removal_governors.txt) governing the words [first, last]: up to six words
// before them in their clause ("the end of the harbour tolls", "scrapping the boat
// tolls") or up to three after ("tolls would be abolished", "a plastics ban"). Its index,
// or npos.
std::size_t governing_removal(const Analysis& a, std::size_t first, std::size_t last, const Lexicons& lex) {
    const auto& t = a.tokens;
    auto stops = [&](const Token& x) { return !is_word(x) ? x.kind != TokKind::Quote : lex.clause_words.count(x.stem) > 0; };
    std::size_t words = 0;
    for (std::size_t k = first; k-- > 0 && words < 6;) {
        if (stops(t[k])) break;
        if (!is_word(t[k])) continue;
        ++words;
        if (lex.removal_governors.count(t[k].stem)) return k;
    }
    words = 0;
    for (std::size_t k = last + 1; k < t.size() && words < 3; ++k) {
        if (stops(t[k])) break;
        if (!is_word(t[k])) continue;
        ++words;
        if (lex.removal_governors.count(t[k].stem)) return k;
    }
    return std::string::npos;
}

// Whether a mention's content words are those of one alias naming the thing removed, all of
// them and no other ("the Open Internet Order", not "the order" alone), or one word of such an
// alias that neither the label nor an alias naming the removal uses ("open").
bool names_removed_alias(const Analysis& a, const Mention& m, const PositionPatterns& p, const Lexicons& lex) {
    const std::vector<std::string>& roots = roots_of(a);
    if (m.first == m.last && is_word(a.tokens[m.first]) &&
        std::none_of(p.naming_roots.begin(), p.naming_roots.end(),
                     [&](const std::string& r) { return related_roots(roots[m.first], r); }))
        for (const std::vector<std::string>& alias : p.removed_aliases)
            for (const std::string& r : alias)
                if (related_roots(roots[m.first], r)) return true;
    for (const std::vector<std::string>& alias : p.removed_aliases) {
        std::vector<bool> met(alias.size(), false);
        bool inside = true;
        for (std::size_t i : m.matched) {
            if (!is_word(a.tokens[i]) || lex.function_words.count(a.tokens[i].stem)) continue;
            bool any = false;
            for (std::size_t r = 0; r < alias.size(); ++r)
                if (related_roots(roots[i], alias[r])) met[r] = any = true;
            if (!any) {
                inside = false;
                break;
            }
        }
        if (inside && std::all_of(met.begin(), met.end(), [](bool b) { return b; })) return true;
    }
    return false;
}

// For a removal-framed position: a topic mention by the words of the thing removed alone names
// that thing ("the tolls are a lifeline" opposes abolishing them), unless a word of removal
// governs it, which then joins the mention (it names the position, and is no evidence).
void mark_removed_things(const Analysis& a, const PositionPatterns& p, const Lexicons& lex, std::vector<Mention>& mentions) {
    const std::vector<std::string>& roots = roots_of(a);
    for (auto& m : mentions) {
        if (m.framing != 0.0 || m.strength <= 0.0) continue;
        bool object_only = true;
        for (std::size_t i : m.matched)
            if (is_word(a.tokens[i]) && (lex.removal_particles.count(a.tokens[i].stem) || !lex.function_words.count(a.tokens[i].stem)) &&
                std::none_of(p.removal_object.begin(), p.removal_object.end(),
                             [&](const std::string& r) { return related_roots(roots[i], r); })) {
                object_only = false;
                break;
            }
        if (!object_only) object_only = names_removed_alias(a, m, p, lex);
        if (!object_only) continue;
        std::size_t removal = governing_removal(a, m.first, m.last, lex);
        if (removal == std::string::npos) {
            m.removed_thing = true;
        } else {
            m.matched.push_back(removal);
            m.first = std::min(m.first, removal);
            m.last = std::max(m.last, removal);
        }
    }
}

std::vector<Mention> mentions_of(const Analysis& a, std::size_t from, std::size_t to, const PositionPatterns& p,
                                 const Lexicons& lex, Focus focus = Focus::None, bool tier2 = true) {
    std::vector<Mention> out;
    std::vector<Match> part;
    auto add = [&](const std::vector<Pattern>& pats, double framing, double strength) {
        for_each_possible(a, p, pats, [&](const Pattern& pat) {
            for (const auto& m : matches_in(a, pat, from, to, lex, part))
                if (!inside_longer_name(a, m.first, m.last, lex))
                    out.push_back({m.first, m.last, m.matched, framing, strength});
        });
    };
    add(p.topic, 0.0, 1.0);
    add(p.favour, kFramingWeight, 1.0);
    add(p.disfavour, -kFramingWeight, 1.0);
    // Clauses this position names itself by tier 1: its tier-2 words there compete with no one.
    std::set<std::size_t> own_clauses;
    if (!a.explicitly_named.empty())
        for (const auto& m : out) own_clauses.insert(a.clause_of[m.first]);
    for (const auto* pats : {&p.derived, &p.derived_contrary}) {
        double sign = pats == &p.derived ? 1.0 : -1.0;
        for_each_possible(a, p, *pats, [&](const Pattern& pat) {
            for (const auto& m : matches_in(a, pat, from, to, lex, part))
                out.push_back({m.first, m.last, m.matched, 0.0,
                               sign * (pat.terms.size() > 1 ? kDerivedPairStrength : kDerivedWordStrength)});
        });
    }
    // A tier-2 word counts in a clause no other position names by tier 1.
    auto left_to_others = [&](std::size_t i) {
        return !a.explicitly_named.empty() &&
               a.explicitly_named[a.clause_of[i]] > (own_clauses.count(a.clause_of[i]) ? 1u : 0u);
    };
    if (tier2 && (!p.distinctive.empty() || !p.heads.empty())) {
        const AnalysisMemo::Tier2& words = tier2_tokens(a, p, lex);
        // Not a word in the middle of a stance cue, an idiom: "right" of "the right thing" is no
        // mooring right. (A cue's first or last word may be the topic: "a tax on".)
        auto in_cue_phrase = [&](std::size_t i) {
            if (a.covered.empty() || a.covered[i] < 0 || a.in_cue_gap[i]) return false;
            return i > 0 && a.covered[i - 1] == a.covered[i] && i + 1 < a.covered.size() && a.covered[i + 1] == a.covered[i];
        };
        for (std::size_t i : words.distinctive)
            if (i >= from && i < to && !left_to_others(i) && !in_cue_phrase(i)) out.push_back({i, i, {i}, 0.0, kDistinctiveStrength});
        // "the charge", "this vote", "a $10 charge": a determiner (at most two words before) and
        // the head noun of this position's label, where no other position names itself so in the
        // clause.
        for (std::size_t i : words.heads)
            if (i >= from && i < to && !left_to_others(i) && !in_cue_phrase(i)) out.push_back({i, i, {i}, 0.0, kHeadStrength});
    }
    if (!p.removal_object.empty()) mark_removed_things(a, p, lex, out);
    for (const auto& [span, owner] : a.back_owner)
        if (p.index < 64 && (owner >> p.index & 1) && span.first >= from && span.second < to)
            out.push_back({span.first, span.second, {span.second}, 0.0, kBackStrength});
    if (focus != Focus::None)
        for (const auto& [first, last] : a.proposal_refs) {
            if (first < from || last >= to) continue;
            const std::string& noun = a.tokens[last].stem;
            bool names_it = p.own_nouns.count(noun) || (focus == Focus::Here && !p.others_nouns.count(noun));
            if (names_it) out.push_back({first, last, {last}, 0.0, kProposalStrength});
        }
    return out;
}

using TokenSpans = std::vector<std::pair<std::size_t, std::size_t>>;

// "the bill", "this new plan": a definite determiner, at most two words, a noun of `nouns`
// (proposal nouns, or nouns referring back: "the move", "these powers").
TokenSpans find_noun_refs(const std::vector<Token>& t, const Lexicons& lex,
                          const StemSet& nouns) {
    TokenSpans out;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!is_word(t[i]) || !nouns.count(t[i].stem)) continue;
        // an -ing form sharing the noun's stem is another word ("planning" is not "the plan")
        if (ends_with(t[i].lower, "ing") && !nouns.count(t[i].lower)) continue;
        std::size_t words = 0;
        for (std::size_t k = i; k-- > 0 && words < 3;) {
            if (!is_word(t[k])) {
                if (t[k].kind == TokKind::Quote) continue;
                break;
            }
            // (a view: a std::string compared with a literal asks strlen and memcmp each time, a
            // view compares lengths first; these words are asked of every word of every text)
            const std::string_view w = t[k].lower;
            if (w == "the" || w == "this" || w == "that" || w == "these" || w == "those" || w == "such") {
                out.push_back({k, i});
                break;
            }
            if (nouns.count(t[k].stem) || lex.clause_words.count(t[k].stem)) break;
            ++words;
        }
    }
    return out;
}

// "It should be clear to everyone that ...", "It is true that ...": an "it" whose verb is an
// auxiliary or "seems", with no determiner before a "that" or "whether" within seven words,
// stands for the clause to come, not for anything named before.
bool expletive_it(const std::vector<Token>& t, std::size_t i, const Lexicons& lex) {
    constexpr std::size_t kWindow = 7;
    const bool contracted = word_is(t[i].lower, "it's");
    if (!contracted && !(i + 1 < t.size() && is_word(t[i + 1]) &&
                         (lex.auxiliaries.count(t[i + 1].stem) || word_is(t[i + 1].lower, "seems") || word_is(t[i + 1].lower, "appears"))))
        return false;
    std::size_t words = 0;
    for (std::size_t k = i + 1; k < t.size() && words < kWindow; ++k) {
        if (!is_word(t[k])) return false;
        ++words;
        const std::string_view x = t[k].lower;
        if ((x == "that" || x == "whether") && words >= 2) return true;
        if (lex.determiners.count(t[k].stem)) return false;
    }
    return false;
}

// References back to what was named before: "the move", "these powers" (stance_back_nouns.txt),
// and a pronoun opening a clause.
TokenSpans find_back_refs(const std::vector<Token>& t, const Lexicons& lex) {
    TokenSpans out = find_noun_refs(t, lex, lex.back_nouns);
    // "It will gut the high street", "This is a lifeline", "That would be a mistake": a
    // demonstrative or "it" opening a clause and followed by a verb refers back to what was
    // named before (its antecedent, or the document's focus).
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        if (!is_word(t[i])) continue;
        const std::string_view w = t[i].lower;
        if (w != "it" && w != "this" && w != "that" && w != "it's" && w != "that's") continue;
        std::size_t prev = i;
        while (prev > 0 && t[prev - 1].kind == TokKind::Quote) --prev;
        // a clause joined by "and"/"but"/"so" after a comma opens with it too ("We did it first,
        // and it leaked like a sieve")
        if (prev >= 2 && is_word(t[prev - 1]) &&
            (word_is(t[prev - 1].lower, "and") || word_is(t[prev - 1].lower, "but") || word_is(t[prev - 1].lower, "so")) &&
            t[prev - 2].kind == TokKind::Comma) {
            // ... but a demonstrative there stands for the clause just before it ("you'd be
            // choosing favourites, and that's unjust"), not for a position
            if (w != "it" && w != "it's") continue;
            prev -= 2;
        }
        bool opens = prev == 0 || t[prev - 1].kind == TokKind::SentenceEnd || t[prev - 1].kind == TokKind::ClauseBreak ||
                     (prev < i && t[prev].kind == TokKind::Comma);
        if (!opens) continue;
        // followed by a verb: an auxiliary ("is", "will") or a finite form ("leaked", "means")
        const Token& next = t[i + 1];
        bool verb = is_word(next) && !next.capitalised &&
                    (lex.auxiliaries.count(next.stem) || ends_with(next.lower, "ed") ||
                     (ends_with(next.lower, "s") && !ends_with(next.lower, "ss")));
        if (w.find('\'') == std::string::npos && !verb) continue;
        if ((w == "it" || w == "it's") && expletive_it(t, i, lex)) continue;
        out.push_back({i, i});
    }
    return out;
}

}  // namespace

PositionPatterns compile_position(const CodebookPosition& p, const IrregularForms& irregular) {
    PositionPatterns out;
    auto add = [&](std::vector<Pattern>& into, const std::string& text) {
        Pattern pat = compile_pattern(text, irregular);
        if (!pat.terms.empty()) into.push_back(std::move(pat));
    };
    for (const auto& c : p.cues) {
        const std::size_t before = out.topic.size();
        add(out.topic, c);
        if (out.topic.size() > before)
            if (auto reversed = reversed_compound(out.topic.back())) out.topic.push_back(std::move(*reversed));
    }
    for (const auto& c : p.aliases) add(out.topic, c);
    if (!p.label.empty()) add(out.topic, p.label);
    std::string id_words = p.id;
    std::replace(id_words.begin(), id_words.end(), '-', ' ');
    if (id_words.find(' ') != std::string::npos) add(out.topic, p.id);  // "co-commissioning"
    for (const auto& c : p.supports_cues) add(out.favour, c);
    for (const auto& c : p.opposes_cues) add(out.disfavour, c);
    return out;
}

namespace {

// The first step of an analysis: the text's tokens and where each stem stands.
Analysis tokenised(std::string_view text, std::vector<Token> tokens) {
    Analysis a;
    a.text = text;
    a.tokens = std::move(tokens);
    a.index = TokenIndex(a.tokens);
    return a;
}

// The rest of analyse() on a tokenised text.
void analyse_tokens(Analysis& a, const Lexicons& lex, bool with_cues);

}  // namespace

namespace {

std::size_t pattern_slot(const Pattern* p, std::size_t mask) {
    return static_cast<std::size_t>((reinterpret_cast<std::uintptr_t>(p) >> 4) * 0x9E3779B97F4A7C15ull >> 20) & mask;
}

}  // namespace

const std::vector<Match>* AnalysisMemo::WholeText::find_elsewhere(const Pattern* p) const {
    if (p->memo_slot) {
        if (p->memo_slot >= direct_.size() || !direct_[p->memo_slot].first) return nullptr;
        if (direct_[p->memo_slot].first == p) return &found_[direct_[p->memo_slot].second];
        // another pattern holds the place (patterns of two classifiers): by address below
    }
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t s = pattern_slot(p, mask); slots_[s].first; s = (s + 1) & mask)
        if (slots_[s].first == p) return &found_[slots_[s].second];
    return nullptr;
}

const std::vector<Match>& AnalysisMemo::WholeText::insert(const Pattern* p, std::vector<Match> matches) {
    std::uint32_t at = 0;
    if (!matches.empty()) {
        if (found_.empty()) found_.emplace_back();
        at = static_cast<std::uint32_t>(found_.size());
        found_.push_back(std::move(matches));
    } else if (found_.empty()) {
        found_.emplace_back();
    }
    if (p->memo_slot) {
        if (p->memo_slot >= direct_.size()) direct_.resize(std::max<std::size_t>(p->memo_slot + 1, 2 * direct_.size()));
        if (!direct_[p->memo_slot].first) {
            direct_[p->memo_slot] = {p, at};
            return found_[at];
        }
    }
    if (2 * (used_ + 1) > slots_.size()) {  // grow: at most half full
        std::vector<std::pair<const Pattern*, std::uint32_t>> old(std::max<std::size_t>(64, 2 * slots_.size()));
        old.swap(slots_);
        const std::size_t mask = slots_.size() - 1;
        for (const auto& e : old)
            if (e.first) {
                std::size_t s = pattern_slot(e.first, mask);
                while (slots_[s].first) s = (s + 1) & mask;
                slots_[s] = e;
            }
    }
    const std::size_t mask = slots_.size() - 1;
    std::size_t s = pattern_slot(p, mask);
    while (slots_[s].first) s = (s + 1) & mask;
    slots_[s] = {p, at};
    ++used_;
    return found_[at];
}

const std::vector<std::string>& roots_of(const Analysis& a) {
    AnalysisMemo& memo = a.memo;
    if (!memo.roots_made) {
        memo.roots.resize(a.tokens.size());
        for (std::size_t i = 0; i < a.tokens.size(); ++i)
            if (is_word(a.tokens[i])) memo.roots[i] = topic_root(a.tokens[i].stem);
        memo.roots_made = true;
    }
    return memo.roots;
}

Analysis analyse(std::string_view text, const Lexicons& lex, bool with_cues) {
    return analyse(text, tokenize(text, lex.irregular), lex, with_cues);
}

Analysis analyse(std::string_view text, std::vector<Token> tokens, const Lexicons& lex, bool with_cues) {
    Analysis a = tokenised(text, std::move(tokens));
    analyse_tokens(a, lex, with_cues);
    return a;
}

std::optional<Analysis> analyse_as_speaker(std::string_view text, const Lexicons& lex) {
    return analyse_as_speaker(text, tokenize(text, lex.irregular), lex);
}

std::optional<Analysis> analyse_as_speaker(std::string_view text, const std::vector<Token>& tokens, const Lexicons& lex) {
    // (The opening word is asked first: most texts open otherwise, and their tokens are not copied.)
    auto opening = std::find_if(tokens.begin(), tokens.end(), [](const Token& t) { return is_word(t); });
    if (opening == tokens.end()) return std::nullopt;
    // "[the director said] the group would ask for changes": a generic word for a body after
    // "the" is the speaker's body, as "it" is; the pair reads as the one word "we"
    const bool body = opening->lower == "the" && opening + 1 != tokens.end() && is_word(opening[1]) &&
                      lex.body_nouns.count(opening[1].lower);
    const std::string_view w = opening->lower;
    if (!body && w != "he" && w != "she" && w != "it" && w != "they") return std::nullopt;
    Analysis a;
    a.text = text;
    a.tokens = tokens;
    auto first = a.tokens.begin() + (opening - tokens.begin());
    if (body) {
        const auto at = first - a.tokens.begin();
        a.tokens.erase(first);
        first = a.tokens.begin() + at;
        first->lower = "it";
    }
    first->stem = "we";
    first->stem_id = stem_id(first->stem);
    a.index = TokenIndex(a.tokens);
    analyse_tokens(a, lex, true);
    const std::size_t at = static_cast<std::size_t>(first - a.tokens.begin());
    const bool opens = std::any_of(a.cues.begin(), a.cues.end(), [&](const FoundCue& c) { return c.intent && c.first == at; });
    if (!opens) return std::nullopt;
    return a;
}

namespace {

namespace {

// "I'd rather see them pay a higher charge than be frozen", "we would sooner X than Y": a
// preference written apart, "rather"/"sooner" and, later in its sentence, "than". The "than" is
// the contrary marker (what follows it is the rejected alternative, what stands right before it
// the preferred one), and "rather" no contrast of its own.
void mark_split_preferences(Analysis& a, std::vector<char>& not_marker) {
    constexpr std::size_t kReach = 15;  // words from "rather" to its "than"
    const auto& t = a.tokens;
    // (Views: g++ compares a std::string with a literal by a call to compare, and this asks every
    // word of every text twice, 2 % of a build.)
    auto is = [&](std::size_t k, std::string_view word) { return is_word(t[k]) && std::string_view(t[k].lower) == word; };
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        if (!is(i, "rather") && !is(i, "sooner")) continue;
        if (is(i + 1, "than")) continue;  // "rather than": the lexicon's
        // (words counted here: the word positions are not made yet)
        std::size_t words = 0;
        for (std::size_t k = i + 2; k < t.size() && t[k].sentence == t[i].sentence && words <= kReach; ++k) {
            if (soft_or_hard_break(t[k])) break;
            words += is_word(t[k]) ? 1 : 0;
            if (is(k, "than")) {
                a.preferences.emplace_back(k, k);
                not_marker[i] = 1;
                break;
            }
        }
    }
}

// "To suggest that a few miles of the route affect X is laughable", "The idea that X would hurt
// the town is a myth": a sentence opening with "to" and a verb of opinion (stance_opinion_verbs.txt)
// or with a noun of claim and "that" (stance_claim_nouns.txt) has a claim for its subject, up to
// the sentence's first verb "be"; Analysis::claim_subject_end marks it.
void mark_claim_subjects(Analysis& a, const Lexicons& lex) {
    const auto& t = a.tokens;
    const std::size_t n = t.size();
    a.claim_subject_end.assign(n, kNoToken);
    static const std::array<std::string_view, 4> kBe{"is", "are", "was", "were"};
    for (std::size_t i = 0; i + 2 < n; ++i) {
        if (!is_word(t[i]) || (i > 0 && t[i - 1].sentence == t[i].sentence && t[i - 1].kind != TokKind::Quote)) continue;
        std::size_t open = kNoToken;  // the first token of the claim's own words
        if (word_is(t[i].lower, "to") && is_word(t[i + 1]) && lex.opinion_verbs.count(t[i + 1].stem)) open = i + 2;
        const std::size_t noun = word_is(t[i].lower, "the") ? i + 1 : i;
        if (noun + 1 < n && is_word(t[noun]) && lex.claim_nouns.count(t[noun].stem) && is_word(t[noun + 1]) &&
            word_is(t[noun + 1].lower, "that"))
            open = noun + 2;
        if (open == kNoToken) continue;
        std::size_t be = open;
        while (be < n && t[be].sentence == t[i].sentence &&
               !(is_word(t[be]) && std::find(kBe.begin(), kBe.end(), t[be].lower) != kBe.end()))
            ++be;
        if (be >= n || t[be].sentence != t[i].sentence) continue;
        for (std::size_t k = i; k < be; ++k) a.claim_subject_end[k] = be;
        i = be;
    }
}

// "we will scrap X", "I want to undo X": an intent frame right before a verb that is a cue of its
// own (or an adverb between: "we will quickly scrap") defers to the verb, which is marked as the
// speaker's own act. Not "we asked for a pause": a noun after a determiner is the frame's object.
// Cues are sorted by position.
// "I am disappointed that the Senate could not adopt a bill to expand X", "we are pleased that the
// board rejected X" (stance_emotion_frames.txt): a feeling about the event in the "that" clause
// after it. The event is undone when negated ("could not adopt", "failed to pass") or when its
// act is one of undoing (an opposing cue written as a past act: "rejected", "blocked"); that act
// is what others did, not the speaker's view (`others`). What the event's measure does (the
// clause's other cues: "expand X") takes the feeling's sign, turned when the event is undone
// (`governed`); with no such cue the feeling itself, so turned, decides.
void mark_emotion_frames(Analysis& a, const Lexicons& lex) {
    const auto& t = a.tokens;
    const std::size_t n = t.size();
    constexpr std::size_t kEventReach = 30;  // words of the "that" clause read
    for (std::size_t i = 0; i < a.cues.size(); ++i) {
        FoundCue& feeling = a.cues[i];
        if (feeling.kind != CueKind::Support && feeling.kind != CueKind::Oppose) continue;
        if (!is_word(t[feeling.first]) || !lex.emotion_frames.count(t[feeling.first].stem)) continue;
        std::size_t that = feeling.last + 1;
        if (that < n && ly_adverb(t[that])) ++that;  // "deeply disappointed that"
        if (that >= n || !is_word(t[that])) continue;
        // "feared the council would scrap it": "that" left out before a clause whose subject (a
        // determiner or pronoun and at most two more words) meets an auxiliary
        if (!word_is(t[that].lower, "that")) {
            if (!lex.determiners.count(t[that].stem) && !lex.subject_pronouns.count(t[that].stem)) continue;
            std::size_t aux = that + 1;
            while (aux < n && aux <= that + 3 && is_word(t[aux]) && !lex.auxiliaries.count(t[aux].stem)) ++aux;
            if (aux >= n || aux > that + 3 || !is_word(t[aux])) continue;
            --that;  // the clause opens right after the feeling
        }
        std::size_t end = that + 1;
        while (end < n && t[end].kind != TokKind::SentenceEnd && t[end].kind != TokKind::ClauseBreak &&
               words_between(a, that + 1, end) < kEventReach)
            ++end;
        std::size_t negator = kNoToken;  // the event's own negation, in its first eight words
        for (std::size_t k = that + 1; k < end && words_between(a, that + 1, k) < 8; ++k)
            if (is_negator(t[k], lex) || failure_word(t[k])) {
                negator = k;
                break;
            }
        bool undone = negator != kNoToken;
        std::vector<std::size_t> content;
        std::size_t harm_feared = kNoToken;
        for (std::size_t j = i + 1; j < a.cues.size() && a.cues[j].first < end; ++j) {
            FoundCue& event = a.cues[j];
            if (event.first <= that) continue;
            if (content.empty() && event.kind == CueKind::Oppose && ends_with(t[event.first].lower, "ed") && !event.negated) {
                undone = !undone;  // the act: "rejected"
                event.others = true;
                continue;
            }
            // a harm feared ("feared the council would trade away their discount"): the harm verb
            // decides, protecting its object and blaming its subject ("feared the X would hurt
            // shops"), and the feeling adds nothing there
            if (content.empty() && event.kind == CueKind::Harm && !event.negated) {
                harm_feared = j;
                break;
            }
            if (content.empty() && event.negated && negator != kNoToken && negator < event.first) {
                event.others = true;  // the act the negation denies: "did not adopt"
                continue;
            }
            if (event.kind == CueKind::Support || event.kind == CueKind::Oppose) content.push_back(j);
            else event.others = true;
        }
        const double side = (feeling.kind == CueKind::Support ? 1.0 : -1.0) * (feeling.negated ? -1.0 : 1.0);
        for (std::size_t j : content) {
            a.cues[j].governed = undone ? -side : side;
            a.cues[j].governor = static_cast<int>(i);
        }
        feeling.event_end = end;
        if (harm_feared != kNoToken) {
            feeling.defers_to = static_cast<int>(harm_feared);
            continue;
        }
        if (!content.empty()) feeling.defers_to = static_cast<int>(content.front());
        // (turned, not negated: a negated cue takes its weaker negated weight)
        else if (undone) feeling.kind = feeling.kind == CueKind::Support ? CueKind::Oppose : CueKind::Support;
    }
}

// "The vote ending X would stop unnecessary regulation", "the levy will cut wasteful spending":
// a verb of reduction (stance_reduction_verbs.txt) right before a judged noun phrase (at most a
// determiner and one more word between) turns the judgement for its subject. The judgement cue
// records the verb (`reduced_by`), and the verb, when it is a cue of its own, is marked
// `reduces_judged`; score_position reads both for a mention before the verb only.
void mark_reduced_judgements(Analysis& a, const Lexicons& lex) {
    const auto& t = a.tokens;
    for (std::size_t v = 0; v < t.size(); ++v) {
        if (!is_word(t[v]) || !lex.reduction_verbs.count(t[v].stem)) continue;
        // a verb after an auxiliary, "to" or a relative pronoun, not a noun ("a spending cut")
        if (v == 0 || !is_word(t[v - 1])) continue;
        const std::string_view before = t[v - 1].lower;
        if (!lex.auxiliaries.count(t[v - 1].stem) && before != "to" && before != "that" && before != "which" &&
            before != "who" && !ends_with(before, "ly"))
            continue;
        auto next = std::partition_point(a.cues.begin(), a.cues.end(), [&](const FoundCue& c) { return c.first <= v; });
        if (next == a.cues.end() || t[next->first].sentence != t[v].sentence) continue;
        if (next->intent || next->kind == CueKind::Modal || next->kind == CueKind::Harm) continue;
        std::size_t k = v + 1;
        if (k < next->first && is_word(t[k]) && lex.determiners.count(t[k].stem)) ++k;
        if (k < next->first && is_word(t[k])) ++k;  // one adjective or noun: "stop all unnecessary"
        if (k != next->first) continue;
        next->reduced_by = v;
        if (a.covered[v] >= 0) a.cues[static_cast<std::size_t>(a.covered[v])].reduces_judged = true;
    }
}

void mark_intended_verbs(Analysis& a, const Lexicons& lex) {
    const auto& t = a.tokens;
    for (std::size_t i = 0; i + 1 < a.cues.size(); ++i) {
        FoundCue& frame = a.cues[i];
        FoundCue& verb = a.cues[i + 1];
        if (!frame.intent || verb.intent || verb.kind == CueKind::Modal || verb.first <= frame.last) continue;
        if (t[verb.first].sentence != t[frame.last].sentence) continue;
        std::size_t k = frame.last + 1;
        if (k < verb.first && ly_adverb(t[k])) ++k;
        if (k != verb.first) continue;
        frame.defers_to = static_cast<int>(i + 1);
        // "we will push for changes to X": a cue that judges nothing alone takes the frame's side
        // as its governor's, as under "support" ("push for changes to X" wants X changed)
        if (verb.only_governed) {
            verb.governed = unit_side(frame);
            verb.governor = static_cast<int>(i);
            continue;
        }
        verb.intended = true;
    }
    // "support a ban on X", "call for an end to X", "oppose the repeal of X": a side taken on a
    // side taken on X. The first cue defers to the second, whose side on X it multiplies by its
    // own sign (at most one determiner between them).
    for (std::size_t i = 0; i + 1 < a.cues.size(); ++i) {
        FoundCue& outer = a.cues[i];
        FoundCue& inner = a.cues[i + 1];
        if (outer.intent || outer.defers_to >= 0 || outer.others || outer.kind == CueKind::Modal || outer.kind == CueKind::Harm)
            continue;
        if (inner.intent || inner.kind == CueKind::Modal || inner.kind == CueKind::Harm || inner.first <= outer.last) continue;
        if (t[inner.first].sentence != t[outer.last].sentence) continue;
        std::size_t k = outer.last + 1;
        if (k < inner.first && is_word(t[k]) && lex.determiners.count(t[k].stem)) ++k;
        if (k != inner.first) continue;
        outer.defers_to = static_cast<int>(i + 1);
        inner.governed = unit_side(outer);
        inner.governor = static_cast<int>(i);
    }
}

}  // namespace

void analyse_tokens(Analysis& a, const Lexicons& lex, bool with_cues) {
    a.proposal_refs = find_noun_refs(a.tokens, lex, lex.proposal_nouns);
    a.back_refs = find_back_refs(a.tokens, lex);
    {
        std::size_t count = a.tokens.empty() ? 0 : a.tokens.back().sentence + 1;
        std::vector<std::size_t> words(count, 0), capitals(count, 0);
        for (const auto& tok : a.tokens)
            if (is_word(tok) && tok.lower.size() > 3) {  // short words ("of", "the") are not capitalised in titles
                ++words[tok.sentence];
                capitals[tok.sentence] += tok.capitalised;
            }
        a.title_case.assign(count, false);
        for (std::size_t s = 0; s < count; ++s) a.title_case[s] = words[s] >= 3 && capitals[s] * 10 >= words[s] * 7;
    }
    const auto& t = a.tokens;
    const std::size_t n = t.size();
    std::size_t sentences = t.empty() ? 0 : t.back().sentence + 1;
    a.covered.assign(n, -1);
    a.hedge.assign(sentences, 1.0);
    if (t.empty()) return;

    std::vector<Candidate> cands;
    // Only the cues whose first word occurs in the text, in lexicon order (ties in
    // keep_longest go to the earlier list).
    // A harm verb right after an article or possessive is a noun of another sense: "a
    // compromise" is an agreement, "every hamper" a basket (the stems of a verb's forms are the
    // noun's too)
    auto noun_use = [&](std::size_t first) {
        if (first == 0 || !is_word(t[first - 1])) return false;
        static const WordTable articles {"a", "an", "the", "every", "each", "any",
                                                                 "its", "their", "his", "her", "our", "your"};
        return articles.count(t[first - 1].lower) > 0;
    };
    auto collect = [&](const std::vector<Cue>& cues, const CueIndex& index, CueKind kind) {
        for (std::size_t i : cues_present(a, cues, index, lex))
            for (auto& m : find_matches(cues[i].pattern, t, a.index, 0, n, options(lex)))
                if (kind != CueKind::Harm || !noun_use(m.first)) cands.push_back({std::move(m), kind, &cues[i]});
    };
    if (with_cues) {
        collect(lex.support, lex.support_index, CueKind::Support);
        collect(lex.oppose, lex.oppose_index, CueKind::Oppose);
        collect(lex.harm, lex.harm_index, CueKind::Harm);
        collect(lex.modals, lex.modals_index, CueKind::Modal);
    }
    std::vector<Candidate> kept = keep_longest(std::move(cands), a.covered);
    a.in_cue_gap.assign(n, 0);
    for (const auto& k : kept) {
        FoundCue c;
        c.first = k.m.first;
        c.last = k.m.last;
        c.kind = k.kind;
        c.weight = k.cue->weight;
        c.negated_weight = k.cue->negated_weight;
        // (word_is: g++ called std::string's compare out of line for each of these, for every
        // cue kept in every text, and for every contrast marker below)
        c.intent = word_is(k.cue->tag, "intent");
        c.only_governed = word_is(k.cue->tag, "governed");
        for (std::size_t g = k.m.first + 1; g < k.m.last; ++g)
            if (!std::binary_search(k.m.matched.begin(), k.m.matched.end(), g)) a.in_cue_gap[g] = 1;
        c.gap_negated = negator_in_gap(t, k.m, lex);
        a.cues.push_back(c);
    }
    // Contrast markers and hedges: only words that are not part of a cue. A phrase tagged
    // "contrary" ("rather than", "instead of") is no contrast of the speaker's assertion: what
    // follows it is the rejected alternative, so a marker inside it ("rather") is skipped.
    std::vector<char> not_marker(n, 0);
    for (std::size_t i : cues_present(a, lex.contrast, lex.contrast_index, lex))
        if (word_is(lex.contrast[i].tag, "contrary"))
            for (const auto& m : find_matches(lex.contrast[i].pattern, t, a.index, 0, n, options(lex))) {
                for (std::size_t k = m.first; k <= m.last && k < n; ++k) not_marker[k] = 1;
                a.preferences.emplace_back(m.first, m.last);
            }
    mark_split_preferences(a, not_marker);
    std::sort(a.preferences.begin(), a.preferences.end());
    for (std::size_t i : cues_present(a, lex.contrast, lex.contrast_index, lex))
        if (word_is(lex.contrast[i].tag, "replacement")) {
            // "X be replaced with Y": the verb is a cue of its own (against X); the replacement
            // after with/by is what the speaker puts in X's place, and its words judge it, not X
            for (const auto& m : find_matches(lex.contrast[i].pattern, t, a.index, 0, n, options(lex)))
                a.markers.push_back({m.last, m.last, false, false, false, true});
        } else if (!word_is(lex.contrast[i].tag, "contrary"))
            for (const auto& m : find_matches(lex.contrast[i].pattern, t, a.index, 0, n, options(lex)))
                if (a.covered[m.first] < 0 && !not_marker[m.first])
                    a.markers.push_back({m.first, m.last, word_is(lex.contrast[i].tag, "main"),
                                         word_is(lex.contrast[i].tag, "conditional"), word_is(lex.contrast[i].tag, "reason"),
                                         // (what is outweighed or disputed, like an open question, is no side taken)
                                         word_is(lex.contrast[i].tag, "question") || word_is(lex.contrast[i].tag, "outweighed") ||
                                             word_is(lex.contrast[i].tag, "disputed")});
    for (std::size_t i : cues_present(a, lex.hedges, lex.hedges_index, lex))
        for (const auto& m : find_matches(lex.hedges[i].pattern, t, a.index, 0, n, options(lex))) {
            const Cue& h = lex.hedges[i];
            double& w = a.hedge[t[m.first].sentence];
            w = std::max(0.4, w * h.weight);
        }
    // "We are not against cleaner trucks. ... But a new truck costs ...": a sentence that the
    // next one answers with "But" / "However" / "Yet" is a concession, weighed as the clause
    // before a "but" is (x0.5, in score_position, unless the answer turns to another position).
    a.answered_by_but.assign(sentences, false);
    for (const auto& m : a.markers) {
        if (!m.main) continue;
        const std::size_t s = t[m.first].sentence;
        if (s == 0) continue;
        bool opens = true;  // the marker is the sentence's first word
        for (std::size_t k = m.first; k-- > 0 && t[k].sentence == s;)
            if (is_word(t[k])) {
                opens = false;
                break;
            }
        if (opens) a.answered_by_but[s - 1] = true;
        // "We are not against X. Every operator would love Y. But ...": the answer reaches back
        // over one sentence of the concession
        if (opens && s >= 2) a.answered_by_but[s - 2] = true;
    }
    // A question asserts nothing ("Can you guarantee it won't end up in general revenue?", "Why
    // not?"): its cues weigh little, as a hedge's do.
    for (const auto& tok : t)
        if (tok.kind == TokKind::SentenceEnd && a.text.substr(tok.begin, tok.end - tok.begin) == "?")
            a.hedge[tok.sentence] *= kQuestionWeight;
    std::sort(a.markers.begin(), a.markers.end(), [](const ContrastMarker& x, const ContrastMarker& y) { return x.first < y.first; });
    a.word_pos.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) a.word_pos[i + 1] = a.word_pos[i] + (is_word(t[i]) ? 1 : 0);
    a.phrase_pos.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        a.phrase_pos[i + 1] = a.phrase_pos[i] + (is_word(t[i]) && !continues_name(t, i) ? 1 : 0);
    a.first_main.assign(sentences, std::string::npos);
    a.last_main.assign(sentences, std::string::npos);
    std::vector<std::size_t> concession_last(n, std::string::npos);  // marker's last token, by its first
    for (const auto& m : a.markers) {
        if (!m.main) {
            concession_last[m.first] = m.last;
            continue;
        }
        a.main_markers.push_back(m);
        std::size_t s = t[m.first].sentence;
        if (a.first_main[s] == std::string::npos) a.first_main[s] = m.first;
        a.last_main[s] = m.first;
    }
    a.clause_of.assign(n, 0);
    // "supported the register and asked that any levy be ...": a second verb of speech joined by
    // "and" opens a clause of its own
    // (stance_speech_verbs.txt; a verb form, not the bare stem: "and calls" but not "and call centres")
    // (Asked of every token: "and" compared as a view, which compares lengths first; g++ calls
    // compare for a std::string and a literal.)
    auto joined_speech = [&](std::size_t i) {
        return i > 0 && is_word(t[i - 1]) && word_is(t[i - 1].lower, "and") && is_word(t[i]) && t[i].lower != t[i].stem &&
               (lex.speech_verbs.count(t[i].stem) || lex.opinion_verbs.count(t[i].stem));
    };
    for (std::size_t i = 0, next_main = 0, clause = 0; i < n; ++i) {
        if (i > 0 && t[i].sentence != t[i - 1].sentence) ++clause;
        if (joined_speech(i)) ++clause;
        while (next_main < a.main_markers.size() && a.main_markers[next_main].first < i) {
            if (a.main_markers[next_main].last < i) {
                ++clause;
                ++next_main;
            } else {
                break;
            }
        }
        a.clause_of[i] = clause;
    }
    std::vector<bool> conditional_at(n, false), reason_at(n, false), question_at(n, false);
    for (const auto& m : a.markers) {
        if (m.conditional) conditional_at[m.first] = true;
        if (m.reason) reason_at[m.first] = true;
        if (m.question) question_at[m.first] = true;
    }
    a.in_concession.assign(n, false);
    a.in_conditional.assign(n, false);
    a.in_reason.assign(n, false);
    a.in_question.assign(n, false);
    mark_claim_subjects(a, lex);
    bool inside = false, conditional = false, reason = false, question = false;
    std::size_t marker_end = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (soft_or_hard_break(t[i])) inside = conditional = reason = question = false;
        a.in_concession[i] = inside && i > marker_end;
        a.in_conditional[i] = conditional && i > marker_end;
        a.in_reason[i] = reason && i > marker_end;
        a.in_question[i] = question && i > marker_end;
        if (concession_last[i] != std::string::npos) {
            inside = true;
            conditional = conditional_at[i];
            reason = reason_at[i];
            question = question_at[i];
            marker_end = concession_last[i];
        }
    }
    for (auto& c : a.cues) {
        c.negated = negated_span(a, c.first, c.last, c.kind == CueKind::Modal, lex) != c.gap_negated;
        // "we would not pay", "I will not": a negator right after a frame of intent negates it
        if (c.intent && c.last + 1 < n && is_word(t[c.last + 1]) && is_negator(t[c.last + 1], lex)) c.negated = !c.negated;
        c.contrast = contrast_weight(a, c.first, c.last);
        // "we support it", "they oppose it": "it" as the object of a stance verb is a generic
        // reference, like "the plan" (tier 3: the document focus when nothing else is named).
        // So is "it" after one more verb ("mad not to try it", "happy to back it").
        if (c.kind == CueKind::Support || c.kind == CueKind::Oppose) {
            std::size_t k = c.last + 1;
            if (k + 1 < n && is_word(t[k]) && !t[k].capitalised && ends_with(t[c.last].lower, "to") &&
                !lex.determiners.count(t[k].stem) && is_word(t[k + 1]) && word_is(t[k + 1].lower, "it"))
                ++k;
            if (k < n && is_word(t[k]) && word_is(t[k].lower, "it")) {
                a.proposal_refs.push_back({k, k});
                a.back_refs.push_back({k, k});
            }
        }
    }
    // "The idea that X would harm the town is a myth": the claim's own words are put up to be
    // judged, not asserted by the speaker
    for (auto& c : a.cues)
        if (a.claim_subject_end[c.first] != kNoToken) c.others = true;
    mark_intended_verbs(a, lex);
    mark_emotion_frames(a, lex);
    mark_reduced_judgements(a, lex);
}

}  // namespace

namespace {

// "some of you think this plan is a mistake", "critics say it is unfair": in a speaker's words,
// the clause after an opinion verb (stance_opinion_verbs.txt) whose subject is others
// (stance_others_subjects.txt) is their view: its cues, up to the clause's end or a "but", are
// marked `others`. Only verbs within bytes [begin, end).
void mark_others_opinions(Analysis& a, const Lexicons& lex, std::size_t begin, std::size_t end) {
    const auto& t = a.tokens;
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (!is_word(t[i]) || !lex.opinion_verbs.count(t[i].stem) || t[i].begin < begin || t[i].end > end) continue;
        std::size_t k = i;  // the subject, over one auxiliary or adverb ("they really think")
        if (k > 1 && is_word(t[k - 1]) && (lex.auxiliaries.count(t[k - 1].stem) || ends_with(t[k - 1].lower, "ly"))) --k;
        if (!is_word(t[k - 1]) || !lex.others_subjects.count(t[k - 1].lower)) continue;
        // (at most kOpinionReach words: a page of "they say they say ..." stays linear)
        std::size_t e = i + 1;
        while (e < t.size() && e - i <= kOpinionReach && !soft_or_hard_break(t[e]) &&
               !(is_word(t[e]) && (word_is(t[e].lower, "but") || word_is(t[e].lower, "however"))))
            ++e;
        auto c = std::partition_point(a.cues.begin(), a.cues.end(), [&](const FoundCue& x) { return x.first <= i; });
        for (; c != a.cues.end() && c->last < e; ++c) c->others = true;
    }
}

}  // namespace

void mark_others_attitudes(Analysis& a, const Lexicons& lex, std::size_t begin, std::size_t end, bool relative_only) {
    const auto& t = a.tokens;
    const std::size_t n = t.size();
    if (a.cues.empty()) return;
    if (!relative_only) mark_others_opinions(a, lex, begin, end);
    for (std::size_t i : cues_present(a, lex.reported, lex.reported_index, lex)) {
        // "Heads want the pouches" in a quote: a speaker who names others' wishes argues for them.
        if (lex.reported[i].tag == "wish") continue;
        for (const auto& m : find_matches(lex.reported[i].pattern, t, a.index, 0, n, options(lex))) {
            if (t[m.first].begin < begin || t[m.last].end > end) continue;
            // the subject: the first word before the verb past auxiliaries, negators and adverbs
            bool third = false;
            std::size_t skipped = 0;
            for (std::size_t k = m.first; k-- > 0 && skipped < 4;) {
                if (!is_word(t[k])) {
                    if (t[k].kind == TokKind::Quote) continue;
                    break;
                }
                const std::string_view w = t[k].lower;
                if (lex.auxiliaries.count(t[k].stem) || is_negator(t[k], lex) || ends_with(w, "ly") ||
                    w == "has" || w == "have" || w == "had") {
                    ++skipped;
                    continue;
                }
                bool sentence_start = k == 0 || t[k - 1].sentence != t[k].sentence;
                // "the council has signed up to", "their union backs": a noun phrase of others
                bool noun_phrase = false;
                for (std::size_t j = k, words = 0; j-- > 0 && words < 2;) {
                    if (!is_word(t[j])) break;
                    ++words;
                    const std::string_view d = t[j].lower;
                    if (d == "our" || d == "my") break;
                    if (d == "the" || d == "this" || d == "that" || d == "his" || d == "her" || d == "their" ||
                        d == "its") {
                        noun_phrase = true;
                        break;
                    }
                }
                // "the neighbours who oppose it": a relative clause of others (not "we who")
                bool relative = (w == "who" || w == "whom") &&
                                !(k > 0 && is_word(t[k - 1]) &&
                                  (word_is(t[k - 1].lower, "we") || word_is(t[k - 1].lower, "us") || word_is(t[k - 1].lower, "you") || word_is(t[k - 1].lower, "i")));
                third = w == "he" || w == "she" || w == "they" || w == "it" || w == "he's" || w == "she's" ||
                        w == "they're" || w == "it's" || w == "they've" || noun_phrase || relative ||
                        (t[k].capitalised && !sentence_start && w != "i");
                if (relative_only) third = relative;
                break;
            }
            if (!third) continue;
            // cues are sorted and do not overlap: the ones over the verb by binary search
            auto c = std::partition_point(a.cues.begin(), a.cues.end(), [&](const FoundCue& x) { return x.last < m.first; });
            for (; c != a.cues.end() && c->first <= m.last; ++c) c->others = true;
        }
    }
}

void assign_proposal_nouns(const Codebook& codebook, std::vector<PositionPatterns>& positions, const Lexicons& lex) {
    std::vector<std::unordered_set<std::string>> nouns(positions.size());
    std::map<std::string, std::size_t> owners;
    for (std::size_t i = 0; i < positions.size() && i < codebook.positions.size(); ++i) {
        std::string id = codebook.positions[i].id;
        std::replace(id.begin(), id.end(), '-', ' ');
        for (const auto& t : tokenize(codebook.positions[i].label + " " + id, lex.irregular))
            if (t.kind == TokKind::Word && lex.proposal_nouns.count(t.stem)) nouns[i].insert(t.stem);
        for (const auto& n : nouns[i]) ++owners[n];
    }
    for (std::size_t i = 0; i < nouns.size(); ++i)
        for (const auto& n : nouns[i])
            if (owners[n] == 1) positions[i].own_nouns.insert(n);
    for (std::size_t i = 0; i < nouns.size(); ++i)
        for (const auto& [n, count] : owners)
            if (count == 1 && !positions[i].own_nouns.count(n)) positions[i].others_nouns.insert(n);
}

double naming_weight(const Analysis& a, const PositionPatterns& p, const Lexicons& lex,
                     std::vector<std::pair<std::size_t, std::size_t>>* spans) {
    double w = 0;
    // The headline and lead say what an article is about: their mentions count three times.
    // Tier 2 words are too weak to make a document's subject.
    for (const auto& m : mentions_of(a, 0, a.tokens.size(), p, lex, Focus::None, false)) {
        w += std::fabs(m.strength) * (a.tokens[m.first].sentence < kLeadSentences ? 3.0 : 1.0);
        if (spans && m.strength > 0) spans->emplace_back(m.first, m.last);
    }
    return w;
}

void mark_mentions(Analysis& a, const std::vector<PositionPatterns>& positions, const Lexicons& lex,
                   const std::vector<Focus>& focus) {
    a.named_by.assign(a.tokens.size(), 0);
    a.explicitly_named.assign(a.clause_of.empty() ? 0 : a.clause_of.back() + 1, 0);
    for (const auto& p : positions) {
        std::set<std::size_t> clauses;  // each position counts once per clause
        std::vector<Match> part;
        for (const auto* pats : {&p.topic, &p.favour, &p.disfavour})
            for_each_possible(a, p, *pats, [&](const Pattern& pat) {
                for (const auto& m : matches_in(a, pat, 0, a.tokens.size(), lex, part))
                    clauses.insert(a.clause_of[m.first]);
            });
        for (std::size_t c : clauses) ++a.explicitly_named[c];
    }
    a.back_owner.clear();
    for (std::size_t p = 0; p < positions.size() && p < 64; ++p)
        for (const auto& m : mentions_of(a, 0, a.tokens.size(), positions[p], lex, p < focus.size() ? focus[p] : Focus::None))
            if (m.strength > 0)
                for (std::size_t i = m.first; i <= m.last; ++i) a.named_by[i] |= std::uint64_t{1} << p;
    // "The tram line? It will be a disaster.": a reference back in a later sentence of the same
    // text names the position named last before it, one or two sentences back.
    std::sort(a.back_refs.begin(), a.back_refs.end());
    std::uint64_t last_named = 0;
    std::size_t last_sentence = 0;
    std::size_t next_ref = 0;
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
        while (next_ref < a.back_refs.size() && a.back_refs[next_ref].first < i) ++next_ref;
        if (next_ref < a.back_refs.size() && a.back_refs[next_ref].first == i && last_named != 0 &&
            a.tokens[i].sentence > last_sentence && a.tokens[i].sentence <= last_sentence + 2 &&
            (last_named & (last_named - 1)) == 0)  // one position, not several
            a.back_owner.push_back({a.back_refs[next_ref], last_named});
        if (a.named_by[i]) {
            last_named = a.named_by[i];
            last_sentence = a.tokens[i].sentence;
        }
    }
}

namespace {

// In "X ..., but Y ...", whether the cue at [first, last] stands in a clause (bounded by "but"
// markers and the sentence) that names another position and not `self`, on the other side of a
// "but" from the mention at `mention`: its polarity is that position's, not self's.
bool cue_in_other_clause(const Analysis& a, std::size_t mention, std::size_t first, std::size_t last, std::size_t self) {
    if (self >= 64 || a.named_by.empty()) return false;
    const auto& t = a.tokens;
    const std::size_t s = t[first].sentence;
    // Markers are sorted and do not overlap: find the neighbours by binary search, so that a
    // sentence with thousands of "but"s costs a logarithm per cue, not a pass over all of them.
    const auto& mks = a.main_markers;
    auto starts_after = [&](std::size_t pos) {  // first marker that starts after pos
        return std::upper_bound(mks.begin(), mks.end(), pos,
                                [](std::size_t p, const ContrastMarker& x) { return p < x.first; });
    };
    auto in_sentence = [&](auto it) { return it != mks.end() && t[it->first].sentence == s; };
    // A marker between the mention and the cue puts them in different clauses.
    const auto between = starts_after(std::min(mention, last));
    const bool across = in_sentence(between) && between->last < std::max(mention, first) &&
                        (mention < first ? between->first > mention : between->first > last);
    if (!across) return false;
    // The cue's clause [lo, hi): after the last marker ending before it, up to the next one.
    auto next = starts_after(last);
    std::size_t hi = in_sentence(next) ? next->first : t.size();
    std::size_t lo = 0;
    for (auto it = starts_after(first); it != mks.begin();) {
        --it;
        if (t[it->first].sentence != s) break;
        if (it->last < first) {
            lo = it->last + 1;
            break;
        }
    }
    // Never look outside the cue's sentence.
    while (lo < first && t[lo].sentence != s) lo = static_cast<std::size_t>(
        std::partition_point(t.begin() + static_cast<std::ptrdiff_t>(lo), t.begin() + static_cast<std::ptrdiff_t>(first),
                             [&](const Token& x) { return x.sentence < s; }) - t.begin());
    hi = std::min(hi, static_cast<std::size_t>(
        std::partition_point(t.begin() + static_cast<std::ptrdiff_t>(last), t.end(),
                             [&](const Token& x) { return x.sentence <= s; }) - t.begin()));
    const std::uint64_t me = std::uint64_t{1} << self;
    bool other = false;
    for (std::size_t i = lo; i < hi; ++i) {
        if (a.named_by[i] & me) return false;
        if (a.named_by[i] & ~me) other = true;
    }
    return other;
}

// "speaking in favour of the motion, ... told the conference commissioning had worked": a cue
// whose object is a motion (stance_motion_words.txt) takes a side on the motion, whose own
// content decides the positions (composed where the motion is read), not on a position named
// elsewhere in the sentence.
bool cue_takes_motion(const Analysis& a, const FoundCue& c, const Lexicons& lex) {
    if (c.kind != CueKind::Support && c.kind != CueKind::Oppose) return false;
    const auto& t = a.tokens;
    std::size_t k = c.last + 1;
    while (k < t.size() && is_word(t[k]) && lex.determiners.count(t[k].stem)) ++k;
    return k < t.size() && is_word(t[k]) && lex.motion_words.count(t[k].stem) > 0;
}

// Whether the clause after the next "but" following token `last` (in its sentence) names another
// position and not `self`: "it will support X, but urged ministers to rule out Y" -- the "but"
// turns to Y, and does not make the support of X weigh less.
bool later_clause_is_others(const Analysis& a, std::size_t last, std::size_t self) {
    if (self >= 64 || a.named_by.empty()) return false;
    const auto& t = a.tokens;
    std::size_t s = t[last].sentence;
    auto mk = std::upper_bound(a.main_markers.begin(), a.main_markers.end(), last,
                               [](std::size_t pos, const ContrastMarker& x) { return pos < x.first; });
    if (mk == a.main_markers.end() || t[mk->first].sentence != s) return false;
    std::size_t hi = std::next(mk) != a.main_markers.end() ? std::next(mk)->first : t.size();
    const std::uint64_t me = std::uint64_t{1} << self;
    bool other = false;
    for (std::size_t i = mk->last + 1; i < hi && t[i].sentence == s; ++i) {
        if (a.named_by[i] & me) return false;
        if (a.named_by[i] & ~me) other = true;
    }
    return other;
}

}  // namespace

namespace {

// Whether sentence s + 1 names another position and not `self` ("We would sign up to a
// register. But a 90-night cap would close ...": the "But" turns to the cap, conceding nothing
// about the register).
bool next_sentence_is_others(const Analysis& a, std::size_t s, std::size_t self) {
    if (self >= 64 || a.named_by.empty()) return false;
    const std::uint64_t me = std::uint64_t{1} << self;
    bool other = false;
    // tokens are in sentence order: find sentence s + 1 by binary search, not by a scan
    auto first = std::partition_point(a.tokens.begin(), a.tokens.end(), [&](const Token& x) { return x.sentence <= s; });
    for (auto i = static_cast<std::size_t>(first - a.tokens.begin()); i < a.tokens.size() && a.tokens[i].sentence == s + 1; ++i) {
        if (a.named_by[i] & me) return false;
        if (a.named_by[i] & ~me) other = true;
    }
    return other;
}

StanceEvidence evidence_over(const Analysis& a, std::size_t first, std::size_t last, std::string role) {
    StanceEvidence e;
    e.role = std::move(role);
    e.begin = a.tokens[first].begin;
    e.end = a.tokens[last].end;
    e.words = std::string(a.text.substr(e.begin, e.end - e.begin));
    return e;
}

// The words that make a cue count as it does: the cue, the negator that reversed it, the
// contrast marker that weighed it.
void add_cue_evidence(const Analysis& a, const FoundCue& c, const Lexicons& lex, std::vector<StanceEvidence>& into) {
    into.push_back(evidence_over(a, c.first, c.last, c.intent ? "intent" : "cue"));
    if (c.negated && c.kind != CueKind::Modal) {
        for (std::size_t k = c.first, words = 0; k-- > 0 && words < kRaisedNegationWindow;) {
            if (soft_or_hard_break(a.tokens[k])) break;
            if (!is_word(a.tokens[k])) continue;
            ++words;
            if (is_negator(a.tokens[k], lex)) {
                into.push_back(evidence_over(a, k, k, "negation"));
                break;
            }
        }
        if (a.tokens[c.first].contracted_negation) into.push_back(evidence_over(a, c.first, c.first, "negation"));
    }
    if (c.contrast != 1.0) {
        const std::size_t s = a.tokens[c.first].sentence;
        auto m = std::partition_point(a.markers.begin(), a.markers.end(),
                                      [&](const ContrastMarker& x) { return a.tokens[x.first].sentence < s; });
        if (m != a.markers.end() && a.tokens[m->first].sentence == s)
            into.push_back(evidence_over(a, m->first, m->last, m->reason ? "reason" : "contrast"));
    }
}

// "Rejecting the plan would be a mistake", "For the council to reject the deal would destroy ...",
// "failure to approve the deal would hurt ...": an act on the position (a cue governing the
// mention: a gerund or infinitive opening the subject) is itself the subject of what follows
// "would"/"will"/"is", and that judges the act, not the position. The position's side is the
// act's sign times the judgement's: rejecting it judged harmful supports it; approving it
// judged a mistake opposes it.
// Whether cue c, after mention m, is the predicate of a subject m heads: the cue opens with a
// form of "be" ("be illegal", "is a mistake"); m opens its clause (at most three lower-case words
// before it, after the sentence's start, a comma, a quotation mark or "that"); and between them
// stand no comma or clause break, no other cue and no other "be" (the verb of a clause inside
// the subject).
bool is_predicate_of(const Analysis& a, const Mention& m, const FoundCue& c) {
    const auto& t = a.tokens;
    static const std::array<std::string_view, 5> kBe{"is", "are", "was", "were", "be"};
    if (std::find(kBe.begin(), kBe.end(), t[c.first].lower) == kBe.end()) return false;
    std::size_t start = m.first;
    while (start > 0 && is_word(t[start - 1]) && t[start - 1].sentence == t[m.first].sentence &&
           (!t[start - 1].capitalised || start == 1 || t[start - 2].sentence != t[start - 1].sentence ||
            t[start - 2].kind == TokKind::Quote) &&
           m.first - start < 3 && !word_is(t[start - 1].lower, "that"))
        --start;
    const bool opens = start == 0 || t[start - 1].sentence != t[m.first].sentence ||
                       t[start - 1].kind == TokKind::Comma || t[start - 1].kind == TokKind::Quote ||
                       (is_word(t[start - 1]) && word_is(t[start - 1].lower, "that"));
    if (!opens) return false;
    for (std::size_t k = m.last + 1; k < c.first; ++k) {
        if (t[k].sentence != t[m.first].sentence || soft_or_hard_break(t[k])) return false;
        if (!a.covered.empty() && a.covered[k] >= 0 && a.cues[static_cast<std::size_t>(a.covered[k])].kind != CueKind::Modal) return false;
        if (is_word(t[k]) && std::find(kBe.begin(), kBe.end(), t[k].lower) != kBe.end()) return false;
    }
    return true;
}

// "The cup fee is the single most effective thing", "X, which is by far the fairest": an
// adjective cue in the complement of a "be" right after the mention (past a relative "which/that"
// and at most two auxiliaries: "will be", "has been") judges the mention as its predicate, however
// many determiners and intensifiers stand between ("the single most"). At most four words between
// the "be" and the cue, none a clause word, a comma or another cue.
bool copular_complement(const Analysis& a, const Mention& m, const FoundCue& c, const Lexicons& lex) {
    const auto& t = a.tokens;
    if (c.first <= m.last + 1) return false;
    std::size_t k = m.last + 1;
    if (t[k].kind == TokKind::Comma && k + 1 < c.first && is_word(t[k + 1]) &&
        (word_is(t[k + 1].lower, "which") || word_is(t[k + 1].lower, "that")))
        k += 2;
    for (int aux = 0; aux < 2 && k < c.first && is_word(t[k]) && !word_is(t[k].lower, "is") && !word_is(t[k].lower, "be") &&
                      lex.auxiliaries.count(t[k].stem);
         ++aux)
        ++k;
    static const std::array<std::string_view, 6> kBe{"is", "are", "was", "were", "be", "been"};
    if (k >= c.first || !is_word(t[k]) || std::find(kBe.begin(), kBe.end(), t[k].lower) == kBe.end()) return false;
    std::size_t words = 0;
    for (std::size_t q = k + 1; q < c.first; ++q) {
        if (!is_word(t[q]) || t[q].sentence != t[c.first].sentence) return false;
        if (lex.clause_words.count(t[q].stem)) return false;
        if (!a.covered.empty() && a.covered[q] >= 0) return false;
        if (++words > 4) return false;
    }
    return true;
}

// Whether the mention starting at `first` is introduced as an example: "including (the)",
// "such as", "notably", "especially", "in particular" right before it.
bool introduced_as_example(const Analysis& a, std::size_t first, const Lexicons& lex) {
    const auto& t = a.tokens;
    std::size_t k = first;
    if (k > 0 && is_word(t[k - 1]) && lex.determiners.count(t[k - 1].stem)) --k;
    if (k == 0 || !is_word(t[k - 1])) return false;
    const std::string_view w = t[k - 1].lower;
    if (w == "including" || w == "notably" || w == "especially") return true;
    if (k >= 2 && is_word(t[k - 2])) {
        const std::string_view v = t[k - 2].lower;
        return (v == "such" && w == "as") || (v == "in" && w == "particular");
    }
    return false;
}

// "support the call of the growers' association for the protection of X": a noun of asking
// (stance_request_nouns.txt) in the cue's object, whose "for" stands right before the mention
// (past a determiner), at most twelve words after the cue: the mention is what is asked for, the
// cue's object.
bool request_complement(const Analysis& a, std::size_t cue_last, std::size_t first, const Lexicons& lex) {
    const auto& t = a.tokens;
    std::size_t k = first;
    if (k > 0 && is_word(t[k - 1]) && lex.determiners.count(t[k - 1].stem)) --k;
    if (k == 0 || !is_word(t[k - 1]) || !word_is(t[k - 1].lower, "for")) return false;
    for (std::size_t q = cue_last + 1, words = 0; q + 1 < k && words < 12; ++q) {
        if (t[q].kind == TokKind::SentenceEnd || t[q].kind == TokKind::ClauseBreak) return false;
        if (!is_word(t[q])) continue;
        ++words;
        if (lex.request_nouns.count(t[q].stem)) return true;
    }
    return false;
}

// "supported the 120-day deadline and the end of third-party appeals": the mention at `first` is
// the second of two objects the cue ending at `cue_last` takes, joined by "and"/"or": a noun
// phrase between them (at most eight words, no verb, clause word or other cue), and at most two
// words (a determiner, an adjective) after the conjunction. Such a mention is as near as the first.
bool coordinated_object(const Analysis& a, std::size_t cue_last, std::size_t first, const Lexicons& lex) {
    const auto& t = a.tokens;
    std::size_t conj = kNoToken;
    for (std::size_t k = first; k > cue_last + 1 && first - k <= 3;) {
        --k;
        if (is_word(t[k]) && (word_is(t[k].lower, "and") || word_is(t[k].lower, "or"))) {
            conj = k;
            break;
        }
        if (!is_word(t[k]) || (!a.covered.empty() && a.covered[k] >= 0)) return false;
    }
    if (conj == kNoToken || conj == cue_last + 1) return false;
    std::size_t words = 0;
    for (std::size_t q = cue_last + 1; q < conj; ++q) {
        if (!is_word(t[q]) || (!a.covered.empty() && a.covered[q] >= 0) || ++words > 8) return false;
        const std::string_view w = t[q].lower;
        if (lex.auxiliaries.count(t[q].stem) || is_negator(t[q], lex) || w == "that" || w == "which" || w == "who" ||
            w == "to" || w == "is" || w == "are" || w == "was" || w == "were" || w == "and" || w == "or")
            return false;
    }
    return true;
}

constexpr double kWorksWeight = 0.7;  // "X works": it does what it is for

// "X works.", "X will work, and ...", "X has worked": "work" as the predicate of the mention (at
// most two auxiliaries or adverbs between), ending its clause. Its token, or kNoToken. Not
// "works on", "work with": a verb with an object of its own; not "road works": a noun.
std::size_t works_after(const Analysis& a, const Mention& m, const Lexicons& lex) {
    const auto& t = a.tokens;
    std::size_t k = m.last + 1, skipped = 0, rest = 0;
    // the rest of the subject's noun phrase ("charging for road | space works"): at most three
    // lower-case words that are no cue and open no clause
    while (k < t.size() && rest < 3 && is_word(t[k]) && !t[k].capitalised && t[k].sentence == t[m.first].sentence &&
           !word_is(t[k].lower, "works") && !word_is(t[k].lower, "worked") && !lex.auxiliaries.count(t[k].stem) &&
           !lex.clause_words.count(t[k].stem) && (a.covered.empty() || a.covered[k] < 0)) {
        ++k;
        ++rest;
    }
    while (k < t.size() && is_word(t[k]) && skipped < 2 && t[k].sentence == t[m.first].sentence &&
           (lex.auxiliaries.count(t[k].stem) || ly_adverb(t[k]))) {
        ++k;
        ++skipped;
    }
    if (k >= t.size() || !is_word(t[k]) || t[k].sentence != t[m.first].sentence) return kNoToken;
    const std::string_view w = t[k].lower;
    const bool form = w == "works" || w == "worked" || (skipped > 0 && w == "work");
    // (covered by a cue: only by the one that opens with the mention itself, "it works", whose
    // "it" is the reference back that names the position and so cannot count as its cue)
    if (!form) return kNoToken;
    if (!a.covered.empty() && a.covered[k] >= 0 && a.cues[static_cast<std::size_t>(a.covered[k])].first != m.last)
        return kNoToken;
    if (k + 1 >= t.size()) return k;
    const Token& next = t[k + 1];
    if (next.kind == TokKind::SentenceEnd || next.kind == TokKind::Comma || next.kind == TokKind::ClauseBreak ||
        next.sentence != t[k].sentence)
        return k;
    if (is_word(next) && (word_is(next.lower, "and") || word_is(next.lower, "but") || word_is(next.lower, "well") || word_is(next.lower, "because")))
        return k;
    return kNoToken;
}

// The "to" of an infinitive whose verb is at `verb`, over one adverb ("to unilaterally reject").
std::size_t infinitive_marker(const Analysis& a, std::size_t verb) {
    const auto& t = a.tokens;
    std::size_t j = verb;
    if (j > 0 && ly_adverb(t[j - 1])) --j;
    if (j > 0 && is_word(t[j - 1]) && word_is(t[j - 1].lower, "to")) return j - 1;
    return kNoToken;
}

struct ActFrame {
    int act = -1;            // index into a.cues of the act ("rejecting"), -1: no frame
    double sign = 0;         // the act's side on the position: +1 approving, -1 rejecting
    std::size_t judged_from = 0;  // first token after the act's verb ("would", "is")
    int judge = -1;  // "it would be reckless to reject X": the one cue judging the act, before it
};

// "it would be reckless to", "it is a mistake to", "it's wrong to": the cue (a side, not a modal)
// ending right before the infinitive's "to" at `to` (over "not": "it is not wrong to"), with
// "it" and a form of "be" at most three words before the cue. Its index in a.cues, or -1.
int extraposed_judgement(const Analysis& a, std::size_t to) {
    const auto& t = a.tokens;
    if (to == 0 || a.covered[to - 1] < 0) return -1;
    const int ji = a.covered[to - 1];
    const FoundCue& j = a.cues[static_cast<std::size_t>(ji)];
    if (j.kind == CueKind::Modal || j.intent || j.others) return -1;
    static const std::array<std::string_view, 6> kBe{"be", "is", "was", "been", "'s", "’s"};
    for (std::size_t k = j.first, words = 0; k-- > 0 && words < 4;) {
        if (t[k].sentence != t[to].sentence || soft_or_hard_break(t[k])) return -1;
        if (!is_word(t[k]) && !word_is(t[k].lower, "'s") && !word_is(t[k].lower, "’s")) continue;
        ++words;
        if (word_is(t[k].lower, "it's") || word_is(t[k].lower, "it’s")) return ji;
        if (std::find(kBe.begin(), kBe.end(), t[k].lower) == kBe.end()) continue;
        for (std::size_t i = k, w = 0; i-- > 0 && w < 3;) {
            if (!is_word(t[i])) continue;
            ++w;
            if (word_is(t[i].lower, "it")) return ji;
        }
        return -1;
    }
    return -1;
}

bool subject_opener(const Analysis& a, std::size_t first, const Lexicons& lex) {
    const auto& t = a.tokens;
    if (first == 0 || t[first - 1].sentence != t[first].sentence) return true;
    const Token& prev = t[first - 1];
    if (prev.kind == TokKind::Comma || prev.kind == TokKind::Quote) return true;
    return is_word(prev) && (word_is(prev.lower, "that") || lex.opinion_verbs.count(prev.stem));
}

ActFrame act_frame(const Analysis& a, const Mention& m, const std::vector<bool>& topic, const Lexicons& lex) {
    const auto& t = a.tokens;
    ActFrame f;
    // the cue right before the mention, at most four determiners, possessives or words of the
    // position's own phrase between ("rejecting the sugar levy" for the mention "levy")
    std::size_t k = m.first, skipped = 0;
    while (k > 0 && skipped < 4 && is_word(t[k - 1]) && a.covered[k - 1] < 0 &&
           (topic[k - 1] || lex.determiners.count(t[k - 1].stem))) {
        --k;
        ++skipped;
    }
    // "reject the monitoring, inspection and verification provisions in X": the act's object is
    // a noun phrase that X completes ("in", "of"); back over it, twelve tokens at most
    if (k > 0 && a.covered[k - 1] < 0 && is_word(t[k - 1]) && (word_is(t[k - 1].lower, "in") || word_is(t[k - 1].lower, "of"))) {
        std::size_t j = k - 1;
        for (std::size_t steps = 0; j > 0 && steps < 12 && a.covered[j - 1] < 0; ++steps) {
            const Token& x = t[j - 1];
            if (x.sentence != t[m.first].sentence || (!is_word(x) && x.kind != TokKind::Comma) || x.capitalised) break;
            --j;
        }
        if (j > 0 && a.covered[j - 1] >= 0 && j < k - 1) k = j;
    }
    if (k == 0 || a.covered[k - 1] < 0) return f;
    const int ci = a.covered[k - 1];
    const FoundCue& c = a.cues[static_cast<std::size_t>(ci)];
    // "others" does not matter here: "For the council to reject" is someone else's act, judged by the speaker
    if (c.kind == CueKind::Modal || t[c.first].sentence != t[m.first].sentence) return f;
    double sign = unit_side(c);
    // the act opens the subject: a gerund ("Rejecting the plan"), or an infinitive after "For X"
    // at the sentence's start or after "failure"/"refusal" ("failure to approve the deal")
    const Token& head = t[c.first];
    bool opens = false;
    if (ends_with(head.lower, "ing") && subject_opener(a, c.first, lex)) {
        opens = true;
    } else if (std::size_t to = infinitive_marker(a, c.first); to != kNoToken) {
        std::size_t before = to;
        if (before > 0 && is_word(t[before - 1]) && (word_is(t[before - 1].lower, "failure") || word_is(t[before - 1].lower, "refusal"))) {
            opens = subject_opener(a, before - 1, lex);
            sign = -sign;
        } else if (int judge = extraposed_judgement(a, before); judge >= 0) {
            // "it would be reckless to reject X": the judgement stands before the act
            f.act = ci;
            f.sign = sign;
            f.judge = judge;
            return f;
        } else {
            for (std::size_t j = before, words = 0; j-- > 0 && words < 6;) {
                // (a full stop inside the sentence is an abbreviation's: "the U.S. Congress")
                if (t[j].sentence != head.sentence || t[j].kind == TokKind::Comma || t[j].kind == TokKind::ClauseBreak) break;
                if (!is_word(t[j])) continue;
                ++words;
                if (word_is(t[j].lower, "for") && subject_opener(a, j, lex)) { opens = true; break; }
            }
        }
    }
    if (!opens) return f;
    // its verb: "would", "will", "is" ... within eight words after the mention, in its clause
    for (std::size_t j = m.last + 1, words = 0; j < t.size() && words < 8; ++j) {
        if (t[j].sentence != head.sentence || soft_or_hard_break(t[j])) return f;
        if (!is_word(t[j])) continue;
        ++words;
        static const std::array<std::string_view, 10> kVerbs{"would", "will", "could", "might", "can", "may",
                                                            "is", "was", "are", "were"};
        if (std::find(kVerbs.begin(), kVerbs.end(), t[j].lower) == kVerbs.end()) continue;
        f.act = ci;
        f.sign = sign;
        f.judged_from = j + 1;
        return f;
    }
    return f;
}

}  // namespace

std::optional<PositionScore> score_position(const Analysis& a, const PositionPatterns& p, const Lexicons& lex,
                                            Focus focus, std::size_t self) {
    const auto& t = a.tokens;
    std::vector<Mention> mentions = mentions_of(a, 0, t.size(), p, lex, focus);
    if (mentions.empty()) return std::nullopt;
    // Words that name the position are its topic, not an evaluation of it ("conflict of
    // interest" in a position about conflicts of interest).
    std::vector<bool> topic(t.size(), false);
    for (const auto& m : mentions)
        for (std::size_t i : m.matched) topic[i] = true;

    std::size_t sentences = a.hedge.size();
    std::vector<double> best(sentences, 0.0), framing(sentences, 0.0);
    std::vector<double> named(sentences, 0.0);  // the strongest mention's strength
    std::vector<bool> scoped(sentences, false);  // cues left to another position's clause
    // per sentence: the words behind its best mention's score, and behind its framing
    std::vector<std::vector<StanceEvidence>> best_why(sentences), framing_why(sentences);
    for (const auto& m : mentions) {
        std::size_t s = t[m.first].sentence;
        const double strength = m.removed_thing ? -m.strength : m.strength;
        named[s] = std::fabs(strength) > std::fabs(named[s]) ? strength : named[s];
        if (m.framing != 0.0) {
            double v = m.framing * contrast_weight(a, m.first, m.last);
            // "this is not about punishing students" denies the framing; "we don't need them
            // telling us how to" (a negated wish or duty) rejects what it describes, as the
            // framing itself does.
            // A purpose clause's negation is the harm avoided ("replace X ..., so that permits are
            // not decided by a patchwork"): the framing keeps its side.
            if (negated_span(a, m.first, m.last, false, lex) && !under_negated_wish(a, m.first) && !in_purpose_clause(a, m.first))
                v = -v;
            framing[s] += v * m.strength;
            // (a framing cue that weighs nothing, in an open question or a replacement, decided nothing)
            if (v != 0.0) framing_why[s].push_back(evidence_over(a, m.first, m.last, "framing"));
        }
        double score = 0;
        std::vector<StanceEvidence> why;
        // Only cues within kMaxDistance words can count: start at the first of them.
        auto from = std::partition_point(a.cues.begin(), a.cues.end(), [&](const FoundCue& c) {
            return c.last < m.first && cue_distance(a, c.last, m.first) > kMaxDistance;
        });
        const ActFrame act = act_frame(a, m, topic, lex);
        if (act.act >= 0) {
            // the act is no side on its own; what its verb says of it is, times the act's sign
            const std::size_t end = act.judged_from;
            add_cue_evidence(a, a.cues[static_cast<std::size_t>(act.act)], lex, why);
            if (act.judge >= 0) {
                const FoundCue& c = a.cues[static_cast<std::size_t>(act.judge)];
                score += act.sign * unit_side(c) * c.weight * c.contrast;
                add_cue_evidence(a, c, lex, why);
            }
            for (std::size_t ci = 0; act.judge < 0 && ci < a.cues.size(); ++ci) {
                const FoundCue& c = a.cues[ci];
                if (c.first < end || t[c.first].sentence != s || c.kind == CueKind::Modal || c.others || topic[c.first]) continue;
                score += act.sign * unit_side(c) * c.weight * c.contrast;
                add_cue_evidence(a, c, lex, why);
            }
        }
        // "Charging for road space works.", "the levy will work": the mention's predicate says
        // it does what it is for
        if (act.act < 0) {
            if (std::size_t w = works_after(a, m, lex); w != kNoToken) {
                double v = kWorksWeight;
                if (negated_span(a, w, w, false, lex)) v = -v;
                score += v;
                why.push_back(evidence_over(a, w, w, "cue"));
            }
        }
        for (auto it = from; act.act < 0 && it != a.cues.end(); ++it) {
            const FoundCue& c = *it;
            if (c.first > m.last && cue_distance(a, m.last, c.first) > kPredicateReach) break;
            if (t[c.first].sentence != s) continue;
            // Past kMaxDistance, only the predicate of the mention's long subject ("any strike on
            // X in response to ... last month would be illegal")
            const bool predicate = c.first > m.last && is_predicate_of(a, m, c);
            if (c.first > m.last && !predicate && cue_distance(a, m.last, c.first) > kMaxDistance) continue;
            // A cue that is part of the position's own words ("support" in "disability
            // support") is no side on it; one that only reaches into them ("give councils the
            // power to" around "councils ... power") is.
            if (topic[c.first]) continue;
            if (cue_takes_motion(a, c, lex)) continue;
            // "strikes against the port", "sanctions against X": "against" right after a word of the
            // mention is its noun's complement, no side on it
            if (c.first == c.last && word_is(t[c.first].lower, "against") && c.first > 0 &&
                std::find(m.matched.begin(), m.matched.end(), c.first - 1) != m.matched.end())
                continue;
            // "we will scrap X": the verb decides for X after it
            // (and for X before it when the verb ends its clause: "On X, I will vote no.")
            if (c.defers_to >= 0) {
                const std::size_t vl = a.cues[static_cast<std::size_t>(c.defers_to)].last;
                const bool clause_ends = vl + 1 >= t.size() || soft_or_hard_break(t[vl + 1]) || t[vl + 1].sentence != t[vl].sentence;
                // (a composed side only on its object: "avoid conflicts of interest" says nothing
                // of a position named further on)
                const bool object = m.first > vl && (c.intent || cue_distance(a, vl, m.first) <= kObjectWindow);
                if (object || (c.intent && clause_ends)) continue;
            }
            if (cue_in_other_clause(a, m.first, c.first, c.last, self)) {
                scoped[s] = true;
                continue;
            }
            // "To suggest X ... is laughable": the predicate judges the claim, not X in it
            if (a.claim_subject_end[m.first] != kNoToken && c.first >= a.claim_subject_end[m.first]) {
                scoped[s] = true;
                continue;
            }
            std::size_t dist = 0;
            bool before = c.last < m.first, after = c.first > m.last;
            if (before) dist = cue_distance(a, c.last, m.first);
            else if (after) dist = cue_distance(a, m.last, c.first);
            else if (c.first > m.first && c.last < m.last) {
                // A cue in the mention's gap ("Fenmouth agreement undoes the tariffs" for
                // "Fenmouth ... tariffs"): the mention's words after it are its object.
                auto next = std::upper_bound(m.matched.begin(), m.matched.end(), c.last);
                if (next != m.matched.end() && std::find(m.matched.begin(), m.matched.end(), c.first) == m.matched.end()) {
                    before = true;
                    dist = cue_distance(a, c.last, *next);
                }
            }
            if (predicate) dist = 0;
            if (after && dist > 2 && copular_complement(a, m, c, lex)) dist = 2;
            // "disappointed that the council did not adopt X": X is what the feeling is about
            if (before && c.event_end > 0 && m.last < c.event_end) dist = std::min(dist, kObjectWindow);
            if (dist > kMaxDistance) continue;
            // "support any measure that ..., including the cap": an example of the cue's object
            // is as near as the object
            if (before && dist > 2 && introduced_as_example(a, m.first, lex)) dist = 2;
            if (before && dist > 2 && request_complement(a, c.last, m.first, lex)) dist = 2;
            if (before && dist > 2 && coordinated_object(a, c.last, m.first, lex)) dist = 2;
            double v = cue_sign(c);
            // "support a ban on X": the outer side times the inner (see mark_intended_verbs)
            if (c.governed != 0.0 && before && dist <= kObjectWindow) {
                v *= c.governed;
                add_cue_evidence(a, a.cues[static_cast<std::size_t>(c.governor)], lex, why);
            }
            if (c.kind == CueKind::Harm && before && dist <= kHarmObjectReach) {
                // harm to it: protective; harm denied ("does not override the right to X") says
                // nothing of X
                if (c.negated) continue;
                // ... unless the speaker means to do it ("we will undo X"): removal
                v = c.intended ? -c.weight : c.weight;
            }
            // Inside a cue's gap the position is its object: an opposing cue around it is harm
            // done to it ("bleed the scheme dry": the scheme is to be protected), a supporting
            // one is given to it ("give councils the power to").
            const bool enclosed = c.first < m.first && m.last < c.last;
            if (enclosed && v < 0) v = -v;
            // "residents feared the council would scrap X": a feeling about an event says nothing
            // of who feels it
            if (after && c.event_end > 0) continue;
            // "X would stop unnecessary regulation": for the subject, the reduced judgement turns
            // and the verb of reduction adds nothing of its own
            if (after && c.reduces_judged) continue;
            if (after && c.reduced_by != kNoToken) {
                v = -v;
                why.push_back(evidence_over(a, c.reduced_by, c.reduced_by, "cue"));
            }
            // A harm verb far after the mention has a subject of its own ("if X passes, somebody
            // could get hurt"): X is its subject only when close ("X would undermine ...").
            if (c.kind == CueKind::Harm && after && dist > kObjectWindow) continue;
            // ... and none of its own between ("Close the pool and you close our club").
            if (c.kind == CueKind::Harm && after && subject_between(a, m.last, c.first, lex)) continue;
            // "if you do this without X, ...": an absence inside a condition makes X a requirement.
            bool requirement = c.kind == CueKind::Oppose && before && dist <= 2 && a.in_conditional[c.first] &&
                               lex.absence.count(t[c.first].stem) && c.first == c.last;
            // "X ..., because without it/them ...": the absence of what was just named is the harm,
            // so X is needed.
            if (!requirement && c.kind == CueKind::Oppose && after && c.first == c.last && !c.negated &&
                lex.absence.count(t[c.first].stem) && c.last + 1 < t.size() && is_word(t[c.last + 1]) &&
                lex.refer_back.count(t[c.last + 1].stem)) {
                requirement = true;
                dist = 0;  // "it" stands for X: as near as X
            }
            if (requirement) v = c.weight;
            if (c.kind == CueKind::Modal) {
                // A modal governs what follows it; one further on only counts when negated,
                // as a refusal of what was just named ("X? We don't need it").
                // ... and only when something refers back to it ("X, we don't need it"), so
                // that "X means no school has to ..." is not read as a refusal of X.
                if (after && dist > 2 && (!c.negated || !refers_back(a, c.last, lex))) continue;
                // "X should be withdrawn", "X must not be scrapped": the removal verb of the
                // subject's passive decides (it is a cue of its own), not the modal's wish for X
                if (after && passive_verb_follows(a, c, lex)) continue;
            } else if (c.negated) {
                v = -v;
            }
            double proximity = 1.0 / (1.0 + static_cast<double>(dist > 2 ? dist - 2 : 0) / 6.0);
            // "X ..., but <cue>": the main clause answers everything before the marker, however
            // far back X stands. Not a harm verb, whose subject stands next to it.
            if (c.kind != CueKind::Harm && after) {
                auto mk = std::upper_bound(a.main_markers.begin(), a.main_markers.end(), m.last,
                                           [](std::size_t pos, const ContrastMarker& x) { return pos < x.first; });
                if (mk != a.main_markers.end() && mk->last < c.first && t[mk->first].sentence == s) proximity = 1.0;
            }
            // A requirement is the point of its conditional clause, not a hypothesis: full weight.
            double contrast = c.contrast;
            if (a.last_main[s] != std::string::npos && a.last_main[s] > c.last && later_clause_is_others(a, c.last, self))
                contrast *= 2.0;  // undo the "before but" halving: the but-clause is another position's
            score += v * proximity * (requirement ? 1.0 : contrast);
            if (v != 0.0) add_cue_evidence(a, c, lex, why);
        }
        // "X rather than Y", "Y instead of X"... the preferred side of a contrary marker in the
        // same sentence: a mention just before it is favoured, one just after it disfavoured.
        // (Not for a framing cue, whose side is its own, nor a mention of the rejected alternative
        // of the position's own label, already reversed.)
        // (markers are sorted: only those of the mention's sentence are looked at)
        auto pref_from = std::partition_point(a.preferences.begin(), a.preferences.end(),
                                              [&](const auto& x) { return t[x.first].sentence < s; });
        for (auto pit = pref_from; pit != a.preferences.end() && t[pit->first].sentence == s; ++pit) {
            const auto [pf, pl] = *pit;
            if (m.framing != 0.0 || strength < 0) continue;
            double pref = 0;
            if (pl < m.first && words_between(a, pl, m.first) <= kPreferenceReach) pref = -kPreferenceWeight;
            else if (pf > m.last && words_between(a, m.last, pf) <= kPreferenceReach) pref = kPreferenceWeight;
            if (pref == 0) continue;
            score += pref;
            why.push_back(evidence_over(a, pf, pl, "contrast"));
        }
        score *= strength;
        if (std::fabs(score) > std::fabs(best[s])) {
            best[s] = score;
            // a reference resolved to the position ("the move", "it", "the charge") says so
            if (std::fabs(m.strength) < 1.0 && m.framing == 0.0) why.push_back(evidence_over(a, m.first, m.last, "target"));
            best_why[s] = std::move(why);
        }
    }
    // A sentence that names the position but has no cue near the mention: its overall tone
    // counts for half ("A good day for X, because ... Y").
    std::vector<double> tone(sentences, 0.0);
    for (const auto& c : a.cues) {
        bool on_topic = false;
        for (std::size_t i = c.first; i <= c.last && !on_topic; ++i) on_topic = topic[i];
        if (on_topic || c.kind == CueKind::Modal || cue_takes_motion(a, c, lex)) continue;
        double v = cue_sign(c);
        if (c.negated) v = -v;
        tone[t[c.first].sentence] += v * c.contrast;
    }
    PositionScore out;
    for (std::size_t s = 0; s < sentences; ++s) {
        if (named[s] == 0.0) continue;
        // Not where the sentence's other cues belong to another position's clause.
        if (best[s] == 0.0 && !scoped[s]) {
            best[s] = 0.5 * tone[s] * named[s];
            // the sentence's tone: every cue of it that counted
            best_why[s].clear();
            auto c = std::partition_point(a.cues.begin(), a.cues.end(),
                                          [&](const FoundCue& x) { return t[x.first].sentence < s; });
            for (; c != a.cues.end() && t[c->first].sentence == s; ++c)
                if (c->kind != CueKind::Modal && cue_sign(*c) != 0.0) add_cue_evidence(a, *c, lex, best_why[s]);
        }
        double v = (best[s] + framing[s]) * a.hedge[s];
        if (a.answered_by_but[s] && !next_sentence_is_others(a, s, self)) v *= 0.4;
        auto& into = v > 0 ? out.favour_evidence : out.disfavour_evidence;
        if (v != 0.0) {
            into.insert(into.end(), best_why[s].begin(), best_why[s].end());
            into.insert(into.end(), framing_why[s].begin(), framing_why[s].end());
        }
        out.total += v;
        if (v > 0) out.favour += v;
        else out.disfavour -= v;
    }
    return out;
}

StanceHit decide(const std::string& position_id, const PositionScore& s) {
    StanceHit hit{position_id, Polarity::About, 0.6, s.total, {}};
    double strong = std::max(s.favour, s.disfavour), weak = std::min(s.favour, s.disfavour);
    double mixed = strong > 0 ? weak / strong : 0.0;
    if (std::fabs(s.total) < kClear || mixed > kMixed) return hit;
    hit.polarity = s.total > 0 ? Polarity::Supports : Polarity::Opposes;
    hit.evidence = s.total > 0 ? s.favour_evidence : s.disfavour_evidence;
    hit.confidence = std::clamp((0.5 + 0.45 * (1.0 - std::exp(-std::fabs(s.total)))) * (1.0 - 0.4 * mixed), 0.0, 1.0);
    return hit;
}

double overall_score(const Analysis& a, const Lexicons& /*lex*/) {
    double total = 0;
    for (const auto& c : a.cues) {
        double v = cue_sign(c);
        if (c.kind != CueKind::Modal && c.negated) v = -v;
        total += v * c.contrast * a.hedge[a.tokens[c.first].sentence];
    }
    return total;
}

std::vector<StanceEvidence> overall_evidence(const Analysis& a, const Lexicons& lex, bool favour) {
    std::vector<StanceEvidence> out;
    for (const auto& c : a.cues) {
        double v = cue_sign(c);
        if (c.kind != CueKind::Modal && c.negated) v = -v;
        if (v != 0.0 && (v > 0) == favour) add_cue_evidence(a, c, lex, out);
    }
    return out;
}

Polarity polarity_of(double score) {
    if (std::fabs(score) < kClear) return Polarity::About;
    return score > 0 ? Polarity::Supports : Polarity::Opposes;
}

// ---------------------------------------------------------------------------------------------
// Reported stances

namespace {

struct ActorSpan {
    std::size_t first = 0, last = 0;
    bool found = false;
};

bool capital_name(const Token& t, const Lexicons& lex, std::string_view text) {
    if (!is_word(t) || !t.capitalised) return false;
    // "Democratic-controlled", "Kremlin-backed": a name made an adjective, not a name
    if (t.end + 1 < text.size() && text[t.end] == '-' && std::islower(static_cast<unsigned char>(text[t.end + 1])))
        return false;
    return lex.actor_stopwords.count(std::string(text.substr(t.begin, t.end - t.begin))) == 0;
}

bool joiner(const Token& t) { return is_word(t) && (word_is(t.lower, "of") || word_is(t.lower, "and") || word_is(t.lower, "for")); }

// Extends a capitalised name leftwards from `k` ("Bank of England", "Transport Workers Union"; a joiner
// only when the part before it is one word, so "A B of C D" stays "C D").
std::size_t extend_left(const std::vector<Token>& t, std::size_t k, const Lexicons& lex, std::string_view text) {
    std::size_t start = k;
    while (start > 0) {
        const Token& prev = t[start - 1];
        if (capital_name(prev, lex, text) && prev.end <= t[start].begin) {
            --start;
        } else if (joiner(prev) && start >= 2 && capital_name(t[start - 2], lex, text) &&
                   !(start >= 3 && capital_name(t[start - 3], lex, text))) {
            start -= 2;
        } else {
            break;
        }
    }
    return start;
}

std::size_t extend_right(const std::vector<Token>& t, std::size_t k, std::size_t limit, const Lexicons& lex,
                         std::string_view text) {
    std::size_t end = k;
    while (end + 1 < limit) {
        const Token& next = t[end + 1];
        if (capital_name(next, lex, text)) {
            ++end;
        } else if (joiner(next) && end + 2 < limit && capital_name(t[end + 2], lex, text) && end == k) {
            end += 2;
        } else {
            break;
        }
    }
    return end;
}

bool object_pronoun(const std::string& w) { return w == "him" || w == "her" || w == "them"; }

// The actor before a stance verb: the nearest capitalised name (with a plural noun after it:
// "GP leaders") or "the <noun>" group ("the local leaders").
// A subject pronoun with no name before it in the sentence ("She ruled out a levy") is the actor
// itself: the caller knows whom it stands for.
ActorSpan mention_before(const std::vector<Token>& t, std::size_t i, const Lexicons& lex, std::string_view text) {
    std::size_t steps = 0;
    ActorSpan pronoun;
    for (std::size_t k = i; k-- > 0 && steps < 10;) {
        const Token& tok = t[k];
        if (tok.kind == TokKind::SentenceEnd || tok.kind == TokKind::ClauseBreak) break;
        if (!is_word(tok)) continue;
        ++steps;
        if (!pronoun.found && (word_is(tok.lower, "he") || word_is(tok.lower, "she"))) pronoun = {k, k, true};
        // "As a member of the Senate, I reject ...": a first-person subject is the speaker of a
        // quote, not a name before it
        if (!pronoun.found && (word_is(tok.lower, "i") || word_is(tok.lower, "we"))) return {};
        // "X said she supports ...": a pronoun subject stands for the name before it; but not
        // past another person it could stand for ("X voted against him because he opposes
        // ..."): then nobody
        if (object_pronoun(tok.lower) && steps > 1) return {};
        if (capital_name(tok, lex, text)) {
            std::size_t first = extend_left(t, k, lex, text);
            std::size_t last = k;
            while (last + 1 < i && is_word(t[last + 1]) && !t[last + 1].capitalised &&
                   ends_with(t[last + 1].lower, "s") && !lex.auxiliaries.count(t[last + 1].stem) &&
                   !is_negator(t[last + 1], lex) && last - k < 1)
                ++last;
            return {first, last, true};
        }
        if (word_is(tok.lower, "the")) {
            std::size_t last = k;
            while (last + 1 < i && is_word(t[last + 1]) && !t[last + 1].capitalised &&
                   !lex.auxiliaries.count(t[last + 1].stem) && !is_negator(t[last + 1], lex) && last - k < 3)
                ++last;
            if (last > k) return {k, last, true};
            return pronoun;
        }
    }
    return pronoun;
}

// Token i, or the first of the adverbs and auxiliaries right before it ("again called", "has
// since backed").
std::size_t adverbs_before(const std::vector<Token>& t, std::size_t i, const Lexicons& lex) {
    std::size_t k = i;
    while (k > 0 && is_word(t[k - 1]) && (ends_with(t[k - 1].lower, "ly") || lex.auxiliaries.count(t[k - 1].stem))) --k;
    return k;
}

// Where the "(" of a bracket closing right before token k stands, at most twelve tokens back in
// the sentence, when a capitalised word precedes it; else kNoToken.
std::size_t bracket_before(const std::vector<Token>& t, std::size_t k, std::string_view text) {
    if (k == 0 || t[k - 1].kind != TokKind::Comma || t[k - 1].begin >= text.size() || text[t[k - 1].begin] != ')')
        return kNoToken;
    for (std::size_t j = k - 1, steps = 0; j-- > 0 && steps < 12; ++steps) {
        if (t[j].kind == TokKind::SentenceEnd) return kNoToken;
        if (t[j].kind == TokKind::Comma && t[j].begin < text.size() && text[t[j].begin] == ')') return kNoToken;
        if (t[j].kind == TokKind::Comma && t[j].begin < text.size() && text[t[j].begin] == '(')
            return j > 0 && is_word(t[j - 1]) && t[j - 1].capitalised ? j : kNoToken;
    }
    return kNoToken;
}

// "The Growers' Forum (Ms A. Lee, Chief Executive) supported X": the person in the brackets
// before the verb at token i spoke for the subject and takes its side too. A name of two
// capitalised words at least, opening the brackets; not a party tag ("(R-Idaho)", "(D-CA)").
ActorSpan bracketed_speaker(const std::vector<Token>& t, std::size_t i, const Lexicons& lex, std::string_view text) {
    const std::size_t open = bracket_before(t, adverbs_before(t, i, lex), text);
    if (open == kNoToken || open + 2 >= t.size()) return {};
    const std::size_t b = t[open].begin + 1;
    if (b + 1 < text.size() && text[b + 1] == '-') return {};
    std::size_t last = open;
    while (last + 1 < t.size() && is_word(t[last + 1]) && t[last + 1].capitalised) ++last;
    if (last < open + 2) return {};
    return {open + 1, last, true};
}

// The subject of a verb at token i: the mention before it, or, when an apposition or relative
// clause stands between them ("X, who convenes the Y Alliance, welcomed ..."; "X, chief
// executive of Y, backed ..."), the mention before that clause, not the body named inside it.
ActorSpan subject_before(const std::vector<Token>& t, std::size_t i, const Lexicons& lex, std::string_view text) {
    // "X (party), again called for ...", "X, chair of Y, has backed ...": adverbs and auxiliaries
    // stand between the apposition and the verb
    const std::size_t k = adverbs_before(t, i, lex);
    // "The Growers' Forum (Ms A. Lee, Chief Executive) supported ...": the words in brackets
    // right before the verb are an aside (who spoke for it); the subject stands before them
    if (std::size_t open = bracket_before(t, adverbs_before(t, k, lex), text); open != kNoToken)
        return mention_before(t, open, lex, text);
    if (k > 0 && t[k - 1].kind == TokKind::Comma) {
        for (std::size_t j = k - 1, words = 0; j-- > 0 && words < kReportedReach;) {
            if (t[j].kind == TokKind::SentenceEnd || t[j].kind == TokKind::ClauseBreak) break;
            if (t[j].kind == TokKind::Comma) {
                ActorSpan before = mention_before(t, j, lex, text);
                if (!before.found) break;
                // "Fenmouth's main traders' group, the Fenmouth Traders Association, dismissed ...", "the
                // head of the group, A B, said ...": a description before the apposition, whose
                // name is the subject
                bool described = !t[before.first].capitalised;
                for (std::size_t q = before.last + 1; q < j && !described; ++q)
                    described = is_word(t[q]) && !t[q].capitalised && !word_is(t[q].lower, "'s") && !word_is(t[q].lower, "’s");
                if (described) {
                    ActorSpan apposition = mention_before(t, k - 1, lex, text);
                    if (apposition.found && apposition.first > j && t[apposition.last].capitalised) return apposition;
                }
                return before;
            }
            if (is_word(t[j])) ++words;
        }
    }
    return mention_before(t, i, lex, text);
}

// Whether the verb at token i is the second of two joined to one subject: "and"/"but" before it,
// past auxiliaries, negators and adverbs ("but also wants", "and has since backed").
bool coordinated_verb(const std::vector<Token>& t, std::size_t i, const Lexicons& lex) {
    for (std::size_t k = i, words = 0; k-- > 0 && words < 4;) {
        if (!is_word(t[k])) return false;
        ++words;
        const std::string_view w = t[k].lower;
        if (w == "and" || w == "but") return true;
        // (auxiliaries include has/had and also/still: stance_auxiliaries.txt)
        if (!(lex.auxiliaries.count(t[k].stem) || is_negator(t[k], lex) || ends_with(w, "ly") || w == "since"))
            return false;
    }
    return false;
}

// "A encouraged her colleagues to support X", "B called on the council to reject X": a stance
// verb after "to" whose subject is the object of a verb of asking (stance_request_verbs.txt) at
// most six words before it, with that object between them. The asking verb's token (its subject
// takes the side asked for), else kNoToken.
std::size_t requesting_verb(const std::vector<Token>& t, std::size_t verb, const Lexicons& lex) {
    std::size_t k = verb;
    if (k > 0 && ly_adverb(t[k - 1])) --k;
    if (k == 0 || !is_word(t[k - 1]) || !word_is(t[k - 1].lower, "to")) return kNoToken;
    const std::size_t to = k - 1;
    for (std::size_t j = to, words = 0; j-- > 0 && words < 6;) {
        if (t[j].kind == TokKind::Quote) continue;
        if (!is_word(t[j])) return kNoToken;
        ++words;
        if (lex.request_verbs.count(t[j].stem)) return j + 1 < to ? j : kNoToken;
    }
    return kNoToken;
}

// "Congress has another 15 days to introduce a resolution", "has until June to pass the bill":
// a reported verb right after "to" with a word of time, power or opportunity
// (stance_opportunity_words.txt) at most six words before that "to", in its clause. What the
// actor may do is no side it took.
bool opportunity_infinitive(const std::vector<Token>& t, std::size_t verb, const Lexicons& lex) {
    if (verb < 2 || !is_word(t[verb - 1]) || !word_is(t[verb - 1].lower, "to")) return false;
    for (std::size_t j = verb - 1, words = 0; j-- > 0 && words < 6;) {
        if (!is_word(t[j])) return false;
        ++words;
        if (lex.opportunity_words.count(t[j].stem)) return true;
    }
    return false;
}

// "If Congress rejects the deal, ...", "For Congress to reject the deal would ...": a subject
// opened by a conditional (stance_conditional_openers.txt), or by "for" with the verb an
// infinitive, does a supposed act, not one it did or wants.
bool supposed_subject(const std::vector<Token>& t, const ActorSpan& actor, std::size_t verb, const Lexicons& lex) {
    if (!actor.found) return false;
    std::size_t k = actor.first;
    while (k > 0 && is_word(t[k - 1]) && !t[k - 1].capitalised && lex.determiners.count(t[k - 1].stem)) --k;
    if (k == 0 || !is_word(t[k - 1])) return false;
    const Token& before = t[k - 1];
    if (lex.conditional_openers.count(before.stem)) return true;
    return word_is(before.lower, "for") && verb >= 1 && is_word(t[verb - 1]) &&
           (word_is(t[verb - 1].lower, "to") || (verb >= 2 && ly_adverb(t[verb - 1]) && word_is(t[verb - 2].lower, "to")));
}

// "A joined B in condemning X", "A led 27 of her colleagues in calling for X": a stance verb in
// "-ing" right after "in", with a verb of taking part (stance_joining_verbs.txt) at most eight
// words before it in its clause. That verb's token (its subject, and a name that is its object,
// take the side), else kNoToken.
std::size_t joining_verb(const std::vector<Token>& t, std::size_t verb, const Lexicons& lex) {
    if (verb < 2 || !ends_with(t[verb].lower, "ing") || !is_word(t[verb - 1]) || !word_is(t[verb - 1].lower, "in"))
        return kNoToken;
    for (std::size_t j = verb - 1, words = 0; j-- > 0 && words < 8;) {
        if (t[j].kind == TokKind::SentenceEnd || t[j].kind == TokKind::ClauseBreak) return kNoToken;
        if (!is_word(t[j])) continue;  // a list's commas, a party tag's brackets
        ++words;
        if (lex.joining_verbs.count(t[j].stem)) return j;
    }
    return kNoToken;
}

// "The bill would require every district to adopt a ban": a stance verb after "to" whose subject
// is a noun phrase (a determiner opens it) between the name found before and "to". That phrase,
// the object of another verb, is who would act; the name before is not.
bool infinitive_of_object(const std::vector<Token>& t, std::size_t verb, const ActorSpan& actor, const Lexicons& lex) {
    if (!actor.found || verb == 0) return false;
    std::size_t to = verb - 1;
    if (to > 0 && ly_adverb(t[to])) --to;
    if (!is_word(t[to]) || !word_is(t[to].lower, "to")) return false;
    for (std::size_t k = actor.last + 1; k < to; ++k)
        if (is_word(t[k]) && !t[k].capitalised && lex.determiners.count(t[k].stem)) return true;
    return false;
}

// "A and B urged ...", "A, R-Alaska, and B, R-N.D., today backed ...", "A, B and C opposed ...",
// "A (R-S.C.), B (R-Tenn.) and C (R-Idaho) introduced ...",
// "Chairman A and Commissioners B and C voted ...": the capitalised names joined to a named subject
// by "and" (and the commas of a list before it, or another "and" between titled groups) share its
// verb. A party tag in apposition comes out as a name of its own; it names no actor, and
// the caller, which resolves each span to the document's mentions, drops it.
std::vector<ActorSpan> conjoined_subjects(const std::vector<Token>& t, const ActorSpan& subject, const Lexicons& lex,
                                          std::string_view text) {
    std::vector<ActorSpan> out;
    if (!subject.found || !capital_name(t[subject.first], lex, text)) return out;
    std::size_t k = subject.first;
    if (k == 0 || !is_word(t[k - 1]) || !word_is(t[k - 1].lower, "and")) return out;
    --k;
    // (a party tag in parentheses after a name: "A (R-S.C.), B (R-Tenn.) and C")
    auto before_parenthesis = [&](std::size_t at) {
        if (at == 0 || !word_is(t[at - 1].lower, ")")) return at;
        for (std::size_t j = at - 1; j-- > 0 && at - j <= 10;)
            if (word_is(t[j].lower, "(")) return j;
        return at;
    };
    k = before_parenthesis(k);
    for (int names = 0; names < 8; ++names) {
        if (k > 0 && t[k - 1].kind == TokKind::Comma && word_is(t[k - 1].lower, ",")) --k;
        k = before_parenthesis(k);
        while (k > 0 && t[k - 1].kind == TokKind::Quote) --k;  // an abbreviation's full stop ("D-Ore.,")
        if (k == 0 || !capital_name(t[k - 1], lex, text)) break;
        const std::size_t first = extend_left(t, k - 1, lex, text);
        if (k - first > 4) break;
        out.push_back({first, k - 1, true});
        k = first;
        if (k > 1 && is_word(t[k - 1]) && word_is(t[k - 1].lower, "and") &&
            (capital_name(t[k - 2], lex, text) || word_is(t[k - 2].lower, ")"))) {
            --k;
            continue;
        }
        if (k == 0 || t[k - 1].kind != TokKind::Comma || !word_is(t[k - 1].lower, ",")) break;
    }
    return out;
}

// The actor after "by" (passive) or after a participial opening's comma.
ActorSpan mention_after(const std::vector<Token>& t, std::size_t j, const Lexicons& lex, std::string_view text) {
    bool saw_the = false;
    std::size_t the_at = 0;
    std::size_t k = j;
    while (k < t.size() && k < j + 6 &&
           (t[k].kind == TokKind::Quote || (is_word(t[k]) && lex.determiners.count(t[k].stem) &&
                                                               !t[k].capitalised) ||
                            (is_word(t[k]) && word_is(t[k].lower, "the")))) {
        if (is_word(t[k]) && word_is(t[k].lower, "the") && !saw_the) {
            saw_the = true;
            the_at = k;
        }
        ++k;
    }
    if (k >= t.size() || !is_word(t[k])) return {};
    if (capital_name(t[k], lex, text)) return {k, extend_right(t, k, t.size(), lex, text), true};
    if (saw_the) {
        std::size_t last = k;
        while (last + 1 < t.size() && is_word(t[last + 1]) && !t[last + 1].capitalised &&
               !lex.auxiliaries.count(t[last + 1].stem) && last - k < 2)
            ++last;
        // "by the environment minister, Clara Voss": the name in apposition is the actor
        if (last + 2 < t.size() && t[last + 1].kind == TokKind::Comma && capital_name(t[last + 2], lex, text))
            return {last + 2, extend_right(t, last + 2, t.size(), lex, text), true};
        return {the_at, last, true};
    }
    return {};
}

// The positions a reported verb's object names: the one named first after the verb, which heads
// the object ("ruled out an exemption for tradespeople from the charge" is about the exemption),
// and those coordinated with it ("backed the charge and the exemptions"). A position named only
// in a modifier of the object ("... from the charge", "calls for a vote on the charge") is not
// the verb's target. A proposal noun followed by for/of/to ("plans for a levy") gives way to its
// complement, which says what the proposal is.
struct ObjectTargets {
    std::vector<std::size_t> positions;
    std::size_t first = 0;  // token where the first of them is named
    std::size_t last = 0;   // token where the last of them ends
};

ObjectTargets object_positions(const Analysis& a, const std::vector<std::vector<Mention>>& named,
                               const Lexicons& lex) {
    const auto& t = a.tokens;
    auto transparent = [&](const Mention& m) {
        if (m.strength != kProposalStrength) return false;
        std::size_t k = m.last + 1;
        return k < t.size() && is_word(t[k]) && (word_is(t[k].lower, "for") || word_is(t[k].lower, "of") || word_is(t[k].lower, "to"));
    };
    // "the vote to kill the rules": a weaker naming (a label's head noun) followed by to/for/of/on
    // and, within four tokens, another position's explicit naming gives way to it as a proposal
    // noun does: the complement says what the vote is about
    auto gives_way = [&](const Mention& m, std::size_t p) {
        if (m.strength >= 1.0 || m.first != m.last) return false;
        std::size_t k = m.last + 1;
        if (!(k < t.size() && is_word(t[k]) &&
              (word_is(t[k].lower, "to") || word_is(t[k].lower, "for") || word_is(t[k].lower, "of") || word_is(t[k].lower, "on"))))
            return false;
        for (std::size_t q = 0; q < named.size(); ++q)
            if (q != p)
                for (const auto& o : named[q])
                    if (o.strength >= 1.0 && o.first > k && o.first <= k + 4) return true;
        return false;
    };
    struct Named { std::size_t first, last, position; double strength; };
    std::vector<Named> spans;
    for (std::size_t p = 0; p < named.size(); ++p)
        for (const auto& m : named[p])
            if (!transparent(m) && !gives_way(m, p)) spans.push_back({m.first, m.last, p, m.strength});
    // A weaker naming (a label's head noun: "control" of "local control") inside words another
    // position's cue or alias names ("the control area") is that position's.
    std::vector<Named> explicit_spans;
    for (const auto& x : spans)
        if (x.strength >= 1.0) explicit_spans.push_back(x);
    spans.erase(std::remove_if(spans.begin(), spans.end(),
                               [&](const Named& x) {
                                   if (x.strength >= 1.0) return false;
                                   for (const auto& e : explicit_spans)
                                       if (e.position != x.position && e.first <= x.last && x.first <= e.last) return true;
                                   return false;
                               }),
                spans.end());
    ObjectTargets out;
    if (spans.empty()) {  // only proposal nouns: they are the object
        out.first = a.tokens.size();
        for (std::size_t p = 0; p < named.size(); ++p)
            if (!named[p].empty()) {
                out.positions.push_back(p);
                for (const auto& m : named[p]) {
                    out.first = std::min(out.first, m.first);
                    out.last = std::max(out.last, m.last);
                }
            }
        return out;
    }
    std::sort(spans.begin(), spans.end(), [](const Named& x, const Named& y) {
        return x.first != y.first ? x.first < y.first : x.last > y.last;
    });
    auto coordinating = [&](std::size_t from, std::size_t to) {  // tokens (from, to) join two objects
        for (std::size_t k = from + 1; k < to; ++k) {
            if (t[k].kind == TokKind::Comma) continue;
            if (!is_word(t[k])) return false;
            if (word_is(t[k].lower, "and") || word_is(t[k].lower, "or") || word_is(t[k].lower, "nor") || lex.determiners.count(t[k].stem)) continue;
            return false;
        }
        return true;
    };
    // "approve A for X, build B on the main roads, and plan C": verb phrases of a series, each with its
    // own object (at most ten words between two objects, a comma or "and" among them, no negator
    // and no clause opener)
    auto coordinated_phrase = [&](std::size_t from, std::size_t to) {
        bool joined = false;
        std::size_t words = 0;
        for (std::size_t k = from + 1; k < to; ++k) {
            if (t[k].kind == TokKind::Comma) { joined = true; continue; }
            if (!is_word(t[k]) || t[k].sentence != t[from].sentence) return false;
            if (is_negator(t[k], lex)) return false;
            if (lex.clause_words.count(t[k].stem)) {
                if (!word_is(t[k].lower, "and") && !word_is(t[k].lower, "or")) return false;
                joined = true;
            }
            if (++words > 10) return false;
        }
        return joined;
    };
    std::size_t reach = spans.front().last;
    out.first = spans.front().first;
    const Named* previous = nullptr;  // the span taken last
    for (const auto& s : spans) {
        if (s.first > reach && !coordinating(reach, s.first) && !coordinated_phrase(reach, s.first)) break;
        // "the exemption limited to ...": a qualifying participle after the object names nothing
        if (s.first == reach + 1 && is_word(t[s.first]) && lex.qualifiers.count(t[s.first].stem)) break;
        // "an annual registration fee": a weak naming right before another naming, with nothing
        // between, is a modifier of the noun that follows, not an object of its own
        if (previous && previous->strength < 1.0 && s.first == previous->last + 1 && previous->position != s.position) {
            const std::size_t dropped = previous->position;
            const bool elsewhere = std::any_of(spans.begin(), spans.end(), [&](const Named& x) {
                return &x != previous && x.position == dropped && x.first <= reach && x.first >= out.first;
            });
            if (!elsewhere) out.positions.erase(std::remove(out.positions.begin(), out.positions.end(), dropped), out.positions.end());
        }
        reach = std::max(reach, s.last);
        previous = &s;
        if (std::find(out.positions.begin(), out.positions.end(), s.position) == out.positions.end())
            out.positions.push_back(s.position);
    }
    out.last = reach;
    std::sort(out.positions.begin(), out.positions.end());
    return out;
}

// Whether a proposal noun ("bill", "plan": stance_proposal_nouns.txt) stands in [from, verb), at
// most three words before the verb: the subject of "a bill tabled by ...".
bool proposal_subject(const Analysis& a, std::size_t from, std::size_t verb, const Lexicons& lex) {
    const auto& t = a.tokens;
    // "The Harbour Act, tabled by the minister, A B, bans ...": a participle in apposition to the
    // subject: the subject is the noun phrase before its comma
    std::size_t k = verb;
    if (k > 0 && k == from && k - 1 < t.size() && word_is(t[k - 1].lower, ",") && k >= 2) k = k - 1;
    std::size_t words = 0;
    for (; k-- > 0 && words < 3;) {
        if (k < from && verb != from) break;
        if (!is_word(t[k])) {
            if (t[k].kind == TokKind::SentenceEnd || t[k].kind == TokKind::ClauseBreak || word_is(t[k].lower, ",")) break;
            continue;
        }
        ++words;
        // (a law named in full: "the Harbour Protection Act")
        if (lex.proposal_nouns.count(t[k].stem) || (t[k].capitalised && word_is(t[k].lower, "act"))) return true;
    }
    return false;
}

// Whether a reported verb's clause ends with no object: nothing after it but an adverb or two
// ("testified in favor.", "voted against, saying ...", "spoke strongly against on Tuesday").
bool object_left_out(const Analysis& a, std::size_t from, std::size_t end) {
    const auto& t = a.tokens;
    std::size_t words = 0;
    for (std::size_t k = from; k < end; ++k) {
        if (!is_word(t[k])) continue;
        const std::string_view w = t[k].lower;
        bool adverb = ends_with(w, "ly") || w == "today" || w == "yesterday" || w == "again" || w == "too" || w == "also";
        if (!adverb) return false;
        if (++words > 2) return false;
    }
    return end >= t.size() || t[end].kind == TokKind::SentenceEnd || t[end].kind == TokKind::Comma ||
           t[end].kind == TokKind::ClauseBreak;
}

// The participle of a passive opening at k ("be", "to be", "being", "been", an adverb in -ly
// between), or kNoToken when no passive opens there.
std::size_t passive_participle_after(const std::vector<Token>& t, std::size_t k) {
    if (k < t.size() && is_word(t[k]) && word_is(t[k].lower, "to")) ++k;
    if (k >= t.size() || !is_word(t[k]) || (!word_is(t[k].lower, "be") && !word_is(t[k].lower, "being") && !word_is(t[k].lower, "been")))
        return kNoToken;
    ++k;
    if (k < t.size() && is_word(t[k]) && ends_with(t[k].lower, "ly")) ++k;
    return k < t.size() && is_word(t[k]) ? k : kNoToken;
}

// "backed calls to scrap the charge", "supports scrapping the levy": an opposing verb (after "to",
// or a gerund) between a reported verb and the position its object names turns the verb's side
// around. An opposing noun does not ("rejected opposition calls for a vote": the opposition's).
// What a participle right after the object asks of it: "wants the levy scrapped" undoes it (an
// opposing cue: -1), "wants the exemption limited" changes it (stance_qualifiers.txt: 0, no side
// taken), anything else nothing (+1).
int participle_after_object(const Analysis& a, std::size_t last, const Lexicons& lex) {
    const auto& t = a.tokens;
    std::size_t k = last + 1;
    if (k >= t.size() || !is_word(t[k])) return 1;
    // "urged that the levy be scrapped", "asked for the setback to be replaced": the passive's
    // auxiliary (and an adverb: "be quietly dropped") stands between the object and its participle,
    // and a cue of the passive ("be replaced") may open on the auxiliary
    const std::size_t passive = passive_participle_after(t, k);
    if (passive != kNoToken) k = passive;
    auto is_participle = [&](std::size_t i) {
        return ends_with(t[i].lower, "ed") || ends_with(t[i].lower, "en") || ends_with(t[i].lower, "wn");
    };
    if (lex.qualifiers.count(t[k].stem)) return 0;
    if (!is_participle(k)) return 1;
    // "wants the whole bill withdrawn": a word of removal undoes it, a cue or not
    if (lex.removal.count(t[k].stem)) return -1;
    if (k < a.covered.size() && a.covered[k] >= 0) {
        const FoundCue& c = a.cues[static_cast<std::size_t>(a.covered[k])];
        if ((c.first == k || passive != kNoToken) && cue_sign(c) < 0) return -1;
    }
    return 1;
}

// Whether the mentions within tokens [first, last] name only the thing a removal-framed
// position removes (mark_removed_things): a side taken on them is the reverse on the position.
bool names_removed_thing(const std::vector<Mention>& mentions, std::size_t first, std::size_t last) {
    bool any = false;
    for (const auto& m : mentions) {
        if (m.first < first || m.first > last) continue;
        if (!m.removed_thing) return false;
        any = true;
    }
    return any;
}

bool object_undoes_target(const Analysis& a, std::size_t from, std::size_t to) {
    const auto& t = a.tokens;
    // "announced a lawsuit against X", "signed a letter against X": the object is against it
    for (std::size_t k = from; k < to && k < t.size(); ++k)
        if (is_word(t[k]) && word_is(t[k].lower, "against")) return true;
    for (std::size_t k = from; k < to && k < a.covered.size(); ++k) {
        if (a.covered[k] < 0) continue;
        const FoundCue& c = a.cues[static_cast<std::size_t>(a.covered[k])];
        if (k != c.first || cue_sign(c) >= 0) continue;
        bool verb = ends_with(t[k].lower, "ing") || (k > 0 && is_word(t[k - 1]) && word_is(t[k - 1].lower, "to"));
        if (verb) return true;
    }
    return false;
}

}  // namespace

bool may_hold_reported_cue(std::span<const Token> tokens, const Lexicons& lex) {
    if (!lex.reported_index.built) return true;  // (every cue is tried then)
    const auto& first_words = lex.reported_index.by_first;
    for (const Token& tok : tokens) {
        if (!is_word(tok)) continue;
        if (first_words.count(tok.stem)) return true;
        if (tok.contracted_negation && first_words.count(tok.base)) return true;
    }
    return false;
}

std::vector<ReportedStance> find_reported(std::string_view sentence, const std::vector<PositionPatterns>& positions,
                                          const Codebook& codebook, const Lexicons& lex, std::size_t focus,
                                          std::size_t referent) {
    return find_reported(sentence, tokenize(sentence, lex.irregular), positions, codebook, lex, focus, referent);
}

std::vector<ReportedStance> find_reported(std::string_view sentence, std::vector<Token> tokens,
                                          const std::vector<PositionPatterns>& positions, const Codebook& codebook,
                                          const Lexicons& lex, std::size_t focus, std::size_t referent) {
    std::vector<ReportedStance> out;
    // Most sentences hold no reporting verb: that is seen on the tokens, before the sentence's
    // index is built and its cues looked up.
    Analysis a;
    a.text = sentence;
    a.tokens = std::move(tokens);
    if (!may_hold_reported_cue(a.tokens, lex)) return out;
    a.index = TokenIndex(a.tokens);
    const auto& t = a.tokens;
    const std::size_t n = t.size();
    if (n == 0) return out;

    std::vector<Candidate> cands;
    for (std::size_t i : cues_present(a, lex.reported, lex.reported_index, lex))
        for (auto& m : find_matches(lex.reported[i].pattern, t, a.index, 0, n, options(lex)))
            cands.push_back({std::move(m), CueKind::Support, &lex.reported[i]});
    std::vector<int> covered(n, -1);
    std::vector<Candidate> verbs = keep_longest(std::move(cands), covered);
    // Most sentences report no stance: the rest of the analysis only for those with a verb.
    if (verbs.empty()) return out;
    analyse_tokens(a, lex, true);

    // Subjects and objects are looked for within kReportedReach words of the verb, so that a
    // sentence with many verbs costs linear time.
    auto clause_start = [&](std::size_t i) {
        std::size_t k = i;
        while (k > 0 && !soft_or_hard_break(t[k - 1]) && words_between(a, k - 1, i) < kReportedReach) --k;
        return k;
    };
    auto clause_end = [&](std::size_t i) {  // a colon does not end the object ("backing a change: ...")
        auto segment_end = [&](std::size_t from) {
            std::size_t k = from;
            while (k < n && !(t[k].kind == TokKind::Comma || t[k].kind == TokKind::SentenceEnd ||
                              (t[k].kind == TokKind::ClauseBreak && word_is(t[k].lower, ";"))) &&
                   (k == from || words_between(a, from, k) < kReportedReach))
                ++k;
            return k;
        };
        std::size_t k = segment_end(i);
        // "wants the council to approve A, build B, and plan C": a series of short segments
        // closed by "and"/"or" is one object
        std::size_t end = k;
        for (int segments = 0; segments < 4 && end < n && t[end].kind == TokKind::Comma; ++segments) {
            std::size_t next = end + 1;
            if (next >= n || !is_word(t[next])) break;
            const std::size_t stop = segment_end(next);
            bool plain = words_between(a, next, stop) <= 10;
            for (std::size_t q = next; q < stop && plain; ++q)
                plain = !(is_word(t[q]) && (is_negator(t[q], lex) ||
                                           (lex.clause_words.count(t[q].stem) && !word_is(t[q].lower, "and") && !word_is(t[q].lower, "or"))));
            if (!plain) break;
            if (word_is(t[next].lower, "and") || word_is(t[next].lower, "or")) return stop;  // the series closes
            end = stop;
        }
        return k;
    };
    std::set<std::pair<std::size_t, std::size_t>> emitted;  // (position, actor offset)
    auto emit = [&](const ActorSpan& actor, std::size_t pos, Polarity pol, const Cue& cue) {
        if (!actor.found || pol == Polarity::About) return;
        ReportedStance r;
        r.actor_begin = t[actor.first].begin;
        r.actor_end = t[actor.last].end;
        r.actor_text = std::string(sentence.substr(r.actor_begin, r.actor_end - r.actor_begin));
        r.position_id = codebook.positions[pos].id;
        r.polarity = pol;
        r.vote = cue.tag == "vote";
        r.confidence = r.vote ? 0.8 : 0.7;
        if (!emitted.insert({pos, r.actor_begin}).second) return;
        out.push_back(std::move(r));
    };

    ActorSpan previous_actor;
    std::vector<ActorSpan> previous_conjuncts;
    for (const auto& v : verbs) {
        const Cue& cue = *v.cue;
        // "the Senate failed to adopt the compromise": an outcome, not a side the body took
        if (v.m.first >= 2 && word_is(t[v.m.first - 1].lower, "to") && failure_word(t[v.m.first - 2]))
            continue;
        if (opportunity_infinitive(t, v.m.first, lex)) continue;
        // ("urged the council not to back X": a negator in the cue's gap, as for any cue)
        const bool negated = negated_span(a, v.m.first, v.m.last, false, lex) != negator_in_gap(t, v.m, lex);
        Polarity pol = (cue.weight > 0) != negated ? Polarity::Supports : Polarity::Opposes;

        // Passive: "will be opposed all the way by X" - the actor follows "by", the position
        // stands before the verb in its clause.
        std::size_t by = n;
        // A participle: regular ("opposed") or irregular ("fought", from stance_irregular.txt).
        if (ends_with(t[v.m.last].lower, "ed") || lex.irregular.count(t[v.m.last].lower)) {
            std::size_t words = 0;
            for (std::size_t k = v.m.last + 1; k < n && words < 5; ++k) {
                if (soft_or_hard_break(t[k])) break;
                if (!is_word(t[k])) continue;
                ++words;
                if (word_is(t[k].lower, "by")) {
                    by = k;
                    break;
                }
            }
        }
        if (by < n) {
            ActorSpan actor = mention_after(t, by + 1, lex, sentence);
            std::size_t from = clause_start(v.m.first);
            bool named = false;
            for (std::size_t p = 0; p < positions.size(); ++p) {
                auto ms = mentions_of(a, from, v.m.first, positions[p], lex, focus_for(p, focus));
                if (ms.empty()) continue;
                emit(actor, p, names_removed_thing(ms, 0, n) ? compose(pol, Polarity::Opposes) : pol, cue);
                named = true;
            }
            // "A bill tabled by the minister, A B, would ban plastic bags": a proposal noun as the
            // subject, its content in the predicate after the actor
            if (!named && actor.found && proposal_subject(a, from, v.m.first, lex)) {
                std::vector<std::vector<Mention>> content(positions.size());
                for (std::size_t p = 0; p < positions.size(); ++p)
                    content[p] = mentions_of(a, actor.last + 1, n, positions[p], lex, focus_for(p, focus));
                for (std::size_t p : object_positions(a, content, lex).positions) emit(actor, p, pol, cue);
            }
            continue;
        }

        ActorSpan actor;
        std::vector<ActorSpan> conjuncts;  // "A and B backed ...": B's verb is A's too
        bool opening_participle = ends_with(t[v.m.first].lower, "ing") && a.word_pos[v.m.first] == 0;
        if (opening_participle) {  // "Speaking against the motion, X said ..."
            std::size_t k = clause_end(v.m.last + 1);
            if (k < n && t[k].kind == TokKind::Comma) actor = mention_after(t, k + 1, lex, sentence);
        } else if (previous_actor.found && coordinated_verb(t, v.m.first, lex)) {
            actor = previous_actor;  // "X backs A but wants B": B's subject is X
            conjuncts = previous_conjuncts;
        } else {
            // "X urged the council to back A": X asks for the side, the council is asked
            const std::size_t asking = requesting_verb(t, v.m.first, lex);
            // "A joined B in condemning X": A condemns, and so does B
            const std::size_t joining = asking == kNoToken ? joining_verb(t, v.m.first, lex) : kNoToken;
            const std::size_t subject_of = asking != kNoToken ? asking : joining != kNoToken ? joining : v.m.first;
            actor = subject_before(t, subject_of, lex, sentence);
            if (subject_of == v.m.first && infinitive_of_object(t, v.m.first, actor, lex)) actor = {};
            conjuncts = conjoined_subjects(t, actor, lex, sentence);
            if (ActorSpan speaker = bracketed_speaker(t, subject_of, lex, sentence); speaker.found)
                conjuncts.push_back(speaker);
            if (joining != kNoToken)
                if (ActorSpan partner = mention_after(t, joining + 1, lex, sentence);
                    partner.found && partner.last < v.m.first && t[partner.first].capitalised)
                    conjuncts.push_back(partner);
            if (supposed_subject(t, actor, subject_of, lex)) {
                actor = {};
                conjuncts.clear();
            }
        }
        previous_actor = actor;
        previous_conjuncts = conjuncts;
        auto emit_subjects = [&](std::size_t p, Polarity side) {
            emit(actor, p, side, cue);
            for (const ActorSpan& c : conjuncts) emit(c, p, side, cue);
        };

        // The object: a motion with its own content, or the positions named in the clause.
        std::size_t o = v.m.last + 1;
        while (o < n && (t[o].kind == TokKind::Quote || (is_word(t[o]) && lex.determiners.count(t[o].stem)))) ++o;
        if (o < n && is_word(t[o]) && lex.motion_words.count(t[o].stem)) {
            // "voted in favour of the motion, which insists that X should not ...": the voter's
            // side composed with the motion's side.
            std::size_t stop = o + 1;
            while (stop < n && (stop == o + 1 || words_between(a, o, stop) < kMotionReach)) ++stop;
            std::size_t content_end = stop < n ? t[stop].begin : sentence.size();
            Analysis content = analyse(sentence.substr(t[o].end, content_end - t[o].end), lex);
            for (std::size_t p = 0; p < positions.size(); ++p) {
                auto s = score_position(content, positions[p], lex, focus_for(p, focus));
                if (!s) continue;
                Polarity motion = decide(codebook.positions[p].id, *s).polarity;
                emit_subjects(p, compose(pol, motion));
            }
            continue;
        }
        std::size_t end = clause_end(v.m.last + 1);
        // "passed strong gun laws, requiring A and limiting B": a participle after a measure's
        // comma says what the measure does; it is the object's content
        if (end + 1 < n && word_is(t[end].lower, ",") && is_word(t[end + 1]) && ends_with(t[end + 1].lower, "ing") &&
            end > v.m.first && is_word(t[end - 1]) && lex.proposal_nouns.count(t[end - 1].stem) &&
            words_between(a, v.m.last + 1, end) <= 5) {
            std::size_t k = end + 1;
            while (k < n && t[k].kind != TokKind::SentenceEnd && !(t[k].kind == TokKind::ClauseBreak && word_is(t[k].lower, ";")) &&
                   words_between(a, end + 1, k) < kReportedReach)
                ++k;
            end = k;
        }
        // "supports X but wants Y": what follows a contrast is not this verb's object, nor what
        // follows a word opening another clause ("rejected the plan because it would ...");
        // and/or/as join objects.
        for (const auto& mk : a.main_markers)
            if (mk.first > v.m.last && mk.first < end) {
                end = mk.first;
                break;
            }
        for (std::size_t k = v.m.last + 1; k < end; ++k)
            if (is_word(t[k]) && lex.clause_words.count(t[k].stem) && !word_is(t[k].lower, "and") && !word_is(t[k].lower, "or") &&
                !word_is(t[k].lower, "as")) {
                end = k;
                break;
            }
        // "in condemning the vote and announcing a bill to overturn it": a gerund verb's object
        // ends where "and" opens a second gerund, which has an object (and a side) of its own
        if (ends_with(t[v.m.first].lower, "ing"))
            for (std::size_t k = v.m.last + 1; k + 1 < end; ++k)
                if (is_word(t[k]) && (word_is(t[k].lower, "and") || word_is(t[k].lower, "or")) && is_word(t[k + 1]) &&
                    ends_with(t[k + 1].lower, "ing") && t[k + 1].lower.size() > 5) {
                    end = k;
                    break;
                }
        std::vector<std::vector<Mention>> named(positions.size());
        for (std::size_t p = 0; p < positions.size(); ++p)
            named[p] = mentions_of(a, v.m.last + 1, end, positions[p], lex, focus_for(p, focus));
        // "X testified in favor.", "Y voted against.": no object, the document's subject is it.
        // ("Clyburn and Rosenworcel voting against": the position named just before, if any)
        const std::size_t left_out = referent < positions.size() ? referent : focus;
        if (left_out < positions.size() && object_left_out(a, v.m.last + 1, end)) {
            emit_subjects(left_out, pol);
            continue;
        }
        ObjectTargets targets = object_positions(a, named, lex);
        Polarity side = object_undoes_target(a, v.m.last + 1, targets.first) ? compose(pol, Polarity::Opposes) : pol;
        if (!targets.positions.empty()) {
            const int asked = participle_after_object(a, targets.last, lex);
            if (asked == 0) continue;
            if (asked < 0) side = compose(side, Polarity::Opposes);
        }
        // "is backing the harbour tolls": the thing a removal-framed position removes
        for (std::size_t p : targets.positions)
            emit_subjects(p, names_removed_thing(named[p], targets.first, targets.last) ? compose(side, Polarity::Opposes) : side);
    }
    return out;
}

}  // namespace sg::loaders::stance
