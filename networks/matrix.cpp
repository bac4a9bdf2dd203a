#include "networks/matrix.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace sg::networks {

namespace {

// UTF-8 -> UTF-16 code units (invalid bytes read as U+FFFD, as Java would show them).
std::u16string utf16(const std::string& s) {
    std::u16string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        auto cont = [&](std::size_t k) { return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80; };
        auto c = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k]) & 0x3F); };
        char32_t cp = 0xFFFD;
        std::size_t n = 1;
        if (b < 0x80) cp = b;
        else if (b >= 0xC2 && b <= 0xDF && cont(1)) cp = ((b & 0x1Fu) << 6) | c(1), n = 2;
        else if (b >= 0xE0 && b <= 0xEF && cont(1) && cont(2)) cp = ((b & 0x0Fu) << 12) | (c(1) << 6) | c(2), n = 3;
        else if (b >= 0xF0 && b <= 0xF4 && cont(1) && cont(2) && cont(3))
            cp = ((b & 0x07u) << 18) | (c(1) << 12) | (c(2) << 6) | c(3), n = 4;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
            out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
        } else {
            out.push_back(static_cast<char16_t>(cp));
        }
        i += n;
    }
    return out;
}

std::vector<std::string> labels(const std::vector<Statement>& statements, Variable v) {
    std::vector<std::string> out;
    for (const Statement& s : statements)
        if (!value_of(s, v).empty()) out.push_back(value_of(s, v));
    std::sort(out.begin(), out.end(), utf16_less);
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::map<std::string, std::size_t> index_of(const std::vector<std::string>& labels) {
    std::map<std::string, std::size_t> m;
    for (std::size_t i = 0; i < labels.size(); ++i) m.emplace(labels[i], i);
    return m;
}

}  // namespace

void check_options(const NetworkOptions& o) {
    const bool two = o.type == NetworkType::TwoMode;
    if (two && (o.aggregation == Aggregation::Congruence || o.aggregation == Aggregation::Conflict))
        throw std::invalid_argument("congruence and conflict aggregate one-mode networks; a two-mode network takes ignore, subtract or combine");
    if (!two && o.aggregation == Aggregation::Combine)
        throw std::invalid_argument("combine aggregates two-mode networks; a one-mode network takes ignore, congruence, conflict or subtract");
    if (two && (o.normalisation == Normalisation::Average || o.normalisation == Normalisation::Jaccard ||
                o.normalisation == Normalisation::Cosine))
        throw std::invalid_argument("average, jaccard and cosine normalise one-mode networks; a two-mode network takes activity or prominence");
    if (!two && (o.normalisation == Normalisation::Activity || o.normalisation == Normalisation::Prominence))
        throw std::invalid_argument("activity and prominence normalise two-mode networks; a one-mode network takes average, jaccard or cosine");
    if (!two && o.rows == o.columns)
        throw std::invalid_argument("a one-mode network needs --columns to differ from --rows (the rows meet in the columns)");
}

namespace {

double safe_divide(double x, double by) { return by == 0 ? 0.0 : x / by; }

}  // namespace

bool utf16_less(const std::string& a, const std::string& b) { return utf16(a) < utf16(b); }

Network compute_network(const std::vector<Statement>& statements, const std::vector<Statement>& label_statements,
                        const NetworkOptions& o) {
    check_options(o);
    Network net;
    net.type = o.type;
    net.aggregation = o.aggregation;
    net.rows = labels(label_statements, o.rows);
    // The columns of the statement array (positions, in a one-mode network the concepts actors meet in).
    const std::vector<std::string> columns = labels(label_statements, o.columns);
    const auto row_index = index_of(net.rows), column_index = index_of(columns);
    const std::size_t R = net.rows.size(), C = columns.size();
    // a[i][j][k]
    std::vector<double> a(R * C * 2, 0.0);
    auto cell = [&](std::size_t i, std::size_t j, int k) -> double& { return a[(i * C + j) * 2 + static_cast<std::size_t>(k)]; };
    net.row_statements.assign(R, 0);
    std::vector<std::size_t> column_count(C, 0);
    for (const Statement& s : statements) {
        const auto r = row_index.find(value_of(s, o.rows));
        const auto c = column_index.find(value_of(s, o.columns));
        if (r == row_index.end() || c == column_index.end()) continue;  // an empty label
        cell(r->second, c->second, s.qualifier) += 1;
        ++net.row_statements[r->second];
        ++column_count[c->second];
    }
    // n_i: all of row i's statements.
    std::vector<double> n(R, 0.0);
    for (std::size_t i = 0; i < R; ++i) n[i] = static_cast<double>(net.row_statements[i]);

    if (o.type == NetworkType::TwoMode) {
        net.columns = columns;
        net.column_statements = column_count;
        net.values.assign(R * C, 0.0);
        for (std::size_t i = 0; i < R; ++i)
            for (std::size_t j = 0; j < C; ++j) {
                const double no = cell(i, j, 0), yes = cell(i, j, 1);
                double v = 0;
                switch (o.aggregation) {
                    case Aggregation::Subtract: v = yes - no; break;
                    case Aggregation::Combine: v = yes > 0 && no > 0 ? 3 : yes > 0 ? 1 : no > 0 ? 2 : 0; break;
                    default: v = yes + no; break;
                }
                net.values[i * C + j] = v;
            }
        if (o.normalisation == Normalisation::Activity || o.normalisation == Normalisation::Prominence) {
            const bool by_row = o.normalisation == Normalisation::Activity;
            const std::size_t lines = by_row ? R : C, length = by_row ? C : R;
            for (std::size_t l = 0; l < lines; ++l) {
                double divisor = 0;
                for (std::size_t m = 0; m < length; ++m) {
                    const std::size_t i = by_row ? l : m, j = by_row ? m : l;
                    const double v = net.values[i * C + j];
                    if (o.aggregation == Aggregation::Combine) divisor += v != 0 ? 1 : 0;
                    else divisor += cell(i, j, 0) + cell(i, j, 1);  // ignore and subtract: all its statements
                }
                for (std::size_t m = 0; m < length; ++m) {
                    const std::size_t i = by_row ? l : m, j = by_row ? m : l;
                    net.values[i * C + j] = safe_divide(net.values[i * C + j], divisor);
                }
            }
        }
        return net;
    }

    net.columns = net.rows;
    net.column_statements = net.row_statements;
    net.values.assign(R * R, 0.0);
    for (std::size_t i1 = 0; i1 < R; ++i1)
        for (std::size_t i2 = 0; i2 < R; ++i2) {
            if (i1 == i2) continue;
            double ignore = 0, congruence = 0, conflict = 0, m10 = 0, m01 = 0, m11 = 0;
            for (std::size_t j = 0; j < C; ++j) {
                ignore += (cell(i1, j, 0) + cell(i1, j, 1)) * (cell(i2, j, 0) + cell(i2, j, 1));
                for (int k1 = 0; k1 < 2; ++k1) {
                    const double x = cell(i1, j, k1), y = cell(i2, j, k1);
                    congruence += x * y;
                    conflict += x * cell(i2, j, 1 - k1);
                    if (x > 0 && y == 0) m10 += x;
                    if (y > 0 && x == 0) m01 += y;
                    if (x > 0 && y > 0) m11 += x * y;
                }
            }
            double v = 0;
            switch (o.aggregation) {
                case Aggregation::Congruence: v = congruence; break;
                case Aggregation::Conflict: v = conflict; break;
                case Aggregation::Subtract: v = congruence - conflict; break;
                default: v = ignore; break;
            }
            switch (o.normalisation) {
                case Normalisation::Average: v = safe_divide(v, (n[i1] + n[i2]) / 2); break;
                case Normalisation::Cosine: v = safe_divide(v, n[i1] * n[i2]); break;
                case Normalisation::Jaccard: v = safe_divide(v, m10 + m01 + m11); break;
                default: break;
            }
            net.values[i1 * R + i2] = v;
        }
    return net;
}

}  // namespace sg::networks
