// The actors' records the graph file stores from format version 5 (graph/store/format.hpp,
// ActorRecord): per person and organisation, the organisation the answers show and the rank of
// its name. `who agrees with X`, `who supports P` and any order by an actor's name read them
// instead of the member_of edges and the names. The records must say what the edges and names
// say (ranks in the order `order by` gives names, case aside, equal names tying), the answers
// must be the same with them as without, a version 4 file must still answer the same, and a
// damaged or forged record must be refused with the file named.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <xxhash.h>

#include "graph/error.hpp"
#include "graph/store/format.hpp"
#include "graph/store/graph_store.hpp"
#include "graph/store/writer.hpp"
#include "query/engine.hpp"
#include "support/temp_dir.hpp"
#include "tests/query/fixture.hpp"
#include "tests/query/run_binary.hpp"
#include "tests/query/test_helpers.hpp"

namespace sg::test {
namespace {

// People and organisations whose names need every part of the order by names: one name in two
// cases ("bea Low", "BEA LOW": equal ranks), names that differ only in case from another's first
// letters ("abe High" before "Abel"), bytes above ASCII ("Zoë", "Émile": after every ASCII
// letter, as bytes); memberships of every shape the organisation column shows: none, one, two
// edges to one organisation (one), two organisations (both names, from the edges). Everyone
// speaks on two positions, on sides that make agreements, disagreements and mixed stances.
struct Actors {
    Graph g;
    NodeId alpha, zeta, beta;  // organisations
    std::vector<NodeId> people;
    NodeId p, q;
    int claims = 0;
    Actors() {
        zeta = g.add_node(Fixture::make(NodeKind::Organisation, "org:zeta", "zeta Trust"));
        alpha = g.add_node(Fixture::make(NodeKind::Organisation, "org:alpha", "Alpha Trust"));
        p = g.add_node(Fixture::make(NodeKind::Position, "position:p", "the plan"));
        const std::vector<std::pair<std::string, std::string>> names{
            {"person:bea", "bea Low"}, {"person:bea2", "BEA LOW"}, {"person:abe", "abe High"}, {"person:abel", "Abel"},
            {"person:zoe", "Zoë"},     {"person:emile", "Émile"}, {"person:cal", "Cal Mid"},  {"person:dan", "Dan Nay"},
            {"person:eve", "Eve Aside"}};
        for (const auto& [key, name] : names) people.push_back(g.add_node(Fixture::make(NodeKind::Person, key, name)));
        beta = g.add_node(Fixture::make(NodeKind::Organisation, "org:beta", "beta Group"));
        q = g.add_node(Fixture::make(NodeKind::Position, "position:q", "the other plan"));
        g.add_edge(people[0], zeta, EdgeKind::MemberOf);   // bea Low: one
        g.add_edge(people[1], alpha, EdgeKind::MemberOf);  // BEA LOW: one, by two edges
        g.add_edge(people[1], alpha, EdgeKind::MemberOf, "chair");
        g.add_edge(people[2], alpha, EdgeKind::MemberOf);  // abe High: two organisations
        g.add_edge(people[2], beta, EdgeKind::MemberOf);
        g.add_edge(people[4], beta, EdgeKind::MemberOf);   // Zoë: one; Abel, Émile ...: none
        g.add_edge(zeta, alpha, EdgeKind::MemberOf);       // an organisation in another
        for (std::size_t i = 0; i < people.size(); ++i) {
            say(people[i], p, i % 3 == 0 ? EdgeKind::Opposes : EdgeKind::Supports);
            say(people[i], q, i % 2 == 0 ? EdgeKind::Supports : EdgeKind::Opposes);
            if (i % 4 == 1) say(people[i], p, EdgeKind::Opposes);  // mixed on p
        }
        say(alpha, p, EdgeKind::Supports);
        say(zeta, q, EdgeKind::Opposes);
        say(beta, p, EdgeKind::About);
        g.freeze();
    }
    void say(NodeId who, NodeId position, EdgeKind side) {
        const std::string text = "Claim " + std::to_string(++claims) + ".";
        const NodeId c = g.add_node(Fixture::make(NodeKind::Claim, "claim:x.txt:" + text, text));
        g.add_edge(who, c, EdgeKind::Says);
        g.add_edge(c, position, side);
    }
};

// A name as `order by` compares it: ASCII letters lowered, bytes compared.
std::string lowered(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// The statements whose answers read the records: every question on every person and position
// of g, ordered by the actor's name and by others, with limits (a limit leaves most names unread)
// and without (`who agrees with X` then makes its kinds and organisations from the records it
// reads for the ranks: query/exec/stored_sources.cpp).
std::vector<std::string> statements_on(const GraphStore& s) {
    std::vector<std::string> out{"list people order by person",       "list people order by person desc limit 3",
                                 "list organisations order by organisation", "count claims by organisation",
                                 "match (a:person)-[:says]->(c:claim) return a.name, a.organisation, a.kind, count(c) as n "
                                 "order by a.name",
                                 "match (a)-[:member_of]->(o:organisation) return a.name, o.name order by a.name desc"};
    for (NodeId n = 0; n < s.node_count(); ++n) {
        const std::string name = "\"" + s.key(n).str() + "\"";  // names may be ambiguous; keys are not
        if (s.kind(n) == NodeKind::Person || s.kind(n) == NodeKind::Organisation) {
            for (const char* q : {"who agrees with ", "who disagrees with "}) {
                out.push_back(q + name);
                out.push_back(q + name + " limit 2");
                out.push_back(q + name + " order by actor");
                out.push_back(q + name + " order by actor desc limit 3");
                out.push_back(q + name + " order by organisation");
                out.push_back(q + name + " order by kind limit 4");
                out.push_back(q + name + " where positions > 1 limit 2");
                out.push_back(q + name + " where kind = person");  // every row read: kinds made in the fold
            }
            out.push_back("stance of " + name);
        }
        if (s.kind(n) == NodeKind::Position)
            for (const char* q : {"who supports ", "who opposes ", "who mentions "}) {
                out.push_back(q + name);
                out.push_back(q + name + " limit 1");
                out.push_back(q + name + " order by actor");
                out.push_back(q + name + " order by actor desc");
                out.push_back(q + name + " order by organisation limit 3");
            }
    }
    return out;
}

// Every statement answers the same (headers, rows, order, cells) from both stores.
void same_answers(const GraphStore& with, const GraphStore& without) {
    const query::Engine a(with), b(without);
    for (const std::string& q : statements_on(with)) {
        CAPTURE(q);
        const auto x = a.run_one(q), y = b.run_one(q);
        CHECK(headers(x) == headers(y));
        CHECK(cells(x) == cells(y));
    }
}

// The file's bytes as format version 4 writes them: the same sections but the last (the actors'),
// the same block checksums (seeded by block number, which does not change), new offsets.
std::string as_version_4(const std::string& v5) {
    using namespace store;
    Header h;
    std::memcpy(&h, v5.data(), sizeof h);
    REQUIRE(h.version == 5);
    std::vector<SectionEntry> table(kVersion4Sections);
    std::memcpy(table.data(), v5.data() + h.table_offset, table.size() * sizeof(SectionEntry));
    auto align = [](std::uint64_t v) { return (v + 7) & ~std::uint64_t{7}; };
    std::uint64_t blocks = 0;
    for (const SectionEntry& e : table) blocks += (e.size + kBlockBytes - 1) / kBlockBytes;
    const std::uint64_t checksums = align(sizeof(Header) + table.size() * sizeof(SectionEntry));
    std::uint64_t at = align(checksums + blocks * sizeof(BlockChecksum));
    std::vector<std::uint64_t> from;
    for (SectionEntry& e : table) {
        from.push_back(e.offset);
        e.offset = at;
        at = align(at + e.size);
    }
    std::string out(at, '\0');
    std::memcpy(out.data() + checksums, v5.data() + h.checksums_offset, blocks * sizeof(BlockChecksum));
    for (std::size_t i = 0; i < table.size(); ++i) std::memcpy(out.data() + table[i].offset, v5.data() + from[i], table[i].size);
    std::memcpy(out.data() + sizeof(Header), table.data(), table.size() * sizeof(SectionEntry));
    h.version = 4;
    h.section_count = kVersion4Sections;
    h.file_size = at;
    h.checksums_offset = checksums;
    h.table_checksum = XXH3_64bits(table.data(), table.size() * sizeof(SectionEntry));
    h.header_checksum = XXH3_64bits(&h, offsetof(Header, header_checksum));
    std::memcpy(out.data(), &h, sizeof h);
    return out;
}

// The bytes with element i of the actors' section set to r, checksums left as they were.
std::string forged(std::string bytes, std::size_t i, store::ActorRecord r) {
    store::SectionEntry e;
    std::memcpy(&e, bytes.data() + sizeof(store::Header) + static_cast<std::size_t>(store::Section::Actors) * sizeof e, sizeof e);
    REQUIRE(e.size >= (i + 1) * sizeof r);
    std::memcpy(bytes.data() + e.offset + i * sizeof r, &r, sizeof r);
    return bytes;
}

}  // namespace

TEST_CASE("the graph file stores each actor's organisation as the answers show it") {
    const Actors a;
    const GraphStore s = GraphStore::from_graph(a.g);
    REQUIRE(s.has_actor_records());
    CHECK(s.actor_count() == a.people.size() + 3);
    CHECK(s.actor(a.people[0])->organisation == a.zeta);
    CHECK(s.actor(a.people[1])->organisation == a.alpha);  // two edges, one organisation
    CHECK_FALSE(s.actor(a.people[1])->several_organisations);
    CHECK(s.actor(a.people[2])->several_organisations);  // two organisations: read the edges
    CHECK(s.actor(a.people[2])->organisation == kNoNode);
    CHECK(s.actor(a.people[3])->organisation == kNoNode);  // none
    CHECK_FALSE(s.actor(a.people[3])->several_organisations);
    CHECK(s.actor(a.zeta)->organisation == a.alpha);
    CHECK(s.actor(a.zeta)->kind == NodeKind::Organisation);
    CHECK(s.actor(a.people[4])->kind == NodeKind::Person);
    // Positions and claims are no actors.
    CHECK_FALSE(s.actor(a.p).has_value());
    CHECK_FALSE(s.actor(static_cast<NodeId>(s.node_count() - 1)).has_value());
    CHECK_FALSE(s.actor(kNoNode).has_value());
}

TEST_CASE("actors' name ranks order as order by orders their names, equal names tying") {
    const Actors a;
    const GraphStore s = GraphStore::from_graph(a.g);
    std::vector<NodeId> actors(s.nodes_of_kind(NodeKind::Person).begin(), s.nodes_of_kind(NodeKind::Person).end());
    for (NodeId o : s.nodes_of_kind(NodeKind::Organisation)) actors.push_back(o);
    // One cursor, asked in descending and mixed orders, finds what fresh lookups find.
    ActorCursor cursor = s.actor_cursor();
    for (auto it = actors.rbegin(); it != actors.rend(); ++it) CHECK(cursor.find(*it)->name_rank == s.actor(*it)->name_rank);
    for (NodeId x : actors)
        for (NodeId y : actors) {
            CAPTURE(s.name(x));
            CAPTURE(s.name(y));
            const std::string nx = lowered(s.name(x)), ny = lowered(s.name(y));
            CHECK((s.actor(x)->name_rank < s.actor(y)->name_rank) == (nx < ny));
            CHECK((s.actor(x)->name_rank == s.actor(y)->name_rank) == (nx == ny));
        }
    for (NodeId x : actors) CHECK(s.actor(x)->name_rank < s.actor_count());
    CHECK(s.actor(a.people[0])->name_rank == s.actor(a.people[1])->name_rank);  // "bea Low", "BEA LOW"
    // And the answers, ordered by name: the two names that tie in the order their rows came.
    const query::Engine e(s);
    const auto r = e.run_one("list people order by person");
    CHECK(column(r, 0) == std::vector<std::string>{"abe High", "Abel", "bea Low", "BEA LOW", "Cal Mid", "Dan Nay",
                                                    "Eve Aside", "Zoë", "Émile"});
    CHECK(column(e.run_one("who agrees with \"Cal Mid\" order by actor"), 0) ==
          std::vector<std::string>{"abe High", "Abel", "bea Low", "BEA LOW", "Eve Aside", "Zoë", "Émile"});
}

TEST_CASE("answers are the same read with the actors' records as without them") {
    const Actors a;
    const Fixture f;
    for (const Graph* g : {&a.g, &f.g}) {
        const std::string bytes = store::encode(*g);
        const GraphStore with = GraphStore::from_bytes(bytes, "g.sg");
        const GraphStore without = GraphStore::from_bytes(bytes, "g.sg", store::OpenOptions{true, false});
        REQUIRE(with.has_actor_records());
        REQUIRE_FALSE(without.has_actor_records());
        same_answers(with, without);
    }
}

TEST_CASE("a version 4 graph file, which has no actors' records, still answers the same") {
    // Written by format version 4's writer (stancegraph at 4796274, `export --format sg` of tiny-v3.sg).
    const auto tiny = std::filesystem::path(SG_SOURCE_DIR) / "tests" / "fuzz" / "corpus" / "graph_file" / "tiny-v4.sg";
    const GraphStore old = GraphStore::open(tiny);
    old.verify();
    CHECK(old.has_side_order());
    CHECK_FALSE(old.has_actor_records());
    CHECK_FALSE(old.actor(0).has_value());
    const GraphStore now = GraphStore::from_graph(to_graph(old));
    REQUIRE(now.has_actor_records());
    same_answers(now, old);
    // A richer graph as version 4 lays it out: read, checked whole, and answering the same.
    const Actors a;
    const std::string v5 = store::encode(a.g);
    const GraphStore v4 = GraphStore::from_bytes(as_version_4(v5), "v4.sg");
    v4.verify();
    CHECK_FALSE(v4.has_actor_records());
    CHECK(v4.has_side_order());
    same_answers(GraphStore::from_bytes(v5, "v5.sg"), v4);
}

TEST_CASE("a damaged or forged actor's record is refused, never followed") {
    const Actors a;
    const std::string good = store::encode(a.g);
    auto error_of = [&](const std::string& bytes, bool checksums = false) -> std::string {
        try {
            const GraphStore s = GraphStore::from_bytes(bytes, "g.sg", store::OpenOptions{checksums});
            const query::Engine e(s);
            (void)e.run_one("who agrees with \"Cal Mid\"");
            for (NodeId n = 0; n < s.node_count(); ++n) (void)s.actor(n);
        } catch (const FileError& e) {
            return e.what();
        }
        return "";
    };
    CHECK(error_of(good).empty());
    CHECK(error_of(good, true).empty());
    CHECK(error_of(forged(good, 2, {kNoNode, 1000})) == "g.sg: damaged graph file: a name rank in section 'actors' is out of range");
    CHECK(error_of(forged(good, 0, {1000, 0})) == "g.sg: damaged graph file: an organisation in section 'actors' is node 1000 of " +
                                                      std::to_string(GraphStore::from_bytes(good, "g.sg").node_count()));
    // A section of the wrong length is refused at open.
    std::string shorter = good;
    store::SectionEntry e;
    const std::size_t at = sizeof(store::Header) + static_cast<std::size_t>(store::Section::Actors) * sizeof e;
    std::memcpy(&e, shorter.data() + at, sizeof e);
    e.size -= sizeof(store::ActorRecord);
    std::memcpy(shorter.data() + at, &e, sizeof e);
    CHECK(error_of(shorter) == "g.sg: damaged graph file: section 'actors' holds 11 records for 12 people and organisations");
    // With checksums on, any changed byte of the section is a checksum mismatch.
    CHECK(error_of(forged(good, 1, {kNoNode, 0}), true).find("g.sg: damaged graph file: checksum mismatch in section 'actors'") == 0);
}

TEST_CASE("query refuses a graph file whose actors' section is damaged: the file named, exit 2") {
    const TempDir dir;
    const Actors a;
    std::string bytes = store::encode(a.g);
    store::SectionEntry e;
    std::memcpy(&e, bytes.data() + sizeof(store::Header) + static_cast<std::size_t>(store::Section::Actors) * sizeof e, sizeof e);
    bytes[e.offset + 4] ^= 0x01;  // a rank
    const std::string path = (dir.path / "damaged.sg").string();
    {
        std::ofstream out(path, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    const auto r = run_binary(dir, "query -g '" + path + "' 'who agrees with \"Cal Mid\"'");
    CHECK(r.code == 2);
    CHECK(r.err.find(path + ": damaged graph file: checksum mismatch in section 'actors'") != std::string::npos);
}

}  // namespace sg::test
