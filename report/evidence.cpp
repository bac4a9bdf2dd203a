#include "report/evidence.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "report/html_escape.hpp"

namespace sg::report {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }
bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// One mark to draw: bytes [start, end) of the text being written, and the evidence's role.
struct Mark {
    std::size_t start = 0, end = 0;
    std::string role;
};

// Roles become class names: letters only.
std::string role_class(std::string_view role) {
    std::string out;
    for (char c : role)
        if (std::isalpha(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out.empty() ? "other" : out;
}

// Writes text[begin, end) escaped, with the marks (sorted, not overlapping) that fall inside it
// drawn, each clipped to the range.
void append_marked(std::string& out, std::string_view text, std::size_t begin, std::size_t end, const std::vector<Mark>& marks) {
    std::size_t at = begin;
    for (const Mark& m : marks) {
        const std::size_t s = std::max(m.start, begin), e = std::min(m.end, end);
        if (s >= e || s < at) continue;
        append_escaped(out, text.substr(at, s - at));
        out += "<b class=\"ev ev-" + role_class(m.role) + "\" title=\"";
        append_escaped(out, m.role);
        out += "\">";
        append_escaped(out, text.substr(s, e - s));
        out += "</b>";
        at = e;
    }
    append_escaped(out, text.substr(at, end - at));
}

// Keeps the marks short enough to be words (a whole sentence, as "reported" or "consistency"
// evidence holds, is listed instead) and drops those overlapping an earlier one.
std::vector<Mark> drawable(std::vector<Mark> marks) {
    std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.start < b.start; });
    std::vector<Mark> out;
    for (Mark& m : marks) {
        if (m.end <= m.start || m.end - m.start > 80) continue;
        if (!out.empty() && m.start < out.back().end) continue;
        out.push_back(std::move(m));
    }
    return out;
}

const char* side_name(int qualifier) { return qualifier == 1 ? "supports" : "opposes"; }

}  // namespace

Context sentence_around(std::string_view text, std::size_t start, std::size_t end, std::size_t reach) {
    Context c;
    start = std::min(start, text.size());
    end = std::clamp(end, start, text.size());
    std::size_t i = start;
    while (i > 0) {
        if (start - i >= reach) { c.cut_before = true; break; }
        const char p = text[i - 1];
        if (p == '\n') break;
        if (is_space(p) && i >= 2 && (text[i - 2] == '.' || text[i - 2] == '!' || text[i - 2] == '?')) break;
        --i;
    }
    while (i < start && continuation(text[i])) ++i;
    std::size_t j = end;
    const auto stop = [](char x) { return x == '.' || x == '!' || x == '?'; };
    // A quote that ends its sentence: only the closing marks after it belong to the sentence.
    const bool ended = end > start && (stop(text[end - 1]) || (end >= 2 && stop(text[end - 2]) && !is_space(text[end - 1])));
    while (ended && j < text.size() && !is_space(text[j]) && j - end < reach) ++j;
    while (!ended && j < text.size()) {
        if (j - end >= reach) { c.cut_after = true; break; }
        const char x = text[j];
        if (x == '\n' || x == '\r') break;
        ++j;
        if (stop(x)) {
            // closing quotation marks and brackets after the stop belong to the sentence
            while (j < text.size() && !is_space(text[j]) && j - end < reach) ++j;
            break;
        }
    }
    while (j < text.size() && continuation(text[j])) ++j;
    c.begin = i;
    c.end = j;
    return c;
}

void append_claim(std::string& out, const store::GraphStore& g, const networks::Statement& s, ArticleTexts& articles) {
    const NodeView claim = g.node(s.claim);
    const std::string_view quote = claim.name;
    // The stance edge behind this statement: its evidence is what decided the side.
    std::vector<EvidenceView> evidence;
    const EdgeKind side = s.qualifier == 1 ? EdgeKind::Supports : EdgeKind::Opposes;
    for (EdgeId e : g.out_edges(s.claim, side))
        if (g.node(g.edge_to(e)).name == s.position) {
            for (const EvidenceView& ev : g.edge(e).evidence) evidence.push_back(ev);
            break;
        }
    std::string document_name, title, date, source;
    if (s.document != kNoNode) {
        const NodeView d = g.node(s.document);
        document_name = d.name;
        title = d.description;
        date = d.document.date;
        source = d.document.source;
    }

    out += "<li class=\"claim ";
    out += side_name(s.qualifier);
    out += "\" data-claim=\"";
    append_escaped(out, claim.key);
    out += "\"><div class=\"meta\"><span class=\"speaker\">";
    append_escaped(out, s.actor);
    out += "</span> <span class=\"side\">";
    out += side_name(s.qualifier);
    out += "</span> · <span class=\"doc\" title=\"";
    append_escaped(out, title);
    out += "\">";
    append_escaped(out, document_name.empty() ? std::string("(no document)") : document_name);
    out += "</span>";
    if (!date.empty()) {
        out += " · <span class=\"date\">";
        append_escaped(out, date);
        out += "</span>";
    }
    if (!source.empty()) {
        out += " · <span class=\"source\">";
        append_escaped(out, source);
        out += "</span>";
    }
    out += " · <span class=\"kind\">";
    out += to_string(claim.claim.kind);
    out += "</span></div><blockquote class=\"context\">";

    const std::string* text = document_name.empty() ? nullptr : articles.text_of(document_name);
    const Span span = claim.claim.span;
    const bool in_file = text && span.start < span.end && span.end <= text->size() &&
                         std::string_view(*text).substr(span.start, span.end - span.start) == quote;
    if (in_file) {
        // The article's own bytes around the quote; marks placed by their byte spans.
        const std::string_view t = *text;
        const Context c = sentence_around(t, span.start, span.end);
        std::vector<Mark> marks;
        for (const EvidenceView& ev : evidence)
            if (ev.document == s.document || ev.document == kNoNode)
                marks.push_back({ev.span.start, ev.span.end, ev.role.str()});
        marks = drawable(std::move(marks));
        if (c.cut_before) out += "\xE2\x80\xA6";
        append_marked(out, t, c.begin, span.start, marks);
        out += "<mark class=\"quote\">";
        append_marked(out, t, span.start, span.end, marks);
        out += "</mark>";
        append_marked(out, t, span.end, c.end, marks);
        if (c.cut_after) out += "\xE2\x80\xA6";
    } else {
        // Without the article: the quote alone, its decisive words found in it by their text.
        std::vector<Mark> marks;
        for (const EvidenceView& ev : evidence) {
            if (ev.words.empty()) continue;
            const auto at = quote.find(ev.words);
            if (at != std::string_view::npos) marks.push_back({at, at + ev.words.size(), ev.role.str()});
        }
        marks = drawable(std::move(marks));
        out += "<mark class=\"quote\">";
        append_marked(out, quote, 0, quote.size(), marks);
        out += "</mark>";
    }
    out += "</blockquote><div class=\"why\">";
    if (evidence.empty()) {
        out += "No decisive words recorded for this side (set by hand, imported, or inferred from the speaker's other claims).";
    } else {
        out += "Decided by: ";
        for (std::size_t i = 0; i < evidence.size(); ++i) {
            if (i) out += "; ";
            out += "<span class=\"ev-" + role_class(evidence[i].role) + "\">";
            append_escaped(out, evidence[i].role);
            out += " \xE2\x80\x9C";
            append_escaped(out, shortened(evidence[i].words, 120));
            out += "\xE2\x80\x9D</span>";
        }
    }
    out += "</div></li>\n";
}

}  // namespace sg::report
