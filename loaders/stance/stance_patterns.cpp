#include "loaders/stance/stance_patterns.hpp"

#include <optional>
#include <sstream>

namespace sg::loaders::stance {
namespace {

constexpr std::size_t kMaxGap = 6;

bool hard_break(const Token& t) { return t.kind == TokKind::SentenceEnd || t.kind == TokKind::ClauseBreak; }

bool word_matches(const Token& t, const std::string& stem, const MatchOptions& o) {
    if (t.kind != TokKind::Word) return false;
    if (t.stem == stem) return true;
    return o.negated_base && t.contracted_negation && t.base == stem;
}

// Matches one alternative (a sequence of stems, contiguous but for quote marks) at token i.
// Returns the index of its last token.
std::optional<std::size_t> match_alt(const std::vector<std::string>& alt, const std::vector<Token>& tokens,
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

std::optional<std::size_t> match_term(const PatternTerm& term, const std::vector<Token>& tokens, std::size_t i,
                                      std::size_t to, const MatchOptions& o, std::vector<std::size_t>& matched) {
    for (const auto& alt : term.alternatives)
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
        if (!term.alternatives.empty()) p.terms.push_back(std::move(term));
    }
    return p;
}

std::vector<Match> find_matches(const Pattern& p, const std::vector<Token>& tokens, std::size_t from,
                                std::size_t to, const MatchOptions& o) {
    std::vector<Match> out;
    if (p.terms.empty()) return out;
    to = std::min(to, tokens.size());
    for (std::size_t start = from; start < to; ++start) {
        if (tokens[start].kind != TokKind::Word) continue;
        std::vector<std::size_t> matched;
        auto first_last = match_term(p.terms[0], tokens, start, to, o, matched);
        if (!first_last) continue;
        std::size_t last = *first_last;
        bool ok = true;
        for (std::size_t k = 1; k < p.terms.size() && ok; ++k) {
            const auto& term = p.terms[k];
            std::size_t i = last + 1;
            std::size_t words_skipped = 0;
            ok = false;
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
                    if (words_skipped > kMaxGap) break;
                } else if (!skippable || words_skipped > 2) {
                    break;
                }
                ++i;
            }
        }
        if (ok) out.push_back({start, last, std::move(matched)});
    }
    return out;
}

}  // namespace sg::loaders::stance
