// The answer orders the graph file stores from format version 4 (graph/store/format.hpp,
// TallySideOrder and the ranked OrganisationClaims): `who supports P`, `who opposes P` and
// `count claims by organisation` read their rows in the order the file gives instead of keeping
// and sorting them. The stored order must be the one the statements' order by gives (counts, then
// names case-insensitively, then ids), the answers the same as counting claims gives, an older
// file must still answer, and a forged order must be refused.
#include <doctest/doctest.h>

#include <cstring>
#include <filesystem>

#include "graph/error.hpp"
#include "graph/store/format.hpp"
#include "graph/store/graph_store.hpp"
#include "graph/store/writer.hpp"
#include "query/engine.hpp"
#include "tests/query/fixture.hpp"
#include "tests/query/test_helpers.hpp"

namespace sg::test {
namespace {

// Five speakers on one position whose ranks need every key of the order: two with two supports
// each, named in different cases ("bea" must come after "Abe" and before "Cal" whatever the
// case), one mixed (on both lists), one opposer, one whose claim is only about the position (on
// neither); two organisations with as many claims, told apart by name only.
struct Ranked {
    Graph g;
    NodeId abe, bea, cal, dan, eve, p, zeta, alpha;
    int claims = 0;
    Ranked() {
        zeta = g.add_node(Fixture::make(NodeKind::Organisation, "org:zeta", "zeta Trust"));
        alpha = g.add_node(Fixture::make(NodeKind::Organisation, "org:alpha", "Alpha Trust"));
        bea = g.add_node(Fixture::make(NodeKind::Person, "person:bea", "bea Low"));
        abe = g.add_node(Fixture::make(NodeKind::Person, "person:abe", "Abe High"));
        cal = g.add_node(Fixture::make(NodeKind::Person, "person:cal", "Cal Mid"));
        dan = g.add_node(Fixture::make(NodeKind::Person, "person:dan", "Dan Nay"));
        eve = g.add_node(Fixture::make(NodeKind::Person, "person:eve", "Eve Aside"));
        p = g.add_node(Fixture::make(NodeKind::Position, "position:p", "the plan"));
        g.add_edge(bea, zeta, EdgeKind::MemberOf);
        g.add_edge(abe, alpha, EdgeKind::MemberOf);
        for (NodeId who : {abe, abe, bea, bea, cal}) say(who, EdgeKind::Supports);
        for (NodeId who : {cal, dan}) say(who, EdgeKind::Opposes);
        say(eve, EdgeKind::About);
        g.freeze();
    }
    void say(NodeId who, EdgeKind side) {
        const std::string text = "Claim " + std::to_string(++claims) + ".";
        const NodeId c = g.add_node(Fixture::make(NodeKind::Claim, "claim:x.txt:" + text, text));
        g.add_edge(who, c, EdgeKind::Says);
        g.add_edge(c, p, side);
    }
};

std::vector<NodeId> actors(const std::vector<StanceTally>& tallies) {
    std::vector<NodeId> out;
    for (const StanceTally& t : tallies) out.push_back(t.actor);
    return out;
}

// The file's bytes with section s's u32 element i set to v, checksums left as they were (read
// with checksums off, as the fuzzer does: the reader must still refuse what does not fit).
std::string forged(std::string bytes, store::Section s, std::size_t i, std::uint32_t v) {
    store::SectionEntry e;
    std::memcpy(&e, bytes.data() + sizeof(store::Header) + static_cast<std::size_t>(s) * sizeof e, sizeof e);
    REQUIRE(e.size >= (i + 1) * 4);
    std::memcpy(bytes.data() + e.offset + i * 4, &v, 4);
    return bytes;
}

}  // namespace

TEST_CASE("the graph file stores each position's supporters and opposers in the order the questions answer") {
    const Ranked r;
    const GraphStore s = GraphStore::from_graph(r.g);
    REQUIRE(s.has_side_order());
    // Supports descending; the tie between Abe and bea by name, case aside; Cal (mixed) last.
    CHECK(actors(s.tallies_on_side(r.p, true)) == std::vector<NodeId>{r.abe, r.bea, r.cal});
    // Opposes: Cal's one against Dan's one, a tie decided by name; Eve (about only) on neither.
    CHECK(actors(s.tallies_on_side(r.p, false)) == std::vector<NodeId>{r.cal, r.dan});
    CHECK(s.tallies_on_side(r.abe, true).empty());  // not a position
    // The tallies themselves, with their counts, are the position's.
    for (const StanceTally& t : s.tallies_on_side(r.p, true)) {
        CHECK(t.position == r.p);
        CHECK(t.supports >= t.opposes);
    }
}

TEST_CASE("the graph file stores the claims per organisation by claims, then name case-insensitively") {
    const Ranked r;
    const GraphStore s = GraphStore::from_graph(r.g);
    REQUIRE(s.organisation_claims_ranked());
    const auto counts = s.organisation_claims();
    REQUIRE(counts.size() == 2);
    CHECK(counts[0].organisation == r.alpha);  // two claims each: "Alpha Trust" before "zeta Trust"
    CHECK(counts[1].organisation == r.zeta);
    CHECK(counts[0].claims == counts[1].claims);
}

TEST_CASE("questions answer the same, in the same order, from the stored orders as from the claims") {
    const Ranked r;
    const Fixture f;
    for (const Graph* g : {&r.g, &f.g}) {
        const query::Engine e(*g);
        std::vector<std::string> statements{"count claims by organisation", "count claims by organisation limit 1",
                                            "count claims by organisation where claims > 1"};
        for (NodeId n = 0; n < g->node_capacity(); ++n) {
            if (g->node(n).kind != NodeKind::Position) continue;
            for (const char* q : {"who supports", "who opposes"}) {
                statements.push_back(std::string(q) + " \"" + g->node(n).name + "\"");
                statements.push_back(std::string(q) + " \"" + g->node(n).name + "\" limit 1");
            }
        }
        for (const std::string& q : statements) {
            CAPTURE(q);
            CHECK(cells(e.run_one(q)) == cells(e.run_one(q, /*nodes_behind=*/true)));
        }
    }
    const query::Engine e(r.g);
    CHECK(column(e.run_one("who supports \"the plan\""), 0) == std::vector<std::string>{"Abe High", "bea Low", "Cal Mid"});
    CHECK(column(e.run_one("who opposes \"the plan\""), 0) == std::vector<std::string>{"Cal Mid", "Dan Nay"});
    CHECK(column(e.run_one("count claims by organisation"), 0) == std::vector<std::string>{"Alpha Trust", "zeta Trust"});
}

TEST_CASE("a version 3 graph file, which has no answer orders, still answers in the same order") {
    const auto tiny = std::filesystem::path(SG_SOURCE_DIR) / "tests" / "fuzz" / "corpus" / "graph_file" / "tiny-v3.sg";
    const GraphStore s = GraphStore::open(tiny);
    s.verify();
    CHECK(s.has_organisation_claims());
    CHECK_FALSE(s.has_side_order());
    CHECK_FALSE(s.organisation_claims_ranked());
    const query::Engine old(s);
    // Rewritten in this version, it answers the same from the stored orders.
    const GraphStore now = GraphStore::from_graph(to_graph(s));
    CHECK(now.has_side_order());
    const query::Engine e(now);
    const auto positions = e.run_one("list positions");
    REQUIRE(!positions.rows.empty());
    std::vector<std::string> statements{"count claims by organisation"};
    for (const auto& row : positions.rows)
        for (const char* q : {"who supports", "who opposes"}) statements.push_back(std::string(q) + " \"" + query::to_text(row[0]) + "\"");
    for (const std::string& q : statements) {
        CAPTURE(q);
        CHECK(cells(e.run_one(q)) == cells(old.run_one(q)));
    }
}

TEST_CASE("a forged answer order is refused, never followed") {
    const Ranked r;
    const std::string good = store::encode(r.g);
    auto error_of = [&](const std::string& bytes, auto read) -> std::string {
        try {
            const GraphStore s = GraphStore::from_bytes(bytes, "g.sg", store::OpenOptions{false});
            read(s);
        } catch (const FileError& e) {
            return e.what();
        }
        return "";
    };
    auto supporters = [&](const GraphStore& s) { (void)s.tallies_on_side(r.p, true); };
    CHECK(error_of(good, supporters).empty());
    // An index past the position's records.
    CHECK(error_of(forged(good, store::Section::TallySideOrder, 0, 1000), supporters) ==
          "g.sg: damaged graph file: a tally in section 'tally-side-order' is not its position's");
    // A list that ends before it starts, or past the section.
    CHECK(error_of(forged(good, store::Section::TallySideOffsets, 1, 0xFFFF), supporters) ==
          "g.sg: damaged graph file: section 'tally-side-offsets' is not ordered");
    // Claims per organisation out of their order.
    CHECK(error_of(forged(good, store::Section::OrganisationClaims, 3, 1000),
                   [](const GraphStore& s) { (void)s.organisation_claims(); }) ==
          "g.sg: damaged graph file: section 'organisation-claims' is not ordered");
    // With checksums on, any changed byte of the new sections is a checksum mismatch.
    for (const store::Section sec : {store::Section::TallySideOrder, store::Section::TallySideOffsets}) {
        const std::string bad = forged(good, sec, 0, 7);
        std::string error;
        try {
            GraphStore::from_bytes(bad, "g.sg").verify();
        } catch (const FileError& e) {
            error = e.what();
        }
        CHECK(error.find("checksum mismatch in section '" + std::string(store::section_name(sec)) + "'") != std::string::npos);
    }
}

}  // namespace sg::test
