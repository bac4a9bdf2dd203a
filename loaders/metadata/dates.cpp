#include "loaders/metadata/dates.hpp"

#include <array>
#include <cctype>
#include <regex>

#include "graph/dates.hpp"
#include "loaders/metadata/date_shapes.hpp"

namespace sg::loaders {

namespace {

constexpr std::array<const char*, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};

int month_number(std::string word) {
    for (auto& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::size_t i = 0; i < kMonths.size(); ++i)
        if (word.rfind(kMonths[i], 0) == 0) return static_cast<int>(i) + 1;
    return 0;
}

// "(January|...|Dec)": full names and three-letter abbreviations (with "Sept").
const std::string kMonth =
    "(January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

const std::regex& iso() {
    static const std::regex r("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?");
    return r;
}
const std::regex& day_month_year() {
    static const std::regex r("(\\d{1,2})(?:st|nd|rd|th)? " + kMonth + ",? (\\d{4})", std::regex::icase);
    return r;
}
const std::regex& month_day_year() {
    static const std::regex r(kMonth + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})", std::regex::icase);
    return r;
}

std::optional<std::string> build(int y, int m, int d, int hh = -1, int mm = 0, int ss = 0) {
    char buf[32];
    if (hh < 0) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    else std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", y, m, d, hh, mm, ss);
    if (!parse_instant(buf)) return std::nullopt;
    return std::string(buf);
}

// Whether `text` holds four ASCII digits in a row: every form above has a four-digit year, so a
// text without one has no date, and the regular expressions (most of the cost of reading a
// dateline) need not run.
bool has_year_digits(std::string_view text) {
    int run = 0;
    for (char c : text) {
        run = c >= '0' && c <= '9' ? run + 1 : 0;
        if (run == 4) return true;
    }
    return false;
}

// The first date of one of the forms in `s` (search) or `s` as a whole (match). Each regular
// expression runs only on a text that holds what every match of it holds (date_shapes.hpp): the
// search tries every byte of the line as a start, and the month forms compare each with two dozen
// month names ignoring case, a third of a million instructions for a masthead line such as
// "pulse june2020 80x101px" that holds no date.
std::optional<std::string> find_date(std::string_view text, bool whole) {
    if (!has_year_digits(text)) return std::nullopt;
    const bool iso_shape = has_iso_date_shape(text);
    const bool month_shape = has_month_date_shape(text);
    if (!iso_shape && !month_shape) return std::nullopt;
    const std::string s(text);
    std::smatch m;
    auto found = [&](const std::regex& r) { return whole ? std::regex_match(s, m, r) : std::regex_search(s, m, r); };
    if (iso_shape && found(iso())) {
        const int hh = m[4].matched ? std::stoi(m[4]) : -1;
        return build(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]), hh, m[5].matched ? std::stoi(m[5]) : 0,
                     m[6].matched ? std::stoi(m[6]) : 0);
    }
    if (!month_shape) return std::nullopt;
    if (found(day_month_year())) return build(std::stoi(m[3]), month_number(m[2]), std::stoi(m[1]));
    if (found(month_day_year())) return build(std::stoi(m[3]), month_number(m[1]), std::stoi(m[2]));
    return std::nullopt;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

}  // namespace

std::optional<std::string> read_date(std::string_view text) {
    text = trim(text);
    // A leading weekday ("Thursday, 12 June 2014") says nothing the date does not.
    static const std::regex weekday("^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.?,? ",
                                    std::regex::icase);
    const std::string s = std::regex_replace(std::string(text), weekday, "", std::regex_constants::format_first_only);
    return find_date(s, true);
}

std::optional<std::string> dateline(std::string_view article) {
    static const std::regex lead("^(Published|Updated|Posted|Date|Last updated)\\b", std::regex::icase);
    std::size_t at = 0;
    for (int line = 0; line < 20 && at < article.size(); ++line) {
        const std::size_t end = std::min(article.find('\n', at), article.size());
        const std::string_view text = trim(article.substr(at, end - at));
        at = end + 1;
        if (text.empty()) {
            --line;  // blank lines do not count
            continue;
        }
        if (!has_year_digits(text)) continue;  // no date here (find_date would find none)
        const std::string s(text);
        if (text.size() > 60 && !std::regex_search(s, lead)) continue;
        if (auto d = find_date(text, false)) return d;
    }
    return std::nullopt;
}

}  // namespace sg::loaders
