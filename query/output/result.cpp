// Printing result rows (see result.hpp).
#include "query/output/result.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ostream>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

namespace sg::query {

std::string lower_text(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool less_value(const Value& a, const Value& b) {
    auto num = [](const Value& v, double& out) {
        if (const auto* i = std::get_if<std::int64_t>(&v)) { out = static_cast<double>(*i); return true; }
        if (const auto* d = std::get_if<double>(&v)) { out = *d; return true; }
        return false;
    };
    const auto* i = std::get_if<std::int64_t>(&a);
    const auto* j = std::get_if<std::int64_t>(&b);
    if (i && j) return *i < *j;  // ids and counts: the common case, exactly
    double x = 0, y = 0;
    if (num(a, x) && num(b, y)) return x < y;
    // Case-insensitively, as lower_text(to_text(a)) < lower_text(to_text(b)) but without copies.
    auto lowered = [](char c) { return static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(c))); };
    auto compare = [&](std::string_view s, std::string_view t) {
        return std::lexicographical_compare(s.begin(), s.end(), t.begin(), t.end(),
                                            [&](char c, char d) { return lowered(c) < lowered(d); });
    };
    const auto s = text_in(a), t = text_in(b);
    if (s && t) return compare(*s, *t);
    return compare(to_text(a), to_text(b));
}

namespace {


// Code points of a UTF-8 string (the width of a cell in a terminal, near enough).
std::size_t width(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

// The first `max` code points, with "…" when cut; newlines and tabs shown as spaces.
std::string shorten(std::string_view s, std::size_t max) {
    std::string out;
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) != 0x80) {
            if (n == max) {
                // Back up to leave room for the ellipsis.
                while (!out.empty()) {
                    const unsigned char last = static_cast<unsigned char>(out.back());
                    out.pop_back();
                    if ((last & 0xC0) != 0x80) break;
                }
                out += "\u2026";
                return out;
            }
            ++n;
        }
        out += (c == '\n' || c == '\t' || c == '\r') ? ' ' : static_cast<char>(c);
    }
    return out;
}

bool numeric(const Value& v) {
    return std::holds_alternative<std::int64_t>(v) || std::holds_alternative<double>(v);
}

}  // namespace

void ResultSet::add(std::vector<Value> cells, std::vector<NodeId> nodes) {
    rows.set_width(columns.size());
    rows.push_back(std::move(cells));
    if (row_nodes.empty() && nodes.empty()) return;  // none yet (row_nodes: empty or one per row)
    row_nodes.resize(rows.size() - 1);
    row_nodes.push_back(std::move(nodes));
}

std::optional<std::size_t> ResultSet::column(std::string_view name) const {
    const std::string want = lower_text(name);
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (lower_text(columns[i].header) == want || lower_text(columns[i].key) == want) return i;
    return std::nullopt;
}

std::string ResultSet::column_list() const {
    std::string out;
    for (const auto& c : columns) out += (out.empty() ? "" : ", ") + c.header;
    return out;
}

std::optional<Format> format_from(std::string_view s) {
    if (s == "table") return Format::Table;
    if (s == "json") return Format::Json;
    if (s == "csv") return Format::Csv;
    return std::nullopt;
}

std::string to_text(const Value& v) {
    if (const auto s = text_in(v)) return std::string(*s);
    if (const auto* i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&v)) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.3g", *d);
        return buf;
    }
    if (const auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
    if (const auto* list = std::get_if<Records>(&v)) {
        std::string out;
        for (const auto& r : *list) out += (out.empty() ? "" : "; ") + r.text;
        return out;
    }
    return {};
}

void write_table(std::ostream& out, const ResultSet& r, std::size_t max_width) {
    const std::size_t n = r.columns.size();
    // Per row, its cells' lines: one, or one per record of a list cell.
    std::vector<std::vector<std::vector<std::string>>> cells;
    std::vector<std::size_t> widths(n);
    for (std::size_t c = 0; c < n; ++c) widths[c] = width(r.columns[c].header);
    for (const auto& row : r.rows) {
        std::vector<std::vector<std::string>> line;
        for (std::size_t c = 0; c < n; ++c) {
            std::vector<std::string> lines;
            if (const auto* list = std::get_if<Records>(&row[c])) {
                // Whole: the producer keeps a record short, and its end (a span) is what a
                // reader looks for. Only line breaks become spaces.
                for (const auto& rec : *list) lines.push_back(shorten(rec.text, std::string::npos));
            } else {
                lines.push_back(shorten(to_text(row[c]), max_width));
            }
            for (const auto& l : lines) widths[c] = std::max(widths[c], width(l));
            line.push_back(std::move(lines));
        }
        cells.push_back(std::move(line));
    }
    auto pad = [&](const std::string& s, std::size_t c, bool right) {
        const std::string fill(widths[c] - width(s), ' ');
        return right ? fill + s : s + fill;
    };
    // A column of numbers is right-aligned, its header too.
    std::vector<bool> numeric_column(n, !r.rows.empty());
    for (const auto& row : r.rows)
        for (std::size_t c = 0; c < n; ++c)
            if (!numeric(row[c]) && !std::holds_alternative<std::monostate>(row[c])) numeric_column[c] = false;
    auto emit = [&](const std::vector<std::string>& line, const Value* row) {  // row: its first cell
        std::string text;
        for (std::size_t c = 0; c < n; ++c) {
            const bool right = row ? numeric(row[c]) : static_cast<bool>(numeric_column[c]);
            std::string cell = pad(line[c], c, right);
            text += (c ? "  " : "") + cell;
        }
        while (!text.empty() && text.back() == ' ') text.pop_back();  // no trailing blanks
        out << text << '\n';
    };
    std::vector<std::string> headers;
    for (const auto& col : r.columns) headers.push_back(col.header);
    emit(headers, nullptr);
    std::string rule;
    for (std::size_t c = 0; c < n; ++c) rule += (c ? "  " : "") + std::string(widths[c], '-');
    out << rule << '\n';
    for (std::size_t i = 0; i < cells.size(); ++i) {
        std::size_t height = 1;
        for (const auto& lines : cells[i]) height = std::max(height, lines.size());
        for (std::size_t k = 0; k < height; ++k) {
            std::vector<std::string> line;
            for (const auto& lines : cells[i]) line.push_back(k < lines.size() ? lines[k] : std::string());
            emit(line, r.rows[i].data());
        }
    }
    out << "(" << r.rows.size() << (r.rows.size() == 1 ? " row" : " rows") << (r.note.empty() ? "" : ": " + r.note)
        << ")\n";
}

void write_json(std::ostream& out, const ResultSet& r) {
    rapidjson::OStreamWrapper stream(out);
    rapidjson::Writer<rapidjson::OStreamWrapper> w(stream);
    w.StartArray();
    for (const auto& row : r.rows) {
        w.StartObject();
        for (std::size_t c = 0; c < r.columns.size(); ++c) {
            const auto& key = r.columns[c].key;
            w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
            const Value& v = row[c];
            if (const auto s = text_in(v)) w.String(s->data(), static_cast<rapidjson::SizeType>(s->size()));
            else if (const auto* i = std::get_if<std::int64_t>(&v)) w.Int64(*i);
            else if (const auto* d = std::get_if<double>(&v)) {
                if (std::isfinite(*d)) w.Double(*d); else w.Null();
            }
            else if (const auto* b = std::get_if<bool>(&v)) w.Bool(*b);
            else if (const auto* list = std::get_if<Records>(&v)) {
                w.StartArray();
                for (const auto& rec : *list)
                    w.RawValue(rec.json.data(), rec.json.size(), rapidjson::kObjectType);
                w.EndArray();
            }
            else w.Null();
        }
        w.EndObject();
    }
    w.EndArray();
    out << '\n';
}

namespace {
void csv_field(std::ostream& out, std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
        out << s;
        return;
    }
    out << '"';
    for (char c : s) {
        if (c == '"') out << '"';
        out << c;
    }
    out << '"';
}
}  // namespace

void write_csv(std::ostream& out, const ResultSet& r) {
    for (std::size_t c = 0; c < r.columns.size(); ++c) {
        if (c) out << ',';
        csv_field(out, r.columns[c].header);
    }
    out << "\r\n";
    for (const auto& row : r.rows) {
        for (std::size_t c = 0; c < r.columns.size(); ++c) {
            if (c) out << ',';
            if (const auto text = text_in(row[c])) csv_field(out, *text);  // a text cell as it is, no copy
            else csv_field(out, to_text(row[c]));
        }
        out << "\r\n";
    }
}

void write_result(std::ostream& out, const ResultSet& r, Format f) {
    switch (f) {
        case Format::Table: write_table(out, r); break;
        case Format::Json: write_json(out, r); break;
        case Format::Csv: write_csv(out, r); break;
    }
}

}  // namespace sg::query
