#include "report/network_drawing.hpp"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

#include "report/html_escape.hpp"

namespace sg::report {

namespace {

// A label for DOT: HTML-escaped first (valid UTF-8, no quote marks; graphviz copies character
// references into its SVG as they are), then backslashes doubled so DOT reads them as text.
std::string dot_label(std::string_view text) {
    std::string out;
    for (char c : escaped(shortened(text, 40))) {
        if (c == '\\') out += "\\\\";
        else if (c == '\n' || c == '\t') out += ' ';
        else out += c;
    }
    return out;
}

const char* coalition_colour(int coalition) {
    return coalition == 1 ? "#9ecae1" : coalition == 2 ? "#fdd0a2" : "#e5e5e5";
}

}  // namespace

std::vector<std::size_t> drawn_rows(const StanceMatrix& m, std::size_t max_actors) {
    std::vector<std::size_t> rows(m.actors.size());
    for (std::size_t r = 0; r < rows.size(); ++r) rows[r] = r;
    if (max_actors && rows.size() > max_actors) {
        std::stable_sort(rows.begin(), rows.end(),
                         [&](std::size_t a, std::size_t b) { return m.actors[a].statements > m.actors[b].statements; });
        rows.resize(max_actors);
        std::sort(rows.begin(), rows.end());
    }
    return rows;
}

std::vector<NetworkEdge> network_edges(const StanceMatrix& m, const std::vector<std::size_t>& rows, std::size_t max_edges,
                                       std::size_t& dropped) {
    // networks/' labels are actor names, in its own order: map them to the drawn rows.
    std::unordered_map<std::string, std::size_t> row_of;
    for (std::size_t r : rows) row_of.emplace(m.actors[r].name, r);
    std::vector<std::size_t> label_row(m.congruence.rows.size(), SIZE_MAX);
    for (std::size_t i = 0; i < m.congruence.rows.size(); ++i)
        if (auto it = row_of.find(m.congruence.rows[i]); it != row_of.end()) label_row[i] = it->second;
    std::vector<NetworkEdge> edges;
    const std::size_t n = m.congruence.rows.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (label_row[i] == SIZE_MAX) continue;
        for (std::size_t j = i + 1; j < n; ++j) {
            if (label_row[j] == SIZE_MAX) continue;
            const double c = m.congruence.at(i, j), x = m.conflict.at(i, j);
            if (c == 0 && x == 0) continue;
            NetworkEdge e;
            e.a = std::min(label_row[i], label_row[j]);
            e.b = std::max(label_row[i], label_row[j]);
            e.congruence = c;
            e.conflict = x;
            edges.push_back(e);
        }
    }
    std::stable_sort(edges.begin(), edges.end(), [](const NetworkEdge& p, const NetworkEdge& q) {
        const double wp = p.congruence + p.conflict, wq = q.congruence + q.conflict;
        if (wp != wq) return wp > wq;
        return std::tie(p.a, p.b) < std::tie(q.a, q.b);
    });
    dropped = 0;
    if (max_edges && edges.size() > max_edges) {
        dropped = edges.size() - max_edges;
        edges.resize(max_edges);
    }
    return edges;
}

std::string network_dot(const StanceMatrix& m, const std::vector<std::size_t>& rows, const std::vector<NetworkEdge>& edges,
                        const std::string& layout) {
    // Curved edges routed around the nodes read best, but routing them costs graphviz most of its
    // time: beyond 150 edges (a second or more) they are drawn straight.
    std::string out = "graph actors {\n  layout=\"" + layout + "\"; overlap=false; splines=" +
                      (edges.size() <= 150 ? "true" : "false") +
                      "; sep=\"+8\"; outputorder=edgesfirst; bgcolor=\"transparent\";\n"
                      "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10, penwidth=0.6];\n"
                      "  edge [fontname=\"Helvetica\", fontsize=8];\n";
    for (std::size_t r : rows) {
        const MatrixActor& a = m.actors[r];
        out += "  a" + std::to_string(r) + " [label=\"" + dot_label(a.name) + "\", fillcolor=\"" +
               coalition_colour(a.coalition) + "\", id=\"node-" + std::to_string(r) + "\", URL=\"#row-" +
               std::to_string(r) + "\", tooltip=\"" + dot_label(a.name) + ": " + std::to_string(a.statements) +
               " statements\"" + (a.kind == NodeKind::Organisation ? ", shape=box, style=\"filled\"" : "") + "];\n";
    }
    double most = 1;
    for (const NetworkEdge& e : edges) most = std::max({most, e.congruence, e.conflict});
    char buf[160];
    for (const NetworkEdge& e : edges) {
        const std::string ends = "a" + std::to_string(e.a) + " -- a" + std::to_string(e.b);
        const std::string link = ", URL=\"#pair-" + std::to_string(e.a) + "-" + std::to_string(e.b) + "\"";
        if (e.congruence > 0) {
            std::snprintf(buf, sizeof buf, " [color=\"#31a354b0\", penwidth=%.2f, tooltip=\"congruence %g\"", 0.6 + 4.4 * e.congruence / most,
                          e.congruence);
            out += "  " + ends + buf + link + "];\n";
        }
        if (e.conflict > 0) {
            std::snprintf(buf, sizeof buf, " [color=\"#de2d26b0\", penwidth=%.2f, style=dashed, tooltip=\"conflict %g\"",
                          0.6 + 4.4 * e.conflict / most, e.conflict);
            out += "  " + ends + buf + link + "];\n";
        }
    }
    out += "}\n";
    return out;
}

std::string inline_svg(const std::string& svg) {
    const auto start = svg.find("<svg");
    if (start == std::string::npos) return "";
    std::string out;
    out.reserve(svg.size() - start);
    // Drop XML comments (graphviz writes one per node and edge: noise in the page).
    std::size_t at = start;
    while (at < svg.size()) {
        const auto c = svg.find("<!--", at);
        if (c == std::string::npos) {
            out.append(svg, at, std::string::npos);
            break;
        }
        out.append(svg, at, c - at);
        const auto e = svg.find("-->", c + 4);
        if (e == std::string::npos) break;
        at = e + 3;
    }
    return out;
}

}  // namespace sg::report
