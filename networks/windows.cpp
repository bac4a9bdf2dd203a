#include "networks/windows.hpp"

#include <algorithm>

#include "graph/dates.hpp"

namespace sg::networks {

namespace {

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// The number of the unit a moment falls in: days since 1970, Monday-based weeks, months, years.
std::int64_t unit_of(std::int64_t seconds, WindowUnit u) {
    const std::int64_t days = floor_div(seconds, 86400);
    switch (u) {
        case WindowUnit::Days: return days;
        case WindowUnit::Weeks: return floor_div(days + 3, 7);  // 1970-01-01 was a Thursday
        case WindowUnit::Months: return month_of(seconds);
        case WindowUnit::Years: return year_of(seconds);
    }
    return days;
}

// The first day (as seconds) of unit number n.
std::int64_t unit_start(std::int64_t n, WindowUnit u) {
    switch (u) {
        case WindowUnit::Days: return n * 86400;
        case WindowUnit::Weeks: return (n * 7 - 3) * 86400;
        case WindowUnit::Months: return days_from_civil(floor_div(n, 12), static_cast<unsigned>(n - floor_div(n, 12) * 12 + 1), 1) * 86400;
        case WindowUnit::Years: return days_from_civil(n, 1, 1) * 86400;
    }
    return 0;
}

}  // namespace

std::vector<NetworkInWindow> network_series(const std::vector<Statement>& all, const NetworkOptions& options,
                                            const WindowOptions& window) {
    check_options(options);
    // The range first (dates and exclusions, no duplicates yet: they are sought per window).
    NetworkOptions range_options = options;
    range_options.duplicates = Duplicates::Include;
    std::vector<Statement> range;
    for (const Statement& s : filter_statements(all, range_options))
        if (s.date) range.push_back(s);
    std::vector<NetworkInWindow> series;
    if (range.empty()) return series;
    std::int64_t first = unit_of(range.front().date.value(), window.unit), last = first;
    for (const Statement& s : range) {
        first = std::min(first, unit_of(*s.date, window.unit));
        last = std::max(last, unit_of(*s.date, window.unit));
    }
    const std::vector<Statement> label_statements = options.isolates ? all : filter_statements(range, options);
    NetworkOptions each = options;
    each.from.reset();
    each.to.reset();
    each.exclude.clear();  // applied to the range already
    each.invert_exclude = false;
    for (std::int64_t start = first; start == first || start + window.size - 1 <= last; ++start) {
        std::vector<Statement> in;
        for (const Statement& s : range) {
            const std::int64_t u = unit_of(*s.date, window.unit);
            if (u >= start && u < start + window.size) in.push_back(s);
        }
        NetworkInWindow item;
        item.label = format_instant(unit_start(start, window.unit)) + ".." +
                     format_instant(unit_start(start + window.size, window.unit) - 86400);
        item.network = compute_network(filter_statements(in, each), label_statements, options);
        series.push_back(std::move(item));
    }
    return series;
}

}  // namespace sg::networks
