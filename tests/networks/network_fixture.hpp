// Small graphs of hand-coded statements for the network tests: each statement a claim of its own,
// said by a person (when given) for an organisation, taking a side on a position, in a dated
// document. The numbers the tests expect are worked out by hand in their comments.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "graph/graph.hpp"
#include "graph/store/graph_store.hpp"
#include "networks/matrix.hpp"
#include "networks/statements.hpp"

namespace sg::test {

struct Coding {
    std::string doc;  // document name; its date and source come from Corpus::documents
    std::string organisation;
    std::string position;
    bool supports = true;
    std::string person = {};
    bool comment = false;
};

struct DocumentSpec {
    std::string name, date, source;
};

inline Graph coded_graph(const std::vector<DocumentSpec>& docs, const std::vector<Coding>& codings) {
    Graph g;
    std::map<std::string, NodeId> by_key;
    auto get = [&](NodeKind kind, const std::string& prefix, const std::string& name) {
        const std::string key = prefix + name;
        if (auto it = by_key.find(key); it != by_key.end()) return it->second;
        Node n;
        n.kind = kind;
        n.key = key;
        n.name = name;
        return by_key[key] = g.add_node(std::move(n));
    };
    for (const auto& d : docs) {
        const NodeId id = get(NodeKind::Document, "doc:", d.name);
        g.node_mut(id).document.date = d.date;
        g.node_mut(id).document.source = d.source;
    }
    std::uint64_t at = 0;
    for (const Coding& c : codings) {
        const NodeId doc = by_key.at("doc:" + c.doc);
        Node n;
        n.kind = NodeKind::Claim;
        n.key = "claim:" + c.doc + ":" + std::to_string(at) + "-" + std::to_string(at + 5);
        n.name = "claim " + std::to_string(at);
        n.claim.document = doc;
        n.claim.span = Span{at, at + 5};
        n.claim.comment = c.comment;
        at += 10;
        const NodeId claim = g.add_node(std::move(n));
        NodeId org = kNoNode;
        if (!c.organisation.empty()) org = get(NodeKind::Organisation, "org:", c.organisation);
        if (!c.person.empty()) {
            g.add_edge(get(NodeKind::Person, "person:", c.person), claim, EdgeKind::Says);
            g.node_mut(claim).claim.organisation = org;
        } else if (org != kNoNode) {
            g.add_edge(org, claim, EdgeKind::Says);
        }
        g.add_edge(claim, get(NodeKind::Position, "position:", c.position),
                   c.supports ? EdgeKind::Supports : EdgeKind::Opposes);
        g.add_edge(claim, doc, EdgeKind::In);
    }
    return g;
}

// The network of `g` with `o`, as `stancegraph network` computes it.
inline networks::Network network_of(const Graph& g, const networks::NetworkOptions& o) {
    const store::GraphStore s = store::GraphStore::from_graph(g);
    const auto all = networks::read_statements(s, o.with_comments);
    const auto kept = networks::filter_statements(all, o);
    return networks::compute_network(kept, o.isolates ? all : kept, o);
}

// The cell of row label r, column label c.
inline double cell(const networks::Network& n, const std::string& r, const std::string& c) {
    std::size_t i = 0, j = 0;
    while (i < n.rows.size() && n.rows[i] != r) ++i;
    while (j < n.columns.size() && n.columns[j] != c) ++j;
    REQUIRE(i < n.rows.size());
    REQUIRE(j < n.columns.size());
    return n.at(i, j);
}

}  // namespace sg::test
