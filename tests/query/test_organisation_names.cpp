// The organisations' names cache of the late columns and the agreement fold
// (query/exec/organisation_names.hpp): every answer is the name the graph file holds, whatever the
// table's size and however the ids collide in it.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "graph/graph.hpp"
#include "graph/store/graph_store.hpp"
#include "query/exec/organisation_names.hpp"

TEST_CASE("OrganisationNames: the file's name for every id asked, for small and large tables, ids colliding") {
    sg::Graph g;
    std::vector<sg::NodeId> organisations;
    for (int i = 0; i < 9000; ++i) {
        sg::Node n;
        n.kind = sg::NodeKind::Organisation;
        n.key = "org:" + std::to_string(i);
        n.name = "Organisation number " + std::to_string(i);
        organisations.push_back(g.add_node(n));
    }
    const sg::GraphStore store = sg::GraphStore::from_graph(g);
    std::mt19937 random(3);
    // rows 0: 64 slots; 20,000: 1,024; 10^6: the largest table, 4,096 slots.
    for (const std::size_t rows : {std::size_t{0}, std::size_t{20000}, std::size_t{1000000}}) {
        CAPTURE(rows);
        sg::query::OrganisationNames name(store, rows);
        for (int k = 0; k < 30000; ++k) {
            // Mostly a few ids (hits), some of them 64 and 4,096 apart (the same slot), the rest anywhere.
            const std::size_t pick = k % 3 == 0 ? random() % 4 : k % 3 == 1 ? (random() % 2) * 4096 + (random() % 2) * 64
                                                                             : random() % organisations.size();
            const sg::NodeId o = organisations[pick];
            CHECK(name(o) == store.name(o));
        }
    }
}
