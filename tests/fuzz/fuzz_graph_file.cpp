// A graph file's bytes through GraphStore with checksums off (a forged file can carry valid
// checksums, so every structural check behind them must hold on its own), every accessor, and a
// store that reads whole through to_graph -> encode -> read again.
//
// Promises checked: a bad graph file fails only with sg::FileError; a store that reads whole
// encodes to a file that reads back to the same JSON snapshot.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "graph/error.hpp"
#include "graph/snapshot.hpp"
#include "graph/store/graph_store.hpp"
#include "graph/store/writer.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace {

std::string snapshot(const sg::Graph& g) {
    std::ostringstream out;
    sg::write_snapshot(g, out);
    return out.str();
}

// Every read a statement may make.
void read_everything(const sg::GraphStore& s) {
    for (sg::NodeId n = 0; n < s.node_count(); ++n) {
        const sg::NodeView v = s.node(n);
        for (auto a : v.aliases) (void)a.size();
        (void)s.claim_info(n);
        for (sg::EdgeId e : s.out_edges(n)) (void)s.edge_kind(e);
        for (sg::EdgeId e : s.in_edges(n, sg::EdgeKind::Says)) (void)s.edge_from(e);
        (void)s.merged_keys(n);
        (void)s.find_key(v.key);
        (void)s.claim_organisation(n);
        (void)s.tallies_on(n);  // stance tallies: records, position ranges, overflow, by-actor index
        std::vector<sg::NodeId> actors;  // their actors by side, as `who agrees with X` reads them
        s.tally_actors_on(n, 15, actors);
        (void)s.tallies_of(n);
        (void)s.tallies_on_side(n, true);  // their answer order (format version 4)
        (void)s.tallies_on_side(n, false);
        (void)s.name(n);
        (void)s.kind_and_name(n);
        (void)s.key(n);
        std::vector<sg::NodeId> ends;  // the other ends of its edges, as a neighbourhood reads them
        s.edge_ends(s.out_edges(n), false, ends);
        s.edge_ends(s.in_edges(n), true, ends);
    }
    (void)s.organisation_claims();  // claims per organisation (format version 3; ranked from 4)
    // Actors' records (format version 5): found through the kinds' lists, in ascending order by
    // one cursor and backwards by another (its galloping both ways), and one by one.
    sg::store::ActorCursor up = s.actor_cursor(), down = s.actor_cursor();
    for (sg::NodeId n = 0; n < s.node_count(); ++n) {
        (void)up.find(n);
        (void)down.find(static_cast<sg::NodeId>(s.node_count() - 1 - n));
        (void)s.actor(n);
    }
    for (sg::EdgeId e = 0; e < s.edge_count(); ++e)
        for (const sg::EvidenceView ev : s.edge(e).evidence) (void)ev.words.size();
    for (std::size_t i = 0; i < s.name_form_count(); ++i) (void)s.nodes_named(s.name_form(i).first);
    (void)s.nodes_of_kind(sg::NodeKind::Claim);
    (void)s.people_with_surname("lee");
    (void)s.claims_with_phrase("the plans");
    if (s.node_count() > 1) (void)s.shortest_path(0, static_cast<sg::NodeId>(s.node_count() - 1), 8);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        const std::string bytes(sg::fuzz::bytes(data, size));
        std::string first;
        try {
            const sg::GraphStore s = sg::GraphStore::from_bytes(bytes, "fuzz.sg", sg::store::OpenOptions{false});
            read_everything(s);
            first = snapshot(sg::store::to_graph(s));
        } catch (const sg::FileError&) {
            return 0;  // refused with a message naming the file: the promised way to fail
        }
        sg::Graph g;
        try {
            std::istringstream in(first);
            g = sg::read_snapshot(in, "saved.json");
        } catch (const sg::FileError& e) {
            // A forged file may hold what no snapshot may (a claim's document that is not a
            // document): refused on the JSON side with a message, which is a fair way to fail.
            return 0;
        }
        const sg::GraphStore again = sg::GraphStore::from_bytes(sg::store::encode(g), "again.sg");
        again.verify();
        const std::string second = snapshot(sg::store::to_graph(again));
        if (second != snapshot(g)) sg::fuzz::fail("graph file -> JSON -> graph file changed the graph");
    } catch (const std::exception& e) {
        sg::fuzz::unexpected(e);
    }
    return 0;
}
