#include "loaders/resolution/corpus_names.hpp"

#include <set>

#include "loaders/mentions/lexicons.hpp"
#include "loaders/text/chars.hpp"

namespace sg::loaders {

namespace {

constexpr std::size_t kMinWords = 2, kMaxWords = 5;

bool letter(char c) { return is_upper_ascii(c) || is_lower_ascii(c); }

// The word ending right before `end` (after any spaces and one comma): [begin, end) of it.
bool word_before(std::string_view t, std::size_t end, std::size_t& wb, std::size_t& we) {
    std::size_t e = end;
    while (e > 0 && t[e - 1] == ' ') --e;
    std::size_t b = e;
    while (b > 0 && (letter(t[b - 1]) || t[b - 1] == '&' || t[b - 1] == '\'' || t[b - 1] == '-' || t[b - 1] == '.'))
        --b;
    if (b == e) return false;
    wb = b;
    we = e;
    return true;
}

// A word of a firm's name: capitalised, no function word ("The", "And"), or "&".
bool name_word(std::string_view w, const Lexicons& lx) {
    if (w == "&") return true;
    return !w.empty() && is_upper_ascii(w[0]) && !lx.function_words.count(w) && !lx.titles.count(w);
}

}  // namespace

CorpusNames document_firm_names(std::string_view t) {
    const Lexicons& lx = lexicons();
    CorpusNames out;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!is_upper_ascii(t[i]) && t[i] != 'p') continue;  // "plc"
        if (i == 0 || (t[i - 1] != ' ' && t[i - 1] != ',')) continue;
        std::size_t e = i;
        while (e < t.size() && (letter(t[e]) || t[e] == '.')) ++e;
        std::string_view suffix = t.substr(i, e - i);
        while (!suffix.empty() && suffix.back() == '.') suffix.remove_suffix(1);
        if (!lx.company_suffixes.count(suffix)) continue;
        // the capitalised words before it (a comma right before the suffix allowed)
        std::size_t at = i;
        while (at > 0 && t[at - 1] == ' ') --at;
        if (at > 0 && t[at - 1] == ',') --at;
        std::vector<std::string_view> words;
        std::size_t first = at;
        for (std::size_t wb = 0, we = 0; words.size() < kMaxWords && word_before(t, at, wb, we);) {
            std::string_view w = t.substr(wb, we - wb);
            if (!name_word(w, lx)) break;
            words.insert(words.begin(), w);
            first = wb;
            at = wb;
            if (at == 0 || t[at - 1] != ' ') break;
        }
        if (words.size() < kMinWords || words.front() == "&" || words.back() == "&") continue;
        std::string name(t.substr(first, [&] {
            std::size_t end = i;
            while (end > first && (t[end - 1] == ' ' || t[end - 1] == ',')) --end;
            return end - first;
        }()));
        if (name.find('\n') != std::string::npos) continue;
        out.emplace(name, name + " " + std::string(suffix));
        i = e;
    }
    return out;
}

CorpusNames merge_corpus_names(const std::vector<CorpusNames>& per_document) {
    CorpusNames out;
    std::set<std::string, std::less<>> ambiguous;
    for (const auto& doc : per_document)
        for (const auto& [name, full] : doc) {
            auto [it, fresh] = out.emplace(name, full);
            if (!fresh && it->second != full) ambiguous.insert(name);
        }
    for (const auto& a : ambiguous) out.erase(a);
    return out;
}

namespace {
// Calls `found(entry)` for each entry of `corpus` whose name `t` writes (a capitalised word that
// opens it, the name whole): one look-up per capitalised word of the text.
template <class Found>
void corpus_names_in(std::string_view t, const CorpusNames& corpus, Found found) {
    if (corpus.empty()) return;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!is_upper_ascii(t[i]) || (i > 0 && letter(t[i - 1]))) continue;
        std::size_t e = i;
        while (e < t.size() && letter(t[e])) ++e;
        const std::string_view first = t.substr(i, e - i);
        for (auto it = corpus.lower_bound(first); it != corpus.end() && it->first.compare(0, first.size(), first) == 0; ++it) {
            const std::string& name = it->first;
            if (t.compare(i, name.size(), name) != 0) continue;
            const std::size_t after = i + name.size();
            if (after < t.size() && letter(t[after])) continue;
            found(*it);
        }
        i = e;
    }
}
}  // namespace

void add_corpus_firm_names(std::string_view t, const CorpusNames& corpus, DocumentNames& names) {
    corpus_names_in(t, corpus, [&](const auto& e) { names.organisation_prefixes.emplace(e.first, e.second); });
}

CorpusNames document_towns(std::string_view t) {
    CorpusNames out;
    constexpr std::size_t kMaxPlaceWords = 3;
    for (std::string_view kind : {"Town of ", "town of ", "City of ", "city of "}) {
        const std::string body = kind.front() == 'T' || kind.front() == 't' ? "Town" : "City";
        for (std::size_t at = t.find(kind); at != std::string_view::npos; at = t.find(kind, at + 1)) {
            std::size_t e = at + kind.size(), words = 0, end = e;
            while (words < kMaxPlaceWords && e < t.size() && is_upper_ascii(t[e])) {
                std::size_t w = e;
                while (w < t.size() && (letter(t[w]) || t[w] == '-')) ++w;
                ++words;
                end = w;
                if (w + 1 < t.size() && t[w] == ' ' && is_upper_ascii(t[w + 1])) e = w + 1;
                else break;
            }
            if (words == 0) continue;
            auto [it, fresh] = out.emplace(std::string(t.substr(at + kind.size(), end - at - kind.size())), body);
            if (!fresh && it->second != body) it->second = "";  // both in one article: neither
        }
    }
    return out;
}

void add_corpus_towns(std::string_view t, const CorpusNames& corpus, DocumentNames& names) {
    corpus_names_in(t, corpus, [&](const auto& e) {
        if (e.second == "Town") names.towns.insert(e.first);
    });
}

}  // namespace sg::loaders
