// What every date of read_date's forms holds, tested without a regular expression: a text that
// lacks it holds no date of that form, so the (costly) std::regex need not be run on it. Both
// tests are necessary conditions only; the regular expressions still decide.
#pragma once

#include <cstddef>
#include <string_view>

namespace sg::loaders {

// "dddd-dd-dd" somewhere (ASCII digits): every ISO form begins so.
inline bool has_iso_date_shape(std::string_view text) {
    auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
    for (std::size_t i = 0; i + 10 <= text.size(); ++i)
        if (digit(i) && digit(i + 1) && digit(i + 2) && digit(i + 3) && text[i + 4] == '-' && digit(i + 5) &&
            digit(i + 6) && text[i + 7] == '-' && digit(i + 8) && digit(i + 9))
            return true;
    return false;
}

// A space before four ASCII digits (the year of "12 June 2014" and "June 12, 2014") and the first
// three letters of a month in any case (every month name and abbreviation of the forms begins
// with them: "jan" ... "dec", "sep" for "Sept").
inline bool has_month_date_shape(std::string_view text) {
    bool spaced_year = false;
    for (std::size_t i = 0; i + 5 <= text.size() && !spaced_year; ++i)
        spaced_year = text[i] == ' ' && text[i + 1] >= '0' && text[i + 1] <= '9' && text[i + 2] >= '0' &&
                      text[i + 2] <= '9' && text[i + 3] >= '0' && text[i + 3] <= '9' && text[i + 4] >= '0' &&
                      text[i + 4] <= '9';
    if (!spaced_year) return false;
    static constexpr std::string_view kMonthStarts[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    for (std::size_t i = 0; i + 3 <= text.size(); ++i)
        for (std::string_view m : kMonthStarts)
            if (lower(text[i]) == m[0] && lower(text[i + 1]) == m[1] && lower(text[i + 2]) == m[2]) return true;
    return false;
}

}  // namespace sg::loaders
