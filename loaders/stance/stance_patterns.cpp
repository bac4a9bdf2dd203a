#include "loaders/stance/stance_patterns.hpp"

#include <algorithm>
#include <optional>
#include <sstream>

namespace sg::loaders::stance {
namespace {

constexpr std::size_t kMaxGap = 6;

bool hard_break(const Token& t) { return t.kind == TokKind::SentenceEnd || t.kind == TokKind::ClauseBreak; }

// (Ids compared: a token that is no word has kNoStem, which no pattern word has.)
bool word_matches(const Token& t, StemId stem, const MatchOptions& o) {
    if (t.stem_id == stem) return true;
    return o.negated_base && t.contracted_negation && t.base_id == stem;
}

// Matches one alternative (a sequence of stem ids, contiguous but for quote marks) at token i.
// Returns the index of its last token.
std::optional<std::size_t> match_alt(const std::vector<StemId>& alt, const std::vector<Token>& tokens,
                                     std::size_t i, std::size_t to, const MatchOptions& o,
                                     std::vector<std::size_t>& matched) {
    std::size_t last = i;
    std::size_t mark = matched.size();
    for (std::size_t k = 0; k < alt.size(); ++k) {
        while (i < to && tokens[i].kind == TokKind::Quote) ++i;
        if (i >= to || !word_matches(tokens[i], alt[k], o)) {
            matched.resize(mark);
            return std::nullopt;
        }
        matched.push_back(i);
        last = i;
        ++i;
    }
    return last;
}

// A term's alternatives as ids: its own, or (a term not made by compile_pattern) looked up now.
const std::vector<std::vector<StemId>>& ids_of(const PatternTerm& term) {
    if (term.alternative_ids.size() == term.alternatives.size()) return term.alternative_ids;
    thread_local PatternTerm copy;
    copy.alternatives = term.alternatives;
    assign_stem_ids(copy);
    return copy.alternative_ids;
}

std::optional<std::size_t> match_term(const PatternTerm& term, const std::vector<Token>& tokens, std::size_t i,
                                      std::size_t to, const MatchOptions& o, std::vector<std::size_t>& matched) {
    for (const auto& alt : ids_of(term))
        if (auto last = match_alt(alt, tokens, i, to, o, matched)) return last;
    return std::nullopt;
}

}  // namespace

Pattern compile_pattern(std::string_view text, const IrregularForms& irregular) {
    Pattern p;
    p.source = std::string(text);
    std::istringstream in{std::string(text)};
    std::string word;
    bool gap = false;
    while (in >> word) {
        if (word == "..." || word == "\xE2\x80\xA6") {
            gap = true;
            continue;
        }
        PatternTerm term;
        term.gap_before = gap && !p.terms.empty();
        gap = false;
        std::size_t start = 0;
        while (start <= word.size()) {
            std::size_t bar = word.find('|', start);
            std::string alt = word.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
            std::vector<std::string> stems;
            for (const auto& tok : tokenize(alt, irregular))
                if (tok.kind == TokKind::Word) stems.push_back(tok.stem);
            if (!stems.empty()) term.alternatives.push_back(std::move(stems));
            if (bar == std::string::npos) break;
            start = bar + 1;
        }
        assign_stem_ids(term);
        if (!term.alternatives.empty()) p.terms.push_back(std::move(term));
    }
    return p;
}

void assign_stem_ids(PatternTerm& term) {
    term.alternative_ids.clear();
    for (const auto& alt : term.alternatives) {
        auto& ids = term.alternative_ids.emplace_back();
        for (const auto& stem : alt) ids.push_back(stem_id(stem));
    }
}

std::optional<Pattern> reversed_compound(const Pattern& cue) {
    if (cue.terms.size() != 2 || !cue.terms[1].gap_before) return std::nullopt;
    Pattern out;
    out.source = cue.source + " (reversed)";
    out.terms = {cue.terms[1], cue.terms[0]};
    out.terms[0].gap_before = false;
    out.terms[1].gap_before = true;
    out.terms[1].max_gap = 1;  // (each term's stem ids move with it)
    return out;
}

namespace {

// The match of `p` that starts at word token `start`, if any.
std::optional<Match> match_at(const Pattern& p, const std::vector<Token>& tokens, std::size_t start,
                              std::size_t to, const MatchOptions& o) {
    // A scratch list per thread: most starts fail, and a list allocated for each was 1 % of a build.
    thread_local std::vector<std::size_t> matched;
    matched.clear();
    auto first_last = match_term(p.terms[0], tokens, start, to, o, matched);
    if (!first_last) return std::nullopt;
    std::size_t last = *first_last;
    for (std::size_t k = 1; k < p.terms.size(); ++k) {
        const auto& term = p.terms[k];
        std::size_t i = last + 1;
        std::size_t words_skipped = 0;
        bool ok = false;
        while (i < to && !hard_break(tokens[i])) {
            if (auto l = match_term(term, tokens, i, to, o, matched)) {
                last = *l;
                ok = true;
                break;
            }
            const Token& t = tokens[i];
            bool skippable = t.kind == TokKind::Quote ||
                             (t.kind == TokKind::Word && o.skippable && o.skippable->count(t.stem));
            if (t.kind == TokKind::Word) ++words_skipped;
            if (term.gap_before) {
                if (words_skipped > term.max_gap) break;
                if (term.max_gap < kMaxGap && t.kind == TokKind::Comma) break;
            } else if (!skippable || words_skipped > 2) {
                break;
            }
            ++i;
        }
        if (!ok) return std::nullopt;
    }
    return Match{start, last, std::vector<std::size_t>(matched.begin(), matched.end())};
}

// Whether every term after the first has an alternative whose words all occur in the text
// (as stems, or as the positive stems of contracted negations where those match). A match needs
// that, wherever it starts: a pattern whose later words the text lacks ("in favour of" in a
// text with no "favour") is not tried at each of its first word's places, which for a pattern
// with a gap meant walking up to six words at each.
bool later_terms_present(const Pattern& p, const TokenIndex& index, const MatchOptions& o) {
    auto present = [&](StemId stem) { return !index.by_stem(stem).empty() || (o.negated_base && !index.by_base(stem).empty()); };
    for (std::size_t k = 1; k < p.terms.size(); ++k) {
        bool some = false;
        for (const auto& alt : ids_of(p.terms[k]))
            if (std::all_of(alt.begin(), alt.end(), present)) {
                some = true;
                break;
            }
        if (!some) return false;
    }
    return true;
}

}  // namespace

TokenIndex::TokenIndex(const std::vector<Token>& tokens) {
    build(stems_, tokens, false);
    build(bases_, tokens, true);
}

void TokenIndex::build(Table& table, const std::vector<Token>& tokens, bool bases) {
    auto key_of = [&](const Token& t) -> StemId {
        if (t.kind != TokKind::Word) return kNoStem;
        return bases ? t.base_id : t.stem_id;
    };
    std::size_t n = 0;
    for (const Token& t : tokens) n += key_of(t) != kNoStem;
    if (n == 0) return;
    std::size_t capacity = 8;
    while (capacity < 2 * n) capacity *= 2;
    const std::size_t mask = capacity - 1;
    table.slots.resize(capacity);
    // First pass: each token's slot, and how many tokens each slot holds.
    // (Two scratch lists per thread, not two allocated for every text indexed.)
    thread_local std::vector<std::uint32_t> slot_at, filled;
    slot_at.assign(tokens.size(), 0);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const StemId key = key_of(tokens[i]);
        if (key == kNoStem) continue;
        std::size_t s = slot_of(key, mask);
        while (table.slots[s].count && table.slots[s].key != key) s = (s + 1) & mask;
        Slot& slot = table.slots[s];
        slot.key = key;
        ++slot.count;
        slot_at[i] = static_cast<std::uint32_t>(s);
    }
    // Second pass: the token indexes, grouped by slot, in text order within each.
    std::uint32_t next = 0;
    for (auto& slot : table.slots) {
        slot.first = next;
        next += slot.count;
    }
    table.at.resize(n);
    filled.assign(capacity, 0);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (key_of(tokens[i]) == kNoStem) continue;
        const std::uint32_t s = slot_at[i];
        table.at[table.slots[s].first + filled[s]++] = static_cast<std::uint32_t>(i);
    }
}

TokenIndex::Positions TokenIndex::find(const Table& table, StemId stem) {
    if (table.slots.empty() || stem == kNoStem) return {};
    const std::size_t mask = table.slots.size() - 1;
    for (std::size_t s = slot_of(stem, mask); table.slots[s].count; s = (s + 1) & mask) {
        const Slot& slot = table.slots[s];
        if (slot.key == stem) return {table.at.data() + slot.first, table.at.data() + slot.first + slot.count};
    }
    return {};
}

std::vector<Match> find_matches(const Pattern& p, const std::vector<Token>& tokens, std::size_t from,
                                std::size_t to, const MatchOptions& o) {
    std::vector<Match> out;
    if (p.terms.empty()) return out;
    to = std::min(to, tokens.size());
    for (std::size_t start = from; start < to; ++start) {
        if (tokens[start].kind != TokKind::Word) continue;
        if (auto m = match_at(p, tokens, start, to, o)) out.push_back(std::move(*m));
    }
    return out;
}

std::vector<Match> find_matches(const Pattern& p, const std::vector<Token>& tokens, const TokenIndex& index,
                                std::size_t from, std::size_t to, const MatchOptions& o) {
    std::vector<Match> out;
    if (p.terms.empty()) return out;
    to = std::min(to, tokens.size());
    // A match starts where one of the first term's alternatives has its first word. (A scratch
    // list per thread, not one allocated per pattern and text.)
    thread_local std::vector<std::size_t> starts;
    starts.clear();
    // Most patterns have none of their first words in a text, and most that have one have it
    // from one list only, which is sorted and holds each token once: sorted again only when
    // two lists gave starts.
    std::size_t lists = 0;
    auto add = [&](TokenIndex::Positions at) {
        if (at.empty()) return;
        // (A list is sorted: when its first and last positions lie in [from, to), as they do for
        // the whole text that most callers ask about, it is all in range without a search.)
        auto b = *at.begin() >= from ? at.begin() : std::lower_bound(at.begin(), at.end(), from);
        auto e = *(at.end() - 1) < to ? at.end() : std::lower_bound(b, at.end(), to);
        if (b == e) return;
        starts.insert(starts.end(), b, e);
        ++lists;
    };
    for (const auto& alt : ids_of(p.terms[0])) {
        add(index.by_stem(alt[0]));
        if (o.negated_base) add(index.by_base(alt[0]));
    }
    if (starts.empty() || !later_terms_present(p, index, o)) return out;
    if (lists > 1) {
        std::sort(starts.begin(), starts.end());
        starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    }
    for (std::size_t start : starts)
        if (auto m = match_at(p, tokens, start, to, o)) out.push_back(std::move(*m));
    return out;
}

}  // namespace sg::loaders::stance
