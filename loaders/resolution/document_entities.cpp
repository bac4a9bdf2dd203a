#include "loaders/resolution/document_entities.hpp"

#include <algorithm>

#include "loaders/mentions/lexicons.hpp"
#include "loaders/mentions/mentions.hpp"
#include "loaders/text/sentences.hpp"

namespace sg::loaders {
namespace {

std::string join(const std::vector<std::string>& words, std::size_t from = 0) {
    std::string out;
    for (std::size_t i = from; i < words.size(); ++i) {
        if (!out.empty()) out += ' ';
        out += words[i];
    }
    return out;
}

void add_alias_to(ActorRecord& a, const std::string& alias) {
    if (alias.empty() || alias == a.name) return;
    if (std::find(a.aliases.begin(), a.aliases.end(), alias) == a.aliases.end()) a.aliases.push_back(alias);
}

// Records `key` for `name`; a name written for two people keeps "" (ambiguous).
void record(std::unordered_map<std::string, std::string>& index, std::string name, const std::string& key) {
    auto [it, fresh] = index.try_emplace(std::move(name), key);
    if (!fresh && it->second != key) it->second.clear();
}

}  // namespace

void DocumentEntities::register_full_names(const ParagraphMentions& pm, std::string_view text) {
    // the paragraph's sentences, by the rules every step uses (loaders/text/sentences.hpp)
    std::vector<Range> sentences;
    if (!text.empty() && !pm.tokens.empty())
        sentences = split_sentences(text, pm.tokens.front().begin, pm.tokens.back().full_end);
    std::size_t in = 0;  // the sentence of the mention being registered
    for (const auto& m : pm.mentions) {
        for (; in + 1 < sentences.size() && sentences[in].end <= m.begin; ++in) ++sentences_;
        if (m.kind != MentionKind::Person || m.names.size() < 2) continue;
        std::string key = "person:" + slug(m.names.front() + " " + m.names.back());
        Surname& surname = full_by_surname_[m.names.back()];
        bool mixed = false;
        if (!surname.mentions.empty()) {
            const FullMention& prev = surname.mentions.back();
            if (prev.paragraph == paragraphs_ && prev.sentence == sentences_)
                mixed = prev.key != key || prev.mixed_sentence;
            surname.one_person = surname.one_person && prev.key == key;
        }
        surname.mentions.push_back({m.begin, paragraphs_, sentences_, key, mixed});
        // "Assad said" after "Bashar al-Assad": the surname without its hyphened particle names him too
        if (const std::string_view core = surname_core(m.names.back()); core.size() != m.names.back().size()) {
            Surname& bare = full_by_surname_[std::string(core)];
            bare.one_person = bare.one_person && (bare.mentions.empty() || bare.mentions.back().key == key);
            bare.mentions.push_back({m.begin, paragraphs_, sentences_, key, mixed});
        }
        record(key_by_full_name_, join(m.names), key);
        if (m.names.size() == 2 && !lexicons().given_names.count(m.names.front()))
            record(key_by_family_first_, m.names.front(), key);
        for (std::size_t from = 1; from + 2 <= m.names.size(); ++from) record(key_by_name_end_, join(m.names, from), key);
    }
    ++paragraphs_;
    ++sentences_;  // a paragraph's end ends its sentence
}

std::string DocumentEntities::surname_referent(const std::string& surname, std::size_t at) const {
    auto it = full_by_surname_.find(surname);
    if (it == full_by_surname_.end() || it->second.mentions.empty()) return {};
    const auto& list = it->second.mentions;
    // the latest full mention before `at`
    auto after = std::lower_bound(list.begin(), list.end(), at, [](const FullMention& x, std::size_t b) { return x.begin < b; });
    if (after != list.begin()) {
        const FullMention& last = *(after - 1);
        // another person called B named in the same sentence as the latest one: ambiguous
        return last.mixed_sentence ? std::string{} : last.key;
    }
    // named in full only later: the one person called B, if there is one
    return it->second.one_person ? list.front().key : std::string{};
}

std::string DocumentEntities::longer_name_referent(const std::vector<std::string>& names) const {
    // a name opening with a given name is a full name of its own ("Paul Bailey")
    if (lexicons().given_names.count(names.front())) return {};
    auto it = key_by_name_end_.find(join(names));
    return it == key_by_name_end_.end() ? std::string{} : it->second;
}

std::string DocumentEntities::unknown_title_referent(const std::vector<std::string>& names) const {
    if (names.size() < 3 || lexicons().given_names.count(names.front())) return {};
    auto it = key_by_full_name_.find(join(names, 1));
    return it == key_by_full_name_.end() ? std::string{} : it->second;
}

std::string DocumentEntities::add_organisation(const std::string& canonical) {
    std::string key = "org:" + organisation_key(canonical);
    auto [it, fresh] = actors_.try_emplace(key);
    ActorRecord& a = it->second;
    if (fresh) {
        a.key = key;
        a.kind = NodeKind::Organisation;
        a.name = canonical;
        if (const GazetteerEntry* e = lexicons().organisation(canonical))
            for (auto& al : e->aliases) add_alias_to(a, al);
    } else if (canonical.size() > a.name.size()) {  // "NHS X CCG" over "X CCG"
        add_alias_to(a, a.name);
        a.name = canonical;
    } else {
        add_alias_to(a, canonical);
    }
    return key;
}

std::string DocumentEntities::add_person_named(const std::string& full_name) {
    std::string key = "person:" + slug(full_name);
    auto [it, fresh] = actors_.try_emplace(key);
    if (fresh) {
        it->second.key = key;
        it->second.kind = NodeKind::Person;
        it->second.name = full_name;
    }
    return key;
}

std::string DocumentEntities::full_given_name_referent(const std::vector<std::string>& names) const {
    const auto& full_forms = lexicons().given_name_full_forms;
    auto forms = full_forms.find(names.front());
    if (forms == full_forms.end()) return {};
    std::string found;
    for (const std::string& full : forms->second) {
        std::vector<std::string> written = names;
        written.front() = full;
        auto it = key_by_full_name_.find(join(written));
        if (it == key_by_full_name_.end() || it->second.empty()) continue;
        if (!found.empty() && found != it->second) return {};  // "Pat": Patrick and Patricia both named
        found = it->second;
    }
    return found;
}

std::string DocumentEntities::resolve(const Mention& m) {
    if (m.kind == MentionKind::Organisation) {
        // "a spokesman for Hale" after "Gov. Patricia Hale": one word read as a body (after
        // "for") that is the surname of a person of the document is that person
        if (m.org.find(' ') == std::string::npos && !m.org.empty())
            if (std::string person = surname_referent(m.org, m.begin); !person.empty()) return person;
        std::string key = add_organisation(m.org);
        if (!m.org_written.empty()) add_alias(key, m.org_written);  // the shorter name it was written as
        return key;
    }
    if (m.kind != MentionKind::Person || m.names.empty()) return {};
    const std::string& surname = m.names.back();
    std::string key;
    bool surname_only = m.names.size() == 1;
    // "Van Hollen" after "Chris Van Hollen": named like a surname alone, the longer name stays
    bool partial = surname_only;
    if (!surname_only) {
        key = longer_name_referent(m.names);
        partial = !key.empty();
        // "Trooper Paul Bailey", "Sherriff Paul Bailey": a word no title list knows before the
        // full name of a person of the document
        if (key.empty()) {
            key = unknown_title_referent(m.names);
            partial = !key.empty();
        }
        // "Rep. Dave Joyce" where the document also names "Congressman David Joyce"
        if (key.empty()) {
            key = full_given_name_referent(m.names);
            partial = !key.empty();
        }
        if (key.empty()) key = "person:" + slug(m.names.front() + " " + surname);
    } else {
        key = surname_referent(surname, m.begin);
        // "Pak said" after "Pak Jin-woo": a family name written first, when no one has it last
        if (key.empty()) {
            auto first = key_by_family_first_.find(surname);
            if (first != key_by_family_first_.end()) {
                key = first->second;
                partial = !key.empty();
            }
        }
        if (key.empty()) key = "person:" + slug(surname);
    }
    auto [it, fresh] = actors_.try_emplace(key);
    ActorRecord& a = it->second;
    if (fresh) {
        a.key = key;
        a.kind = NodeKind::Person;
        a.surname = surname;
        a.surname_only = true;
        a.name = join(m.names);
    }
    if (!partial && a.surname_only) {
        if (a.name != join(m.names)) add_alias_to(a, a.name);
        a.name = join(m.names);
        a.surname_only = false;
    } else if (join(m.names) != a.name) {
        add_alias_to(a, join(m.names));  // middle names / initials
    }
    std::string written = m.title.empty() ? join(m.names) : m.title + " " + join(m.names);
    add_alias_to(a, written);
    if (!m.title.empty() && !surname_only) add_alias_to(a, m.title + " " + surname);
    return key;
}

void DocumentEntities::add_alias(const std::string& key, const std::string& alias) {
    auto it = actors_.find(key);
    if (it != actors_.end()) add_alias_to(it->second, alias);
}

std::vector<ActorRecord> DocumentEntities::actors() const {
    std::vector<ActorRecord> out;
    for (auto& [k, a] : actors_) out.push_back(a);
    return out;
}

std::vector<PartOfRecord> DocumentEntities::part_of() {
    std::vector<PartOfRecord> out;
    std::vector<std::string> parents;
    for (auto& [k, a] : actors_) {
        if (a.kind != NodeKind::Organisation) continue;
        if (const GazetteerEntry* e = lexicons().organisation(a.name); e && !e->parent.empty()) {
            out.push_back({k, "org:" + organisation_key(e->parent)});
            parents.push_back(e->parent);
        }
    }
    for (auto& p : parents) add_organisation(p);
    return out;
}

}  // namespace sg::loaders
