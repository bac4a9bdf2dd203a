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

std::size_t answer_prefix(std::string_view p) {
    if (std::size_t n = marker(p, "A")) return n;
    return marker(p, "Answer");
}

}  // namespace sg::loaders
