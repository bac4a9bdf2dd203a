#include "loaders/dna/corrections.hpp"

#include <algorithm>
#include <fstream>
#include <map>

#include "graph/error.hpp"
#include "loaders/dna/dna_file.hpp"
#include "loaders/dna/dna_text.hpp"
#include "loaders/dna/new_node.hpp"
#include "loaders/mentions/mentions.hpp"

namespace sg::loaders::dna {

namespace {

constexpr std::string_view kNotesPrefix = "stancegraph: ";  // what export --format dna writes

// The live node of `kind` named exactly `name`, or a new one keyed by its slug.
NodeId node_named(Graph& g, NodeKind kind, const std::string& prefix, const std::string& name) {
    for (NodeId n : g.find_name(name, kind))
        if (g.node(n).name == name) return n;
    for (NodeId n : g.find_name(name, kind)) return n;  // the same name up to case and spacing
    return add_named_node(g, kind, prefix, name);
}

// UTF-16 offset in the DNA text -> byte offset in the file (the first byte of that unit).
std::vector<std::uint64_t> bytes_of_units(const DnaText& t) {
    std::vector<std::uint64_t> out(t.units.back() + 1, 0);
    for (std::size_t b = t.units.size(); b-- > 0;) out[t.units[b]] = b;
    return out;
}

}  // namespace

bool looks_like_dna_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    char head[16] = {};
    in.read(head, sizeof head);
    return in.gcount() == 16 && std::string_view(head, 16) == std::string_view("SQLite format 3\0", 16);
}

void apply_dna_corrections(Graph& g, const std::filesystem::path& file,
                           const std::function<std::string(std::string_view)>& document_bytes) {
    const std::string name = file.string();
    const DnaFile dna = read_dna_file(file);
    struct Doc {
        NodeId node;
        std::vector<std::uint64_t> bytes;  // unit -> byte
        std::string file_bytes;
    };
    std::map<std::int64_t, Doc> docs;
    for (const DnaDocument& d : dna.documents) {
        const std::string which = "document " + std::to_string(d.id) + " \"" + d.title + "\"";
        if (d.notes.rfind(kNotesPrefix, 0) != 0)
            throw FileError(name + ": " + which + " names no document of the graph (export --format dna writes \"" +
                            std::string(kNotesPrefix) + "FILE\" into its Notes)");
        const std::string doc_name = d.notes.substr(kNotesPrefix.size());
        const auto node = g.find_key("doc:" + doc_name);
        if (!node) throw FileError(name + ": " + which + ": no document \"" + doc_name + "\" in the graph");
        std::string bytes = document_bytes(doc_name);
        const DnaText t = dna_text(bytes);
        if (t.text != d.text)
            throw FileError(name + ": " + which + ": its text is not " + doc_name +
                            "'s any more (edited in DNA, or the article changed): its statements cannot be placed");
        docs.emplace(d.id, Doc{*node, bytes_of_units(t), std::move(bytes)});
    }

    // Statements by the claim they overlap most (or none), in file order.
    std::map<NodeId, std::vector<const DnaStatement*>> on_claim;
    std::vector<const DnaStatement*> unmatched;
    for (const DnaStatement& s : dna.statements) {
        const Doc& d = docs.at(s.document);
        const std::uint64_t start = d.bytes.at(static_cast<std::size_t>(s.start));
        const std::uint64_t end = d.bytes.at(static_cast<std::size_t>(s.stop));
        NodeId best = kNoNode;
        std::uint64_t best_overlap = 0;
        for (EdgeId e : g.in_edges(d.node, EdgeKind::In)) {
            const NodeId c = g.edge(e).from;
            const Span span = g.node(c).claim.span;
            const std::uint64_t lo = std::max(span.start, start), hi = std::min(span.end, end);
            if (hi > lo && hi - lo > best_overlap) {
                best = c;
                best_overlap = hi - lo;
            }
        }
        if (best == kNoNode) unmatched.push_back(&s);
        else on_claim[best].push_back(&s);
    }

    // The coding of one statement onto a claim: speaker, organisation, side.
    auto code = [&](NodeId claim, const DnaStatement& s) {
        NodeId org = kNoNode, speaker = kNoNode;
        if (!s.organisation.empty()) org = node_named(g, NodeKind::Organisation, "org:", s.organisation);
        if (!s.person.empty()) {
            speaker = node_named(g, NodeKind::Person, "person:", s.person);
            if (org != kNoNode) g.add_edge(speaker, org, EdgeKind::MemberOf, {}, 1.0, true);
        } else {
            speaker = org;
        }
        g.node_mut(claim).claim.organisation = org;
        g.node_mut(claim).claim.manual = true;
        if (speaker != kNoNode && g.in_edges(claim, EdgeKind::Says).empty())
            g.add_edge(speaker, claim, EdgeKind::Says, {}, 1.0, true);
        if (s.concept_label.empty()) return;
        const EdgeKind side = !s.agreement ? EdgeKind::About : *s.agreement != 0 ? EdgeKind::Supports : EdgeKind::Opposes;
        const EdgeId e = g.add_edge(claim, node_named(g, NodeKind::Position, "position:", s.concept_label), side, {}, 1.0, true);
        const Node& c = g.node(claim);
        g.edge_mut(e).evidence = {Evidence{"manual", c.name, c.claim.span, c.claim.document}};
    };
    for (const auto& [claim, statements] : on_claim) {
        // The reviewer's coding replaces the extracted one whole.
        for (EdgeKind k : {EdgeKind::Supports, EdgeKind::Opposes, EdgeKind::About})
            for (EdgeId e : g.out_edges(claim, k)) g.remove_edge(e);
        for (EdgeId e : g.in_edges(claim, EdgeKind::Says)) g.remove_edge(e);
        for (const DnaStatement* s : statements) code(claim, *s);
    }
    for (const DnaStatement* s : unmatched) {
        const Doc& d = docs.at(s->document);
        const Span span{d.bytes.at(static_cast<std::size_t>(s->start)), d.bytes.at(static_cast<std::size_t>(s->stop))};
        const std::string key = "claim:" + g.node(d.node).name + ":" + std::to_string(span.start) + "-" + std::to_string(span.end);
        NodeId claim = kNoNode;
        if (auto existing = g.find_key(key)) {
            claim = *existing;  // a second statement on the same new span
        } else {
            Node n;
            n.kind = NodeKind::Claim;
            n.key = key;
            n.name = d.file_bytes.substr(span.start, span.end - span.start);
            n.claim = ClaimInfo{d.node, span, ClaimKind::Manual, false, 1.0, true, kNoNode};
            claim = g.add_node(std::move(n));
            g.add_edge(claim, d.node, EdgeKind::In, {}, 1.0, true);
        }
        code(claim, *s);
    }
}

}  // namespace sg::loaders::dna
