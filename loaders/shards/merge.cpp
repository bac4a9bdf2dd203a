#include "loaders/shards/merge.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "graph/error.hpp"
#include "loaders/annotations/annotations.hpp"
#include "loaders/build.hpp"
#include "loaders/dna/corrections.hpp"
#include "loaders/reading/source_text.hpp"
#include "loaders/extract/spokespeople.hpp"
#include "loaders/mentions/mentions.hpp"

namespace sg::loaders {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

std::string after_prefix(const std::string& key, std::string_view prefix) {
    return key.rfind(prefix, 0) == 0 ? key.substr(prefix.size()) : key;
}

int polarity_of(EdgeKind k) { return k == EdgeKind::Supports ? 1 : k == EdgeKind::Opposes ? -1 : 0; }

bool stance_kind(EdgeKind k) { return k == EdgeKind::Supports || k == EdgeKind::Opposes || k == EdgeKind::About; }

// Evidence read back from a graph: its document is the record's own, set again when the record
// becomes an edge.
std::vector<Evidence> detached(std::vector<Evidence> evidence) {
    for (auto& e : evidence) e.document = kNoNode;
    return evidence;
}

// A person or organisation as a document record. A build keeps no flag for a person only ever
// named by surname: such a person's node is named by one word and keyed by it
// ("person:smith" named "Smith"), which no one named in full is. Commenters (people who only
// comment below articles) are named as they sign and take part in no surname resolution.
ActorRecord actor_record(const Graph& g, NodeId n) {
    const Node& node = g.node(n);
    ActorRecord a;
    a.key = node.key;
    a.kind = node.kind;
    a.name = node.name;
    a.aliases = node.aliases;
    if (node.kind != NodeKind::Person) return a;
    bool says = false, only_comments = true;
    for (EdgeId e : g.out_edges(n, EdgeKind::Says)) {
        const Node& claim = g.node(g.edge(e).to);
        says = true;
        only_comments = only_comments && claim.kind == NodeKind::Claim && claim.claim.comment;
    }
    if (says && only_comments) return a;
    const auto space = node.name.rfind(' ');
    a.surname = space == std::string::npos ? node.name : node.name.substr(space + 1);
    a.surname_only = space == std::string::npos && node.key == "person:" + slug(node.name);
    return a;
}

ClaimRecord claim_record(const Graph& g, NodeId n) {
    const Node& node = g.node(n);
    ClaimRecord c;
    c.span = node.claim.span;
    c.text = node.name;
    c.kind = node.claim.kind;
    c.comment = node.claim.comment;
    c.confidence = node.claim.confidence;
    for (EdgeId e : g.in_edges(n, EdgeKind::Says)) {
        c.speaker_key = g.node(g.edge(e).from).key;
        break;
    }
    // The organisation the part found the claim made for (its document's affiliations, which a
    // merge may file under another document).
    if (node.claim.organisation != kNoNode) {
        const NodeId org = node.claim.organisation;
        const auto live = g.node(org).alive ? std::optional<NodeId>(org) : g.find_key(g.node(org).key);
        if (live) c.organisation_key = g.node(*live).key;
    }
    for (EdgeId e : g.out_edges(n)) {
        const Edge& edge = g.edge(e);
        if (!stance_kind(edge.kind) || g.node(edge.to).kind != NodeKind::Position) continue;
        StanceRecord s;
        s.position_id = after_prefix(g.node(edge.to).key, "position:");
        s.polarity = polarity_of(edge.kind);
        s.confidence = edge.confidence;
        s.evidence = detached(edge.evidence);
        c.stances.push_back(std::move(s));
    }
    return c;
}

// A stance a body took because one of its people voiced it, as a build lifted it.
struct Lift {
    std::size_t doc;
    std::string org_key, position_id;
    int polarity;
    std::uint64_t start, end;  // the claim's span
    friend auto operator<=>(const Lift&, const Lift&) = default;
};

std::set<Lift> lifts_of(const std::vector<DocumentResult>& docs, const std::vector<std::size_t>& reported_before) {
    std::set<Lift> out;
    for (std::size_t d = 0; d < docs.size(); ++d)
        for (std::size_t i = reported_before[d]; i < docs[d].reported.size(); ++i) {
            const auto& r = docs[d].reported[i];
            if (!r.stance.evidence.empty() && r.stance.evidence.front().role == "spokesperson")
                out.insert({d, r.actor_key, r.stance.position_id, r.stance.polarity,
                            r.stance.evidence.front().span.start, r.stance.evidence.front().span.end});
        }
    return out;
}

}  // namespace

std::vector<DocumentResult> read_document_records(const Graph& g) {
    std::vector<DocumentResult> docs;
    std::unordered_map<NodeId, std::size_t> doc_index;
    std::unordered_map<NodeId, std::size_t> first_named;  // actor -> the document it was first named in
    std::vector<ActorRecord> before_any_document;  // none in a built graph; kept, not lost
    std::size_t current = kNone;
    for (NodeId n = 0; n < g.node_capacity(); ++n) {
        const Node& node = g.node(n);
        if (!node.alive) continue;
        switch (node.kind) {
            case NodeKind::Document: {
                DocumentResult d;
                d.name = node.key.rfind("doc:", 0) == 0 ? node.key.substr(4) : node.name;
                d.title = node.description;
                d.info = node.document;
                current = docs.size();
                doc_index.emplace(n, current);
                docs.push_back(std::move(d));
                break;
            }
            case NodeKind::Person:
            case NodeKind::Organisation:
                first_named.emplace(n, current == kNone ? 0 : current);
                (current == kNone ? before_any_document : docs[current].actors).push_back(actor_record(g, n));
                break;
            default:
                break;
        }
    }
    if (docs.empty()) return docs;
    docs.front().actors.insert(docs.front().actors.begin(), before_any_document.begin(), before_any_document.end());

    auto doc_of = [&](NodeId n) -> std::size_t {
        if (n == kNoNode || n >= g.node_capacity()) return kNone;
        if (!g.node(n).alive) {
            auto live = g.find_key(g.node(n).key);
            if (!live) return kNone;
            n = *live;
        }
        auto it = doc_index.find(n);
        return it == doc_index.end() ? kNone : it->second;
    };
    // Claims, in node order within their document (a build adds them in span order).
    std::vector<std::map<std::pair<std::uint64_t, std::uint64_t>, std::size_t>> claim_at(docs.size());
    for (NodeId n : g.nodes_of_kind(NodeKind::Claim)) {
        const std::size_t d = doc_of(g.node(n).claim.document);
        if (d == kNone) continue;  // a claim of no document cannot be placed in a corpus
        claim_at[d].emplace(std::make_pair(g.node(n).claim.span.start, g.node(n).claim.span.end), docs[d].claims.size());
        docs[d].claims.push_back(claim_record(g, n));
    }

    // Edges: which document added each. A build adds a document's affiliations just before its
    // claims' edges, so an affiliation belongs to the document of the next edge that names one.
    const std::size_t edges = g.edge_capacity();
    std::vector<std::size_t> anchor(edges, kNone);
    auto claim_doc = [&](NodeId n) { return g.node(n).kind == NodeKind::Claim ? doc_of(g.node(n).claim.document) : kNone; };
    std::set<Lift> lifted;
    std::vector<std::size_t> unplaced;  // actor stances without evidence
    for (EdgeId e = 0; e < edges; ++e) {
        const Edge& edge = g.edge(e);
        if (!edge.alive) continue;
        if (edge.kind == EdgeKind::In || (stance_kind(edge.kind) && g.node(edge.from).kind == NodeKind::Claim)) {
            anchor[e] = claim_doc(edge.from);
        } else if (edge.kind == EdgeKind::Says) {
            anchor[e] = claim_doc(edge.to);
        } else if (stance_kind(edge.kind) && g.node(edge.to).kind == NodeKind::Position) {
            // A body's or person's own stance: one record per sentence that reported it (evidence
            // "reported" first) or per claim of a spokesperson it was lifted from ("spokesperson").
            const int polarity = polarity_of(edge.kind);
            if (polarity == 0) continue;
            const std::string& actor = g.node(edge.from).key;
            const std::string position = after_prefix(g.node(edge.to).key, "position:");
            if (edge.evidence.empty()) {
                unplaced.push_back(e);
                continue;
            }
            std::size_t doc = kNone;
            ReportedRecord* open = nullptr;
            bool in_lift = false;
            for (const Evidence& x : edge.evidence) {
                const std::size_t d = doc_of(x.document);
                const bool starts = x.role == "reported" || x.role == "spokesperson" || d != doc;
                doc = d;
                if (d == kNone) {
                    open = nullptr;
                    in_lift = false;
                    continue;
                }
                if (anchor[e] == kNone) anchor[e] = d;
                if (starts) {
                    in_lift = x.role == "spokesperson";
                    open = nullptr;
                    if (in_lift) {
                        lifted.insert({d, actor, position, polarity, x.span.start, x.span.end});
                        continue;
                    }
                    StanceRecord s;
                    s.position_id = position;
                    s.polarity = polarity;
                    s.confidence = edge.confidence;
                    docs[d].reported.push_back({actor, std::move(s)});
                    open = &docs[d].reported.back();
                }
                if (in_lift || !open) continue;
                Evidence item = x;
                item.document = kNoNode;
                open->stance.evidence.push_back(std::move(item));
            }
        }
    }
    std::vector<std::size_t> next_anchor(edges + 1, kNone);
    for (std::size_t e = edges; e-- > 0;) next_anchor[e] = anchor[e] != kNone ? anchor[e] : next_anchor[e + 1];
    auto place = [&](EdgeId e) {
        const Edge& edge = g.edge(e);
        std::size_t d = next_anchor[e] != kNone ? next_anchor[e] : docs.size() - 1;
        // never before both ends were named
        for (NodeId end : {edge.from, edge.to})
            if (auto it = first_named.find(end); it != first_named.end()) d = std::max(d, it->second);
        return d;
    };
    for (EdgeId e = 0; e < edges; ++e) {
        const Edge& edge = g.edge(e);
        if (!edge.alive) continue;
        if (edge.kind == EdgeKind::MemberOf)
            docs[place(e)].affiliations.push_back({g.node(edge.from).key, g.node(edge.to).key, edge.role});
        else if (edge.kind == EdgeKind::PartOf)
            docs[place(e)].part_of.push_back({g.node(edge.from).key, g.node(edge.to).key});
    }
    for (EdgeId e : unplaced) {
        const Edge& edge = g.edge(e);
        StanceRecord s;
        s.position_id = after_prefix(g.node(edge.to).key, "position:");
        s.polarity = polarity_of(edge.kind);
        s.confidence = edge.confidence;
        docs[place(e)].reported.push_back({g.node(edge.from).key, std::move(s)});
    }

    // A lift the graph holds but the claim's text alone does not give came from the claim's
    // lead-in ("responding for the X"), which the graph does not keep: say so on the claim.
    if (!lifted.empty()) {
        std::vector<DocumentResult> again = docs;
        std::vector<std::size_t> before(again.size());
        for (std::size_t d = 0; d < again.size(); ++d) before[d] = again[d].reported.size();
        lift_corpus_spokespeople(again);
        const std::set<Lift> from_text = lifts_of(again, before);
        for (const Lift& l : lifted) {
            if (from_text.count(l)) continue;
            auto it = claim_at[l.doc].find({l.start, l.end});
            if (it == claim_at[l.doc].end()) continue;
            auto& spoken = docs[l.doc].claims[it->second].spoken_for;
            if (std::find(spoken.begin(), spoken.end(), l.org_key) == spoken.end()) spoken.push_back(l.org_key);
        }
    }
    return docs;
}

void GraphMerger::add(const Graph& g, const std::string& label) {
    if (inputs_.empty()) {
        copy_positions(positions_, g);
        first_label_ = label;
    } else {
        const auto diffs = position_differences(positions_, first_label_, g, label);
        if (!diffs.empty()) {
            std::string msg = label + ": built with another codebook than " + first_label_ + " (";
            for (std::size_t i = 0; i < diffs.size(); ++i) msg += (i ? "; " : "") + diffs[i];
            throw FileError(msg + "): merge graphs built with the same codebook");
        }
    }
    inputs_.push_back({label, read_document_records(g), manual_marks(g)});
}

Graph GraphMerger::finish(const MergeOptions& options, MergeReport& report) {
    Graph g;
    copy_positions(g, positions_);
    std::vector<DocumentResult> docs;
    std::map<std::string, std::string> from;  // document name -> label of the input it came from
    for (auto& in : inputs_)
        for (auto& d : in.docs) {
            auto [it, fresh] = from.emplace(d.name, in.label);
            if (!fresh) {
                report.warnings.push_back(in.label + ": document " + d.name + " is also in " + it->second +
                                          "; the one from " + it->second + " is kept");
                continue;
            }
            docs.push_back(std::move(d));
        }
    // A build's order: by file name (its path order, for a corpus in one folder).
    std::stable_sort(docs.begin(), docs.end(),
                     [](const DocumentResult& a, const DocumentResult& b) { return a.name < b.name; });
    if (!g.nodes_of_kind(NodeKind::Position).empty()) lift_corpus_spokespeople(docs);
    add_documents(g, docs, /*resolve_surnames=*/true);
    report.documents = docs.size();
    for (const auto& in : inputs_) apply_manual_marks(g, in.marks);
    inputs_.clear();
    for (const auto& a : options.annotations) {
        if (!dna::looks_like_dna_file(a)) {
            apply_annotations(g, a);
            continue;
        }
        if (!options.articles)
            throw FileError(a.string() + ": a DNA file's statements are placed through the articles' bytes: "
                                         "give the articles' folder with --articles DIR");
        dna::apply_dna_corrections(g, a, [&](std::string_view name) {
            const std::filesystem::path file = *options.articles / std::string(name);
            if (!std::filesystem::is_regular_file(file))
                throw FileError(a.string() + ": no article \"" + std::string(name) + "\" in " + options.articles->string());
            return read_source(file).original;
        });
    }
    return g;
}

}  // namespace sg::loaders
