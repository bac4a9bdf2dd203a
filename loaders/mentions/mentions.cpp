#include "loaders/mentions/mentions.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <unordered_map>

#include "loaders/common/lexicon_file.hpp"
#include "loaders/common/word_table.hpp"
#include "loaders/mentions/lexicons.hpp"
#include "loaders/mentions/person_rules.hpp"
#include "loaders/mentions/token_context.hpp"
#include "loaders/text/calendar.hpp"
#include "loaders/text/chars.hpp"

namespace sg::loaders {
namespace {

// "I'll", "we're", "I've", "I'd": a pronoun with a contracted verb, never a name ("O'Brien" is).
bool contraction(std::string_view w) {
    for (std::size_t i = 0; i < w.size(); ++i) {
        std::size_t len = w[i] == '\xE2' && w.compare(i, 3, "\xE2\x80\x99") == 0 ? 3 : (w[i] == '\'' ? 1 : 0);
        if (len == 0) continue;
        std::string_view rest = w.substr(i + len);
        return !rest.empty() && rest.size() <= 2 && is_lower_ascii(rest[0]);
    }
    return false;
}

// A word that can be part of a person's name: "Amanda", "O’Brien", "McDonald", "Smith-Jones".
// `first`: the first word of an untitled name, where the stopword list applies in full; after a
// title or a first name, words like "May" or "Bill" can be names.
// A day of the week: after a name it dates the news ("A B Tuesday said"), it is never part of it.
bool weekday(std::string_view w) {
    static const std::array<std::string_view, 7> days{"Monday", "Tuesday", "Wednesday", "Thursday",
                                                      "Friday", "Saturday", "Sunday"};
    return std::find(days.begin(), days.end(), w) != days.end();
}

bool name_word(std::string_view w, const Lexicons& lx, bool first = true) {
    if (w.size() < 2 || !capitalised(w) || contraction(w)) return false;
    int upper = 0, lower = 0;
    for (char c : w) {
        if (is_upper_ascii(c)) ++upper;
        else if (is_lower_ascii(c)) ++lower;
        else if (is_digit_ascii(c)) return false;
    }
    if (lower == 0 || upper > 2) return false;
    // a capital inside the word: a surname prefix ("McDonald", "DeSantis"), or after an
    // apostrophe or hyphen ("O'Brien", "Smith-Jones"); otherwise a brand ("HuffPost", "WikiLeaks")
    if (upper == 2) {
        std::size_t inner = 1;
        while (inner < w.size() && !is_upper_ascii(w[inner])) ++inner;
        if (inner < w.size()) {
            const std::string_view prefix = w.substr(0, inner);
            const char before = prefix.back();
            const bool joined = before == '\'' || before == '-' || prefix.ends_with("\xE2\x80\x99");
            if (!joined && !lx.name_prefixes.count(prefix)) return false;
        }
    }
    if (lx.org_heads.count(w) || lx.text_kind_words.count(w)) return false;
    if (first && (lx.function_words.count(w) || lx.name_stopwords.count(w))) return false;
    // after a title or a first name, only connectives are ruled out ("Theresa May", "Mrs May")
    static const WordTable connectives = {"And", "Or", "But", "Of", "The", "In", "On", "At",
                                                           "For", "To", "From", "By", "With", "As", "It", "This"};
    if (!first && connectives.count(w)) return false;
    if (lx.titles.count(w)) return false;
    return true;
}

// "al-Assad", "as-Sisi": a surname particle (lexicons/surname_particles.txt) written against a
// capitalised name word with a hyphen.
bool hyphenated_particle_surname(std::string_view w, const Lexicons& lx) {
    const std::size_t dash = w.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 2 >= w.size()) return false;
    const std::string_view particle = w.substr(0, dash + 1);  // "al-"
    return (lx.surname_particles.count(particle) || lx.surname_particles.count(particle.substr(0, dash))) &&
           name_word(w.substr(dash + 1), lx, false);
}

// The tokens of a surname with its particles at token `k`, right after a name word: "van
// Beethoven", "von der Leyen", "bin Salman" (2 or 3), "al-Assad" (1); 0 if none starts there.
std::size_t particle_surname_at(const Ctx& c, std::size_t k, const Lexicons& lx) {
    if (!c.is_word(k)) return 0;
    if (hyphenated_particle_surname(c.word(k), lx)) return 1;
    std::size_t e = k;
    while (e < k + 2 && c.is_word(e) && lx.surname_particles.count(c.word(e))) ++e;
    if (e == k || !c.is_word(e) || c.toks[e - 1].possessive) return 0;
    if (!name_word(c.word(e), lx, false) && !hyphenated_particle_surname(c.word(e), lx)) return 0;
    return e + 1 - k;
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

// Whether w holds a typographic apostrophe's first byte, so that fold has something to do.
bool foldable(std::string_view w) { return w.find('\xE2') != std::string_view::npos; }

// Folds typographic apostrophes to ASCII so "King’s Fund" matches "King's Fund".
std::string fold(std::string_view w) {
    if (!foldable(w)) return std::string(w);
    std::string out;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (w[i] == '\xE2' && w.compare(i, 3, "\xE2\x80\x99") == 0) { out += '\''; i += 2; }
        else out += w[i];
    }
    return out;
}

bool is_reporting_word(std::string_view w, const Lexicons& lx);

// The first token of a dotted abbreviation of a country that ends right before token `q` ("U.S.",
// "U.K.": one-letter words and dots, a word of lexicons/nationalities.txt), or `q` if none ends there.
std::size_t dotted_country_before(const Ctx& c, std::size_t q, const Lexicons& lx) {
    std::size_t a = q;
    std::string abbr;
    while (a >= 2 && c.is_punct(a - 1, ".") && c.is_word(a - 2) && c.word(a - 2).size() == 1 &&
           is_upper_ascii(c.word(a - 2)[0])) {
        abbr.insert(0, std::string(c.word(a - 2)) + ".");
        a -= 2;
    }
    return abbr.size() >= 4 && lx.is_nationality_word(abbr) ? a : q;
}

// The tokens of a dotted abbreviation of two letters or more written without spaces at token `k`
// ("U.N.", "U.S.": a one-letter word and its full stop each), 0 if none starts there; `abbr` gets
// it as written.
std::size_t dotted_abbreviation_at(const Ctx& c, std::size_t k, std::string& abbr) {
    abbr.clear();
    std::size_t e = k;
    while (c.is_word(e) && c.word(e).size() == 1 && is_upper_ascii(c.word(e)[0]) && c.is_punct(e + 1, ".") &&
           c.toks[e].full_end == c.toks[e + 1].begin && (e == k || c.toks[e - 1].full_end == c.toks[e].begin)) {
        abbr += c.word(e);
        abbr += '.';
        e += 2;
    }
    return e - k >= 4 ? e - k : 0;
}

// The token after a dotted abbreviation of a country that starts at token `k` ("U.S." of "a U.S.
// senator"), or `k` if none starts there.
std::size_t dotted_country_at(const Ctx& c, std::size_t k, const Lexicons& lx) {
    std::string abbr;
    const std::size_t n = dotted_abbreviation_at(c, k, abbr);
    return n > 0 && lx.is_nationality_word(abbr) ? k + n : k;
}

// Longest gazetteer alias at token i: returns number of tokens (0 if none).
// "Green New Deal", "Democratic National Committee": after a party's one-word name, capitalised
// words with no title, role or given name among the next three make a longer name of something
// else ("Green MLA A B", "Conservative Home Secretary A B", "Labour Ann Hale" keep the party).
bool party_word_opens_longer_name(const Ctx& c, std::size_t k, const Lexicons& lx) {
    // ("Democratic U.S. Sen. A B", "Republican US Senator C D": the country stands between the
    // party and the title)
    k = dotted_country_at(c, k, lx);
    if (c.is_word(k) && lx.is_nationality_word(c.word(k))) ++k;
    if (!c.is_word(k) || !capitalised(c.word(k))) return false;
    std::size_t z = k;
    for (; z < k + 3 && c.is_word(z) && capitalised(c.word(z)); ++z)
        if (lx.titles.count(c.word(z)) || lx.is_role_noun(c.word(z)) || lx.given_names.count(c.word(z))) return false;
    // "Democrat Sandy Levin says": two capitalised words that speak, the second no common word
    // (a surname; "the Green New Deal says" names a plan), are a person's name
    if (z == k + 2 && c.is_word(z) && lowercase_word(c.word(z)) && is_reporting_word(c.word(z), lx) &&
        !c.toks[z - 1].possessive && !lx.is_common_word(c.word(z - 1)))
        return false;
    return true;
}

// The (length, first byte) pairs of the gazetteer's first words (loaders/common/
// length_initial_filter.hpp): most words open no body's name, and a walk down the tree of first
// words for each was a good part of finding mentions. For the process's lexicons only.
bool may_open_gazetteer_name(const Lexicons& lx, std::string_view lower_word) {
    static const Lexicons* const owner = &lexicons();
    static const LengthInitialFilter first_words = [] {
        LengthInitialFilter f;
        for (const auto& entry : lexicons().phrases_by_first_word) f.note(entry.first);
        return f;
    }();
    // ... and their hashes, before a walk down the map's tree of string comparisons
    static const WordHashes first_word_hashes = [] {
        std::vector<std::string_view> words;
        for (const auto& entry : lexicons().phrases_by_first_word) words.push_back(entry.first);
        WordHashes h;
        h.assign(words);
        return h;
    }();
    return &lx != owner || (first_words.may_hold(lower_word) && first_word_hashes.may_hold(lower_word));
}

std::size_t match_gazetteer(const Ctx& c, std::size_t i, const Lexicons& lx, std::string& canonical) {
    // the word folded and lower-cased, as the gazetteer's first words are (a buffer per thread:
    // this runs at every word of every paragraph, twice)
    thread_local std::string first;
    // "U.N.", "U.S.": a dotted abbreviation is one word of the gazetteer, several tokens of the text
    const std::size_t dotted = dotted_abbreviation_at(c, i, first);
    if (!dotted) {
        if (const std::string_view word = c.word(i); foldable(word)) first = fold(word);
        else first.assign(word.data(), word.size());
    }
    // the token that holds the phrase's k-th word
    const auto token_of = [&](std::size_t k) { return dotted && k > 0 ? i + dotted + k - 1 : i + k; };
    for (char& ch : first)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if (!may_open_gazetteer_name(lx, first)) return 0;
    auto it = lx.phrases_by_first_word.find(first);
    if (it == lx.phrases_by_first_word.end()) return 0;
    std::size_t best = 0;
    bool party = false;
    for (const auto& ph : it->second) {
        std::size_t n = ph.words.size();
        bool ok = true;
        if (dotted) {  // the first word is the abbreviation, as the gazetteer writes it
            ok = equal_ci(first, ph.words[0]);
            if (!ok) continue;
        }
        for (std::size_t k = dotted ? 1 : 0; k < n && ok; ++k) {
            std::size_t ti = token_of(k);
            if (!c.is_word(ti)) { ok = false; break; }
            std::string_view written = c.word(ti);
            if (c.toks[ti].possessive && ph.words[k].size() > 2 && ph.words[k].substr(ph.words[k].size() - 2) == "'s")
                written = c.t.substr(c.toks[ti].begin, c.toks[ti].full_end - c.toks[ti].begin);  // "King's Fund"
            else if (k + 1 < n && c.toks[ti].possessive) { ok = false; break; }
            std::string folded;
            if (foldable(written)) folded = fold(written);
            const std::string_view w = folded.empty() ? written : std::string_view(folded);
            ok = ph.case_sensitive ? w == ph.words[k] : equal_ci(w, ph.words[k]);
        }
        if (ok && token_of(n) - i > best) {
            best = token_of(n) - i;
            canonical = lx.organisations[ph.entry].canonical;
            party = lx.organisations[ph.entry].party;
        }
    }
    if (best == 1 && party && party_word_opens_longer_name(c, i + 1, lx)) return 0;
    return best;
}

// Two tokens written with nothing between them ("St" and "." of "St.").
bool toks_adjacent(const Ctx& c, std::size_t a, std::size_t b) {
    return a < c.toks.size() && b < c.toks.size() && c.toks[a].full_end == c.toks[b].begin;
}

// Whether tokens i, i+1 are "<Name> administration" after an article ("the Obama
// administration", "a Trump administration official"): a name word, not a body's or a place's.
bool administration_at(const Ctx& c, std::size_t i, const Lexicons& lx) {
    if (i == 0 || i + 1 >= c.toks.size() || !c.is_word(i) || !c.is_word(i + 1) || !c.is_word(i - 1)) return false;
    const std::string_view before = c.word(i - 1);
    if (!word_is(before, "the") && !word_is(before, "The") && !word_is(before, "a") && !word_is(before, "an") &&
        !word_is(before, "A"))
        return false;
    const std::string_view head = c.word(i + 1);
    if (head != "administration" && head != "Administration") return false;
    const std::string_view w = c.word(i);
    return name_word(w, lx) && !c.toks[i].possessive && !lx.function_words.count(w) && !lx.name_stopwords.count(w) &&
           !lx.is_us_state(w) && !lx.is_common_word(w);
}

constexpr std::size_t kNoMiddleInitialName = static_cast<std::size_t>(-1);

// Where a name with a middle initial ("Steny H. Hoyer": a name word, one capital letter and its
// full stop written against it, a name word) starts at token i or within the two capitalised
// words after it; kNoMiddleInitialName when none does.
std::size_t middle_initial_name_at(const Ctx& c, std::size_t i, const Lexicons& lx) {
    for (std::size_t s = i; s < i + 3 && s + 3 < c.toks.size(); ++s) {
        if (!c.is_word(s) || !capitalised(c.word(s)) || c.toks[s].possessive) return kNoMiddleInitialName;
        const std::string_view initial = c.word(s + 1);
        if (name_word(c.word(s), lx) && !lx.function_words.count(c.word(s)) && !lx.name_stopwords.count(c.word(s)) &&
            c.is_word(s + 1) && initial.size() == 1 && is_upper_ascii(initial[0]) && c.is_punct(s + 2, ".") &&
            toks_adjacent(c, s + 1, s + 2) && c.is_word(s + 3) && name_word(c.word(s + 3), lx, false) &&
            c.word(s).size() > 1 && c.word(s + 3).size() > 1 &&
            !(s + 4 < c.toks.size() && c.is_word(s + 4) && lx.org_heads.count(c.word(s + 4))))  // "the Harry S. Truman Library"
            return s;
    }
    return kNoMiddleInitialName;
}

bool connector(std::string_view w) { return w == "of" || w == "and" || w == "for" || w == "&" || w == "on"; }

// An apostrophe token glued to the word before it ("Parents’" read as word + quote mark).
bool bare_apostrophe(const Ctx& c, std::size_t k) {
    if (k >= c.toks.size() || c.toks[k].word || k == 0 || c.toks[k - 1].end != c.toks[k].begin) return false;
    std::string_view p = c.word(k);
    return p == "'" || p == "\xE2\x80\x99";
}

std::size_t match_org_pattern(const Ctx& c, std::size_t i, const Lexicons& lx);

// "Parents’", "Cattlemen’s", "Children's": the possessive of a plural (irregular_plurals.txt for
// those not in -s), which may stand inside a body's name ("National Cattlemen's Beef
// Association"), where a singular's ends it ("Polwenna's Town Council").
bool plural_possessive(const Ctx& c, std::size_t j, const Lexicons& lx) {
    const std::string_view w = c.word(j);
    const std::string_view ending = c.t.substr(c.toks[j].end, c.toks[j].full_end - c.toks[j].end);
    if (ending.find('s') == std::string_view::npos) return w.size() > 2 && w.back() == 's';
    return lx.is_irregular_plural(w);
}

// "16th", "5th", "1st", "2nd", "3rd": an ordinal number written in figures.
bool ordinal_number(std::string_view w) {
    std::size_t digits = 0;
    while (digits < w.size() && is_digit_ascii(w[digits])) ++digits;
    const std::string_view rest = w.substr(digits);
    return digits > 0 && (rest == "st" || rest == "nd" || rest == "rd" || rest == "th");
}

// "Commerce, Justice, Science Subcommittee": at the comma at token j, one-word subjects separated
// by commas (common words, no given name, no "and"; three at least, so "my fellow Members, X
// Subcommittee Chair" stays two) go on to a head word, so the commas lie inside one body's name (a
// committee named for its subjects), not between two names. Bounded: at most four items and three
// words before the head.
bool comma_list_goes_on(const Ctx& c, std::size_t j, const Lexicons& lx) {
    // (a title before a comma names nobody: "Justice," is a subject)
    auto subject = [&](std::size_t q) {
        if (!c.is_word(q) || c.toks[q].possessive) return false;
        const std::string_view w = c.word(q);
        return capitalised(w) && !lx.function_words.count(w) && !(lx.titles.count(w) && !c.is_punct(q + 1, ",")) &&
               !lx.given_names.count(w) && !lx.org_heads.count(w) && lx.is_common_word(w);
    };
    if (j == 0 || !c.is_punct(j, ",") || !subject(j - 1)) return false;
    // the comma must be one of a list's: an item and a comma before it, or after it
    const bool comma_before = j >= 3 && c.is_punct(j - 2, ",") && subject(j - 3);
    std::size_t q = j + 1;
    int commas = 1;
    for (int items = 0; items < 4 && subject(q); ++items) {
        if (c.is_punct(q + 1, ",")) {
            ++commas;
            q += 2;
            continue;
        }
        if (commas < 2 && !comma_before) return false;
        for (std::size_t h = q + 1; h < q + 4 && c.is_word(h) && capitalised(c.word(h)); ++h)
            if (lx.org_heads.count(c.word(h))) return true;
        return false;
    }
    return false;
}

// "Laurel County Judge Executive A B": a head word that is also a role noun, right before a full
// name, is that person's title, not the end of a body's name ("Chief Executive A B").
// "Halloran & Quayle Co", "Vance & Hale LLP": an ampersand between two capitalised words joins
// them into one name (a firm of partners' names). After a body's head word it is two bodies
// ("Fenmouth Council & Quaymill Trust"), as "and" is.
bool ampersand_joins(const Ctx& c, std::size_t i, std::size_t j, const Lexicons& lx) {
    if (!(j > i && c.is_punct(j, "&") && c.is_word(j - 1) && capitalised(c.word(j - 1)) && c.is_word(j + 1) &&
          capitalised(c.word(j + 1)) && !lx.function_words.count(c.word(j + 1))))
        return false;
    // ("the Fenland River Museum & Aquarium": one more head word alone after a head is one body)
    if (lx.org_heads.count(c.word(j - 1)))
        return lx.org_heads.count(c.word(j + 1)) && !(c.is_word(j + 2) && capitalised(c.word(j + 2)));
    return true;
}

bool role_head_before_full_name(const Ctx& c, std::size_t j, const Lexicons& lx) {
    return lx.org_heads.count(c.word(j)) && lx.is_role_noun(c.word(j)) && !c.toks[j].possessive && c.is_word(j + 1) &&
           name_word(c.word(j + 1), lx) && !c.toks[j + 1].possessive && c.is_word(j + 2) &&
           name_word(c.word(j + 2), lx, false);
}

// "House and Senate": the word "and" at token j followed by a gazetteer body that ends the run of
// capitalised words is a second body, so the name before ends at the "and".
bool gazetteer_body_after_and(const Ctx& c, std::size_t j, const Lexicons& lx) {
    if (!c.is_word(j) || (c.word(j) != "and" && c.word(j) != "&")) return false;
    std::string canonical;
    const std::size_t n = match_gazetteer(c, j + 1, lx, canonical);
    return n > 0 && !(c.is_word(j + 1 + n) && capitalised(c.word(j + 1 + n)));
}

// "Republican Leader A B", "Democratic Whip A B": a party's word before a role title and a name
// belongs to that role, so it ends a body's name written before it ("... Subcommittee on
// Environment and Climate Change Republican Leader A B").
bool party_before_role(const Ctx& c, std::size_t j, const Lexicons& lx) {
    std::string canonical;
    if (match_gazetteer(c, j, lx, canonical) != 1) return false;
    const GazetteerEntry* e = lx.organisation(canonical);
    return e && e->party && role_opens_name(c, j + 1, lx);
}

// "United States": the words of a country (national_prefixes.txt) at token i, or 0.
std::size_t national_prefix_at(const Ctx& c, std::size_t i, const Lexicons& lx) {
    for (const auto& prefix : lx.national_prefixes) {
        std::size_t k = 0;
        while (k < prefix.size() && c.is_word(i + k) && c.word(i + k) == prefix[k]) ++k;
        if (k == prefix.size()) return k;
    }
    return 0;
}

// Whether tokens [i, k) are all common English words and the first no given name: "Sound
// Science", "Issue Brief" ("Mark Price" opens with a given name; "Oluwaseun Adebayo" has no word).
bool words_in_dictionary(const Ctx& c, std::size_t i, std::size_t k, const Lexicons& lx) {
    if (lx.given_names.count(c.word(i))) return false;
    for (std::size_t q = i; q < k; ++q)
        if (!lx.is_common_word(c.word(q))) return false;
    return true;
}

bool calendar_word(std::string_view w) { return is_weekday_name(w) || is_month_name(w); }

// "... School of Leadership and Public Policy | and Vanderbilt University": after the "and" (or
// "&") at token j begins a body of its own, a name with a head word of its own ("Vanderbilt
// University") or a gazetteer name, so the name before ends at the "and". A plural head ("Health
// and Human Services", "Veterans Affairs") is the rest of one name, not a second body.
bool second_body_after(const Ctx& c, std::size_t j, const Lexicons& lx) {
    if (!c.is_word(j) || (c.word(j) != "and" && c.word(j) != "&")) return false;
    if (const std::size_t n = match_org_pattern(c, j + 1, lx); n >= 2) {
        // (the second body holds no "and" itself: "Public Policy and Vanderbilt University" is
        // the rest of the first name and then the second body)
        for (std::size_t q = j + 1; q <= j + n; ++q)
            if (c.word(q) == "and" || c.word(q) == "&") return false;
        const std::string_view last = c.word(j + n);
        return !(last.size() > 1 && last.back() == 's');
    }
    std::string canonical;
    return match_gazetteer(c, j + 1, lx, canonical) > 0;
}

// "and Kowhai Coast District Council": after "and" at j, a local council's name (a place kind
// word before its final "Council", lexicons/place_kinds.txt), which never continues another name.
bool local_council_after(const Ctx& c, std::size_t j, const Lexicons& lx) {
    if (!c.is_word(j) || c.word(j) != "and") return false;
    const std::size_t n = match_org_pattern(c, j + 1, lx);
    if (n < 3 || c.word(j + n) != "Council") return false;
    for (std::size_t q = j + 1; q < j + n; ++q)
        if (c.word(q) == "and" || c.word(q) == "&") return false;
    return lx.place_kinds.count(c.word(j + n - 1)) > 0;
}

// A body that deliberates ("Committee", "Caucus", "Panel"): "on" after it takes a remit
// ("Committee on Ways and Means"), and "X and Y Subcommittee" is one body with two subjects.
bool deliberative_head(std::string_view w) {
    static const WordTable heads = {"Committee", "Subcommittee", "Commission", "Panel",
                                                     "Council", "Conference", "Caucus", "Board", "Group",
                                                     "Taskforce", "Force", "Inquiry", "Tribunal", "Forum",
                                                     "Coalition", "Alliance", "Institute", "Network", "Office"};
    return heads.count(w) > 0;
}

// "Financial Services and General Government Subcommittee": after a head word that deliberates
// nothing, "and" and capitalised words that end in a committee's head word continue one name.
bool remit_list_continues(const Ctx& c, std::size_t j, const Lexicons& lx) {
    if (!c.is_word(j) || c.word(j) != "and" || j == 0 || deliberative_head(c.word(j - 1))) return false;
    for (std::size_t q = j + 1; q < j + 6 && c.is_word(q) && capitalised(c.word(q)) && !lx.function_words.count(c.word(q)); ++q) {
        if (c.word(q) == "Committee" || c.word(q) == "Subcommittee" || c.word(q) == "Caucus") return true;
        if (lx.org_heads.count(c.word(q))) return false;
    }
    return false;
}

// "for the Fenland Circuit" after "Court of Appeals": a further "of" or "for" (and "the") before
// a capitalised word, right after a complement's capitalised words; the tokens to step over
// before that word, or 0.
std::size_t second_complement_at(const Ctx& c, std::size_t j, std::size_t end, std::size_t k, const Lexicons& lx) {
    if (end != j || j <= k + 1 || !c.is_word(j) || (c.word(j) != "of" && c.word(j) != "for")) return 0;
    if (c.word(k - 1) == "Subcommittee" && c.word(j) == "of") return 0;  // its parent committee
    const std::size_t n = c.is_word(j + 1) && c.word(j + 1) == "the" ? 2 : 1;
    // (a word of two letters at least: "for the D.C. Circuit" is left whole or not at all)
    const bool name_next = c.is_word(j + n) && capitalised(c.word(j + n)) && c.word(j + n).size() >= 2 &&
                           !lx.function_words.count(c.word(j + n)) && !lx.titles.count(c.word(j + n));
    return name_next ? n : 0;
}

// After an organisation head word: "of Education", "for Education", "on Ways and Means" — the
// complement is part of the name ("Department of Education", "University of Northmoor"). Returns
// the token after the complement, or k when there is none.
std::size_t head_complement(const Ctx& c, std::size_t k, const Lexicons& lx) {
    if (!c.is_word(k)) return k;
    std::string_view p = c.word(k);
    // "to" takes a verb phrase of two capitalised words or more: "Alliance to Save Energy",
    // "Committee to Protect Journalists" (not "the Committee to New York": a place)
    if (p == "to") {
        const bool verb_phrase = c.is_word(k + 1) && c.is_word(k + 2) && capitalised(c.word(k + 1)) &&
                                 capitalised(c.word(k + 2)) && !lx.function_words.count(c.word(k + 1)) &&
                                 !lx.name_stopwords.count(c.word(k + 1)) && !c.toks[k + 1].possessive;
        if (!verb_phrase || lx.is_us_state(c.word(k + 1))) return k;
    } else if (p == "on") {
        // "on" takes a remit only after a deliberative body ("Committee on Ways and Means"), not
        // after a shop ("Okoro's General Store on Route 9")
        if (!deliberative_head(c.word(k - 1))) return k;
    } else if (p != "of" && p != "for") {
        return k;
    } else if (p == "of" && c.word(k - 1) == "Subcommittee" && c.is_word(k + 1) && c.word(k + 1) == "the") {
        return k;  // "Subcommittee of the X Committee": the parent body, named apart
    }
    std::size_t j = k + 1, end = k;
    // "Coalition for a Healthy Fenland", "Campaign for the Arts": an article before the complement
    if ((p == "for" || p == "of") && c.is_word(j) && (c.word(j) == "a" || c.word(j) == "an" || c.word(j) == "the") &&
        c.is_word(j + 1) && capitalised(c.word(j + 1)) && !lx.function_words.count(c.word(j + 1)) &&
        !lx.titles.count(c.word(j + 1)) && !lx.given_names.count(c.word(j + 1)))
        ++j;
    while (j - k < 12) {
        // a list inside the name: "Department for Culture, Media and Sport" — a comma, capitalised
        // words, then "and"/"&" before a capitalised word
        if (end == j && end > k && c.is_punct(j, ",")) {
            std::size_t q = j + 1;
            while (c.is_word(q) && capitalised(c.word(q)) && !lx.function_words.count(c.word(q)) && q - j < 3) ++q;
            // ("Subcommittee on Harbour Development, Public Moorings, and Flood Management")
            if (q > j + 1 && c.is_punct(q, ",") && c.is_word(q + 1) && c.word(q + 1) == "and") ++q;
            if (q > j + 1 && c.is_word(q) && (c.word(q) == "and" || c.word(q) == "&") && c.is_word(q + 1) &&
                capitalised(c.word(q + 1)) && !c.toks[q - 1].possessive && !c.toks[q - 2].possessive) {
                j = end = q;  // the "and" branch below takes the last item
                continue;
            }
            break;
        }
        if (!c.is_word(j)) break;
        std::string_view w = c.word(j);
        // (a role or title before a name ends the complement: "Chamber of Commerce | President A B")
        // (after "on" a day or month is a date, not a name: "the Committee on Monday")
        // ("Department of Harbour Affairs Acting Director A B": a qualifier of the role after it)
        const bool qualified_role = lx.role_qualifiers.count(ascii_lower(w)) && c.is_word(j + 1) &&
                                    capitalised(c.word(j + 1)) && lx.is_role_noun(c.word(j + 1));
        if (capitalised(w) && !lx.function_words.count(w) && !(p == "on" && calendar_word(w)) &&
            !lx.titles.count(w) && !role_opens_name(c, j, lx) && !party_before_role(c, j, lx) && !qualified_role) {
            end = ++j;
            if (c.toks[j - 1].possessive) break;
        } else if ((w == "and" || w == "&") && end == j && c.is_word(j + 1) && capitalised(c.word(j + 1)) &&
                   !second_body_after(c, j, lx)) {
            ++j;
        } else if (std::size_t n = second_complement_at(c, j, end, k, lx)) {
            // "Court of Appeals for the Fenland Circuit", "District Court for the Northern District of X"
            j += n;
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
// "Fenland County Sheriff’s Department": a title's possessive after a capitalised word belongs to
// the run it ends (the county's department), so it opens no body of the title's own.
bool possessive_inside_run(const Ctx& c, std::size_t i) {
    return i > 0 && c.is_word(i - 1) && capitalised(c.word(i - 1));
}

// "the Bishop Law Journal", "the Bishop Street Clinic": a title word opens a body's name when a
// capitalised common word follows it, which no name would ("Duke Ann Hale" is a duke).
bool title_word_opens_body(const Ctx& c, std::size_t i, const Lexicons& lx) {
    if (!c.is_word(i + 1) || !capitalised(c.word(i + 1))) return false;
    if (c.toks[i].possessive && possessive_inside_run(c, i)) return false;
    const std::string_view next = c.word(i + 1);
    return lx.is_common_word(next) && !lx.given_names.count(next) && !lx.titles.count(next);
}

// Token i opens the subject of a degree: "in" before it, and a degree word (degree_words.txt) at
// most twelve tokens before that in the same sentence ("a Master's Degree from X University in
// Quaymill, Ohio in Public Harbour Administration").
bool degree_subject_at(const Ctx& c, std::size_t i, const Lexicons& lx) {
    if (i < 2 || !c.is_word(i - 1) || c.word(i - 1) != "in") return false;
    for (std::size_t k = i - 1; k-- > 0 && i - k <= 14;) {
        if (c.is_punct(k, ".") && !(k > 0 && c.is_word(k - 1) && c.word(k - 1).size() == 1)) return false;
        if (c.is_word(k) && lx.degree_words.count(c.word(k))) return true;  // ("Master's": the word without its 's)
    }
    return false;
}

// "Harakat Fenmur Al-Vance" where the document defined "Harakat Fenmur Al-Vance (HFV)":
// the number of tokens of the long form of a defined acronym that starts at token i (0 if none),
// with the long form in `canonical`. A body is what gets an acronym; a person seldom does.
std::size_t acronym_long_form_at(const Ctx& c, std::size_t i, const DocumentNames& names, std::string& canonical) {
    const auto forms = names.acronym_long_forms.find(c.word(i));
    if (forms == names.acronym_long_forms.end()) return 0;
    for (const std::string& form : forms->second) {
        const std::size_t from = c.toks[i].begin;
        if (c.t.compare(from, form.size(), form) != 0) continue;
        for (std::size_t k = i; k < c.toks.size() && c.toks[k].begin < from + form.size(); ++k)
            if (c.toks[k].end == from + form.size()) {
                canonical = form;
                return k + 1 - i;
            }
    }
    return 0;
}

// "the Harbour Services Act", "Mooring Service Occupations": the head word ending a body's
// name modifies what comes right after it, a law's word (thing_heads.txt) or a capitalised plural
// common noun that is no role ("Council Members" stays a body and its members).
bool head_word_modifies(const Ctx& c, std::size_t after, const Lexicons& lx) {
    if (!c.is_word(after) || !capitalised(c.word(after))) return false;
    if (thing_head_at(c, after, lx)) return true;
    const std::string_view w = c.word(after);
    if (w.size() < 5 || w.back() != 's' || c.toks[after].possessive || lx.org_heads.count(w)) return false;
    const std::string_view singular = w.substr(0, w.size() - 1);
    return lx.is_common_word(singular) && !lx.is_role_noun(singular) && !lx.given_names.count(w);
}

std::size_t match_org_pattern(const Ctx& c, std::size_t i, const Lexicons& lx) {
    if (!c.is_word(i) || !capitalised(c.word(i)) || lx.function_words.count(c.word(i)) ||
        (lx.titles.count(c.word(i)) && !title_word_opens_body(c, i, lx)))
        return 0;
    // The longest organisation name looked for: real ones have under ten words ("Department for
    // Digital, Culture, Media and Sport"). Without a bound a page of capitalised words (a list of
    // names, a headline in capitals) is walked again from every word: quadratic time, and one
    // name of thousands of words whose every prefix is then remembered.
    constexpr std::size_t kMaxOrgWords = 12;
    std::size_t best = 0;
    std::size_t j = i;
    while ((c.is_word(j) || comma_list_goes_on(c, j, lx) || ampersand_joins(c, i, j, lx)) && j - i < kMaxOrgWords) {
        if (!c.is_word(j)) {  // the comma of "Commerce, Justice, Science Subcommittee", the "&" of "Vance & Hale"
            ++j;
            continue;
        }
        std::string_view w = c.word(j);
        // "... for a Sound Local Transport Future The Harbour Cyclists Club believes": a
        // capitalised "The" inside a run opens another name (a heading run into its paragraph)
        if (j > i && w == "The") break;
        if (capitalised(w)) {
            if (role_head_before_full_name(c, j, lx)) break;
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
                bool saint = (j == i + 1 || (j == i + 2 && c.is_punct(i + 1, "."))) &&
                             (c.word(i) == "St" || c.word(i) == "Saint");
                bool plural = plural_possessive(c, j, lx);
                // "Queen's University": a head word right after the possessive first word; a
                // business head within three words ("Okoro's General Store": an owner's name)
                bool head_next = j == i && c.is_word(j + 1) && lx.org_heads.count(c.word(j + 1));
                for (std::size_t h = j + 1; j == i && h < j + 4 && c.is_word(h) && capitalised(c.word(h)) && !head_next; ++h)
                    head_next = lx.business_heads.count(c.word(h)) > 0;
                // ("the President's Harbour Advisory Board": a title's board)
                const bool title_owner = j == i && (lx.titles.count(w) > 0 || lx.is_role_noun(w)) &&
                                         !possessive_inside_run(c, i);
                // ("America’s Watershed Council", "Ohio’s Harbour Trust": a country's or state's body)
                const bool place_owner = j == i && (lx.is_us_state(w) || national_prefix_at(c, i, lx) == 1);
                if (!lx.org_heads.count(w) && (saint || plural || head_next || title_owner || place_owner) && c.is_word(j + 1) &&
                    capitalised(c.word(j + 1)) && !lx.function_words.count(c.word(j + 1))) {
                    ++j;
                    continue;
                }
                break;
            }
            ++j;
        } else if (remit_list_continues(c, j, lx)) {
            ++j;  // "Financial Services and General Government Subcommittee"
        } else if ((w == "and" || w == "&") && (lx.org_heads.count(c.word(j - 1)) || (j == i + 1 && acronym_word(c.word(i))))) {
            // "Fenmouth Borough Council and Westshire County Council", "FBI and State
            // Department": two bodies
            break;
        } else if ((best == j - i && second_body_after(c, j, lx)) || gazetteer_body_after_and(c, j, lx)) {
            // "Batten School of Leadership and Public Policy and Vanderbilt University": a whole
            // name, then "and" and a second body
            break;
        } else if ((j >= i + 3 && lx.place_kinds.count(c.word(i)) && c.word(i + 1) == "of" && second_body_after(c, j, lx)) ||
                   local_council_after(c, j, lx)) {
            // "the City of Fenmouth and Wexmoor City Council": a place's government ("City of",
            // "Shire of" and the place), then "and" and a second body; "Fenmouth Hosts and Kowhai
            // Coast District Council": a local council's name after "and" is a body of its own
            break;
        } else if (connector(w) && j > i && c.is_word(j + 1) && capitalised(c.word(j + 1)) &&
                   (w != "of" || lx.org_heads.count(c.word(j - 1)) || (j == i + 1 && lx.place_kinds.count(c.word(i))))) {
            // "Department of Health", "Conference of LMCs", "City of Wexmoor Council" (a place
            // kind opening the name) — but not "A B of X LMC" (a person)
            ++j;
        } else break;
        // "St. Wenna Borough Council", "Mt. Sinai Hospital": an abbreviation with its dot inside the name
        if (j > i && c.is_punct(j, ".") && lx.name_abbreviations.count(c.word(j - 1)) && toks_adjacent(c, j - 1, j) &&
            c.is_word(j + 1) && capitalised(c.word(j + 1)) && !lx.function_words.count(c.word(j + 1)))
            ++j;
    }
    // "City of Perth", "Shire of Kerrup": a place kind, "of" and a place's name is that place's
    // government, with no head word (at most three words of name, a possessive ends it)
    if (best == 0 && lx.place_kinds.count(c.word(i)) && c.is_word(i + 1) && c.word(i + 1) == "of") {
        std::size_t k = i + 2;
        while (k < i + 5 && c.is_word(k) && capitalised(c.word(k)) && !lx.function_words.count(c.word(k)) &&
               !lx.titles.count(c.word(k))) {
            ++k;
            if (c.toks[k - 1].possessive) break;
        }
        if (k > i + 2) best = k - i;
    }
    // "California's 16th Congressional District": after an ordinal a name ending in a territory's
    // word (territory_heads.txt) is an electoral area, no body
    if (best > 0 && i > 0 && c.is_word(i - 1) && ordinal_number(c.word(i - 1)) &&
        lx.territory_heads.count(c.word(i + best - 1)))
        return 0;
    // "NHS <Capitalised words>" names an NHS body even without a head word
    if (best == 0 && c.word(i) == "NHS" && j > i + 1) best = j - i;
    // "Energy and Environmental Analysis, Inc.": a legal form after a comma ends a company's name
    if (j > i && c.is_punct(j, ",") && c.is_word(j + 1) && lx.company_suffixes.count(c.word(j + 1)))
        best = std::max(best, j + 2 - i);
    if (best > 0 && head_word_modifies(c, i + best, lx)) return 0;
    return best;
}

bool role_noun(std::string_view w, const Lexicons& lx) { return lx.is_role_noun(w); }

// 'Harold "Hal" Rogers': at token k a name word in quotation marks, then a name word.
bool quoted_nickname_at(const Ctx& c, std::size_t k, const Lexicons& lx) {
    auto opening = [&](std::size_t q) { return c.is_punct(q, "\"") || c.is_punct(q, "\xE2\x80\x9C"); };
    auto closing = [&](std::size_t q) { return c.is_punct(q, "\"") || c.is_punct(q, "\xE2\x80\x9D"); };
    return opening(k) && c.is_word(k + 1) && name_word(c.word(k + 1), lx, false) && !c.toks[k + 1].possessive &&
           closing(k + 2) && c.is_word(k + 3) && name_word(c.word(k + 3), lx, false);
}

// "Chairman Sanford Bishop and ...": after a title and one name word, a title word (Bishop, Judge,
// Marshal) with no name and no dot after it is the surname; before a name it opens the next
// person ("Mayor A B Judge C D").
bool title_as_surname(const Ctx& c, std::size_t k, std::size_t names_so_far, const Lexicons& lx) {
    return names_so_far == 1 && lx.titles.count(c.word(k)) &&
           !c.is_punct(k + 1, ".") && !(c.is_word(k + 1) && capitalised(c.word(k + 1)));
}

// See its use in find_mentions: a capitalised common word that is no given name, no surname of
// the document, no title and no role, after another capitalised word, right before a given name
// and a surname.
bool common_word_before_full_name(const Ctx& c, std::size_t i, const Lexicons& lx, const DocumentNames& names) {
    const std::string_view w = c.word(i);
    return i > 0 && c.is_word(i - 1) && capitalised(c.word(i - 1)) && !c.toks[i - 1].possessive && capitalised(w) &&
           !c.toks[i].possessive && !lx.given_names.count(w) && !names.surnames.count(w) && lx.is_common_word(w) &&
           !lx.titles.count(w) && !lx.is_role_noun(w) &&  // ("Transport Minister A B": a title of its own)
           c.is_word(i + 1) && lx.given_names.count(c.word(i + 1)) && !c.toks[i + 1].possessive && c.is_word(i + 2) &&
           name_word(c.word(i + 2), lx, false);
}

bool body_noun(std::string_view w) {
    static const char* nouns[] = {"subcommittee", "sub-committee", "committee", "group", "board", "panel",
                                  "forum", "team", "network", "council", "taskforce", "unit"};
    for (const char* n : nouns)
        if (w == n) return true;
    return false;
}

// Nouns (lexicons/org_nouns.txt) that, after "the", refer back to an organisation already named,
// and that introduce one's name ("the group X").
bool org_noun(std::string_view w) { return lexicons().org_nouns.count(AsciiLower(w).view()) > 0; }

// Words that end a backward walk over a role phrase: a role does not run across them.
bool role_boundary(std::string_view w) {
    static const WordTable words = {"its", "their", "his", "her", "the", "a", "an", "to",
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
    // a connective counts once a word of the name follows it ("London and | Secretary A B")
    bool connective = false, connective_pending = false;
    // ("&" may be read as a punctuation token: "Harl & Sons Haulage")
    while ((c.is_word(j) || c.is_punct(j, "&")) && j - i < 8) {
        std::string_view x = c.word(j);
        // (a title or role opens the next person: "A B of London and Secretary C D of Somerset")
        if (c.is_word(j) && capitalised(x) && (j > i || !lx.function_words.count(x)) &&
            !(j > i && (lx.titles.count(x) || role_noun(x, lx)))) {  // "Friends of the Old Mill"
            end = ++j;
            connective = connective || connective_pending;
            if (c.toks[j - 1].possessive) {
                // a plural's possessive inside the name: "the group Riders' Voice Westland"
                const bool plural = plural_possessive(c, j - 1, lx);
                if (!(plural && c.is_word(j) && capitalised(c.word(j)) && !lx.function_words.count(c.word(j)))) break;
            } else if (x.size() > 2 && x.back() == 's' && bare_apostrophe(c, j) && c.is_word(j + 1) &&
                       capitalised(c.word(j + 1)) && !lx.function_words.count(c.word(j + 1))) {
                ++j;  // the same with the apostrophe read as a quote mark
            }
        } else if ((x == "for" || x == "of" || x == "and" || x == "&") && end == j &&
                   !((x == "and" || x == "&") && (lx.org_heads.count(c.word(j - 1)) || second_body_after(c, j, lx))) &&
                   // "Mark Ellery of Fenland and Ruth Dane of Westmoor": a given name after "and" opens a person
                   !(x == "and" && c.is_word(j + 1) && lx.given_names.count(c.word(j + 1)))) {
            // "Friends of the Old Mill": a connective, perhaps "the", then a capitalised word
            std::size_t nx = j + 1;
            if (c.is_word(nx) && c.word(nx) == "the") ++nx;
            if (!c.is_word(nx) || !capitalised(c.word(nx))) break;
            connective_pending = true;
            j = nx;
        } else {
            break;
        }
    }
    std::size_t n = end - i;
    if (after_person_of && !connective && n < 3) return 0;
    return n;
}

// "the Save the Old Pier group", "Stop the Tunnel convenor A B", "Keep Fenmouth Green said": a
// campaign named by an imperative (campaign_verbs.txt), perhaps "the" or "our", and capitalised
// words. Only where the text shows a body: "the" before it and an organisation noun after, a role
// noun or a reporting verb right after, or the same name found so elsewhere in the document
// (DocumentNames::organisation_prefixes). Returns the tokens of the name, 0 if none.
std::size_t campaign_name_at(const Ctx& c, std::size_t i, const Lexicons& lx, const DocumentNames& names) {
    if (!c.is_word(i) || !lx.campaign_verbs.count(c.word(i))) return 0;
    std::size_t j = i + 1;
    if (c.is_word(j) && (c.word(j) == "the" || c.word(j) == "our" || c.word(j) == "Our" || c.word(j) == "The")) ++j;
    std::size_t words = 0;
    // (a capitalised function word only inside the name: "Save the Old Pier")
    auto name_word = [&](std::size_t k) {
        return c.is_word(k) && capitalised(c.word(k)) && !lx.titles.count(c.word(k)) && !lx.function_words.count(c.word(k));
    };
    while (c.is_word(j) && words < 5 && capitalised(c.word(j)) && !lx.titles.count(c.word(j)) &&
           (!lx.function_words.count(c.word(j)) || name_word(j + 1))) {
        // (a possessive inside or at the end: "Save the Pier's convenor" is left to other rules)
        if (c.toks[j].possessive) return 0;
        ++words;
        ++j;
    }
    if (words == 0) return 0;
    const bool the_before = i > 0 && c.is_word(i - 1) && (c.word(i - 1) == "the" || c.word(i - 1) == "The");
    const bool noun_after = c.is_word(j) && lowercase_word(c.word(j)) && org_noun(c.word(j));
    const bool role_after = c.is_word(j) && role_noun(c.word(j), lx);
    const bool verb_after = c.is_word(j) && lx.reporting_verbs.count(c.word(j));
    std::string run;
    for (std::size_t k = i; k < j; ++k) {
        if (!run.empty()) run += ' ';
        run += std::string(c.word(k));
    }
    const bool known = names.organisation_prefixes.count(run) > 0;
    return (the_before && noun_after) || role_after || verb_after || known ? j - i : 0;
}

// "A B started Plastic-Free Shediac in 2019", "C D, who founded Harbour Watch Westland,": a run
// of two to five capitalised words right after a verb of founding (lexicons/role_verbs.txt,
// "founder") whose subject is a person just named (or "who") is a body, head word or not. The
// tokens of the run, 0 if the text does not read so. `mentions`: those found before token i.
std::size_t founded_body_at(const Ctx& c, std::size_t i, const Lexicons& lx, const std::vector<Mention>& mentions) {
    if (i < 2 || !c.is_word(i - 1) || !lowercase_word(c.word(i - 1))) return 0;
    // (the subject first: asked of nearly every word, the map look-up only where a person or
    // "who" stands before the verb)
    const bool by_person = !mentions.empty() && mentions.back().kind == MentionKind::Person &&
                           mentions.back().tok_end == i - 1 && !mentions.back().possessive;
    if (!by_person && !(c.is_word(i - 2) && word_is(c.word(i - 2), "who"))) return 0;
    const auto verb = lx.role_verbs.find(c.word(i - 1));
    if (verb == lx.role_verbs.end() || (verb->second != "founder" && verb->second != "co-founder")) return 0;
    std::size_t j = i;
    while (j < i + 5 && c.is_word(j) && capitalised(c.word(j)) && !lx.function_words.count(c.word(j)) &&
           !lx.titles.count(c.word(j)) && !weekday(c.word(j)) && !lx.is_country(c.word(j))) {
        if (c.toks[j].possessive) return 0;  // "started Fenmouth's first ...": a place's possessive
        ++j;
    }
    if (j - i < 2 || (c.is_word(j) && capitalised(c.word(j)))) return 0;
    return j - i;
}

// Whether the lower-case words right before token `k` (at most five, within a role phrase) hold a
// role noun: "head of research [at]", "a senior fellow [at]", "lay member for audit [at]".
bool role_phrase_before(const Ctx& c, std::size_t k, const Lexicons& lx) {
    for (std::size_t q = k; q > 0 && k - q < 5 && c.is_word(q - 1) &&
                            (lowercase_word(c.word(q - 1)) || (acronym_word(c.word(q - 1)) && role_noun(c.word(q - 1), lx))) &&
                            !role_boundary(c.word(q - 1));
         --q)
        if (role_noun(c.word(q - 1), lx)) return true;
    return false;
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

// A generic word for a body ("the plant's chief executive", "the group's director",
// lexicons/generic_body_nouns.txt): it stands for the body named last before it, whatever that body
// is called.
bool generic_body_noun(std::string_view w, const Lexicons& lx) { return lx.generic_body_nouns.count(ascii_lower(w)) > 0; }

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
    return lx.reporting_verbs.count(AsciiLower(w).view()) > 0;
}

// "Announces", "Urges": a capitalised verb of saying in the third person, as a Title Case
// headline writes it after its subject's name.
bool headline_verb(std::string_view w, const Lexicons& lx) {
    return w.size() > 3 && w.back() == 's' && capitalised(w) && is_reporting_word(w, lx);
}

// "former teacher", "a retired principal": a standing no longer held.
bool past_standing(std::string_view w) { return w == "former" || w == "retired" || w == "onetime" || w == "ex"; }

// A lower-case word that reads as a finite verb and so cannot be part of a role title: a verb of
// saying ("told"), of leading ("chairs"), or a past form in -ed that is no word of standing.
bool verb_like(std::string_view w, const Lexicons& lx) {
    const AsciiLower lower(w);
    if (lx.role_modifiers.count(lower.view())) return false;  // "state" of "Republican state Sen."
    if (is_reporting_word(w, lx) || lx.role_verbs.count(lower.view())) return true;
    return w.size() > 3 && w.substr(w.size() - 2) == "ed" && !role_noun(w, lx);
}

// "The committee's top Republican, A B", "the committee's ranking Democratic member, A B": where a
// party mention ends before token `q` and a body's possessive (at most three lower-case words
// before the party) opens the role it stands in, the token after that possessive; else `q`.
// `ends`: the index of the mention ending before each token, -1 if none (find_mentions' own).
std::size_t possessor_before_party(const Ctx& c, const std::vector<Mention>& ms, const std::vector<int>& ends,
                                   std::size_t q, const Lexicons& lx) {
    const Mention& party = ms[static_cast<std::size_t>(ends[q])];
    if (party.kind != MentionKind::Organisation || !is_party(party.org, lx) || party.possessive) return q;
    std::size_t z = party.tok_begin;
    while (z > 0 && z + 3 > party.tok_begin && ends[z] < 0 && c.is_word(z - 1) && lowercase_word(c.word(z - 1)) &&
           !verb_like(c.word(z - 1), lx))
        --z;
    if (ends[z] < 0) return q;
    const Mention& body = ms[static_cast<std::size_t>(ends[z])];
    const bool possessor = body.possessive && (body.kind == MentionKind::OrgReference ||
                                               (body.kind == MentionKind::Organisation && !is_party(body.org, lx)));
    return possessor ? z : q;
}

// "the village" -> "Village of Ashby": the one local council of the document whose name holds that
// kind of place (place_kinds.txt, capitalised), or "" when none or several do.
std::string council_of_kind(const DocumentNames& names, std::string_view kind_word, const Lexicons& lx) {
    if (kind_word.empty() || !lowercase_word(kind_word)) return {};
    std::string kind(kind_word);
    kind[0] = static_cast<char>(kind[0] - 'a' + 'A');
    // (a page naming dozens of councils names no one council of a kind: linear time stays so)
    constexpr std::size_t kMaxCouncils = 32;
    if (!lx.place_kinds.count(kind) || names.local_councils.size() > kMaxCouncils) return {};
    std::string found;
    for (const auto& council : names.local_councils)
        if (name_has_word(council, kind)) {
            if (!found.empty()) return {};
            found = council;
        }
    return found;
}

// "For Ann Hale the cost is real. Her family firm, Quayle Aggregates Ltd., has spent ...": a
// possessive pronoun, at most two words ("family", "own"), a word for a firm, a comma and a body:
// the body is of the person named last before in the paragraph (not in the possessive). So is
// the body of "her job at X" ("She spent the first weeks of her job at Quayle Bay School ...").
// `starts`: the index of the mention starting at each token, -1 if none (find_mentions' own).
void firm_of_pronoun(const Ctx& c, ParagraphMentions& out, const std::vector<int>& starts, const Lexicons& lx) {
    const auto& toks = c.toks;
    int person = -1;
    for (std::size_t i = 0; i < toks.size(); ++i) {
        if (starts[i] >= 0 && out.mentions[static_cast<std::size_t>(starts[i])].kind != MentionKind::Pronoun) {
            const Mention& m = out.mentions[static_cast<std::size_t>(starts[i])];
            if (m.kind == MentionKind::Person && !m.possessive) person = starts[i];
            continue;
        }
        if (person < 0 || !c.is_word(i)) continue;
        const std::string_view w = c.word(i);
        if (w != "His" && w != "his" && w != "Her" && w != "her") continue;
        std::size_t k = i + 1;
        // "her job at Quayle Bay School": a post at a body
        if (c.is_word(k) && (c.word(k) == "job" || c.word(k) == "post" || c.word(k) == "position") && c.is_word(k + 1) &&
            (c.word(k + 1) == "at" || c.word(k + 1) == "with")) {
            const std::size_t o = c.is_word(k + 2) && c.word(k + 2) == "the" ? k + 3 : k + 2;
            if (o < toks.size() && starts[o] >= 0 && out.mentions[static_cast<std::size_t>(starts[o])].kind == MentionKind::Organisation)
                out.affiliations.push_back(
                    {static_cast<std::size_t>(person), out.mentions[static_cast<std::size_t>(starts[o])].org, "staff"});
            continue;
        }
        while (k < toks.size() && k < i + 3 && c.is_word(k) && lowercase_word(c.word(k)) &&
               !lx.generic_business_nouns.count(c.word(k)))
            ++k;
        if (!c.is_word(k) || !lx.generic_business_nouns.count(c.word(k)) || !c.is_punct(k + 1, ",")) continue;
        const int body = starts[k + 2];
        if (body >= 0 && out.mentions[static_cast<std::size_t>(body)].kind == MentionKind::Organisation)
            out.affiliations.push_back({static_cast<std::size_t>(person), out.mentions[static_cast<std::size_t>(body)].org, ""});
    }
}

// The words that join a role to its body in an appositive: "head of", "a nurse at", "adviser to",
// "a consultant with", "from"; and "on", as committees and boards write their seats ("the ranking
// member on the X Committee", "a reporter on the Y Herald"). Why "on": a seat is held on a body.
bool role_preposition(std::string_view x) {
    return x == "of" || x == "at" || x == "for" || x == "to" || x == "with" || x == "from" || x == "on";
}

// "A B (Fenwick/Ostrow), the ranking member ...", "A B (TX-28), a member of ...": a short
// parenthetical right after a name (a district, a party and state) and the comma after it: the
// token of that comma, else `te` itself. Why: the appositive after the brackets is still the
// name's; the brackets only say where the person sits.
std::size_t after_parenthetical(const Ctx& c, std::size_t te) {
    constexpr std::size_t kMaxInside = 8;
    if (!c.is_punct(te, "(")) return te;
    for (std::size_t k = te + 1; k < c.toks.size() && k <= te + kMaxInside + 1; ++k) {
        if (c.is_punct(k, "(")) return te;
        if (c.is_punct(k, ")")) return k > te + 1 && c.is_punct(k + 1, ",") ? k + 1 : te;
    }
    return te;
}

// "ACT's housing spokesman A B", "ACT housing spokesman A B": a word in capitals that no mention
// took, then one to three lower-case words ending in a role noun, right before a person's name:
// the capitals are the body the role is held in. Why: a role is held in a body, and bodies, not
// people, go by their letters (a party, a union, an agency the text never spells out). Not a
// country's letters ("UK housing minister"), nor a line in capitals.
// `ends`: the index of the mention ending before each token, -1 if none (find_mentions' own).
void acronym_before_role(const Ctx& c, ParagraphMentions& out, const std::vector<int>& ends, const Lexicons& lx) {
    constexpr std::size_t kMaxRoleWords = 3;
    for (std::size_t m = 0; m < out.mentions.size(); ++m) {
        const Mention& p = out.mentions[m];
        if (p.kind != MentionKind::Person || p.in_appositive) continue;
        const std::size_t q = p.tok_begin;
        std::size_t r = q;
        while (r > 0 && q - r < kMaxRoleWords && c.is_word(r - 1) && lowercase_word(c.word(r - 1))) --r;
        if (r == q || r == 0 || !role_noun(c.word(q - 1), lx) || !c.is_word(r - 1) || ends[r] >= 0) continue;
        const std::string_view letters = c.word(r - 1);
        if (!acronym_word(letters) || lx.is_nationality_word(letters) || lx.titles.count(letters)) continue;
        if (r >= 2 && c.is_word(r - 2) && acronym_word(c.word(r - 2))) continue;  // a line in capitals
        std::string role;
        for (std::size_t z = r; z < q; ++z) role += (role.empty() ? "" : " ") + std::string(c.word(z));
        out.affiliations.push_back({m, std::string(letters), role});
    }
}

// "Senators", "Commissioners", "colleagues": a plural of a role noun or of a title, the role a
// list of people shares.
bool plural_role(std::string_view w, const Lexicons& lx) {
    if (w.size() < 4 || w.back() != 's' || w.ends_with("ss")) return false;
    const std::string_view one = w.substr(0, w.size() - 1);
    return lx.is_role_noun(one) || lx.titles.count(one);
}

// "Fenland Task Force Co-Chairs Rep. A B and ...": the capitalised run of a body's name took the
// plural of a role the list after it holds; the body's name ends before it. Why: no body is named
// by a plural of a post followed by the people who hold it.
void trim_plural_role_from_body(const Ctx& c, Mention& body, const std::vector<int>& starts, const Lexicons& lx) {
    std::size_t e = body.tok_end;
    std::string org = body.org;
    while (e > body.tok_begin + 2 && c.is_word(e - 1) && plural_role(c.word(e - 1), lx) && body.tok_end - e < 2 &&
           org.size() > c.word(e - 1).size() && org.ends_with(c.word(e - 1)) &&
           org[org.size() - c.word(e - 1).size() - 1] == ' ') {
        org.resize(org.size() - c.word(e - 1).size() - 1);
        --e;
    }
    if (e == body.tok_end || body.tok_end >= c.toks.size() || starts[body.tok_end] < 0) return;
    body.org = org;
    body.tok_end = e;
    body.end = c.toks[e - 1].end;
}

// "Republican Commissioners A B and C D", "my Democratic colleagues Senators A B, C D, and E F",
// "Fenland Task Force Co-Chairs Rep. A B and Sen. C D": a party adjective or a body, one or two
// plurals of a role (or, after a party, a plural title on the first name) and a list of names
// joined by commas and "and": every name of the list is of that party, or holds that role in that
// body. Why: the plural says the list shares the party or the post; rule (a1) only reaches the
// name right after it. The post is not written on the edge: people named together speak together,
// and their "we" is theirs, not the body's, which a leader's role would make it (spokespeople.hpp).
// `starts`: the index of the mention starting at each token, -1 if none (find_mentions' own).
void party_of_plural_role_list(const Ctx& c, ParagraphMentions& out, const std::vector<int>& starts,
                               const Lexicons& lx) {
    const auto& toks = c.toks;
    const std::size_t count = out.mentions.size();
    for (std::size_t p = 0; p < count; ++p) {
        if (out.mentions[p].kind != MentionKind::Organisation || out.mentions[p].possessive) continue;
        trim_plural_role_from_body(c, out.mentions[p], starts, lx);
        const Mention& party = out.mentions[p];
        const bool of_party = is_party(party.org, lx);
        const std::string_view adjective = c.word(party.tok_end - 1);
        if (of_party && adjective.ends_with('s')) continue;  // "Republicans": a noun, not an adjective
        std::size_t k = party.tok_end, plurals = 0;
        while (k < toks.size() && plurals < 2 && c.is_word(k) && starts[k] < 0 && plural_role(c.word(k), lx)) {
            ++k;
            ++plurals;
        }
        if (k >= toks.size() || starts[k] < 0) continue;
        const Mention& first = out.mentions[static_cast<std::size_t>(starts[k])];
        if (first.kind != MentionKind::Person || (plurals == 0 && (!of_party || !plural_role(first.title, lx))))
            continue;
        while (k < toks.size() && starts[k] >= 0) {
            const std::size_t m = static_cast<std::size_t>(starts[k]);
            if (out.mentions[m].kind != MentionKind::Person) break;
            out.affiliations.push_back({m, party.org, ""});
            if (out.mentions[m].possessive) break;
            std::size_t n = out.mentions[m].tok_end;
            const std::size_t after = n;
            if (c.is_punct(n, ",")) ++n;
            if (c.is_word(n) && c.word(n) == "and") ++n;
            if (n == after) break;
            k = n;
        }
    }
}

// "a Fenland Subcommittee hearing chaired by Rep. A B", "the Quayle Network, founded by A B": a
// body, at most one common noun (the hearing), a verb of role in the passive (role_verbs.txt) and
// "by": the person holds that role in the body.
// `ends`: the index of the mention ending before each token, -1 if none (find_mentions' own).
void role_by_passive(const Ctx& c, ParagraphMentions& out, const std::vector<int>& ends, const Lexicons& lx) {
    for (std::size_t m = 0; m < out.mentions.size(); ++m) {
        const Mention& p = out.mentions[m];
        const std::size_t tb = p.tok_begin;
        if (p.kind != MentionKind::Person || tb < 3 || !c.is_word(tb - 1) || c.word(tb - 1) != "by" || !c.is_word(tb - 2))
            continue;
        const std::string_view v = c.word(tb - 2);
        auto verb = lx.role_verbs.find(ascii_lower(v));
        const bool participle = v.ends_with("ed") || v == "run";  // "chaired", "led", "founded", "run"
        // ("a rally joined by A B", "a town served by": being joined or served is no role)
        if (verb == lx.role_verbs.end() || !participle || verb->second == "member" || verb->second == "staff" ||
            verb->second == "representative" || verb->second == "teacher")
            continue;
        std::size_t k = tb - 2;  // the token after the body, once the comma or the noun is passed
        if (k > 0 && c.is_punct(k - 1, ",")) --k;
        else if (k > 1 && c.is_word(k - 1) && lowercase_word(c.word(k - 1)) && !lx.function_words.count(c.word(k - 1)))
            --k;
        const int body = ends[k];
        if (body >= 0 && out.mentions[static_cast<std::size_t>(body)].kind == MentionKind::Organisation)
            out.affiliations.push_back({m, out.mentions[static_cast<std::size_t>(body)].org, verb->second});
    }
}

// "X (A B, chair)" and "X (A B, chair; C D, clerk)": the index of the bracket that opens the list
// a person at token `tb` stands in, right after it or after a ";" of the list; 0 if none.
std::size_t bracket_list_open(const Ctx& c, std::size_t tb) {
    if (tb < 2) return 0;
    if (c.is_punct(tb - 1, "(")) return tb - 1;
    if (!c.is_punct(tb - 1, ";")) return 0;
    constexpr std::size_t kMaxList = 40;  // tokens back to the bracket
    for (std::size_t q = tb - 1; q > 0 && tb - q < kMaxList; --q) {
        if (c.is_punct(q - 1, ")")) return 0;
        if (c.is_punct(q - 1, "(")) return q - 1;
    }
    return 0;
}

// "So does Harbour Hosts Westland, whose chief executive, A B, said": a run of two to five
// capitalised words before ", whose" and the words of a role ending in a role noun and a comma is
// a body, head word or not. The tokens of the run, 0 if the text does not read so.
std::size_t body_before_whose(const Ctx& c, std::size_t i, const Lexicons& lx) {
    auto name_word = [&](std::size_t k) {
        return c.is_word(k) && capitalised(c.word(k)) && !lx.function_words.count(c.word(k)) && !lx.titles.count(c.word(k)) &&
               !c.toks[k].possessive;
    };
    // (a given name opens a person: "Ann Hale, whose spokesperson, ...")
    if (!name_word(i) || lx.given_names.count(c.word(i)) || (i > 0 && c.is_word(i - 1) && capitalised(c.word(i - 1))))
        return 0;
    std::size_t k = i;
    while (k < c.toks.size() && k - i < 5 && name_word(k)) ++k;
    if (k - i < 2 || !c.is_punct(k, ",") || !c.is_word(k + 1) || c.word(k + 1) != "whose") return 0;
    std::size_t r = k + 2;
    while (r < c.toks.size() && r - (k + 2) < 4 && c.is_word(r) && lowercase_word(c.word(r))) ++r;
    if (r == k + 2 || !role_noun(c.word(r - 1), lx) || !c.is_punct(r, ",")) return 0;
    return k - i;
}

// The one organisation of the document whose name (as DocumentNames found it) starts with the
// word `first` and goes on ("Quaymill" of "Quaymill Springs Inc."): its canonical name, or "" when
// none or two.
std::string org_opened_by(const DocumentNames& names, std::string_view first) {
    const std::string key = std::string(first) + " ";
    std::string found;
    for (auto it = names.organisation_prefixes.lower_bound(key);
         it != names.organisation_prefixes.end() && it->first.compare(0, key.size(), key) == 0; ++it) {
        if (!found.empty() && found != it->second) return {};
        found = it->second;
    }
    return found;
}

// "Fenwold Securities chief economist A B", "Harl & Sons Haulage owner A B", "Riders' Voice
// Westland president Dr A B": the tokens of a run of two to six capitalised words (with "&" or
// "and" inside, a plural possessive before a capitalised word) followed by one to four lower-case
// words, the last a role noun and none verb-like, then a full name (two name words, or a title and
// a name). 0 when the text does not read so. "Transport Minister A B" (a capitalised role), "the
// union told chief executive A B" (a verb) and "Monday chief executive A B" (one word) give 0;
// one word does when it opens the name of one organisation of the document ("Quaymill president
// A B" after "Quaymill Springs Inc.").
std::size_t role_body_before_name(const Ctx& c, std::size_t i, const Lexicons& lx, const DocumentNames& names) {
    auto plain_capital = [&](std::size_t k) {
        std::string_view x = c.word(k);
        return c.is_word(k) && capitalised(x) && !lx.function_words.count(x) && !lx.titles.count(x) && !role_noun(x, lx);
    };
    if (!plain_capital(i) || lx.name_stopwords.count(c.word(i))) return 0;
    if (i > 0 && c.is_word(i - 1) && capitalised(c.word(i - 1))) return 0;  // inside a longer run
    std::size_t k = i, words = 0;
    std::string known;
    while (k < c.toks.size() && k - i < 8) {
        // a run holding a known body is no new name ("Opposition Liberal Democrat leader A B")
        if (c.is_word(k) && match_gazetteer(c, k, lx, known) > 0) return 0;
        if (plain_capital(k)) {
            ++words;
            ++k;
            if (c.toks[k - 1].possessive) {
                // only a plural's possessive inside the name ("Riders' Voice"), and never at its end
                std::string_view x = c.word(k - 1);
                std::string_view ending = c.t.substr(c.toks[k - 1].end, c.toks[k - 1].full_end - c.toks[k - 1].end);
                if (!(x.size() > 2 && x.back() == 's' && ending.find('s') == std::string_view::npos && plain_capital(k)))
                    return 0;
            } else if (c.word(k - 1).back() == 's' && bare_apostrophe(c, k) && plain_capital(k + 1)) {
                ++k;  // "Riders’ Voice" with the apostrophe read as a quote mark
            }
        } else if (c.is_word(k) && (c.word(k) == "&" || c.word(k) == "and") && k > i && plain_capital(k + 1)) {
            ++k;
        } else if (c.is_punct(k, "&") && k > i && plain_capital(k + 1)) {
            ++k;
        } else {
            break;
        }
    }
    if (words == 0 || !c.is_word(k) || !lowercase_word(c.word(k))) return 0;
    std::size_t r = k;
    while (r < c.toks.size() && r - k < 4 && c.is_word(r) && lowercase_word(c.word(r)) && !role_boundary(c.word(r)) &&
           !verb_like(c.word(r), lx) && !past_standing(c.word(r)))
        ++r;
    if (r == k || !role_noun(c.word(r - 1), lx)) return 0;
    // an office of a place or state ("New Zealand prime minister A B", "Ohio state senator A B")
    // names a place, not a body
    static const WordTable place_offices = {
        "minister", "premier", "senator", "governor", "mayor", "councillor", "councilor", "mp", "mla", "mlc",
        "congressman", "congresswoman", "representative", "ambassador", "consul", "lawmaker", "legislator"};
    if (place_offices.count(ascii_lower(c.word(r - 1)))) return 0;
    if (lx.is_us_state(c.t.substr(c.toks[i].begin, c.toks[k - 1].end - c.toks[i].begin))) return 0;
    const bool titled = c.is_word(r) && lx.titles.count(c.word(r)) > 0;
    std::size_t f = titled ? r + 1 : r;
    if (titled && c.is_punct(f, ".")) ++f;
    if (!c.is_word(f) || !name_word(c.word(f), lx) || c.toks[f].possessive) return 0;
    if (!titled && !(c.is_word(f + 1) && name_word(c.word(f + 1), lx, false))) return 0;
    // one word: only the short name of a body of the document (looked up last: most capitalised
    // words reach no role and a name, and the lookup builds a key)
    if (words == 1 && org_opened_by(names, c.word(i)).empty()) return 0;
    return k - i;
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
    // "Court of Appeals for the Fenland Circuit" is the "Fenland Circuit Court of Appeals": a short
    // complement after "for the" (no "of" in it) is the name's first words
    if (const std::size_t f = s.find(" for the "); f != std::string_view::npos && s.find(" for the ", f + 1) == std::string_view::npos) {
        const std::string_view head = s.substr(0, f), complement = s.substr(f + 9);
        if (!complement.empty() && complement.find(" of ") == std::string_view::npos &&
            std::count(complement.begin(), complement.end(), ' ') < 3)
            return organisation_key(std::string(complement) + " " + std::string(head));
    }
    // "Department of the Harbour" is the "Department of Harbour"
    std::string out = slug(s);
    for (std::string_view article : {"-of-the-", "-for-the-"})
        for (std::size_t p = out.find(article); p != std::string::npos; p = out.find(article, p))
            out.erase(p + article.size() - 4, 4);
    return out;
}

namespace {

// The name a document uses more than half the times it names one of its kind, or "" if none.
template <typename Counts>
std::string majority_name(const Counts& counts) {
    std::string best;
    int top = 0, all = 0;
    for (const auto& [name, n] : counts) {
        all += n;
        if (n > top) { top = n; best = name; }
    }
    return top * 2 > all ? best : std::string{};
}

}  // namespace

std::string DocumentNames::main_us_state() const { return majority_name(us_states); }

void DocumentNames::add_acronym_long_form(const std::string& first, std::string form) {
    auto& forms = acronym_long_forms[first];
    if (forms.size() < kMaxAcronymLongForms && std::find(forms.begin(), forms.end(), form) == forms.end())
        forms.push_back(std::move(form));
}

std::string DocumentNames::local_council() const {
    if (local_councils.empty()) return {};
    // the place a council's name names: its words less the place kinds, "of" and "Council"
    const Lexicons& lx = lexicons();
    auto place_of = [&](const std::string& council) {
        std::string place;
        std::size_t pos = 0;
        while (pos < council.size()) {
            std::size_t sp = council.find(' ', pos);
            if (sp == std::string::npos) sp = council.size();
            const std::string_view w = std::string_view(council).substr(pos, sp - pos);
            if (!lx.place_kinds.count(w) && w != "of" && w != "Council") place += (place.empty() ? "" : " ") + std::string(w);
            pos = sp + 1;
        }
        return place;
    };
    const std::string place = place_of(*local_councils.begin());
    for (const auto& council : local_councils)
        if (place_of(council) != place) return {};
    return *local_councils.begin();
}

std::string DocumentNames::main_government() const {
    return governments.empty() ? majority_name(jurisdictions) : majority_name(governments);
}

namespace {

// Towns and US states a paragraph names (see DocumentNames::towns and ::us_states).
// The jurisdictions and US states of the lexicons by the first byte of their names, each list in
// the lexicons' order (indexes into lx.jurisdictions and lx.us_states). collect_places asked every
// capitalised word about all of them, comparing first bytes.
struct PlacesByInitial {
    std::array<std::vector<std::size_t>, 256> jurisdictions, us_states;
};
const PlacesByInitial& places_by_initial() {
    static const PlacesByInitial by = [] {
        PlacesByInitial out;
        const Lexicons& lx = lexicons();
        for (std::size_t k = 0; k < lx.jurisdictions.size(); ++k)
            out.jurisdictions[static_cast<unsigned char>(lx.jurisdictions[k].name[0])].push_back(k);
        for (std::size_t k = 0; k < lx.us_states.size(); ++k)
            out.us_states[static_cast<unsigned char>(lx.us_states[k].name[0])].push_back(k);
        return out;
    }();
    return by;
}

void collect_places(const ParagraphMentions& pm, std::string_view t, DocumentNames& names) {
    const Lexicons& lx = lexicons();
    const PlacesByInitial& by_initial = places_by_initial();
    Ctx c{t, pm.tokens};
    const auto& toks = pm.tokens;
    auto text = [&](std::size_t a, std::size_t b) { return std::string(t.substr(toks[a].begin, toks[b - 1].end - toks[a].begin)); };
    auto capital_run = [&](std::size_t k) {  // end of a run of at most three capitalised words from k
        std::size_t e = k;
        while (c.is_word(e) && e - k < 3 && capitalised(c.word(e)) && !lx.function_words.count(c.word(e))) {
            ++e;
            if (toks[e - 1].possessive) break;
        }
        return e;
    };
    std::size_t jurisdiction_end = 0;  // the token after the last jurisdiction counted
    for (std::size_t i = 0; i < toks.size(); ++i) {
        if (!c.is_word(i)) continue;
        std::string_view w = c.word(i);
        // "the town of Polwenna", "Town of Polwenna"
        if ((w == "town" || w == "Town") && c.is_word(i + 1) && c.word(i + 1) == "of") {
            std::size_t e = capital_run(i + 2);
            if (e > i + 2) names.towns.insert(text(i + 2, e));
        }
        // "Polwenna's town council", "Polwenna town hall"
        if ((w == "town" || w == "Town") && i > 0 && c.is_word(i - 1) && capitalised(c.word(i - 1)) && c.is_word(i + 1) &&
            (ascii_lower(c.word(i + 1)) == "council" || ascii_lower(c.word(i + 1)) == "hall")) {
            std::size_t b = i;
            while (b > 0 && i - b < 3 && c.is_word(b - 1) && capitalised(c.word(b - 1)) &&
                   !lx.function_words.count(c.word(b - 1)) && (b == i || !toks[b - 1].possessive))
                --b;
            if (b < i) names.towns.insert(text(b, i));
        }
        // governments: "the Westland government", "the Government of Westland" (an article before
        // it: "no Westland government has dared" names none)
        // (not a word of a longer name: "the Local Government Association")
        if ((w == "government" || w == "Government") && i > 1 && c.is_word(i - 1) && capitalised(c.word(i - 1)) &&
            !toks[i - 1].possessive && !(c.is_word(i + 1) && capitalised(c.word(i + 1)))) {
            std::size_t b = i;
            while (b > 0 && i - b < 3 && c.is_word(b - 1) && capitalised(c.word(b - 1)) &&
                   !lx.function_words.count(c.word(b - 1)) && !toks[b - 1].possessive && !lx.titles.count(c.word(b - 1)))
                --b;
            if (b < i && b > 0 && c.is_word(b - 1) && ascii_lower(c.word(b - 1)) == "the")
                ++names.governments[text(b, i) + " government"];
        }
        if (w == "Government" && c.is_word(i + 1) && c.word(i + 1) == "of" && i > 0 && c.is_word(i - 1) &&
            ascii_lower(c.word(i - 1)) == "the" && !toks[i].possessive) {
            std::size_t e = capital_run(i + 2);
            if (e > i + 2) {
                std::string place = text(i + 2, e);
                ++names.governments["Government of " + place];
            }
        }
        // US states: the name, or its AP abbreviation after a comma ("MILLBROOK, Ore.")
        if (!capitalised(w)) continue;
        // countries, provinces and states with ministers: the longest name written from here (a
        // word of a name already counted starts none: "Wales" of "New South Wales")
        // (only the names that begin with the word's first byte, in the lexicons' order)
        const unsigned char initial = static_cast<unsigned char>(w[0]);
        for (std::size_t jk : by_initial.jurisdictions[initial]) {
            const Jurisdiction& j = lx.jurisdictions[jk];
            if (i < jurisdiction_end) break;
            if (j.name[0] != w[0] || t.compare(toks[i].begin, j.name.size(), j.name) != 0) continue;
            std::size_t k = i, pos = toks[i].begin;  // the place's words are whole tokens
            while (k < toks.size() && toks[k].end < pos + j.name.size()) ++k;
            if (k >= toks.size() || toks[k].end != pos + j.name.size()) continue;
            ++names.jurisdictions[j.government];
            jurisdiction_end = k + 1;
            break;
        }
        for (std::size_t sk : by_initial.us_states[initial]) {
            const UsState& st = lx.us_states[sk];
            std::string_view name = st.name;
            if (name[0] != w[0]) continue;  // states and their abbreviations start with the same letter
            if (t.compare(toks[i].begin, name.size(), name) == 0) {
                std::size_t k = i, pos = toks[i].begin;  // the state's words are whole tokens
                while (k < toks.size() && toks[k].end < pos + name.size()) ++k;
                if (k < toks.size() && toks[k].end == pos + name.size()) ++names.us_states[st.name];
            } else if (!st.abbreviation.empty() && i > 0 && c.is_punct(i - 1, ",") &&
                       t.compare(toks[i].begin, st.abbreviation.size(), st.abbreviation) == 0) {
                std::size_t after = toks[i].begin + st.abbreviation.size();
                if (after >= t.size() || !(is_lower_ascii(t[after]) || is_upper_ascii(t[after]))) ++names.us_states[st.name];
            }
        }
    }
}

}  // namespace

namespace {

// The shorter names a longer organisation name contains at its end (see DocumentNames). A party's
// name is left alone: "Scottish Labour Party" is a branch of the "Labour Party", not the same body.
void collect_organisation_suffixes(const std::string& org, DocumentNames& names) {
    const Lexicons& lx = lexicons();
    if (is_party(org, lx)) return;
    std::vector<std::size_t> starts;  // byte offset of each word after the first
    for (std::size_t sp = org.find(' '); sp != std::string::npos; sp = org.find(' ', sp + 1)) starts.push_back(sp + 1);
    for (std::size_t k = 0; k + 1 < starts.size(); ++k) {  // at least two words left
        const std::string suffix = org.substr(starts[k]);
        const std::string_view first = std::string_view(suffix).substr(0, suffix.find(' '));
        if (!capitalised(first) || lx.function_words.count(first) || is_party(suffix, lx)) continue;
        auto [it, fresh] = names.organisation_suffixes.emplace(suffix, org);
        if (!fresh && it->second != org && organisation_key(it->second) != organisation_key(org)) it->second.clear();
    }
}

}  // namespace

namespace {

// Where the kind of a local body ends in its name: after the first word ("City of Perth"), or after
// "Council" when that is the second ("District Council of Fenmouth").
std::size_t kind_of_place_end(std::string_view org) {
    const std::size_t sp = org.find(' ');
    if (sp != std::string_view::npos && org.substr(sp + 1, 8) == "Council ") return sp + 8;
    return sp;
}

}  // namespace

void collect_organisation_prefixes(const ParagraphMentions& pm, std::string_view t, DocumentNames& names) {
    collect_places(pm, t, names);
    const Lexicons& lx = lexicons();
    for (const auto& m : pm.mentions) {
        if (m.kind != MentionKind::Organisation) continue;
        names.organisations_seen.emplace_back(m.begin, m.org);
        // a local council: a name ending in "Council" with a place kind in it, or a local place
        // kind (and "Council"), "of" and the place ("City of Perth", "Shire of Kerrup", "District
        // Council of Fenmouth"; not "State of Oregon")
        const std::string_view kind = std::string_view(m.org).substr(0, m.org.find(' '));
        if (std::size_t sp = m.org.find(" of "); sp != std::string::npos && sp == kind_of_place_end(m.org) &&
                                                  lx.place_kinds.count(kind) && kind != "State" && kind != "Commonwealth" &&
                                                  kind != "Province")
            names.local_councils.insert(m.org);
        else if (m.org.size() > 8 && m.org.compare(m.org.size() - 8, 8, " Council") == 0) {
            std::size_t pos = 0;
            while (pos < m.org.size()) {
                std::size_t sp = m.org.find(' ', pos);
                if (sp == std::string::npos) sp = m.org.size();
                if (lx.place_kinds.count(std::string_view(m.org).substr(pos, sp - pos))) {
                    names.local_councils.insert(m.org);
                    break;
                }
                pos = sp + 1;
            }
        }
        // the full name, so that a name found once by its context ("the group X") is known everywhere
        // (words only: the "&" of "Halloran & Sons" must not leave "Halloran" standing for the firm)
        std::string full;
        for (std::size_t k = m.tok_begin; k < m.tok_end; ++k) {
            if (!pm.tokens[k].word) { full.clear(); break; }
            if (!full.empty()) full += ' ';
            full += std::string(t.substr(pm.tokens[k].begin, pm.tokens[k].end - pm.tokens[k].begin));
            if (pm.tokens[k].possessive && k + 1 < m.tok_end) { full.clear(); break; }
        }
        if (!full.empty() && (m.tok_end - m.tok_begin >= 2 || acronym_word(full)))
            names.organisation_prefixes.emplace(full, m.org);
        collect_organisation_suffixes(m.org, names);
        // a body described by a common noun ("Polwenna's town council") has no name whose
        // leading words could stand for it: "Polwenna" is the place
        const Token& last = pm.tokens[m.tok_end - 1];
        if (m.tok_end - m.tok_begin < 3 || (last.word && is_lower_ascii(t[last.begin]))) continue;
        std::string phrase;
        for (std::size_t k = m.tok_begin; k + 1 < m.tok_end; ++k) {
            const Token& tk = pm.tokens[k];
            if (!tk.word) break;
            if (!phrase.empty()) phrase += ' ';
            phrase += std::string(t.substr(tk.begin, tk.end - tk.begin));
            // ("Fenby County" of "Fenby County Road Commission" is the county, not the commission;
            // "Energy and" of "Energy and Construction Workers' Union" ends in a word of no name,
            // and would make "Energy and Mining Minister A B" the union's)
            if (k > m.tok_begin && !lx.place_heads_strict.count(t.substr(tk.begin, tk.end - tk.begin)) &&
                !is_lower_ascii(t[tk.begin]))
                names.organisation_prefixes.emplace(phrase, m.org);
            if (tk.possessive) break;
        }
    }
}

namespace {

// Whether `words` (a possessive's "'s" allowed at the end) are the full name of a country, a
// US state, or a province or state with ministers of its own (jurisdictions.txt).
bool known_place_name(std::string_view words, const Lexicons& lx) {
    for (std::string_view suffix : {"'s", "\xE2\x80\x99s"})
        if (words.ends_with(suffix)) words.remove_suffix(suffix.size());
    if (lx.is_us_state(words) || lx.is_country(words)) return true;
    for (const auto& j : lx.jurisdictions)
        if (j.name == words) return true;
    return false;
}

void thing_names_in(const Ctx& c, DocumentNames& names) {
    const Lexicons& lx = lexicons();
    for (std::size_t i = 1; i < c.toks.size(); ++i) {
        if (!thing_head_at(c, i, lx) || lx.org_heads.count(c.word(i))) continue;
        // at most four capitalised words right before the head word, none a function word
        std::size_t b = i;
        while (b > 0 && i - b < 4 && c.is_word(b - 1) && capitalised(c.word(b - 1)) && !c.toks[b - 1].possessive &&
               !lx.function_words.count(c.word(b - 1)))
            --b;
        if (b < i) names.thing_names.insert(std::string(c.t.substr(c.toks[b].begin, c.toks[i - 1].end - c.toks[b].begin)));
    }
}

// "Al-Fen" -> 'F', "Saint-Pierre" -> 'P': the capital after a word's last hyphen, or `first`
// when it has none (names with a prefixed article are often abbreviated by the name proper).
char capital_after_last_hyphen(std::string_view w, char first) {
    const auto h = w.rfind('-');
    return h != std::string_view::npos && h + 1 < w.size() && is_upper_ascii(w[h + 1]) ? w[h + 1] : first;
}

// "As-Quayl Ahl Al-Fen (AAF)": each word gives the acronym either its first capital or the one after
// its last hyphen.
bool initials_with_hyphens(const std::string& initials, const std::string& hyphen_initials, const std::string& acr) {
    if (initials.size() != acr.size() || initials == hyphen_initials) return false;
    for (std::size_t k = 0; k < acr.size(); ++k)
        if (acr[k] != initials[k] && acr[k] != hyphen_initials[k]) return false;
    return true;
}

// "I am President of FFRA, the Fenland Fuel & Refiners Association.": an acronym, a comma,
// "the" and a body's name (a head word of organisations in it) whose capitalised words give the
// acronym's letters defines it, as the bracketed form does.
void acronyms_in_apposition(const Ctx& c, DocumentNames& names) {
    const Lexicons& lx = lexicons();
    const auto& toks = c.toks;
    constexpr std::size_t kMaxNameWords = 10;
    for (std::size_t i = 0; i + 3 < toks.size(); ++i) {
        // (the comma and "the" asked first: they rule out nearly every word at once)
        if (!c.is_word(i) || !c.is_punct(i + 1, ",") || !c.is_word(i + 2) || !word_is(c.word(i + 2), "the") ||
            !acronym_word(c.word(i)))
            continue;
        const std::string_view acr = c.word(i);
        if (names.acronyms.count(acr)) continue;
        std::string upper_acr;
        for (char ch : acr)
            if (is_upper_ascii(ch)) upper_acr += ch;
        std::string initials;
        bool head = false;
        std::size_t end = i + 3;
        for (std::size_t k = i + 3; k < toks.size() && k < i + 3 + kMaxNameWords; ++k) {
            if (bare_apostrophe(c, k)) continue;
            const bool amp = !c.is_word(k) && c.word(k) == "&";
            if (!c.is_word(k) && !amp) break;
            const std::string_view w = c.word(k);
            if (amp || connector(w)) continue;
            if (!capitalised(w)) break;
            initials += w[0];
            head = head || lx.org_heads.count(w) > 0;
            end = k + 1;
            if (initials.size() == upper_acr.size()) break;
        }
        if (initials != upper_acr || !head) continue;
        std::string canonical(c.t.substr(toks[i + 3].begin, toks[end - 1].end - toks[i + 3].begin));
        names.add_acronym_long_form(std::string(c.word(i + 3)), canonical);
        names.acronyms[std::string(acr)] = std::move(canonical);
    }
}

void acronyms_in(const Ctx& c, DocumentNames& names) {
    const Lexicons& lx = lexicons();
    const auto& toks = c.toks;
    for (std::size_t i = 0; i + 2 < toks.size(); ++i) {
        // "National Rifle Association (NRA)", or as news writes it, "the National Rifle
        // Association, or NRA," (then the initials must match exactly)
        std::size_t acr_at = 0;
        bool or_form = false;
        if (c.is_punct(i, "(") && c.is_word(i + 1) && c.is_punct(i + 2, ")")) {
            acr_at = i + 1;
        } else if (c.is_punct(i, ",") && c.is_word(i + 1) && word_is(c.word(i + 1), "or") && c.is_word(i + 2) &&
                   (i + 3 >= toks.size() || !c.is_word(i + 3))) {
            acr_at = i + 2;
            or_form = true;
        } else {
            continue;
        }
        std::string_view acr = c.word(acr_at);
        if (!acronym_word(acr)) continue;
        // walk back over capitalised words and connectors collecting initials
        std::string initials;
        std::string hyphen_initials;  // "Al-Fen" gives 'F' here where `initials` has 'A'
        std::size_t j = i;
        std::size_t start = i;
        while (j > 0) {
            // "Fenmouth Growers' Association (FGA)": the apostrophe of a plural inside the name
            if (j > 1 && bare_apostrophe(c, j - 1) && c.is_word(j - 2) && c.word(j - 2).back() == 's') {
                --j;
                continue;
            }
            std::string_view w = c.word(j - 1);
            if (!c.is_word(j - 1)) break;
            if (capitalised(w)) {
                initials.insert(initials.begin(), w[0]);
                hyphen_initials.insert(hyphen_initials.begin(), capital_after_last_hyphen(w, w[0]));
                start = j - 1;
            } else if (!connector(w)) break;
            --j;
            if (initials.size() >= acr.size()) break;
        }
        std::string upper_acr;
        for (char ch : acr)
            if (is_upper_ascii(ch)) upper_acr += ch;
        if (start >= i || initials.empty()) continue;
        if (or_form && initials != upper_acr) continue;
        bool match = initials == upper_acr || (upper_acr.size() >= 2 && initials.find(upper_acr) != std::string::npos) ||
                     initials_with_hyphens(initials, hyphen_initials, upper_acr);
        if (!match && !(acr.size() >= 3 && initials.size() >= 2 && upper_acr.substr(0, initials.size()) == initials))
            continue;
        // "the Thrift Savings Plan (TSP)", "the Free Application for Federal Student Aid (FAFSA)": an
        // acronym of a law, plan or form (thing_heads.txt, not also a body's head word) is no body
        bool thing = false, head = false;
        for (std::size_t q = start; q < i; ++q) {
            if (!c.is_word(q)) continue;
            const bool org_head = lx.org_heads.count(c.word(q)) > 0;
            thing = thing || (lx.thing_heads.count(c.word(q)) && !org_head);
            head = head || org_head;
        }
        if (thing) continue;
        std::string canonical;
        const std::size_t n = match_gazetteer(c, start, lx, canonical);
        const bool whole_in_gazetteer = n > 0 && start + n == i;
        std::string gazetteer_name;  // the acronym itself a gazetteer alias
        const bool acronym_in_gazetteer = !whole_in_gazetteer && match_gazetteer(c, acr_at, lx, gazetteer_name) == 1;
        // "Mobile Source Air Toxics (MSAT)", "Ultra Low Sulfur Diesel (ULSD)": with no head word
        // and no gazetteer entry, an expansion made of common English words names a thing
        if (!head && !whole_in_gazetteer && !acronym_in_gazetteer) {
            bool common = true;
            for (std::size_t q = start; q < i && common; ++q)
                common = !c.is_word(q) || connector(c.word(q)) || lx.is_common_word(c.word(q));
            if (common) continue;
        }
        if (!whole_in_gazetteer)
            canonical = acronym_in_gazetteer ? gazetteer_name
                                             : std::string(c.t.substr(toks[start].begin, toks[i - 1].end - toks[start].begin));
        if (!whole_in_gazetteer && !acronym_in_gazetteer && !lx.given_names.count(c.word(start)))
            names.add_acronym_long_form(std::string(c.word(start)), canonical);
        names.acronyms[std::string(acr)] = canonical;
    }
    acronyms_in_apposition(c, names);
}

}  // namespace

void collect_thing_names(std::string_view t, Range r, DocumentNames& names) {
    const auto toks = tokenize(t, r.begin, r.end);
    thing_names_in(Ctx{t, toks}, names);
}

void collect_acronyms(std::string_view t, Range r, DocumentNames& names) {
    const auto toks = tokenize(t, r.begin, r.end);
    acronyms_in(Ctx{t, toks}, names);
}

void collect_definitions(std::string_view t, Range r, DocumentNames& acronyms, DocumentNames& things) {
    collect_definitions(t, r, tokenize(t, r.begin, r.end), acronyms, things);
}

void collect_definitions(std::string_view t, Range, const std::vector<Token>& toks, DocumentNames& acronyms,
                         DocumentNames& things) {
    const Ctx c{t, toks};
    acronyms_in(c, acronyms);
    thing_names_in(c, things);
}

namespace {

// Tokens of "Westland government" / "West Westland government" starting at i when the document
// names that government after "the" (DocumentNames::governments; its name there into `name`),
// else 0.
std::size_t government_named_at(const Ctx& c, std::size_t i, const DocumentNames& names, std::string& name) {
    if (names.governments.empty() || i == 0 || !c.is_word(i - 1) || ascii_lower(c.word(i - 1)) != "the") return 0;
    std::string run;
    for (std::size_t k = i; k < i + 4 && c.is_word(k); ++k) {
        std::string_view w = c.word(k);
        if (k > i && (w == "government" || w == "Government")) {
            auto it = names.governments.find(run + " government");
            if (it == names.governments.end()) return 0;
            name = it->first;
            return k - i + 1;
        }
        if (!capitalised(w) || c.toks[k].possessive) return 0;
        if (!run.empty()) run += ' ';
        run += w;
    }
    return 0;
}

}  // namespace

namespace {

// The office a title holds (lexicons/title_offices.txt), a plural's through its singular:
// "Councillors A B and C D" are each a "Councillor".
std::map<std::string, TitleOffice, std::less<>>::const_iterator title_office(std::string_view title, const Lexicons& lx) {
    auto office = lx.title_offices.find(title);
    if (office == lx.title_offices.end() && title.size() > 2 && title.back() == 's')
        office = lx.title_offices.find(title.substr(0, title.size() - 1));
    return office;
}

// After a capitalised run ending before token k: ", which" and a verb of an organisation
// speaking or acting ("says", "represents", "campaigns", "has ... members"), or an apposition
// ", the <words> <org noun>," ("the region's visitor body"): the run names a body.
bool described_as_body(const Ctx& c, std::size_t k, const Lexicons& lx) {
    if (!c.is_punct(k, ",") || !c.is_word(k + 1)) return false;
    static const WordTable acts = {"says", "said", "represents", "speaks", "campaigns", "lobbies",
                                                    "describes", "claims", "organises", "organizes", "argues"};
    if (c.word(k + 1) == "which") {
        std::size_t v = k + 2;
        // an adverb between: "which now says", "which recently said"
        if (c.is_word(v) && (c.word(v) == "also" || c.word(v) == "now" || c.word(v).ends_with("ly"))) ++v;
        if (!c.is_word(v)) return false;
        if (acts.count(c.word(v))) return true;
        if (c.word(v) == "has" || c.word(v) == "had")
            for (std::size_t z = v + 1; z < v + 6 && c.is_word(z); ++z)
                if (c.word(z) == "members" || c.word(z) == "staff" || c.word(z) == "employees") return true;
        return false;
    }
    if (c.word(k + 1) != "the") return false;
    for (std::size_t z = k + 2; z < k + 7 && c.is_word(z) && !capitalised(c.word(z)); ++z)
        if (c.is_punct(z + 1, ",") && (org_noun(c.word(z)) || lx.generic_body_nouns.count(ascii_lower(c.word(z)))))
            return true;
    return false;
}

// Token k opens a sentence: the paragraph's first token, or after ". ", "! ", "? " (a full stop
// before a comma is an abbreviation's: "Inc., which").
bool opens_sentence_at(const Ctx& c, std::size_t k) {
    return k == 0 || (c.is_punct(k - 1, ".") && !c.is_punct(k, ",")) || c.is_punct(k - 1, "!") || c.is_punct(k - 1, "?");
}

// The body of a sentence that opens "At <Org>," and whose fronted phrase (the body, then
// perhaps a relative clause ", which ...") ends at the comma at token `comma`; "" otherwise.
std::string fronted_at_body(const Ctx& c, const std::vector<Mention>& mentions, const std::vector<int>& starts,
                            const std::vector<int>& ends, std::size_t comma) {
    constexpr std::size_t kReach = 40;  // tokens back to the sentence's start
    std::size_t s0 = comma;
    while (s0 > 0 && comma - s0 < kReach && !opens_sentence_at(c, s0)) --s0;
    if (s0 > 0 && comma - s0 >= kReach) return {};
    if (!c.is_word(s0) || c.word(s0) != "At") return {};
    std::size_t o = s0 + 1;
    if (c.is_word(o) && c.word(o) == "the") ++o;
    if (starts[o] < 0 || mentions[starts[o]].kind != MentionKind::Organisation) return {};
    std::size_t after = mentions[starts[o]].tok_end;
    if (c.is_punct(after, ".") && c.is_punct(after + 1, ",")) ++after;  // "Inc.,"
    // the body right before the comma, or a relative clause on it between
    const bool right_before = ends[comma] == starts[o] || after == comma;
    const bool relative = c.is_punct(after, ",") && c.is_word(after + 1) &&
                          (c.word(after + 1) == "which" || c.word(after + 1) == "where" || c.word(after + 1) == "whose");
    return right_before || relative ? mentions[starts[o]].org : std::string{};
}

// The organisation `body` is named in the sentence right before the one opening at token k (and
// no other organisation is named there after it). `before`: the index of the first mention at or
// after k (mentions are in text order), so that only the mentions before it are looked at.
bool body_in_previous_sentence(const Ctx& c, const std::vector<Mention>& mentions, std::size_t before, std::size_t k,
                               const std::string& body) {
    if (k == 0) return false;
    std::size_t start = k - 1;  // the previous sentence's first token
    while (start > 0 && !opens_sentence_at(c, start)) --start;
    for (std::size_t i = std::min(before, mentions.size()); i-- > 0;) {
        const Mention& o = mentions[i];
        if (o.tok_end > k || o.kind != MentionKind::Organisation) continue;
        return o.tok_begin >= start && o.org == body;
    }
    return false;
}

// The mentions from `k` back are listed one after another, with only "," or "and" between.
bool listed_before(const std::vector<Mention>& mentions, const Ctx& c, std::size_t k, std::size_t from) {
    if (mentions[k].tok_end >= from) return false;
    for (std::size_t z = mentions[k].tok_end; z < from; ++z)
        if (!(c.is_punct(z, ",") || (c.is_word(z) && c.word(z) == "and"))) return false;
    return true;
}

bool plural_title(const std::string& title, const Lexicons& lx) {
    return title.size() >= 3 && title.back() == 's' && !lx.title_offices.count(title) &&
           title_office(title, lx) != lx.title_offices.end();
}

// A run starting at token i continues a list of people opened by a plural title ("Councillors
// A B and C D": C D).
bool continues_plural_title_list(const std::vector<Mention>& mentions, const Ctx& c, std::size_t i, const Lexicons& lx) {
    // a list of at most this many names (so that a page of names stays linear)
    constexpr std::size_t kListReach = 16;
    std::size_t from = i;
    for (std::size_t k = mentions.size(); k-- > 0 && mentions.size() - k <= kListReach;) {
        if (mentions[k].kind != MentionKind::Person || !listed_before(mentions, c, k, from)) return false;
        if (plural_title(mentions[k].title, lx)) return true;
        if (!mentions[k].title.empty()) return false;
        from = mentions[k].tok_begin;
    }
    return false;
}

// "Councillors A B and C D", "Crs A B, C D and E F": a plural title before a list of names is each
// name's title (the names after the first are found untitled).
void share_plural_titles(std::vector<Mention>& mentions, const Ctx& c, const Lexicons& lx) {
    for (std::size_t m = 0; m + 1 < mentions.size(); ++m) {
        const std::string& title = mentions[m].title;
        if (mentions[m].kind != MentionKind::Person || !plural_title(title, lx)) continue;
        for (std::size_t k = m + 1; k < mentions.size(); ++k) {
            if (mentions[k].kind != MentionKind::Person || !mentions[k].title.empty() ||
                !listed_before(mentions, c, k - 1, mentions[k].tok_begin))
                break;
            mentions[k].title = title;
        }
    }
}

}  // namespace

std::string_view surname_core(std::string_view surname) {
    return hyphenated_particle_surname(surname, lexicons()) ? surname.substr(surname.find('-') + 1) : surname;
}

ParagraphMentions find_mentions(std::string_view t, Range r, const DocumentNames& names) {
    return find_mentions(t, r, names, tokenize(t, r.begin, r.end));
}

ParagraphMentions find_mentions(std::string_view t, Range r, const DocumentNames& names, std::vector<Token> tokens) {
    const Lexicons& lx = lexicons();
    ParagraphMentions out;
    out.tokens = std::move(tokens);
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
    // An organisation named as written by tokens [from, from + n).
    auto add_named_org = [&](std::size_t from, std::size_t n) {
        Mention m;
        m.kind = MentionKind::Organisation;
        m.org = std::string(t.substr(toks[from].begin, toks[from + n - 1].end - toks[from].begin));
        add(m, from, from + n);
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
            // "United States Department of Agriculture": a country before a gazetteer name is
            // that national body
            if (const std::size_t n = national_prefix_at(c, i, lx); n > 0 && n < p) {
                std::string known;
                if (match_gazetteer(c, i + n, lx, known) == p - n) canonical = known;
            }
            // the pattern may end in a gazetteer name or a defined acronym: keep its canonical
            g = p;
        }
        // "a Bachelor of Arts in History", "a Degree in Harbour Administration": a degree's subject
        if (g > 0 && degree_subject_at(c, i, lx)) {
            i += g;
            continue;
        }
        // "the Ninth Congressional District": an electoral district is an area, no actor
        if (g >= 2 && c.word(i + g - 1) == "District" && lx.electoral_district_words.count(c.word(i + g - 2))) {
            i += g;
            continue;
        }
        if (g == 0) {
            auto a = names.acronyms.find(w);
            if (a != names.acronyms.end()) { canonical = a->second; g = 1; }
        }
        if (g == 0 && !(i > 0 && lx.titles.count(c.word(i - 1)))) g = acronym_long_form_at(c, i, names, canonical);
        if (g > 0) {
            Mention m;
            m.kind = MentionKind::Organisation;
            m.org = canonical;
            // a shortened name of a body the document names in full
            if (auto longer = names.organisation_suffixes.find(canonical);
                longer != names.organisation_suffixes.end() && !longer->second.empty()) {
                m.org = longer->second;
                m.org_written = canonical;
            }
            add(m, i, i + g);
            i += g;
            continue;
        }
        if (std::size_t n = founded_body_at(c, i, lx, out.mentions)) {
            add_named_org(i, n);
            i += n;
            continue;
        }
        if (std::size_t n = campaign_name_at(c, i, lx, names)) {
            add_named_org(i, n);
            i += n;
            continue;
        }
        if (std::size_t n = body_before_whose(c, i, lx)) {
            add_named_org(i, n);
            i += n;
            continue;
        }
        // "the Westland government" (a government the document names, DocumentNames::governments)
        // is a body: it floats plans and backs or opposes them like any other
        if (std::string government; std::size_t n = government_named_at(c, i, names, government)) {
            Mention m;
            m.kind = MentionKind::Organisation;
            m.org = std::move(government);  // the name ministers' affiliations use
            add(m, i, i + n);
            i += n;
            continue;
        }
        // "Fenwold Securities chief economist A B", "Drivers' Voice Westland president A B": a run
        // of two or more capitalised words right before lower-case role words ending in a role
        // noun and a full name is the body the role is held in, even with no head word — unless
        // the document writes the run as a place ("in Lower Fenton": "Lower Fenton nurse A B"
        // says where she works, not for whom)
        if (std::size_t n = role_body_before_name(c, i, lx, names)) {
            // (one word: the short name of the document's body it opens)
            const std::string run = n == 1 ? org_opened_by(names, w) : std::string(t.substr(toks[i].begin, toks[i + n - 1].end - toks[i].begin));
            bool place = false;
            for (std::string_view prep : {"in ", "near ", "from ", "at "}) {
                const std::string needle = std::string(prep) + run;
                for (std::size_t at = t.find(needle); at != std::string_view::npos && !place; at = t.find(needle, at + 1)) {
                    const bool word_start = at == 0 || !(is_lower_ascii(t[at - 1]) || is_upper_ascii(t[at - 1]));
                    const std::size_t after = at + needle.size();
                    const bool word_end = after >= t.size() || !(is_lower_ascii(t[after]) || is_upper_ascii(t[after]));
                    place = word_start && word_end;
                }
            }
            if (!place) {
                Mention m;
                m.kind = MentionKind::Organisation;
                m.org = run;
                add(m, i, i + n);
                i += n;
                continue;
            }
        }
        // "Penhallow's parent-teacher association", "Polwenna's town council": a place's body
        // named by a common noun (lexicons/org_nouns.txt) after the place's possessive; not after a
        // title or a known surname ("Dr B's group", "Smith's union" are a person's)
        if (capitalised(w) && !lx.function_words.count(w) && !lx.titles.count(w) && !role_noun(w, lx) &&
            !(i > 0 && c.is_word(i - 1) && (lx.titles.count(c.word(i - 1)) || role_noun(c.word(i - 1), lx))) &&
            !(i > 1 && c.is_punct(i - 1, ".") && lx.titles.count(c.word(i - 2)))) {
            std::size_t k = i;
            while (c.is_word(k) && k - i < 3 && capitalised(c.word(k)) && !lx.function_words.count(c.word(k)) &&
                   !toks[k].possessive)
                ++k;
            if (c.is_word(k) && capitalised(c.word(k)) && toks[k].possessive && !names.surnames.count(c.word(k))) {
                std::size_t e = k + 1, last = 0;
                while (e < toks.size() && e - k <= 3 && c.is_word(e) && lowercase_word(c.word(e)) &&
                       !role_boundary(c.word(e)) && !connector(c.word(e)) && !toks[e].possessive) {
                    if (org_noun(c.word(e))) last = e + 1;
                    ++e;
                }
                if (last > 0 && !(c.is_word(last) && lowercase_word(c.word(last)) && org_noun(c.word(last)))) {
                    Mention m;
                    m.kind = MentionKind::Organisation;
                    m.org = std::string(t.substr(toks[i].begin, toks[last - 1].end - toks[i].begin));
                    add(m, i, last);
                    i = last;
                    continue;
                }
            }
        }
        // A name introduced by "the group", "the union", "a spokesperson for" or by "of" right after a person.
        {
            bool after_org_noun = i > 0 && c.is_word(i - 1) && lowercase_word(c.word(i - 1)) && org_noun(c.word(i - 1));
            bool after_person_of = i > 1 && c.is_word(i - 1) && word_is(c.word(i - 1), "of") && !out.mentions.empty() &&
                                   out.mentions.back().kind == MentionKind::Person && out.mentions.back().tok_end == i - 1;
            // "a spokesperson for Acme", "a representative of Acme": who speaks for a body names it
            static const WordTable speakers_for = {"spokesperson", "spokesman", "spokeswoman",
                                                                    "spokespeople", "representative"};
            bool after_spokesperson = i > 1 && c.is_word(i - 1) &&
                                      (word_is(c.word(i - 1), "for") || word_is(c.word(i - 1), "of") || word_is(c.word(i - 1), "from")) &&
                                      c.is_word(i - 2) && speakers_for.count(c.word(i - 2)) > 0;
            // "head of research at Quillbridge", "a senior fellow at the Acme Institute": the place
            // where a role is held is a body
            bool after_role_at = false;
            {
                std::size_t a = i;
                if (a > 0 && c.is_word(a - 1) && word_is(c.word(a - 1), "the")) --a;
                // (a lone head word, "a researcher at the Institute", refers back to a body named before)
                if (a > 1 && c.is_word(a - 1) && (word_is(c.word(a - 1), "at") || word_is(c.word(a - 1), "with")) &&
                    !(lx.org_heads.count(w) && !(c.is_word(i + 1) && capitalised(c.word(i + 1)))))
                    after_role_at = role_phrase_before(c, a - 1, lx);
            }
            // "A B runs Keep Polwenna for Locals", "who founded Friends of the Old Mill": the object of a
            // verb of leading is a body (the same constraints as after "of")
            bool after_role_verb = false;
            {
                std::size_t a = i;
                if (a > 0 && c.is_word(a - 1) && word_is(c.word(a - 1), "the")) --a;
                // (the verb looked up last: asked of nearly every word, and the person or "who"
                // before it is rare)
                if (a > 1 && c.is_word(a - 1) && lowercase_word(c.word(a - 1)) && !out.mentions.empty() &&
                    ((out.mentions.back().kind == MentionKind::Person && out.mentions.back().tok_end == a - 1) ||
                     (c.is_word(a - 2) && word_is(c.word(a - 2), "who"))) &&
                    lx.role_verbs.count(c.word(a - 1)))
                    after_role_verb = true;
            }
            // "CEO of Fenmouth Health,": after "<role> of" a name of two words or more that ends the
            // phrase is a body (not "mayor of Polwenna", a place; not "professor of Political
            // Science at X", a subject)
            bool after_role_of = false;
            {
                std::size_t a = i;
                if (a > 0 && c.is_word(a - 1) && word_is(c.word(a - 1), "the")) --a;
                if (a > 1 && c.is_word(a - 1) && word_is(c.word(a - 1), "of") && role_phrase_before(c, a - 1, lx)) {
                    std::string title = ascii_lower(c.word(a - 2));
                    if (!title.empty() && is_lower_ascii(title[0])) title[0] = static_cast<char>(title[0] - 'a' + 'A');
                    auto office = lx.title_offices.find(title);
                    const bool of_place = office != lx.title_offices.end() && office->second.of_place;
                    std::size_t n = of_place ? 0 : introduced_org_name(c, i, lx, false);
                    const std::size_t after = i + n;
                    if (n >= 2 && (after >= toks.size() || c.is_punct(after, ",") || c.is_punct(after, ".") ||
                                   c.is_punct(after, ")") || c.is_punct(after, ";")))
                        after_role_of = true;
                }
            }
            if (after_org_noun || after_person_of || after_spokesperson || after_role_at || after_role_verb || after_role_of) {
                // ("a spokeswoman for Housing Minister A B": a portfolio before a title and a name
                // is no body)
                std::size_t n = introduced_org_name(c, i, lx, after_person_of || after_role_verb);
                // "an economist at the Fenmouth consultancy Quayle Economics": a place before a
                // common noun for a body, whose name follows it
                if (n && after_role_at && !after_org_noun && c.is_word(i + n) && lowercase_word(c.word(i + n)) &&
                    org_noun(c.word(i + n)) && c.is_word(i + n + 1) && capitalised(c.word(i + n + 1)))
                    n = 0;
                if (n && !role_opens_name(c, i + n, lx)) {
                    add_named_org(i, n);
                    i += n;
                    continue;
                }
            }
        }
        // A news outlet ("Speaking to Northmoor Today", "told the Valley Gazette", "the Bishop Law
        // Journal"): not an actor.
        if (capitalised(w) && (!lx.titles.count(w) || title_word_opens_body(c, i, lx))) {
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
        // People with a title: "Dr A B", "Professor B", "Prof. A B"; a capitalised role before one
        // name that is no common word serves as a title: "Chairman Barton", "President Obama" (not
        // "Executive Order")
        const bool role_as_title = capitalised(w) && role_noun(w, lx) && c.is_word(i + 1) && name_word(c.word(i + 1), lx) &&
                                   !lx.is_common_word(c.word(i + 1)) &&
                                   !(c.is_word(i + 2) && name_word(c.word(i + 2), lx, false)) &&
                                   // (the last word of a longer role before a full name is no
                                   // title: "House Majority Whip A Q. B", below)
                                   !(i > 0 && c.is_word(i - 1) && capitalised(c.word(i - 1)) &&
                                     middle_initial_name_at(c, i + 1, lx) == i + 1);
        // ("Father’s Day lunch": a title in the possessive names nobody)
        // ("Attorney General A B": a rank after a capitalised word is part of an office's name,
        // handled as a role, not a title of its own)
        const bool rank_in_office = lx.rank_titles.count(w) && i > 0 && c.is_word(i - 1) && capitalised(c.word(i - 1));
        if ((lx.titles.count(w) && !toks[i].possessive && !rank_in_office) || role_as_title) {
            std::size_t j = i + 1;
            if (c.is_punct(j, ".")) ++j;
            std::size_t k = j;
            std::vector<std::string> parts;
            while (k < toks.size() && parts.size() < 4) {
                // 'Rep. Harold "Hal" Rogers': the person goes by the nickname
                if (!parts.empty() && quoted_nickname_at(c, k, lx)) {
                    parts.back() = std::string(c.word(k + 1));
                    k += 3;
                    continue;
                }
                // "President Bashar al-Assad", "Mr van Dijk": a surname with its particles ends the name
                if (parts.empty() || !toks[k - 1].possessive) {
                    if (const std::size_t n = particle_surname_at(c, k, lx)) {
                        for (std::size_t z = k; z < k + n; ++z) parts.emplace_back(c.word(z));
                        k += n;
                        break;
                    }
                }
                if (!c.is_word(k)) break;
                std::string_view x = c.word(k);
                // an initial before more of the name: "J Smith", "Elijah E. Cummings"
                bool initial = x.size() == 1 && is_upper_ascii(x[0]) && !toks[k].possessive &&
                               (c.is_word(k + 1) || (c.is_punct(k + 1, ".") && c.is_word(k + 2) &&
                                                     toks_adjacent(c, k, k + 1) && capitalised(c.word(k + 2))));
                if (!initial && !name_word(x, lx, false) && !title_as_surname(c, k, parts.size(), lx)) break;
                // "President A B Tuesday laid out ...": a day after a name is the news' date
                if (!parts.empty() && weekday(x)) break;
                // "President Ann J. Hale Announces Nominees": a headline's verb after a full name
                if (parts.size() >= 2 && headline_verb(x, lx)) break;
                parts.emplace_back(x);
                if (toks[k].possessive) { ++k; break; }
                ++k;
                if (initial && c.is_punct(k, ".")) ++k;  // "J. Smith"
            }
            // "Lord Ashby of Kendal": a peer's territorial title is part of the name, not an affiliation
            if (auto office = lx.title_offices.find(w); office != lx.title_offices.end() && !office->second.of_place &&
                !office->second.document_council &&
                !parts.empty() && !toks[k - 1].possessive && c.is_word(k) && c.word(k) == "of" && c.is_word(k + 1) &&
                capitalised(c.word(k + 1)) && !lx.org_heads.count(c.word(k + 1)) &&
                !(c.is_word(k + 2) && capitalised(c.word(k + 2))))
                k += 2;
            // "Mr. Chairman", "the hon. Gentleman": a form of address, no name
            if (parts.size() == 1 && form_of_address(parts[0], lx)) {
                i = k;
                continue;
            }
            // A military rank written in full is also a word of company names ("General Motors",
            // "General Dynamics"): before one name that is a common word, no person.
            const bool rank_before_word = lx.rank_titles.count(w) && !c.is_punct(i + 1, ".") && parts.size() == 1 &&
                                          lx.is_common_word(parts[0]);
            if (!parts.empty() && parts.back().size() > 1 && !rank_before_word) {
                Mention m;
                m.kind = MentionKind::Person;
                m.title = std::string(w);
                m.names = parts;
                add(m, i, k);
                i = k;
                continue;
            }
        }
        // "the Obama administration", "a Trump administration official": a government named
        // after its head is a body of its own
        if (administration_at(c, i, lx)) {
            Mention m;
            m.kind = MentionKind::Organisation;
            m.org = std::string(w) + " administration";
            add(m, i, i + 2);
            i += 2;
            continue;
        }
        // The leading words of an organisation named in full elsewhere in the document.
        if (!names.organisation_prefixes.empty() && capitalised(w)) {
            std::string phrase(w);
            std::size_t k = i + 1;
            std::size_t matched = 0;
            std::string org;
            while (k < toks.size() && k - i < 8) {
                auto it = names.organisation_prefixes.lower_bound(phrase);
                if (it != names.organisation_prefixes.end() && it->first == phrase) { matched = k - i; org = it->second; }
                // No name begins with these words, so none begins with more of them: the names
                // that do stand together from lower_bound on. (Every capitalised word was looked
                // up with up to seven words after it, 2 % of a build.)
                if (it == names.organisation_prefixes.end() || !std::string_view(it->first).starts_with(phrase)) break;
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
        // ... nor a plural one before surnames the document gives in full: "Vice Chairs Hale and Vance"
        if (capitalised(w) && w.size() > 3 && w.back() == 's' && role_noun(w.substr(0, w.size() - 1), lx) &&
            c.is_word(i + 1) && names.surnames.count(c.word(i + 1))) {
            ++i;
            continue;
        }
        // "... Vice President of Government Affairs Colin Woodall": a capitalised common word ending
        // a longer capitalised run, right before a given name and a surname, is no part of the name
        if (common_word_before_full_name(c, i, lx, names)) {
            ++i;
            continue;
        }
        // "Steny H. Hoyer", "Ann J. Vale": a middle initial between two name words is a person's
        // name, whatever the words around it (a capitalised role or run before it is no part of
        // it: "House Whip Steny H. Hoyer")
        if (std::size_t s = middle_initial_name_at(c, i, lx); s != kNoMiddleInitialName) {
            if (s > i) {
                ++i;
                continue;
            }
            Mention m;
            m.kind = MentionKind::Person;
            m.names = {std::string(c.word(i)), std::string(c.word(i + 1)), std::string(c.word(i + 3))};
            add(m, i, i + 4);
            i += 4;
            continue;
        }
        // People without a title, where the context says a person is named.
        if (name_word(w, lx)) {
            std::size_t k = i;
            // (a capitalised role before a name opens that name: "Berrien County | Sheriff Paul Bailey")
            while (k < toks.size() && k - i < 3 && c.is_word(k) && name_word(c.word(k), lx, k == i) &&
                   !(k > i && (role_opens_name(c, k, lx) || weekday(c.word(k))))) {
                if (toks[k].possessive) { ++k; break; }
                ++k;
            }
            // "Ludwig van Beethoven", "Bashar al-Assad": a surname with its particles ends the name
            if (k > i && !toks[k - 1].possessive) k += particle_surname_at(c, k, lx);
            std::size_t n = k - i;
            // "South Australia's court", "New Mexico's governor": a state, province or country
            // written in full is a place, whatever follows it
            if (n >= 2 && known_place_name(std::string_view(t).substr(toks[i].begin, toks[k - 1].end - toks[i].begin), lx)) {
                i = k;
                continue;
            }
            bool person = false;
            // evidence that needs the words to read as a name, not as common words (below)
            bool weak = false;
            // a known surname alone — not the last word of a capitalised run that was no name
            // ("Polwenna Mayor A B" where someone is surnamed Fork)
            const bool inside_run = i > 0 && c.is_word(i - 1) && capitalised(c.word(i - 1)) &&
                                    !lx.titles.count(c.word(i - 1)) && !role_noun(c.word(i - 1), lx) &&
                                    !lx.function_words.count(c.word(i - 1)) && !toks[i - 1].possessive;
            if (n == 1 && names.surnames.count(w) && !inside_run) person = true;
            // "Smith said" — a lone capitalised word as the subject of a reporting verb
            // ... but not a bare plural opening a sentence ("Teachers say", "Parents said")
            bool bare_plural = !names.surnames.count(w) && w.size() > 3 && w.back() == 's' &&
                               w[w.size() - 2] != 's' && (i == 0 || !c.is_word(i - 1));
            // ... nor a noun modifier after a determiner ("a Portland think tank")
            bool after_determiner = i > 0 && c.is_word(i - 1) &&
                                    (c.word(i - 1) == "a" || c.word(i - 1) == "an" || c.word(i - 1) == "the" ||
                                     c.word(i - 1) == "The");
            // ... nor a place after a preposition ("Campaigners in Ruralshire say")
            // ("Mayor A B of Fenmouth said": "of" after a person names a place)
            static const WordTable place_prepositions = {"in", "at", "from", "near", "across",
                                                                         "around", "throughout", "outside", "of"};
            bool after_preposition = i > 0 && c.is_word(i - 1) && place_prepositions.count(c.word(i - 1)) > 0;
            // ... nor a US state ("Ohio state Rep. A B": "state" is no verb there), nor a country
            // ("Russia said")
            const bool place_name = lx.is_us_state(w) || lx.is_country(w);
            // ... nor with a verb that does not agree with one person ("a small Perth think tank":
            // "think" has a form "thinks" that a singular subject would take)
            const bool plural_verb = c.is_word(k) && lx.reporting_verbs.count(ascii_lower(c.word(k)) + "s") > 0;
            if (n == 1 && !place_name && !toks[i].possessive && c.is_word(k) && is_reporting_word(c.word(k), lx) && !plural_verb &&
                (i == 0 || !c.is_word(i - 1) || lowercase_word(c.word(i - 1))) && !bare_plural && !after_determiner &&
                !after_preposition)
                person = true;
            if (n >= 2) {
                // a surname the document uses alone for a person ("Okoro said" later): "Lena
                // Okoro had two meetings" names that person (two words, not after an article)
                if (n == 2 && names.lone_surnames.count(c.word(i + 1)) && !after_determiner && !after_preposition &&
                    !lx.name_stopwords.count(w))
                    person = true;
                // a common given name first: "campaigned for Hillary Clinton" (two or three
                // words; "the Elizabeth Line" after an article is a thing, "Helen Road" a street)
                // ("Located in Ann Hollow": after "in" or "near" a given name opens a place's name)
                const bool after_in = i > 0 && c.is_word(i - 1) && (c.word(i - 1) == "in" || c.word(i - 1) == "near");
                if (n <= 3 && lx.given_names.count(w) && !after_determiner && !after_in) {
                    bool stopword = false;
                    for (std::size_t q = i + 1; q < k; ++q) stopword = stopword || lx.name_stopwords.count(c.word(q)) > 0;
                    person = person || !stopword;
                }
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
                // "my name is A B": a speaker introducing themselves
                if (b > 1 && c.word(b - 1) == "is" && ascii_lower(c.word(b - 2)) == "name") person = true;
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
                // (a comma or bracket alone is weak evidence: "Sound Science, Cost Effectiveness,")
                // a longer appositive that describes a person: "A B, 16, who leads ...", "A B, the
                // City of X Council's housing convener," (a role noun or "who" within ten words)
                // ("A B, 44," gives an age: only people have one)
                bool described = apposition || (c.is_punct(k, ",") && c.is_word(k + 1) && c.word(k + 1).size() <= 3 &&
                                                std::all_of(c.word(k + 1).begin(), c.word(k + 1).end(), is_digit_ascii) &&
                                                c.is_punct(k + 2, ","));
                for (std::size_t q = k + 1; c.is_punct(k, ",") && q < k + 11 && q < toks.size() && !described; ++q) {
                    if (c.is_punct(q, ".") || c.is_punct(q, ";") || c.is_punct(q, ":")) break;
                    described = c.is_word(q) && (role_noun(c.word(q), lx) || c.word(q) == "who");
                }
                if ((c.is_punct(k, ",") || c.is_punct(k, "(")) && !after_determiner && !place) {
                    if (described) person = true;
                    else weak = true;
                }
                // (lower case: "Renewable Energy Standard According to the EIA" is a heading)
                if (c.is_word(k) && lowercase_word(c.word(k)) && is_reporting_word(c.word(k), lx)) person = true;
                if (c.is_word(k) && (c.word(k) == "has" || c.word(k) == "had") && c.is_word(k + 1) &&
                    is_reporting_word(c.word(k + 1), lx))
                    person = true;
                if (toks[k - 1].possessive) weak = true;
                // "A B is chair of X", "A B is a member of the X": a copula before a role phrase
                if (c.is_word(k) && c.word(k) == "is" && !toks[k - 1].possessive) {
                    std::size_t z = k + 1;
                    if (c.is_word(z) && (c.word(z) == "a" || c.word(z) == "an" || c.word(z) == "the")) ++z;
                    // "A B is the X Trust's chief executive": a possessive name before the role
                    std::size_t y = z;
                    while (y < z + 6 && c.is_word(y) && capitalised(c.word(y)) && !toks[y].possessive) ++y;
                    if (y > z && c.is_word(y) && capitalised(c.word(y)) && toks[y].possessive)
                        for (std::size_t x = y + 1; x < y + 4 && c.is_word(x) && lowercase_word(c.word(x)); ++x)
                            if (role_noun(c.word(x), lx)) person = true;
                    for (; z < k + 6 && c.is_word(z) && lowercase_word(c.word(z)); ++z)
                        if (role_noun(c.word(z), lx) && c.is_word(z + 1) &&
                            (c.word(z + 1) == "of" || c.word(z + 1) == "at" || c.word(z + 1) == "for")) {
                            person = true;
                            break;
                        }
                }
                // "A B from Clean Air Task Force testified": a full name before "from" and a body
                if (c.is_word(k) && c.word(k) == "from") {
                    std::size_t o = k + 1;
                    if (c.is_word(o) && c.word(o) == "the") ++o;
                    std::string canonical;
                    // ("Household Assistance from the Fenland Emergency Agency": a
                    // programme's name of common words is no person)
                    if (match_org_pattern(c, o, lx) > 0 || match_gazetteer(c, o, lx, canonical) > 0) weak = true;
                }
                // "A B of Parents for Safer Streets": a full name before "of <Name>"
                if (c.is_word(k) && c.word(k) == "of" && c.is_word(k + 1) && capitalised(c.word(k + 1))) weak = true;
                // "A B let a flat for years while she worked abroad. She gave up …": a full name
                // opening a sentence, a lowercase word after it, and "he"/"she" in the same or the
                // next sentence with no other name between that the pronoun could stand for: a
                // run of exactly two capitalised words ("C D"), or a known surname; longer runs
                // ("St Iva Homes for Locals") and places after "in", "at", "from" are not people
                // (or opening a clause after a fronted phrase: "At a quarter to eight, A B stands ...")
                const bool opens_sentence = opens_sentence_at(c, i) || (i > 0 && c.is_punct(i - 1, ","));
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
                        // a place or a thing: after "in", "at", "from", "over" ..., or after an article
                        // ("the Mitchell Freeway")
                        const bool place = q > 0 && c.is_word(q - 1) &&
                                           (c.word(q - 1) == "in" || c.word(q - 1) == "at" || c.word(q - 1) == "from" ||
                                            place_prepositions.count(c.word(q - 1)) > 0 || c.word(q - 1) == "the" ||
                                            c.word(q - 1) == "a" || c.word(q - 1) == "an" || c.word(q - 1) == "over");
                        const bool longer = c.is_word(e) && (c.word(e) == "of" || c.word(e) == "for") &&
                                            c.is_word(e + 1) && capitalised(c.word(e + 1));
                        if (!place && !longer && (e - q == 2 || (e - q == 1 && names.surnames.count(x)))) break;
                        q = e - 1;
                    }
                }
            }
            // "Councillors A B and C D": a name listed after one under a plural title
            if (!person && n >= 2 && continues_plural_title_list(out.mentions, c, i, lx)) person = true;
            // "Issue Brief,", "Prepared Statement of", "Policy Makers,": with weak evidence only, a
            // run made of common English words (WordNet) is a heading or a title, not a name,
            // unless it opens with a given name
            if (!person && weak && !words_in_dictionary(c, i, k, lx)) person = true;
            // an untitled name never follows an article ("across the North Coast of Westland"),
            // and "R-Grand Forks", "D-Eastvale" are a US party and home town, not a name
            if (n >= 2 && after_determiner) person = false;
            // ... nor opens a sentence with a verb's -ing form ("Making Sense, a podcast, said",
            // "Owning Time Warner would ...") unless that word is a given name ("Irving")
            if (w.size() > 4 && w.ends_with("ing") && !lx.given_names.count(w) &&
                (i == 0 || c.is_punct(i - 1, ".") || c.is_punct(i - 1, "!") || c.is_punct(i - 1, "?") ||
                 c.is_punct(i - 1, "\"") || c.is_punct(i - 1, "\xE2\x80\x9C")))
                person = false;
            // ... nor, anywhere, opens with a verb's -ing form that is a common word ("Redirecting
            // America's Energy", a report's title)
            if (n >= 2 && w.size() > 4 && w.ends_with("ing") && !lx.given_names.count(w) && lx.is_common_word(w))
                person = false;
            // ... nor the body, place or subject of a role phrase ("the mayor of Polwenna Bay,",
            // "professor of Political Science at X")
            {
                std::size_t a = i;
                if (a > 0 && c.is_word(a - 1) && c.word(a - 1) == "the") --a;
                if (a > 1 && c.is_word(a - 1) &&
                    (c.word(a - 1) == "of" || c.word(a - 1) == "at" || c.word(a - 1) == "for" || c.word(a - 1) == "with") &&
                    role_phrase_before(c, a - 1, lx))
                    person = false;
            }
            if (w.size() > 2 && w[1] == '-' && is_upper_ascii(w[0]) && is_upper_ascii(w[2])) person = false;
            // ... nor a thing, a place, the rest of a longer name or a role title (person_rules.hpp):
            // the whole run is passed over, so no part of "the Clean Air Act" is taken for a name
            const bool follows_person = i > 1 && !out.mentions.empty() &&
                                        out.mentions.back().kind == MentionKind::Person && out.mentions.back().tok_end == i - 1;
            // ("Price Anderson" where the document writes "the Price Anderson Act")
            const bool thing_named = n >= 2 && !lx.given_names.count(w) &&
                                     names.thing_names.count(t.substr(toks[i].begin, toks[k - 1].end - toks[i].begin));
            // "Fenland Hosts Guild, which says it has 2,500 members", "Visit Kowhai, the region's
            // visitor body,": a run described as a body is one
            if (n >= 2 && !lx.given_names.count(w) && described_as_body(c, k, lx)) {
                Mention m;
                m.kind = MentionKind::Organisation;
                m.org = std::string(t.substr(toks[i].begin, toks[k - 1].end - toks[i].begin));
                add(m, i, k);
                i = k;
                continue;
            }
            if (!not_a_person(NameRun{c, i, k, lx, follows_person}).empty() || (n >= 2 && after_determiner) || thing_named) {
                i = k;
                continue;
            }
            if (person) {
                Mention m;
                m.kind = MentionKind::Person;
                // "Chairman Hall said": a capitalised role opening the name is its title
                std::size_t first = i;
                if (n >= 2 && role_noun(w, lx)) {
                    m.title = std::string(w);
                    ++first;
                }
                for (std::size_t q = first; q < k; ++q) m.names.emplace_back(c.word(q));
                add(m, i, k);
                i = k;
                continue;
            }
        }
        // "the department" refers back; "The Department for Education" is a name
        if ((word_is(w, "the") || word_is(w, "The")) && c.is_word(i + 1) && org_noun(c.word(i + 1)) &&
            !(c.is_word(i + 2) && (c.word(i + 2) == "of" || capitalised(c.word(i + 2)))) &&
            match_org_pattern(c, i + 1, lx) == 0) {
            Mention m;
            m.kind = MentionKind::OrgReference;
            m.names.emplace_back(c.word(i + 1));
            add(m, i, i + 2);
            i += 2;
            continue;
        }
        if (word_is(w, "he") || word_is(w, "He") || word_is(w, "she") || word_is(w, "She")) {
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
    // The latest business named before token `before`, as latest_org does, passing over bodies
    // that are no firm (a union, a council: association_heads.txt).
    auto latest_business = [&](std::size_t before) -> std::string {
        for (std::size_t k = out.mentions.size(); k-- > 0;) {
            const Mention& o = out.mentions[k];
            if (o.kind == MentionKind::Organisation && o.tok_end <= before && lx.may_be_firm(o.org)) return o.org;
        }
        const std::size_t at = before < toks.size() ? toks[before].begin : r.end;
        for (auto it = names.organisations_seen.rbegin(); it != names.organisations_seen.rend(); ++it)
            if (it->first < at && it->first < r.begin && lx.may_be_firm(it->second)) return it->second;
        return {};
    };
    // The body a generic word ("the plant", "the group") stands for: the latest named before, a
    // firm for a word of a firm.
    auto body_of_generic = [&](std::size_t before, std::string_view noun) {
        return lx.generic_business_nouns.count(ascii_lower(noun)) ? latest_business(before) : latest_org(before, {});
    };
    // The latest organisation named before token `before` (in this paragraph, else earlier in the
    // document) whose name ends in one of `heads` ("School" for a principal).
    auto latest_org_with_head = [&](std::size_t before, const std::vector<std::string>& heads) -> std::string {
        auto ends_in_head = [&](std::string_view name) {
            std::size_t sp = name.rfind(' ');
            std::string_view last = sp == std::string_view::npos ? name : name.substr(sp + 1);
            return std::find(heads.begin(), heads.end(), last) != heads.end();
        };
        for (std::size_t k = out.mentions.size(); k-- > 0;) {
            const Mention& o = out.mentions[k];
            if (o.kind == MentionKind::Organisation && o.tok_end <= before && ends_in_head(o.org)) return o.org;
        }
        // earlier paragraphs: organisations_seen is in text order; the nearest 64 before this
        // paragraph are looked at, so a page of names costs no more per person
        const auto& seen = names.organisations_seen;
        auto it = std::lower_bound(seen.begin(), seen.end(), r.begin,
                                   [](const auto& e, std::size_t at) { return e.first < at; });
        for (int looked = 0; it != seen.begin() && looked < 64; ++looked) {
            --it;
            if (ends_in_head(it->second)) return it->second;
        }
        return {};
    };
    // The body an office of a place stands for: "City of Polwenna", or "Town of Polwenna" where the
    // document calls the place a town.
    // A local council the document names whose name opens with the place stands for it
    // ("Kowhai Coast Mayor A B" in a story naming the Kowhai Coast District Council).
    auto place_body = [&](const TitleOffice& office, const std::string& place) {
        if (office.role == "mayor")
            for (const auto& council : names.local_councils)
                if (council.size() > place.size() && council.starts_with(place) && council[place.size()] == ' ') return council;
        return (!office.town_body.empty() && names.towns.count(place) ? office.town_body : office.body) + " " + place;
    };
    share_plural_titles(out.mentions, c, lx);
    for (std::size_t m = 0; m < out.mentions.size(); ++m) {
        if (out.mentions[m].kind != MentionKind::Person) continue;
        const std::size_t tb = out.mentions[m].tok_begin, te = out.mentions[m].tok_end;
        std::optional<Affiliation> title_council;
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
            // a verb ends the role: "the union told chief executive A B", "Democrats blasted A B"
            std::size_t country_from = b, country_to = b;  // a dotted country among the words: "U.S."
            std::string party_in_role;  // "The committee's top Republican, A B"
            while (q > 0 && b - q < 8) {
                if (ends[q] >= 0) {
                    if (const std::size_t z = possessor_before_party(c, out.mentions, ends, q, lx); z != q) {
                        party_in_role = out.mentions[ends[q]].org;
                        q = z;
                    }
                    break;
                }
                // ("Democratic U.S. Sen. A B", "Republican US Senator C D": a country is a word
                // of standing, no role)
                if (const std::size_t a = dotted_country_before(c, q, lx); a < q) {
                    country_from = a, country_to = q;
                    q = a;
                    continue;
                }
                if (!(c.is_word(q - 1) && (lowercase_word(c.word(q - 1)) || capitalised(c.word(q - 1))) &&
                      !role_boundary(ascii_lower(c.word(q - 1))) &&
                      !(lowercase_word(c.word(q - 1)) && verb_like(c.word(q - 1), lx))))
                    break;
                if (capitalised(c.word(q - 1)) && !lx.is_nationality_word(c.word(q - 1))) capital_role = true;
                --q;
            }
            std::string org;
            std::size_t role_from = q;
            // "the union's Dr A B": a body's possessive right before the name
            const bool possessive_name = q == b && !comma && ends[q] >= 0 &&
                                         out.mentions[ends[q]].kind == MentionKind::Organisation &&
                                         out.mentions[ends[q]].possessive;
            if (ends[q] >= 0 && out.mentions[ends[q]].kind == MentionKind::Organisation &&
                (q < b || possessive_name || (!comma && is_party(out.mentions[ends[q]].org, lx)))) {  // "GOP Rep. A B"
                if (!comma || out.mentions[ends[q]].possessive) org = out.mentions[ends[q]].org;
            } else if (q < b && ends[q] >= 0 && out.mentions[ends[q]].kind == MentionKind::OrgReference &&
                       out.mentions[ends[q]].possessive) {
                // "The committee's ranking member, A B": the latest body named with that head word
                const Mention& ref = out.mentions[ends[q]];
                org = latest_org(ref.tok_begin, c.word(ref.tok_end - 1));
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
            // "For the union, negotiator A B", "Responding for the union, negotiator A B": a fronted
            // "for <Org>," before a role phrase and the name
            if (org.empty() && q < b && !capital_role && !comma && q > 1 && c.is_punct(q - 1, ",") && ends[q - 1] >= 0 &&
                out.mentions[ends[q - 1]].kind == MentionKind::Organisation) {
                const Mention& o = out.mentions[ends[q - 1]];
                std::size_t f = o.tok_begin;
                if (f > 0 && c.is_word(f - 1) && ascii_lower(c.word(f - 1)) == "the") --f;
                std::size_t lead = f;  // the first word of the fronted phrase
                if (f > 0 && c.is_word(f - 1) && ascii_lower(c.word(f - 1)) == "for") lead = f - 1;
                else if (f > 2 && c.word(f - 1) == "of" && c.word(f - 2) == "behalf" && ascii_lower(c.word(f - 3)) == "on")
                    lead = f - 3;
                // "Speaking for", "Responding on behalf of": one -ing word may open the sentence
                if (lead < f && lead > 0 && c.is_word(lead - 1) && capitalised(c.word(lead - 1)) &&
                    c.word(lead - 1).size() > 4 && c.word(lead - 1).substr(c.word(lead - 1).size() - 3) == "ing")
                    --lead;
                if (lead < f && (lead == 0 || !c.is_word(lead - 1)) && !role_words(q, b).empty()) {
                    org = o.org;
                    role_from = q;
                }
            }
            // "At Fenmouth Cups Inc., which makes paper cups in Wexmoor, sales director A B": a
            // sentence opening "At <Org>," (and a relative clause on it) before the role phrase
            if (org.empty() && q < b && !capital_role && !comma && q > 2 && c.is_punct(q - 1, ",") &&
                !role_words(q, b).empty())
                org = fronted_at_body(c, out.mentions, starts, ends, q - 1);
            if (!org.empty() && (!capital_role || role_noun(c.word(b - 1), lx))) {
                std::string role = ascii_lower(role_words(role_from, b));
                // "The committee's top Republican, A B": the party's senior member is a role there
                if (role.empty() && !party_in_role.empty())
                    for (std::size_t z = role_from; z < b; ++z)
                        if (c.is_word(z)) role += (role.empty() ? "" : " ") + ascii_lower(c.word(z));
                // a party with no role only right before the name or with words of standing between
                // ("Republican state Sen. A B"): "Democrats blasted A B" names the party near A B
                bool party_adjective = !comma && is_party(org, lx);
                for (std::size_t z = role_from; z < b && party_adjective; ++z)
                    if (c.is_word(z) && !lx.role_modifiers.count(ascii_lower(c.word(z))) &&
                        !lx.is_nationality_word(c.word(z)) && !(z >= country_from && z < country_to))
                        party_adjective = false;
                // ... and an adjective: not a plural ("to Democrats A B said"), nor the object of a
                // preposition ("a speech to Republicans A B gave")
                if (party_adjective && ends[q] >= 0) {
                    const Mention& party = out.mentions[ends[q]];
                    std::string_view last = c.word(party.tok_end - 1);
                    static const WordTable prepositions = {"to", "with", "by", "for", "against",
                                                                            "from", "among", "between", "at"};
                    if ((last.size() > 3 && last.back() == 's' && !party.possessive) ||
                        (party.tok_begin > 0 && c.is_word(party.tok_begin - 1) &&
                         prepositions.count(ascii_lower(c.word(party.tok_begin - 1)))))
                        party_adjective = false;
                }
                if (!role.empty() || party_adjective || possessive_name) out.affiliations.push_back({m, org, role});
            } else if (org.empty() && q < b && !comma && out.mentions[m].title.empty() && opens_sentence_at(c, q) &&
                       !role_words(q, b).empty() && !lx.role_bodies.count(ascii_lower(c.word(b - 1)))) {
                // "X, the district's tourism body, says ... Chief executive A B said": a role opening
                // the sentence after one that named a body, in the same paragraph, is that body's
                std::string body = latest_org(q, {}, false);
                if (!body.empty() && body_in_previous_sentence(c, out.mentions, m, q, body))
                    out.affiliations.push_back({m, body, ascii_lower(role_words(q, b))});
            } else if (org.empty() && q < b && !comma) {
                // "Principal A B", "maths teacher A B": a role of one kind of body (lexicons/role_bodies.txt)
                auto kind = lx.role_bodies.find(ascii_lower(c.word(b - 1)));
                bool past = false;
                for (std::size_t z = q; z < b; ++z) past = past || past_standing(ascii_lower(c.word(z)));
                if (kind != lx.role_bodies.end() && !past) {
                    std::string body = latest_org_with_head(q, kind->second);
                    if (!body.empty()) out.affiliations.push_back({m, body, ascii_lower(role_words(q, b))});
                }
            }
            if (!party_in_role.empty()) out.affiliations.push_back({m, party_in_role, ""});
        }
        // (a1b) "Transport Minister A B", "the state's health minister, A B": a minister belongs to
        //      the government the document names most ("the Westland government"); not a shadow or
        //      opposition minister, nor a former one; with no government named, nothing
        {
            std::size_t b = tb;
            if (b > 0 && c.is_punct(b - 1, ",")) --b;
            std::size_t q = b;
            while (q > 0 && b - q < 5 && c.is_word(q - 1) && !role_boundary(ascii_lower(c.word(q - 1))) &&
                   !(lowercase_word(c.word(q - 1)) && verb_like(c.word(q - 1), lx)) && ends[q] < 0)
                --q;
            bool minister = q < b && ascii_lower(c.word(b - 1)) == "minister";
            for (std::size_t z = q; z < b && minister; ++z) {
                const std::string x = ascii_lower(c.word(z));
                if (x == "shadow" || x == "opposition" || past_standing(x)) minister = false;
            }
            if (minister) {
                const std::string government = names.main_government();
                std::string role;
                for (std::size_t z = q; z < b; ++z)
                    if (!toks[z].possessive) role += (role.empty() ? "" : " ") + ascii_lower(c.word(z));
                if (!government.empty()) out.affiliations.push_back({m, government, role});
            }
        }
        // (a2) a title that is an office: "Lord A B" sits in the House of Lords, "Salem Mayor A B"
        //      heads the City of Salem
        if (auto office = title_office(out.mentions[m].title, lx); office != lx.title_offices.end()) {
            if (office->second.document_council) {
                // "Cllr A B": the one local council of the document (added last, so that a role the
                // text gives in that council wins over the title's)
                if (std::string council = names.local_council(); !council.empty())
                    title_council = Affiliation{m, council, office->second.role};
            } else if (!office->second.of_place) {
                out.affiliations.push_back({m, office->second.body, office->second.role});
            } else {
                std::size_t p = tb;
                while (p > 0 && tb - p < 3 && c.is_word(p - 1) && capitalised(c.word(p - 1)) && ends[p] < 0 &&
                       !lx.function_words.count(c.word(p - 1)) && !lx.name_stopwords.count(c.word(p - 1)) &&
                       !role_noun(c.word(p - 1), lx) && !toks[p - 1].possessive)  // not "Deputy Mayor"
                    --p;
                // "Mayor A B of Polwenna": the place after the name
                std::size_t pe = te + 1;
                if (p == tb && c.is_word(te) && c.word(te) == "of" && starts[te + 1] < 0)
                    while (pe < te + 4 && c.is_word(pe) && capitalised(c.word(pe)) && !lx.function_words.count(c.word(pe)) &&
                           !lx.name_stopwords.count(c.word(pe)) && !toks[pe].possessive)
                        ++pe;
                // "Village Mayor A B", "Deputy Mayor A B": no place's name before the title (a
                // place kind, or a role word): the one local council the document names
                const bool kind_only = p + 1 == tb && lx.place_kinds.count(c.word(p));
                // (with several councils, the one of that kind: "Village Mayor" of the "Village of X")
                std::string council = names.local_council();
                if (kind_only && council.empty()) council = council_of_kind(names, ascii_lower(c.word(p)), lx);
                if ((kind_only || (p == tb && pe == te + 1 && !office->second.document_state)) && !council.empty()) {
                    title_council = Affiliation{m, council, office->second.role};
                } else if (p == tb && ends[tb] >= 0 && out.mentions[ends[tb]].kind == MentionKind::Organisation &&
                           names.local_councils.count(out.mentions[ends[tb]].org) && office->second.role == "mayor") {
                    // "Kowhai Coast Mayor A B" where "Kowhai Coast" was read as the short name of
                    // the document's "Kowhai Coast District Council"
                    out.affiliations.push_back({m, out.mentions[ends[tb]].org, office->second.role});
                } else if (kind_only) {
                    // the kind alone names no place: nothing rather than "City of Village"
                } else if (p < tb && ends[tb] < 0) {
                    std::string place(t.substr(toks[p].begin, toks[tb - 1].end - toks[p].begin));
                    out.affiliations.push_back({m, place_body(office->second, place), office->second.role});
                } else if (pe > te + 1 && !(c.is_word(pe) && capitalised(c.word(pe)))) {
                    std::string place(t.substr(toks[te + 1].begin, toks[pe - 1].end - toks[te + 1].begin));
                    out.affiliations.push_back({m, place_body(office->second, place), office->second.role});
                } else if (p == tb && office->second.document_state) {
                    // "Gov. A B" with no place: the state the document names most
                    std::string state = names.main_us_state();
                    if (!state.empty()) out.affiliations.push_back({m, office->second.body + " " + state, office->second.role});
                }
            }
        }
        // (a2b) "state Sen. A B", "Oregon state Rep. A B": a member of the state's chamber
        if (auto office = lx.state_offices.find(out.mentions[m].title);
            office != lx.state_offices.end() && tb > 0 && c.is_word(tb - 1) && ascii_lower(c.word(tb - 1)) == "state") {
            std::string state;
            if (tb > 1 && c.is_word(tb - 2) && capitalised(c.word(tb - 2))) {
                std::size_t p = tb - 1;
                while (p > 0 && tb - 1 - p < 2 && c.is_word(p - 1) && capitalised(c.word(p - 1))) --p;
                std::string written(t.substr(toks[p].begin, toks[tb - 2].end - toks[p].begin));
                for (const auto& st : lx.us_states)
                    if (written == st.name || (written.size() > st.name.size() &&
                                               written.compare(written.size() - st.name.size(), st.name.size(), st.name) == 0 &&
                                               written[written.size() - st.name.size() - 1] == ' '))
                        state = st.name;
            }
            if (state.empty()) state = names.main_us_state();
            const std::string& body = office->second.first;
            if (const auto at = body.find("<State>"); !state.empty() && at != std::string::npos)
                out.affiliations.push_back({m, body.substr(0, at) + state + body.substr(at + 7), office->second.second});
        }
        // (a3) "<role words> of|at [the] <Org>, X": "the chief executive of Acme Trust, A B, said";
        //      "a GP at neighbouring X CCG, A B"; no comma before a titled name ("lay member for
        //      audit at X CCG Dr A B"), where the title marks where the name starts
        const std::size_t org_end = tb >= 1 && c.is_punct(tb - 1, ",") ? tb - 1
                                    : !out.mentions[m].title.empty()  ? tb
                                                                      : toks.size();
        if (tb >= 3 && org_end < toks.size() && ends[org_end] >= 0 &&
            out.mentions[ends[org_end]].kind == MentionKind::Organisation) {
            const Mention& o = out.mentions[ends[org_end]];
            std::size_t q = o.tok_begin;
            for (int z = 0; z < 2 && q > 0 && c.is_word(q - 1) && lx.org_modifiers.count(ascii_lower(c.word(q - 1))); ++z) --q;
            if (q > 0 && c.word(q - 1) == "the") --q;
            if (q > 1 && c.is_word(q - 1) && (c.word(q - 1) == "of" || c.word(q - 1) == "at")) {
                std::size_t rb = q - 1;
                while (rb > 0 && rb + 6 > q && c.is_word(rb - 1) &&
                       (lowercase_word(c.word(rb - 1)) || (role_noun(c.word(rb - 1), lx) && acronym_word(c.word(rb - 1)))) &&
                       !role_boundary(c.word(rb - 1)))
                    --rb;
                std::string role = role_words(rb, q - 1);
                if (!role.empty()) out.affiliations.push_back({m, o.org, role});
            }
        }
        // (a4) US party shorthand after the name: "Sen. A B, D-Springfield," / "(R-Texas)"
        {
            std::size_t pa = te;
            // Hansard's "A B (Hull, North) (Lab)": the seat in brackets comes before the party
            if (c.is_punct(pa, "(")) {
                std::size_t close = pa + 1;
                while (close < toks.size() && close < pa + 8 && !c.is_punct(close, ")") && !c.is_punct(close, "(")) ++close;
                if (c.is_punct(close, ")") && c.is_punct(close + 1, "(") && close > pa + 1) pa = close + 1;
            }
            if (c.is_punct(pa, ",") || c.is_punct(pa, "(")) ++pa;
            // the home town may have more words, ending the shorthand: "R-Grand Mesa,", "(D-New York)"
            std::size_t pe = pa + 1;
            if (c.is_word(pa) && c.word(pa).find('-') != std::string_view::npos)
                while (pe < pa + 3 && c.is_word(pe) && capitalised(c.word(pe))) ++pe;
            const bool shorthand_ends = pe == pa + 1 ? !(c.is_word(pe) && capitalised(c.word(pe))) : !c.is_word(pe);
            if (pa > te && c.is_word(pa) && shorthand_ends) {
                std::string party = party_abbreviation(c.word(pa), lx);
                if (!party.empty()) out.affiliations.push_back({m, party, ""});
            }
        }
        // (a5c) a biography's sentence with the person as subject: "X previously served as the
        //       Executive Director of the Y", "X holds a Master of Arts from Y and a BA from Z"
        if (!out.mentions[m].possessive) {
            std::size_t q = te;
            while (c.is_word(q) && lx.biography_adverbs.count(c.word(q))) ++q;
            // ("has served as", "has earned"; but "has a BA from X": "has" is the verb)
            if (c.is_word(q) && (c.word(q) == "has" || c.word(q) == "had") && c.is_word(q + 1) &&
                (c.word(q + 1) == "served" || lx.degree_verbs.count(c.word(q + 1))))
                ++q;
            const std::string_view verb = c.word(q);
            if (c.is_word(q) && (verb == "served" || verb == "serves" || verb == "serve") && c.is_word(q + 1) && c.word(q + 1) == "as") {
                std::size_t r = q + 2;
                if (c.is_word(r) && (c.word(r) == "the" || c.word(r) == "a" || c.word(r) == "an")) ++r;
                std::size_t p = r;
                while (p < r + 6 && c.is_word(p) && c.word(p) != "of" && c.word(p) != "at" && c.word(p) != "for" &&
                       c.word(p) != "with" && c.word(p) != "on" && starts[p] < 0)
                    ++p;
                std::size_t o = p + 1;
                if (c.is_word(o) && c.word(o) == "the") ++o;
                const std::string role = p > r && c.is_word(p) ? role_words(r, p) : std::string{};
                if (!role.empty() && o < toks.size() && starts[o] >= 0 && out.mentions[starts[o]].kind == MentionKind::Organisation)
                    out.affiliations.push_back({m, out.mentions[starts[o]].org, ascii_lower(role)});
            } else if (c.is_word(q) && lx.degree_verbs.count(verb)) {
                // every "<degree> from <Body>" of the sentence
                bool degree = false;
                for (std::size_t z = q + 1; z + 1 < toks.size() && z < q + 60; ++z) {
                    if (c.is_punct(z, ".") || c.is_punct(z, ";")) break;
                    if (!c.is_word(z)) continue;
                    // ("a Doctor of Public Health": the title word names a degree before "of")
                    if (lx.degree_words.count(c.word(z)) || (c.word(z) == "Doctor" && c.is_word(z + 1) && c.word(z + 1) == "of"))
                        degree = true;
                    if (c.word(z) != "from" || !degree) continue;
                    std::size_t o = z + 1;
                    if (c.is_word(o) && c.word(o) == "the") ++o;
                    if (o < toks.size() && starts[o] >= 0 && out.mentions[starts[o]].kind == MentionKind::Organisation)
                        out.affiliations.push_back({m, out.mentions[starts[o]].org, "graduate"});
                }
            }
        }
        // (a5) "X, who chairs the Y Forum", "a mother of two who founded the group Y": a relative
        //      clause on the person with a verb that implies a role (lexicons/role_verbs.txt); the
        //      same verb right after the name ("X runs Y, a group that …")
        for (std::size_t q = te; q < toks.size() && q - te < 40; ++q) {
            if (c.is_punct(q, ".") || c.is_punct(q, ";") || c.is_punct(q, ":")) break;
            if (starts[q] >= 0 && out.mentions[starts[q]].kind == MentionKind::Person) break;
            if (c.is_word(q) && is_reporting_word(c.word(q), lx)) break;
            const bool main_verb = q == te && !out.mentions[m].possessive && c.is_word(q) && lowercase_word(c.word(q)) &&
                                   lx.role_verbs.count(c.word(q));
            if (!main_verb && (!c.is_word(q) || c.word(q) != "who")) continue;
            std::size_t v = main_verb ? q : q + 1;
            // "who has run X for 22 years", "who had chaired": past the auxiliary
            if (!main_verb && c.is_word(v) && (c.word(v) == "has" || c.word(v) == "had" || c.word(v) == "have") &&
                c.is_word(v + 1))
                ++v;
            // "who helped found X", "who helped set up X"
            if (!main_verb && c.is_word(v) && (c.word(v) == "helped" || c.word(v) == "help") && c.is_word(v + 1)) ++v;
            // a verb of two words first ("set up")
            std::size_t o = v + 1;
            auto verb = lx.role_verbs.end();
            if (c.is_word(v + 1)) {
                verb = lx.role_verbs.find(ascii_lower(c.word(v)) + " " + ascii_lower(c.word(v + 1)));
                if (verb != lx.role_verbs.end()) o = v + 2;
            }
            if (verb == lx.role_verbs.end()) verb = lx.role_verbs.find(ascii_lower(c.word(v)));
            if (verb == lx.role_verbs.end()) break;  // the first relative clause only
            // "who sits on the X Board", "who works at X", "who works for X"
            if (c.is_word(o) && (c.word(o) == "on" || c.word(o) == "at" || c.word(o) == "for") && c.is_word(o + 1) &&
                (c.word(o + 1) == "the" || capitalised(c.word(o + 1))))
                ++o;
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
            // "who has worked at the mill for nine years": a generic word for a body is the body
            // named last before (lexicons/generic_body_nouns.txt; "the union" is a reference to a
            // union, below)
            if (o >= 1 && o < toks.size() && starts[o] < 0 && c.is_word(o - 1) && c.word(o - 1) == "the" &&
                c.is_word(o) && generic_body_noun(c.word(o), lx) && !org_noun(c.word(o)) &&
                !(c.is_word(o + 1) && capitalised(c.word(o + 1)))) {
                std::string body = body_of_generic(o, c.word(o));
                if (!body.empty()) out.affiliations.push_back({m, body, verb->second});
                break;
            }
            // "who heads the union": a definite description of a body named before, with that word in its name
            if (v + 1 < toks.size() && starts[v + 1] >= 0 && out.mentions[starts[v + 1]].kind == MentionKind::OrgReference) {
                const Mention& ref = out.mentions[starts[v + 1]];
                std::string org = ref.names.empty() ? std::string{} : latest_org(ref.tok_begin, ref.names.front());
                if (!org.empty()) out.affiliations.push_back({m, org, verb->second});
                break;
            }
            // "who joined Democrats in voting no" is no membership: joining a party needs its full name
            if (o < toks.size() && starts[o] >= 0 && out.mentions[starts[o]].kind == MentionKind::Organisation &&
                !(verb->second == "member" && is_party(out.mentions[starts[o]].org, lx) &&
                  !name_has_word(t.substr(out.mentions[starts[o]].begin, out.mentions[starts[o]].end - out.mentions[starts[o]].begin), "party")))
                out.affiliations.push_back({m, out.mentions[starts[o]].org, verb->second});
            break;
        }
        // (a5b) "the Problem Solvers Caucus, of which Upton is a member": a relative clause on a
        //       body whose subject is the person, with a copula and a role
        if (tb >= 4 && c.is_word(tb - 1) && (c.word(tb - 1) == "which" || c.word(tb - 1) == "whom") &&
            c.is_word(tb - 2) && c.word(tb - 2) == "of" && c.is_punct(tb - 3, ",") && ends[tb - 3] >= 0 &&
            out.mentions[ends[tb - 3]].kind == MentionKind::Organisation && c.is_word(te) &&
            (c.word(te) == "is" || c.word(te) == "was")) {
            std::size_t re = te + 1;
            while (re < toks.size() && re < te + 6 && c.is_word(re) && lowercase_word(c.word(re))) ++re;
            std::string role = role_words(te + 1, re);
            if (!role.empty()) {
                // "a member": the role without its article
                if (role.starts_with("a ")) role.erase(0, 2);
                else if (role.starts_with("an ")) role.erase(0, 3);
                else if (role.starts_with("the ")) role.erase(0, 4);
                out.affiliations.push_back({m, out.mentions[ends[tb - 3]].org, role});
            }
        }
        // (a6) "My name is A B, and I serve as the President of the X": a witness introducing
        //      themselves, then their role in the first person ("I am a nurse at X", "I'm an
        //      advocate with X", "I work for X") later in the paragraph
        if (tb >= 2 && c.is_word(tb - 1) && c.word(tb - 1) == "is" && c.is_word(tb - 2) &&
            ascii_lower(c.word(tb - 2)) == "name") {
            for (std::size_t q = te; q + 2 < toks.size() && q < te + 40; ++q) {
                const std::string_view x = c.word(q);
                const bool i_am = (x == "I" && c.is_word(q + 1) &&
                                   (c.word(q + 1) == "am" || c.word(q + 1) == "serve" || c.word(q + 1) == "work")) ||
                                  x == "I'm" || x == "I\xE2\x80\x99m";
                if (!i_am) continue;
                std::size_t from = x == "I" ? q + 2 : q + 1;
                if (c.is_word(from) && c.word(from) == "as") ++from;
                for (std::size_t at = from; at < toks.size() && at < from + 8 && c.is_word(at); ++at) {
                    const std::string_view y = c.word(at);
                    if (y != "of" && y != "at" && y != "with" && y != "for") continue;
                    std::size_t o = at + 1;
                    if (c.is_word(o) && c.word(o) == "the") ++o;
                    // ("the U.S. Public Interest Research Group": a country's abbreviation before the name)
                    for (std::size_t z = o; z < o + 4 && z < toks.size() && starts[z] < 0 &&
                                            (c.is_punct(z, ".") || (c.is_word(z) && c.word(z).size() <= 2 &&
                                                                    is_upper_ascii(c.word(z)[0])));
                         ++z)
                        if (starts[z + 1] >= 0) o = z + 1;
                    if (o < toks.size() && starts[o] >= 0 && out.mentions[starts[o]].kind == MentionKind::Organisation) {
                        std::size_t rb = from;
                        while (rb < at && c.is_word(rb) &&
                               (c.word(rb) == "the" || c.word(rb) == "a" || c.word(rb) == "an"))
                            ++rb;
                        std::string role;
                        for (std::size_t z = rb; z < at; ++z) role += (role.empty() ? "" : " ") + ascii_lower(c.word(z));
                        out.affiliations.push_back({m, out.mentions[starts[o]].org, role});
                    }
                    break;
                }
                break;
            }
        }
        // (a7b) "the Fenmouth Motel Association, whose chief executive, A B, said": the role after
        //       "whose" is in the body named right before it
        //       (or with no comma: "Harbour Commons, whose policy director A B told ...")
        if (tb >= 4 && (c.is_punct(tb - 1, ",") || (c.is_word(tb - 1) && lowercase_word(c.word(tb - 1))))) {
            const std::size_t role_end = c.is_punct(tb - 1, ",") ? tb - 1 : tb;
            std::size_t w = role_end;
            while (w > 0 && role_end - w < 5 && c.is_word(w - 1) && lowercase_word(c.word(w - 1)) && c.word(w - 1) != "whose") --w;
            if (w > 1 && w < role_end && c.is_word(w - 1) && c.word(w - 1) == "whose") {
                std::size_t o = w - 1;
                if (o > 0 && c.is_punct(o - 1, ",")) --o;
                const std::string role = role_words(w, role_end);
                if (!role.empty() && ends[o] >= 0 && out.mentions[ends[o]].kind == MentionKind::Organisation)
                    out.affiliations.push_back({m, out.mentions[ends[o]].org, ascii_lower(role)});
            }
        }
        // (a7) "Fenmouth Hosts Network (A B, chair)": a body with its speaker and role in brackets,
        //      as hearing reports and minutes list those who spoke
        //      ("X Inc. (A B, President; C D, Environmental Manager)": each of a list of them)
        //      (the body's name may end in an abbreviation's dot: "X Inc. (")
        //      ("X (A B, Convenor; C D)": one named without a role after another's is of the body
        //      all the same; a lone "X (A B)" may be anything, a source, a contact)
        const bool bare_in_list = tb > 0 && c.is_punct(tb - 1, ";") && (c.is_punct(te, ")") || c.is_punct(te, ";"));
        if (const std::size_t open = bracket_list_open(c, tb); open > 0 && (c.is_punct(te, ",") || bare_in_list)) {
            const int body = ends[open] >= 0 ? ends[open] : c.is_punct(open - 1, ".") ? ends[open - 1] : -1;
            std::size_t re = te + 1;
            while (re < toks.size() && re < te + 6 && c.is_word(re)) ++re;
            const std::string role = bare_in_list ? std::string{}
                                     : c.is_punct(re, ")") || c.is_punct(re, ";") ? role_words(te + 1, re)
                                                                                   : std::string{};
            if (body >= 0 && out.mentions[body].kind == MentionKind::Organisation && (!role.empty() || bare_in_list))
                out.affiliations.push_back({m, out.mentions[body].org, ascii_lower(role)});
        }
        // (b) "Person of [the] <Org>", "Person from [the] <Org>"
        if (c.is_word(te) && (c.word(te) == "of" || c.word(te) == "from")) {
            std::size_t o = te + 1;
            if (c.is_word(o) && c.word(o) == "the") ++o;
            if (o < toks.size() && starts[o] >= 0 && out.mentions[starts[o]].kind == MentionKind::Organisation)
                out.affiliations.push_back({m, out.mentions[starts[o]].org, ""});
        }
        // (c) "Person, <appositive>," with roles of organisations inside; the same after a copula
        //     ("A B is chair of the X Trust", "A B is the X Trust's chief executive")
        const bool copula = c.is_word(te) && c.word(te) == "is" && !out.mentions[m].possessive;
        const std::size_t tc = copula ? te : after_parenthetical(c, te);
        if (c.is_punct(tc, ",") || copula) {
            std::size_t s = tc + 1;
            if (copula && c.is_word(s) && (c.word(s) == "also" || c.word(s) == "now" || c.word(s) == "currently")) ++s;
            // "A B, 34, a teacher at X": an age between commas comes before the appositive
            if (c.is_word(s) && is_digit_ascii(c.word(s)[0]) && c.is_punct(s + 1, ",")) s += 2;
            std::size_t e = s;
            while (e < toks.size() && e - s < 30) {
                std::string_view x = c.word(e);
                if (!c.toks[e].word && (x == "," || x == "." || x == ":" || x == ";" || x == "-" ||
                                        x == "\xE2\x80\x93" || x == "\xE2\x80\x94" || x == "("))
                    break;
                // (a capitalised word is part of a name: "an official at the State Department")
                if (c.is_word(e) && lowercase_word(x) && is_reporting_word(x, lx)) break;
                ++e;
            }
            // "A B, the Deputy Secretary of the Treasury C D, and ...": a role before the next
            // person's name in a list is that person's, no appositive of A B ("A B, C D's colleague
            // at X," is A B's: a possessive name modifies the role)
            for (std::size_t q = s; q < e; ++q)
                if (starts[q] >= 0 && out.mentions[starts[q]].kind == MentionKind::Person && !out.mentions[starts[q]].possessive) {
                    e = s;
                    break;
                }
            // "Person, <Org> <role words>," (a credit line or short appositive); "Person, a
            // Democrat from X" (a party needs no role)
            std::size_t os = s;
            if (c.is_word(os) && (c.word(os) == "the" || c.word(os) == "The" || c.word(os) == "a" || c.word(os) == "an"))
                ++os;
            const std::size_t affiliations_before = out.affiliations.size();
            // "A B, Polwenna's mayor,": a place's possessive before an office of the place
            {
                std::size_t pe = os;
                while (pe < e && pe < os + 3 && c.is_word(pe) && capitalised(c.word(pe)) && starts[pe] < 0 &&
                       !lx.function_words.count(c.word(pe)) && !toks[pe].possessive)
                    ++pe;
                if (pe < e && c.is_word(pe) && capitalised(c.word(pe)) && toks[pe].possessive && starts[pe] < 0 &&
                    c.is_word(pe + 1) && pe + 2 == e) {
                    std::string title = ascii_lower(c.word(pe + 1));
                    title[0] = static_cast<char>(title[0] - 'a' + 'A');
                    auto office = lx.title_offices.find(title);
                    if (office != lx.title_offices.end() && office->second.of_place) {
                        std::string place(t.substr(toks[os].begin, toks[pe].end - toks[os].begin));
                        out.affiliations.push_back({m, place_body(office->second, place), office->second.role});
                    }
                }
            }
            if (starts[os] >= 0 && out.mentions[starts[os]].kind == MentionKind::Organisation &&
                is_party(out.mentions[starts[os]].org, lx)) {
                // "X, the Democratic senator", "X, a Republican from Y", "X, Republican of Maine" — not
                // a party named after a comma in a list ("X, Democrats and others")
                const std::size_t pe = out.mentions[starts[os]].tok_end;
                if (os > s || (c.is_word(pe) && (c.word(pe) == "of" || c.word(pe) == "from" || role_noun(c.word(pe), lx))))
                    out.affiliations.push_back({m, out.mentions[starts[os]].org, ""});
            } else if (os == s + 1 && c.word(s) == "the" && starts[os] < 0 && c.is_word(os) && toks[os].possessive &&
                       (org_noun(c.word(os)) || head_word_lowercase(c.word(os), lx) || generic_body_noun(c.word(os), lx))) {
                // "A B, the group's founder,": the latest organisation with that word in its name
                std::size_t re = os + 1;
                while (re < e && c.is_word(re) && lowercase_word(c.word(re))) ++re;
                std::string role = role_words(os + 1, re);
                std::string org = latest_org(os, c.word(os));
                // "A B, the plant's chief executive,": a generic word for a body stands for the
                // body named last before, whatever its name
                if (org.empty() && generic_body_noun(c.word(os), lx)) org = body_of_generic(os, c.word(os));
                if (!role.empty() && !org.empty()) out.affiliations.push_back({m, org, role});
            } else if (starts[os] >= 0 && out.mentions[starts[os]].kind == MentionKind::Organisation) {
                std::size_t oe = out.mentions[starts[os]].tok_end;
                bool all_lower = oe < e;
                for (std::size_t q = oe; q < e; ++q)
                    if (!c.is_word(q) || !lowercase_word(c.word(q))) all_lower = false;
                // ("A B, HHS Regional Director, Region 9": a role in capitals that ends in its noun)
                bool capital_role = oe < e && c.is_word(e - 1) && role_noun(c.word(e - 1), lx);
                for (std::size_t q = oe; q < e && capital_role; ++q)
                    capital_role = c.is_word(q) && capitalised(c.word(q)) && starts[q] < 0;
                std::string role = all_lower || capital_role ? role_words(oe, e) : std::string{};
                if (!role.empty()) out.affiliations.push_back({m, out.mentions[starts[os]].org, ascii_lower(role)});
            }
            // "A B, Member, X Board": a role alone between commas, then the body, as lists of
            // appointments write them
            if (e > s && e - s <= 4 && c.is_punct(e, ",") && !copula) {
                bool role_only = true;
                for (std::size_t q = s; q < e && role_only; ++q) role_only = c.is_word(q) && starts[q] < 0;
                std::size_t o = e + 1;
                if (c.is_word(o) && c.word(o) == "the") ++o;
                const std::string role = role_only ? role_words(s, e) : std::string{};
                if (!role.empty() && o < toks.size() && starts[o] >= 0 &&
                    out.mentions[starts[o]].kind == MentionKind::Organisation) {
                    const std::size_t after = out.mentions[starts[o]].tok_end;
                    if (after >= toks.size() || (!c.is_word(after) && !c.is_punct(after, "(")))
                        out.affiliations.push_back({m, out.mentions[starts[o]].org, ascii_lower(role)});
                }
            }
            // "... <role words> of|at [the] <Org>['s] [<lower words> subcommittee]"
            for (std::size_t q = s; q < e; ++q) {
                std::string_view x = c.word(q);
                if (!c.is_word(q) || !role_preposition(x)) continue;
                std::size_t o = q + 1;
                if (c.is_word(o) && (c.word(o) == "the")) ++o;
                // "of the school leaders' union NAHT", "at the Fenmouth consultancy Quayle
                // Economics": descriptive words (a place among them) before the name
                std::size_t named = o;
                while (named < e && named < o + 5 &&
                       ((c.is_word(named) && starts[named] < 0) || bare_apostrophe(c, named)))
                    ++named;
                if (named < e && starts[o] < 0 && named > o && starts[named] >= 0 && org_noun(c.word(named - 1)))
                    o = named;
                // "a nurse at neighbouring Fenmouth Hospital" (lexicons/org_modifiers.txt)
                for (std::size_t z = o; z < e && z < o + 2 && starts[o] < 0 && c.is_word(z) &&
                                        lx.org_modifiers.count(ascii_lower(c.word(z)));
                     ++z)
                    if (starts[z + 1] >= 0) o = z + 1;
                // "A B, the mayor of Polwenna,": an office of a place (lexicons/title_offices.txt)
                if (x == "of" && o < e && starts[o] < 0 && q > s && c.is_word(q - 1) &&
                    !(q > s + 1 && past_standing(ascii_lower(c.word(q - 2))))) {
                    std::string title = ascii_lower(c.word(q - 1));
                    title[0] = static_cast<char>(title[0] - 'a' + 'A');
                    auto office = lx.title_offices.find(title);
                    std::size_t pe = o;
                    while (pe < e && pe < o + 3 && c.is_word(pe) && capitalised(c.word(pe)) &&
                           !lx.function_words.count(c.word(pe)) && !lx.name_stopwords.count(c.word(pe)) &&
                           !toks[pe].possessive)
                        ++pe;
                    if (office != lx.title_offices.end() && office->second.of_place && pe > o &&
                        !(c.is_word(pe) && capitalised(c.word(pe)))) {
                        std::string place(t.substr(toks[o].begin, toks[pe - 1].end - toks[o].begin));
                        out.affiliations.push_back({m, place_body(office->second, place), office->second.role});
                    }
                    // "A B, mayor of the village,": the document's one council of that kind of place
                    if (office != lx.title_offices.end() && office->second.of_place && pe == o && o + 1 <= e &&
                        c.word(o - 1) == "the") {
                        const std::string council = council_of_kind(names, c.word(o), lx);
                        if (!council.empty()) out.affiliations.push_back({m, council, office->second.role});
                    }
                }
                if (o >= e || starts[o] < 0 || out.mentions[starts[o]].kind != MentionKind::Organisation) continue;
                std::size_t rb = q;
                // a role written in capitals counts ("a GP at X", "an MP for Y", "A B, Co-Director
                // of the X Center")
                while (rb > s && c.is_word(rb - 1)) {
                    std::string_view y = c.word(rb - 1);
                    if (!lowercase_word(y) && !role_noun(y, lx)) {
                        // "professor of Political Science at X": a subject of at most three
                        // capitalised words after "of"/"in" inside the role
                        std::size_t z = rb - 1;
                        while (z > s && rb - z <= 3 && c.is_word(z) && capitalised(c.word(z)) && starts[z] < 0 &&
                               ends[z + 1] < 0)
                            --z;
                        if (z >= s && z < rb - 1 && c.is_word(z) && (c.word(z) == "of" || c.word(z) == "in")) {
                            rb = z;
                            continue;
                        }
                        break;
                    }
                    // "chairman of the board of X": "of the" inside the role
                    if (y == "the" && rb >= s + 2 && c.word(rb - 2) == "of") {
                        rb -= 2;
                        continue;
                    }
                    if (y == "and" || y == "as" || y == "a" || y == "an" || y == "the" || y == "but" || y == "now")
                        break;
                    --rb;
                }
                std::string role = role_words(rb, q);
                // "a child psychologist at X", "a junior at X": any job works at a place; "X, of Y"
                if (role.empty() && (x == "at" || x == "with") && rb < q && rb > s && (c.word(rb - 1) == "a" || c.word(rb - 1) == "an"))
                    for (std::size_t z = rb; z < q; ++z) role += (role.empty() ? "" : " ") + std::string(c.word(z));
                // "A B, of the X Trust,", "A B, from the University of Y,"
                const bool bare_of = role.empty() && q == s && (x == "of" || x == "from");
                if (x == "from" && !bare_of) continue;  // "a nurse from X" says where she comes from
                if (role.empty() && !bare_of) continue;
                // "a fierce critic of the X Trust" opposes the body; "environment critic" before a
                // name is an opposition portfolio
                if (x == "of" && (role == "critic" || role.ends_with(" critic"))) continue;
                // "former editor of the X Weekly": a role held no more
                bool former = false;
                for (std::size_t z = rb; z < q && !former; ++z) former = c.is_word(z) && past_standing(ascii_lower(c.word(z)));
                if (former) continue;
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
            // "X, a junior and class president who …,": a role of one kind of body
            // (lexicons/role_bodies.txt) and no body or place named in the appositive
            if (!copula && out.affiliations.size() == affiliations_before && s < e && c.is_word(s) &&
                (c.word(s) == "a" || c.word(s) == "an" || c.word(s) == "the")) {
                std::size_t ce = s;
                while (ce < e && c.is_word(ce) && lowercase_word(c.word(ce)) && c.word(ce) != "who" &&
                       c.word(ce) != "which" && c.word(ce) != "that")
                    ++ce;
                const std::vector<std::string>* heads = nullptr;
                bool names_other = ce < e && !(c.is_word(ce) && (c.word(ce) == "who" || c.word(ce) == "which" ||
                                                                  c.word(ce) == "that"));
                for (std::size_t z = s; z < ce && !names_other; ++z) {
                    std::string_view y = c.word(z);
                    if (y == "at" || y == "in" || y == "of" || y == "from" || y == "for" || y == "with" || y == "to" ||
                        past_standing(y))
                        names_other = true;
                    // the head of each coordinated role: "a junior and class president"
                    const bool head = z + 1 == ce || (c.is_word(z + 1) && c.word(z + 1) == "and");
                    if (auto kind = lx.role_bodies.find(y); head && kind != lx.role_bodies.end() && !heads)
                        heads = &kind->second;
                }
                if (heads && !names_other) {
                    std::string body = latest_org_with_head(tb, *heads);
                    if (!body.empty()) {
                        std::string role;
                        for (std::size_t z = s + 1; z < ce; ++z) role += (role.empty() ? "" : " ") + std::string(c.word(z));
                        out.affiliations.push_back({m, body, role});
                    }
                }
            }
            // everything in the appositive describes this person, it is not a subject of its
            // own; mentions are in token order, so those after this person inside [s, e) (at
            // most 30 tokens) are the appositive's
            if (!copula && e < toks.size() && c.is_punct(e, ","))
                for (std::size_t k = m + 1; k < out.mentions.size() && out.mentions[k].tok_begin < e; ++k)
                    if (out.mentions[k].tok_begin >= s && out.mentions[k].tok_end <= e) out.mentions[k].in_appositive = true;
        }
        if (title_council) out.affiliations.push_back(std::move(*title_council));
    }
    firm_of_pronoun(c, out, starts, lx);
    role_by_passive(c, out, ends, lx);
    party_of_plural_role_list(c, out, starts, lx);
    acronym_before_role(c, out, ends, lx);
    // one affiliation per person and organisation: the one that names a role wins
    // (a table by person and organisation: a paragraph listing thousands of people with their
    // bodies stays linear)
    std::vector<Affiliation> unique;
    std::unordered_map<std::string, std::size_t> index;
    for (auto& a : out.affiliations) {
        std::string key = std::to_string(a.person);
        key += '\0';
        key += a.org;
        auto [it, fresh] = index.try_emplace(std::move(key), unique.size());
        if (fresh) unique.push_back(std::move(a));
        else if (unique[it->second].role.empty()) unique[it->second].role = a.role;
    }
    out.affiliations = std::move(unique);
    return out;
}

}  // namespace sg::loaders
