#include "graph/combine.hpp"

#include <map>

namespace sg {
namespace {

std::map<std::string, const Node*> positions_by_key(const Graph& g) {
    std::map<std::string, const Node*> out;
    for (NodeId n : g.nodes_of_kind(NodeKind::Position)) out.emplace(g.node(n).key, &g.node(n));
    return out;
}

std::string id_of(const std::string& key) {
    constexpr std::string_view prefix = "position:";
    return key.rfind(prefix, 0) == 0 ? key.substr(prefix.size()) : key;
}

}  // namespace

std::vector<std::string> position_differences(const Graph& a, std::string_view a_name, const Graph& b,
                                              std::string_view b_name) {
    const auto pa = positions_by_key(a), pb = positions_by_key(b);
    std::vector<std::string> out;
    const std::string an(a_name), bn(b_name);
    for (const auto& [key, node] : pa) {
        auto it = pb.find(key);
        if (it == pb.end()) {
            out.push_back("position \"" + id_of(key) + "\" is in " + an + " but not in " + bn);
            continue;
        }
        if (node->name != it->second->name)
            out.push_back("position \"" + id_of(key) + "\" is labelled \"" + node->name + "\" in " + an + " but \"" +
                          it->second->name + "\" in " + bn);
        else if (node->description != it->second->description)
            out.push_back("position \"" + id_of(key) + "\" is described differently in " + an + " and " + bn);
    }
    for (const auto& [key, node] : pb)
        if (!pa.count(key)) out.push_back("position \"" + id_of(key) + "\" is in " + bn + " but not in " + an);
    return out;
}

void copy_positions(Graph& into, const Graph& from) {
    for (NodeId n : from.nodes_of_kind(NodeKind::Position)) {
        const Node& p = from.node(n);
        if (into.find_key(p.key)) continue;
        Node copy;
        copy.kind = NodeKind::Position;
        copy.key = p.key;
        copy.name = p.name;
        copy.aliases = p.aliases;
        copy.description = p.description;
        into.add_node(std::move(copy));
    }
}

ManualMarks manual_marks(const Graph& g) {
    ManualMarks m;
    for (NodeId n = 0; n < g.node_capacity(); ++n) {
        const Node& node = g.node(n);
        if (!node.alive) {
            if (auto target = g.find_key(node.key); target && g.node(*target).alive && g.node(*target).key != node.key)
                m.merged.emplace_back(node.key, g.node(*target).key);
            continue;
        }
        if (node.kind == NodeKind::Claim && node.claim.manual) m.claims.push_back(node.key);
    }
    for (EdgeId e = 0; e < g.edge_capacity(); ++e) {
        const Edge& edge = g.edge(e);
        if (edge.alive && edge.manual)
            m.edges.push_back({g.node(edge.from).key, g.node(edge.to).key, edge.kind, edge.role});
    }
    return m;
}

void apply_manual_marks(Graph& g, const ManualMarks& marks) {
    for (const auto& key : marks.claims)
        if (auto n = g.find_key(key); n && g.node(*n).kind == NodeKind::Claim) g.node_mut(*n).claim.manual = true;
    for (const auto& mark : marks.edges) {
        auto from = g.find_key(mark.from), to = g.find_key(mark.to);
        if (!from || !to) continue;
        for (EdgeId e : g.out_edges(*from, mark.kind)) {
            const Edge& edge = g.edge(e);
            if (edge.to == *to && edge.role == mark.role) g.edge_mut(e).manual = true;
        }
    }
    for (const auto& [dead, live] : marks.merged) {
        if (g.find_key(dead)) continue;
        auto owner = g.find_key(live);
        if (!owner) continue;
        // The redirect arises as it did in the first place: a stand-in merged away.
        Node stand_in;
        stand_in.kind = g.node(*owner).kind;
        stand_in.key = dead;
        stand_in.name = g.node(*owner).name;
        const NodeId tmp = g.add_node(std::move(stand_in));
        g.merge(*owner, tmp);
    }
}

}  // namespace sg
