#include "graph/export/kuzu.hpp"

#include <optional>
#include <set>
#include <string>
#include <utility>

#include "graph/export/csv.hpp"

namespace sg {
namespace {

const char* label_of(NodeKind k) {
    switch (k) {
        case NodeKind::Person: return "Person";
        case NodeKind::Organisation: return "Organisation";
        case NodeKind::Position: return "Position";
        case NodeKind::Document: return "Document";
        case NodeKind::Claim: return "Claim";
    }
    return "Node";
}

constexpr NodeKind kNodeKinds[] = {NodeKind::Person, NodeKind::Organisation, NodeKind::Position, NodeKind::Document,
                                   NodeKind::Claim};
constexpr EdgeKind kEdgeKinds[] = {EdgeKind::Says,     EdgeKind::Supports, EdgeKind::Opposes, EdgeKind::About,
                                   EdgeKind::MemberOf, EdgeKind::PartOf,   EdgeKind::In};

std::string table_of(EdgeKind k) {
    std::string t(to_string(k));
    for (char& c : t) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    return t;
}

using Pair = std::pair<NodeKind, NodeKind>;

// The node tables each relationship joins: those a build makes, and any other the graph has.
std::vector<Pair> pairs_of(const Graph& g, EdgeKind k) {
    std::set<Pair> pairs;
    switch (k) {
        case EdgeKind::Says:
            pairs = {{NodeKind::Person, NodeKind::Claim}, {NodeKind::Organisation, NodeKind::Claim}};
            break;
        case EdgeKind::Supports:
        case EdgeKind::Opposes:
        case EdgeKind::About:
            pairs = {{NodeKind::Claim, NodeKind::Position},
                     {NodeKind::Person, NodeKind::Position},
                     {NodeKind::Organisation, NodeKind::Position}};
            break;
        case EdgeKind::MemberOf: pairs = {{NodeKind::Person, NodeKind::Organisation}}; break;
        case EdgeKind::PartOf: pairs = {{NodeKind::Organisation, NodeKind::Organisation}}; break;
        case EdgeKind::In: pairs = {{NodeKind::Claim, NodeKind::Document}}; break;
    }
    for (EdgeId e = 0; e < g.edge_capacity(); ++e) {
        const Edge& edge = g.edge(e);
        if (edge.alive && edge.kind == k) pairs.insert({g.node(edge.from).kind, g.node(edge.to).kind});
    }
    return {pairs.begin(), pairs.end()};
}

std::string rel_file(EdgeKind k, const Pair& p) {
    return table_of(k) + "-" + label_of(p.first) + "-" + label_of(p.second) + ".csv";
}

const char* boolean(bool b) { return b ? "true" : "false"; }

template <class Items, class Text>
std::string joined(const Items& items, Text text) {
    return csv::quoted_list(items, text);
}

std::string live_key(const Graph& g, NodeId n) {
    if (n == kNoNode || n >= g.node_capacity()) return {};
    const auto live = g.node(n).alive ? std::optional<NodeId>(n) : g.find_key(g.node(n).key);
    return live ? g.node(*live).key : std::string();
}

void write_nodes(const Graph& g, NodeKind kind, std::ostream& out) {
    auto same = [](const std::string& s) -> const std::string& { return s; };
    switch (kind) {
        case NodeKind::Position: out << "key,name,description,aliases\n"; break;
        case NodeKind::Document: out << "key,name,title\n"; break;
        case NodeKind::Claim: out << "key,text,document,span_start,span_end,claim_kind,comment,confidence,manual\n"; break;
        default: out << "key,name,aliases\n"; break;
    }
    for (NodeId n : g.nodes_of_kind(kind)) {
        const Node& node = g.node(n);
        out << csv::quoted(node.key) << ',' << csv::quoted(node.name);
        if (kind == NodeKind::Claim) {
            const ClaimInfo& c = node.claim;
            out << ',' << csv::quoted(live_key(g, c.document)) << ',' << c.span.start << ',' << c.span.end << ','
                << csv::quoted(to_string(c.kind)) << ',' << boolean(c.comment) << ',' << csv::number(c.confidence)
                << ',' << boolean(c.manual);
        } else if (kind == NodeKind::Document) {
            out << ',' << csv::quoted(node.description);
        } else if (kind == NodeKind::Position) {
            out << ',' << csv::quoted(node.description) << ',' << joined(node.aliases, same);
        } else {
            out << ',' << joined(node.aliases, same);
        }
        out << '\n';
    }
}

void write_edges(const Graph& g, EdgeKind kind, const Pair& pair, std::ostream& out) {
    out << "from,to,role,confidence,manual,evidence_roles,evidence_words,evidence_starts,evidence_ends,"
           "evidence_documents\n";
    for (EdgeId e = 0; e < g.edge_capacity(); ++e) {
        const Edge& edge = g.edge(e);
        if (!edge.alive || edge.kind != kind || g.node(edge.from).kind != pair.first ||
            g.node(edge.to).kind != pair.second || !g.node(edge.from).alive || !g.node(edge.to).alive)
            continue;
        const auto& ev = edge.evidence;
        out << csv::quoted(g.node(edge.from).key) << ',' << csv::quoted(g.node(edge.to).key) << ','
            << csv::quoted(edge.role) << ',' << csv::number(edge.confidence) << ',' << boolean(edge.manual) << ','
            << joined(ev, [](const Evidence& x) { return x.role; }) << ','
            << joined(ev, [](const Evidence& x) { return x.words; }) << ','
            << joined(ev, [](const Evidence& x) { return std::to_string(x.span.start); }) << ','
            << joined(ev, [](const Evidence& x) { return std::to_string(x.span.end); }) << ','
            << joined(ev, [&](const Evidence& x) { return live_key(g, x.document); }) << '\n';
    }
}

std::string node_columns(NodeKind kind) {
    switch (kind) {
        case NodeKind::Position: return "key STRING, name STRING, description STRING, aliases STRING[]";
        case NodeKind::Document: return "key STRING, name STRING, title STRING";
        case NodeKind::Claim:
            return "key STRING, text STRING, document STRING, span_start INT64, span_end INT64, claim_kind STRING, "
                   "comment BOOLEAN, confidence DOUBLE, manual BOOLEAN";
        default: return "key STRING, name STRING, aliases STRING[]";
    }
}

constexpr const char* kRelColumns =
    "role STRING, confidence DOUBLE, manual BOOLEAN, evidence_roles STRING[], evidence_words STRING[], "
    "evidence_starts INT64[], evidence_ends INT64[], evidence_documents STRING[]";

std::string schema(const Graph& g) {
    std::string s;
    for (NodeKind k : kNodeKinds)
        s += std::string("CREATE NODE TABLE `") + label_of(k) + "`(" + node_columns(k) + ", PRIMARY KEY (key));\n";
    for (EdgeKind k : kEdgeKinds) {
        s += "CREATE REL TABLE `" + table_of(k) + "`(";
        for (const Pair& p : pairs_of(g, k))
            s += std::string("FROM `") + label_of(p.first) + "` TO `" + label_of(p.second) + "`, ";
        s += std::string(kRelColumns) + ");\n";
    }
    return s;
}

// A list column: the field split at the delimiter (written as itself between the quotes: Kuzu's
// Cypher has no escape for it), no items for an empty field.
std::string list(const std::string& column, const char* type) {
    const std::string d(1, csv::kArrayDelimiter);
    std::string split = "string_split(" + column + ", '" + d + "')";
    if (std::string(type) == "INT64") split = "list_transform(" + split + ", x -> CAST(x AS INT64))";
    return "CASE WHEN " + column + " IS NULL OR " + column + " = '' THEN CAST([] AS " + type + "[]) ELSE " + split +
           " END";
}

std::string text_column(const std::string& column) { return "coalesce(" + column + ", '')"; }

std::string load(const std::string& file, const std::string& columns) {
    return "LOAD WITH HEADERS (" + columns + ") FROM '" + file + "' (HEADER=true, PARALLEL=false)";
}

std::string copy_script(const Graph& g) {
    std::string s;
    for (NodeKind k : kNodeKinds) {
        const std::string file = std::string(label_of(k)) + ".csv";
        std::string columns, values;
        switch (k) {
            case NodeKind::Position:
                columns = "key STRING, name STRING, description STRING, aliases STRING";
                values = "key, " + text_column("name") + ", " + text_column("description") + ", " + list("aliases", "STRING");
                break;
            case NodeKind::Document:
                columns = "key STRING, name STRING, title STRING";
                values = "key, " + text_column("name") + ", " + text_column("title");
                break;
            case NodeKind::Claim:
                columns = "key STRING, text STRING, document STRING, span_start INT64, span_end INT64, claim_kind STRING, "
                          "comment BOOLEAN, confidence DOUBLE, manual BOOLEAN";
                values = "key, " + text_column("text") +
                         ", document, span_start, span_end, claim_kind, comment, confidence, manual";
                break;
            default:
                columns = "key STRING, name STRING, aliases STRING";
                values = "key, " + text_column("name") + ", " + list("aliases", "STRING");
                break;
        }
        s += std::string("COPY `") + label_of(k) + "` FROM (" + load(file, columns) + " RETURN " + values + ");\n";
    }
    const std::string rel_columns =
        "`from` STRING, `to` STRING, role STRING, confidence DOUBLE, manual BOOLEAN, evidence_roles STRING, "
        "evidence_words STRING, evidence_starts STRING, evidence_ends STRING, evidence_documents STRING";
    const std::string rel_values = "`from`, `to`, " + text_column("role") + ", confidence, manual, " +
                                   list("evidence_roles", "STRING") + ", " + list("evidence_words", "STRING") + ", " +
                                   list("evidence_starts", "INT64") + ", " + list("evidence_ends", "INT64") + ", " +
                                   list("evidence_documents", "STRING");
    for (EdgeKind k : kEdgeKinds)
        for (const Pair& p : pairs_of(g, k))
            s += "COPY `" + table_of(k) + "` FROM (" + load(rel_file(k, p), rel_columns) + " RETURN " + rel_values +
                 ") (from='" + label_of(p.first) + "', to='" + label_of(p.second) + "');\n";
    return s;
}

constexpr const char* kReadme = R"(The graph written by stancegraph export --format kuzu, for the Kuzu graph database.

  schema.cypher   CREATE NODE TABLE / CREATE REL TABLE statements, one a line
  copy.cypher     COPY statements that load the CSV files, one a line
  *.csv           one file per node table (Person.csv ...) and per relationship table and the
                  two node tables it joins (SUPPORTS-Claim-Position.csv ...)

Run the statements of schema.cypher, then those of copy.cypher, on a new database, with this
folder as the working folder (the COPY statements name the files relative to it). With the Kuzu
shell:

  cd THIS_FOLDER && kuzu ../graph.kuzu < schema.cypher && kuzu ../graph.kuzu < copy.cypher

or from Python or Node.js, by passing each line of the two files to connection.query / execute.

Lists (aliases, evidence_*) are one CSV field joined with the character U+001F, which no text
holds; copy.cypher splits them with that character written as itself between quotes.
Then, for example:

  MATCH (a)-[:SAYS]->(c:Claim)-[:OPPOSES]->(p:Position {key: 'position:co-commissioning'})
  RETURN a.name, count(c) ORDER BY count(c) DESC;
)";

}  // namespace

std::vector<FolderFile> kuzu_import_files(const Graph& g) {
    std::vector<FolderFile> files;
    for (NodeKind k : kNodeKinds)
        files.push_back({std::string(label_of(k)) + ".csv", [&g, k](std::ostream& out) { write_nodes(g, k, out); }});
    for (EdgeKind k : kEdgeKinds)
        for (const Pair& p : pairs_of(g, k))
            files.push_back({rel_file(k, p), [&g, k, p](std::ostream& out) { write_edges(g, k, p, out); }});
    files.push_back({"schema.cypher", [&g](std::ostream& out) { out << schema(g); }});
    files.push_back({"copy.cypher", [&g](std::ostream& out) { out << copy_script(g); }});
    files.push_back({"README.txt", [](std::ostream& out) { out << kReadme; }});
    return files;
}

}  // namespace sg
