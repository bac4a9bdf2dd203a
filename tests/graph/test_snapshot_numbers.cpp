// Numbers in a snapshot load as the values they spell, however they are written: a zero with an
// exponent or many digits was once read as garbage (RapidJSON 1.1.0's full-precision path; found
// by tests/fuzz/fuzz_snapshot, reproducer tests/fuzz/corpus/snapshot/regression-zero-exponent).
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <sstream>
#include <string>

#include "graph/error.hpp"
#include "graph/snapshot.hpp"

using namespace sg;

namespace {

// One document, one person, one claim said by the person: `confidence` and `span_end` are
// written into the claim (and the confidence into the edge) exactly as given.
std::string snapshot_with(const std::string& confidence, const std::string& span_end = "52") {
    return "{\"format\":\"stancegraph-graph\",\"version\":1,\"nodes\":[\n"
           "{\"key\":\"doc:a.txt\",\"kind\":\"document\",\"name\":\"a.txt\",\"aliases\":[],\"description\":\"\"},\n"
           "{\"key\":\"person:jane-roe\",\"kind\":\"person\",\"name\":\"Jane Roe\",\"aliases\":[],\"description\":\"\"},\n"
           "{\"key\":\"claim:a.txt:10-52\",\"kind\":\"claim\",\"name\":\"We need these lanes\",\"aliases\":[],"
           "\"description\":\"\",\"claim\":{\"document\":\"doc:a.txt\",\"span\":[10," + span_end +
           "],\"kind\":\"direct\",\"comment\":false,\"confidence\":" + confidence + ",\"manual\":false}}\n"
           "],\"edges\":[\n"
           "{\"kind\":\"says\",\"from\":\"person:jane-roe\",\"to\":\"claim:a.txt:10-52\",\"role\":\"\",\"confidence\":" +
           confidence + ",\"manual\":false}\n]}\n";
}

Graph load(const std::string& text) {
    std::istringstream in(text);
    return read_snapshot(in, "snap.json");
}

const Node& the_claim(const Graph& g) { return g.node(*g.find_key("claim:a.txt:10-52")); }

double edge_confidence(const Graph& g) {
    const NodeId claim = *g.find_key("claim:a.txt:10-52");
    return g.edge(g.in_edges(claim).front()).confidence;
}

}  // namespace

TEST_CASE("snapshot numbers: a zero written with an exponent or many digits loads as zero") {
    for (const std::string zero : {"0e38", "0E-5", "0.0e+300", "0.00000000000000000000000000000", "0.0"}) {
        CAPTURE(zero);
        const Graph g = load(snapshot_with(zero));
        CHECK(the_claim(g).claim.confidence == 0.0);
        CHECK(edge_confidence(g) == 0.0);
    }
}

TEST_CASE("snapshot numbers: confidences load correctly rounded, to the last bit") {
    const Graph g = load(snapshot_with("0.30000000000000004"));
    CHECK(the_claim(g).claim.confidence == 0.30000000000000004);
    CHECK(the_claim(g).claim.confidence != 0.3);
    CHECK(load(snapshot_with("0.8890991225435243")).node(*g.find_key("claim:a.txt:10-52")).claim.confidence ==
          0.8890991225435243);
    CHECK(load(snapshot_with("5e-324")).node(*g.find_key("claim:a.txt:10-52")).claim.confidence ==
          std::numeric_limits<double>::denorm_min());
    CHECK(load(snapshot_with("1e-400")).node(*g.find_key("claim:a.txt:10-52")).claim.confidence == 0.0);
}

TEST_CASE("snapshot numbers: byte offsets stay whole numbers up to the largest 64-bit one") {
    const Graph g = load(snapshot_with("1", "18446744073709551615"));
    CHECK(the_claim(g).claim.span.end == std::numeric_limits<std::uint64_t>::max());
    // One more does not fit: it is no integer any more, and the schema says so.
    try {
        load(snapshot_with("1", "18446744073709551616"));
        FAIL("a span end past 2^64 - 1 was accepted");
    } catch (const FileError& e) {
        CHECK(std::string(e.what()).find("/nodes/2/claim/span/1") != std::string::npos);
    }
}

TEST_CASE("snapshot numbers: a number too big for a double is refused with its line and column") {
    try {
        load(snapshot_with("1e400"));
        FAIL("1e400 was accepted");
    } catch (const FileError& e) {
        CHECK(std::string(e.what()).rfind("snap.json:4:", 0) == 0);
        CHECK(std::string(e.what()).find("Number too big") != std::string::npos);
    }
}
