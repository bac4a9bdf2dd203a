#include "loaders/segmentation/comment_headers.hpp"

#include <array>
#include <cctype>
#include <vector>

namespace sg::loaders {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::vector<std::string> words_of(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == ',') {
            if (!cur.empty()) out.push_back(cur), cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

bool all_digits(std::string_view w) {
    if (w.empty()) return false;
    for (char c : w)
        if (c < '0' || c > '9') return false;
    return true;
}

bool month_word(std::string_view w) {
    static const std::array<std::string_view, 12> months = {"jan", "feb", "mar", "apr", "may", "jun",
                                                            "jul", "aug", "sep", "oct", "nov", "dec"};
    if (w.size() < 3) return false;
    for (auto m : months)
        if (w.substr(0, 3) == m) return true;
    return false;
}

bool time_unit(std::string_view w) {
    static const std::array<std::string_view, 12> units = {"sec", "second", "min", "minute", "hr", "hour",
                                                           "day", "week", "wk", "month", "year", "yr"};
    while (!w.empty() && (w.back() == 's' || w.back() == '.')) w.remove_suffix(1);
    for (auto u : units)
        if (w == u) return true;
    return false;
}

// "10:42", "9.15am", "6pm", "12/03/2026", "2026-03-12", "2026"
bool numeric_date_or_time(std::string_view w) {
    while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
    std::string_view core = w;
    for (std::string_view suffix : {"am", "pm", "st", "nd", "rd", "th"})
        if (core.size() > suffix.size() && core.substr(core.size() - suffix.size()) == suffix) {
            core.remove_suffix(suffix.size());
            break;
        }
    if (core.empty() || core.front() < '0' || core.front() > '9') return false;
    for (char c : core)
        if (!((c >= '0' && c <= '9') || c == ':' || c == '/' || c == '-' || c == '.')) return false;
    return true;
}

}  // namespace

bool is_timestamp_line(std::string_view line) {
    if (line.size() > 60) return false;
    std::vector<std::string> ws = words_of(lower(line));
    // "Posted 3 hours ago", "Edited March 9, 2026"
    if (ws.size() > 1 && (ws[0] == "posted" || ws[0] == "edited" || ws[0] == "updated")) ws.erase(ws.begin());
    if (ws.empty() || ws.size() > 8) return false;
    if (ws.size() == 1) {  // "3h", "2d", "5min"
        std::string_view w = ws[0];
        std::size_t d = 0;
        while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
        std::string_view unit = w.substr(d);
        if (d > 0 && (unit == "h" || unit == "d" || unit == "m" || unit == "w" || unit == "y" || unit == "hr" ||
                      unit == "min" || unit == "mins" || unit == "hrs"))
            return true;
    }
    if (ws.size() <= 2 && (ws[0] == "yesterday" || ws[0] == "today" || (ws[0] == "just" && ws.size() == 2)))
        return true;
    // relative: "<n|a|an> <unit> ago"
    if (ws.size() == 3 && ws[2] == "ago" && (all_digits(ws[0]) || ws[0] == "a" || ws[0] == "an") && time_unit(ws[1]))
        return true;
    if (ws.size() == 2 && ws[1] == "ago") {  // "3h ago", "2d ago"
        std::string_view w = ws[0];
        while (!w.empty() && std::isalpha(static_cast<unsigned char>(w.back()))) w.remove_suffix(1);
        if (all_digits(w)) return true;
    }
    // absolute: every word a month name, a number/time, or a connective; at least one number
    bool number = false;
    for (const auto& w : ws) {
        if (numeric_date_or_time(w)) { number = true; continue; }
        if (month_word(w) || w == "at" || w == "on" || w == "am" || w == "pm" || w == "|") continue;
        static const std::array<std::string_view, 7> days = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        bool day = false;
        for (auto d : days) day = day || w.substr(0, 3) == d;
        if (day) continue;
        return false;
    }
    return number;
}

namespace {
// "Jane says:" / "Jane wrote:" / "Jane said:": the name without the verb, or empty
std::string_view strip_says(std::string_view line) {
    for (std::string_view v : {" says:", " said:", " wrote:", " writes:", " commented:"})
        if (line.size() > v.size() && line.substr(line.size() - v.size()) == v)
            return line.substr(0, line.size() - v.size());
    return {};
}
}  // namespace

bool is_commenter_line(std::string_view line) {
    if (std::string_view n = strip_says(line); !n.empty()) line = n;
    if (line.empty() || line.size() > 50) return false;
    std::vector<std::string> ws = words_of(line);
    if (ws.empty() || ws.size() > 5) return false;
    char last = line.back();
    if (last == '?' || last == '!' || last == ':' || last == ';' || last == ',') return false;
    if (last == '.' && ws.back().size() > 2) return false;  // a sentence, not "Linda M."
    return true;
}

bool split_name_date_line(std::string_view line, std::string_view& name) {
    static const std::array<std::string_view, 6> seps = {"|", "\xC2\xB7", "\xE2\x80\xA2", "\xE2\x80\x94",
                                                         "\xE2\x80\x93", " on "};
    for (auto sep : seps) {
        std::size_t at = line.find(sep);
        if (at == std::string_view::npos || at == 0) continue;
        std::string_view left = line.substr(0, at), right = line.substr(at + sep.size());
        // the date may itself contain more separators ("Name | 12 March 2026 | 10:42")
        while (!left.empty() && left.back() == ' ') left.remove_suffix(1);
        while (!right.empty() && right.front() == ' ') right.remove_prefix(1);
        std::string r;  // the right part with its separators as spaces
        for (std::size_t p = 0; p < right.size();) {
            std::size_t len = 0;
            for (auto s2 : seps)
                if (right.substr(p, s2.size()) == s2) len = s2.size();
            if (len) { r += ' '; p += len; }
            else r += right[p++];
        }
        if (!left.empty() && is_commenter_line(left) && is_timestamp_line(r)) {
            name = left;
            return true;
        }
    }
    return false;
}

std::string_view commenter_name(std::string_view line) {
    std::string_view s = line;
    if (std::string_view n = strip_says(s); !n.empty()) s = n;
    while (!s.empty() && s.front() == '@') s.remove_prefix(1);
    if (!s.empty() && s.back() == ')') {
        std::size_t open = s.rfind('(');
        if (open != std::string_view::npos && open > 0) s = s.substr(0, open);
    }
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s.empty() ? line : s;
}

}  // namespace sg::loaders
