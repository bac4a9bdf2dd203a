// The graph file (graph/store/): what it holds reads back exactly, its indexes answer, and every
// kind of damage is refused with the file named.
#include <doctest/doctest.h>

#include <cstring>
#include <sstream>

#include "graph/error.hpp"
#include "graph/names.hpp"
#include "graph/snapshot.hpp"
#include "graph/store/format.hpp"
#include "graph/store/graph_store.hpp"
#include "graph/store/words.hpp"
#include "graph/store/writer.hpp"
#include "test_snapshot_fixture.hpp"

using namespace sg;
using namespace sg::store;

namespace {

std::string snapshot_of(const Graph& g) {
    std::ostringstream out;
    write_snapshot(g, out);
    return out.str();
}

std::string error_of(const std::string& bytes, const std::string& name = "g.sg") {
    try {
        const GraphStore s = GraphStore::from_bytes(bytes, name);
        s.verify();
    } catch (const FileError& e) {
        return e.what();
    }
    return "";
}

Header header_of(const std::string& bytes) {
    Header h;
    std::memcpy(&h, bytes.data(), sizeof h);
    return h;
}

SectionEntry section_of(const std::string& bytes, Section s) {
    SectionEntry e;
    std::memcpy(&e, bytes.data() + sizeof(Header) + static_cast<std::size_t>(s) * sizeof(SectionEntry), sizeof e);
    return e;
}

}  // namespace

TEST_CASE("store: a graph read back from its file is the graph that was written") {
    const test::Sample s = test::sample_graph();
    const std::string bytes = encode(s.g);
    const GraphStore store = GraphStore::from_bytes(bytes, "g.sg");
    // The JSON snapshot is the reference: the same bytes through the file and back.
    CHECK(snapshot_of(to_graph(store)) == snapshot_of(s.g));
    CHECK(store.node_count() == s.g.node_count());
    CHECK(store.edge_count() == s.g.edge_count());
    // Deterministic: the same graph gives the same bytes.
    CHECK(encode(s.g) == bytes);
    CHECK(encode(to_graph(store)) == bytes);
}

TEST_CASE("store: nodes, edges, adjacency and kinds read in place") {
    const test::Sample s = test::sample_graph();
    const GraphStore store = GraphStore::from_graph(s.g);
    const NodeId jane = *store.find_key("person:jane-roe");
    const NodeView v = store.node(jane);
    CHECK(v.kind == NodeKind::Person);
    CHECK(v.name == "Jane Roe");
    REQUIRE(v.aliases.size() >= 2);  // "Dr Roe", and J. Roe's name after the merge
    CHECK(v.aliases[0] == "Dr Roe");
    // The merged-away key still resolves, and is kept for exports.
    CHECK(store.find_key("person:j-roe") == jane);
    CHECK(store.merged_keys(jane) == std::vector<std::string_view>{"person:j-roe"});
    CHECK_FALSE(store.find_key("person:removed"));
    CHECK_FALSE(store.find_key("person:jane-ro"));
    // Jane says the claim and (after the merge) the comment; she is a member of the union.
    std::vector<std::string> said;
    for (EdgeId e : store.out_edges(jane, EdgeKind::Says)) said.emplace_back(store.node(store.edge(e).to).name);
    CHECK(said == std::vector<std::string>{"We need these lanes now, and every week of delay costs riders",
                                           "Lanes will ruin the shops"});
    const auto member = store.out_edges(jane, EdgeKind::MemberOf);
    REQUIRE(member.size() == 1);
    CHECK(store.edge(member[0]).role == "deputy chair");
    const NodeId lanes = *store.find_key("position:bus-lanes");
    std::size_t stances = 0;
    for (EdgeId e : store.in_edges(lanes)) stances += store.edge(e).to == lanes;
    CHECK(stances == store.in_edges(lanes).size());
    CHECK(store.nodes_of_kind(NodeKind::Claim).size() == 3);
    CHECK(store.nodes_of_kind(NodeKind::Person).size() == 2);  // jane and the hostile name
    const NodeId claim = *store.find_key("claim:a.txt:10-52");
    CHECK(store.node(claim).claim.span == Span{10, 52});
    CHECK(store.node(claim).claim.confidence == 0.87);
    CHECK(store.node(store.node(claim).claim.document).key == "doc:a.txt");
    CHECK(store.kind(claim) == NodeKind::Claim);
    // A path over edges in either direction: jane -says-> claim -supports-> lanes.
    CHECK(store.shortest_path(jane, lanes).size() == 2);
}

TEST_CASE("store: a node's kind and name read together are those read apart, and edge ends those of each edge") {
    const test::Sample s = test::sample_graph();
    const GraphStore store = GraphStore::from_graph(s.g);
    for (NodeId n = 0; n < store.node_count(); ++n) {
        const GraphStore::KindAndName both = store.kind_and_name(n);
        CHECK(both.kind == store.kind(n));
        CHECK(both.name == store.name(n));  // a claim's text from its own section
    }
    const NodeId claim = *store.find_key("claim:a.txt:10-52");
    CHECK(store.kind_and_name(claim).name == "We need these lanes now, and every week of delay costs riders");
    // The ends are appended after what the list holds already, in list order.
    for (NodeId n = 0; n < store.node_count(); ++n) {
        std::vector<NodeId> ends{kNoNode};
        store.edge_ends(store.out_edges(n), false, ends);
        store.edge_ends(store.in_edges(n), true, ends);
        std::vector<NodeId> expected{kNoNode};
        for (EdgeId e : store.out_edges(n)) expected.push_back(store.edge_to(e));
        for (EdgeId e : store.in_edges(n)) expected.push_back(store.edge_from(e));
        CHECK(ends == expected);
    }
}

TEST_CASE("store: a position's tally actors by side are those of its tallies whose side is asked, in actor order") {
    const test::Sample s = test::sample_graph();
    const GraphStore store = GraphStore::from_graph(s.g);
    REQUIRE(store.has_stance_tallies());
    std::size_t seen = 0;
    for (const NodeId position : store.nodes_of_kind(NodeKind::Position)) {
        for (unsigned sides = 0; sides < 16; ++sides) {
            std::vector<NodeId> actors{kNoNode};  // appended after what the list holds
            store.tally_actors_on(position, sides, actors);
            std::vector<NodeId> expected{kNoNode};
            for (const StanceTally& t : store.tallies_on(position)) {
                const unsigned side = t.supports == 0 && t.opposes == 0 ? GraphStore::kNeitherSide
                                      : t.supports > t.opposes         ? GraphStore::kMoreSupports
                                      : t.opposes > t.supports         ? GraphStore::kMoreOpposes
                                                                       : GraphStore::kBothSidesEqual;
                if (sides & side) expected.push_back(t.actor);
            }
            CHECK(actors == expected);
            if (sides == 15) seen += actors.size() - 1;
        }
    }
    CHECK(seen > 0);  // the sample has tallies to compare
}

TEST_CASE("store: a tally record's counts are found overflowing, as one number, exactly when one of them is") {
    // Every combination of counts near the lanes' edges (all ones is the mark; its neighbours
    // and values with the top bit set or clear in either byte are not), read as
    // tally_actors_on reads them: the 8 bytes after the actor.
    const std::uint16_t values[] = {0, 1, 0x00FF, 0x0100, 0x7FFF, 0x8000, 0xFF00, 0xFFFE, kTallyOverflow};
    std::size_t marked = 0;
    for (const std::uint16_t a : values)
        for (const std::uint16_t b : values)
            for (const std::uint16_t c : values)
                for (const std::uint16_t d : values) {
                    const TallyRecord r{7, a, b, c, d};
                    std::uint64_t counts;
                    std::memcpy(&counts, reinterpret_cast<const unsigned char*>(&r) + 4, sizeof counts);
                    const bool any = a == kTallyOverflow || b == kTallyOverflow || c == kTallyOverflow || d == kTallyOverflow;
                    CHECK(any_tally_count_overflows(counts) == any);
                    marked += any ? 1 : 0;
                }
    CHECK(marked == 6561 - 4096);  // 9^4 combinations, 8^4 without the mark
}

TEST_CASE("store: the name index finds names, aliases, ids and surnames as the binder looks them up") {
    const test::Sample s = test::sample_graph();
    const GraphStore store = GraphStore::from_graph(s.g);
    const NodeId jane = *store.find_key("person:jane-roe");
    auto named = [&](std::string_view name) {
        const auto ids = store.nodes_named(lookup_form(name));
        return std::vector<NodeId>(ids.begin(), ids.end());
    };
    CHECK(named("JANE  roe") == std::vector<NodeId>{jane});
    CHECK(named("Dr Jane Roe") == std::vector<NodeId>{jane});  // titles ignored
    CHECK(named("Roe") == std::vector<NodeId>{jane});          // "Dr Roe" less its title
    CHECK(named("jane-roe") == std::vector<NodeId>{jane});     // the id
    CHECK(named("J. Roe") == std::vector<NodeId>{jane});       // a merged name
    CHECK(named("a") == std::vector<NodeId>{*store.find_key("doc:a.txt")});  // a file's stem
    CHECK(named("nobody").empty());
    CHECK(std::vector<NodeId>(store.people_with_surname("roe").begin(), store.people_with_surname("roe").end()) ==
          std::vector<NodeId>{jane});
    CHECK(store.name_form_count() > 5);
}

TEST_CASE("store: the word index finds claims by stems, phrases in order") {
    CHECK(word_stems("Conflicts of interest, doctors’ leaders, the GP’s view") ==
          std::vector<std::string>{"conflict", "of", "interest", "doctor", "leader", "the", "gp", "view"});
    Graph g;
    Node doc;
    doc.kind = NodeKind::Document;
    doc.key = "doc:d.txt";
    doc.name = "d.txt";
    const NodeId d = g.add_node(doc);
    auto claim = [&](std::string key, std::string text) {
        Node n;
        n.kind = NodeKind::Claim;
        n.key = std::move(key);
        n.name = std::move(text);
        n.claim.document = d;
        return g.add_node(std::move(n));
    };
    claim("claim:d.txt:0-1", "There are conflicts of interest everywhere");
    claim("claim:d.txt:2-3", "A conflict that is of no interest");
    claim("claim:d.txt:4-5", "Nothing to see");
    const GraphStore store = GraphStore::from_graph(g);
    CHECK(store.claims_with_phrase("conflict of interest") == std::vector<NodeId>{1});
    CHECK(store.claims_with_stems(word_stems("interest conflict")) == std::vector<NodeId>{1, 2});
    CHECK(store.claims_with_phrase("CONFLICTED").size() == 2);  // the same stem
    CHECK(store.claims_with_phrase("nowhere").empty());
    CHECK(store.claims_with_phrase("  ").empty());
}

TEST_CASE("store: a file is written atomically and opened by mapping it") {
    test::TempDir dir;
    const test::Sample s = test::sample_graph();
    const auto path = dir.path / "g.sg";
    save_store(s.g, path);
    const GraphStore store = GraphStore::open(path);
    CHECK(store.name() == path.string());
    CHECK(snapshot_of(to_graph(store)) == snapshot_of(s.g));
    // A failed save leaves the old file as it was.
    CHECK_THROWS_AS(save_store(s.g, dir.path / "missing" / "g.sg"), FileError);
    CHECK(test::read_file(path) == encode(s.g));
}

TEST_CASE("store: a truncated, foreign, newer or damaged file is refused with the file named") {
    const test::Sample s = test::sample_graph();
    const std::string good = encode(s.g);
    CHECK(error_of(good).empty());

    SUBCASE("truncated") {
        CHECK(error_of(good.substr(0, good.size() - 100)).find("g.sg: truncated graph file") == 0);
        CHECK(error_of(good.substr(0, 20)).find("g.sg: truncated graph file") == 0);
        CHECK(error_of("").find("g.sg: not a stancegraph graph file") == 0);
    }
    SUBCASE("foreign") {
        CHECK(error_of("{\"format\": \"stancegraph-graph\"}").find("g.sg: not a stancegraph graph file") == 0);
        CHECK(error_of(std::string(4096, '\0')).find("not a stancegraph graph file") != std::string::npos);
    }
    SUBCASE("a newer format version") {
        std::string newer = good;
        Header h = header_of(newer);
        h.version = kFormatVersion + 1;
        std::memcpy(newer.data(), &h, sizeof h);
        CHECK(error_of(newer).find("g.sg: graph file format version " + std::to_string(kFormatVersion + 1) +
                                   " is newer than this stancegraph reads (" + std::to_string(kFormatVersion) + ")") == 0);
    }
    SUBCASE("a damaged header or section table") {
        std::string bad = good;
        bad[16] ^= 1;  // the file size
        CHECK(error_of(bad) == "g.sg: damaged graph file: header checksum mismatch");
        bad = good;
        bad[sizeof(Header) + 10] ^= 1;
        CHECK(error_of(bad) == "g.sg: damaged graph file: section table checksum mismatch");
    }
    SUBCASE("one flipped byte in any section is a checksum mismatch naming the section") {
        for (std::uint32_t i = 0; i < static_cast<std::uint32_t>(Section::Count); ++i) {
            const SectionEntry e = section_of(good, static_cast<Section>(i));
            if (e.size == 0) continue;
            std::string bad = good;
            bad[e.offset + e.size / 2] ^= 0x20;
            CAPTURE(section_name(static_cast<Section>(i)));
            CHECK(error_of(bad).find("g.sg: damaged graph file: checksum mismatch in section '" +
                                     std::string(section_name(static_cast<Section>(i))) + "'") == 0);
        }
    }
    SUBCASE("damage shows when its block is first read, not before") {
        const SectionEntry e = section_of(good, Section::ClaimText);
        std::string bad = good;
        bad[e.offset] ^= 0x20;
        const GraphStore store = GraphStore::from_bytes(bad, "g.sg");  // opening reads no section
        CHECK(store.node(*store.find_key("person:jane-roe")).name == "Jane Roe");
        CHECK_THROWS_WITH_AS(store.node(*store.find_key("claim:a.txt:10-52")),
                             doctest::Contains("g.sg: damaged graph file: checksum mismatch in section 'claim-text'"),
                             FileError);
    }
    SUBCASE("bytes after the end") {
        CHECK(error_of(good + "x").find("bytes after its end") != std::string::npos);
    }
}

TEST_CASE("store: records that point outside their sections are refused even when checksums match") {
    // What a fuzzer reaches with checksums off: a forged file must give an error, never a crash.
    const test::Sample s = test::sample_graph();
    std::string bytes = encode(s.g);
    const SectionEntry nodes = section_of(bytes, Section::Nodes);
    NodeRecord r;
    std::memcpy(&r, bytes.data() + nodes.offset, sizeof r);
    r.name = (std::uint64_t{1} << 39) | (std::uint64_t{100} << 40);  // far past the Names blob
    std::memcpy(bytes.data() + nodes.offset, &r, sizeof r);
    const GraphStore store = GraphStore::from_bytes(bytes, "g.sg", OpenOptions{false});
    CHECK_THROWS_WITH_AS(store.node(0), "g.sg: damaged graph file: a string points past the end of section 'names'",
                         FileError);
}
