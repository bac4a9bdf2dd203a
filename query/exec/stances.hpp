// Who stands where: the stance rules and the graph facts the plans read (query/plan/translate.cpp
// builds the tallies as pattern + group operators; query/exec/execute.cpp folds them with side_of).
//
// An actor's stance on a position comes from the claims it says (actor -says-> claim
// -supports/opposes-> position) and from stances reported without a quote (actor
// -supports/opposes-> position, e.g. a vote). An actor whose claims go both ways stands on the
// majority side; a tie is "mixed" and counts for BOTH sides (the actor has said both, and a
// reader asking either question should see it).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/store/graph_store.hpp"

namespace sg::query {

// Which claims count: readers' comments only when asked, optionally one document only, or the
// documents whose metadata passes a question's filters (`where date >= 2014-06 and source = Pulse`).
struct ClaimFilter {
    bool with_comments = false;
    std::optional<NodeId> document;
    std::optional<std::vector<NodeId>> documents;  // sorted
    std::string documents_text;                    // their filters, for explain
    bool undated_reported = false;                 // a timeline (`by month`): reported stances have no date
    bool admits(const GraphStore& g, NodeId claim) const;
    // Reported stances (actor -> position edges) have no document: left out under a document
    // filter, and from a timeline.
    bool admits_reported() const { return !document && !documents && !undated_reported; }
    // Whether every claim of every document counts (comments aside): what stored tallies hold.
    bool whole_corpus() const { return admits_reported(); }
};

struct Tally {
    std::int64_t supports = 0;   // claims and reported stances for
    std::int64_t opposes = 0;    // ... against
    std::int64_t mentions = 0;   // claims about the position, whatever their polarity
    std::set<NodeId> documents;
    std::set<NodeId> claims;     // the claims behind the tally
};

enum class Side : std::uint8_t { None, Supports, Opposes, Mixed };
Side side_of(const Tally& t);
std::string_view to_string(Side s);  // "", "supports", "opposes", "mixed"
bool counts_for(Side s, EdgeKind polarity);  // Mixed counts for both
Side side_from(std::string_view text);       // "supports", "opposes", "mixed"; else None
// DNA congruence (agree: on the same side) or conflict (on opposite sides); mixed is on both.
bool related(Side mine, Side theirs, bool agree);

// A majority of "supports" / "opposes" values counted one by one, as side_of decides it.
struct Sides {
    std::int64_t supports = 0, opposes = 0;
    // "supports", "opposes", "mixed", or `none` when neither side has any.
    std::string text(const std::string& none) const;
};

// The live actors that say a claim.
std::vector<NodeId> speakers_of(const GraphStore& g, NodeId claim);
// The organisations a person is a member of ("; "-joined display names) and their node ids.
std::vector<NodeId> organisations_of(const GraphStore& g, NodeId actor);
std::string names_of(const GraphStore& g, const std::vector<NodeId>& nodes);
// The document a claim stands in (its `in` edge or ClaimInfo::document), or kNoNode.
NodeId document_of(const GraphStore& g, NodeId claim);
// Positions a claim supports / opposes / is about (polarity per position).
std::vector<std::pair<NodeId, EdgeKind>> positions_of(const GraphStore& g, NodeId claim);
// The same, each (position, polarity) handed to f as it is found, in the same order: no list
// made (a claim's positions cell, once per row of `what does X say`).
template <typename F>
void each_position(const GraphStore& g, NodeId claim, F f) {
    // In the order of the claim's kind-grouped out-edges (EdgeKind order: supports, opposes,
    // about), in one pass over them rather than a search per kind.
    const store::EdgeList edges = g.out_edges(claim);
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const EdgeKind kind = edges.kinds_packed() ? static_cast<EdgeKind>(edges.packed_kind(i)) : g.edge_kind(edges[i]);
        if (kind != EdgeKind::Supports && kind != EdgeKind::Opposes && kind != EdgeKind::About) continue;
        const NodeId p = g.edge_to(edges[i]);
        if (g.kind(p) == NodeKind::Position) f(p, kind);
    }
}
// A position's id: its key without the "position:" prefix.
std::string position_id(const GraphStore& g, NodeId position);
// The same as a view into the graph (valid while it lives), for cells that append it.
std::string_view position_id_view(const GraphStore& g, NodeId position);

}  // namespace sg::query
