#include "loaders/mentions/lexicons.hpp"

#include <algorithm>

#include "loaders/common/lexicon_file.hpp"

namespace sg::loaders {
namespace {

// A one-word-a-line lexicon into its set, as written or lower-cased.
void add_all(std::set<std::string, std::less<>>& set, std::string_view file_text) {
    for (auto& e : lexicon_entries(file_text)) set.insert(std::move(e));
}
void add_lower(std::set<std::string, std::less<>>& set, std::string_view file_text) {
    for (auto& e : lexicon_entries(file_text)) set.insert(ascii_lower(e));
}


Lexicons load() {
    Lexicons lx;
    for (const auto& line : lexicon_entries(
#include "embedded/organisations.txt.inc"
             )) {
        auto cols = split_trimmed(line, '|');
        if (cols.empty()) continue;
        GazetteerEntry e;
        e.canonical = cols[0];
        for (std::size_t i = 1; i < cols.size(); ++i) {
            if (cols[i].rfind("parent:", 0) == 0) e.parent = cols[i].substr(7);
            else if (cols[i] == "kind:party") e.party = true;
            else e.aliases.push_back(cols[i]);
        }
        std::size_t index = lx.organisations.size();
        auto add_phrase = [&](const std::string& name) {
            auto words = split_trimmed(name, ' ');
            if (words.empty()) return;
            lx.phrases_by_first_word[ascii_lower(words[0])].push_back({words, index, words.size() == 1});
        };
        add_phrase(e.canonical);
        for (auto& a : e.aliases) add_phrase(a);
        lx.organisations.push_back(std::move(e));
    }
    add_all(lx.titles,
#include "embedded/person_titles.txt.inc"
    );
    add_all(lx.rank_titles,
#include "embedded/rank_titles.txt.inc"
    );
    for (const auto& r : lx.rank_titles) lx.titles.insert(r);
    add_lower(lx.role_nouns,
#include "embedded/role_nouns.txt.inc"
    );
    for (auto& e : lexicon_entries(
#include "embedded/reporting_verbs.txt.inc"
             )) {
        auto words = split_trimmed(ascii_lower(e), ' ');
        if (words.size() == 1) lx.reporting_verbs.insert(words[0]);
        else if (words.size() > 1) lx.reporting_phrases.push_back(words);
    }
    add_all(lx.function_words,
#include "embedded/function_words.txt.inc"
    );
    add_all(lx.name_stopwords,
#include "embedded/name_stopwords.txt.inc"
    );
    add_all(lx.given_names,
#include "embedded/given_names.txt.inc"
    );
    add_all(lx.text_kind_words,
#include "embedded/text_kind_words.txt.inc"
    );
    add_all(lx.post_nominals,
#include "embedded/post_nominals.txt.inc"
    );
    add_all(lx.name_prefixes,
#include "embedded/name_prefixes.txt.inc"
    );
    add_all(lx.surname_particles,
#include "embedded/surname_particles.txt.inc"
    );
    add_all(lx.org_heads,
#include "embedded/org_heads.txt.inc"
    );
    add_lower(lx.org_nouns,
#include "embedded/org_nouns.txt.inc"
    );
    add_all(lx.campaign_verbs,
#include "embedded/campaign_verbs.txt.inc"
    );
    add_lower(lx.interviewer_roles,
#include "embedded/interviewer_roles.txt.inc"
    );
    add_all(lx.place_heads_strict,
#include "embedded/place_heads_strict.txt.inc"
    );
    add_all(lx.electoral_district_words,
#include "embedded/electoral_district_words.txt.inc"
    );
    add_all(lx.outlet_words,
#include "embedded/outlet_words.txt.inc"
    );
    for (auto& e : lexicon_entries(
#include "embedded/party_abbreviations.txt.inc"
             )) {
        auto cols = split_trimmed(e, '|');
        if (cols.size() == 2) lx.party_abbreviations[cols[0]] = cols[1];
    }
    for (auto& e : lexicon_entries(
#include "embedded/role_verbs.txt.inc"
             )) {
        auto cols = split_trimmed(ascii_lower(e), '|');
        if (cols.size() == 2) lx.role_verbs[cols[0]] = cols[1];
    }
    for (auto& e : lexicon_entries(
#include "embedded/title_offices.txt.inc"
             )) {
        auto cols = split_trimmed(e, '|');
        if (cols.size() != 3 && cols.size() != 4) continue;
        TitleOffice office;
        const std::string place = " <Place>";
        if (cols[1].size() > place.size() && cols[1].compare(cols[1].size() - place.size(), place.size(), place) == 0) {
            office.body = cols[1].substr(0, cols[1].size() - place.size());
            office.of_place = true;
        } else if (cols[1] == "<Council>") {
            office.document_council = true;
        } else {
            office.body = cols[1];
        }
        office.role = cols[2];
        if (cols.size() == 4 && cols[3] == "document-state") office.document_state = true;
        if (cols.size() == 4 && cols[3].rfind("town:", 0) == 0) {
            office.town_body = cols[3].substr(5);
            if (office.town_body.size() > place.size() &&
                office.town_body.compare(office.town_body.size() - place.size(), place.size(), place) == 0)
                office.town_body.resize(office.town_body.size() - place.size());
        }
        lx.title_offices[cols[0]] = office;
    }
    add_all(lx.place_kinds,
#include "embedded/place_kinds.txt.inc"
    );
    add_all(lx.thing_heads,
#include "embedded/thing_heads.txt.inc"
    );
    add_all(lx.place_heads,
#include "embedded/place_heads.txt.inc"
    );
    add_all(lx.place_prefixes,
#include "embedded/place_prefixes.txt.inc"
    );
    add_all(lx.company_suffixes,
#include "embedded/company_suffixes.txt.inc"
    );
    add_all(lx.addressee_nouns,
#include "embedded/addressee_nouns.txt.inc"
    );
    for (const auto& e : lexicon_entries(
#include "embedded/nationalities.txt.inc"
             )) {
        const auto cols = split_trimmed(e, '|');
        if (cols.size() < 2) continue;
        Nationality n{split_trimmed(cols[0], ' '), cols[1], cols.size() >= 3 && cols[2] == "country"};
        if (n.country) lx.countries.insert(cols[0]);
        if (n.words.size() == 1) lx.one_word_nationalities.insert(n.words[0]);
        lx.nationalities.push_back(std::move(n));
    }
    std::stable_sort(lx.nationalities.begin(), lx.nationalities.end(),
                     [](const Nationality& a, const Nationality& b) { return a.words.size() > b.words.size(); });
    for (const auto& e : lexicon_entries(
#include "embedded/generic_body_nouns.txt.inc"
             )) {
        auto words = split_trimmed(ascii_lower(e), ' ');
        if (words.empty()) continue;
        lx.generic_body_nouns.insert(words[0]);
        if (words.size() > 1 && words[1] == "business") lx.generic_business_nouns.insert(words[0]);
    }
    add_all(lx.association_heads,
#include "embedded/association_heads.txt.inc"
    );
    add_all(lx.business_heads,
#include "embedded/business_heads.txt.inc"
    );
    lx.org_heads.insert(lx.business_heads.begin(), lx.business_heads.end());
    for (auto& e : lexicon_entries(
#include "embedded/irregular_plurals.txt.inc"
             ))
        lx.irregular_plural_endings.push_back(ascii_lower(e));
    add_all(lx.territory_heads,
#include "embedded/territory_heads.txt.inc"
    );
    for (auto& e : lexicon_entries(
#include "embedded/national_prefixes.txt.inc"
             ))
        lx.national_prefixes.push_back(split_trimmed(e, ' '));
    for (auto& e : lexicon_entries(
#include "embedded/given_name_diminutives.txt.inc"
             )) {
        auto cols = split_trimmed(e, '|');
        for (std::size_t k = 1; k < cols.size(); ++k) lx.given_name_full_forms[cols[k]].push_back(cols[0]);
        // every form is a given name ("Bob Tanner": a short form before a surname that is also a word)
        for (const auto& form : cols) lx.given_names.insert(form);
    }
    add_all(lx.institution_heads,
#include "embedded/institution_heads.txt.inc"
    );
    add_all(lx.event_heads,
#include "embedded/event_heads.txt.inc"
    );
    add_all(lx.forms_of_address,
#include "embedded/forms_of_address.txt.inc"
    );
    add_lower(lx.org_modifiers,
#include "embedded/org_modifiers.txt.inc"
    );
    add_lower(lx.role_modifiers,
#include "embedded/role_modifiers.txt.inc"
    );
    add_lower(lx.role_qualifiers,
#include "embedded/role_qualifiers.txt.inc"
    );
    add_all(lx.degree_words,
#include "embedded/degree_words.txt.inc"
    );
    add_all(lx.degree_verbs,
#include "embedded/degree_verbs.txt.inc"
    );
    add_all(lx.biography_adverbs,
#include "embedded/biography_adverbs.txt.inc"
    );
    add_all(lx.name_abbreviations,
#include "embedded/name_abbreviations.txt.inc"
    );
    for (auto& e : lexicon_entries(
#include "embedded/role_bodies.txt.inc"
             )) {
        auto cols = split_trimmed(e, '|');
        if (cols.size() < 2) continue;
        auto& heads = lx.role_bodies[ascii_lower(cols[0])];
        heads.insert(heads.end(), cols.begin() + 1, cols.end());
    }
    for (auto& e : lexicon_entries(
#include "embedded/state_offices.txt.inc"
             )) {
        auto cols = split_trimmed(e, '|');
        if (cols.size() == 3) lx.state_offices[cols[0]] = {cols[1], cols[2]};
    }
    for (auto& e : lexicon_entries(
#include "embedded/us_states.txt.inc"
             )) {
        auto cols = split_trimmed(e, '|');
        if (cols.empty()) continue;
        lx.us_states.push_back({cols[0], cols.size() > 1 ? cols[1] : std::string{}});
    }
    for (auto& e : lexicon_entries(
#include "embedded/jurisdictions.txt.inc"
             )) {
        auto cols = split_trimmed(e, '|');
        if (cols.size() == 2) lx.jurisdictions.push_back({cols[0], cols[1]});
    }
    // the longest name first, so that "New South Wales" is found before "Wales"
    std::stable_sort(lx.jurisdictions.begin(), lx.jurisdictions.end(),
                     [](const Jurisdiction& a, const Jurisdiction& b) { return a.name.size() > b.name.size(); });
    {
        // one word a line, sorted by the generator; the views point into the static literal
        static const char data[] =
#include "embedded/common_words.txt.inc"
            ;
        const std::string_view text(data, sizeof(data) - 1);
        std::size_t at = 0;
        while (at < text.size()) {
            std::size_t end = text.find('\n', at);
            if (end == std::string_view::npos) end = text.size();
            const std::string_view word = text.substr(at, end - at);
            if (!word.empty() && word[0] != '#') lx.common_words.push_back(word);
            at = end + 1;
        }
        // (sorting a sorted list of this length was 2 % of building 50 documents: checked first)
        if (!std::is_sorted(lx.common_words.begin(), lx.common_words.end()))
            std::sort(lx.common_words.begin(), lx.common_words.end());
    }
    lx.seal_word_sets();
    return lx;
}

}  // namespace

const GazetteerEntry* Lexicons::organisation(std::string_view canonical) const {
    for (const auto& e : organisations)
        if (e.canonical == canonical) return &e;
    return nullptr;
}

bool Lexicons::is_common_word(std::string_view w) const {
    const std::string lower = ascii_lower(w);
    auto known = [&](std::string_view x) {
        return x.size() >= 2 && std::binary_search(common_words.begin(), common_words.end(), x);
    };
    if (known(lower)) return true;
    const std::string_view l = lower;
    auto strip = [&](std::string_view suffix, std::string_view add) {
        if (l.size() <= suffix.size() + 1 || !l.ends_with(suffix)) return false;
        return known(std::string(l.substr(0, l.size() - suffix.size())) + std::string(add));
    };
    return strip("s", "") || strip("es", "") || strip("ies", "y") || strip("ed", "") || strip("ed", "e") ||
           strip("ing", "") || strip("ing", "e") || strip("er", "") || strip("est", "") || strip("ly", "");
}

bool Lexicons::is_us_state(std::string_view name) const {
    for (const auto& st : us_states)
        if (st.name == name) return true;
    return false;
}

bool Lexicons::is_role_noun(std::string_view w) const {
    const AsciiLower held(w);
    const std::string_view lower = held.view();
    if (role_nouns.count(lower)) return true;
    // (Every prefix below ends in '-': a word without one has none of them. Comparing each was
    // seven out-of-line calls for nearly every word asked.)
    if (lower.find('-') == std::string_view::npos) return false;
    for (std::string_view prefix : {"co-", "vice-", "deputy-", "acting-", "interim-", "joint-", "assistant-"})
        if (lower.size() > prefix.size() && lower.compare(0, prefix.size(), prefix) == 0 &&
            role_nouns.count(std::string_view(lower).substr(prefix.size())))
            return true;
    return false;
}

void Lexicons::seal_word_sets() {
    for (WordSet* set : {
        &titles, &rank_titles, &role_nouns, &reporting_verbs, &function_words, &name_stopwords, &text_kind_words, &post_nominals, &given_names,
        &name_prefixes, &surname_particles, &org_heads, &org_nouns, &campaign_verbs, &interviewer_roles, &place_heads_strict, &electoral_district_words, &outlet_words, &place_kinds, &thing_heads, &business_heads,
        &generic_body_nouns, &generic_business_nouns, &association_heads, &addressee_nouns, &company_suffixes, &territory_heads, &place_heads,
        &place_prefixes, &institution_heads, &event_heads, &forms_of_address, &org_modifiers,
        &role_modifiers, &role_qualifiers, &degree_words, &degree_verbs, &biography_adverbs, &name_abbreviations})
        set->seal();
}

const Lexicons& lexicons() {
    static const Lexicons lx = load();
    return lx;
}

bool Lexicons::is_irregular_plural(std::string_view w) const {
    const std::string lower = ascii_lower(w);
    for (const auto& ending : irregular_plural_endings)
        if (lower.size() >= ending.size() && lower.ends_with(ending)) return true;
    return false;
}

bool Lexicons::may_be_firm(std::string_view name) const {
    for (std::size_t at = 0; at <= name.size();) {
        const std::size_t sp = std::min(name.find(' ', at), name.size());
        if (association_heads.count(name.substr(at, sp - at))) return false;
        at = sp + 1;
    }
    return true;
}

}  // namespace sg::loaders
