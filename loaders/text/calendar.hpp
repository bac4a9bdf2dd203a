// Names of the days of the week and of the months, written in full and capitalised ("Monday",
// "February"): a date's words, never a person's or a body's name.
#pragma once

#include <array>
#include <string_view>

namespace sg::loaders {

inline constexpr std::array<std::string_view, 7> kWeekdayNames{"Monday", "Tuesday", "Wednesday", "Thursday",
                                                               "Friday", "Saturday", "Sunday"};
inline constexpr std::array<std::string_view, 12> kMonthNames{"January", "February", "March",     "April",
                                                              "May",     "June",     "July",      "August",
                                                              "September", "October", "November", "December"};

inline bool is_weekday_name(std::string_view w) {
    for (std::string_view d : kWeekdayNames)
        if (w == d) return true;
    return false;
}

inline bool is_month_name(std::string_view w) {
    for (std::string_view m : kMonthNames)
        if (w == m) return true;
    return false;
}

}  // namespace sg::loaders
