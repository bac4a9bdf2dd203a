#include "graph/export/dot.hpp"

#include <cstdio>

#include "graph/export/subset.hpp"
#include "graph/export/utf8.hpp"

namespace sg {
namespace {

constexpr std::size_t kClaimLabelChars = 60;  // longer claim texts are cut, the tooltip has all
constexpr std::size_t kWrapChars = 28;        // line length inside claim boxes

struct NodeStyle {
    const char* shape;
    const char* fill;
    const char* style;
};

NodeStyle style_of(const NodeView& n) {
    switch (n.kind) {
        case NodeKind::Document: return {"folder", "#d7ccc8", "filled"};
        case NodeKind::Person: return {"ellipse", "#ffe0b2", "filled"};
        case NodeKind::Organisation: return {"box", "#bbdefb", "filled"};
        case NodeKind::Position: return {"hexagon", "#e1bee7", "filled"};
        case NodeKind::Claim:
            // A reader's comment is not the article's reporting: dashed, paler, so it stands apart.
            return n.claim.comment ? NodeStyle{"note", "#fffde7", "filled,dashed"}
                                   : NodeStyle{"note", "#f5f5f5", "filled"};
    }
    return {"ellipse", "white", "filled"};
}

struct EdgeStyle {
    const char* color;
    const char* style;
    const char* label;  // fixed label, or nullptr
};

EdgeStyle style_of(EdgeKind k) {
    switch (k) {
        case EdgeKind::Says: return {"#424242", "solid", nullptr};
        case EdgeKind::Supports: return {"#2e7d32", "bold", "supports"};
        case EdgeKind::Opposes: return {"#c62828", "bold", "opposes"};
        case EdgeKind::About: return {"#757575", "dashed", "about"};
        case EdgeKind::MemberOf: return {"#1565c0", "solid", nullptr};  // labelled with the role
        case EdgeKind::PartOf: return {"#1565c0", "dotted", "part of"};
        case EdgeKind::In: return {"#9e9e9e", "dotted", nullptr};
    }
    return {"black", "solid", nullptr};
}

// Breaks valid UTF-8 text into lines of about `width` characters at spaces.
std::string wrap(std::string_view s, std::size_t width) {
    std::string out;
    std::size_t line_chars = 0;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len = text::utf8_char_length(s, i);
        if (len == 0) len = 1;
        if (s[i] == ' ' && line_chars >= width) {
            out += '\n';
            line_chars = 0;
        } else {
            out.append(s, i, len);
            ++line_chars;
        }
        i += len;
    }
    return out;
}

std::string label_of(const NodeView& n) {
    if (n.kind != NodeKind::Claim) return n.name;
    return wrap(text::shorten(text::valid_utf8(n.name), kClaimLabelChars), kWrapChars);
}

std::string tooltip_of(const GraphStore& g, const NodeView& n) {
    std::string t = std::string(to_string(n.kind)) + " " + n.key;
    if (n.kind == NodeKind::Claim) {
        const ClaimInfo& c = n.claim;
        t += " (" + std::string(to_string(c.kind)) + (c.comment ? ", reader's comment" : "") +
             (c.manual ? ", set by hand" : "") + ")";
        if (c.document != kNoNode && c.document < g.node_capacity())
            t += "\n" + g.node(c.document).name + " bytes " + std::to_string(c.span.start) + "-" +
                 std::to_string(c.span.end);
        t += "\n" + n.name;
    } else {
        t += "\n" + n.name;
        if (!n.aliases.empty()) {
            t += "\nalso:";
            for (const auto& a : n.aliases) t += " " + a + ";";
            t.pop_back();
        }
        if (!n.description.empty()) t += "\n" + n.description;
        if (n.kind == NodeKind::Document) {  // when and where it appeared, when known
            const store::DocumentView& d = n.document;
            for (const auto& [what, value] : {std::pair{"date", d.date}, {"source", d.source}, {"author", d.author},
                                              {"section", d.section}, {"type", d.type}, {"url", d.url}})
                if (!value.empty()) t += "\n" + std::string(what) + ": " + value;
        }
    }
    return t;
}

std::string number(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", x);
    return buf;
}

void write_legend(std::ostream& out) {
    out << "  subgraph cluster_legend {\n"
           "    label=\"Legend\"; style=rounded; color=\"#9e9e9e\"; fontsize=12;\n"
           "    node [fontsize=10];\n";
    auto legend_node = [&](const char* id, const char* label, NodeStyle s) {
        out << "    " << id << " [label=" << dot_quote(label) << ", shape=" << s.shape << ", fillcolor=\""
            << s.fill << "\", style=\"" << s.style << "\"];\n";
    };
    NodeView comment;
    comment.kind = NodeKind::Claim;
    comment.claim.comment = true;
    NodeView claim;
    claim.kind = NodeKind::Claim;
    auto of_kind = [](NodeKind k) {
        NodeView n;
        n.kind = k;
        return style_of(n);
    };
    legend_node("legend_person", "person", of_kind(NodeKind::Person));
    legend_node("legend_organisation", "organisation", of_kind(NodeKind::Organisation));
    legend_node("legend_claim", "claim", style_of(claim));
    legend_node("legend_comment", "reader's comment", style_of(comment));
    legend_node("legend_position", "position", of_kind(NodeKind::Position));
    legend_node("legend_position2", "position", of_kind(NodeKind::Position));
    legend_node("legend_position3", "position", of_kind(NodeKind::Position));
    legend_node("legend_document", "document", of_kind(NodeKind::Document));
    auto legend_edge = [&](const char* from, const char* to, EdgeKind k, const char* label) {
        EdgeStyle s = style_of(k);
        out << "    " << from << " -> " << to << " [color=\"" << s.color << "\", style=" << s.style
            << ", fontcolor=\"" << s.color << "\", label=" << dot_quote(label) << "];\n";
    };
    legend_edge("legend_person", "legend_claim", EdgeKind::Says, "says");
    legend_edge("legend_person", "legend_organisation", EdgeKind::MemberOf, "member of (role)");
    legend_edge("legend_claim", "legend_position", EdgeKind::Supports, "supports");
    legend_edge("legend_comment", "legend_position2", EdgeKind::Opposes, "opposes");
    legend_edge("legend_claim", "legend_position3", EdgeKind::About, "about");
    legend_edge("legend_claim", "legend_document", EdgeKind::In, "in");
    out << "  }\n";
}

}  // namespace

std::string dot_quote(std::string_view raw) {
    std::string s = text::valid_utf8(raw);
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '"': out += "\\\""; break;
            case '&': out += "&amp;"; break;
            case '\n': out += "\\n"; break;
            case '\r':
                if (i + 1 >= s.size() || s[i + 1] != '\n') out += "\\n";  // lone CR ends a line too
                break;
            case '\t': out += ' '; break;
            default:
                if (c < 0x20 || c == 0x7F) break;  // other C0 controls: invisible, and invalid in XML
                // C1 controls (U+0080..U+009F, bytes C2 80..C2 9F): invisible, dropped as well.
                if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
                    ++i;
                    break;
                }
                out += static_cast<char>(c);
        }
    }
    out += '"';
    return out;
}

void write_dot(const GraphStore& g, std::ostream& out, const std::vector<NodeId>* only) {
    const std::vector<bool> shown = shown_nodes(g, only);

    out << "digraph stancegraph {\n"
           "  graph [rankdir=LR, charset=\"UTF-8\", fontname=\"Helvetica\", overlap=false];\n"
           "  node [fontname=\"Helvetica\", fontsize=11, style=filled];\n"
           "  edge [fontname=\"Helvetica\", fontsize=9];\n";
    write_legend(out);

    auto write_node = [&](NodeId n, const char* indent) {
        const NodeView& node = g.node(n);
        NodeStyle s = style_of(node);
        out << indent << "n" << n << " [label=" << dot_quote(label_of(node)) << ", tooltip="
            << dot_quote(tooltip_of(g, node)) << ", shape=" << s.shape << ", fillcolor=\"" << s.fill << "\", style=\""
            << s.style << "\"];\n";
    };
    // A person drawn with one of their organisations goes inside that organisation's cluster, so
    // the picture shows who speaks for whom; an organisation with no member drawn stays loose.
    std::vector<NodeId> cluster(shown.size(), kNoNode);
    for (NodeId n = 0; n < shown.size(); ++n) {
        if (!shown[n] || g.node(n).kind != NodeKind::Person) continue;
        for (EdgeId e : g.out_edges(n, EdgeKind::MemberOf))
            if (shown[g.edge(e).to]) {
                cluster[n] = cluster[g.edge(e).to] = g.edge(e).to;
                break;
            }
    }
    for (NodeId n = 0; n < shown.size(); ++n)
        if (shown[n] && cluster[n] == kNoNode) write_node(n, "  ");
    for (NodeId org = 0; org < shown.size(); ++org) {
        if (!shown[org] || cluster[org] != org) continue;
        out << "  subgraph cluster_n" << org << " {\n    graph [label=" << dot_quote(label_of(g.node(org)))
            << ", style=\"rounded,dashed\", color=\"#7f9fbf\", fontcolor=\"#4f6f8f\"];\n";
        for (NodeId n = 0; n < shown.size(); ++n)
            if (shown[n] && cluster[n] == org) write_node(n, "    ");
        out << "  }\n";
    }
    for (EdgeId e = 0; e < g.edge_capacity(); ++e) {
        const EdgeView& edge = g.edge(e);
        if (!edge.alive || edge.from >= shown.size() || edge.to >= shown.size() || !shown[edge.from] ||
            !shown[edge.to])
            continue;
        EdgeStyle s = style_of(edge.kind);
        std::string label = edge.kind == EdgeKind::MemberOf ? edge.role.str() : std::string(s.label ? s.label : "");
        std::string tooltip = std::string(to_string(edge.kind)) + (edge.role.empty() ? "" : " (" + edge.role + ")") +
                              ", confidence " + number(edge.confidence) + (edge.manual ? ", set by hand" : "");
        out << "  n" << edge.from << " -> n" << edge.to << " [color=\"" << s.color << "\", style=" << s.style;
        if (!label.empty()) out << ", label=" << dot_quote(label) << ", fontcolor=\"" << s.color << "\"";
        out << ", tooltip=" << dot_quote(tooltip) << "];\n";
    }
    out << "}\n";
}

}  // namespace sg
