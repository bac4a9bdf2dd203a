#include "loaders/extract/explainer_answers.hpp"

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "loaders/common/lexicon_file.hpp"
#include "loaders/mentions/lexicons.hpp"
#include "loaders/text/chars.hpp"

namespace sg::loaders::explainer {

namespace {

// (phrase, side) from stance_who_questions.txt: "is for 1".
const std::vector<std::pair<std::string, int>>& side_phrases() {
    static const std::vector<std::pair<std::string, int>> phrases = [] {
        std::vector<std::pair<std::string, int>> out;
        for (const std::string& line : lexicon_entries(
#include "embedded/stance_who_questions.txt.inc"
                 )) {
            const std::size_t sp = line.rfind(' ');
            if (sp == std::string::npos) continue;
            out.emplace_back(line.substr(0, sp), std::stoi(line.substr(sp + 1)));
        }
        return out;
    }();
    return phrases;
}

// Lower-cased, with typographic apostrophes folded to "'" (the bytes' offsets shift by two for
// each fold: `at` maps an offset of the folded text back to the original).
struct Folded {
    std::string text;
    std::vector<std::size_t> at;
};

Folded fold(std::string_view s) {
    Folded f;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.substr(i).starts_with("\xE2\x80\x99") || s.substr(i).starts_with("\xE2\x80\x98")) {
            f.text.push_back('\'');
            f.at.push_back(i);
            i += 2;
            continue;
        }
        const char c = s[i];
        f.text.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
        f.at.push_back(i);
    }
    f.at.push_back(s.size());
    return f;
}

// Auxiliaries and forms of "be"/"have"/"do": a list part holding one is a sentence of its own.
bool verb_of_its_own(std::string_view word) {
    static const std::array<std::string_view, 21> kVerbs{
        "is",  "are",   "was",   "were",  "be",    "been",   "has",  "have", "had",  "will",  "would",
        "can", "could", "shall", "should", "may",  "might",  "must", "does", "did",  "do"};
    for (auto v : kVerbs)
        if (word == v) return true;
    return lexicons().reporting_verbs.count(word) > 0;
}

}  // namespace

std::optional<WhoQuestion> who_question(std::string_view text) {
    while (!text.empty() && is_space(text, text.size() - 1)) text.remove_suffix(1);
    if (text.size() < 6 || text.back() != '?') return std::nullopt;
    // one question: no other sentence end before its mark
    for (std::size_t i = 0; i + 1 < text.size(); ++i)
        if (text[i] == '?' || text[i] == '!' || (text[i] == '.' && is_space(text, i + 1)))
            return std::nullopt;
    const Folded f = fold(text);
    std::string_view q = f.text;
    std::size_t k = 0;
    if (q.starts_with("who ")) k = 4;
    else if (q.starts_with("who's ") || q.starts_with("who'")) k = 3;  // "who's for it": "'s for"
    else return std::nullopt;
    if (q[k] == ' ') ++k;
    for (const auto& [phrase, side] : side_phrases()) {
        if (q.substr(k).starts_with(phrase) && k + phrase.size() < q.size() && q[k + phrase.size()] == ' ') {
            std::size_t b = k + phrase.size() + 1, e = q.size() - 1;  // up to the question mark
            while (b < e && q[b] == ' ') ++b;
            while (e > b && q[e - 1] == ' ') --e;
            if (b >= e) return std::nullopt;
            return WhoQuestion{side, f.at[b], f.at[e]};
        }
    }
    return std::nullopt;
}

std::size_t answer_list_end(std::string_view sentence, std::size_t from) {
    std::size_t end = sentence.size();
    for (std::string_view stop : {", whose ", ", which ", ", who ", ", who's ", ";", ":"})
        if (std::size_t at = sentence.find(stop, from); at != std::string_view::npos) end = std::min(end, at);
    while (end > from && (sentence[end - 1] == '.' || is_space(sentence, end - 1))) --end;
    if (end <= from) return 0;
    const Folded f = fold(sentence.substr(from, end - from));
    std::size_t i = 0;
    while (i < f.text.size()) {
        while (i < f.text.size() && !std::isalpha(static_cast<unsigned char>(f.text[i]))) ++i;
        std::size_t j = i;
        while (j < f.text.size() && (std::isalpha(static_cast<unsigned char>(f.text[j])) || f.text[j] == '\'')) ++j;
        if (j > i && verb_of_its_own(std::string_view(f.text).substr(i, j - i))) return 0;
        i = j;
    }
    return end;
}

std::size_t echo_subject_begin(std::string_view sentence) {
    // Compared in place, not folded: the openers are plain ASCII without an apostrophe, so a
    // sentence opens with one exactly when its first bytes, lower-cased, are the opener, and the
    // spaces after it are bytes at their own offsets. (Folding the whole sentence, with an offset
    // per byte, for every sentence of every paragraph was 1.5 % of a build.)
    auto opens_with = [&](std::string_view opener) {
        if (sentence.size() < opener.size()) return false;
        for (std::size_t j = 0; j < opener.size(); ++j) {
            const char c = sentence[j];
            if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != opener[j]) return false;
        }
        return true;
    };
    for (std::string_view opener : {"so does ", "so do ", "so did ", "so is ", "so are ", "so was ", "so were "})
        if (opens_with(opener)) {
            std::size_t k = opener.size();
            while (k < sentence.size() && sentence[k] == ' ') ++k;
            return k < sentence.size() ? k : std::string_view::npos;
        }
    return std::string_view::npos;
}

}  // namespace sg::loaders::explainer
