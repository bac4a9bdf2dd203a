#include "loaders/codebook/suggest.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "graph/export/utf8.hpp"
#include "loaders/common/lexicon_file.hpp"
#include "loaders/stance/stance_lexicons.hpp"
#include "loaders/stance/stance_patterns.hpp"
#include "loaders/stance/stance_tokens.hpp"
#include "loaders/stance/stance_topic_words.hpp"

namespace sg::loaders {
namespace {

namespace st = stance;

const char kFunctionWords[] =
#include "embedded/function_words.txt.inc"
    ;
const char kReportingVerbs[] =
#include "embedded/reporting_verbs.txt.inc"
    ;
const char kSuggestStopwords[] =
#include "embedded/suggest_stopwords.txt.inc"
    ;

constexpr std::size_t npos = std::string::npos;
constexpr std::string_view kPositionPrefix = "position:";

// --- the general vocabulary: which words never start or end a suggested phrase -------------------

struct Vocabulary {
    std::shared_ptr<const st::Lexicons> lex;
    // Stems never at the edge of a phrase: function words and generic proposition words
    // (stance_topic_stopwords.txt), capitalised function words (function_words.txt), reporting
    // verbs, pronouns (suggest_stopwords.txt), determiners, negators, auxiliaries, clause
    // openers, modals, contrast and hedge words.
    std::unordered_set<std::string> never_edge;
    // Stems that may stand inside a phrase of three words ("conflict of interest"): function
    // words, but not those that join clauses or phrases ("and", "when", "because") or negate.
    std::unordered_set<std::string> inner;
    // Stems of the one-word general stance cues: they carry a side, never a topic.
    std::unordered_set<std::string> evaluative;
};

void add_one_word_cues(const std::vector<st::Cue>& cues, std::unordered_set<std::string>& into) {
    for (const auto& c : cues)
        if (c.pattern.terms.size() == 1)
            for (const auto& alt : c.pattern.terms[0].alternatives)
                if (alt.size() == 1) into.insert(alt[0]);
}

const Vocabulary& vocabulary() {
    static const Vocabulary v = [] {
        Vocabulary out;
        out.lex = st::builtin_lexicons();
        const auto& l = *out.lex;
        for (const auto* set : {&l.function_words, &l.determiners, &l.negators, &l.auxiliaries, &l.clause_words,
                                &l.refer_back, &l.neg_raising, &l.contrary_markers})
            out.never_edge.insert(set->begin(), set->end());
        for (const auto& w : l.function_words)
            if (!l.clause_words.count(w) && !l.negators.count(w) && !l.contrary_markers.count(w)) out.inner.insert(w);
        for (const char* list : {kFunctionWords, kReportingVerbs, kSuggestStopwords})
            for (const auto& entry : lexicon_entries(list)) {
                std::string lower = ascii_lower(entry);
                if (lower.find(' ') == npos) out.never_edge.insert(st::stem_word(lower, l.irregular));
            }
        for (const auto* cues : {&l.modals, &l.contrast, &l.hedges}) add_one_word_cues(*cues, out.never_edge);
        for (const auto* cues : {&l.support, &l.oppose, &l.harm}) add_one_word_cues(*cues, out.evaluative);
        return out;
    }();
    return v;
}

// Roots (stance::topic_root) of every content word of the codebook's labels, descriptions,
// aliases, ids and cues: the debate's topic vocabulary, never a framing cue. Looked up in time
// linear in a word's length: a root is related to the set (stance::related_roots) when equal to
// one, or (five letters or more) when one is a prefix of the other.
class TopicVocabulary {
public:
    void add(const std::string& root) {
        exact_.insert(root);
        for (std::size_t n = 5; n <= root.size(); ++n) prefixes_.insert(root.substr(0, n));
    }
    bool related(const std::string& root) const {
        if (exact_.count(root)) return true;
        if (root.size() < 5) return false;
        if (prefixes_.count(root)) return true;  // root is a prefix of a longer one
        for (std::size_t n = 5; n < root.size(); ++n)
            if (exact_.count(root.substr(0, n))) return true;  // a shorter one is a prefix of root
        return false;
    }

private:
    std::unordered_set<std::string> exact_, prefixes_;
};

// --- one claim's text ---------------------------------------------------------------------------

struct ClaimText {
    std::string_view text;
    std::vector<st::Token> tokens;
    st::TokenIndex index;
    std::vector<std::size_t> words;     // token indexes of the word tokens
    std::vector<std::size_t> ordinal;   // per token: its index in `words` (npos: not a word)
    std::vector<std::string> roots;     // per token: stance::topic_root of its stem
    std::vector<char> general;          // per token: inside a general stance cue (support, oppose, harm, modal)
    std::vector<char> topical;          // per token: a word of the codebook's topic vocabulary
    std::vector<char> edge;             // per token: may start or end a phrase
    std::vector<char> inner;            // per token: may stand inside a phrase
    std::vector<char> name_like;        // per token: capitalised inside a sentence, or an acronym
};

bool all_upper_ascii(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool edge_word(const st::Token& t, std::string_view text, const Vocabulary& v) {
    if (t.kind != st::TokKind::Word || t.contracted_negation) return false;
    bool letter = std::any_of(t.lower.begin(), t.lower.end(),
                              [](char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; });
    if (!letter) return false;
    // Two-letter words only as acronyms ("GP", "EU"), never "it", "we".
    if (t.lower.size() < 3 && !(t.lower.size() == 2 && all_upper_ascii(text.substr(t.begin, t.end - t.begin))))
        return false;
    return !v.never_edge.count(t.stem) && !v.never_edge.count(t.lower);
}

ClaimText analyse_claim(std::string_view text, const Vocabulary& v, const TopicVocabulary& topic) {
    const auto& lex = *v.lex;
    ClaimText c;
    c.text = text;
    c.tokens = st::tokenize(text, lex.irregular);
    c.index = st::TokenIndex(c.tokens);
    const std::size_t n = c.tokens.size();
    c.ordinal.assign(n, npos);
    c.roots.resize(n);
    c.general.assign(n, 0);
    c.topical.assign(n, 0);
    c.edge.assign(n, 0);
    c.inner.assign(n, 0);
    c.name_like.assign(n, 0);
    bool sentence_start = true;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& t = c.tokens[i];
        if (t.kind == st::TokKind::SentenceEnd) sentence_start = true;
        if (t.kind != st::TokKind::Word) continue;
        std::string_view written = text.substr(t.begin, t.end - t.begin);
        c.name_like[i] = (t.capitalised && !sentence_start) ||
                         std::count_if(written.begin(), written.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }) > 1;
        sentence_start = false;
        c.ordinal[i] = c.words.size();
        c.words.push_back(i);
        c.roots[i] = st::topic_root(t.stem);
        c.edge[i] = edge_word(t, text, v);
        c.inner[i] = c.edge[i] || (v.inner.count(t.stem) && !t.contracted_negation);
        c.topical[i] = topic.related(c.roots[i]);
    }
    const st::MatchOptions opts{&lex.determiners, false};
    auto cover = [&](const std::vector<st::Cue>& cues, const st::CueIndex& idx) {
        for (std::size_t k : st::cues_in_text(cues, idx, c.index))
            for (const auto& m : st::find_matches(cues[k].pattern, c.tokens, c.index, 0, n, opts))
                for (std::size_t t : m.matched) c.general[t] = 1;
    };
    cover(lex.support, lex.support_index);
    cover(lex.oppose, lex.oppose_index);
    cover(lex.harm, lex.harm_index);
    cover(lex.modals, lex.modals_index);
    return c;
}

// --- one position's patterns ----------------------------------------------------------------------

struct PositionTopic {
    NodeId node = kNoNode;
    std::vector<st::Pattern> explicit_patterns;  // cues, aliases, label, hyphenated id, framing cues
    std::vector<st::Pattern> derived;            // label/description/id words (stance_topic_words)
    std::vector<std::string> roots;              // distinctive roots (tier 2)
};

void add_pattern(std::vector<st::Pattern>& into, const std::string& text, const st::IrregularForms& irregular) {
    st::Pattern p = st::compile_pattern(text, irregular);
    if (!p.terms.empty()) into.push_back(std::move(p));
}

// What the codebook's author wrote: the patterns stance/ uses as explicit cues (compile_position).
std::vector<st::Pattern> explicit_patterns(const CodebookPosition& p, const st::IrregularForms& irregular) {
    std::vector<st::Pattern> out;
    for (const auto& c : p.cues) add_pattern(out, c, irregular);
    for (const auto& c : p.aliases) add_pattern(out, c, irregular);
    if (!p.label.empty()) add_pattern(out, p.label, irregular);
    if (p.id.find('-') != npos) add_pattern(out, p.id, irregular);
    for (const auto& c : p.supports_cues) add_pattern(out, c, irregular);
    for (const auto& c : p.opposes_cues) add_pattern(out, c, irregular);
    return out;
}

// The tokens of a claim that name a position, and those an explicit pattern of it covers.
struct Mentions {
    std::vector<std::size_t> tokens;  // sorted, unique
    std::vector<char> explicit_cover;  // per token (empty when no explicit match)
};

Mentions find_mentions(const ClaimText& c, const PositionTopic& p, const st::Lexicons& lex) {
    Mentions m;
    const st::MatchOptions opts{&lex.determiners, false};
    const std::size_t n = c.tokens.size();
    for (const auto& pat : p.explicit_patterns)
        for (const auto& match : st::find_matches(pat, c.tokens, c.index, 0, n, opts)) {
            if (m.explicit_cover.empty()) m.explicit_cover.assign(n, 0);
            for (std::size_t t : match.matched) {
                m.explicit_cover[t] = 1;
                m.tokens.push_back(t);
            }
        }
    for (const auto& pat : p.derived)
        for (const auto& match : st::find_matches(pat, c.tokens, c.index, 0, n, opts))
            m.tokens.insert(m.tokens.end(), match.matched.begin(), match.matched.end());
    if (!p.roots.empty())
        for (std::size_t i : c.words) {
            const auto& lower = c.tokens[i].lower;
            // As stance/ reads tier 2: "registered", "interested" are verbs, not the topic.
            if (lower.ends_with("ing") || lower.ends_with("ed")) continue;
            for (const auto& r : p.roots)
                if (st::related_roots(c.roots[i], r)) {
                    m.tokens.push_back(i);
                    break;
                }
        }
    std::sort(m.tokens.begin(), m.tokens.end());
    m.tokens.erase(std::unique(m.tokens.begin(), m.tokens.end()), m.tokens.end());
    return m;
}

// Lower-cased words of tokens [a, b] (token indexes of words) as written: a hyphen between two
// words is kept ("co-commissioning"), anything else becomes one space.
std::string surface(const ClaimText& c, std::size_t first_word, std::size_t last_word) {
    std::string out;
    for (std::size_t k = first_word; k <= last_word; ++k) {
        const auto& t = c.tokens[c.words[k]];
        if (k > first_word) {
            const auto& prev = c.tokens[c.words[k - 1]];
            out += c.text.substr(prev.end, t.begin - prev.end) == "-" ? "-" : " ";
        }
        out += t.lower;
    }
    return out;
}

// The runs of adjacent mention tokens, as written, each once, in text order.
std::vector<std::string> mention_phrases(const ClaimText& c, const std::vector<std::size_t>& tokens) {
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (std::size_t k = 0; k < tokens.size();) {
        std::size_t j = k;
        while (j + 1 < tokens.size() && c.ordinal[tokens[j + 1]] == c.ordinal[tokens[j]] + 1) ++j;
        std::string s = surface(c, c.ordinal[tokens[k]], c.ordinal[tokens[j]]);
        if (seen.insert(s).second) out.push_back(std::move(s));
        k = j + 1;
    }
    return out;
}

// --- counting phrases -------------------------------------------------------------------------------

struct PhraseStat {
    std::uint32_t near = 0;       // claims where it stands near a mention, any occurrence
    std::uint32_t topic = 0;      // ... as a possible topic cue
    std::uint32_t sided[2] = {0, 0};  // ... as a possible framing cue, in claims supporting / opposing
    std::uint32_t undecided = 0;  // ... as a possible framing cue, in undecided claims
    std::uint8_t words = 0;
    NodeId example_claim = kNoNode;
    std::uint32_t example_begin = 0, example_end = 0;  // bytes of the claim's text
    bool cut_left = false, cut_right = false;
    std::string surface;
};

using PhraseMap = std::unordered_map<std::string, PhraseStat>;

enum : std::uint8_t { kTopicOk = 1, kSidedOk = 2 };

// Calls f(first_word, last_word) for every phrase of 1-3 adjacent words (no punctuation between)
// within `window` words of a mention in the same sentence, starting and ending with an edge word,
// its middle word (if any) an edge or inner word, never cutting in two a run of words that name
// a position (`named`: "role in primary" of "role in primary care", "budget" of "primary care
// budget" where "primary care" names another position).
template <class F>
void for_each_phrase(const ClaimText& c, const std::vector<std::size_t>& mentions, const std::vector<char>& named,
                     std::size_t window, F&& f) {
    const std::size_t nw = c.words.size();
    std::vector<char> in_window(nw, 0);
    for (std::size_t t : mentions) {
        const std::size_t o = c.ordinal[t];
        const std::size_t sentence = c.tokens[t].sentence;
        const std::size_t lo = o >= window ? o - window : 0, hi = std::min(nw - 1, o + window);
        for (std::size_t k = lo; k <= hi; ++k)
            if (c.tokens[c.words[k]].sentence == sentence) in_window[k] = 1;
    }
    // Whether word k and word k + 1 are adjacent mention words (one run).
    auto joined = [&](std::size_t k) {
        return k + 1 < nw && c.words[k + 1] == c.words[k] + 1 && named[c.words[k]] && named[c.words[k + 1]];
    };
    for (std::size_t s = 0; s < nw; ++s) {
        if (!in_window[s] || !c.edge[c.words[s]] || (s > 0 && joined(s - 1))) continue;
        for (std::size_t len = 1; len <= 3 && s + len - 1 < nw; ++len) {
            const std::size_t e = s + len - 1;
            if (!in_window[e]) break;
            if (len > 1 && c.words[e] != c.words[e - 1] + 1) break;  // punctuation or a quote mark between
            if (len == 3 && !c.inner[c.words[s + 1]]) break;
            if (c.edge[c.words[e]] && !joined(e)) f(s, e);
        }
    }
}

std::string phrase_key(const ClaimText& c, std::size_t s, std::size_t e) {
    std::string key;
    for (std::size_t k = s; k <= e; ++k) {
        if (k > s) key += ' ';
        key += c.tokens[c.words[k]].stem;
    }
    return key;
}

// The sub-phrases of a key ("a b c" -> "a b", "b c", "a", "b", "c").
std::vector<std::string> sub_keys(const std::string& key) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= key.size(); ++i)
        if (i == key.size() || key[i] == ' ') {
            parts.push_back(key.substr(start, i - start));
            start = i + 1;
        }
    std::vector<std::string> out;
    for (std::size_t len = 1; len < parts.size(); ++len)
        for (std::size_t s = 0; s + len <= parts.size(); ++s) {
            std::string k;
            for (std::size_t i = s; i < s + len; ++i) k += (i > s ? " " : "") + parts[i];
            out.push_back(std::move(k));
        }
    return out;
}

// Whether a phrase is already one of the position's cues: an explicit pattern matches inside it.
bool already_a_cue(const std::string& phrase, const PositionTopic& p, const st::Lexicons& lex) {
    auto tokens = st::tokenize(phrase, lex.irregular);
    const st::MatchOptions opts{&lex.determiners, false};
    for (const auto& pat : p.explicit_patterns)
        if (!st::find_matches(pat, tokens, 0, tokens.size(), opts).empty()) return true;
    return false;
}

std::string collapse_space(std::string_view s) {
    std::string out;
    bool space = false;
    for (char ch : s) {
        if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += ch;
    }
    return out;
}

struct Ranked {
    std::string key;
    const PhraseStat* stat;
    long score;
    std::size_t count, elsewhere;
};

// Ranks candidates (score, then count, then longer phrases, then alphabetically), drops a phrase
// that only ever stands inside a longer candidate of the same count, and keeps `top`.
std::vector<SuggestedPhrase> rank(std::vector<Ranked> cands, std::size_t top, const Graph& g) {
    std::unordered_map<std::string, std::size_t> count_of;
    for (const auto& r : cands) count_of[r.key] = r.count;
    std::unordered_set<std::string> dominated;
    for (const auto& r : cands)
        if (r.stat->words > 1)
            for (const auto& sub : sub_keys(r.key))
                if (auto it = count_of.find(sub); it != count_of.end() && it->second <= r.count) dominated.insert(sub);
    std::sort(cands.begin(), cands.end(), [](const Ranked& a, const Ranked& b) {
        if (a.score != b.score) return a.score > b.score;
        if (a.count != b.count) return a.count > b.count;
        if (a.stat->words != b.stat->words) return a.stat->words > b.stat->words;
        return a.stat->surface != b.stat->surface ? a.stat->surface < b.stat->surface : a.key < b.key;
    });
    std::vector<SuggestedPhrase> out;
    for (const auto& r : cands) {
        if (out.size() >= top) break;
        if (dominated.count(r.key)) continue;
        SuggestedPhrase sp;
        sp.phrase = r.stat->surface;
        sp.words = r.stat->words;
        sp.claims = r.count;
        sp.elsewhere = r.elsewhere;
        const Node& claim = g.node(r.stat->example_claim);
        std::string_view text = claim.name;
        std::string snippet = collapse_space(text.substr(r.stat->example_begin, r.stat->example_end - r.stat->example_begin));
        sp.example = text::valid_utf8((r.stat->cut_left ? "\xE2\x80\xA6" : "") + snippet +
                                      (r.stat->cut_right ? "\xE2\x80\xA6" : ""));
        if (claim.claim.document != kNoNode && claim.claim.document < g.node_capacity())
            sp.example_document = g.node(claim.claim.document).name;
        out.push_back(std::move(sp));
    }
    return out;
}

struct ClaimRef {
    NodeId claim;
    std::size_t mentions;
    std::vector<std::string> phrases;
};

std::vector<SuggestedClaim> top_claims(std::vector<ClaimRef> refs, const Graph& g, const SuggestOptions& o) {
    std::stable_sort(refs.begin(), refs.end(), [](const ClaimRef& a, const ClaimRef& b) {
        return a.mentions != b.mentions ? a.mentions > b.mentions : a.claim < b.claim;
    });
    std::vector<SuggestedClaim> out;
    for (const auto& r : refs) {
        if (out.size() >= o.top) break;
        const Node& n = g.node(r.claim);
        SuggestedClaim c;
        c.key = n.key;
        for (EdgeId e : g.in_edges(r.claim, EdgeKind::Says)) {
            const Node& from = g.node(g.edge(e).from);
            if (from.alive) {
                c.speaker = from.name;
                break;
            }
        }
        if (n.claim.document != kNoNode && n.claim.document < g.node_capacity())
            c.document = g.node(n.claim.document).name;
        c.text = text::shorten(text::valid_utf8(collapse_space(n.name)), o.text_chars);
        c.span = n.claim.span;
        c.comment = n.claim.comment;
        c.mentions = r.phrases;
        out.push_back(std::move(c));
    }
    return out;
}

std::string list_ids(const std::vector<std::string>& ids) {
    constexpr std::size_t kShown = 6;
    std::string out;
    for (std::size_t i = 0; i < ids.size() && i < kShown; ++i) out += (i ? ", " : "") + ids[i];
    if (ids.size() > kShown) out += " and " + std::to_string(ids.size() - kShown) + " more";
    return out;
}

}  // namespace

CodebookMatch match_codebook(const Graph& g, const Codebook& codebook) {
    CodebookMatch m;
    std::set<std::string> in_book;
    for (const auto& p : codebook.positions) {
        in_book.insert(p.id);
        auto n = g.find_key(std::string(kPositionPrefix) + p.id);
        if (n && g.node(*n).kind == NodeKind::Position) m.matched.push_back(p.id);
        else m.missing_in_graph.push_back(p.id);
    }
    std::set<std::string> extra;
    for (NodeId n : g.nodes_of_kind(NodeKind::Position)) {
        std::string_view key = g.node(n).key;
        if (key.starts_with(kPositionPrefix)) key.remove_prefix(kPositionPrefix.size());
        if (!in_book.count(std::string(key))) extra.insert(std::string(key));
    }
    m.missing_in_codebook.assign(extra.begin(), extra.end());
    return m;
}

std::string describe_mismatch(const CodebookMatch& m, const std::string& graph_label,
                              const std::string& codebook_label) {
    if (m.missing_in_graph.empty() && m.missing_in_codebook.empty()) return {};
    std::vector<std::string> parts;
    if (!m.missing_in_graph.empty())
        parts.push_back((m.missing_in_graph.size() == 1 ? "position " : "positions ") + list_ids(m.missing_in_graph) +
                        " not in the graph");
    if (m.missing_in_codebook.empty()) {
        if (m.matched.empty()) parts.push_back("graph has no positions");
    } else {
        parts.push_back("graph has " + list_ids(m.missing_in_codebook));
    }
    std::string detail;
    for (std::size_t i = 0; i < parts.size(); ++i) detail += (i ? "; " : "") + parts[i];
    if (m.matched.empty())
        return graph_label + ": built without codebook " + codebook_label + " (" + detail + ")";
    return graph_label + ": built with another version of codebook " + codebook_label + " (" + detail +
           "); suggestions are for the " + std::to_string(m.matched.size()) + " positions both have";
}

Suggestions suggest_codebook(const Graph& g, const Codebook& codebook, const SuggestOptions& options) {
    const Vocabulary& v = vocabulary();
    const auto& lex = *v.lex;
    const auto& ps = codebook.positions;

    // The positions both have, with their patterns.
    auto derived = st::derive_topic_patterns(codebook, lex);
    auto roots = st::distinctive_roots(codebook, lex);
    std::vector<PositionTopic> topics;
    std::vector<std::size_t> book_index;  // topics[i] is codebook position book_index[i]
    std::unordered_map<NodeId, std::size_t> topic_of_node;
    TopicVocabulary vocab;
    for (std::size_t i = 0; i < ps.size(); ++i) {
        std::string all = ps[i].label + ". " + ps[i].description + ". " + ps[i].id;
        for (const auto* list : {&ps[i].aliases, &ps[i].cues})
            for (const auto& c : *list) all += ". " + c;
        for (const auto& t : st::tokenize(all, lex.irregular))
            if (t.kind == st::TokKind::Word && t.stem.size() >= 3 && !v.never_edge.count(t.stem))
                vocab.add(st::topic_root(t.stem));
        auto n = g.find_key(std::string(kPositionPrefix) + ps[i].id);
        if (!n || g.node(*n).kind != NodeKind::Position) continue;
        PositionTopic p;
        p.node = *n;
        p.explicit_patterns = explicit_patterns(ps[i], lex.irregular);
        p.derived = std::move(derived[i].patterns);
        p.roots = std::move(roots[i]);
        topic_of_node.emplace(*n, topics.size());
        topics.push_back(std::move(p));
        book_index.push_back(i);
    }
    const std::size_t np = topics.size();

    std::vector<PhraseMap> phrases(np);
    std::unordered_map<std::string, std::uint32_t> topic_total;  // claims x positions, over all positions
    std::vector<std::vector<ClaimRef>> undecided(np), missed(np);
    std::vector<std::size_t> supports(np, 0), opposes(np, 0);

    enum : std::uint8_t { kAbout = 1, kSupports = 2, kOpposes = 4 };
    std::vector<std::uint8_t> edges(np, 0);
    std::unordered_map<std::string, std::uint8_t> seen;  // phrases of one claim and position
    std::vector<Mentions> mentions(np);                   // of one claim, per position
    std::vector<char> explained, named;                   // per token of one claim
    for (NodeId cn : g.nodes_of_kind(NodeKind::Claim)) {
        std::fill(edges.begin(), edges.end(), 0);
        for (EdgeId e : g.out_edges(cn)) {
            const Edge& ed = g.edge(e);
            auto it = topic_of_node.find(ed.to);
            if (it == topic_of_node.end()) continue;
            if (ed.kind == EdgeKind::About) edges[it->second] |= kAbout;
            else if (ed.kind == EdgeKind::Supports) edges[it->second] |= kSupports;
            else if (ed.kind == EdgeKind::Opposes) edges[it->second] |= kOpposes;
        }
        const ClaimText c = analyse_claim(g.node(cn).name, v, vocab);
        for (std::size_t p = 0; p < np; ++p) mentions[p] = find_mentions(c, topics[p], lex);
        // Words that name a position the claim has an edge to are explained: "primary care" in a
        // claim coded for one position is no missed mention of another whose label shares it.
        explained.assign(c.tokens.size(), 0);
        named.assign(c.tokens.size(), 0);
        for (std::size_t p = 0; p < np; ++p)
            for (std::size_t t : mentions[p].tokens) {
                named[t] = 1;
                if (edges[p]) explained[t] = 1;
            }
        for (std::size_t p = 0; p < np; ++p) {
            const bool sided = edges[p] & (kSupports | kOpposes);
            if (edges[p] & kSupports) ++supports[p];
            if (edges[p] & kOpposes) ++opposes[p];
            const Mentions& m = mentions[p];
            if (edges[p] == kAbout) undecided[p].push_back({cn, m.tokens.size(), mention_phrases(c, m.tokens)});
            if (m.tokens.empty()) continue;
            if (edges[p] == 0) {
                std::vector<std::size_t> own;
                for (std::size_t t : m.tokens)
                    if (!explained[t]) own.push_back(t);
                if (!own.empty()) missed[p].push_back({cn, own.size(), mention_phrases(c, own)});
            }

            std::vector<char> is_mention(c.tokens.size(), 0);
            for (std::size_t t : m.tokens) is_mention[t] = 1;
            seen.clear();
            auto& map = phrases[p];
            for_each_phrase(c, m.tokens, named, options.window, [&](std::size_t s, std::size_t e) {
                bool inside_cue = !m.explicit_cover.empty(), general = false, evaluative = false, topical = false,
                     mention = false, name = false;
                for (std::size_t k = s; k <= e; ++k) {
                    const std::size_t t = c.words[k];
                    if (m.explicit_cover.empty() || !m.explicit_cover[t]) inside_cue = false;
                    general = general || c.general[t];
                    evaluative = evaluative || v.evaluative.count(c.tokens[t].stem);
                    topical = topical || c.topical[t];
                    name = name || c.name_like[t];
                    mention = mention || is_mention[t] || (!m.explicit_cover.empty() && m.explicit_cover[t]);
                }
                std::uint8_t flags = 0;
                // A topic cue: no stance word in it, and not an occurrence of a cue already there.
                if (!inside_cue && !general && !evaluative) flags |= kTopicOk;
                // A framing cue: no general stance cue (the classifier reads those already), no
                // word of the position's mention, no topic word of the codebook, and no name or
                // acronym (who acts, not how it is judged).
                if (!general && !mention && !topical && !name) flags |= kSidedOk;
                std::string key = phrase_key(c, s, e);
                auto [it, fresh] = seen.emplace(key, 0);
                if (fresh || (it->second | flags) != it->second) {
                    PhraseStat& st = map[key];
                    if (st.example_claim == kNoNode) {
                        st.words = static_cast<std::uint8_t>(e - s + 1);
                        st.surface = surface(c, s, e);
                        st.example_claim = cn;
                        const std::size_t a = s >= 4 ? s - 4 : 0, b = std::min(c.words.size() - 1, e + 4);
                        st.example_begin = static_cast<std::uint32_t>(c.tokens[c.words[a]].begin);
                        st.example_end = static_cast<std::uint32_t>(c.tokens[c.words[b]].end);
                        st.cut_left = a > 0;
                        st.cut_right = b + 1 < c.words.size();
                    }
                    const std::uint8_t added = fresh ? flags : static_cast<std::uint8_t>(flags & ~it->second);
                    if (fresh) ++st.near;
                    if (added & kTopicOk) {
                        ++st.topic;
                        ++topic_total[key];
                    }
                    if (added & kSidedOk) {
                        if (edges[p] & kSupports) ++st.sided[0];
                        if (edges[p] & kOpposes) ++st.sided[1];
                        if (!sided) ++st.undecided;
                    }
                    it->second |= flags;
                }
            });
        }
    }

    Suggestions out;
    for (std::size_t p = 0; p < np; ++p) {
        const auto& bp = ps[book_index[p]];
        PositionSuggestions s;
        s.id = bp.id;
        s.label = bp.label;
        s.supports = supports[p];
        s.opposes = opposes[p];
        s.undecided_total = undecided[p].size();
        s.missed_total = missed[p].size();
        s.undecided = top_claims(std::move(undecided[p]), g, options);
        s.missed = top_claims(std::move(missed[p]), g, options);

        std::vector<Ranked> cues, sides[2];
        for (const auto& [key, st] : phrases[p]) {
            // A topic cue: near this position's mentions in enough claims, and more than half of
            // its occurrences near any position's mentions are near this one's (a phrase as
            // often near another position names neither).
            if (st.topic >= options.min_claims && 2 * static_cast<std::size_t>(st.topic) > topic_total[key])
                cues.push_back({key, &st, static_cast<long>(st.topic), st.topic, topic_total[key] - st.topic});
            for (int side = 0; side < 2; ++side) {
                const std::size_t here = st.sided[side], there = st.sided[1 - side];
                // A framing cue: frequent on one side, at most half as frequent on the other, and
                // rarer still in claims that took no side.
                if (here >= options.min_claims && here >= 2 * there && here > st.undecided)
                    sides[side].push_back({key, &st, static_cast<long>(here) - static_cast<long>(there + st.undecided),
                                           here, there});
            }
        }
        auto not_cues = [&](std::vector<Ranked>& list) {
            std::erase_if(list, [&](const Ranked& r) { return already_a_cue(r.stat->surface, topics[p], lex); });
        };
        not_cues(cues);
        not_cues(sides[0]);
        not_cues(sides[1]);
        s.cues = rank(std::move(cues), options.top, g);
        s.supports_cues = rank(std::move(sides[0]), options.top, g);
        s.opposes_cues = rank(std::move(sides[1]), options.top, g);
        out.positions.push_back(std::move(s));
    }
    return out;
}

}  // namespace sg::loaders
