#include "loaders/affiliations/national_offices.hpp"

#include <algorithm>
#include <optional>

#include "loaders/common/lexicon_file.hpp"
#include "loaders/mentions/lexicons.hpp"
#include "loaders/text/chars.hpp"

namespace sg::loaders {

namespace {

const char kNationalOffices[] =
#include "embedded/national_offices.txt.inc"
    ;

struct Office {
    std::vector<std::string> words;  // "Attorney", "General"
    std::string body;                // "government", "department" or a canonical name
    bool head = false;               // a head of state or government
    bool appositive = false;         // an office stated only in apposition after the name
};

std::vector<std::string> split_words(std::string_view s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
        std::size_t j = i;
        while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
        if (j > i) out.emplace_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

// national_offices.txt, the longest offices first (the countries are the mention lexicons':
// lexicons().nationalities)
const std::vector<Office>& offices() {
    static const std::vector<Office> table = [] {
        std::vector<Office> r;
        for (const auto& line : lexicon_entries(kNationalOffices)) {
            std::vector<std::string> cols;
            std::size_t from = 0;
            for (std::size_t bar; (bar = line.find('|', from)) != std::string::npos; from = bar + 1)
                cols.push_back(line.substr(from, bar - from));
            cols.push_back(line.substr(from));
            if (cols.size() < 2) continue;
            r.push_back({split_words(cols[0]), cols[1], cols.size() > 2 && cols[2] == "head",
                         cols.size() > 2 && cols[2] == "appositive"});
        }
        std::stable_sort(r.begin(), r.end(), [](const Office& a, const Office& b) { return a.words.size() > b.words.size(); });
        return r;
    }();
    return table;
}

bool capitalised_word(std::string_view w) { return !w.empty() && is_upper_ascii(w.front()); }

// The words before a mention on its line (at most 120 bytes, the last eight words), split at
// white space: "... met U.S. Secretary of State" -> {"met", "U.S.", "Secretary", "of", "State"}.
std::vector<std::string> words_before(std::string_view text, std::size_t at) {
    std::size_t from = at > 120 ? at - 120 : 0;
    // (the line break looked for in the window only: a page of one long line stays linear)
    const std::size_t nl = text.substr(from, at - from).rfind('\n');
    if (nl != std::string_view::npos) from += nl + 1;
    std::vector<std::string> words = split_words(text.substr(from, at - from));
    if (words.size() > 8) words.erase(words.begin(), words.end() - 8);
    return words;
}

// The office in an appositive after a mention, as a list of words ending with the office: "A B,
// Assistant Secretary of State for Oceans, ..." -> {"Assistant", "Secretary", "of", "State"}. The
// appositive runs to the next punctuation on the line (at most 120 bytes) and is cut at its first
// lower-case word other than "of" ("for Oceans", "to Russia", "at the X"), where the office ends;
// a leading "the" is dropped. Empty when no comma follows the mention.
std::vector<std::string> words_after(std::string_view text, std::size_t end) {
    if (end >= text.size() || text[end] != ',') return {};
    std::size_t to = std::min(text.size(), end + 1 + 120);
    const std::size_t stop = text.substr(end + 1, to - end - 1).find_first_of(",;:()\n");
    if (stop != std::string_view::npos) to = end + 1 + stop;
    std::vector<std::string> words = split_words(text.substr(end + 1, to - end - 1));
    if (!words.empty() && (words.front() == "the" || words.front() == "The")) words.erase(words.begin());
    for (std::size_t k = 0; k < words.size(); ++k)
        if (!capitalised_word(words[k]) && words[k] != "of") {
            words.resize(k);
            break;
        }
    // (a sentence's end inside the appositive: "A B, Secretary of State. The ...")
    if (!words.empty() && words.back().back() == '.' && words.back().size() > 2 &&
        words.back().find('.') == words.back().size() - 1)
        words.back().pop_back();
    return words;
}

// Whether `words` ends with `tail` (from index `end` back); the index where it starts, or npos.
std::size_t ends_with_words(const std::vector<std::string>& words, std::size_t end, const std::vector<std::string>& tail) {
    if (tail.empty() || tail.size() > end) return std::string::npos;
    for (std::size_t k = 0; k < tail.size(); ++k)
        if (words[end - tail.size() + k] != tail[k]) return std::string::npos;
    return end - tail.size();
}

// The government a nationality word ending at `end` names ("U.S.", "South Korean"), and where
// those words start.
std::optional<std::pair<std::string, std::size_t>> nationality_before(const std::vector<std::string>& words, std::size_t end) {
    for (const Nationality& n : lexicons().nationalities)
        if (std::size_t at = ends_with_words(words, end, n.words); at != std::string::npos) return std::make_pair(n.government, at);
    return std::nullopt;
}

// The department of the gazetteer named by an office's topic words: "Department of Education"
// for {"Education"}, "Department of the Treasury" for {"Treasury"}; "" when it knows none.
std::string department_of(const std::vector<std::string>& topic) {
    if (topic.empty()) return {};
    std::string t;
    for (const auto& w : topic) t += (t.empty() ? "" : " ") + w;
    for (const std::string& name : {"Department of " + t, "Department of the " + t})
        if (const GazetteerEntry* e = lexicons().organisation(name)) return e->canonical;
    return {};
}

struct Found {
    const Office* office = nullptr;
    std::string role;                // "education secretary", "secretary of state"
    std::vector<std::string> topic;  // capitalised words between a nationality and the office, or after "of"
    std::string government;          // from a nationality word, or ""
};

// The office written in the words before a mention (or as its title), with the topic and the
// nationality before it.
std::optional<Found> office_before(std::vector<std::string> words, const Mention& m, bool in_apposition) {
    if (!m.title.empty()) words.push_back(m.title);
    const std::size_t n = words.size();
    for (const Office& o : offices()) {
        if (o.appositive && !in_apposition) continue;
        std::vector<std::string> tail = o.words;
        std::size_t at = ends_with_words(words, n, tail);
        Found f;
        f.office = &o;
        // "Secretary of State", "Secretary of Homeland Security": the topic after "of"
        if (at == std::string::npos) {
            for (std::size_t of = n; of-- > 1;) {
                if (words[of] != "of") continue;
                if (ends_with_words(words, of, tail) == std::string::npos) continue;
                bool topic = of + 1 < n;
                for (std::size_t k = of + 1; k < n && topic; ++k) topic = capitalised_word(words[k]) && words[k].back() != ',';
                if (!topic || n - of - 1 > 3) continue;
                f.topic.assign(words.begin() + static_cast<long>(of) + 1, words.end());
                at = of - tail.size();
                break;
            }
            if (at == std::string::npos) continue;
        }
        // topic and rank words before the office, then perhaps a nationality
        std::size_t k = at;
        std::vector<std::string> before;
        while (k > 0 && before.size() < 3 && capitalised_word(words[k - 1]) && words[k - 1].back() != ',' &&
               !nationality_before(words, k)) {
            before.insert(before.begin(), words[k - 1]);
            --k;
        }
        // a legislator in apposition: a nationality at most before the title ("U.S. Senator"), no
        // other body's words ("State Senator", "Trade Representative")
        if (o.appositive && !before.empty()) continue;
        if (auto nat = nationality_before(words, k)) f.government = nat->first;
        for (const auto& w : before) f.role += (f.role.empty() ? "" : " ") + ascii_lower(w);
        for (const auto& w : o.words) f.role += (f.role.empty() ? "" : " ") + ascii_lower(w);
        if (!f.topic.empty()) {
            f.role += " of";
            for (const auto& w : f.topic) f.role += " " + ascii_lower(w);
        }
        if (f.topic.empty()) f.topic = before;
        // a head of state or government's office takes no other body's name before it ("NRA
        // President", "Student Body President"): only rank words
        if (o.head)
            for (const auto& w : before)
                if (w != "Deputy" && w != "Acting" && w != "Interim") return std::nullopt;
        return f;
    }
    return std::nullopt;
}

}  // namespace

std::string country_government(std::string_view name) {
    std::vector<std::string> words = split_words(name);
    if (!words.empty() && (words.front() == "the" || words.front() == "The")) words.erase(words.begin());
    if (words.empty()) return {};
    for (const Nationality& n : lexicons().nationalities)
        if (n.country && n.words == words) return n.government;
    return {};
}

std::string jurisdiction_government(std::string_view name) {
    if (name.starts_with("the ")) name.remove_prefix(4);
    for (const Jurisdiction& j : lexicons().jurisdictions)
        if (j.name == name) return j.government;
    return {};
}

std::vector<DocumentAffiliation> national_office_affiliations(std::string_view text, const std::vector<Block>& blocks,
                                                              const std::vector<ParagraphMentions>& pms) {
    std::vector<DocumentAffiliation> out;
    for (std::size_t b = 0; b < blocks.size() && b < pms.size(); ++b) {
        const auto& mentions = pms[b].mentions;
        for (std::size_t i = 0; i < mentions.size(); ++i) {
            const Mention& m = mentions[i];
            if (m.kind != MentionKind::Person || m.in_appositive) continue;
            auto found = office_before(words_before(text, m.begin), m, /*in_apposition=*/false);
            // "A B, Assistant Secretary of State for X,": the office in the appositive after
            if (!found && !m.possessive) found = office_before(words_after(text, m.end), Mention{}, /*in_apposition=*/true);
            if (!found) continue;
            const Office& o = *found->office;
            const std::string& role = found->role;
            // the most specific body the words state: a department, else the government
            std::string body = o.body;
            if (body == "department") {
                body = department_of(found->topic);
                if (body.empty()) body = "government";
            }
            if (body == "government") body = found->government;
            // "Prime Minister of Ruritania": the country after "of"
            if (body.empty() && o.body == "government" && !found->topic.empty()) {
                std::string country;
                for (const auto& w : found->topic) country += (country.empty() ? "" : " ") + w;
                body = country_government(country);
            }
            if (!body.empty()) out.push_back({b, i, body, role});
        }
    }
    return out;
}

}  // namespace sg::loaders
