#include "loaders/extract/interview.hpp"

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

std::size_t speaker_label(std::string_view p, std::string& name) {
    const std::size_t colon = p.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 40 || colon + 2 > p.size() || p[colon + 1] != ' ')
        return 0;
    std::string out;
    int words = 0;
    bool word_start = true;
    for (std::size_t i = 0; i < colon; ++i) {
        const char c = p[i];
        if (c == ' ') {
            if (word_start) return 0;  // two spaces, or a leading one
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
    if (word_start || words < 2 || words > 4) return 0;
    // "O'BRIEN" -> "O'brien" is no name: capitalise after an apostrophe or hyphen too
    for (std::size_t i = 1; i < out.size(); ++i)
        if ((out[i - 1] == '\'' || out[i - 1] == '-') && out[i] >= 'a' && out[i] <= 'z') out[i] = static_cast<char>(out[i] - 'a' + 'A');
    name = std::move(out);
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
