#include "report/selection.hpp"

#include <algorithm>

#include "graph/names.hpp"

namespace sg::report {

namespace {

// The nodes of the wanted kinds a user's name denotes: by key, or by any name form the graph
// indexes (name, alias, id, title).
std::vector<NodeId> named(const store::GraphStore& g, const std::string& value, std::initializer_list<NodeKind> kinds) {
    std::vector<NodeId> out;
    auto wanted = [&](NodeId n) { return std::find(kinds.begin(), kinds.end(), g.kind(n)) != kinds.end(); };
    if (auto k = g.find_key(value); k && wanted(*k)) out.push_back(*k);
    for (NodeId n : g.nodes_named(lookup_form(value)))
        if (wanted(n) && std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
    return out;
}

std::string known_list(const store::GraphStore& g, NodeKind kind) {
    const auto nodes = g.nodes_of_kind(kind);
    if (nodes.empty() || nodes.size() > 20) return "";
    std::string s = "; the graph has: ";
    for (std::size_t i = 0; i < nodes.size(); ++i) s += (i ? ", \"" : "\"") + g.node(nodes[i]).name + "\"";
    return s;
}

}  // namespace

Selection select(const store::GraphStore& g, const Filters& f) {
    Selection sel;
    std::set<std::string> wanted_positions;
    for (const std::string& p : f.positions) {
        const auto nodes = named(g, p, {NodeKind::Position});
        if (nodes.empty())
            throw UnknownName("--position \"" + p + "\": the graph has no position of that name" +
                              known_list(g, NodeKind::Position));
        for (NodeId n : nodes) wanted_positions.insert(g.node(n).name);
    }
    for (NodeId n : g.nodes_of_kind(NodeKind::Position)) {
        const std::string name = g.node(n).name;
        if (wanted_positions.empty() || wanted_positions.count(name)) sel.positions.push_back(name);
    }
    for (const std::string& a : f.actors) {
        const auto nodes = named(g, a, {NodeKind::Person, NodeKind::Organisation});
        if (nodes.empty()) throw UnknownName("--actor \"" + a + "\": the graph has no person or organisation of that name");
        for (NodeId n : nodes) {
            sel.actors.insert(g.node(n).name);
            // An organisation stands with its members: they are the rows grouped under it.
            if (g.kind(n) == NodeKind::Organisation) {
                sel.organisations.insert(g.node(n).name);
                for (EdgeId e : g.in_edges(n, EdgeKind::MemberOf)) sel.actors.insert(g.node(g.edge_from(e)).name);
            }
        }
    }
    std::set<std::string> sources;
    if (!f.sources.empty()) {
        std::set<std::string> known;
        for (NodeId d : g.nodes_of_kind(NodeKind::Document)) known.insert(g.node(d).document.source);
        for (const std::string& s : f.sources) {
            if (!known.count(s)) {
                std::string list;
                std::size_t shown = 0;
                for (const auto& k : known)
                    if (!k.empty() && shown++ < 20) list += (list.empty() ? "\"" : ", \"") + k + "\"";
                throw UnknownName("--source \"" + s + "\": no document of the graph has that source" +
                                  (list.empty() ? std::string(" (its documents record no sources)") : "; sources: " + list));
            }
            sources.insert(s);
        }
    }
    const std::set<std::string> positions(sel.positions.begin(), sel.positions.end());
    for (networks::Statement& s : networks::read_statements(g, f.with_comments)) {
        if (s.actor.empty()) continue;  // a claim nobody is known to have made stands in no row
        if (f.from && (!s.date || *s.date < *f.from)) continue;
        if (f.to && (!s.date || *s.date > *f.to)) continue;
        if (!positions.count(s.position)) continue;
        if (!sel.actors.empty() && !sel.actors.count(s.actor) && !sel.organisations.count(s.organisation)) continue;
        if (!sources.empty() && !sources.count(s.source)) continue;
        sel.statements.push_back(std::move(s));
    }
    return sel;
}

}  // namespace sg::report
