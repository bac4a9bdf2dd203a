#include "graph/export/graphml.hpp"

#include <cstdio>

#include "graph/export/subset.hpp"
#include "graph/export/utf8.hpp"

namespace sg {
namespace {

struct Key {
    const char* id;
    const char* for_;
    const char* type;
};

// attr.name equals the id, so tools show the same name the documentation uses.
constexpr Key kKeys[] = {
    {"label", "node", "string"},      {"kind", "node", "string"},       {"key", "node", "string"},
    {"aliases", "node", "string"},    {"description", "node", "string"}, {"claim_kind", "node", "string"},
    {"document", "node", "string"},   {"span_start", "node", "long"},   {"span_end", "node", "long"},
    {"comment", "node", "boolean"},   {"confidence", "node", "double"}, {"manual", "node", "boolean"},
    {"organisation", "node", "string"}, {"date", "node", "string"},   {"source", "node", "string"},
    {"author", "node", "string"},     {"section", "node", "string"},    {"document_type", "node", "string"},
    {"url", "node", "string"},
    {"edge_kind", "edge", "string"},  {"polarity", "edge", "string"},   {"sign", "edge", "int"},
    {"role", "edge", "string"},       {"edge_confidence", "edge", "double"},
    {"edge_manual", "edge", "boolean"},
};

std::string number(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", x);
    return buf;
}

void data(std::ostream& out, const char* key, std::string_view value) {
    out << "      <data key=\"" << key << "\">" << xml_escape(value) << "</data>\n";
}

std::string_view polarity(EdgeKind k) {
    switch (k) {
        case EdgeKind::Supports: return "supports";
        case EdgeKind::Opposes: return "opposes";
        case EdgeKind::About: return "about";
        default: return "";
    }
}

int sign(EdgeKind k) { return k == EdgeKind::Supports ? 1 : k == EdgeKind::Opposes ? -1 : 0; }

}  // namespace

std::string xml_escape(std::string_view raw) {
    std::string s = text::valid_utf8(raw);
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default:
                // XML 1.0 allows only tab, newline and carriage return below U+0020.
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
                // U+FFFE and U+FFFF (EF BF BE/BF) are not XML characters either.
                if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
                    static_cast<unsigned char>(s[i + 2]) >= 0xBE) {
                    i += 2;
                    break;
                }
                out += static_cast<char>(c);
        }
    }
    return out;
}

void write_graphml(const GraphStore& g, std::ostream& out, const std::vector<NodeId>* only) {
    const std::vector<bool> shown = shown_nodes(g, only);

    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
           "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
           "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const Key& k : kKeys)
        out << "  <key id=\"" << k.id << "\" for=\"" << k.for_ << "\" attr.name=\"" << k.id << "\" attr.type=\""
            << k.type << "\"/>\n";
    out << "  <graph id=\"stancegraph\" edgedefault=\"directed\">\n";

    for (NodeId n = 0; n < shown.size(); ++n) {
        if (!shown[n]) continue;
        const NodeView& node = g.node(n);
        out << "    <node id=\"n" << n << "\">\n";
        data(out, "label", node.name);
        data(out, "kind", to_string(node.kind));
        data(out, "key", node.key);
        std::string aliases;
        for (const auto& a : node.aliases) aliases += (aliases.empty() ? "" : "; ") + a;
        if (!aliases.empty()) data(out, "aliases", aliases);
        if (!node.description.empty()) data(out, "description", node.description);
        if (node.kind == NodeKind::Claim) {
            const ClaimInfo& c = node.claim;
            data(out, "claim_kind", to_string(c.kind));
            if (c.document != kNoNode && c.document < g.node_capacity()) data(out, "document", g.node(c.document).name);
            data(out, "span_start", std::to_string(c.span.start));
            data(out, "span_end", std::to_string(c.span.end));
            data(out, "comment", c.comment ? "true" : "false");
            data(out, "confidence", number(c.confidence));
            data(out, "manual", c.manual ? "true" : "false");
            if (c.organisation != kNoNode && c.organisation < g.node_capacity())
                data(out, "organisation", g.node(c.organisation).name);
        }
        if (node.kind == NodeKind::Document) {  // its metadata, each when known
            const store::DocumentView& d = node.document;
            for (const auto& [key, value] : {std::pair{"date", d.date}, {"source", d.source}, {"author", d.author},
                                             {"section", d.section}, {"document_type", d.type}, {"url", d.url}})
                if (!value.empty()) data(out, key, value);
        }
        out << "    </node>\n";
    }
    for (EdgeId e = 0; e < g.edge_capacity(); ++e) {
        const EdgeView& edge = g.edge(e);
        if (!edge.alive || edge.from >= shown.size() || edge.to >= shown.size() || !shown[edge.from] ||
            !shown[edge.to])
            continue;
        out << "    <edge id=\"e" << e << "\" source=\"n" << edge.from << "\" target=\"n" << edge.to << "\">\n";
        data(out, "edge_kind", to_string(edge.kind));
        if (!polarity(edge.kind).empty()) data(out, "polarity", polarity(edge.kind));
        data(out, "sign", std::to_string(sign(edge.kind)));
        if (!edge.role.empty()) data(out, "role", edge.role);
        data(out, "edge_confidence", number(edge.confidence));
        data(out, "edge_manual", edge.manual ? "true" : "false");
        out << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
}

}  // namespace sg
