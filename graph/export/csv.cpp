#include "graph/export/csv.hpp"

#include <charconv>
#include <cmath>

#include "graph/export/utf8.hpp"

namespace sg::csv {

std::string text(std::string_view raw) {
    std::string s = sg::text::valid_utf8(raw);
    for (char& c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t' && c != '\n') || u == 0x7F) c = ' ';
    }
    return s;
}

std::string quoted(std::string_view raw) { return quote_clean(text(raw)); }

std::string quote_clean(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string number(double x) {
    if (std::isnan(x)) return "0";
    char buf[64];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x);
    return ec == std::errc{} ? std::string(buf, end) : std::string("0");
}

}  // namespace sg::csv
