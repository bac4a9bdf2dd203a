#include "loaders/dna/to_graph.hpp"

#include <map>

#include "graph/dates.hpp"
#include "graph/error.hpp"
#include "loaders/dna/new_node.hpp"
#include "loaders/dna/utf16.hpp"
#include "loaders/mentions/mentions.hpp"

namespace sg::loaders::dna {

namespace {

// One node per distinct value of a variable (DNA's entities are distinct by exact value), keyed
// by the value's slug, with a number added when two values share one.
class Actors {
public:
    Actors(Graph& g, NodeKind kind, std::string prefix) : g_(g), kind_(kind), prefix_(std::move(prefix)) {}
    NodeId get(const std::string& value) {
        if (auto it = by_value_.find(value); it != by_value_.end()) return it->second;
        const NodeId id = add_named_node(g_, kind_, prefix_, value);
        by_value_.emplace(value, id);
        return id;
    }

private:
    Graph& g_;
    NodeKind kind_;
    std::string prefix_;
    std::map<std::string, NodeId> by_value_;
};

}  // namespace

Graph dna_to_graph(const DnaFile& file, const std::string& file_name) {
    Graph g;
    std::map<std::int64_t, NodeId> doc_node;
    std::map<std::int64_t, std::vector<std::uint64_t>> offsets;  // UTF-16 unit -> byte, per document
    std::map<std::int64_t, const DnaDocument*> docs;
    for (const DnaDocument& d : file.documents) {
        Node n;
        n.kind = NodeKind::Document;
        n.name = file_name + "#" + std::to_string(d.id);
        n.key = "doc:" + n.name;
        n.description = d.title;
        n.document = DocumentInfo{format_instant(d.date), d.source, d.author, d.section, d.type, ""};
        doc_node[d.id] = g.add_node(std::move(n));
        offsets[d.id] = utf16_to_byte_offsets(d.text);
        docs[d.id] = &d;
    }
    Actors people(g, NodeKind::Person, "person:"), organisations(g, NodeKind::Organisation, "org:"),
        positions(g, NodeKind::Position, "position:");
    for (const DnaStatement& s : file.statements) {
        const NodeId doc = doc_node.at(s.document);
        const auto& units = offsets.at(s.document);
        const Span span{units.at(static_cast<std::size_t>(s.start)), units.at(static_cast<std::size_t>(s.stop))};
        Node c;
        c.kind = NodeKind::Claim;
        c.name = docs.at(s.document)->text.substr(span.start, span.end - span.start);
        const std::string base = "claim:" + g.node(doc).name + ":" + std::to_string(span.start) + "-" + std::to_string(span.end);
        c.key = base;
        // Two statements on one span (two concepts coded on one sentence) are two claims.
        for (int n = 2; g.find_key(c.key); ++n) c.key = base + "#" + std::to_string(n);
        c.claim = ClaimInfo{doc, span, ClaimKind::Manual, false, 1.0, true, kNoNode};
        const NodeId claim = g.add_node(std::move(c));
        g.add_edge(claim, doc, EdgeKind::In, {}, 1.0, true);
        NodeId speaker = kNoNode, org = kNoNode;
        if (!s.organisation.empty()) {
            org = organisations.get(s.organisation);
            g.node_mut(claim).claim.organisation = org;
        }
        if (!s.person.empty()) {
            speaker = people.get(s.person);
            if (org != kNoNode) g.add_edge(speaker, org, EdgeKind::MemberOf, {}, 1.0, true);
        } else {
            speaker = org;  // a statement coded to an organisation alone: the body speaks
        }
        if (speaker != kNoNode) g.add_edge(speaker, claim, EdgeKind::Says, {}, 1.0, true);
        if (s.concept_label.empty()) continue;  // not coded yet: a claim without a side
        if (s.agreement && *s.agreement != 0 && *s.agreement != 1)
            throw FileError(file_name + ": statement " + std::to_string(s.id) + " has agreement " +
                            std::to_string(*s.agreement) + "; stancegraph reads 1 (agrees) and 0 (disagrees)");
        const EdgeKind side = !s.agreement ? EdgeKind::About : *s.agreement == 1 ? EdgeKind::Supports : EdgeKind::Opposes;
        const NodeId position = positions.get(s.concept_label);
        const EdgeId e = g.add_edge(claim, position, side, {}, 1.0, true);
        g.add_evidence(e, {Evidence{"manual", g.node(claim).name, span, doc}});
    }
    return g;
}

}  // namespace sg::loaders::dna
