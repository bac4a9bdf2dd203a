#include "loaders/attribution/attributor.hpp"

#include <algorithm>
#include <set>

#include "loaders/common/lexicon_file.hpp"
#include "loaders/common/word_table.hpp"
#include "loaders/mentions/lexicons.hpp"
#include "loaders/segmentation/segmentation.hpp"
#include "loaders/text/calendar.hpp"
#include "loaders/text/chars.hpp"
#include "loaders/text/sentences.hpp"

namespace sg::loaders {

struct Attributor::Block {
    Range range;
    const ParagraphMentions& pm;
    std::vector<QuoteSpan> quotes;
    std::vector<int> mention_ending;    // token index -> mention whose tok_end is that index
    std::vector<int> mention_starting;  // token index -> mention starting there
    std::vector<bool> quoted;           // token inside a quotation
    // token index -> the last person mention (outside quotes and appositives) ending at or
    // before it, -1 if none: pronoun resolution in constant time
    std::vector<int> last_person_before;

    std::string_view word(std::string_view t, std::size_t i) const {
        const Token& k = pm.tokens[i];
        return t.substr(k.begin, k.end - k.begin);
    }
    // first token whose begin >= offset
    std::size_t tok_at(std::size_t offset) const {
        auto it = std::lower_bound(pm.tokens.begin(), pm.tokens.end(), offset,
                                   [](const Token& k, std::size_t o) { return k.begin < o; });
        return static_cast<std::size_t>(it - pm.tokens.begin());
    }
    // The quote whose span [open, close) holds `offset`, or null. Quotes are sorted and disjoint
    // (find_quotes), so this is a binary search: a paragraph of thousands of quotes stays linear.
    const QuoteSpan* quote_at(std::size_t offset) const {
        auto it = std::upper_bound(quotes.begin(), quotes.end(), offset,
                                   [](std::size_t o, const QuoteSpan& q) { return o < q.open; });
        if (it == quotes.begin()) return nullptr;
        --it;
        return offset < it->close ? &*it : nullptr;
    }
};

namespace {

bool is_aux(std::string_view w) {
    static const WordTable aux = {
        "has", "have", "had", "also", "then", "later", "previously", "would", "will", "could", "is", "was",
        "recently", "once", "again", "always", "repeatedly", "firmly", "spokesperson", "spokesman",
        "spokeswoman", "representative", "further", "simply", "now", "only", "just", "may", "might", "does", "did",
        "office", "aides", "aide",  // "X's office said": X's words
        "today", "yesterday", "tonight", "formally", "officially", "jointly"};  // "X (R-Y) today issued"
    return aux.count(w) > 0;
}

// The first token of a time phrase that ends right before token `end`: "on Monday", "in
// November", "last week", "on Jan. 5", "earlier this month", "in March 2013" (at most four words,
// opened by a preposition or "last"/"this"/"earlier" and holding a day, a month or a unit of time);
// `end` when there is none. "The agency on Monday said", "X in November announced": the subject
// stands before it.
std::size_t time_phrase_start(std::string_view text, const std::vector<Token>& toks, std::size_t end, std::size_t floor) {
    static const WordTable openers = {"on", "in", "last", "this", "earlier", "late", "early", "next"};
    static const WordTable units = {"week", "month", "year", "day", "morning", "afternoon",
                                                             "evening", "night", "weekend", "spring", "summer",
                                                             "autumn", "fall", "winter"};
    bool time_word = false;
    for (std::size_t k = end, words = 0; k > floor && words < 4;) {
        --k;
        const Token& tok = toks[k];
        if (!tok.word) {
            if (text.substr(tok.begin, tok.end - tok.begin) == ".") continue;  // "Jan. 5"
            return end;
        }
        ++words;
        const std::string_view w = text.substr(tok.begin, tok.end - tok.begin);
        const std::string lower = ascii_lower(w);
        if (is_weekday_name(w) || is_month_name(w) || units.count(lower)) time_word = true;
        if (openers.count(lower) && time_word && k < end - 1) return k;
        const bool digits = std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
        const bool month_abbreviation = w.size() <= 5 && is_upper_ascii(w.front());
        if (!(time_word || digits || month_abbreviation || openers.count(lower))) return end;
    }
    return end;
}

// A verb whose object is the one spoken to ("told the Committee that", "reminded reporters").
bool tells_someone(std::string_view verb) {
    return verb == "told" || verb == "tells" || verb == "tell" || verb == "reminded" || verb == "assured" ||
           verb == "informed";
}

bool finite_verb_word(std::string_view w);

// The token after an audience that follows "told" ("the conference", "reporters": a noun of
// addressee_nouns.txt, with "the" before it), or `c` when none stands there.
std::size_t after_addressee(std::string_view t, const std::vector<Token>& toks, std::size_t c, std::size_t te) {
    const auto word = [&](std::size_t k) { return ascii_lower(t.substr(toks[k].begin, toks[k].end - toks[k].begin)); };
    // "he'd", "she's", "they": a subject pronoun, contracted or not, opens the reported clause
    const auto subject_pronoun = [&](std::size_t k) {
        if (k >= te || !toks[k].word) return false;
        std::string w = word(k);
        if (const std::size_t ap = w.find_first_of("'\xE2"); ap != std::string::npos) w.resize(ap);
        return w == "he" || w == "she" || w == "they" || w == "we" || w == "i" || w == "it";
    };
    // "told the minister he'd rather ...", "told her they would ...": an addressee of a few
    // words (a determiner and lower-case words, or an object pronoun) before a subject pronoun
    if (c < te && toks[c].word) {
        const std::string first = word(c);
        if ((first == "him" || first == "her" || first == "them" || first == "us" || first == "me") && subject_pronoun(c + 1))
            return c + 1;
        if (first == "the" || first == "a" || first == "an" || first == "his" || first == "her" || first == "their" ||
            first == "its" || first == "our")
            for (std::size_t k = c + 1; k < te && k < c + 5 && toks[k].word; ++k) {
                if (subject_pronoun(k)) {
                    if (k > c + 1) return k;
                    break;
                }
                const std::string_view w = t.substr(toks[k].begin, toks[k].end - toks[k].begin);
                if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z') || finite_verb_word(w) || w == "that") break;
            }
    }
    std::size_t k = c;
    if (k < te && toks[k].word && ascii_lower(t.substr(toks[k].begin, toks[k].end - toks[k].begin)) == "the") ++k;
    if (k < te && toks[k].word && lexicons().addressee_nouns.count(ascii_lower(t.substr(toks[k].begin, toks[k].end - toks[k].begin))))
        return k + 1;
    return c;
}

// An auxiliary or a negator: a word that makes the words around it a clause of their own.
// (Closed-class grammar words, not a lexicon.)
bool finite_verb_word(std::string_view w) {
    static const WordTable words {
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would",
        "can", "could", "should", "must", "may", "might", "not", "never", "won't", "wouldn't", "didn't", "doesn't"};
    return words.count(ascii_lower(w)) > 0;
}

bool is_verb(std::string_view w) { return lexicons().reporting_verbs.count(AsciiLower(w).view()) > 0; }

// A reporting verb at token i of a paragraph: the word is one, and it is not a noun that looks
// like one ("state Sen. A B", "the state Legislature", "a state of shock"): "state(s)" before a
// capitalised word or after a determiner is the noun.
bool verb_at(std::string_view t, const std::vector<Token>& toks, std::size_t i) {
    std::string_view w = t.substr(toks[i].begin, toks[i].end - toks[i].begin);
    if (!is_verb(w)) return false;
    std::string lw = ascii_lower(w);
    if (lw == "state" || lw == "states") {
        if (i + 1 < toks.size() && toks[i + 1].word && is_upper_ascii(t[toks[i + 1].begin])) return false;
        if (i + 1 < toks.size() && toks[i + 1].word && t.substr(toks[i + 1].begin, 2) == "of") return false;
        if (i > 0 && toks[i - 1].word) {
            std::string p = ascii_lower(t.substr(toks[i - 1].begin, toks[i - 1].end - toks[i - 1].begin));
            if (p == "the" || p == "a" || p == "each" || p == "every" || p == "this" || p == "that" ||
                p == "our" || p == "their" || p == "its" || toks[i - 1].possessive)
                return false;
        }
    }
    return true;
}

struct RoleReferences {
    std::set<std::string, std::less<>> nouns;                  // "governor"
    std::map<std::string, std::string, std::less<>> by_title;  // "Gov" -> "governor"
};

const RoleReferences& role_references() {
    static const RoleReferences r = [] {
        RoleReferences out;
        for (auto& e : lexicon_entries(
#include "embedded/role_references.txt.inc"
                 )) {
            std::size_t bar = e.find('|');
            if (bar == std::string::npos) out.nouns.insert(ascii_lower(e));
            else out.by_title[e.substr(0, bar)] = ascii_lower(e.substr(bar + 1));
        }
        return out;
    }();
    return r;
}

// Verbs that give a partial quote its speaker without reporting speech: "She called the plan
// ‘a disgrace’", "he described it as ‘reckless’".
bool is_characterising_verb(std::string_view w) {
    static const WordTable v = {"called", "calls", "call", "branded", "brands", "dubbed",
                                                 "labelled", "labeled", "termed", "deemed", "hailed"};
    return v.count(w) > 0;
}

// Words after which capitalised words are the title of a work (lexicons/work_title_cues.txt), and
// the minor words a title leaves in lower case (lexicons/title_case_minor_words.txt).
const std::set<std::string, std::less<>>& work_title_cues() {
    static const std::set<std::string, std::less<>> s = lexicon_word_set(
#include "embedded/work_title_cues.txt.inc"
    );
    return s;
}

// Verbs that put out a statement and the nouns for what they put out ("issued the following
// statement": lexicons/announcement_verbs.txt, lexicons/statement_nouns.txt).
const std::set<std::string, std::less<>>& announcement_verbs() {
    static const std::set<std::string, std::less<>> s = lexicon_word_set(
#include "embedded/announcement_verbs.txt.inc"
    );
    return s;
}
const std::set<std::string, std::less<>>& argument_nouns() {
    static const std::set<std::string, std::less<>> s = lexicon_word_set(
#include "embedded/argument_nouns.txt.inc"
    );
    return s;
}
const std::set<std::string, std::less<>>& statement_nouns() {
    static const std::set<std::string, std::less<>> s = lexicon_word_set(
#include "embedded/statement_nouns.txt.inc"
    );
    return s;
}

// The first token of the title of a work that token `tok` is part of, or npos: "Her new book,
// The Quiet Majority: How Americans Really Decide, argues" — going back from "Americans" over
// capitalised words, minor words and ':' to a cue word ("book", "titled"; a comma may follow the
// cue). Only what reads as a title counts: opening with The/A/An, holding a ':' or a minor word,
// or after "titled" — "In her book, Lindqvist argues" and "the book Dan Brown wrote" are people.
// A title is a dozen words at most: the walk back is bounded.
std::size_t work_title_start(std::string_view t, const std::vector<Token>& toks, std::size_t tok) {
    auto word = [&](std::size_t k) { return t.substr(toks[k].begin, toks[k].end - toks[k].begin); };
    std::size_t first = tok;
    bool title_like = false;  // a colon or a minor word inside
    for (std::size_t k = tok; k > 0 && tok - k < 12; --k) {
        const Token& p = toks[k - 1];
        std::string_view w = word(k - 1);
        std::string cue;
        if (!p.word && w == "," && k >= 2 && toks[k - 2].word) cue = ascii_lower(word(k - 2));
        else if (p.word) cue = ascii_lower(w);
        if (!cue.empty() && work_title_cues().count(cue)) {
            std::string_view opening = word(first);
            if (title_like || cue == "titled" || cue == "entitled" || opening == "The" || opening == "A" ||
                opening == "An")
                return first;
            return std::string_view::npos;
        }
        if (!p.word) {
            if (w != ":") return std::string_view::npos;
            title_like = true;
        } else if (is_upper_ascii(w[0])) {
            first = k - 1;
        } else if (title_case_minor_words().count(cue)) {
            title_like = true;
        } else {
            return std::string_view::npos;
        }
    }
    return std::string_view::npos;
}

bool determiner(std::string_view w) {
    static const WordTable d = {"the", "a", "an", "its", "their", "these", "this",
                                                 "those", "his", "her", "our", "my", "your"};
    return d.count(w) > 0;
}

}  // namespace

namespace {

std::string_view tok_text(std::string_view t, const Token& k) { return t.substr(k.begin, k.end - k.begin); }

// The quotation names something rather than reporting words: it stands right after "known as",
// "so-called", "dubbed", "termed", "nicknamed", "branded", "labelled", "referred to as", or after
// "called" without a speaker before it ("a scheme called ‘X’", not "what he called ‘X’").
bool naming_context(std::string_view t, const std::vector<Token>& before) {
    std::size_t n = before.size();
    if (n == 0) return false;
    std::string w = ascii_lower(tok_text(t, before[n - 1]));
    if (w == "dubbed" || w == "termed" || w == "nicknamed" || w == "branded" || w == "labelled" ||
        w == "labeled" || w == "so-called" || w == "christened")
        return true;
    if (w == "as" && n >= 2) {
        std::string v = ascii_lower(tok_text(t, before[n - 2]));
        if (v == "known" || v == "referred" || v == "described" || v == "billed" || v == "styled") {
            // "X described the plan as ‘…’" reports X's words; "known as" does not
            if (v != "described") return true;
        }
    }
    if (w == "called" && n >= 2) {
        std::string_view p = tok_text(t, before[n - 2]);
        std::string pl = ascii_lower(p);
        static const WordTable speakers = {"he", "she", "they", "we", "i", "who", "you", "what"};
        if (speakers.count(pl)) return false;
        if (!p.empty() && is_upper_ascii(p[0]) && before[n - 2].word) return false;  // "Smith called"
        return true;
    }
    return false;
}

// A reporting verb within a few words before the quote, or right after it ("‘Absurd,’ she said").
bool reporting_verb_near(std::string_view t, const QuoteSpan& q, const std::vector<Token>& before) {
    std::size_t seen = 0;
    // "said she was ‘…’"; "described the old plan as ‘…’" reaches a word further
    const bool as = !before.empty() && tok_text(t, before.back()) == "as";
    const std::size_t window = as ? 5 : 4;
    for (std::size_t i = before.size(); i > 0 && seen < window; --i) {
        const Token& k = before[i - 1];
        if (!k.word) {
            std::string_view p = tok_text(t, k);
            if (p == "." || p == "?" || p == "!") break;
            continue;
        }
        ++seen;
        if (is_verb(tok_text(t, k)) || is_characterising_verb(tok_text(t, k))) return true;
    }
    auto after = tokenize(t, q.close, std::min(t.size(), q.close + 40));
    seen = 0;
    for (const Token& k : after) {
        if (!k.word) continue;
        if (++seen > 3) break;
        if (is_verb(tok_text(t, k))) return true;
    }
    return false;
}

}  // namespace

bool is_scare_quote(std::string_view t, const QuoteSpan& q, bool attributed) {
    std::size_t words = count_words(t, q.inner_begin, q.inner_end);
    auto before = tokenize(t, q.open > 60 ? q.open - 60 : 0, q.open);
    if (!before.empty() && q.open > 60) before.erase(before.begin());  // may be cut mid-word
    // a name given to something: up to four words
    if (words <= 4 && naming_context(t, before)) return true;
    if (words > 3) return false;
    if (!attributed) return true;
    // title case or a number: a name, not words someone said
    bool all_caps_start = true;
    bool digit = false;
    auto toks = tokenize(t, q.inner_begin, q.inner_end);
    for (auto& k : toks) {
        if (!k.word) continue;
        char c = t[k.begin];
        if (is_digit_ascii(c)) digit = true;
        std::string_view w = t.substr(k.begin, k.end - k.begin);
        if (!is_upper_ascii(c) && w != "for" && w != "of" && w != "and" && w != "the" && w != "to") all_caps_start = false;
    }
    if (all_caps_start || digit) return true;
    // after a determiner or a possessive: used as a noun
    if (!before.empty()) {
        const Token& k = before.back();
        std::string_view w = t.substr(k.begin, k.end - k.begin);
        if (k.possessive || determiner(w)) return true;
    }
    // one or two words with no reporting verb near: a term the writer marks ("a ‘hotspot’ for")
    if (words <= 2 && !reporting_verb_near(t, q, before)) return true;
    return false;
}

// Where a speaker named after its verb starts: "said Dr X", "according to the X", "by X".
std::size_t Attributor::after_verb(const Block& b, std::size_t verb) const {
    // "said a spokesperson for the X", "according to a spokeswoman at X"
    static const WordTable skip = {"to", "by", "the", "a", "an", "spokesperson", "spokesman",
                                                    "spokeswoman", "representative", "for", "of", "at", "from",
                                                    // "said state Sen. A B", "said former Gov. A B"
                                                    "state", "former", "acting", "federal", "county", "city",
                                                    // "said Deputy Mayor A B", "said Assistant Chief Constable A B"
                                                    "deputy", "assistant", "vice", "interim", "associate", "senior"};
    std::size_t a = verb + 1;
    for (int k = 0; k < 5 && a < b.pm.tokens.size() && b.pm.tokens[a].word && b.mention_starting[a] < 0; ++k) {
        const AsciiLower w(b.word(t_, a));
        // (a role word before a name the mention finder starts after it: "Deputy Mayor A B")
        const bool role_before_name = k > 0 && lexicons().is_role_noun(w.view()) && a + 1 < b.pm.tokens.size() &&
                                      b.mention_starting[a + 1] >= 0;
        if (skip.count(w.view()) || role_before_name) ++a; else break;
    }
    return a;
}

// Token q, or where a label in brackets ending right before it opens ("A B (D-CA)" with q after
// ")": the "(" token), so that the name before the label ends right before the result. A label
// may list a body's witnesses, as committee reports do ("Save the X (Ms A. B, Convenor; Mr C. D)
// submitted that ..."): up to sixteen tokens, no other bracket inside.
std::size_t Attributor::before_bracketed_label(const Block& b, std::size_t q, std::size_t floor) const {
    const auto& toks = b.pm.tokens;
    if (q > floor + 2 && !toks[q - 1].word && b.word(t_, q - 1) == ")")
        for (std::size_t r = q - 1; r > floor && q - r <= 16; --r) {
            if (toks[r - 1].word) continue;
            const std::string_view w = b.word(t_, r - 1);
            if (w == "(") return r - 1;
            if (w == ")") break;
        }
    return q;
}

// The mention that ends right before token q, skipping ", appositive," segments after it
// ("Dr A, chair of X, but speaking personally, told …"): -1 if none.
int Attributor::mention_before(const Block& b, std::size_t q, std::size_t floor) const {
    const auto& toks = b.pm.tokens;
    for (int hops = 0; hops < 4 && q > floor; ++hops) {
        // "Cllr A B (Con) said", "Sen. A B (D-Eugene) said", "Rep. A B (D-CA), a member of X,
        // released": a short label in brackets is skipped, before the verb or an appositive
        q = before_bracketed_label(b, q, floor);
        if (q <= floor) return -1;  // the brackets open the block: "(i) believes that ..."
        int m = b.mention_ending[q];
        if (m >= 0 && !b.quoted[q - 1] && !b.pm.mentions[static_cast<std::size_t>(m)].in_appositive) {
            // "Dr A of X LMC said": the person, not the organisation after "of"
            const Mention& mm = b.pm.mentions[static_cast<std::size_t>(m)];
            std::size_t before = mm.tok_begin;
            if (mm.kind == MentionKind::Organisation && before > floor + 1 && toks[before - 1].word) {
                std::string_view w = b.word(t_, before - 1);
                int p = b.mention_ending[before - 1];
                if ((w == "of" || w == "at" || w == "from") && p >= 0 &&
                    b.pm.mentions[static_cast<std::size_t>(p)].kind == MentionKind::Person)
                    return p;
                // "A B (D-CA), a senior member of the X Committee released": an appositive left
                // unclosed; the person before its opening comma, not the body it names
                std::size_t of_tok = before - 1;
                if ((w == "the" || w == "The") && of_tok > floor + 1 && toks[of_tok - 1].word) w = b.word(t_, --of_tok);
                if (w == "of" || w == "at")
                    if (int q = person_before_open_appositive(b, of_tok, floor); q >= 0) return q;
            }
            return m;
        }
        if (toks[q - 1].word) {
            // "Sen. A B of Dover said": a person, then "of"/"from" and a place that is no mention
            std::size_t p = q;
            while (p > floor + 1 && q - p < 3 && toks[p - 1].word && is_upper_ascii(t_[toks[p - 1].begin]) &&
                   b.mention_ending[p] < 0)
                --p;
            if (p < q && p > floor + 1 && toks[p - 1].word && (b.word(t_, p - 1) == "of" || b.word(t_, p - 1) == "from")) {
                int pm = b.mention_ending[p - 1];
                if (pm >= 0 && b.pm.mentions[static_cast<std::size_t>(pm)].kind == MentionKind::Person) return pm;
            }
            return -1;
        }
        if (b.word(t_, q - 1) != ",") return -1;
        std::size_t r = q - 1;  // the comma closing an appositive: go to the one opening it
        while (r > floor && !(!toks[r - 1].word && b.word(t_, r - 1) == ",")) --r;
        if (r <= floor) return -1;
        // "The council's deputy leader, Cllr A B, said": an appositive that is only a person's
        // name is the subject (the role before it is not); also "the Hon. A B MP" (an article
        // before the name, letters after it)
        std::size_t name_end = q - 1;
        while (name_end > r && toks[name_end - 1].word && lexicons().post_nominals.count(b.word(t_, name_end - 1))) --name_end;
        if (int n = b.mention_ending[name_end]; n >= 0) {
            const Mention& nm = b.pm.mentions[static_cast<std::size_t>(n)];
            const bool opens = nm.tok_begin == r || (nm.tok_begin == r + 1 && toks[r].word && b.word(t_, r) == "the");
            if (nm.kind == MentionKind::Person && opens && !b.quoted[r]) return n;
        }
        q = r - 1;
    }
    return -1;
}

// "A B (D-CA), a senior member of" with `of_tok` at "of": a role noun ("member", "chair") before
// "of", at most three words after a comma that closes a person's name (and a label in brackets
// after it). The person's mention, or -1.
int Attributor::person_before_open_appositive(const Block& b, std::size_t of_tok, std::size_t floor) const {
    const auto& toks = b.pm.tokens;
    if (of_tok <= floor + 1 || !toks[of_tok - 1].word) return -1;
    const std::string role = ascii_lower(b.word(t_, of_tok - 1));
    if (role != "member" && !lexicons().is_role_noun(role)) return -1;
    std::size_t k = of_tok - 1;
    for (int words = 0; k > floor && words < 4 && toks[k - 1].word; ++words) --k;
    if (k <= floor + 1 || toks[k - 1].word || b.word(t_, k - 1) != ",") return -1;
    const std::size_t end = before_bracketed_label(b, k - 1, floor);  // before the comma (and a label)
    const int p = b.mention_ending[end];
    if (p < 0 || b.pm.mentions[static_cast<std::size_t>(p)].kind != MentionKind::Person) return -1;
    return p;
}

std::string Attributor::resolve_at(const Block& b, int mention) const {
    if (mention < 0) return {};
    const Mention& m = b.pm.mentions[static_cast<std::size_t>(mention)];
    if (m.kind == MentionKind::Pronoun) {
        // what "he"/"she" stood for tells that person's gender for later pronouns
        std::string key = pronoun_referent(b, m.tok_begin);
        if (!key.empty() && !m.names.empty() && !gender_.count(key))
            gender_[key] = m.names.front() == "he" ? 'm' : 'f';
        return key;
    }
    if (m.kind == MentionKind::OrgReference)
        return org_referent(b.pm, m.tok_begin, org_focus_, m.names.empty() ? std::string_view() : m.names.front());
    std::string key = ents_.resolve(m);
    if (m.kind == MentionKind::Person && m.names.size() == 1) return recent_full_name(b, m, key);
    return key;
}

// "Ms B" / "B" that the document does not resolve on its own (two people called B, or the full
// name only given inside an appositive): the person called B named most recently before it.
std::string Attributor::recent_full_name(const Block& b, const Mention& m, const std::string& key) const {
    const std::string surname = slug(m.names.back());
    if (key != "person:" + surname) return key;  // already resolved to a full name
    auto ends_with_surname = [&](const std::string& k) {
        return k.size() > surname.size() + 1 && k.compare(k.size() - surname.size(), surname.size(), surname) == 0 &&
               k[k.size() - surname.size() - 1] == '-';
    };
    // The nearest full mention wins only when no other person of that surname was named as
    // near (same paragraph): "Dr A B met Prof C B. … B said" stays ambiguous.
    // Looking back kRecentMentions mentions at most: a real paragraph has far fewer, and a page
    // of thousands of single names must not make each of them scan all the others.
    constexpr std::size_t kRecentMentions = 64;
    std::string found;
    const std::size_t at = static_cast<std::size_t>(&m - b.pm.mentions.data());
    for (std::size_t i = at; i > 0 && at - i < kRecentMentions; --i) {
        const Mention& p = b.pm.mentions[i - 1];
        if (p.kind != MentionKind::Person || p.names.size() < 2) continue;
        std::string k = ents_.resolve(p);
        if (!ends_with_surname(k)) continue;
        if (found.empty()) found = k;
        else if (k != found) return key;
    }
    if (!found.empty()) return found;
    int found_in = -1;
    for (auto it = named_.rbegin(); it != named_.rend(); ++it) {
        if (!ends_with_surname(it->first)) continue;
        if (found.empty()) { found = it->first; found_in = it->second; }
        else if (it->second == found_in) return key;
        else break;
    }
    return found.empty() ? key : found;
}

// "the governor": the latest person whose title or role has that noun.
std::string Attributor::role_referent(const Block& b, std::size_t noun_tok) const {
    if (noun_tok == 0 || noun_tok >= b.pm.tokens.size() || !b.pm.tokens[noun_tok].word) return {};
    // "the secretary of state": a role of several words, learned from an office written before a
    // name ("Secretary of State A B"); "the secretary" means that person next
    if (noun_tok >= 3 && b.pm.tokens[noun_tok - 1].word && b.pm.tokens[noun_tok - 2].word &&
        b.pm.tokens[noun_tok - 3].word && b.word(t_, noun_tok - 1) == "of" &&
        ascii_lower(b.word(t_, noun_tok - 3)) == "the") {
        const std::string head = ascii_lower(b.word(t_, noun_tok - 2));
        if (auto it = roles_.find(head + " of " + ascii_lower(b.word(t_, noun_tok))); it != roles_.end()) {
            roles_[head] = it->second;
            return it->second;
        }
    }
    std::string_view det = b.word(t_, noun_tok - 1);
    if (det != "the" && det != "The") return {};
    auto it = roles_.find(ascii_lower(b.word(t_, noun_tok)));
    return it == roles_.end() ? std::string() : it->second;
}

// Roles people hold, for "the governor" later: a title ("Gov. A B"), role words right before the
// name ("Board Chair A B", "Coalition spokeswoman A B") and the roles of appositives.
void Attributor::learn_roles(const Block& b) {
    const auto& rr = role_references();
    for (const auto& m : b.pm.mentions) {
        if (m.kind != MentionKind::Person || m.names.size() < 2) continue;
        std::string key = ents_.resolve(m);
        if (key.empty()) continue;
        std::string title = m.title;
        while (!title.empty() && title.back() == '.') title.pop_back();
        if (auto t = rr.by_title.find(title); t != rr.by_title.end()) roles_[t->second] = key;
        for (std::size_t k = m.tok_begin, n = 0; k > 0 && n < 3; --k, ++n) {
            if (!b.pm.tokens[k - 1].word) break;
            std::string w = ascii_lower(b.word(t_, k - 1));
            if (rr.nouns.count(w)) roles_[w] = key;
            else if (auto t = rr.by_title.find(std::string(b.word(t_, k - 1))); t != rr.by_title.end()) roles_[t->second] = key;
        }
        // "Secretary of State A B": the role of several words, for "the secretary of state" later
        if (m.tok_begin >= 3 && b.pm.tokens[m.tok_begin - 1].word && b.pm.tokens[m.tok_begin - 2].word &&
            b.pm.tokens[m.tok_begin - 3].word && b.word(t_, m.tok_begin - 2) == "of") {
            const std::string head = ascii_lower(b.word(t_, m.tok_begin - 3));
            if (rr.nouns.count(head) || rr.by_title.count(std::string(b.word(t_, m.tok_begin - 3))))
                roles_[head + " of " + ascii_lower(b.word(t_, m.tok_begin - 1))] = key;
        }
    }
    for (const auto& a : b.pm.affiliations) {
        std::string key = ents_.resolve(b.pm.mentions[a.person]);
        std::string word;
        for (char c : a.role + " ") {
            if (c != ' ') { word += c; continue; }
            if (rr.nouns.count(ascii_lower(word))) roles_[ascii_lower(word)] = key;
            word.clear();
        }
    }
}

namespace {
// Gender a title gives away (Mr, Sir, Lord / Mrs, Ms, Miss, Dame, Lady, Baroness): 'm', 'f' or 0.
char title_gender(std::string_view title) {
    static const WordTable male = {"Mr", "Sir", "Lord", "Baron"};
    static const WordTable female = {"Mrs", "Ms", "Miss", "Dame", "Lady", "Baroness"};
    return male.count(title) ? 'm' : female.count(title) ? 'f' : 0;
}
}  // namespace

std::string Attributor::pronoun_referent(const Block& b, std::size_t tok) const {
    char want = 0;  // the pronoun's gender, when tok is a pronoun
    if (tok < b.pm.tokens.size()) {
        std::string_view w = b.word(t_, tok);
        want = (w == "he" || w == "He") ? 'm' : (w == "she" || w == "She") ? 'f' : 0;
    }
    auto fits = [&](const std::string& key) {
        auto g = gender_.find(key);
        return !want || g == gender_.end() || g->second == want;
    };
    // "Mr A met Mrs B. She said": skip people whose title says the other gender (a few back)
    int best = b.last_person_before[std::min(tok, b.last_person_before.size() - 1)];
    // "..., the minister insists, .... 'X,' he said": a role reference ("the minister") after the
    // last named person is the nearer antecedent (looked for a few dozen words back at most)
    {
        const std::size_t named_at = best >= 0 ? b.pm.mentions[static_cast<std::size_t>(best)].tok_end : 0;
        constexpr std::size_t kRoleLookBack = 60;
        for (std::size_t r = std::min(tok, b.pm.tokens.size()); r > named_at && tok - r < kRoleLookBack; --r) {
            // (a role named inside a quote is what the speaker talks about: "... and we'd like the
            // mayor to be on it," she said)
            if (b.quoted[r - 1]) continue;
            const std::string key = role_referent(b, r - 1);
            if (key.empty()) continue;
            // "He tells the minister ...": the one told is addressed, not the next to speak
            const auto& toks = b.pm.tokens;
            if (r >= 3 && toks[r - 2].word && toks[r - 3].word && ascii_lower(b.word(t_, r - 2)) == "the" &&
                is_verb(b.word(t_, r - 3)))
                continue;
            if (fits(key)) return key;
            break;
        }
    }
    // a lone untitled word after a preposition ("lives in Millbrook") is more likely a place
    // than the person a pronoun stands for: skipped
    static const WordTable prepositions = {"in", "at", "from", "near", "of", "for", "to",
                                                            "into", "outside", "across", "around"};
    for (int hops = 0; best >= 0 && hops < 8; ++hops) {
        const Mention& m = b.pm.mentions[static_cast<std::size_t>(best)];
        bool place_like = m.names.size() == 1 && m.title.empty() && m.tok_begin > 0 &&
                          b.pm.tokens[m.tok_begin - 1].word && prepositions.count(b.word(t_, m.tok_begin - 1));
        std::string key = ents_.resolve(m);
        if (!place_like && fits(key)) return key;
        best = m.tok_begin > 0 ? b.last_person_before[m.tok_begin] : -1;
    }
    if (fits(focus_)) return focus_;
    for (auto it = recent_.rbegin(); it != recent_.rend(); ++it)
        if (fits(*it)) return *it;
    return {};
}

// Whether tokens [from, to) are only the words of a title or office before a name ("U.S.
// Secretary of State"): capitalised words, "of", and the full stops of abbreviations.
bool Attributor::opens_with_titles(const Block& b, std::size_t from, std::size_t to) const {
    if (to < from || to - from > 8) return false;
    for (std::size_t k = from; k < to; ++k) {
        if (!b.pm.tokens[k].word) {
            if (b.word(t_, k) != ".") return false;
            continue;
        }
        if (!is_upper_ascii(t_[b.pm.tokens[k].begin]) && b.word(t_, k) != "of") return false;
    }
    return true;
}

// "A B is the new chairman. B is a member of the party, like President C D." then "He said ...":
// the person who opens the block's last sentence as its subject stays in focus over people named
// after it there behind a preposition ("like", "with", "of" ...), whom recency alone would pick.
// "" when that sentence opens with no person or names another outside such a phrase ("A met C").
std::string Attributor::last_sentence_subject(const Block& b) const {
    static const WordTable prepositions = {"like", "unlike", "with", "of", "as", "than", "to",
                                                            "for", "from", "by", "under", "including", "alongside"};
    const auto& ms = b.pm.mentions;
    int last = -1;
    for (std::size_t i = 0; i < ms.size(); ++i)
        if (ms[i].kind == MentionKind::Person && !ms[i].in_appositive && !b.quoted[ms[i].tok_begin]) last = static_cast<int>(i);
    if (last < 0) return {};
    const std::vector<Range> sentences = split_sentences(t_, b.range.begin, b.range.end);
    const Mention& lm = ms[static_cast<std::size_t>(last)];
    auto in = std::find_if(sentences.begin(), sentences.end(), [&](const Range& r) { return lm.begin >= r.begin && lm.begin < r.end; });
    if (in == sentences.end()) return {};
    const std::size_t first_tok = b.tok_at(in->begin);
    int subject = -1;
    for (std::size_t i = 0; i < ms.size(); ++i) {
        const Mention& m = ms[i];
        if (m.begin < in->begin || m.begin >= in->end || m.kind == MentionKind::Pronoun) continue;
        if (subject < 0) {
            if (m.kind != MentionKind::Person || m.possessive || !opens_with_titles(b, first_tok, m.tok_begin)) return {};
            subject = static_cast<int>(i);
            continue;
        }
        if (m.kind != MentionKind::Person || m.in_appositive) continue;
        std::size_t k = m.tok_begin;  // over a title before the name ("like President C D")
        for (int z = 0; z < 2 && k > first_tok && b.pm.tokens[k - 1].word && is_upper_ascii(t_[b.pm.tokens[k - 1].begin]); ++z) --k;
        // ... and over a noun phrase the name is in apposition to ("with his Russian counterpart, C D")
        if (k > first_tok + 1 && !b.pm.tokens[k - 1].word && b.word(t_, k - 1) == ",")
            for (std::size_t j = k - 1, words = 0; j > first_tok && words < 4 && b.pm.tokens[j - 1].word; --j, ++words)
                if (prepositions.count(ascii_lower(b.word(t_, j - 1)))) {
                    k = j;
                    break;
                }
        if (k == 0 || !b.pm.tokens[k - 1].word || !prepositions.count(ascii_lower(b.word(t_, k - 1)))) return {};
    }
    return subject < 0 || subject == last ? std::string{} : ents_.resolve(ms[static_cast<std::size_t>(subject)]);
}

// Subject of the reporting verb at token `verb`: the mention right before it (over auxiliaries,
// "spokesperson", and a ", appositive," after the subject), or right after it ("said Dr X").
std::string Attributor::subject_of_verb(const Block& b, std::size_t verb, std::size_t floor) const {
    if (std::string s = direct_subject(b, verb, floor); !s.empty()) return s;
    // "Dr X called the plan a mistake and said …": a verb coordinated with an earlier one of the
    // sentence has its subject (one step back, no recursion)
    const auto& toks = b.pm.tokens;
    if (verb > floor + 1 && toks[verb - 1].word) {
        std::string_view c = b.word(t_, verb - 1);
        if (c == "and" || c == "but")
            for (std::size_t v = verb - 1; v > floor; --v) {
                std::size_t i = v - 1;
                if (!toks[i].word || b.quoted[i]) continue;
                if (verb_at(t_, toks, i) || is_characterising_verb(b.word(t_, i))) return direct_subject(b, i, floor);
            }
    }
    return {};
}

bool Attributor::joins_previous_quote(const Block& b, std::size_t lb, std::size_t le) const {
    const auto& toks = b.pm.tokens;
    const std::size_t first = b.tok_at(lb), end = b.tok_at(le);
    const std::size_t words = count_words(t_, lb, le);
    // "… said the firm would ‘A’ and supported ‘B’", "… that he ‘A’ but ‘B’": a conjunction (and
    // up to two more words)
    if (words <= 3 && first < toks.size() && toks[first].word) {
        const std::string_view c = b.word(t_, first);
        if (c == "and" || c == "but" || c == "or") return true;
    }
    // "the mayor said it was ‘too early to say,’ but that the town wanted the power ‘in the law’":
    // a second clause of the same verb of saying, however long before the quote
    if (first + 1 < toks.size() && toks[first].word && toks[first + 1].word && b.word(t_, first + 1) == "that" &&
        (b.word(t_, first) == "and" || b.word(t_, first) == "but"))
        return true;
    // "A warned that ‘next year’ in provincial politics ‘has a way of turning into never’": a
    // lead-in of at most eight words with no verb of its own and no mention at all ("while the
    // Trust ‘wants it gone’" has a subject of its own)
    if (words <= 8) {
        bool verbless = true;
        for (std::size_t w = first; w < end && verbless; ++w)
            verbless = !toks[w].word ||
                       (!verb_at(t_, toks, w) && !finite_verb_word(b.word(t_, w)) && b.mention_starting[w] < 0);
        if (verbless) return true;
    }
    // "A said it was ‘disappointed’ by the plan, which it called ‘a decision made ahead of the
    // science’": a pronoun and a verb of calling right before the quote
    if (end >= 2 && toks[end - 1].word && toks[end - 2].word && is_characterising_verb(b.word(t_, end - 1))) {
        const std::string_view p = b.word(t_, end - 2);
        if (p == "it" || p == "he" || p == "she" || p == "they") return true;
    }
    return false;
}

std::string Attributor::argument_possessor(const Block& b, std::size_t lb, std::size_t le) const {
    const auto& toks = b.pm.tokens;
    const std::size_t first = b.tok_at(lb);
    // "that", and at most three words of the clause's subject before the quotation ("is that the
    // province ‘…’")
    std::size_t end = b.tok_at(le);
    for (int words = 0; end > first && words < 4 && toks[end - 1].word && ascii_lower(b.word(t_, end - 1)) != "that"; ++words)
        --end;
    if (end == 0 || end <= first || !toks[end - 1].word || ascii_lower(b.word(t_, end - 1)) != "that") return {};
    // the possessed noun: right before "that", or before "is that" past a relative clause
    // between commas ("A's case, which she made again, is that")
    for (std::size_t i = first; i + 1 < end; ++i) {
        const int m = b.mention_ending[i + 1];
        if (m < 0 || b.quoted[i]) continue;
        const Mention& mm = b.pm.mentions[static_cast<std::size_t>(m)];
        if (!mm.possessive || (mm.kind != MentionKind::Person && mm.kind != MentionKind::Organisation)) continue;
        const std::size_t noun = i + 1;
        if (noun >= end || !toks[noun].word || !argument_nouns().count(AsciiLower(b.word(t_, noun)).view())) continue;
        if (noun + 2 == end) return resolve_at(b, m);  // "A's argument that"
        // "A's case, ..., is that": a comma after the noun, and "is"/"was" right before "that"
        if (end >= 2 && toks[end - 2].word && (b.word(t_, end - 2) == "is" || b.word(t_, end - 2) == "was") &&
            noun + 1 < end && !toks[noun + 1].word && b.word(t_, noun + 1) == ",")
            return resolve_at(b, m);
    }
    return {};
}

std::string Attributor::relative_subject(const Block& b, std::size_t verb, std::size_t floor) const {
    const auto& toks = b.pm.tokens;
    std::size_t q = verb;
    // "which also argues", "who has long said"
    for (int skipped = 0; q > floor && skipped < 2 && toks[q - 1].word && (is_aux(b.word(t_, q - 1)) ||
                                                                             b.word(t_, q - 1).ends_with("ly") ||
                                                                             b.word(t_, q - 1) == "also");
         ++skipped)
        --q;
    if (q <= floor + 2 || !toks[q - 1].word) return {};
    const std::string_view rel = b.word(t_, q - 1);
    if (rel != "which" && rel != "who") return {};
    if (toks[q - 2].word || b.word(t_, q - 2) != ",") return {};
    const int m = mention_before(b, q - 2, floor);
    if (m < 0) return {};
    const Mention& mm = b.pm.mentions[static_cast<std::size_t>(m)];
    // a body for "which", a person for "who"
    if ((rel == "which") != (mm.kind == MentionKind::Organisation)) return {};
    return resolve_at(b, m);
}

std::string Attributor::direct_subject(const Block& b, std::size_t verb, std::size_t floor) const {
    const auto& toks = b.pm.tokens;
    std::size_t q = verb;
    int skipped = 0;
    while (q > floor && skipped < 3 && toks[q - 1].word && is_aux(b.word(t_, q - 1))) { --q; ++skipped; }
    q = time_phrase_start(t_, toks, q, floor);
    if (int m = mention_before(b, q, floor); m >= 0) return resolve_at(b, m);
    if (q > floor + 1) {  // "the governor said"
        if (std::string r = role_referent(b, q - 1); !r.empty()) return r;
    }
    // "said Dr X", "according to X", "says X": after a quote, a comma, at the sentence start, or
    // "according to" — not "… and said the society would object", whose "the society" is the
    // subject of the clause
    // (never a verb whose object is the one spoken to: "..., told the Committee that")
    const std::string verb_word = ascii_lower(b.word(t_, verb));
    // "A B also spoke, telling the crowd his party would ...": a participle after a comma reports
    // what the sentence's subject said: the first person named in it ("Progressive Conservative
    // critic A B": not the party before the name), else the first body
    if (verb_word.ends_with("ing") && verb > floor && !toks[verb - 1].word && b.word(t_, verb - 1) == ",") {
        int body = -1;
        for (std::size_t i = floor; i < verb; ++i) {
            const int m = b.mention_starting[i];
            if (m < 0 || b.quoted[i]) continue;
            const Mention& mm = b.pm.mentions[static_cast<std::size_t>(m)];
            if (mm.in_appositive || mm.possessive) continue;
            if (mm.kind == MentionKind::Person) return resolve_at(b, m);
            if (mm.kind == MentionKind::Organisation && body < 0) body = m;
        }
        return body >= 0 ? resolve_at(b, body) : std::string();
    }
    const bool to_addressee = tells_someone(verb_word) || verb_word == "asked" || verb_word == "asks";
    bool inverted = !to_addressee && (verb == floor || !toks[verb - 1].word || verb_word == "according");
    std::size_t a = after_verb(b, verb);
    if (inverted && a < toks.size() && b.mention_starting[a] >= 0 && !b.quoted[a])
        return resolve_at(b, person_after_body(b, b.mention_starting[a]));
    return {};
}

// "Congressman A B (R-X) today issued the following statement after President C signed the
// bill:", "D E released this statement on the vote.": the subject of the announcing verb is the
// author of the statement that follows, whoever else the sentence names. The verb and its noun
// stand at most three words apart ("issued the following statement", "made a brief statement").
// Tokens [tb, te) of a block; "" when the words announce no statement.
// Whether the subject of the verb at `verb` opens a subordinate clause: "after", "when", "as",
// "before", "while", "since", "until", "because" right before its mention.
bool Attributor::subordinate_subject(const Block& b, std::size_t verb, std::size_t floor) const {
    int m = mention_before(b, verb, floor);
    if (m < 0) return false;
    std::size_t first = b.pm.mentions[static_cast<std::size_t>(m)].tok_begin;
    // over a title or office written before the name ("after President A B announced")
    for (int z = 0; z < 2 && first > floor + 1 && b.pm.tokens[first - 1].word && is_upper_ascii(t_[b.pm.tokens[first - 1].begin]); ++z)
        --first;
    if (first == 0 || first <= floor || !b.pm.tokens[first - 1].word) return false;
    static const WordTable subordinators = {"after", "when", "as", "before", "while",
                                                                     "since", "until", "because", "once"};
    return subordinators.count(AsciiLower(b.word(t_, first - 1)).view()) > 0;
}

std::string Attributor::announced_statement(const Block& b, std::size_t tb, std::size_t te) const {
    const auto& toks = b.pm.tokens;
    for (std::size_t i = tb; i < te; ++i) {
        if (!toks[i].word || b.quoted[i] || !announcement_verbs().count(AsciiLower(b.word(t_, i)).view())) continue;
        std::size_t words = 0;
        for (std::size_t k = i + 1; k < te && words < 4; ++k) {
            if (!toks[k].word) break;
            ++words;
            if (!statement_nouns().count(AsciiLower(b.word(t_, k)).view())) continue;
            if (std::string s = subject_of_verb(b, i, tb); !s.empty()) return s;
            break;
        }
    }
    return {};
}

std::string Attributor::speaker_of_lead(const Block& b, std::size_t from, std::size_t to, bool& found_verb) const {
    found_verb = false;
    const auto& toks = b.pm.tokens;
    std::size_t tb = b.tok_at(from), te = b.tok_at(to);
    if (std::string s = announced_statement(b, tb, te); !s.empty()) {
        found_verb = true;
        return s;
    }
    // "… that the governor ‘supports the bill’": a role reference right before the quote
    if (te > tb + 1 && toks[te - 1].word) {
        if (std::string r = role_referent(b, te - 1); !r.empty()) {
            found_verb = true;
            return r;
        }
    }
    for (std::size_t v = te; v > tb; --v) {
        std::size_t i = v - 1;
        if (!toks[i].word || b.quoted[i]) continue;
        if (!verb_at(t_, toks, i) && !is_characterising_verb(b.word(t_, i))) continue;
        found_verb = true;
        std::string s = subject_of_verb(b, i, tb);
        if (s.empty()) continue;
        // "Whatever X says, it will not satisfy Dr Y: ‘…’": a person named after the verb, right
        // before the colon, is the one who speaks next
        if (to > from && t_[to - 1] == ':') {
            int last = -1;
            auto first = std::upper_bound(b.pm.mentions.begin(), b.pm.mentions.end(), i,
                                          [](std::size_t tok, const Mention& m) { return tok < m.tok_begin; });
            for (auto it = first; it != b.pm.mentions.end() && it->tok_end <= te; ++it)
                if (it->kind == MentionKind::Person && !it->in_appositive && !b.quoted[it->tok_begin])
                    last = static_cast<int>(it - b.pm.mentions.begin());
            // only a person at the colon: in "X called for Y to approve the plan after the
            // review of its effects:" Y is the object of the call, and X speaks next
            if (last >= 0 && count_words(t_, b.pm.mentions[static_cast<std::size_t>(last)].end, to) <= 1)
                return resolve_at(b, last);
        }
        return s;
    }
    // "… as Dr X believes:" with the subject at the start of the sentence
    for (std::size_t i = tb; i < te; ++i) {
        if (b.quoted[i] || !toks[i].word) continue;
        int m = b.mention_starting[i];
        if (m >= 0 && !b.pm.mentions[static_cast<std::size_t>(m)].in_appositive && found_verb) return resolve_at(b, m);
        std::string_view w = b.word(t_, i);
        if (w != "But" && w != "And" && w != "However" && w != "So" && w != "Yet") break;
    }
    return {};
}

// "'no boots on the ground', as Kerry put it", "as the minister phrased it": the quote is the
// words of the one named between "as" and a verb of wording with "it" after it. Tokens [tb, te)
// after the quote; "" when they are no such clause.
std::string Attributor::as_they_put_it(const Block& b, std::size_t tb, std::size_t te) const {
    const auto& toks = b.pm.tokens;
    static const WordTable wording {"put", "puts", "phrased", "phrases", "described",
                                                            "describes", "called", "calls"};
    for (std::size_t i = tb; i + 1 < te; ++i) {
        if (b.quoted[i]) break;
        if (!toks[i].word || AsciiLower(b.word(t_, i)).view() != "as") continue;
        for (std::size_t v = i + 2; v + 1 < te && v < i + 8; ++v) {
            if (!toks[v].word || !wording.count(AsciiLower(b.word(t_, v)).view())) continue;
            if (!toks[v + 1].word || AsciiLower(b.word(t_, v + 1)).view() != "it") break;
            if (int m = mention_before(b, v, i + 1); m >= 0) return resolve_at(b, m);
            if (std::string r = role_referent(b, v - 1); !r.empty()) return r;
            break;
        }
        break;
    }
    return {};
}

std::string Attributor::speaker_of_trail(const Block& b, std::size_t from, std::size_t to) const {
    const auto& toks = b.pm.tokens;
    std::size_t tb = b.tok_at(from), te = std::min(b.tok_at(to), tb + 12);
    for (std::size_t i = tb; i < te; ++i) {
        if (b.quoted[i]) break;
        if (!toks[i].word || !verb_at(t_, toks, i)) continue;
        // subject between the quote and the verb, or right after the verb
        std::size_t q = i;
        int skipped = 0;
        while (q > tb && skipped < 3 && toks[q - 1].word && is_aux(b.word(t_, q - 1))) { --q; ++skipped; }
        if (int m = mention_before(b, q, tb); m >= 0) return resolve_at(b, m);
        if (q > tb + 1) {
            if (std::string r = role_referent(b, q - 1); !r.empty()) return r;
        }
        std::size_t a = after_verb(b, i);
        if (a < toks.size() && b.mention_starting[a] >= 0) return resolve_at(b, person_after_body(b, b.mention_starting[a]));
        return {};
    }
    return {};
}

// "…," said ABWC Executive Director A B: a body, the words of a role, then a person: the person
// speaks (for the body). Else the mention itself.
int Attributor::person_after_body(const Block& b, int mention) const {
    const auto& ms = b.pm.mentions;
    if (mention < 0 || ms[static_cast<std::size_t>(mention)].kind != MentionKind::Organisation) return mention;
    const auto& toks = b.pm.tokens;
    std::size_t k = ms[static_cast<std::size_t>(mention)].tok_end;
    // role words, capitalised words, and lower-case words that qualify a role after them ("Green
    // housing spokesperson A B": "housing" counts only because "spokesperson" follows)
    bool role = false, qualifier = false;
    for (int words = 0; k < toks.size() && toks[k].word && words <= 4; ++k, ++words) {
        if (b.mention_starting[k] >= 0) {
            const int next = b.mention_starting[k];
            const bool person = ms[static_cast<std::size_t>(next)].kind == MentionKind::Person;
            return words > 0 && person && (role || !qualifier) ? next : mention;
        }
        const std::string_view w = b.word(t_, k);
        if (is_verb(w)) return mention;
        if (lexicons().is_role_noun(w)) role = true;
        else if (w.empty() || !is_upper_ascii(w[0])) qualifier = true;
    }
    return mention;
}

// "Tate said Marsh's plan was divisive": a possessive name right after the verb opens the
// reported clause (the speaker is before the verb), unless the noun it owns speaks for its
// owner ("…," said Marsh's spokesman / Marsh's office).
bool Attributor::possessor_opens_clause(const Block& b, int mention) const {
    const Mention& m = b.pm.mentions[static_cast<std::size_t>(mention)];
    if (!m.possessive) return false;
    if (m.tok_end >= b.pm.tokens.size() || !b.pm.tokens[m.tok_end].word) return true;
    return !is_aux(ascii_lower(b.word(t_, m.tok_end)));
}

void Attributor::paragraph(Range range, const ParagraphMentions& pm, std::vector<ClaimRecord>& out) {
    Block b{range, pm, find_quotes(t_, range.begin, range.end), {}, {}, {}, {}};
    const auto& toks = pm.tokens;
    b.mention_ending.assign(toks.size() + 1, -1);
    b.mention_starting.assign(toks.size() + 1, -1);
    for (std::size_t i = 0; i < pm.mentions.size(); ++i) {
        b.mention_ending[pm.mentions[i].tok_end] = static_cast<int>(i);
        b.mention_starting[pm.mentions[i].tok_begin] = static_cast<int>(i);
    }
    b.quoted.assign(toks.size() + 1, false);
    for (const auto& q : b.quotes)
        for (std::size_t i = b.tok_at(q.open); i < toks.size() && toks[i].begin < q.close; ++i) b.quoted[i] = true;
    // The title of a work is set apart like a quotation: the names in it ("How Americans Really
    // Decide") are no people, speakers or referents of "she".
    for (const auto& m : pm.mentions) {
        if (m.kind != MentionKind::Person || b.quoted[m.tok_begin]) continue;
        std::size_t first = work_title_start(t_, toks, m.tok_begin);
        if (first != std::string_view::npos)
            for (std::size_t i = first; i < m.tok_end; ++i) b.quoted[i] = true;
    }
    std::vector<Range> sentences = split_sentences(t_, range.begin, range.end);
    b.last_person_before.assign(toks.size() + 1, -1);
    std::size_t sentence = 0;
    bool subject_named = false;  // a person not in the possessive named earlier in the sentence
    for (std::size_t i = 0; i < pm.mentions.size(); ++i) {
        const Mention& m = pm.mentions[i];
        while (sentence + 1 < sentences.size() && m.begin >= sentences[sentence + 1].begin) {
            ++sentence;
            subject_named = false;
        }
        if (m.kind != MentionKind::Person || m.in_appositive || b.quoted[m.tok_begin]) continue;
        // "Speaking to X, he said", "told X": the one spoken to is not who "he" is
        if (m.tok_begin > 0 && toks[m.tok_begin - 1].word) {
            std::string_view w = b.word(t_, m.tok_begin - 1);
            // "Speaking to X," / "Talking to X," (not "We spoke to X", whose X is who speaks next)
            std::string_view v = m.tok_begin > 1 ? b.word(t_, m.tok_begin - 2) : std::string_view();
            bool to = w == "to" && v.size() > 4 && v.substr(v.size() - 3) == "ing";
            if (to || w == "told" || w == "tells" || w == "asked" || w == "thanked") continue;
        }
        // "Tate has long opposed Marsh's plan. He said …", "… Tate said of Marsh's plan.": the
        // possessor of what a sentence is about is not who a later "he" is; its subject is
        if (m.possessive && subject_named) continue;
        if (!m.possessive) subject_named = true;
        b.last_person_before[m.tok_end] = static_cast<int>(i);
    }
    for (std::size_t i = 1; i < b.last_person_before.size(); ++i)
        if (b.last_person_before[i] < 0) b.last_person_before[i] = b.last_person_before[i - 1];

    // resolve every mention (adds the actors) — people named but never quoted are actors too
    for (const auto& m : pm.mentions) {
        if (m.kind == MentionKind::Pronoun) continue;
        std::string key = ents_.resolve(m);
        if (char g = title_gender(m.title)) gender_[key] = g;
    }
    learn_roles(b);
    // before this paragraph's quotes move the focus: "She" opening it is who the last one was about
    pronouns_.assign(pm.mentions.size(), {});
    for (std::size_t i = 0; i < pm.mentions.size(); ++i)
        if (pm.mentions[i].kind == MentionKind::Pronoun && !b.quoted[pm.mentions[i].tok_begin])
            pronouns_[i] = pronoun_referent(b, pm.mentions[i].tok_begin);

    auto sentence_of = [&](std::size_t offset) {
        auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                                   [](std::size_t o, const Range& s) { return o < s.begin; });
        if (it != sentences.begin() && offset < std::prev(it)->end) return *std::prev(it);
        return Range{range.begin, range.end};
    };

    // a person or body named, outside quotation marks, in [from, to)
    auto actor_named_between = [&](std::size_t from, std::size_t to) {
        for (const Mention& m : pm.mentions)
            if (m.begin >= from && m.begin < to && !b.quoted[m.tok_begin] &&
                (m.kind == MentionKind::Person || m.kind == MentionKind::Organisation))
                return true;
        return false;
    };
    std::string last_quote_speaker;
    std::size_t last_attributed_quote = b.quotes.size();  // index of the latest quote given a speaker
    std::size_t prev_close = range.begin;
    for (std::size_t qi = 0; qi < b.quotes.size(); ++qi) {
        const QuoteSpan& q = b.quotes[qi];
        Range s = sentence_of(q.open);
        std::size_t lead_from = std::max(s.begin, prev_close);
        std::size_t lb = lead_from, le = q.open;
        trim_range(t_, lb, le);
        bool has_lead = count_words(t_, lb, le) > 0;
        bool colon = le > lb && t_[le - 1] == ':';
        Range close_s = q.closed ? sentence_of(q.close > 0 ? q.close - 1 : q.close) : s;
        std::size_t trail_to = close_s.end;
        for (std::size_t k = qi + 1; k < b.quotes.size(); ++k)  // quotes are in text order
            if (b.quotes[k].open >= q.close) { trail_to = std::min(trail_to, b.quotes[k].open); break; }

        std::string speaker;
        double confidence = 0.9;
        bool verb = false;
        // "... told senators the plan will not result in ‘no boots on the ground’, as X put it":
        // the one who put it so, whoever the sentence's subject is (the same words speaker_of_trail
        // reads after the quote)
        const std::string put_it =
            as_they_put_it(b, b.tok_at(q.close), std::min(b.tok_at(trail_to), b.tok_at(q.close) + 12));
        if (has_lead) {
            speaker = put_it;
            verb = !speaker.empty();
            if (speaker.empty()) speaker = speaker_of_lead(b, lb, le, verb);
            if (speaker.empty()) speaker = speaker_of_trail(b, q.close, trail_to);
            // a quote joined to the sentence's previous one, when that one was attributed, goes
            // on with its speaker (joins_previous_quote: a conjunction, a second "that" clause,
            // a lead-in of no verb and no name, "which it called")
            if (speaker.empty() && qi > 0 && last_attributed_quote == qi - 1 &&
                sentence_of(b.quotes[qi - 1].open).begin == s.begin && joins_previous_quote(b, lb, le))
                speaker = last_quote_speaker;
            // "I have read A B's argument that ‘…’", "the minister's case, which she made
            // again, is that ‘…’": the possessor of a noun of arguing before "that"
            if (speaker.empty()) speaker = argument_possessor(b, lb, le);
            if (speaker.empty() && colon) {
                // "To Dr X, that means: ‘…’": the person nearest the colon; a possessor ("after
                // the President's declaration:") only when no one else is named before it
                bool subject = false;
                for (std::size_t i = b.tok_at(lb); i < b.tok_at(le); ++i) {
                    int m = b.mention_ending[i + 1];
                    if (m < 0 || b.quoted[i]) continue;
                    const Mention& mm = pm.mentions[static_cast<std::size_t>(m)];
                    if (mm.in_appositive || (mm.possessive && subject)) continue;
                    if (mm.kind != MentionKind::Organisation || speaker.empty()) speaker = resolve_at(b, m);
                    subject = subject || (mm.kind == MentionKind::Person && !mm.possessive);
                }
                confidence = 0.6;
            }
        } else {
            speaker = !put_it.empty() ? put_it : speaker_of_trail(b, q.close, trail_to);
            if (speaker.empty() && s.begin > range.begin) {
                // the previous sentence of the paragraph introduces it ("…, he adds. ‘…’")
                Range prev = sentence_of(s.begin - 1);
                speaker = speaker_of_lead(b, prev.begin, std::min(prev.end, q.open), verb);
                confidence = 0.8;
                if (speaker.empty() && !verb) {
                    // "Library user A B, 82, was blunt. ‘…’": the person the previous sentence
                    // opens with (after at most three words of role) speaks
                    std::size_t pb = b.tok_at(prev.begin), pe = b.tok_at(std::min(prev.end, q.open));
                    for (std::size_t i = pb; i < pe && i < pb + 4; ++i) {
                        int m = b.mention_starting[i];
                        if (m < 0) continue;
                        const Mention& mm = pm.mentions[static_cast<std::size_t>(m)];
                        if (mm.kind == MentionKind::Person && !mm.possessive && !b.quoted[i]) speaker = resolve_at(b, m);
                        break;
                    }
                    confidence = 0.6;
                }
            }
            // "X released this statement: “A. … “B. …": a quote opening a sentence, with no one
            // named since the paragraph's last attributed quote, goes on with that quote's
            // speaker (paragraphs of one statement run together, each reopening the quote)
            if (speaker.empty() && last_attributed_quote < qi &&
                !actor_named_between(b.quotes[last_attributed_quote].close, q.open)) {
                speaker = last_quote_speaker;
                confidence = 0.7;
            }
            if (speaker.empty() && q.open == range.begin) {
                for (const std::string* c : {&prev_intro_, &prev_named_, &prev_quote_, &prev_subject_, &focus_})
                    if (!c->empty()) { speaker = *c; break; }
                confidence = 0.7;
            }
        }
        bool attributed = !speaker.empty();
        prev_close = q.close;
        if (is_scare_quote(t_, q, attributed)) continue;
        // "‘A,’ she said, ‘B.’": the second half of a split quote is as direct as the first
        bool continuation = false;
        if (has_lead && !colon && qi > 0 && verb && t_[le - 1] == ',' && count_words(t_, lb, le) <= 8 &&
            b.quotes[qi - 1].close <= lb && sentence_of(b.quotes[qi - 1].open).begin == s.begin)
            continuation = true;
        ClaimKind kind = (!has_lead || colon || continuation) ? ClaimKind::Direct : ClaimKind::Partial;
        if (kind == ClaimKind::Partial && !attributed) continue;  // an unattributed fragment
        std::size_t ib = q.inner_begin, ie = q.inner_end;
        while (ie > ib && (t_[ie - 1] == ',' || t_[ie - 1] == ' ')) --ie;
        ClaimRecord c = ClaimRecord::over(t_, ib, ie, kind, speaker, attributed ? confidence : 0.3);
        c.set_context(t_, s.begin, std::max(s.end, q.close));
        out.push_back(std::move(c));
        if (attributed) {
            last_quote_speaker = speaker;
            last_attributed_quote = qi;
        }
    }

    // Indirect speech: "X warned that …", "X believes …", also before a quotation in the same
    // sentence ("X said that …, while Y said: ‘…’"). The clause runs to the sentence end, to a
    // quotation introduced by ':' or ',', or to the next reporting verb with its own subject.
    std::string last_subject;
    std::size_t last_subject_at = 0;
    auto is_punct = [&](std::size_t k, std::string_view p) { return !toks[k].word && b.word(t_, k) == p; };
    for (const auto& s : sentences) {
        std::size_t tb = b.tok_at(s.begin), te = b.tok_at(s.end);
        for (std::size_t i = tb; i < te; ++i) {
            if (!toks[i].word || b.quoted[i] || !verb_at(t_, toks, i)) continue;
            std::string subject = subject_of_verb(b, i, tb);
            // "X, which argues that Y, ...": the relative clause is X's claim, up to its comma
            const bool relative = subject.empty() && !(subject = relative_subject(b, i, tb)).empty();
            if (subject.empty()) continue;
            const std::size_t verb_tok = i;
            last_subject = subject;
            last_subject_at = toks[i].begin;
            std::size_t c = i + 1;
            // (only where the verb stands after a comma or quote: "A B said she will wait" reports)
            if (c < te && b.mention_starting[c] >= 0 && (i == tb || !toks[i - 1].word) &&
                pm.mentions[static_cast<std::size_t>(b.mention_starting[c])].kind != MentionKind::OrgReference &&
                !possessor_opens_clause(b, b.mention_starting[c]) &&
                (b.word(t_, i) == "said" || b.word(t_, i) == "says" || b.word(t_, i) == "added" ||
                 b.word(t_, i) == "adds"))
                continue;  // "…," said A B, chair of X: an attribution, not a clause
            // "<clause>, revealed the agency's director.": whatever the verb, a subject standing
            // after it is the speaker of what came before, not the start of a reported clause.
            if (std::size_t a = after_verb(b, i); (i == tb || !toks[i - 1].word) && a < te &&
                                                  b.mention_starting[a] >= 0 && !b.quoted[a] &&
                                                  resolve_at(b, b.mention_starting[a]) == subject)
                continue;
            std::string_view verb = b.word(t_, i);
            bool takes_object = tells_someone(verb) || verb == "warned" || verb == "warns";
            // "told the Gazette", "told the Fenmouth Planning Committee that"
            if (takes_object && c + 1 < te && toks[c].word && b.word(t_, c) == "the" && b.mention_starting[c] < 0 &&
                b.mention_starting[c + 1] >= 0)
                ++c;
            if (takes_object && c < te && toks[c].word && b.mention_starting[c] >= 0)
                c = pm.mentions[static_cast<std::size_t>(b.mention_starting[c])].tok_end;
            else if (takes_object)  // "told the conference ...", "told reporters ...": an audience
                c = after_addressee(t_, toks, c, te);
            // "said on Monday that …", "told reporters that …": the clause starts after "that";
            // but not past a verb of its own ("said ministers were not persuaded that …": the
            // reported clause is "ministers were not persuaded that …")
            for (std::size_t k = c; k < te && k < c + 5; ++k) {
                if (!toks[k].word || b.quoted[k] || finite_verb_word(b.word(t_, k))) break;
                // "said he supported any measure that ...": a subject pronoun opens the clause
                if (const std::string_view w = b.word(t_, k);
                    w == "he" || w == "she" || w == "they" || w == "we" || w == "I" || w == "it")
                    break;
                if (b.word(t_, k) == "that") { c = k; break; }
            }
            if (c < te && toks[c].word && b.word(t_, c) == "that") ++c;
            if (c >= te || !toks[c].word || b.quoted[c]) continue;  // "said:", "said, ‘…’"
            {
                // "said in a statement.": a circumstance, not a reported clause
                static const WordTable prepositions = {
                    "in", "on", "at", "during", "after", "before", "with", "to", "for", "from", "by", "of", "about"};
                if (prepositions.count(b.word(t_, c))) continue;
            }
            std::size_t e = c;
            for (; e < te; ++e) {
                if (relative && is_punct(e, ",")) break;
                if (b.quoted[e] && e > c && (is_punct(e - 1, ":") || is_punct(e - 1, ","))) break;
                if (!toks[e].word || b.quoted[e] || !verb_at(t_, toks, e)) continue;
                // "…, while Y said …" (not the reported clause's own subject: "says the
                // organisation is now officially backing a change")
                if (int m = mention_before(b, e, c); m >= 0 && pm.mentions[static_cast<std::size_t>(m)].tok_begin > c) {
                    e = pm.mentions[static_cast<std::size_t>(m)].tok_begin;
                    break;
                }
            }
            std::size_t last = e;  // drop connectives and punctuation at the end
            while (last > c) {
                std::string_view w = b.word(t_, last - 1);
                if (!toks[last - 1].word || w == "while" || w == "and" || w == "but" || w == "whereas" || w == "as")
                    --last;
                else
                    break;
            }
            i = e > i ? e - 1 : i;
            if (last <= c) continue;
            std::size_t cb = toks[c].begin, ce = toks[last - 1].end;
            if (b.quoted[last - 1]) {  // a partial quote at the end: keep its closing mark
                if (const QuoteSpan* q = b.quote_at(toks[last - 1].begin)) ce = q->close;
            }
            if (count_words(t_, cb, ce) < 4) continue;
            ClaimRecord cr = ClaimRecord::over(t_, cb, ce, ClaimKind::Indirect, subject, 0.6);
            // The context of a report in a subordinate clause ends where a quote after the claim
            // opens: "A issued a statement after X announced a deal with Y: 'I am disappointed
            // ...'" — the quote is A's words, not X's. ("A says the group is backing a change:
            // 'We feel ...'" keeps its own quote.)
            std::size_t context_end = s.end;
            if (subordinate_subject(b, verb_tok, tb)) {
                auto next_quote = std::lower_bound(b.quotes.begin(), b.quotes.end(), ce,
                                                   [](const QuoteSpan& q, std::size_t o) { return q.open < o; });
                if (next_quote != b.quotes.end() && next_quote->open < context_end) context_end = next_quote->open;
            }
            cr.set_context(t_, s.begin, context_end);
            out.push_back(std::move(cr));
        }
    }

    // Running context for the next paragraph.
    prev_intro_.clear();
    std::size_t re = range.end;
    if (re > range.begin && t_[re - 1] == ':' && !sentences.empty()) {
        bool v = false;
        prev_intro_ = speaker_of_lead(b, sentences.back().begin, re, v);
    }
    prev_quote_ = last_quote_speaker;
    prev_subject_ = last_subject;
    // a person named in the last sentence, after every quote of the paragraph, who was not the
    // subject of its own quote: the likely speaker of a quote-only paragraph that follows
    // ("… Then came Jane Roe, a parent from the town." / "‘…’")
    prev_named_.clear();
    if (!sentences.empty()) {
        std::size_t last_close = b.quotes.empty() ? range.begin : b.quotes.back().close;
        Range ls = sentences.back();
        if (ls.begin >= last_close) {
            if (!last_subject.empty() && last_subject_at >= ls.begin) {
                prev_named_ = last_subject;  // "Jane Roe, a parent, said the plan was flawed."
            } else {
                for (const auto& m : pm.mentions)  // "Then came Jane Roe, a parent from the town."
                    if (m.kind == MentionKind::Person && !m.in_appositive && !m.possessive && m.begin >= ls.begin &&
                        !b.quoted[m.tok_begin])
                        prev_named_ = ents_.resolve(m);
            }
        }
        if (prev_named_ == last_quote_speaker) prev_named_.clear();
    }
    for (const auto& m : pm.mentions)
        if (m.kind == MentionKind::Person && m.names.size() >= 2 && !b.quoted[m.tok_begin]) {
            std::string k = ents_.resolve(m);
            named_.erase(std::remove_if(named_.begin(), named_.end(), [&](const auto& e) { return e.first == k; }),
                         named_.end());
            named_.emplace_back(k, paragraph_no_);
            // The most recent people only: an article names dozens; a hostile page could name
            // hundreds of thousands, and every new name would scan them all.
            if (named_.size() > kRecentPeople) named_.erase(named_.begin());
        }
    ++paragraph_no_;
    std::string f = pronoun_referent(b, toks.size());
    if (std::string s = last_sentence_subject(b); !s.empty()) f = s;
    if (!last_quote_speaker.empty() && last_quote_speaker.rfind("person:", 0) == 0) {
        // the latest of: the last quoted speaker, the last person named
        int last_person = -1;
        for (std::size_t i = 0; i < pm.mentions.size(); ++i)
            if (pm.mentions[i].kind == MentionKind::Person && !pm.mentions[i].in_appositive &&
                !b.quoted[pm.mentions[i].tok_begin])
                last_person = static_cast<int>(i);
        std::size_t last_quote_open = b.quotes.empty() ? 0 : b.quotes.back().open;
        if (last_person < 0 || pm.mentions[static_cast<std::size_t>(last_person)].begin < last_quote_open)
            f = last_quote_speaker;
    }
    for (const auto& m : pm.mentions)
        if (m.kind == MentionKind::Person && !m.in_appositive && !b.quoted[m.tok_begin]) remember(ents_.resolve(m));
    std::string org = org_referent(pm, toks.size(), org_focus_);
    if (!org.empty()) org_focus_ = org;
    for (const auto& m : pm.mentions)
        if (m.kind == MentionKind::Organisation && !b.quoted[m.tok_begin]) {
            std::string k = ents_.resolve(m);
            orgs_.erase(std::remove(orgs_.begin(), orgs_.end(), k), orgs_.end());
            orgs_.push_back(k);
            if (orgs_.size() > 16) orgs_.erase(orgs_.begin());
        }
    if (!f.empty()) {
        focus_ = f;
        remember(f);
    }
}

std::string Attributor::org_referent(const ParagraphMentions& pm, std::size_t tok, const std::string& fallback,
                                     std::string_view head, const std::vector<std::string>* bodies_before) const {
    const std::string word = slug(head);
    auto has_head = [&](const std::string& key) {  // "org:acme-health-trust" has "trust"
        if (word.empty()) return false;
        std::string_view k(key);
        if (k.substr(0, 4) == "org:") k.remove_prefix(4);
        for (std::size_t at = k.find(word); at != std::string_view::npos; at = k.find(word, at + 1)) {
            bool starts = at == 0 || k[at - 1] == '-';
            bool ends = at + word.size() == k.size() || k[at + word.size()] == '-';
            if (starts && ends) return true;
        }
        // "the council" of a place's government: "City of Armadale", "Shire of Kerrup"
        if (word == "council")
            for (const auto& kind : lexicons().place_kinds)
                if (k.starts_with(slug(kind) + "-of-")) return true;
        return false;
    };
    auto end = std::lower_bound(pm.mentions.begin(), pm.mentions.end(), tok,
                                [](const Mention& m, std::size_t t) { return m.tok_end <= t; });
    // "the group" or "the coalition" with no body of that word: the latest body that is no
    // institution (a school, a council: lexicons/institution_heads.txt), which "the group" does
    // not name
    auto institution = [&](const Mention& m) {
        const std::string_view org = m.org;
        const std::size_t sp = org.rfind(' ');
        const std::string_view last = sp == std::string_view::npos ? org : org.substr(sp + 1);
        return !word.empty() && lexicons().institution_heads.count(last) > 0;
    };
    std::string latest;
    for (auto it = end; it != pm.mentions.begin();) {
        --it;
        if (it->kind == MentionKind::Organisation) {
            std::string key = ents_.resolve(*it);
            if (word.empty() || has_head(key)) return key;
            if (latest.empty() && !institution(*it)) latest = key;
        }
        if (end - it > 40) break;
    }
    const std::vector<std::string>& bodies = bodies_before ? *bodies_before : orgs_;
    if (!word.empty())
        for (auto it = bodies.rbegin(); it != bodies.rend(); ++it)
            if (has_head(*it)) return *it;
    // "the committee", "the board" name a kind of body: with none of that kind named, not some
    // other body ("the group", "the organisation" may be any: lexicons/generic_body_nouns.txt)
    if (!word.empty() && !lexicons().generic_body_nouns.count(AsciiLower(head).view()))
        return has_head(fallback) ? fallback : std::string();
    return latest.empty() ? fallback : latest;
}

void Attributor::remember(const std::string& key) {
    if (key.rfind("person:", 0) != 0) return;
    recent_.erase(std::remove(recent_.begin(), recent_.end(), key), recent_.end());
    recent_.push_back(key);
    if (recent_.size() > 8) recent_.erase(recent_.begin());
}

void Attributor::pull_quote(Range quote_block, const ParagraphMentions& credit, std::vector<ClaimRecord>& out) {
    std::string speaker;
    for (const auto& m : credit.mentions)
        if (m.kind != MentionKind::Pronoun) { speaker = ents_.resolve(m); break; }
    for (const auto& q : find_quotes(t_, quote_block.begin, quote_block.end)) {
        if (is_scare_quote(t_, q, !speaker.empty())) continue;
        std::size_t ib = q.inner_begin, ie = q.inner_end;
        while (ie > ib && (t_[ie - 1] == ',' || t_[ie - 1] == ' ')) --ie;
        ClaimRecord c = ClaimRecord::over(t_, ib, ie, ClaimKind::Direct, speaker, speaker.empty() ? 0.3 : 0.9);
        c.context = c.text;
        out.push_back(std::move(c));
    }
}

}  // namespace sg::loaders
