#include "report/page.hpp"

#include <openssl/evp.h>

#include <algorithm>
#include <cstdio>

#include "report/evidence.hpp"
#include "report/html_escape.hpp"
#include "report/overview.hpp"
#include "report/page_style.hpp"
#include "report/stance_matrix.hpp"
#include "report/timeline.hpp"

namespace sg::report {

namespace {

std::string base64(const unsigned char* data, std::size_t n) {
    static const char* k = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t i = 0; i < n; i += 3) {
        const unsigned v = (data[i] << 16) | (i + 1 < n ? data[i + 1] << 8 : 0) | (i + 2 < n ? data[i + 2] : 0);
        out += k[(v >> 18) & 63];
        out += k[(v >> 12) & 63];
        out += i + 1 < n ? k[(v >> 6) & 63] : '=';
        out += i + 2 < n ? k[v & 63] : '=';
    }
    return out;
}

std::string number(std::size_t n) { return std::to_string(n); }

const char* side_class(Side s) {
    switch (s) {
        case Side::Supports: return "supports";
        case Side::Opposes: return "opposes";
        case Side::Mixed: return "mixed";
        default: return "none";
    }
}

// The shade of a cell by its number of claims: 1, 2-3, 4-7, 8 or more.
int level_of(std::size_t claims) { return claims >= 8 ? 4 : claims >= 4 ? 3 : claims >= 2 ? 2 : 1; }

// The cell colours, by side and level (the same as the stylesheet's variables; written inline so
// the colour is in the DOM itself, for readers and tests alike).
const char* cell_colour(Side s, int level) {
    static const char* supports[] = {"#c7e9c0", "#74c476", "#31a354", "#006d2c"};
    static const char* opposes[] = {"#fcbba1", "#fb6a4a", "#de2d26", "#a50f15"};
    static const char* mixed[] = {"#e0e0e0", "#bdbdbd", "#969696", "#636363"};
    const int i = std::clamp(level, 1, 4) - 1;
    return s == Side::Supports ? supports[i] : s == Side::Opposes ? opposes[i] : mixed[i];
}

std::string cell_id(std::size_t r, std::size_t c) { return "cell-" + number(r) + "-" + number(c); }

void open_section(std::string& out, const char* id, const std::string& heading, bool open = true) {
    out += "<section class=\"top\" id=\"";
    out += id;
    out += "\"><details";
    out += open ? " open" : "";
    out += "><summary><h2>";
    append_escaped(out, heading);
    out += "</h2></summary>\n";
}
void close_section(std::string& out) { out += "</details></section>\n"; }

void overview_section(std::string& out, const store::GraphStore& g, const Selection& sel, bool with_comments) {
    const Corpus c = corpus_of(g, with_comments);
    open_section(out, "overview", "Overview");
    out += "<dl class=\"corpus\">";
    auto item = [&](const char* name, const std::string& value, const char* id) {
        out += "<div id=\"corpus-";
        out += id;
        out += "\"><dt>";
        out += name;
        out += "</dt><dd>";
        append_escaped(out, value);
        out += "</dd></div>";
    };
    item("documents", number(c.documents), "documents");
    item("sources", number(c.sources), "sources");
    item("dates", c.first_date.empty() ? "undated" : c.first_date + " \xE2\x80\x93 " + c.last_date, "dates");
    item("claims", number(c.claims), "claims");
    item("people", number(c.people), "people");
    item("organisations", number(c.organisations), "organisations");
    item("positions", number(c.positions), "positions");
    item("statements shown", number(sel.statements.size()), "statements");
    out += "</dl>\n<p class=\"note\">A statement is one claim's side on one position (a claim may take sides on two). "
           "Per position: actors whose statements all support it (green, right), all oppose it (red, left), or both "
           "(mixed, grey, split across the axis); the counts are actors and their claims.</p>\n";
    const auto summaries = summarise_positions(g, sel);
    // Each half of a bar is 100 % for the longest side of any position (half its mixed actors
    // counted on each side of the axis), so the bars compare across positions.
    double most = 1;
    for (const auto& s : summaries) most = std::max({most, s.supporters + s.mixed / 2.0, s.opponents + s.mixed / 2.0});
    out += "<table class=\"bars\">\n";
    char buf[128];
    for (std::size_t i = 0; i < summaries.size(); ++i) {
        const auto& s = summaries[i];
        out += "<tr class=\"position\" id=\"position-" + number(i) + "\" data-supporters=\"" + number(s.supporters) +
               "\" data-opponents=\"" + number(s.opponents) + "\" data-mixed=\"" + number(s.mixed) + "\"><td class=\"plabel\" title=\"";
        append_escaped(out, s.description);
        out += "\">";
        append_escaped(out, s.label);
        out += "</td><td><div class=\"bar\"><div class=\"half left\">";
        std::snprintf(buf, sizeof buf, "<span class=\"o\" style=\"width:%.2f%%\"></span><span class=\"m\" style=\"width:%.2f%%\"></span>",
                      100.0 * s.opponents / most, 100.0 * (s.mixed / 2.0) / most);
        out += buf;
        out += "</div><div class=\"half\">";
        std::snprintf(buf, sizeof buf, "<span class=\"m\" style=\"width:%.2f%%\"></span><span class=\"s\" style=\"width:%.2f%%\"></span>",
                      100.0 * (s.mixed / 2.0) / most, 100.0 * s.supporters / most);
        out += buf;
        out += "</div></div></td><td class=\"counts\">" + number(s.supporters) + " for (" + number(s.supporting_claims) +
               " claims) \xC2\xB7 " + number(s.opponents) + " against (" + number(s.opposing_claims) + " claims) \xC2\xB7 " +
               number(s.mixed) + " mixed</td></tr>\n";
    }
    out += "</table>\n";
    close_section(out);
}

void matrix_section(std::string& out, const store::GraphStore& g, const StanceMatrix& m, const Selection& sel) {
    open_section(out, "matrix", "Stance matrix");
    out += "<p class=\"note\">One row per actor, one column per position; a cell's colour is the side of the actor's "
           "statements on the position (<span class=\"legend\"><span style=\"background:#31a354\"></span>supports"
           "<span style=\"background:#de2d26\"></span>opposes<span style=\"background:#969696\"></span>both</span>), "
           "darker for more claims (1, 2\xE2\x80\x93" "3, 4\xE2\x80\x93" "7, 8+); the number is supporting/opposing claims. "
           "Hover a cell for its first claims, click it for all of them. <b>Row order:</b> by each actor's entry in the "
           "leading eigenvector of the actors' congruence \xE2\x88\x92 conflict network (what <code>stancegraph network "
           "--type onemode --rows actor --aggregation subtract</code> computes), so actors who agree stand together and "
           "opposing camps at the two ends; organisations' members are grouped under their organisation (groups ordered "
           "by their members' mean entry). The dot before a name is its coalition (the entry's sign).</p>\n";
    if (m.actors_left_out)
        out += "<p class=\"note\">Showing the " + number(m.actors.size()) + " most active actors; " +
               number(m.actors_left_out) + " more are left out (raise --max-actors, or narrow with --actor, --position, --source).</p>\n";
    out += "<div class=\"mwrap\"><table class=\"matrix\"><thead><tr><th>actor</th><th>organisation</th>";
    for (const std::string& p : m.positions) {
        out += "<th class=\"pos\" title=\"";
        append_escaped(out, p);
        out += "\">";
        append_escaped(out, shortened(p, 60));
        out += "</th>";
    }
    out += "</tr></thead>\n";
    std::string group = "\x01";
    for (std::size_t r = 0; r < m.actors.size(); ++r) {
        const MatrixActor& a = m.actors[r];
        const std::string key = a.group.empty() ? "\x01" + a.name : a.group;
        if (r == 0 || key != group) {
            if (r) out += "</tbody>\n";
            out += "<tbody class=\"group\">";
            group = key;
        }
        out += "<tr class=\"actor";
        out += a.kind == NodeKind::Organisation ? " org" : "";
        out += "\" id=\"row-" + number(r) + "\" data-actor=\"";
        append_escaped(out, a.name);
        out += "\" data-kind=\"";
        out += a.kind == NodeKind::Organisation ? "organisation" : "person";
        char score[32];
        std::snprintf(score, sizeof score, "%.6f", a.score);
        out += "\" data-coalition=\"" + std::to_string(a.coalition) + "\" data-score=\"" + score + "\"><th><span class=\"dot k" +
               std::to_string(a.coalition) + "\"></span>";
        append_escaped(out, a.name);
        out += "</th><td class=\"grp\">";
        append_escaped(out, a.group == a.name ? std::string() : a.group);
        out += "</td>";
        for (std::size_t c = 0; c < m.positions.size(); ++c) {
            const Cell& cell = m.at(r, c);
            const Side side = cell.side();
            if (side == Side::None) {
                out += "<td class=\"c\" data-side=\"none\"></td>";
                continue;
            }
            const std::size_t claims = cell.statements.size();
            const int level = level_of(claims);
            out += "<td class=\"c l" + std::to_string(level) + "\" data-side=\"" + side_class(side) + "\" data-supports=\"" +
                   number(cell.supports) + "\" data-opposes=\"" + number(cell.opposes) + "\" style=\"background:" +
                   cell_colour(side, level) + "\" title=\"";
            std::string tip = a.name + " on " + m.positions[c] + ": " + number(cell.supports) + " supporting, " +
                              number(cell.opposes) + " opposing";
            for (std::size_t k = 0; k < std::min<std::size_t>(3, claims); ++k) {
                const auto& s = sel.statements[cell.statements[k]];
                tip += "\n\xE2\x80\xA2 ";
                tip += s.qualifier == 1 ? "(for) " : "(against) ";
                tip += "\xE2\x80\x9C";
                tip += shortened(g.node(s.claim).name, 110);
                tip += "\xE2\x80\x9D";
            }
            if (claims > 3) tip += "\n\xE2\x80\xA6 and " + number(claims - 3) + " more";
            append_escaped(out, tip);
            out += "\"><a href=\"#" + cell_id(r, c) + "\">";
            out += cell.opposes ? number(cell.supports) + "/" + number(cell.opposes) : number(cell.supports);
            out += "</a></td>";
        }
        out += "</tr>\n";
    }
    if (!m.actors.empty()) out += "</tbody>";
    out += "</table></div>\n";
    if (m.actors.empty()) out += "<p class=\"note\">No statements match the filters.</p>\n";
    close_section(out);
}

void network_section(std::string& out, const StanceMatrix& m, const PageOptions& o, const Renderer& render) {
    open_section(out, "network", "Network");
    const auto rows = drawn_rows(m, o.network_actors);
    std::size_t dropped = 0;
    const auto edges = network_edges(m, rows, o.network_edges, dropped);
    out += "<p class=\"note\">Actors joined by congruence (green: statements on the same side of a position) and "
           "conflict (red, dashed: opposite sides), widths by the number of such statement pairs: the numbers of "
           "<code>stancegraph network --type onemode --rows actor --aggregation congruence</code> (and "
           "<code>conflict</code>) with the report's filters. Colours are coalitions: <span class=\"dot k1\"></span>one "
           "camp, <span class=\"dot k2\"></span>the other, <span class=\"dot k0\"></span>neither (the sign of the actor's "
           "entry in the leading eigenvector of congruence \xE2\x88\x92 conflict). Click a node for its row, an edge for "
           "the pair's claims.</p>\n";
    if (rows.size() < m.actors.size())
        out += "<p class=\"note\">Drawn: the " + number(rows.size()) + " most active of the matrix's " + number(m.actors.size()) +
               " actors (--network-actors).</p>\n";
    if (dropped)
        out += "<p class=\"note\">Drawn: the " + number(edges.size()) + " strongest pairs; " + number(dropped) +
               " weaker ones are left out (--network-edges).</p>\n";
    std::optional<std::string> svg;
    std::string failure;
    if (rows.empty()) {
        failure = "No actors to draw.";
    } else if (!render) {
        failure = "The network was not drawn (no graphviz renderer).";
    } else {
        try {
            svg = render(network_dot(m, rows, edges, o.layout));
            if (!svg) failure = "Graphviz's " + o.layout + " program is not installed, so the network is not drawn "
                                "(apt-get install graphviz); the pairs are listed below.";
        } catch (const std::exception& e) {
            failure = std::string("Graphviz could not draw the network: ") + e.what();
        }
    }
    if (svg) {
        out += "<div class=\"netsvg\">" + inline_svg(*svg) + "</div>\n";
    } else {
        out += "<p class=\"note nograph\">";
        append_escaped(out, failure);
        out += "</p>\n";
    }
    out += "<details><summary>The pairs (" + number(edges.size()) + ") and the positions they meet on</summary>\n"
           "<table class=\"pairs\"><tr><th>actor</th><th>actor</th><th>congruence</th><th>conflict</th><th>positions (claims)</th></tr>\n";
    char buf[64];
    for (const NetworkEdge& e : edges) {
        out += "<tr id=\"pair-" + number(e.a) + "-" + number(e.b) + "\"><td>";
        append_escaped(out, m.actors[e.a].name);
        out += "</td><td>";
        append_escaped(out, m.actors[e.b].name);
        std::snprintf(buf, sizeof buf, "</td><td>%g</td><td>%g</td><td>", e.congruence, e.conflict);
        out += buf;
        bool first = true;
        for (std::size_t c = 0; c < m.positions.size(); ++c) {
            if (m.at(e.a, c).side() == Side::None || m.at(e.b, c).side() == Side::None) continue;
            if (!first) out += "; ";
            first = false;
            append_escaped(out, shortened(m.positions[c], 40));
            out += " (<a href=\"#" + cell_id(e.a, c) + "\">1st</a>, <a href=\"#" + cell_id(e.b, c) + "\">2nd</a>)";
        }
        out += "</td></tr>\n";
    }
    out += "</table></details>\n";
    close_section(out);
}

void time_section(std::string& out, const Selection& sel) {
    const Timeline t = timeline_of(sel);
    open_section(out, "time", "Time");
    if (t.empty()) {
        out += "<p class=\"note\">The documents of these statements have no dates, so there is no time line "
               "(dates come from the articles' metadata).</p>\n";
    } else {
        out += "<p class=\"note\">Per position, supporting (green, up) and opposing (red, down) statements per month, "
               "from " + t.months.front() + " to " + t.months.back() + ".";
        if (t.undated) out += " " + number(t.undated) + " statements of undated documents are not shown.";
        out += "</p>\n<div class=\"tlwrap\">" + timeline_svg(t) + "</div>\n";
    }
    close_section(out);
}

void evidence_section(std::string& out, const store::GraphStore& g, const StanceMatrix& m, const Selection& sel,
                      const PageOptions& o, ArticleTexts& articles) {
    open_section(out, "evidence", "Evidence");
    out += "<p class=\"note\">Every claim behind a cell (and so behind every edge), by actor in the matrix's order: "
           "speaker, side, document, date, source and kind, the quote highlighted";
    out += articles.has_folder() ? " inside its sentence of the article" : " (give --articles DIR to see it inside its sentence)";
    out += ", and the words that decided its side <b class=\"ev\">marked</b> (the evidence the graph stores on the "
           "stance, as the query <code>why does X support P</code> shows it).";
    if (o.claims_per_cell) out += " At most " + number(o.claims_per_cell) + " claims per cell (--claims-per-cell).";
    out += "</p>\n<nav id=\"ev-pager\"></nav>\n";
    const std::size_t per_page = std::max<std::size_t>(1, o.actors_per_page);
    std::size_t shown_rows = 0;
    for (std::size_t r = 0; r < m.actors.size(); ++r) {
        bool any = false;
        for (std::size_t c = 0; c < m.positions.size() && !any; ++c) any = !m.at(r, c).statements.empty();
        if (!any) continue;
        if (shown_rows % per_page == 0) {
            if (shown_rows) out += "</div>\n";
            out += "<div class=\"ev-page\">\n";
        }
        ++shown_rows;
        out += "<section class=\"ev-actor\" id=\"ev-row-" + number(r) + "\"><h3>";
        append_escaped(out, m.actors[r].name);
        out += "</h3>\n";
        for (std::size_t c = 0; c < m.positions.size(); ++c) {
            const Cell& cell = m.at(r, c);
            if (cell.statements.empty()) continue;
            out += "<details class=\"cell\" id=\"" + cell_id(r, c) + "\"><summary>";
            append_escaped(out, m.actors[r].name);
            out += " on <b>";
            append_escaped(out, m.positions[c]);
            out += "</b>: " + number(cell.supports) + " supporting, " + number(cell.opposes) + " opposing</summary><ol class=\"claims\">\n";
            const std::size_t n = o.claims_per_cell ? std::min(o.claims_per_cell, cell.statements.size()) : cell.statements.size();
            for (std::size_t k = 0; k < n; ++k) append_claim(out, g, sel.statements[cell.statements[k]], articles);
            out += "</ol>";
            if (n < cell.statements.size())
                out += "<p class=\"note more\">" + number(cell.statements.size() - n) +
                       " more claims not shown (raise --claims-per-cell, or narrow with --actor and --position).</p>";
            out += "</details>\n";
        }
        out += "</section>\n";
    }
    if (shown_rows) out += "</div>\n";
    close_section(out);
}

}  // namespace

const std::string& page_script() {
    static const std::string s = kScript;
    return s;
}

std::string script_hash_source(const std::string& script) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    EVP_Digest(script.data(), script.size(), digest, &n, EVP_sha256(), nullptr);
    return "'sha256-" + base64(digest, n) + "'";
}

std::string report_page(const store::GraphStore& g, const Filters& filters, const PageOptions& o, const Renderer& render,
                        ArticleTexts& articles) {
    Selection sel = select(g, filters);
    const StanceMatrix m = build_matrix(g, sel, o.max_actors);
    std::string out;
    out.reserve(1 << 20);
    const std::string title = o.title.empty() ? "Who stands where: " + o.graph_name : o.title;
    // The policy comes first in <head>, before anything that could ask for a resource: nothing may
    // be fetched (default-src 'none'), only the page's own script runs (by its hash), styles are
    // inline, images only data: URIs.
    out += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src " +
           script_hash_source(page_script()) +
           "; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n"
           "<meta name=\"referrer\" content=\"no-referrer\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
    append_escaped(out, title);
    out += "</title>\n<style>";
    out += kStyle;
    out += "</style>\n</head><body>\n<header><h1>";
    append_escaped(out, title);
    out += "</h1><p>Graph <code>";
    append_escaped(out, o.graph_name);
    out += "</code>";
    if (!o.filters_text.empty()) {
        out += "; filters: <code>";
        append_escaped(out, o.filters_text);
        out += "</code>";
    }
    out += ". Made by <code>stancegraph report</code>.</p>"
           "<p><a href=\"#overview\">Overview</a> \xC2\xB7 <a href=\"#matrix\">Stance matrix</a> \xC2\xB7 "
           "<a href=\"#network\">Network</a> \xC2\xB7 <a href=\"#time\">Time</a> \xC2\xB7 <a href=\"#evidence\">Evidence</a></p></header>\n";
    overview_section(out, g, sel, filters.with_comments);
    matrix_section(out, g, m, sel);
    network_section(out, m, o, render);
    time_section(out, sel);
    evidence_section(out, g, m, sel, o, articles);
    out += "<script>" + page_script() + "</script>\n</body></html>\n";
    return out;
}

}  // namespace sg::report
