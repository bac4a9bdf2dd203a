#include "loaders/mentions/mentions.hpp"

#include <algorithm>
#include <set>

#include "loaders/common/lexicon_file.hpp"
#include "loaders/mentions/lexicons.hpp"
#include "loaders/text/chars.hpp"

namespace sg::loaders {
namespace {

struct Ctx {
    std::string_view t;
    const std::vector<Token>& toks;
    std::string_view word(std::size_t i) const {
        return i < toks.size() ? t.substr(toks[i].begin, toks[i].end - toks[i].begin) : std::string_view{};
    }
    bool is_word(std::size_t i) const { return i < toks.size() && toks[i].word; }
    bool is_punct(std::size_t i, std::string_view p) const { return i < toks.size() && !toks[i].word && word(i) == p; }
};

// A capital letter first: ASCII, or a Latin capital in UTF-8 ("Éamon", "Łukasz", "Ólafur").
bool capitalised(std::string_view w) {
    if (w.empty()) return false;
    if (is_upper_ascii(w[0])) return true;
    if (w.size() < 2) return false;
    const auto b0 = static_cast<unsigned char>(w[0]), b1 = static_cast<unsigned char>(w[1]);
    if (b0 == 0xC3) return b1 >= 0x80 && b1 <= 0x9E && b1 != 0x97;  // À..Þ without ×
    if (b0 == 0xC4 || b0 == 0xC5) return b1 % 2 == 0;              // Latin Extended-A: capitals even
    return false;
}

// "I'll", "we're", "I've", "I'd": a pronoun with a contracted verb, never a name ("O'Brien" is).
bool contraction(std::string_view w) {
    for (std::size_t i = 0; i < w.size(); ++i) {
        std::size_t len = w.compare(i, 3, "\xE2\x80\x99") == 0 ? 3 : (w[i] == '\'' ? 1 : 0);
        if (len == 0) continue;
        std::string_view rest = w.substr(i + len);
        return !rest.empty() && rest.size() <= 2 && is_lower_ascii(rest[0]);
    }
    return false;
}

bool lowercase_word(std::string_view w) { return !w.empty() && (is_lower_ascii(w[0])); }

// A word that can be part of a person's name: "Amanda", "O’Brien", "McDonald", "Smith-Jones".
// `first`: the first word of an untitled name, where the stopword list applies in full; after a
// title or a first name, words like "May" or "Bill" can be names.
bool name_word(std::string_view w, const Lexicons& lx, bool first = true) {
    if (w.size() < 2 || !capitalised(w) || contraction(w)) return false;
    int upper = 0, lower = 0;
    for (char c : w) {
        if (is_upper_ascii(c)) ++upper;
        else if (is_lower_ascii(c)) ++lower;
        else if (is_digit_ascii(c)) return false;
    }
    if (lower == 0 || upper > 2) return false;
    if (lx.org_heads.count(w)) return false;
    if (first && (lx.function_words.count(w) || lx.name_stopwords.count(w))) return false;
    // after a title or a first name, only connectives are ruled out ("Theresa May", "Mrs May")
    static const std::set<std::string_view> connectives = {"And", "Or", "But", "Of", "The", "In", "On", "At",
                                                           "For", "To", "From", "By", "With", "As", "It", "This"};
    if (!first && connectives.count(w)) return false;
    if (lx.titles.count(w)) return false;
    return true;
}

bool acronym_word(std::string_view w) {
    if (w.size() < 2 || w.size() > 8) return false;
    int upper = 0;
    for (char c : w) {
        if (is_upper_ascii(c)) ++upper;
        else if (!is_lower_ascii(c) && !is_digit_ascii(c)) return false;
    }
    return upper >= 2 && is_upper_ascii(w[0]);
}

bool equal_ci(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

// Folds typographic apostrophes to ASCII so "King’s Fund" matches "King's Fund".
std::string fold(std::string_view w) {
    std::string out;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (w.compare(i, 3, "\xE2\x80\x99") == 0) { out += '\''; i += 2; }
        else out += w[i];
    }
    return out;
}

// Longest gazetteer alias at token i: returns number of tokens (0 if none).
std::size_t match_gazetteer(const Ctx& c, std::size_t i, const Lexicons& lx, std::string& canonical) {
    auto it = lx.phrases_by_first_word.find(ascii_lower(fold(c.word(i))));
    if (it == lx.phrases_by_first_word.end()) return 0;
    std::size_t best = 0;
    for (const auto& ph : it->second) {
        std::size_t n = ph.words.size();
        bool ok = true;
        for (std::size_t k = 0; k < n && ok; ++k) {
            std::size_t ti = i + k;
            if (!c.is_word(ti)) { ok = false; break; }
            std::string w = fold(c.word(ti));
            if (c.toks[ti].possessive && ph.words[k].size() > 2 && ph.words[k].substr(ph.words[k].size() - 2) == "'s")
                w = fold(c.t.substr(c.toks[ti].begin, c.toks[ti].full_end - c.toks[ti].begin));  // "King's Fund"
            else if (k + 1 < n && c.toks[ti].possessive) { ok = false; break; }
            ok = ph.case_sensitive ? w == ph.words[k] : equal_ci(w, ph.words[k]);
        }
        if (ok && n > best) {
            best = n;
            canonical = lx.organisations[ph.entry].canonical;
        }
    }
    return best;
}

bool connector(std::string_view w) { return w == "of" || w == "and" || w == "for" || w == "&" || w == "on"; }

// An apostrophe token glued to the word before it ("Parents’" read as word + quote mark).
bool bare_apostrophe(const Ctx& c, std::size_t k) {
    if (k >= c.toks.size() || c.toks[k].word || k == 0 || c.toks[k - 1].end != c.toks[k].begin) return false;
    std::string_view p = c.word(k);
    return p == "'" || p == "\xE2\x80\x99";
}

// After an organisation head word: "of Education", "for Education", "on Ways and Means" — the
// complement is part of the name ("Department of Education", "University of Northmoor"). Returns
// the token after the complement, or k when there is none.
std::size_t head_complement(const Ctx& c, std::size_t k, const Lexicons& lx) {
    if (!c.is_word(k)) return k;
    std::string_view p = c.word(k);
    if (p != "of" && p != "for" && p != "on") return k;
    std::size_t j = k + 1, end = k;
    while (j - k < 9) {
        // a list inside the name: "Department for Culture, Media and Sport" — a comma, capitalised
        // words, then "and"/"&" before a capitalised word
        if (end == j && end > k && c.is_punct(j, ",")) {
            std::size_t q = j + 1;
            while (c.is_word(q) && capitalised(c.word(q)) && !lx.function_words.count(c.word(q)) && q - j < 3) ++q;
            if (q > j + 1 && c.is_word(q) && (c.word(q) == "and" || c.word(q) == "&") && c.is_word(q + 1) &&
                capitalised(c.word(q + 1)) && !c.toks[q - 1].possessive) {
                j = end = q;  // the "and" branch below takes the last item
                continue;
            }
            break;
        }
        if (!c.is_word(j)) break;
        std::string_view w = c.word(j);
        if (capitalised(w) && !lx.function_words.count(w) && !(p == "on" && lx.name_stopwords.count(w))) {
            end = ++j;
            if (c.toks[j - 1].possessive) break;
        } else if ((w == "and" || w == "&") && end == j && c.is_word(j + 1) && capitalised(c.word(j + 1))) {
            ++j;
        } else {
            break;
        }
    }
    return end > k ? end : k;
}

// "NHS Surrey Downs CCG", "Nottinghamshire LMC", "the Agenda Committee": a run of capitalised
// words (with of/and/for inside) ending in an organisation head word; a head may be followed by
// its complement ("Oregon Department of Education"); an inner possessive is allowed after "St"
// or on a plural ("St Aidan's Catholic High School", "Harwick Parents' Forum"). Returns tokens used.
std::size_t match_org_pattern(const Ctx& c, std::size_t i, const Lexicons& lx) {
    if (!c.is_word(i) || !capitalised(c.word(i)) || lx.function_words.count(c.word(i)) || lx.titles.count(c.word(i)))
        return 0;
    // The longest organisation name looked for: real ones have under ten words ("Department for
    // Digital, Culture, Media and Sport"). Without a bound a page of capitalised words (a list of
    // names, a headline in capitals) is walked again from every word: quadratic time, and one
    // name of thousands of words whose every prefix is then remembered.
    constexpr std::size_t kMaxOrgWords = 12;
    std::size_t best = 0;
    std::size_t j = i;
    while (c.is_word(j) && j - i < kMaxOrgWords) {
        std::string_view w = c.word(j);
        if (capitalised(w)) {
            if (lx.org_heads.count(w)) {
                std::size_t x = c.toks[j].possessive ? j + 1 : head_complement(c, j + 1, lx);
                if (x > j + 1) {  // "University of X", even as the first word
                    best = x - i;
                    if (c.toks[x - 1].possessive) break;
                    j = x;
                    continue;
                }
                if (j > i) best = j + 1 - i;
            }
            // "Harwick Parents’ Forum" where the apostrophe was read as a closing quote mark
            if (!c.toks[j].possessive && w.size() > 2 && w.back() == 's' && bare_apostrophe(c, j + 1) &&
                c.is_word(j + 2) && capitalised(c.word(j + 2)) && !lx.function_words.count(c.word(j + 2))) {
                j += 2;
                continue;
            }
            if (c.toks[j].possessive) {
                bool saint = j == i + 1 && (c.word(i) == "St" || c.word(i) == "Saint");
                std::string_view ending = c.t.substr(c.toks[j].end, c.toks[j].full_end - c.toks[j].end);
                bool plural = w.size() > 2 && w.back() == 's' && ending.find('s') == std::string_view::npos;
                bool head_next = j == i && c.is_word(j + 1) && lx.org_heads.count(c.word(j + 1));  // "Queen's University"
                if (!lx.org_heads.count(w) && (saint || plural || head_next) && c.is_word(j + 1) &&
                    capitalised(c.word(j + 1)) && !lx.function_words.count(c.word(j + 1))) {
                    ++j;
                    continue;
                }
                break;
            }
            ++j;
        } else if (connector(w) && j > i && c.is_word(j + 1) && capitalised(c.word(j + 1)) &&
                   (w != "of" || lx.org_heads.count(c.word(j - 1)))) {
            // "Department of Health", "Conference of LMCs" — but not "A B of X LMC" (a person)
            ++j;
        } else break;
    }
    // "NHS <Capitalised words>" names an NHS body even without a head word
    if (best == 0 && c.word(i) == "NHS" && j > i + 1) best = j - i;
    return best;
}

bool role_noun(std::string_view w, const Lexicons& lx) { return lx.role_nouns.count(ascii_lower(w)) > 0; }

bool body_noun(std::string_view w) {
    static const char* nouns[] = {"subcommittee", "sub-committee", "committee", "group", "board", "panel",
                                  "forum", "team", "network", "council", "taskforce", "unit"};
    for (const char* n : nouns)
        if (w == n) return true;
    return false;
}

// Nouns (lexicons/org_nouns.txt) that, after "the", refer back to an organisation already named,
// and that introduce one's name ("the group X").
bool org_noun(std::string_view w) { return lexicons().org_nouns.count(ascii_lower(w)) > 0; }

// Words that end a backward walk over a role phrase: a role does not run across them.
bool role_boundary(std::string_view w) {
    static const std::set<std::string_view> words = {"its", "their", "his", "her", "the", "a", "an", "to",
                                                     "according", "by", "and", "with", "said", "says"};
    return words.count(w) > 0;
}

// "the group Parents for Safer Streets", "the union NAHT", "A B of Friends for the Park": a name
// introduced by a common noun for an organisation (or by "of" right after a person) that has no
// head word. After "of" the name must be an acronym, hold a connective or have three words
// ("A B of Albany" and "of New York" are places). Returns the tokens of the name, 0 if none.
std::size_t introduced_org_name(const Ctx& c, std::size_t i, const Lexicons& lx, bool after_person_of) {
    std::string_view w = c.word(i);
    if (!c.is_word(i) || !capitalised(w) || lx.function_words.count(w) || lx.name_stopwords.count(w) ||
        lx.titles.count(w) || role_noun(w, lx))
        return 0;
    if (acronym_word(w)) return 1;
    std::size_t j = i, end = i;
    bool connective = false;
    while (c.is_word(j) && j - i < 8) {
        std::string_view x = c.word(j);
        if (capitalised(x) && (j > i || !lx.function_words.count(x))) {  // "Friends of the Old Mill"
            end = ++j;
            if (c.toks[j - 1].possessive) break;
        } else if ((x == "for" || x == "of" || x == "and" || x == "&") && end == j) {
            // "Friends of the Old Mill": a connective, perhaps "the", then a capitalised word
            std::size_t nx = j + 1;
            if (c.is_word(nx) && c.word(nx) == "the") ++nx;
            if (!c.is_word(nx) || !capitalised(c.word(nx))) break;
            connective = true;
            j = nx;
        } else {
            break;
        }
    }
    std::size_t n = end - i;
    if (after_person_of && !connective && n < 3) return 0;
    return n;
}

// Whether a canonical name holds `word` as one of its words, ignoring case ("Board" in "Corvallis
// School Board", "chamber" in "Fenwick Chamber of Commerce").
bool name_has_word(std::string_view name, std::string_view word) {
    const std::string lower_word = ascii_lower(word);
    std::size_t pos = 0;
    while (pos <= name.size()) {
        std::size_t sp = name.find(' ', pos);
        if (sp == std::string_view::npos) sp = name.size();
        if (ascii_lower(name.substr(pos, sp - pos)) == lower_word) return true;
        pos = sp + 1;
    }
    return false;
}

// "chamber", "trust": a head word written in lower case (an organisation named before).
bool head_word_lowercase(std::string_view w, const Lexicons& lx) {
    if (w.empty() || !is_lower_ascii(w[0])) return false;
    std::string cap(w);
    cap[0] = static_cast<char>(cap[0] - 'a' + 'A');
    return lx.org_heads.count(cap) > 0;
}

bool is_party(std::string_view canonical, const Lexicons& lx) {
    const GazetteerEntry* e = lx.organisation(canonical);
    return e && e->party;
}

// "D-Springfield", "R-Texas", "D": the party of a US politician's shorthand, or "".
std::string party_abbreviation(std::string_view w, const Lexicons& lx) {
    std::size_t dash = w.find('-');
    auto it = lx.party_abbreviations.find(w.substr(0, dash));
    if (it == lx.party_abbreviations.end()) return {};
    if (dash != std::string_view::npos && !(dash + 1 < w.size() && capitalised(w.substr(dash + 1)))) return {};
    return it->second;
}

bool is_reporting_word(std::string_view w, const Lexicons& lx) {
    return lx.reporting_verbs.count(ascii_lower(w)) > 0;
}

}  // namespace

std::string slug(std::string_view s) {
    std::string out;
    bool dash = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char ch = s[i];
        if (is_upper_ascii(ch)) ch = static_cast<char>(ch - 'A' + 'a');
        if (is_lower_ascii(ch) || is_digit_ascii(ch)) {
            if (dash && !out.empty()) out += '-';
            dash = false;
            out += ch;
        } else if (mark_at(s, i) != Mark::None) {
            // apostrophes vanish: "o’brien" -> "obrien"
            std::size_t l = 0;
            mark_at(s, i, &l);
            i += l - 1;
        } else {
            dash = true;
        }
    }
    return out;
}

std::string organisation_key(std::string_view canonical) {
    std::string_view s = canonical;
    if (s.substr(0, 4) == "NHS " && s.size() > 8 && s.substr(s.size() - 4) == " CCG") s.remove_prefix(4);
    return slug(s);
}

void collect_organisation_prefixes(const ParagraphMentions& pm, std::string_view t, DocumentNames& names) {
    for (const auto& m : pm.mentions) {
        if (m.kind != MentionKind::Organisation) continue;
        names.organisations_seen.emplace_back(m.begin, m.org);
        // the full name, so that a name found once by its context ("the group X") is known everywhere
        std::string full;
        for (std::size_t k = m.tok_begin; k < m.tok_end && pm.tokens[k].word; ++k) {
            if (!full.empty()) full += ' ';
            full += std::string(t.substr(pm.tokens[k].begin, pm.tokens[k].end - pm.tokens[k].begin));
            if (pm.tokens[k].possessive && k + 1 < m.tok_end) { full.clear(); break; }
        }
        if (!full.empty() && (m.tok_end - m.tok_begin >= 2 || acronym_word(full)))
            names.organisation_prefixes.emplace(full, m.org);
        if (m.tok_end - m.tok_begin < 3) continue;
        std::string phrase;
        for (std::size_t k = m.tok_begin; k + 1 < m.tok_end; ++k) {
            const Token& tk = pm.tokens[k];
            if (!tk.word) break;
            if (!phrase.empty()) phrase += ' ';
            phrase += std::string(t.substr(tk.begin, tk.end - tk.begin));
            if (k > m.tok_begin) names.organisation_prefixes.emplace(phrase, m.org);
            if (tk.possessive) break;
        }
    }
}

void collect_acronyms(std::string_view t, Range r, DocumentNames& names) {
    const Lexicons& lx = lexicons();
    auto toks = tokenize(t, r.begin, r.end);
    Ctx c{t, toks};
    for (std::size_t i = 0; i + 2 < toks.size(); ++i) {
        if (!c.is_punct(i, "(") || !c.is_word(i + 1) || !c.is_punct(i + 2, ")")) continue;
        std::string_view acr = c.word(i + 1);
        if (!acronym_word(acr)) continue;
        // walk back over capitalised words and connectors collecting initials
        std::string initials;
        std::size_t j = i;
        std::size_t start = i;
        while (j > 0) {
            std::string_view w = c.word(j - 1);
            if (!c.is_word(j - 1)) break;
            if (capitalised(w)) {
                initials.insert(initials.begin(), w[0]);
                start = j - 1;
            } else if (!connector(w)) break;
            --j;
            if (initials.size() >= acr.size()) break;
        }
        std::string upper_acr;
        for (char ch : acr)
            if (is_upper_ascii(ch)) upper_acr += ch;
        if (start >= i || initials.empty()) continue;
        bool match = initials == upper_acr || (upper_acr.size() >= 2 && initials.find(upper_acr) != std::string::npos);
        if (!match && !(acr.size() >= 3 && initials.size() >= 2 && upper_acr.substr(0, initials.size()) == initials))
            continue;
        std::string canonical;
        std::size_t n = match_gazetteer(c, start, lx, canonical);
        if (n == 0 || start + n != i) {
            std::string gaz;
            if (match_gazetteer(c, i + 1, lx, gaz) == 1) canonical = gaz;
            else canonical = std::string(t.substr(toks[start].begin, toks[i - 1].end - toks[start].begin));
        }
        names.acronyms[std::string(acr)] = canonical;
    }
}

ParagraphMentions find_mentions(std::string_view t, Range r, const DocumentNames& names) {
    const Lexicons& lx = lexicons();
    ParagraphMentions out;
    out.tokens = tokenize(t, r.begin, r.end);
    Ctx c{t, out.tokens};
    const auto& toks = out.tokens;
    auto add = [&](Mention m, std::size_t tb, std::size_t te) {
        m.tok_begin = tb;
        m.tok_end = te;
        m.begin = toks[tb].begin;
        m.end = toks[te - 1].end;
        m.possessive = toks[te - 1].possessive;
        out.mentions.push_back(std::move(m));
    };
    std::size_t i = 0;
    while (i < toks.size()) {
        if (!c.is_word(i)) { ++i; continue; }
        std::string_view w = c.word(i);
        // Organisations: gazetteer or pattern, the longer wins; then document acronyms.
        std::string canonical;
        std::size_t g = match_gazetteer(c, i, lx, canonical);
        std::size_t p = match_org_pattern(c, i, lx);
        // a gazetteer name followed by "and <Other body>" is two bodies, not one
        bool gazetteer_then_connector = g > 0 && c.is_word(i + g) && connector(c.word(i + g));
        if (p > g && !gazetteer_then_connector) {
            canonical = std::string(t.substr(toks[i].begin, toks[i + p - 1].end - toks[i].begin));
            // the pattern may end in a gazetteer name or a defined acronym: keep its canonical
            g = p;
        }
        if (g == 0) {
            auto a = names.acronyms.find(w);
            if (a != names.acronyms.end()) { canonical = a->second; g = 1; }
        }
        if (g > 0) {
            Mention m;
            m.kind = MentionKind::Organisation;
            m.org = canonical;
            add(m, i, i + g);
            i += g;
            continue;
        }
        // A name introduced by "the group", "the union", "a spokesperson for" or by "of" right after a person.
        {
            bool after_org_noun = i > 0 && c.is_word(i - 1) && lowercase_word(c.word(i - 1)) && org_noun(c.word(i - 1));
            bool after_person_of = i > 1 && c.is_word(i - 1) && c.word(i - 1) == "of" && !out.mentions.empty() &&
                                   out.mentions.back().kind == MentionKind::Person && out.mentions.back().tok_end == i - 1;
            // "a spokesperson for Acme", "a representative of Acme": who speaks for a body names it
            static const std::set<std::string_view> speakers_for = {"spokesperson", "spokesman", "spokeswoman",
                                                                    "spokespeople", "representative"};
            bool after_spokesperson = i > 1 && c.is_word(i - 1) &&
                                      (c.word(i - 1) == "for" || c.word(i - 1) == "of" || c.word(i - 1) == "from") &&
                                      c.is_word(i - 2) && speakers_for.count(c.word(i - 2)) > 0;
            if (after_org_noun || after_person_of || after_spokesperson) {
                if (std::size_t n = introduced_org_name(c, i, lx, after_person_of)) {
                    Mention m;
                    m.kind = MentionKind::Organisation;
                    m.org = std::string(t.substr(toks[i].begin, toks[i + n - 1].end - toks[i].begin));
                    add(m, i, i + n);
                    i += n;
                    continue;
                }
            }
        }
        // A news outlet ("Speaking to Northmoor Today", "told the Valley Gazette"): not an actor.
        if (capitalised(w) && !lx.titles.count(w)) {
            std::size_t k = i;
            while (c.is_word(k) && capitalised(c.word(k)) && k - i < 5) {
                if (toks[k].possessive) { ++k; break; }
                ++k;
            }
            if (k - i >= 2 && lx.outlet_words.count(c.word(k - 1))) {
                i = k;
                continue;
            }
        }
        // People with a title: "Dr A B", "Professor B", "Prof. A B".
        if (lx.titles.count(w)) {
            std::size_t j = i + 1;
            if (c.is_punct(j, ".")) ++j;
            std::size_t k = j;
            std::vector<std::string> parts;
            while (k < toks.size() && parts.size() < 4 && c.is_word(k)) {
                std::string_view x = c.word(k);
                bool initial = x.size() == 1 && is_upper_ascii(x[0]) && c.is_word(k + 1) && !toks[k].possessive;
                if (!initial && !name_word(x, lx, false)) break;
                parts.emplace_back(x);
                if (toks[k].possessive) { ++k; break; }
                ++k;
                if (initial && c.is_punct(k, ".")) ++k;  // "J. Smith"
            }
            // "Lord Ashby of Kendal": a peer's territorial title is part of the name, not an affiliation
            if (auto office = lx.title_offices.find(w); office != lx.title_offices.end() && !office->second.of_place &&
                !parts.empty() && !toks[k - 1].possessive && c.is_word(k) && c.word(k) == "of" && c.is_word(k + 1) &&
                capitalised(c.word(k + 1)) && !lx.org_heads.count(c.word(k + 1)) &&
                !(c.is_word(k + 2) && capitalised(c.word(k + 2))))
                k += 2;
            if (!parts.empty() && parts.back().size() > 1) {
                Mention m;
                m.kind = MentionKind::Person;
                m.title = std::string(w);
                m.names = parts;
                add(m, i, k);
                i = k;
                continue;
            }
        }
        // The leading words of an organisation named in full elsewhere in the document.
        if (!names.organisation_prefixes.empty() && capitalised(w)) {
            std::string phrase(w);
            std::size_t k = i + 1;
            std::size_t matched = 0;
            std::string org;
            while (k < toks.size() && k - i < 8) {
                auto it = names.organisation_prefixes.find(phrase);
                if (it != names.organisation_prefixes.end()) { matched = k - i; org = it->second; }
                if (toks[k - 1].possessive || !c.is_word(k)) break;
                phrase += " " + std::string(c.word(k));
                ++k;
            }
            if (matched > 0) {
                Mention m;
                m.kind = MentionKind::Organisation;
                m.org = org;
                add(m, i, i + matched);
                i += matched;
                continue;
            }
        }
        // A capitalised role word before a full name is not part of it: "Board Chair A B", "Principal A B".
        if (capitalised(w) && role_noun(w, lx) && c.is_word(i + 1) && name_word(c.word(i + 1), lx) &&
            !toks[i + 1].possessive && c.is_word(i + 2) && name_word(c.word(i + 2), lx, false)) {
            ++i;
            continue;
        }
        // People without a title, where the context says a person is named.
        if (name_word(w, lx)) {
            std::size_t k = i;
            while (k < toks.size() && k - i < 3 && c.is_word(k) && name_word(c.word(k), lx, k == i)) {
                if (toks[k].possessive) { ++k; break; }
                ++k;
            }
            std::size_t n = k - i;
            bool person = false;
            if (n == 1 && names.surnames.count(w)) person = true;
            // "Smith said" — a lone capitalised word as the subject of a reporting verb
            // ... but not a bare plural opening a sentence ("Teachers say", "Parents said")
            bool bare_plural = !names.surnames.count(w) && w.size() > 3 && w.back() == 's' &&
                               w[w.size() - 2] != 's' && (i == 0 || !c.is_word(i - 1));
            // ... nor a noun modifier after a determiner ("a Portland think tank")
            bool after_determiner = i > 0 && c.is_word(i - 1) &&
                                    (c.word(i - 1) == "a" || c.word(i - 1) == "an" || c.word(i - 1) == "the");
            // ... nor a place after a preposition ("Campaigners in Ruralshire say")
            static const std::set<std::string_view> place_prepositions = {"in", "at", "from", "near", "across",
                                                                         "around", "throughout", "outside"};
            bool after_preposition = i > 0 && c.is_word(i - 1) && place_prepositions.count(c.word(i - 1)) > 0;
            if (n == 1 && !toks[i].possessive && c.is_word(k) && is_reporting_word(c.word(k), lx) &&
                (i == 0 || !c.is_word(i - 1) || lowercase_word(c.word(i - 1))) && !bare_plural && !after_determiner &&
                !after_preposition)
                person = true;
            if (n >= 2) {
                // before: a role word ("chief executive Ada Lane", "[... director] A B")
                std::size_t b = i;
                while (b > 0 && !c.is_word(b - 1) && (c.word(b - 1) == "]" || c.word(b - 1) == ")")) --b;
                if (b > 0 && c.is_word(b - 1) && lowercase_word(c.word(b - 1)) && is_reporting_word(c.word(b - 1), lx))
                    person = true;
                // a role phrase right before: "chief executive A B", "director for X A B", "its
                // executive director, A B"
                const std::size_t bc = b > 0 && c.is_punct(b - 1, ",") ? b - 1 : b;
                for (std::size_t q = bc; q > 0 && bc - q < 6 && c.is_word(q - 1) && lowercase_word(c.word(q - 1)); --q)
                    if (role_noun(c.word(q - 1), lx)) { person = true; break; }
                // a capitalised role title right before: "Majority Leader A B", "President A B"
                if (b > 0 && c.is_word(b - 1) && role_noun(c.word(b - 1), lx)) person = true;
                if (b > 1 && c.word(b - 2) == "according" && c.word(b - 1) == "to") person = true;
                // after: ", role", a reporting verb, "of <Org>", "has said"
                // (not after an article: "under the Visitor Levy (Scotland) Bill" names a law)
                // (nor after a place preposition: "at his office in West Perth, he said"; but "a
                // speech from A B, a school nurse" has an apposition)
                bool apposition = c.is_punct(k, ",") && c.is_word(k + 1) && c.word(k + 1) == "who";
                for (std::size_t q = k + 1; c.is_punct(k, ",") && q < k + 5 && c.is_word(q) && !apposition; ++q)
                    apposition = role_noun(c.word(q), lx);  // ", a school nurse", ", its chair"
                // ... nor the last of a list of names ("Northbridge, East Perth and West Perth, a ...")
                const bool listed = i > 1 && c.is_word(i - 1) && (c.word(i - 1) == "and" || c.word(i - 1) == "or") &&
                                    c.is_word(i - 2) && capitalised(c.word(i - 2));
                const bool place = ((after_preposition && c.word(i - 1) != "from") || listed) && !apposition;
                if ((c.is_punct(k, ",") || c.is_punct(k, "(")) && !after_determiner && !place) person = true;
                if (c.is_word(k) && is_reporting_word(c.word(k), lx)) person = true;
                if (c.is_word(k) && (c.word(k) == "has" || c.word(k) == "had") && c.is_word(k + 1) &&
                    is_reporting_word(c.word(k + 1), lx))
                    person = true;
                if (toks[k - 1].possessive) person = true;
                // "A B of Parents for Safer Streets": a full name before "of <Name>"
                if (c.is_word(k) && c.word(k) == "of" && c.is_word(k + 1) && capitalised(c.word(k + 1))) person = true;
                // "A B let a flat for years while she worked abroad. She gave up …": a full name
                // opening a sentence, a lowercase word after it, and "he"/"she" in the same or the
                // next sentence with no other name between that the pronoun could stand for: a
                // run of exactly two capitalised words ("C D"), or a known surname; longer runs
                // ("St Iva Homes for Locals") and places after "in", "at", "from" are not people
                const bool opens_sentence = i == 0 || c.is_punct(i - 1, ".") || c.is_punct(i - 1, "!") ||
                                            c.is_punct(i - 1, "?");
                if (!person && opens_sentence && c.is_word(k) && lowercase_word(c.word(k)) && n == 2) {
                    int sentence_ends = 0;
                    for (std::size_t q = k; q < toks.size() && q < k + 60 && sentence_ends < 2; ++q) {
                        if (!c.is_word(q)) {
                            if (c.is_punct(q, ".") || c.is_punct(q, "!") || c.is_punct(q, "?")) ++sentence_ends;
                            continue;
                        }
                        std::string_view x = c.word(q);
                        if (x == "he" || x == "she" || x == "He" || x == "She") { person = true; break; }
                        if (!capitalised(x)) continue;
                        std::size_t e = q;
                        while (c.is_word(e) && capitalised(c.word(e))) ++e;
                        const bool place = q > 0 && c.is_word(q - 1) &&
                                           (c.word(q - 1) == "in" || c.word(q - 1) == "at" || c.word(q - 1) == "from");
                        const bool longer = c.is_word(e) && (c.word(e) == "of" || c.word(e) == "for") &&
                                            c.is_word(e + 1) && capitalised(c.word(e + 1));
                        if (!place && !longer && (e - q == 2 || (e - q == 1 && names.surnames.count(x)))) break;
                        q = e - 1;
                    }
                }
            }
            // an untitled name never follows an article ("across the North Coast of Westland"),
            // and "R-Grand Forks", "D-Eastvale" are a US party and home town, not a name
            if (n >= 2 && after_determiner) person = false;
            if (w.size() > 2 && w[1] == '-' && is_upper_ascii(w[0]) && is_upper_ascii(w[2])) person = false;
            if (person) {
                Mention m;
                m.kind = MentionKind::Person;
                for (std::size_t q = i; q < k; ++q) m.names.emplace_back(c.word(q));
                add(m, i, k);
                i = k;
                continue;
            }
        }
        // "the department" refers back; "The Department for Education" is a name
        if ((w == "the" || w == "The") && c.is_word(i + 1) && org_noun(c.word(i + 1)) &&
            !(c.is_word(i + 2) && (c.word(i + 2) == "of" || capitalised(c.word(i + 2)))) &&
            match_org_pattern(c, i + 1, lx) == 0) {
            Mention m;
            m.kind = MentionKind::OrgReference;
            m.names.emplace_back(c.word(i + 1));
            add(m, i, i + 2);
            i += 2;
            continue;
        }
        if (w == "he" || w == "He" || w == "she" || w == "She") {
            Mention m;
            m.kind = MentionKind::Pronoun;
            m.names.emplace_back(ascii_lower(w));
            add(m, i, i + 1);
        }
        ++i;
    }

    // Roles. Index of the mention starting at / ending at each token.
    std::vector<int> starts(toks.size() + 1, -1), ends(toks.size() + 1, -1);
    for (std::size_t m = 0; m < out.mentions.size(); ++m) {
        starts[out.mentions[m].tok_begin] = static_cast<int>(m);
        ends[out.mentions[m].tok_end] = static_cast<int>(m);
    }
    auto role_words = [&](std::size_t from, std::size_t to) {
        std::string role;
        bool has_noun = false;
        for (std::size_t q = from; q < to; ++q) {
            if (!c.is_word(q)) continue;
            if (!role.empty()) role += ' ';
            role += c.word(q);
            if (role_noun(c.word(q), lx)) has_noun = true;
        }
        return has_noun ? role : std::string{};
    };
    // The latest organisation named before token `before` (in this paragraph, else earlier in the
    // document), whose name holds the word `head` when one is given.
    auto latest_org = [&](std::size_t before, std::string_view head, bool whole_document = true) -> std::string {
        for (std::size_t k = out.mentions.size(); k-- > 0;) {
            const Mention& o = out.mentions[k];
            if (o.kind == MentionKind::Organisation && o.tok_end <= before && (head.empty() || name_has_word(o.org, head)))
                return o.org;
        }
        if (!whole_document) return {};
        const std::size_t at = before < toks.size() ? toks[before].begin : r.end;
        for (auto it = names.organisations_seen.rbegin(); it != names.organisations_seen.rend(); ++it)
            if (it->first < at && it->first < r.begin && (head.empty() || name_has_word(it->second, head))) return it->second;
        return {};
    };
    for (std::size_t m = 0; m < out.mentions.size(); ++m) {
        if (out.mentions[m].kind != MentionKind::Person) continue;
        const std::size_t tb = out.mentions[m].tok_begin, te = out.mentions[m].tok_end;
        // (a) "<Org>['s] <role words> [Person]", brackets allowed around the role; "Y's <role>, X";
        //     "its <role>, X" (the organisation named just before); "Coalition spokeswoman X" (a
        //     head word alone: the latest organisation with that head); a party adjective with no
        //     role ("Republican state Sen. X")
        {
            std::size_t b = tb;
            while (b > 0 && !c.is_word(b - 1) && (c.word(b - 1) == "]" || c.word(b - 1) == ")")) --b;
            const bool comma = b > 0 && c.is_punct(b - 1, ",");
            if (comma) --b;
            std::size_t q = b;
            bool capital_role = false;  // "Senate Majority Leader A B"
            while (q > 0 && b - q < 8 && c.is_word(q - 1) && ends[q] < 0 &&
                   (lowercase_word(c.word(q - 1)) || capitalised(c.word(q - 1))) && !role_boundary(ascii_lower(c.word(q - 1)))) {
                if (capitalised(c.word(q - 1))) capital_role = true;
                --q;
            }
            std::string org;
            std::size_t role_from = q;
            if (ends[q] >= 0 && out.mentions[ends[q]].kind == MentionKind::Organisation &&
                (q < b || (!comma && is_party(out.mentions[ends[q]].org, lx)))) {  // "GOP Rep. A B"
                if (!comma || out.mentions[ends[q]].possessive) org = out.mentions[ends[q]].org;
            } else if (q < b && q > 0 && (ascii_lower(c.word(q - 1)) == "its" || ascii_lower(c.word(q - 1)) == "their")) {
                // "its" stands for an organisation of the same paragraph (one of an earlier paragraph
                // is too far to be sure of)
                org = latest_org(q - 1, {}, false);
                capital_role = false;
            } else if (q < b && lx.org_heads.count(c.word(q))) {
                org = latest_org(q, c.word(q));
                role_from = q + 1;
                capital_role = false;
            } else if (q + 1 < b && q > 0 && ascii_lower(c.word(q - 1)) == "the" && toks[q].possessive &&
                       (org_noun(c.word(q)) || head_word_lowercase(c.word(q), lx))) {
                // "the chamber's president, A B": the latest organisation with that word in its name
                org = latest_org(q, c.word(q));
                role_from = q + 1;
            }
            if (!org.empty() && (!capital_role || role_noun(c.word(b - 1), lx))) {
                std::string role = ascii_lower(role_words(role_from, b));
                if (!role.empty() || (!comma && is_party(org, lx))) out.affiliations.push_back({m, org, role});
            }
        }
        // (a2) a title that is an office: "Lord A B" sits in the House of Lords, "Salem Mayor A B"
        //      heads the City of Salem
        if (auto office = lx.title_offices.find(out.mentions[m].title); office != lx.title_offices.end()) {
            if (!office->second.of_place) {
                out.affiliations.push_back({m, office->second.body, office->second.role});
            } else {
                std::size_t p = tb;
                while (p > 0 && tb - p < 3 && c.is_word(p - 1) && capitalised(c.word(p - 1)) && ends[p] < 0 &&
                       !lx.function_words.count(c.word(p - 1)) && !lx.name_stopwords.count(c.word(p - 1)) &&
                       !role_noun(c.word(p - 1), lx) && !toks[p - 1].possessive)  // not "Deputy Mayor"
                    --p;
                if (p < tb && ends[tb] < 0) {
                    std::string place(t.substr(toks[p].begin, toks[tb - 1].end - toks[p].begin));
                    out.affiliations.push_back({m, office->second.body + " " + place, office->second.role});
                }
            }
        }
        // (a3) "<role words> of|at [the] <Org>, X": "the chief executive of Acme Trust, A B, said"
        if (tb >= 3 && c.is_punct(tb - 1, ",") && ends[tb - 1] >= 0 &&
            out.mentions[ends[tb - 1]].kind == MentionKind::Organisation) {
            const Mention& o = out.mentions[ends[tb - 1]];
            std::size_t q = o.tok_begin;
            if (q > 0 && c.word(q - 1) == "the") --q;
            if (q > 1 && c.is_word(q - 1) && (c.word(q - 1) == "of" || c.word(q - 1) == "at")) {
                std::size_t rb = q - 1;
                while (rb > 0 && rb + 6 > q && c.is_word(rb - 1) && lowercase_word(c.word(rb - 1)) &&
                       !role_boundary(c.word(rb - 1)))
                    --rb;
                std::string role = role_words(rb, q - 1);
                if (!role.empty()) out.affiliations.push_back({m, o.org, role});
            }
        }
        // (a4) US party shorthand after the name: "Sen. A B, D-Springfield," / "(R-Texas)"
        {
            std::size_t pa = te;
            if (c.is_punct(pa, ",") || c.is_punct(pa, "(")) ++pa;
            if (pa > te && c.is_word(pa) && !(c.is_word(pa + 1) && capitalised(c.word(pa + 1)))) {
                std::string party = party_abbreviation(c.word(pa), lx);
                if (!party.empty()) out.affiliations.push_back({m, party, ""});
            }
        }
        // (a5) "X, who chairs the Y Forum", "a mother of two who founded the group Y": a relative
        //      clause on the person with a verb that implies a role (lexicons/role_verbs.txt)
        for (std::size_t q = te; q < toks.size() && q - te < 40; ++q) {
            if (c.is_punct(q, ".") || c.is_punct(q, ";") || c.is_punct(q, ":")) break;
            if (starts[q] >= 0 && out.mentions[starts[q]].kind == MentionKind::Person) break;
            if (c.is_word(q) && is_reporting_word(c.word(q), lx)) break;
            if (!c.is_word(q) || c.word(q) != "who") continue;
            auto verb = lx.role_verbs.find(ascii_lower(c.word(q + 1)));
            if (verb == lx.role_verbs.end()) break;  // the first relative clause only
            std::size_t o = q + 2;
            if (c.is_word(o) && (c.word(o) == "the" || c.word(o) == "a" || c.word(o) == "an")) ++o;
            std::size_t named = o;  // "the group Y", "the school leaders' union Y"
            while (named < toks.size() && named < o + 5 &&
                   ((c.is_word(named) && lowercase_word(c.word(named)) && starts[named] < 0) || bare_apostrophe(c, named)))
                ++named;
            if (starts[o] < 0 && named > o && starts[named] >= 0 && org_noun(c.word(named - 1))) o = named;
            // "who leads the clinical team at X Hospital": a unit of the organisation named after at/of
            if (o < toks.size() && starts[o] < 0)
                for (std::size_t z = o; z + 1 < toks.size() && z < o + 6 && c.is_word(z) && lowercase_word(c.word(z)); ++z) {
                    std::string_view p = c.word(z);
                    if (p != "at" && p != "of" && p != "in") continue;
                    std::size_t y = z + 1;
                    if (c.is_word(y) && c.word(y) == "the") ++y;
                    if (y < toks.size() && starts[y] >= 0) o = y;
                    break;
                }
            if (o < toks.size() && starts[o] >= 0 && out.mentions[starts[o]].kind == MentionKind::Organisation)
                out.affiliations.push_back({m, out.mentions[starts[o]].org, verb->second});
            break;
        }
        // (b) "Person of [the] <Org>"
        if (c.is_word(te) && c.word(te) == "of") {
            std::size_t o = te + 1;
            if (c.is_word(o) && c.word(o) == "the") ++o;
            if (o < toks.size() && starts[o] >= 0 && out.mentions[starts[o]].kind == MentionKind::Organisation)
                out.affiliations.push_back({m, out.mentions[starts[o]].org, ""});
        }
        // (c) "Person, <appositive>," with roles of organisations inside
        if (c.is_punct(te, ",")) {
            std::size_t s = te + 1;
            // "A B, 34, a teacher at X": an age between commas comes before the appositive
            if (c.is_word(s) && is_digit_ascii(c.word(s)[0]) && c.is_punct(s + 1, ",")) s += 2;
            std::size_t e = s;
            while (e < toks.size() && e - s < 30) {
                std::string_view x = c.word(e);
                if (!c.toks[e].word && (x == "," || x == "." || x == ":" || x == ";" || x == "-" ||
                                        x == "\xE2\x80\x93" || x == "\xE2\x80\x94" || x == "("))
                    break;
                if (c.is_word(e) && is_reporting_word(x, lx)) break;
                ++e;
            }
            // "Person, <Org> <role words>," (a credit line or short appositive); "Person, a
            // Democrat from X" (a party needs no role)
            std::size_t os = s;
            if (c.is_word(os) && (c.word(os) == "the" || c.word(os) == "The" || c.word(os) == "a" || c.word(os) == "an"))
                ++os;
            if (starts[os] >= 0 && out.mentions[starts[os]].kind == MentionKind::Organisation &&
                is_party(out.mentions[starts[os]].org, lx)) {
                out.affiliations.push_back({m, out.mentions[starts[os]].org, ""});
            } else if (starts[os] >= 0 && out.mentions[starts[os]].kind == MentionKind::Organisation) {
                std::size_t oe = out.mentions[starts[os]].tok_end;
                bool all_lower = oe < e;
                for (std::size_t q = oe; q < e; ++q)
                    if (!c.is_word(q) || !lowercase_word(c.word(q))) all_lower = false;
                std::string role = all_lower ? role_words(oe, e) : std::string{};
                if (!role.empty()) out.affiliations.push_back({m, out.mentions[starts[os]].org, role});
            }
            // "... <role words> of|at [the] <Org>['s] [<lower words> subcommittee]"
            for (std::size_t q = s; q < e; ++q) {
                std::string_view x = c.word(q);
                if (!c.is_word(q) || !(x == "of" || x == "at" || x == "for" || x == "to")) continue;
                std::size_t o = q + 1;
                if (c.is_word(o) && (c.word(o) == "the")) ++o;
                // "of the school leaders' union NAHT": descriptive words before the name
                std::size_t named = o;
                while (named < e && named < o + 5 &&
                       ((c.is_word(named) && lowercase_word(c.word(named)) && starts[named] < 0) || bare_apostrophe(c, named)))
                    ++named;
                if (named < e && starts[o] < 0 && named > o && starts[named] >= 0 && org_noun(c.word(named - 1)))
                    o = named;
                if (o >= e || starts[o] < 0 || out.mentions[starts[o]].kind != MentionKind::Organisation) continue;
                std::size_t rb = q;
                while (rb > s && c.is_word(rb - 1) && lowercase_word(c.word(rb - 1))) {
                    std::string_view y = c.word(rb - 1);
                    if (y == "and" || y == "as" || y == "a" || y == "an" || y == "the" || y == "but" || y == "now")
                        break;
                    --rb;
                }
                std::string role = role_words(rb, q);
                // "a child psychologist at X", "a junior at X": any job works at a place; "X, of Y"
                if (role.empty() && (x == "at" || x == "with") && rb < q && rb > s && (c.word(rb - 1) == "a" || c.word(rb - 1) == "an"))
                    for (std::size_t z = rb; z < q; ++z) role += (role.empty() ? "" : " ") + std::string(c.word(z));
                const bool bare_of = role.empty() && q == s && x == "of";
                if (role.empty() && !bare_of) continue;
                const Mention& org = out.mentions[starts[o]];
                std::size_t after = org.tok_end, ae = after;
                while (ae < e && ae < after + 3 && c.is_word(ae) && lowercase_word(c.word(ae)) &&
                       !body_noun(c.word(ae)) && !role_boundary(c.word(ae)) && c.word(ae) != "who" && c.word(ae) != "which")
                    ++ae;
                if (ae < e && c.is_word(ae) && body_noun(c.word(ae))) ++ae;
                if (ae > after && body_noun(c.word(ae - 1))) {
                    role += " of the";
                    for (std::size_t z = after; z < ae; ++z) role += " " + std::string(c.word(z));
                }
                out.affiliations.push_back({m, org.org, role});
            }
            // everything in the appositive describes this person, it is not a subject of its
            // own; mentions are in token order, so those after this person inside [s, e) (at
            // most 30 tokens) are the appositive's
            if (e < toks.size() && c.is_punct(e, ","))
                for (std::size_t k = m + 1; k < out.mentions.size() && out.mentions[k].tok_begin < e; ++k)
                    if (out.mentions[k].tok_begin >= s && out.mentions[k].tok_end <= e) out.mentions[k].in_appositive = true;
        }
    }
    // one affiliation per person and organisation: the one that names a role wins
    std::vector<Affiliation> unique;
    for (auto& a : out.affiliations) {
        auto same = std::find_if(unique.begin(), unique.end(),
                                 [&](const Affiliation& u) { return u.person == a.person && u.org == a.org; });
        if (same == unique.end()) unique.push_back(std::move(a));
        else if (same->role.empty()) same->role = a.role;
    }
    out.affiliations = std::move(unique);
    return out;
}

}  // namespace sg::loaders
