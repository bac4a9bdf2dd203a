// Stance tallies (see stances.hpp).
#include "query/exec/stances.hpp"

#include <algorithm>

namespace sg::query {

bool ClaimFilter::admits(const GraphStore& g, NodeId claim) const {
    if (g.kind(claim) != NodeKind::Claim) return false;
    if (!with_comments && g.claim_info(claim).comment) return false;
    if (document && document_of(g, claim) != *document) return false;
    if (documents && !std::binary_search(documents->begin(), documents->end(), document_of(g, claim))) return false;
    return true;
}

Side side_of(const Tally& t) {
    if (t.supports == 0 && t.opposes == 0) return Side::None;
    if (t.supports > t.opposes) return Side::Supports;
    if (t.opposes > t.supports) return Side::Opposes;
    return Side::Mixed;
}

std::string_view to_string(Side s) {
    switch (s) {
        case Side::Supports: return "supports";
        case Side::Opposes: return "opposes";
        case Side::Mixed: return "mixed";
        case Side::None: break;
    }
    return "";
}

bool counts_for(Side s, EdgeKind polarity) {
    if (s == Side::Mixed) return true;
    return (polarity == EdgeKind::Supports && s == Side::Supports) ||
           (polarity == EdgeKind::Opposes && s == Side::Opposes);
}

std::vector<NodeId> speakers_of(const GraphStore& g, NodeId claim) {
    std::vector<NodeId> out;
    for (EdgeId e : g.in_edges(claim, EdgeKind::Says)) {
        const NodeId who = g.edge_from(e);  // every node of a store is live
        if (std::find(out.begin(), out.end(), who) == out.end()) out.push_back(who);
    }
    return out;
}

std::vector<NodeId> organisations_of(const GraphStore& g, NodeId actor) {
    std::vector<NodeId> out;
    for (EdgeId e : g.out_edges(actor, EdgeKind::MemberOf)) {
        const NodeId org = g.edge_to(e);
        if (std::find(out.begin(), out.end(), org) == out.end()) out.push_back(org);
    }
    return out;
}

std::string names_of(const GraphStore& g, const std::vector<NodeId>& nodes) {
    std::string out;
    for (NodeId n : nodes) out += (out.empty() ? "" : "; ") + g.name(n);
    return out;
}

NodeId document_of(const GraphStore& g, NodeId claim) {
    const NodeId d = g.claim_info(claim).document;
    if (d != kNoNode && d < g.node_capacity()) return d;
    for (EdgeId e : g.out_edges(claim, EdgeKind::In)) return g.edge_to(e);
    return kNoNode;
}

Side side_from(std::string_view text) {
    if (text == "supports") return Side::Supports;
    if (text == "opposes") return Side::Opposes;
    if (text == "mixed") return Side::Mixed;
    return Side::None;
}

bool related(Side mine, Side theirs, bool agree) {
    for (EdgeKind pol : {EdgeKind::Supports, EdgeKind::Opposes}) {
        const EdgeKind other = pol == EdgeKind::Supports ? EdgeKind::Opposes : EdgeKind::Supports;
        if (counts_for(mine, pol) && counts_for(theirs, agree ? pol : other)) return true;
    }
    return false;
}

std::string Sides::text(const std::string& none) const {
    Tally t;
    t.supports = supports;
    t.opposes = opposes;
    const Side s = side_of(t);
    return s == Side::None ? none : std::string(to_string(s));
}

std::vector<std::pair<NodeId, EdgeKind>> positions_of(const GraphStore& g, NodeId claim) {
    std::vector<std::pair<NodeId, EdgeKind>> out;
    each_position(g, claim, [&](NodeId p, EdgeKind kind) { out.emplace_back(p, kind); });
    return out;
}

std::string_view position_id_view(const GraphStore& g, NodeId position) {
    const std::string_view key = g.key(position);
    const auto colon = key.find(':');
    return colon == std::string_view::npos ? key : key.substr(colon + 1);
}

std::string position_id(const GraphStore& g, NodeId position) { return std::string(position_id_view(g, position)); }

}  // namespace sg::query
