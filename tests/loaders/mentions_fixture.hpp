// Running the mention finder (step 4) on one invented paragraph and asking what it found: the
// people and organisations by their written text, and the affiliations between them.
#pragma once

#include <string>

#include "loaders/mentions/mentions.hpp"

namespace sg::test {

struct Found {
    std::string text;
    loaders::ParagraphMentions pm;
    // the text of mention i as written
    std::string at(std::size_t i) const {
        const loaders::Mention& m = pm.mentions.at(i);
        return text.substr(m.begin, m.end - m.begin);
    }
    bool has(loaders::MentionKind kind, const std::string& written) const {
        for (std::size_t i = 0; i < pm.mentions.size(); ++i)
            if (pm.mentions[i].kind == kind && at(i) == written) return true;
        return false;
    }
    bool person_named(const std::string& written) const {
        for (std::size_t i = 0; i < pm.mentions.size(); ++i)
            if (pm.mentions[i].kind == loaders::MentionKind::Person && at(i).find(written) != std::string::npos)
                return true;
        return false;
    }
    // the organisation (and role) given to the person whose mention reads `person`
    bool affiliated(const std::string& person, const std::string& org, const std::string& role = "*") const {
        for (const auto& a : pm.affiliations)
            if (at(a.person) == person && a.org == org && (role == "*" || a.role == role)) return true;
        return false;
    }
    bool any_affiliation(const std::string& person) const { return affiliation_of(person) != nullptr; }
    const loaders::Affiliation* affiliation_of(const std::string& person) const {
        for (const auto& a : pm.affiliations)
            if (at(a.person) == person) return &a;
        return nullptr;
    }
};

inline Found find(const std::string& t, const loaders::DocumentNames& names = {}) {
    return {t, loaders::find_mentions(t, {0, t.size()}, names)};
}

}  // namespace sg::test
