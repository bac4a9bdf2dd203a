#include "networks/write.hpp"

#include <algorithm>
#include <cmath>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "graph/export/csv.hpp"
#include "graph/export/dot.hpp"
#include "graph/export/graphml.hpp"
#include "graph/export/utf8.hpp"

namespace sg::networks {

namespace {

const char* type_name(NetworkType t) { return t == NetworkType::TwoMode ? "twomode" : "onemode"; }

const char* aggregation_name(Aggregation a) {
    switch (a) {
        case Aggregation::Congruence: return "congruence";
        case Aggregation::Conflict: return "conflict";
        case Aggregation::Subtract: return "subtract";
        case Aggregation::Combine: return "combine";
        default: return "ignore";
    }
}

// DL labels: in double quotes, which DL cannot escape; a quote becomes an apostrophe.
std::string dl_label(const std::string& s) {
    std::string t = csv::text(s);
    std::replace(t.begin(), t.end(), '"', '\'');
    std::replace(t.begin(), t.end(), '\n', ' ');
    std::replace(t.begin(), t.end(), '\t', ' ');
    return "\"" + t + "\"";
}

bool one_mode(const Network& n) { return n.type == NetworkType::OneMode; }

}  // namespace

void write_csv(const Network& n, std::ostream& out) {
    out << "\"\"";
    for (const auto& c : n.columns) out << "," << csv::quoted(c);
    out << "\n";
    for (std::size_t i = 0; i < n.rows.size(); ++i) {
        out << csv::quoted(n.rows[i]);
        for (std::size_t j = 0; j < n.columns.size(); ++j) out << "," << csv::number(n.at(i, j));
        out << "\n";
    }
}

void write_dl(const Network& n, std::ostream& out) {
    if (one_mode(n)) {
        out << "dl n=" << n.rows.size() << ", format = fullmatrix\nlabels embedded\nlabels:\n";
        for (const auto& r : n.rows) out << dl_label(r) << "\n";
    } else {
        out << "dl nr=" << n.rows.size() << ", nc=" << n.columns.size() << ", format = fullmatrix\nlabels embedded\nrow labels:\n";
        for (const auto& r : n.rows) out << dl_label(r) << "\n";
        out << "col labels:\n";
        for (const auto& c : n.columns) out << dl_label(c) << "\n";
    }
    out << "data:\n";
    for (std::size_t i = 0; i < n.rows.size(); ++i) {
        for (std::size_t j = 0; j < n.columns.size(); ++j) out << (j ? " " : "") << csv::number(n.at(i, j));
        out << "\n";
    }
}

void write_graphml(const Network& n, const std::string& row_kind, const std::string& column_kind, std::ostream& out) {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
           "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
           "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
           "  <key id=\"frequency\" for=\"node\" attr.name=\"frequency\" attr.type=\"int\"/>\n"
           "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
        << "  <graph id=\"network\" edgedefault=\"" << (one_mode(n) ? "undirected" : "directed") << "\">\n";
    auto node = [&](const std::string& id, const std::string& name, const std::string& kind, std::size_t freq) {
        out << "    <node id=\"" << id << "\">\n      <data key=\"name\">" << xml_escape(name)
            << "</data>\n      <data key=\"kind\">" << kind << "</data>\n      <data key=\"frequency\">" << freq
            << "</data>\n    </node>\n";
    };
    for (std::size_t i = 0; i < n.rows.size(); ++i) node("r" + std::to_string(i), n.rows[i], row_kind, n.row_statements[i]);
    if (!one_mode(n))
        for (std::size_t j = 0; j < n.columns.size(); ++j)
            node("c" + std::to_string(j), n.columns[j], column_kind, n.column_statements[j]);
    std::size_t e = 0;
    for (std::size_t i = 0; i < n.rows.size(); ++i)
        for (std::size_t j = one_mode(n) ? i + 1 : 0; j < n.columns.size(); ++j) {
            if (n.at(i, j) == 0) continue;
            out << "    <edge id=\"e" << e++ << "\" source=\"r" << i << "\" target=\"" << (one_mode(n) ? "r" : "c") << j
                << "\">\n      <data key=\"weight\">" << csv::number(n.at(i, j)) << "</data>\n    </edge>\n";
        }
    out << "  </graph>\n</graphml>\n";
}

void write_dot(const Network& n, std::ostream& out) {
    double most = 0;
    for (double v : n.values) most = std::max(most, std::fabs(v));
    out << (one_mode(n) ? "graph" : "digraph") << " network {\n  graph [overlap=false, splines=true];\n"
        << "  node [style=filled, fontname=\"Helvetica\"];\n";
    for (std::size_t i = 0; i < n.rows.size(); ++i)
        out << "  r" << i << " [label=" << dot_quote(n.rows[i]) << ", shape=box, fillcolor=\"#dde8f6\"];\n";
    if (!one_mode(n))
        for (std::size_t j = 0; j < n.columns.size(); ++j)
            out << "  c" << j << " [label=" << dot_quote(n.columns[j]) << ", shape=hexagon, fillcolor=\"#f6f0dd\"];\n";
    for (std::size_t i = 0; i < n.rows.size(); ++i)
        for (std::size_t j = one_mode(n) ? i + 1 : 0; j < n.columns.size(); ++j) {
            const double v = n.at(i, j);
            if (v == 0) continue;
            std::string colour = "#808080";
            switch (n.aggregation) {
                case Aggregation::Congruence: colour = "#2e8b57"; break;
                case Aggregation::Conflict: colour = "#c0392b"; break;
                case Aggregation::Subtract: colour = v > 0 ? "#2e8b57" : "#c0392b"; break;
                case Aggregation::Combine: colour = v == 1 ? "#2e8b57" : v == 2 ? "#c0392b" : "#8e44ad"; break;
                default: break;
            }
            const double width = most > 0 ? 0.5 + 4.5 * std::fabs(v) / most : 1;
            out << "  r" << i << (one_mode(n) ? " -- r" : " -> c") << j << " [penwidth=" << csv::number(std::round(width * 100) / 100)
                << ", color=\"" << colour << "\", label=\"" << csv::number(v) << "\"];\n";
        }
    out << "}\n";
}

void write_json(const std::vector<NetworkInWindow>& series, bool single, std::ostream& out) {
    rapidjson::OStreamWrapper os(out);
    rapidjson::Writer<rapidjson::OStreamWrapper> w(os);
    auto str = [&](const std::string& s) {
        const std::string v = text::valid_utf8(s);
        w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
    };
    auto one = [&](const NetworkInWindow& item) {
        const Network& n = item.network;
        w.StartObject();
        if (!single) {
            w.Key("window");
            str(item.label);
        }
        w.Key("type");
        w.String(type_name(n.type));
        w.Key("aggregation");
        w.String(aggregation_name(n.aggregation));
        w.Key("rows");
        w.StartArray();
        for (const auto& r : n.rows) str(r);
        w.EndArray();
        w.Key("columns");
        w.StartArray();
        for (const auto& c : n.columns) str(c);
        w.EndArray();
        w.Key("matrix");
        w.StartArray();
        for (std::size_t i = 0; i < n.rows.size(); ++i) {
            w.StartArray();
            for (std::size_t j = 0; j < n.columns.size(); ++j) {
                const double v = n.at(i, j);
                if (v == std::floor(v) && std::fabs(v) < 1e15) w.Int64(static_cast<std::int64_t>(v));
                else w.Double(v);
            }
            w.EndArray();
        }
        w.EndArray();
        w.EndObject();
    };
    if (single) one(series.front());
    else {
        w.StartArray();
        for (const auto& item : series) one(item);
        w.EndArray();
    }
    os.Flush();
    out << "\n";
}

}  // namespace sg::networks
