#include "graph/export/neo4j.hpp"

#include <optional>
#include <string>

#include "graph/export/csv.hpp"

namespace sg {
namespace {

struct NodeFile {
    NodeKind kind;
    const char* label;
};
constexpr NodeFile kNodeFiles[] = {{NodeKind::Person, "Person"},
                                   {NodeKind::Organisation, "Organisation"},
                                   {NodeKind::Position, "Position"},
                                   {NodeKind::Document, "Document"},
                                   {NodeKind::Claim, "Claim"}};
constexpr EdgeKind kEdgeKinds[] = {EdgeKind::Says,     EdgeKind::Supports, EdgeKind::Opposes, EdgeKind::About,
                                   EdgeKind::MemberOf, EdgeKind::PartOf,   EdgeKind::In};

std::string type_of(EdgeKind k) {
    std::string t(to_string(k));
    for (char& c : t) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    return t;
}

const char* boolean(bool b) { return b ? "true" : "false"; }

// An array field: the items cleaned and joined with the array delimiter, the whole quoted; an
// empty field (no property) for no items.
template <class Items, class Text>
std::string array(const Items& items, Text text) {
    return items.empty() ? std::string() : csv::quoted_list(items, text);
}

void write_nodes(const Graph& g, NodeKind kind, const char* label, std::ostream& out) {
    switch (kind) {
        case NodeKind::Position: out << "key:ID,name,description,aliases:string[],:LABEL\n"; break;
        case NodeKind::Document: out << "key:ID,name,title,:LABEL\n"; break;
        case NodeKind::Claim:
            out << "key:ID,text,document,span_start:long,span_end:long,claim_kind,comment:boolean,confidence:double,"
                   "manual:boolean,:LABEL\n";
            break;
        default: out << "key:ID,name,aliases:string[],:LABEL\n"; break;
    }
    auto same = [](const std::string& s) -> const std::string& { return s; };
    for (NodeId n : g.nodes_of_kind(kind)) {
        const Node& node = g.node(n);
        out << csv::quoted(node.key) << ',';
        if (kind == NodeKind::Claim) {
            const ClaimInfo& c = node.claim;
            const bool has_doc = c.document != kNoNode && c.document < g.node_capacity();
            std::string doc;
            if (has_doc) {
                const auto live = g.node(c.document).alive ? std::optional<NodeId>(c.document) : g.find_key(g.node(c.document).key);
                if (live) doc = g.node(*live).key;
            }
            out << csv::quoted(node.name) << ',' << (doc.empty() ? std::string() : csv::quoted(doc)) << ','
                << c.span.start << ',' << c.span.end << ',' << csv::quoted(to_string(c.kind)) << ','
                << boolean(c.comment) << ',' << csv::number(c.confidence) << ',' << boolean(c.manual);
        } else if (kind == NodeKind::Document) {
            out << csv::quoted(node.name) << ',' << csv::quoted(node.description);
        } else if (kind == NodeKind::Position) {
            out << csv::quoted(node.name) << ',' << csv::quoted(node.description) << ',' << array(node.aliases, same);
        } else {
            out << csv::quoted(node.name) << ',' << array(node.aliases, same);
        }
        out << ',' << label << '\n';
    }
}

void write_edges(const Graph& g, EdgeKind kind, std::ostream& out) {
    out << ":START_ID,:END_ID,role,confidence:double,manual:boolean,evidence_roles:string[],evidence_words:string[],"
           "evidence_starts:long[],evidence_ends:long[],evidence_documents:string[],:TYPE\n";
    const std::string type = type_of(kind);
    for (EdgeId e = 0; e < g.edge_capacity(); ++e) {
        const Edge& edge = g.edge(e);
        if (!edge.alive || edge.kind != kind || !g.node(edge.from).alive || !g.node(edge.to).alive) continue;
        const auto& ev = edge.evidence;
        out << csv::quoted(g.node(edge.from).key) << ',' << csv::quoted(g.node(edge.to).key) << ','
            << csv::quoted(edge.role) << ',' << csv::number(edge.confidence) << ',' << boolean(edge.manual) << ','
            << array(ev, [](const Evidence& x) { return x.role; }) << ','
            << array(ev, [](const Evidence& x) { return x.words; }) << ','
            << array(ev, [](const Evidence& x) { return std::to_string(x.span.start); }) << ','
            << array(ev, [](const Evidence& x) { return std::to_string(x.span.end); }) << ','
            << array(ev, [&](const Evidence& x) {
                   if (x.document == kNoNode || x.document >= g.node_capacity()) return std::string();
                   const auto live = g.find_key(g.node(x.document).key);
                   return live ? g.node(*live).key : std::string();
               })
            << ',' << type << '\n';
    }
}

std::string import_script() {
    std::string s =
        "#!/bin/sh\n"
        "# Imports the graph in this folder into a new Neo4j 5 database with neo4j-admin's bulk importer.\n"
        "# Stop the database first (neo4j-admin imports into a stopped, empty database), copy this folder\n"
        "# to the database server, then run:  sh import.sh [DATABASE]   (DATABASE defaults to neo4j; add\n"
        "# --overwrite-destination to the command below to replace an existing one). Written by\n"
        "# stancegraph export --format neo4j.\n"
        "set -e\n"
        "cd \"$(dirname \"$0\")\"\n"
        "exec neo4j-admin database import full \\\n";
    for (const auto& f : kNodeFiles) s += std::string("  --nodes=") + f.label + ".csv \\\n";
    for (EdgeKind k : kEdgeKinds) s += "  --relationships=" + type_of(k) + ".csv \\\n";
    s += "  --delimiter=, --quote='\"' --array-delimiter=U+001F --multiline-fields=true \\\n"
         "  \"${1:-neo4j}\"\n";
    return s;
}

}  // namespace

std::vector<FolderFile> neo4j_import_files(const Graph& g) {
    std::vector<FolderFile> files;
    for (const auto& f : kNodeFiles)
        files.push_back({std::string(f.label) + ".csv", [&g, f](std::ostream& out) { write_nodes(g, f.kind, f.label, out); }});
    for (EdgeKind k : kEdgeKinds)
        files.push_back({type_of(k) + ".csv", [&g, k](std::ostream& out) { write_edges(g, k, out); }});
    files.push_back({"import.sh", [](std::ostream& out) { out << import_script(); }});
    return files;
}

}  // namespace sg
