#include "loaders/stance/stance_topic_words.hpp"

#include "loaders/common/word_table.hpp"

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
    bool contrary = false;      // after "rather than", "instead of", "not" in its clause
};

std::vector<Word> words_of(const std::string& text, const Lexicons& lex) {
    std::vector<Word> out;
    bool pending_break = false, contrary = false;
    for (const auto& t : tokenize(text, lex.irregular)) {
        if (t.kind != TokKind::Word) {
            if (t.kind != TokKind::Quote) pending_break = true;
            if (t.kind != TokKind::Quote) contrary = false;
            continue;
        }
        if (lex.contrary_markers.count(t.stem)) contrary = true;
        Word w{t.lower, t.stem, false, pending_break, contrary};
        pending_break = false;
        bool letters = std::any_of(w.lower.begin(), w.lower.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        w.content = letters && w.stem.size() >= 3 && !lex.function_words.count(w.stem) &&
                    !lex.function_words.count(w.lower) && !t.contracted_negation;
        out.push_back(std::move(w));
    }
    return out;
}

// Pairs of content words next to each other, or separated by at most two function words, on
// the side (`contrary` or not) asked for.
void add_pairs(const std::vector<Word>& ws, bool contrary, std::set<std::string>& into) {
    for (std::size_t i = 0; i < ws.size(); ++i) {
        if (!ws[i].content || ws[i].contrary != contrary) continue;
        std::size_t between = 0;
        for (std::size_t j = i + 1; j < ws.size() && between <= 2; ++j) {
            if (ws[j].break_before || ws[j].contrary != contrary) break;
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

// Hyphenated compounds as written, lower-cased ("bell-to-bell"), without surrounding punctuation.
std::set<std::string> compounds(const std::string& text) {
    std::set<std::string> out;
    std::string word;
    auto flush = [&] {
        while (!word.empty() && word.back() == '-') word.pop_back();
        while (!word.empty() && word.front() == '-') word.erase(word.begin());
        if (word.find('-') != std::string::npos && word.size() >= 5) out.insert(word);
        word.clear();
    };
    for (char ch : text) {
        unsigned char c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c >= 0x80) {
            word += static_cast<char>(c);
        } else if (c >= 'A' && c <= 'Z') {
            word += static_cast<char>(c - 'A' + 'a');
        } else {
            flush();
        }
    }
    flush();
    return out;
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

std::string topic_root(const std::string& stem) {
    // (string_views: a strlen of each ending for every word was 0.6 % of a build)
    static constexpr std::string_view kEndings[] = {"ation", "ition", "ion", "ance", "ence", "ity", "ry", "er", "or", "al", "y"};
    for (std::string_view end : kEndings) {
        if (stem.size() >= end.size() + 4 && stem.compare(stem.size() - end.size(), end.size(), end) == 0)
            return stem.substr(0, stem.size() - end.size());
    }
    return stem;
}

std::vector<std::string> gerund_heads(const CodebookPosition& position, const Lexicons& lex) {
    std::vector<std::string> out;
    for (const auto& a : position.aliases) {
        auto ws = words_of(a, lex);
        if (!ws.empty() && ws.back().lower.ends_with("ing") &&
            std::find(out.begin(), out.end(), ws.back().lower) == out.end())
            out.push_back(ws.back().lower);
    }
    return out;
}

std::vector<std::string> removal_object_roots(const CodebookPosition& position, const Lexicons& lex) {
    std::vector<std::string> out;
    auto ws = words_of(position.label, lex);
    auto first = std::find_if(ws.begin(), ws.end(), [](const Word& w) { return w.content; });
    if (first == ws.end() || !lex.removal.count(first->stem)) return out;
    for (auto it = first + 1; it != ws.end(); ++it)
        if (it->content && !lex.removal.count(it->stem)) {
            std::string root = topic_root(it->stem);
            if (std::find(out.begin(), out.end(), root) == out.end()) out.push_back(std::move(root));
        }
    return out;
}

namespace {

// The roots of a name's content words (three letters or more, no function word), and whether a
// word of removal is among its words.
struct NameRoots {
    std::vector<std::string> roots;
    bool removal = false;
};
NameRoots name_roots(const std::vector<Token>& tokens, const Lexicons& lex) {
    NameRoots out;
    for (const Token& w : tokens) {
        if (w.kind != TokKind::Word) continue;
        out.removal = out.removal || lex.removal.count(w.stem);
        if (w.stem.size() >= 3 && !lex.function_words.count(w.stem)) out.roots.push_back(topic_root(w.stem));
    }
    return out;
}

// Whether `words` (an alias's tokens) stand in order in `desc` within kObjectReach words after a
// word of removal of the same sentence.
bool written_after_removal(const std::vector<Token>& desc, const std::vector<Token>& words, const Lexicons& lex) {
    constexpr std::size_t kObjectReach = 20;  // words after the removal word
    std::size_t since_removal = kObjectReach + 1;
    for (std::size_t i = 0; i < desc.size(); ++i) {
        if (desc[i].kind == TokKind::SentenceEnd || desc[i].kind == TokKind::ClauseBreak) since_removal = kObjectReach + 1;
        if (desc[i].kind != TokKind::Word) continue;
        if (lex.removal.count(desc[i].stem)) {
            since_removal = 0;
            continue;
        }
        if (++since_removal > kObjectReach) continue;
        std::size_t k = i, w = 0;
        while (w < words.size() && k < desc.size()) {
            if (words[w].kind != TokKind::Word) { ++w; continue; }
            if (desc[k].kind != TokKind::Word || desc[k].lower != words[w].lower) break;
            ++w;
            ++k;
        }
        if (w == words.size()) return true;
    }
    return false;
}

}  // namespace

RemovalAliases removal_aliases(const CodebookPosition& position, const Lexicons& lex) {
    RemovalAliases out;
    if (removal_object_roots(position, lex).empty()) return out;
    const std::vector<Token> desc = tokenize(position.description, lex.irregular);
    for (const auto& r : name_roots(tokenize(position.label, lex.irregular), lex).roots) out.naming_roots.insert(r);
    for (const std::string& alias : position.aliases) {
        const std::vector<Token> words = tokenize(alias, lex.irregular);
        NameRoots n = name_roots(words, lex);
        if (!n.removal && !n.roots.empty() && written_after_removal(desc, words, lex))
            out.removed.push_back(std::move(n.roots));
        else
            out.naming_roots.insert(n.roots.begin(), n.roots.end());
    }
    return out;
}

std::vector<std::vector<std::string>> distinctive_roots(const Codebook& codebook, const Lexicons& lex) {
    const auto& ps = codebook.positions;
    const std::set<std::string> evaluative = cue_words(lex);
    std::vector<std::set<std::string>> own(ps.size()), every(ps.size());
    for (std::size_t i = 0; i < ps.size(); ++i) {
        // Label and aliases, not the id (a short tag: "hold" in "ccg-hold-gp-contracts").
        std::string names = ps[i].label;
        for (const auto& a : ps[i].aliases) names += ". " + a;
        // What others share is not distinctive, wherever they say it: their cues and description.
        std::string cues = ps[i].description + ". " + id_words(ps[i].id);
        for (const auto& c : ps[i].cues) cues += ". " + c;
        // A word written in the label and aliases only inside a compound adjective made with a
        // participle ("human" of "human-caused", "state" of "state-funded") modifies the act:
        // alone ("a risk to humans") it is no naming of the position. ("borough" of
        // "borough-wide" is the compound's noun and stays.)
        std::set<std::string> compound_parts, standalone;
        {
            std::string rest = names;
            for (auto& ch : rest)
                if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
            for (const auto& c : compounds(names)) {
                const std::string last = c.substr(c.rfind('-') + 1);
                if (!(last.ends_with("ed") || last.ends_with("ing") || lex.irregular.count(last))) continue;
                for (std::size_t at = rest.find(c); at != std::string::npos; at = rest.find(c, at))
                    rest.replace(at, c.size(), std::string(c.size(), ' '));
                std::size_t b = 0;
                for (std::size_t e = 0; e <= c.size(); ++e)
                    if (e == c.size() || c[e] == '-') {
                        if (e > b) compound_parts.insert(c.substr(b, e - b));
                        b = e + 1;
                    }
            }
            for (const auto& w : words_of(rest, lex)) standalone.insert(w.lower);
        }
        std::set<std::string> alias_heads;
        for (const auto& g : gerund_heads(ps[i], lex)) alias_heads.insert(g);
        for (const auto& w : words_of(names, lex)) {
            if (!w.content) continue;
            every[i].insert(topic_root(w.stem));
            if (compound_parts.count(w.lower) && !standalone.count(w.lower)) continue;
            // A verb form ("holding", "held") names an act that many sentences report, not
            // the thing the position is about: only noun-like words ("registration", "cap").
            // (An -ing word that ends an alias is that alias's head noun: "short-let licensing".)
            bool verbal = (w.lower.ends_with("ing") && !alias_heads.count(w.lower)) || w.lower.ends_with("ed") ||
                          lex.irregular.count(w.lower);
            // Nor the agent of a position ("council" in "Council-run depots"): actor nouns
            // (org_nouns.txt) name who decides, in sentences about anything.
            if (!verbal && !evaluative.count(w.stem) && !lex.proposal_nouns.count(w.stem) && !lex.actor_nouns.count(w.stem))
                own[i].insert(topic_root(w.stem));
        }
        for (const auto& w : words_of(cues, lex))
            if (w.content) every[i].insert(topic_root(w.stem));
    }
    // The debate's own subject (the codebook's name: "Banning student mobile phones") names
    // every position at once, so none.
    std::set<std::string> subject;
    for (const auto& w : words_of(codebook.name, lex))
        if (w.content) subject.insert(topic_root(w.stem));
    std::vector<std::vector<std::string>> out(ps.size());
    for (std::size_t i = 0; i < ps.size(); ++i)
        for (const auto& r : own[i]) {
            bool shared = false;
            for (const auto& o : subject) shared = shared || related_roots(r, o);
            for (std::size_t j = 0; j < ps.size() && !shared; ++j)
                if (j != i)
                    for (const auto& o : every[j])
                        if (related_roots(r, o)) {
                            shared = true;
                            break;
                        }
            if (!shared) out[i].push_back(r);
        }
    return out;
}

namespace {

// Words that end a label's head noun phrase: prepositions and relative words ("charge for
// central Perth", "lets that are not ...", "mandate rather than ...").
bool ends_head_phrase(const std::string& lower) {
    static const WordTable stops {"of", "for", "from", "on", "to", "in", "with", "by", "at", "before",
                                             "after", "rather", "than", "instead", "that", "which", "who", "versus",
                                             "over", "under", "without", "against", "across", "between", "per",
                                             "along", "alongside", "around", "near", "into", "onto", "within",
                                             "through", "throughout", "toward", "towards", "beyond", "during",
                                             "about", "behind", "inside", "outside", "upon", "via", "among", "amid"};
    return stops.count(lower) > 0;
}

// The head nouns of one noun phrase ("Congestion charge for central Perth" -> charge;
// "Exemptions and discounts from the charge" -> exemptions, discounts): the last content word
// before the first preposition, and the last before each "and"/"or" there.
void add_heads(const std::vector<Word>& ws, const Lexicons& lex, const std::set<std::string>& evaluative,
               std::set<std::string>& into) {
    const Word* last = nullptr;
    auto take = [&] {
        if (!last) return;
        bool verbal = last->lower.ends_with("ed") || lex.irregular.count(last->lower);
        if (!verbal && !evaluative.count(last->stem) && !lex.proposal_nouns.count(last->stem) &&
            !lex.actor_nouns.count(last->stem))
            into.insert(topic_root(last->stem));
        last = nullptr;
    };
    for (const auto& w : ws) {
        if (w.break_before && last) break;
        if (ends_head_phrase(w.lower)) break;
        if (w.lower == "and" || w.lower == "or") {
            take();
            continue;
        }
        if (w.content) last = &w;
    }
    take();
}

}  // namespace

std::vector<std::vector<std::string>> head_roots(const Codebook& codebook, const Lexicons& lex) {
    const auto& ps = codebook.positions;
    const std::set<std::string> evaluative = cue_words(lex);
    std::vector<std::set<std::string>> heads(ps.size());
    std::map<std::string, std::size_t> owners;
    // "Delay the council vote": the object's head is the thing put off, not the position
    auto deferral = [&](const std::vector<Word>& ws) { return !ws.empty() && lex.deferral_verbs.count(ws.front().stem); };
    auto add = [&](const std::string& text, std::set<std::string>& into) {
        const auto ws = words_of(text, lex);
        if (!deferral(ws)) add_heads(ws, lex, evaluative, into);
    };
    for (std::size_t i = 0; i < ps.size(); ++i) {
        add(ps[i].label, heads[i]);
        for (const auto& a : ps[i].aliases) add(a, heads[i]);
        for (const auto& h : heads[i]) ++owners[h];
    }
    std::vector<std::vector<std::string>> out(ps.size());
    for (std::size_t i = 0; i < ps.size(); ++i)
        for (const auto& h : heads[i])
            if (owners[h] == 1) out[i].push_back(h);
    return out;
}

bool names_rejected_alternative(const Pattern& cue, const CodebookPosition& p, const Lexicons& lex) {
    std::set<std::string> rejected;
    for (const auto* text : {&p.label, &p.description})
        for (const auto& w : words_of(*text, lex))
            if (w.contrary && w.content) rejected.insert(w.stem);
    if (rejected.empty() || cue.terms.empty()) return false;
    for (const auto& term : cue.terms) {
        bool found = false;
        for (const auto& alt : term.alternatives)
            for (const auto& stem : alt) found = found || rejected.count(stem);
        if (!found) return false;
    }
    return true;
}

std::vector<DerivedTopic> derive_topic_patterns(const Codebook& codebook, const Lexicons& lex) {
    const auto& ps = codebook.positions;
    const std::set<std::string> evaluative = cue_words(lex);
    std::vector<std::vector<Word>> all(ps.size());
    std::map<std::string, std::size_t> positions_using;  // stem or compound -> number of positions
    std::vector<std::set<std::string>> compound_sets(ps.size());
    for (std::size_t i = 0; i < ps.size(); ++i) {
        all[i] = words_of(ps[i].label + ". " + id_words(ps[i].id), lex);
        auto desc = words_of(ps[i].description, lex);
        all[i].insert(all[i].end(), desc.begin(), desc.end());
        std::set<std::string> stems;
        for (const auto& w : all[i])
            if (w.content) stems.insert(w.stem);
        for (const auto& s : stems) ++positions_using[s];
        compound_sets[i] = compounds(ps[i].label + " " + ps[i].description);
        for (const auto& c : compound_sets[i]) ++positions_using["-" + c];
    }
    std::vector<DerivedTopic> out(ps.size());
    auto compile_all = [&](const std::set<std::string>& texts, std::vector<Pattern>& into) {
        for (const auto& text : texts) {
            Pattern p = compile_pattern(text, lex.irregular);
            if (!p.terms.empty()) into.push_back(std::move(p));
        }
    };
    for (std::size_t i = 0; i < ps.size(); ++i) {
        for (bool contrary : {false, true}) {
            std::set<std::string> phrases, singles;
            add_pairs(words_of(ps[i].label, lex), contrary, phrases);
            if (!contrary) add_pairs(words_of(id_words(ps[i].id), lex), false, phrases);
            for (const auto& w : all[i])
                if (w.content && w.contrary == contrary && positions_using[w.stem] == 1 && !evaluative.count(w.stem))
                    singles.insert(w.lower);
            auto& into = contrary ? out[i].contrary : out[i].patterns;
            compile_all(phrases, into);
            compile_all(singles, into);
        }
        std::set<std::string> distinct;
        for (const auto& c : compound_sets[i])
            if (positions_using["-" + c] == 1) distinct.insert(c);
        compile_all(distinct, out[i].patterns);
    }
    return out;
}

}  // namespace sg::loaders::stance
