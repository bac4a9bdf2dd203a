#include "loaders/extract/interview.hpp"

#include "loaders/common/lexicon_file.hpp"

namespace sg::loaders {
namespace {

// "Q:" / "Q." / "Q -" / "Question:" style marker of the letter or word `w`, with the spaces after it.
std::size_t marker(std::string_view p, std::string_view w) {
    if (p.size() <= w.size() + 1 || p.substr(0, w.size()) != w) return 0;
    std::size_t i = w.size();
    if (p[i] == ':' || p[i] == '.' || p[i] == ')') ++i;
    else if (p[i] == ' ' && i + 1 < p.size() && (p[i + 1] == '-' || p[i + 1] == ':')) i += 2;
    else return 0;
    if (i >= p.size() || p[i] != ' ') return 0;
    while (i < p.size() && p[i] == ' ') ++i;
    return i;
}

}  // namespace

std::size_t question_prefix(std::string_view p) {
    if (std::size_t n = marker(p, "Q")) return n;
    if (std::size_t n = marker(p, "Question")) return n;
    if (p.size() > 5 && p.substr(0, 2) == "**" && p.substr(p.size() - 3) == "?**") return 2;
    return 0;
}

bool question_above_answer(std::string_view t, std::size_t q_begin, std::size_t q_end, std::size_t a_begin) {
    if (q_end <= q_begin || q_end > a_begin || a_begin > t.size() || t[q_end - 1] != '?') return false;
    int breaks = 0;
    for (std::size_t i = q_end; i < a_begin; ++i) {
        if (t[i] == '\n') ++breaks;
        else if (t[i] != ' ' && t[i] != '\t' && t[i] != '\r') return false;
    }
    return breaks == 1;
}

namespace {

// Words in capitals, [from, to) of p, in ordinary case ("JESS O'BRIEN" -> "Jess O'Brien"), and
// how many; 0 words when anything else stands there (a lower-case letter, two spaces).
int capitals_words(std::string_view p, std::size_t from, std::size_t to, std::string& out) {
    out.clear();
    int words = 0;
    bool word_start = true;
    while (from < to && p[from] == ' ') ++from;
    while (to > from && p[to - 1] == ' ') --to;
    for (std::size_t i = from; i < to; ++i) {
        const char c = p[i];
        if (c == ' ') {
            if (word_start) return 0;  // two spaces
            out += ' ';
            word_start = true;
            continue;
        }
        const bool upper = c >= 'A' && c <= 'Z';
        if (word_start) {
            if (!upper) return 0;
            ++words;
            out += c;
            word_start = false;
        } else if (upper) {
            out += static_cast<char>(c - 'A' + 'a');
        } else if (c == '\'' || c == '-' || c == '.') {
            out += c;
        } else {
            return 0;  // a lower-case letter or anything else: not a label in capitals
        }
    }
    if (word_start) return 0;
    // "O'BRIEN" -> "O'brien" is no name: capitalise after an apostrophe or hyphen too
    for (std::size_t i = 1; i < out.size(); ++i)
        if ((out[i - 1] == '\'' || out[i - 1] == '-') && out[i] >= 'a' && out[i] <= 'z') out[i] = static_cast<char>(out[i] - 'a' + 'A');
    return words;
}

}  // namespace

std::size_t speaker_label(std::string_view p, std::string& name, std::string* role) {
    const std::size_t colon = p.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 60 || colon + 2 > p.size() || p[colon + 1] != ' ')
        return 0;
    // the name, then perhaps its role: "JUNE TALBOT (HOST):", "IRIS VANCE, MINISTER:"
    std::size_t name_end = colon, role_begin = colon, role_end = colon;
    if (const std::size_t paren = p.substr(0, colon).find('('); paren != std::string_view::npos) {
        const std::size_t close = p.substr(0, colon).find(')', paren);
        if (close == std::string_view::npos || p.substr(close + 1, colon - close - 1).find_first_not_of(' ') != std::string_view::npos)
            return 0;
        name_end = paren;
        role_begin = paren + 1;
        role_end = close;
    } else if (const std::size_t comma = p.substr(0, colon).find(','); comma != std::string_view::npos) {
        name_end = comma;
        role_begin = comma + 1;
    }
    std::string out, role_words;
    const int words = capitals_words(p, 0, name_end, out);
    if (words < 1 || words > 4 || out.size() < 2) return 0;  // ("Q:" is a question marker)
    if (role_begin < role_end) {
        const int r = capitals_words(p, role_begin, role_end, role_words);
        if (r < 1 || r > 5) return 0;
        role_words = ascii_lower(role_words);
    }
    name = std::move(out);
    if (role) *role = std::move(role_words);
    std::size_t n = colon + 1;
    while (n < p.size() && p[n] == ' ') ++n;
    return n;
}

std::size_t answer_prefix(std::string_view p) {
    if (std::size_t n = marker(p, "A")) return n;
    return marker(p, "Answer");
}

bool opens_an_interview(std::string_view w) {
    while (!w.empty() && (w.back() == ' ' || w.back() == '\n')) w.remove_suffix(1);
    if (!w.empty() && w.back() == '?') return true;
    // a vocative: one or two capitalised words and a comma opening the turn
    std::size_t i = 0, words = 0;
    while (i < w.size() && words < 3) {
        if (!(w[i] >= 'A' && w[i] <= 'Z')) return false;
        while (i < w.size() && w[i] != ' ' && w[i] != ',') ++i;
        ++words;
        if (i < w.size() && w[i] == ',') return words <= 2;
        while (i < w.size() && w[i] == ' ') ++i;
    }
    return false;
}

}  // namespace sg::loaders
