// Document metadata (date, source, author, section, type, URL) and the organisation a claim was
// made for (issue 11): kept by both file formats, left out when absent, refused when malformed;
// graph files of format version 1 (before them) still read.
#include <filesystem>
#include <doctest/doctest.h>

#include <cstring>
#include <sstream>


#include "graph/dates.hpp"
#include "graph/error.hpp"
#include "graph/snapshot.hpp"
#include "graph/store/format.hpp"
#include "graph/store/graph_store.hpp"
#include "graph/store/writer.hpp"

using namespace sg;
using namespace sg::store;

namespace {

struct Coded {
    Graph g;
    NodeId doc, bare_doc, org, other_org, person, claim;
};

Coded coded_graph() {
    Coded c;
    auto add = [&](NodeKind kind, std::string key, std::string name) {
        Node n;
        n.kind = kind;
        n.key = std::move(key);
        n.name = std::move(name);
        return c.g.add_node(std::move(n));
    };
    c.doc = add(NodeKind::Document, "doc:a.txt", "a.txt");
    c.g.node_mut(c.doc).document = DocumentInfo{"2014-06-12T09:30:00", "Pulse", "Ann Lee", "News", "article",
                                                "https://example.org/a"};
    c.bare_doc = add(NodeKind::Document, "doc:b.txt", "b.txt");
    c.org = add(NodeKind::Organisation, "org:riders-union", "Riders' Union");
    c.other_org = add(NodeKind::Organisation, "org:city-council", "City Council");
    c.person = add(NodeKind::Person, "person:jo-bell", "Jo Bell");
    Node claim;
    claim.kind = NodeKind::Claim;
    claim.key = "claim:a.txt:0-10";
    claim.name = "We object";
    claim.claim.document = c.doc;
    claim.claim.span = Span{0, 10};
    claim.claim.organisation = c.org;
    c.claim = c.g.add_node(std::move(claim));
    c.g.add_edge(c.person, c.claim, EdgeKind::Says);
    return c;
}

std::string snapshot_of(const Graph& g) {
    std::ostringstream out;
    write_snapshot(g, out);
    return out.str();
}

Graph reread(const Graph& g) {
    std::istringstream in(snapshot_of(g));
    return read_snapshot(in, "g.json");
}

std::string snapshot_error(const std::string& json) {
    try {
        std::istringstream in(json);
        read_snapshot(in, "g.json");
    } catch (const FileError& e) {
        return e.what();
    }
    return "";
}

// The bytes of `good` relabelled as format version 1: valid only for a graph without metadata,
// whose two version-2 sections are empty and laid out last.
}  // namespace

TEST_CASE("document metadata and a claim's organisation survive the JSON snapshot") {
    const Coded c = coded_graph();
    const Graph back = reread(c.g);
    CHECK(back.node(*back.find_key("doc:a.txt")).document == c.g.node(c.doc).document);
    CHECK(back.node(*back.find_key("doc:b.txt")).document.empty());
    CHECK(back.node(*back.find_key("claim:a.txt:0-10")).claim.organisation == *back.find_key("org:riders-union"));
    CHECK(snapshot_of(back) == snapshot_of(c.g));
    const std::string json = snapshot_of(c.g);
    CHECK(json.find("\"document\":{\"date\":\"2014-06-12T09:30:00\",\"source\":\"Pulse\"") != std::string::npos);
    CHECK(json.find("\"organisation\":\"org:riders-union\"") != std::string::npos);
    // Absent members stay absent: a document without metadata and a claim without an
    // organisation are written as before the fields existed.
    Graph plain;
    Node d;
    d.kind = NodeKind::Document;
    d.key = "doc:x.txt";
    d.name = "x.txt";
    plain.add_node(std::move(d));
    CHECK(snapshot_of(plain).find("\"document\":{") == std::string::npos);
}

TEST_CASE("a claim's organisation follows a merge of that organisation") {
    Coded c = coded_graph();
    c.g.merge(c.other_org, c.org);
    const Graph back = reread(c.g);
    CHECK(back.node(*back.find_key("claim:a.txt:0-10")).claim.organisation == *back.find_key("org:city-council"));
    const GraphStore s = GraphStore::from_graph(c.g, "g.sg");
    CHECK(s.node(s.claim_organisation(*s.find_key("claim:a.txt:0-10"))).name == "City Council");
}

TEST_CASE("the graph file keeps document metadata and a claim's organisation") {
    const Coded c = coded_graph();
    const GraphStore s = GraphStore::from_bytes(encode(c.g), "g.sg");
    const NodeView doc = s.node(*s.find_key("doc:a.txt"));
    CHECK(doc.document.date == "2014-06-12T09:30:00");
    CHECK(doc.document.source == "Pulse");
    CHECK(doc.document.author == "Ann Lee");
    CHECK(doc.document.section == "News");
    CHECK(doc.document.type == "article");
    CHECK(doc.document.url == "https://example.org/a");
    CHECK(s.node(*s.find_key("doc:b.txt")).document.date.empty());
    const NodeId claim = *s.find_key("claim:a.txt:0-10");
    CHECK(s.claim_organisation(claim) == *s.find_key("org:riders-union"));
    CHECK(s.node(claim).claim.organisation == *s.find_key("org:riders-union"));
    CHECK(s.claim_organisation(*s.find_key("person:jo-bell")) == kNoNode);
    CHECK(snapshot_of(to_graph(s)) == snapshot_of(c.g));
}

TEST_CASE("a graph file of format version 1 still reads, without metadata") {
    // A file the version 1 writer wrote (4 KiB blocks, 64-bit checksums, 23 sections).
    const auto path = std::filesystem::path(SG_SOURCE_DIR) / "tests" / "fuzz" / "corpus" / "graph_file" / "tiny-v1.sg";
    const GraphStore s = GraphStore::open(path);
    s.verify();
    REQUIRE(s.node_count() > 0);
    for (NodeId n : s.nodes_of_kind(NodeKind::Document)) {
        const store::DocumentView d = s.node(n).document;
        CHECK(d.date.empty());
        CHECK(d.source.empty());
    }
    for (NodeId n : s.nodes_of_kind(NodeKind::Claim)) CHECK(s.claim_organisation(n) == kNoNode);
    // Rewritten in the current version, it holds the same graph.
    const Graph g = to_graph(s);
    CHECK(snapshot_of(to_graph(GraphStore::from_graph(g))) == snapshot_of(g));
}

TEST_CASE("malformed metadata in a snapshot is refused with where it is") {
    const std::string head = R"({"format":"stancegraph-graph","version":1,"nodes":[)";
    const std::string doc = R"({"key":"doc:a.txt","kind":"document","name":"a.txt","aliases":[],"description":"")";
    const std::string person = R"({"key":"person:p","kind":"person","name":"P","aliases":[],"description":""})";
    auto claim = [](const std::string& org) {
        return R"({"key":"claim:a.txt:0-1","kind":"claim","name":"x","aliases":[],"description":"","claim":{"document":"doc:a.txt","span":[0,1],"kind":"manual","comment":false,"confidence":1,"manual":true,"organisation":")" +
               org + R"("}})";
    };
    CHECK(snapshot_error(head + doc + R"(,"document":{"date":"12 June 2014"}}],"edges":[]})").find("g.json: schema error at /nodes/0/document/date") == 0);
    CHECK(snapshot_error(head + person.substr(0, person.size() - 1) + R"(,"document":{"source":"Pulse"}}],"edges":[]})") ==
          "g.json: invalid snapshot at /nodes/0/document: only document nodes have a \"document\" member");
    CHECK(snapshot_error(head + doc + "}," + person + "," + claim("person:p") + R"(],"edges":[]})") ==
          "g.json: invalid snapshot at /nodes/2/claim/organisation: \"person:p\" is not an organisation");
    CHECK(snapshot_error(head + doc + "}," + claim("org:gone") + R"(],"edges":[]})") ==
          "g.json: invalid snapshot at /nodes/1/claim/organisation: no node has key \"org:gone\"");
}

TEST_CASE("dates: ISO 8601 instants, ISO weeks across a new year, months and years") {
    CHECK(parse_instant("2005-01-26") == 1106697600);
    CHECK(parse_instant("2005-01-26T01:02:03") == 1106697600 + 3723);
    CHECK_FALSE(parse_instant("2014-02-30"));
    CHECK_FALSE(parse_instant("2014-6-1"));
    CHECK(parse_instant("2016-02-29"));
    CHECK(format_instant(1106697600) == "2005-01-26");
    CHECK(format_instant(1106697600 + 3723) == "2005-01-26T01:02:03");
    // 2014-12-29 (a Monday) is in week 1 of 2015; 2016-01-03 (a Sunday) in week 53 of 2015.
    CHECK(iso_week_of(*parse_instant("2014-12-29")) == 201501);
    CHECK(iso_week_of(*parse_instant("2015-01-04")) == 201501);
    CHECK(iso_week_of(*parse_instant("2016-01-03")) == 201553);
    CHECK(iso_week_of(*parse_instant("2016-01-04")) == 201601);
    // The same month of two years is two months (DNA's month ignores the year).
    CHECK(month_of(*parse_instant("2014-06-01")) != month_of(*parse_instant("2015-06-01")));
    CHECK(year_of(*parse_instant("1969-12-31T23:59:59")) == 1969);
}
