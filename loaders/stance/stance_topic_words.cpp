#include "loaders/stance/stance_topic_words.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace sg::loaders::stance {
namespace {

struct Word {
    std::string lower, stem;
    bool content = false;
    bool break_before = false;  // punctuation between this word and the previous one
};

std::vector<Word> words_of(const std::string& text, const Lexicons& lex) {
    std::vector<Word> out;
    bool pending_break = false;
    for (const auto& t : tokenize(text, lex.irregular)) {
        if (t.kind != TokKind::Word) {
            if (t.kind != TokKind::Quote) pending_break = true;
            continue;
        }
        Word w{t.lower, t.stem, false, pending_break};
        pending_break = false;
        bool letters = std::any_of(w.lower.begin(), w.lower.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        w.content = letters && w.stem.size() >= 3 && !lex.function_words.count(w.stem) &&
                    !lex.function_words.count(w.lower) && !t.contracted_negation;
        out.push_back(std::move(w));
    }
    return out;
}

// Pairs of content words next to each other, or separated by at most two function words.
void add_pairs(const std::vector<Word>& ws, std::set<std::string>& into) {
    for (std::size_t i = 0; i < ws.size(); ++i) {
        if (!ws[i].content) continue;
        std::size_t between = 0;
        for (std::size_t j = i + 1; j < ws.size() && between <= 2; ++j) {
            if (ws[j].break_before) break;
            if (!ws[j].content) {
                ++between;
                continue;
            }
            // Either order, with a gap: "Ban phones" is also "phone ban", "banning cellphones
            // and other phones" (a gap of up to six words, cue syntax).
            into.insert(ws[i].lower + " ... " + ws[j].lower);
            into.insert(ws[j].lower + " ... " + ws[i].lower);
            break;
        }
    }
}

std::string id_words(std::string id) {
    std::replace(id.begin(), id.end(), '-', ' ');
    return id;
}

// Stems of the one-word general cues (support, oppose, harm, modals, contrast, hedges): a word
// that carries a stance is never a topic word ("support" in "disability support").
std::set<std::string> cue_words(const Lexicons& lex) {
    std::set<std::string> out;
    for (const auto* cues : {&lex.support, &lex.oppose, &lex.harm, &lex.modals, &lex.contrast, &lex.hedges})
        for (const auto& c : *cues)
            if (c.pattern.terms.size() == 1)
                for (const auto& alt : c.pattern.terms[0].alternatives)
                    if (alt.size() == 1) out.insert(alt[0]);
    return out;
}

}  // namespace

std::vector<std::vector<Pattern>> derive_topic_patterns(const Codebook& codebook, const Lexicons& lex) {
    const auto& ps = codebook.positions;
    const std::set<std::string> evaluative = cue_words(lex);
    std::vector<std::vector<Word>> heads(ps.size()), all(ps.size());
    std::map<std::string, std::size_t> positions_using;  // stem -> number of positions
    for (std::size_t i = 0; i < ps.size(); ++i) {
        heads[i] = words_of(ps[i].label + ". " + id_words(ps[i].id), lex);
        all[i] = heads[i];
        auto desc = words_of(ps[i].description, lex);
        all[i].insert(all[i].end(), desc.begin(), desc.end());
        std::set<std::string> stems;
        for (const auto& w : all[i])
            if (w.content) stems.insert(w.stem);
        for (const auto& s : stems) ++positions_using[s];
    }
    std::vector<std::vector<Pattern>> out(ps.size());
    for (std::size_t i = 0; i < ps.size(); ++i) {
        std::set<std::string> phrases;
        add_pairs(words_of(ps[i].label, lex), phrases);
        add_pairs(words_of(id_words(ps[i].id), lex), phrases);
        std::set<std::string> singles;
        for (const auto& w : all[i])
            if (w.content && positions_using[w.stem] == 1 && !evaluative.count(w.stem)) singles.insert(w.lower);
        for (const auto* group : {&phrases, &singles})
            for (const auto& text : *group) {
                Pattern p = compile_pattern(text, lex.irregular);
                if (!p.terms.empty()) out[i].push_back(std::move(p));
            }
    }
    return out;
}

}  // namespace sg::loaders::stance
