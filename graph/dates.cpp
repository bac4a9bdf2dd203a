#include "graph/dates.hpp"

#include <cstdio>

namespace sg {

namespace {

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

bool digits(std::string_view s, std::size_t from, std::size_t n, unsigned& out) {
    out = 0;
    for (std::size_t i = from; i < from + n; ++i) {
        if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + static_cast<unsigned>(s[i] - '0');
    }
    return true;
}

bool leap(std::int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = floor_div(y, 400);
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civil_from_days(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) {
    z += 719468;
    const std::int64_t era = floor_div(z, 146097);
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) ++y;
}

std::optional<std::int64_t> parse_instant(std::string_view s) {
    unsigned y = 0, m = 0, d = 0, hh = 0, mm = 0, ss = 0;
    if (!(s.size() == 10 || s.size() == 19) || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, m) ||
        s[7] != '-' || !digits(s, 8, 2, d))
        return std::nullopt;
    if (s.size() == 19 && (s[10] != 'T' || !digits(s, 11, 2, hh) || s[13] != ':' || !digits(s, 14, 2, mm) ||
                           s[16] != ':' || !digits(s, 17, 2, ss) || hh > 23 || mm > 59 || ss > 59))
        return std::nullopt;
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1] + (m == 2 && leap(y))) return std::nullopt;
    return days_from_civil(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss;
}

std::int64_t iso_week_of(std::int64_t seconds) {
    const std::int64_t days = floor_div(seconds, 86400);
    const std::int64_t weekday = ((days + 3) % 7 + 7) % 7;  // 0 = Monday: 1970-01-01 was a Thursday
    const std::int64_t thursday = days - weekday + 3;  // the Thursday of this ISO week decides its year
    std::int64_t y = 0;
    unsigned m = 0, d = 0;
    civil_from_days(thursday, y, m, d);
    const std::int64_t week = (thursday - days_from_civil(y, 1, 1)) / 7 + 1;
    return y * 100 + week;
}

std::int64_t month_of(std::int64_t seconds) {
    std::int64_t y = 0;
    unsigned m = 0, d = 0;
    civil_from_days(floor_div(seconds, 86400), y, m, d);
    return y * 12 + (m - 1);
}

std::int64_t year_of(std::int64_t seconds) {
    std::int64_t y = 0;
    unsigned m = 0, d = 0;
    civil_from_days(floor_div(seconds, 86400), y, m, d);
    return y;
}

std::string format_instant(std::int64_t seconds) {
    const std::int64_t days = floor_div(seconds, 86400), rest = seconds - days * 86400;
    std::int64_t y = 0;
    unsigned m = 0, d = 0;
    civil_from_days(days, y, m, d);
    char buf[40];
    if (rest == 0)
        std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
    else
        std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lld", static_cast<long long>(y), m, d,
                      static_cast<long long>(rest / 3600), static_cast<long long>(rest / 60 % 60),
                      static_cast<long long>(rest % 60));
    return buf;
}

}  // namespace sg
