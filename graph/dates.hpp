// Documents' dates (graph.hpp's DocumentInfo: ISO 8601 strings) as instants and back, and the
// week, month and year an instant falls in (the periods of DNA's duplicate handling).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sg {

// Seconds since 1970-01-01 UTC of "YYYY-MM-DD" (midnight) or "YYYY-MM-DDTHH:MM:SS"; nullopt for
// anything else, or an impossible day (2014-02-30).
std::optional<std::int64_t> parse_instant(std::string_view iso);

std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d);
void civil_from_days(std::int64_t days, std::int64_t& y, unsigned& m, unsigned& d);

// The period a moment falls in, as a comparable number: ISO 8601 week (Monday first, week 1 holds
// the year's first Thursday, so 2014-12-29 is in week 1 of 2015), calendar month, calendar year.
// Unlike DNA (see README.md), weeks and months of different years never coincide.
std::int64_t iso_week_of(std::int64_t seconds);
std::int64_t month_of(std::int64_t seconds);
std::int64_t year_of(std::int64_t seconds);

// "2014-06-12" or "2014-06-12T09:30:00" (the time only when it is not midnight).
std::string format_instant(std::int64_t seconds);

}  // namespace sg
