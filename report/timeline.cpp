#include "report/timeline.hpp"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

#include "graph/dates.hpp"
#include "report/html_escape.hpp"

namespace sg::report {

namespace {

// A month as a count since year 0, and back to "YYYY-MM".
std::int64_t month_number(std::int64_t seconds) {
    std::int64_t y;
    unsigned m, d;
    civil_from_days(seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400, y, m, d);
    return y * 12 + (m - 1);
}

std::string month_label(std::int64_t n) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04lld-%02lld", static_cast<long long>(n / 12), static_cast<long long>(n % 12 + 1));
    return buf;
}

}  // namespace

Timeline timeline_of(const Selection& sel) {
    Timeline t;
    t.positions = sel.positions;
    std::int64_t first = INT64_MAX, last = INT64_MIN;
    for (const networks::Statement& s : sel.statements) {
        if (!s.date) { ++t.undated; continue; }
        const std::int64_t m = month_number(*s.date);
        first = std::min(first, m);
        last = std::max(last, m);
    }
    if (first > last) return t;
    for (std::int64_t m = first; m <= last; ++m) t.months.push_back(month_label(m));
    std::unordered_map<std::string, std::size_t> row;
    for (std::size_t i = 0; i < t.positions.size(); ++i) row.emplace(t.positions[i], i);
    const std::size_t M = t.months.size();
    t.supports.assign(t.positions.size() * M, 0);
    t.opposes.assign(t.positions.size() * M, 0);
    for (const networks::Statement& s : sel.statements) {
        if (!s.date) continue;
        const auto r = row.find(s.position);
        if (r == row.end()) continue;
        const std::size_t at = r->second * M + static_cast<std::size_t>(month_number(*s.date) - first);
        (s.qualifier == 1 ? t.supports : t.opposes)[at]++;
    }
    return t;
}

std::string timeline_svg(const Timeline& t) {
    const std::size_t M = t.months.size();
    std::uint32_t most = 1;
    for (std::size_t i = 0; i < t.supports.size(); ++i) most = std::max({most, t.supports[i], t.opposes[i]});
    const double label_width = 220, bar = std::max(3.0, std::min(24.0, 760.0 / static_cast<double>(M)));
    const double half = 28, strip = 2 * half + 14;
    const double width = label_width + bar * static_cast<double>(M) + 10;
    const double height = strip * static_cast<double>(t.positions.size()) + 24;
    std::string out;
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                  "viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"supporting and opposing statements by month\">\n",
                  width, height, width, height);
    out += buf;
    for (std::size_t p = 0; p < t.positions.size(); ++p) {
        const double axis = static_cast<double>(p) * strip + half + 4;
        out += "<text x=\"0\" y=\"";
        out += std::to_string(static_cast<int>(axis + 4));
        out += "\" class=\"tl-label\">";
        append_escaped(out, shortened(t.positions[p], 34));
        out += "</text>\n";
        std::snprintf(buf, sizeof buf, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" class=\"tl-axis\"/>\n",
                      label_width, width - 10, axis, axis);
        out += buf;
        for (std::size_t m = 0; m < M; ++m) {
            const std::uint32_t yes = t.supports[p * M + m], no = t.opposes[p * M + m];
            if (!yes && !no) continue;
            const double x = label_width + bar * static_cast<double>(m);
            out += "<g><title>";
            append_escaped(out, t.positions[p]);
            out += ", " + t.months[m] + ": " + std::to_string(yes) + " supporting, " + std::to_string(no) + " opposing</title>";
            if (yes) {
                const double h = half * yes / most;
                std::snprintf(buf, sizeof buf, "<rect class=\"tl-s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>", x,
                              axis - h, bar * 0.85, h);
                out += buf;
            }
            if (no) {
                const double h = half * no / most;
                std::snprintf(buf, sizeof buf, "<rect class=\"tl-o\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>", x,
                              axis, bar * 0.85, h);
                out += buf;
            }
            out += "</g>\n";
        }
    }
    // Month ticks: the first, the last, and January of each year between.
    const double bottom = strip * static_cast<double>(t.positions.size()) + 16;
    for (std::size_t m = 0; m < M; ++m) {
        if (m != 0 && m + 1 != M && t.months[m].substr(5) != "01") continue;
        if (m + 1 == M && M > 1 && bar * static_cast<double>(M - 1) < 60) continue;
        std::snprintf(buf, sizeof buf, "<text x=\"%.1f\" y=\"%.1f\" class=\"tl-month\">%s</text>\n",
                      label_width + bar * static_cast<double>(m), bottom, t.months[m].c_str());
        out += buf;
    }
    out += "</svg>\n";
    return out;
}

}  // namespace sg::report
