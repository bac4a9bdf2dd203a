#include "loaders/segmentation/run_in_headline.hpp"

#include "loaders/segmentation/segmentation.hpp"
#include "loaders/text/calendar.hpp"
#include "loaders/text/chars.hpp"

namespace sg::loaders {
namespace {

// "03.28.19 ", "2019-03-28 ": digits and separators up to a space; its length with the space, or 0.
std::size_t numeric_date_prefix(std::string_view s) {
    std::size_t i = 0, digits = 0, seps = 0;
    while (i < s.size() && (is_digit_ascii(s[i]) || s[i] == '.' || s[i] == '/' || s[i] == '-')) {
        is_digit_ascii(s[i]) ? ++digits : ++seps;
        ++i;
    }
    if (digits < 4 || seps < 2 || i >= s.size() || s[i] != ' ') return 0;
    return i + 1;
}

// A dash as datelines use it: "–", "—" or "-".
std::size_t dash_at(std::string_view s, std::size_t i) {
    if (i < s.size() && s[i] == '-') return 1;
    if (s.substr(i, 3) == "\xE2\x80\x93" || s.substr(i, 3) == "\xE2\x80\x94") return 3;
    return 0;
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
    while (i < s.size()) {
        const std::size_t sp = space_at(s, i);
        if (!sp) break;
        i += sp;
    }
    return i;
}

// "WASHINGTON –", "NEW YORK —", "WASHINGTON, D.C. –", "LANSING, Mich. -": words in capitals of
// four letters or more together (the place), an optional comma and one short word (its state),
// then a dash.
bool dateline_at(std::string_view s, std::size_t i) {
    std::size_t letters = 0;
    for (;;) {
        const std::size_t b = i;
        while (i < s.size() && is_upper_ascii(s[i])) ++i;
        if (i == b || (i < s.size() && !is_space(s, i) && s[i] != ',')) return false;  // "Senate", "U.S."
        letters += i - b;
        i = skip_spaces(s, i);
        if (i < s.size() && is_upper_ascii(s[i]) && !dash_at(s, i)) continue;  // "NEW YORK"
        break;
    }
    if (letters < 4) return false;
    if (i < s.size() && s[i] == ',') {  // ", D.C." / ", Mich."
        i = skip_spaces(s, i + 1);
        const std::size_t b = i;
        while (i < s.size() && !is_space(s, i) && i - b < 8) ++i;
        if (i == b) return false;
        i = skip_spaces(s, i);
    }
    return dash_at(s, i) > 0;
}

// "Tuesday, February 12, 2019": a weekday, a comma and a month.
bool written_date_at(std::string_view s, std::size_t i) {
    for (std::string_view d : kWeekdayNames) {
        if (s.substr(i, d.size()) != d || s.substr(i + d.size(), 1) != ",") continue;
        const std::size_t m = skip_spaces(s, i + d.size() + 1);
        for (std::string_view month : kMonthNames)
            if (s.substr(m, month.size()) == month) return true;
    }
    return false;
}

}  // namespace

bool find_run_in_headline(std::string_view line, RunInHeadline& out) {
    constexpr std::size_t kMaxHeadlineWords = 40;
    const std::size_t begin = numeric_date_prefix(line);
    std::size_t words = 0;
    for (std::size_t i = begin; i < line.size() && words <= kMaxHeadlineWords;) {
        if (std::size_t sp = space_at(line, i)) { i += sp; continue; }
        if (words >= 4 && (dateline_at(line, i) || written_date_at(line, i))) {
            std::size_t end = i;
            while (end > begin && is_space(line, end - 1)) --end;
            if (!is_title_case_line(line.substr(begin, end - begin))) return false;
            out = {begin, end, i};
            return true;
        }
        while (i < line.size() && !is_space(line, i)) ++i;
        ++words;
    }
    return false;
}

}  // namespace sg::loaders
