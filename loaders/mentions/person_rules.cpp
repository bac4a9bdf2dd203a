#include "loaders/mentions/person_rules.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "loaders/common/lexicon_file.hpp"

namespace sg::loaders {
namespace {

// A capitalised word that could begin or go on a name: not a function word ("The", "In"), not a
// stopword ("Monday", "Act"); a rough test for the word after a role ("Sheriff Paul").
bool plain_name_word(std::string_view w, const Lexicons& lx) {
    if (w.size() < 2 || !capitalised(w)) return false;
    bool lower = false;
    for (char ch : w) lower = lower || is_lower_ascii(ch);
    return lower && !lx.function_words.count(w) && !lx.name_stopwords.count(w) && !lx.titles.count(w);
}

// "(BRAIN)", "(TSP)": an acronym in brackets inside a longer name.
bool bracketed_acronym(const Ctx& c, std::size_t j) {
    if (!c.is_punct(j, "(") || !c.is_word(j + 1) || !c.is_punct(j + 2, ")")) return false;
    const std::string_view w = c.word(j + 1);
    if (w.size() < 2) return false;
    for (char ch : w)
        if (!is_upper_ascii(ch) && !is_digit_ascii(ch)) return false;
    return true;
}

}  // namespace

bool thing_head_at(const Ctx& c, std::size_t j, const Lexicons& lx) {
    // (not before a name: "Ann Fenwick and Bill Lopez said" names two people)
    return c.is_word(j) && lx.thing_heads.count(c.word(j)) > 0 &&
           !(c.is_word(j + 1) && plain_name_word(c.word(j + 1), lx) && !lx.thing_heads.count(c.word(j + 1)));
}

bool names_a_thing(const NameRun& run) {
    const Ctx& c = run.c;
    // A name of a thing has under a dozen words ("Better Utilizing Investments to Leverage
    // Development Transportation Discretionary Grants"); the bound keeps the walk linear on a
    // page of capitalised words.
    constexpr std::size_t kMaxWalk = 12;
    std::size_t j = run.begin;
    while (j < c.toks.size() && j - run.begin < kMaxWalk) {
        if (c.is_word(j) && capitalised(c.word(j))) {
            if (thing_head_at(c, j, run.lx)) return true;
            if (c.toks[j].possessive) return false;
            ++j;
        } else if (c.is_word(j) && j > run.begin && c.is_word(j + 1) && capitalised(c.word(j + 1)) &&
                   (c.word(j) == "of" || c.word(j) == "for" || c.word(j) == "to" || c.word(j) == "on" ||
                    c.word(j) == "and" || c.word(j) == "the")) {
            ++j;
        } else if (j > run.begin && bracketed_acronym(c, j)) {
            j += 3;
        } else {
            return false;
        }
    }
    return false;
}

bool names_a_place(const NameRun& run) {
    const Ctx& c = run.c;
    if (run.end - run.begin < 2) return false;
    const std::size_t from = c.toks[run.begin].begin, to = c.toks[run.end - 1].end;
    const std::string_view written = c.t.substr(from, to - from);
    if (written.find(' ') != std::string_view::npos && run.lx.is_us_state(written)) return true;
    // "Audubon California", "Western Pennsylvania": a run ending in a US state is a place or a
    // body of it, unless it opens with a given name ("Denzel Washington")
    if (run.end - run.begin <= 3 && run.lx.place_heads_strict.count(c.word(run.end - 1))) return true;  // "Edwin County"
    if (run.lx.given_names.count(c.word(run.begin))) return false;
    // "Port Wexley", "Mount Harlan": a place's first word
    if (run.lx.place_prefixes.count(c.word(run.begin))) return true;
    return run.lx.place_heads.count(c.word(run.end - 1)) > 0 || run.lx.is_us_state(c.word(run.end - 1));
}

namespace {

// The tokens of a US state's name of one or two words starting at token k ("Ohio", "New
// Mexico"), the longer first; 0 when none starts there.
std::size_t us_state_at(const Ctx& c, std::size_t k, const Lexicons& lx) {
    for (std::size_t n : {std::size_t{2}, std::size_t{1}})
        if (c.is_word(k) && c.is_word(k + n - 1) &&
            lx.is_us_state(c.t.substr(c.toks[k].begin, c.toks[k + n - 1].end - c.toks[k].begin)))
            return n;
    return 0;
}

}  // namespace

bool names_a_town_of_a_state(const NameRun& run) {
    const Ctx& c = run.c;
    const std::size_t e = run.end;
    if (e - run.begin < 2 || !c.is_punct(e, ",")) return false;
    // the state, then no capitalised word ("Michigan Democrat")
    const std::size_t n = us_state_at(c, e + 1, run.lx);
    return n > 0 && !c.toks[e + n].possessive && !(c.is_word(e + n + 1) && capitalised(c.word(e + n + 1)));
}

bool is_listed_with_states(const NameRun& run) {
    const Ctx& c = run.c;
    if (run.lx.given_names.count(c.word(run.begin))) return false;  // "Tom Price and Mike Lee of Utah"
    // the run must be an item of a comma list
    const bool comma_before = run.begin > 0 && (c.is_punct(run.begin - 1, ",") ||
                                                (c.is_word(run.begin - 1) && c.word(run.begin - 1) == "and"));
    if (!comma_before && !c.is_punct(run.end, ",")) return false;
    auto list_token = [&](std::size_t k) {
        return c.is_punct(k, ",") || (c.is_word(k) && (capitalised(c.word(k)) || c.word(k) == "and" || c.word(k) == "of" || c.word(k) == "the"));
    };
    auto separator = [&](std::size_t k) {  // between two items, or the list's end
        return k >= c.toks.size() || (!c.is_word(k) && !c.is_punct(k, "(")) || c.word(k) == "and";
    };
    auto state_at = [&](std::size_t k) {  // a US state starting at k, a whole item
        if (k == 0 || !(c.is_punct(k - 1, ",") || c.word(k - 1) == "and")) return false;
        const std::size_t n = us_state_at(c, k, run.lx);
        return n > 0 && separator(k + n);
    };
    constexpr std::size_t kReach = 24;  // tokens of list looked at either side
    for (std::size_t k = run.begin; k-- > 0 && run.begin - k <= kReach && list_token(k);)
        if (c.is_word(k) && state_at(k)) return true;
    for (std::size_t k = run.end; k < c.toks.size() && k - run.end <= kReach && list_token(k); ++k)
        if (c.is_word(k) && state_at(k)) return true;
    return false;
}

bool ends_in_role_noun(const NameRun& run) {
    const Ctx& c = run.c;
    if (!run.follows_person || run.end - run.begin < 2 || run.lx.given_names.count(c.word(run.begin))) return false;
    const std::string_view last = c.word(run.end - 1);
    return capitalised(last) && !c.toks[run.end - 1].possessive && run.lx.is_role_noun(last) &&
           !(run.begin > 0 && c.is_word(run.begin - 1) && run.lx.titles.count(c.word(run.begin - 1)));
}

bool names_an_event(const NameRun& run) {
    const Ctx& c = run.c;
    return run.end - run.begin >= 2 && run.lx.event_heads.count(c.word(run.end - 1)) > 0 &&
           !run.lx.given_names.count(c.word(run.begin));
}

bool continues_a_name(const NameRun& run) {
    const Ctx& c = run.c;
    const std::size_t b = run.begin;
    if (b < 3 || run.follows_person || !c.is_word(b - 1) || !c.is_word(b - 2) || !c.is_word(b - 3)) return false;
    const std::string connector = ascii_lower(c.word(b - 1));
    if (connector != "to" && connector != "for" && connector != "through") return false;
    const std::string_view before = c.word(b - 2);
    return capitalised(before) && !c.toks[b - 2].possessive && !run.lx.function_words.count(before) &&
           !run.lx.titles.count(before);
}

bool continues_a_stopword_name(const NameRun& run) {
    const Ctx& c = run.c;
    const std::size_t b = run.begin;
    if (b == 0 || !c.is_word(b - 1) || c.toks[b - 1].possessive || run.lx.given_names.count(c.word(b))) return false;
    // (a team or a group: its name ends in a plural common noun, "Saints", "Rangers"; "Transport
    // Minister Rhys Calloway" and "Republican A B" are a title and a party before a person)
    const std::string_view last = c.word(run.end - 1);
    if (last.size() < 3 || last.back() != 's' || c.toks[run.end - 1].possessive || !run.lx.is_common_word(last))
        return false;
    const std::string_view before = c.word(b - 1);
    return capitalised(before) && run.lx.name_stopwords.count(before) > 0 && !run.lx.function_words.count(before) &&
           !run.lx.titles.count(before) && !run.lx.is_role_noun(before);
}

bool is_a_role_title(const NameRun& run) {
    const Ctx& c = run.c;
    if (run.end - run.begin < 2 || !run.lx.is_role_noun(c.word(run.end - 1)) || run.lx.given_names.count(c.word(run.begin)))
        return false;
    const std::string_view next = c.word(run.end);
    // (also "of the House ...": "Vice Chair of the House Task Force")
    const std::size_t after = c.is_word(run.end + 1) && c.word(run.end + 1) == "the" ? run.end + 2 : run.end + 1;
    return c.is_word(run.end) && (next == "of" || next == "at" || next == "for") && c.is_word(after) &&
           capitalised(c.word(after));
}

// "Vice Chair", "Deputy Inspector": words of a role and nothing else name no one.
bool is_only_role_words(const NameRun& run) {
    bool role = false;
    for (std::size_t k = run.begin; k < run.end; ++k) {
        if (!run.c.is_word(k)) return false;
        const std::string_view w = run.c.word(k);
        // (a rank written in full is also a qualifier: "General" of "Attorney General")
        if (run.lx.is_role_noun(w) || (run.lx.titles.count(w) && !run.lx.rank_titles.count(w))) role = true;
        else if (!run.lx.role_qualifiers.count(ascii_lower(w))) return false;
    }
    return role;
}

bool is_a_form_of_address(const NameRun& run) {
    return run.end - run.begin == 1 && run.lx.forms_of_address.count(run.c.word(run.begin)) > 0;
}

bool is_an_adverb(const NameRun& run) {
    const std::string_view w = run.c.word(run.begin);
    return run.end - run.begin == 1 && w.size() > 4 && w.ends_with("ly") &&
           std::binary_search(run.lx.common_words.begin(), run.lx.common_words.end(), ascii_lower(w));
}

std::span<const NotAPersonRule> not_a_person_rules() {
    static const std::array<NotAPersonRule, 12> rules{{
        {"names a thing", names_a_thing},
        {"names a place", names_a_place},
        {"names a town of a state", names_a_town_of_a_state},
        {"is listed with states", is_listed_with_states},
        {"ends in a role noun", ends_in_role_noun},
        {"names an event", names_an_event},
        {"continues a name", continues_a_name},
        {"continues a name opened by a stopword", continues_a_stopword_name},
        {"is a role title", is_a_role_title},
        {"is only role words", is_only_role_words},
        {"is a form of address", is_a_form_of_address},
        {"is an adverb", is_an_adverb},
    }};
    return rules;
}

std::string_view not_a_person(const NameRun& run) {
    for (const auto& rule : not_a_person_rules())
        if (rule.applies(run)) return rule.name;
    return {};
}

bool role_opens_name(const Ctx& c, std::size_t k, const Lexicons& lx) {
    return c.is_word(k) && capitalised(c.word(k)) && !c.toks[k].possessive && lx.is_role_noun(c.word(k)) &&
           c.is_word(k + 1) && plain_name_word(c.word(k + 1), lx);
}

bool form_of_address(std::string_view word, const Lexicons& lx) {
    return lx.forms_of_address.count(word) > 0 || lx.is_role_noun(word);
}

}  // namespace sg::loaders
