// The DNA file export --format dna writes, read back: by import-dna's own reader (statements at
// the right UTF-16 offsets of "\n"-ended text, with their person, organisation, concept and
// agreement), by SQLite (DNA's sixteen tables, a data row per variable of every statement), and
// by DNA's password check (jasypt's hash, checked against DNA's own sample file).
#include <doctest/doctest.h>

#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "graph/store/graph_store.hpp"
#include "loaders/dna/dna_file.hpp"
#include "loaders/dna/dna_text.hpp"
#include "loaders/dna/dna_writer.hpp"
#include "loaders/dna/password.hpp"
#include "support/temp_dir.hpp"

using namespace sg;
using namespace sg::loaders::dna;
namespace fs = std::filesystem;

namespace {

std::int64_t count(sqlite3* db, const std::string& sql) {
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(s) == SQLITE_ROW);
    const std::int64_t n = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return n;
}

std::string text_of(sqlite3* db, const std::string& sql) {
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(s) == SQLITE_ROW);
    std::string v(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    return v;
}

}  // namespace

TEST_CASE("dna: a coder's password hash is jasypt's, as in DNA's own sample") {
    // Coder "Admin" of ../shared/dna/sample.dna, whose password is "sample".
    const std::string admin = "t7STqOHxpl+RXxRUgjsEno+e/38banaYjANbdYQ1geGfH6Xlc2roWgYrPbpCeg5M";
    CHECK(dna_password_matches("sample", admin));
    CHECK_FALSE(dna_password_matches("Sample", admin));
    const std::string mine = dna_password_hash("sesame");
    CHECK(mine.size() == 64);
    CHECK(dna_password_matches("sesame", mine));
    CHECK(dna_password_hash("sesame") != mine);  // a fresh salt each time
}

TEST_CASE("dna: article bytes become DNA text with \\n line ends and UTF-16 offsets") {
    // BOM, "a\r\n", "\xC3\xA9" (one unit), "\r" alone, an emoji (two units), an invalid byte
    const std::string bytes = "\xEF\xBB\xBF" "a\r\n\xC3\xA9\rb\xF0\x9F\x98\x80\xFFz";
    const DnaText t = dna_text(bytes);
    CHECK(t.text == "a\n\xC3\xA9\nb\xF0\x9F\x98\x80?z");
    CHECK(t.units.size() == bytes.size() + 1);
    CHECK(t.units[3] == 0);   // 'a'
    CHECK(t.units[4] == 1);   // '\r' of "\r\n": the '\n'
    CHECK(t.units[6] == 2);   // the e-acute
    CHECK(t.units[8] == 3);   // the lone '\r'
    CHECK(t.units[9] == 4);   // 'b'
    CHECK(t.units[10] == 5);  // the emoji, two units
    CHECK(t.units[14] == 7);  // the invalid byte, now '?'
    CHECK(t.units[15] == 8);  // 'z'
    CHECK(t.units[16] == 9);  // the end
}

TEST_CASE("dna: a graph written as a DNA file reads back statement for statement") {
    Graph g;
    auto add = [&](NodeKind kind, std::string key, std::string name, std::string description = {}) {
        Node n;
        n.kind = kind;
        n.key = std::move(key);
        n.name = std::move(name);
        n.description = std::move(description);
        return g.add_node(std::move(n));
    };
    // "Zo\u00eb: \"We oppose it.\"\r\nBob: fine." -- the claims' byte spans in that file
    const std::string file = "Zo\xC3\xAB: \"We oppose it.\"\r\nBob: fine.";
    const NodeId doc = add(NodeKind::Document, "doc:a.txt", "a.txt", "Council votes");
    g.node_mut(doc).document.date = "2014-06-12";
    g.node_mut(doc).document.source = "Pulse";
    const NodeId zoe = add(NodeKind::Person, "person:zoe", "Zo\xC3\xAB");
    const NodeId bob = add(NodeKind::Person, "person:bob", "Bob");
    const NodeId league = add(NodeKind::Organisation, "org:league", "Tax League");
    const NodeId lanes = add(NodeKind::Position, "position:lanes", "Bus lanes");
    const NodeId fares = add(NodeKind::Position, "position:fares", "Free fares");
    g.add_edge(zoe, league, EdgeKind::MemberOf);
    auto claim = [&](std::uint64_t start, std::uint64_t end, NodeId speaker) {
        Node n;
        n.kind = NodeKind::Claim;
        n.key = "claim:a.txt:" + std::to_string(start) + "-" + std::to_string(end);
        n.name = file.substr(start, end - start);
        n.claim.document = doc;
        n.claim.span = Span{start, end};
        const NodeId c = g.add_node(std::move(n));
        g.add_edge(speaker, c, EdgeKind::Says);
        g.add_edge(c, doc, EdgeKind::In);
        return c;
    };
    const NodeId c1 = claim(7, 20, zoe);   // We oppose it.  (after "Zo\u00eb: \"", 7 bytes)
    claim(28, 33, bob);  // fine.  (after "\r\nBob: "), on no side
    g.add_edge(c1, lanes, EdgeKind::Opposes);
    g.add_edge(c1, fares, EdgeKind::Supports);
    REQUIRE(file.substr(7, 13) == "We oppose it.");
    REQUIRE(file.substr(28, 5) == "fine.");

    DnaExportOptions o;
    o.coder = "Reviewer";
    o.password = "sesame";
    o.document_bytes = [&](std::string_view name) {
        REQUIRE(name == "a.txt");
        return file;
    };
    DnaExportReport report;
    const std::string bytes = dna_database(store::GraphStore::from_graph(g), o, "coded.dna", report);
    CHECK(report.documents == 1);
    CHECK(report.statements == 3);  // the first claim twice (two sides), the second once without one
    CHECK(report.without_side == 1);
    sg::test::TempDir dir;
    const fs::path path = dir.path / "coded.dna";
    std::ofstream(path, std::ios::binary) << bytes;

    const DnaFile back = read_dna_file(path);
    CHECK(back.version.rfind("3.", 0) == 0);
    REQUIRE(back.documents.size() == 1);
    CHECK(back.documents[0].text == "Zo\xC3\xAB: \"We oppose it.\"\nBob: fine.");
    CHECK(back.documents[0].title == "Council votes");
    CHECK(back.documents[0].source == "Pulse");
    CHECK(back.documents[0].date == 1402531200);  // 2014-06-12
    REQUIRE(back.statements.size() == 3);
    std::map<std::string, DnaStatement> by_concept;
    for (const auto& s : back.statements) by_concept[s.concept_label] = s;
    const DnaStatement lanes_back = by_concept.at("Bus lanes");
    CHECK(lanes_back.start == 6);  // UTF-16: "Zo\u00eb: \"" is 6 units
    CHECK(lanes_back.stop == 19);
    CHECK(lanes_back.person == "Zo\xC3\xAB");
    CHECK(lanes_back.organisation == "Tax League");  // her body, as the claim records none
    CHECK(lanes_back.agreement == 0);
    CHECK(by_concept.at("Free fares").agreement == 1);
    const DnaStatement unsided = by_concept.at("");
    CHECK(unsided.person == "Bob");
    CHECK(unsided.start == 26);  // "\r\n" is one "\n"
    CHECK(unsided.stop == 31);

    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    CHECK(count(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'") == 16);
    CHECK(count(db, "SELECT count(*) FROM DATASHORTTEXT") == 9);  // 3 statements x 3 short-text variables
    CHECK(count(db, "SELECT count(*) FROM DATABOOLEAN") == 3);
    CHECK(count(db, "SELECT count(*) FROM ENTITIES WHERE Value = ''") == 3);  // DNA's empty entity per variable
    CHECK(text_of(db, "SELECT Name FROM CODERS WHERE ID = 1") == "Reviewer");
    CHECK(dna_password_matches("sesame", text_of(db, "SELECT Password FROM CODERS WHERE ID = 1")));
    CHECK(count(db, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
    sqlite3_close(db);
}
