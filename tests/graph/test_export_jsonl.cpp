// claims-jsonl and actors-jsonl: the contract the scorer and other tools read.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <sstream>

#include "graph/export/jsonl.hpp"
#include "test_snapshot_fixture.hpp"

using namespace sg;
using sg::test::sample_graph;

namespace {

// Parses JSON Lines, failing the test on any line that is not one JSON object.
std::vector<rapidjson::Document> parse_lines(const std::string& text) {
    std::vector<rapidjson::Document> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        rapidjson::Document d;
        d.Parse<rapidjson::kParseValidateEncodingFlag>(line.c_str());
        INFO(line);
        REQUIRE_FALSE(d.HasParseError());
        REQUIRE(d.IsObject());
        out.push_back(std::move(d));
    }
    return out;
}

const rapidjson::Document* find(const std::vector<rapidjson::Document>& rows, const char* member, const char* value) {
    for (const auto& r : rows)
        if (r.HasMember(member) && r[member].IsString() && std::string(r[member].GetString()) == value) return &r;
    return nullptr;
}

}  // namespace

TEST_CASE("claims-jsonl: one line per live claim with document, speaker, span and positions") {
    auto s = sample_graph();
    std::ostringstream out;
    write_claims_jsonl(GraphStore::from_graph(s.g), out);
    auto rows = parse_lines(out.str());
    CHECK(rows.size() == 3);

    const auto* quote = find(rows, "key", "claim:a.txt:10-52");
    REQUIRE(quote);
    const auto& q = *quote;
    CHECK(std::string(q["doc"].GetString()) == "a.txt");
    CHECK(std::string(q["speaker"].GetString()) == "Jane Roe");
    CHECK(std::string(q["speaker_kind"].GetString()) == "person");
    CHECK(std::string(q["text"].GetString()) == "We need these lanes now, and every week of delay costs riders");
    CHECK(std::string(q["kind"].GetString()) == "direct");
    REQUIRE(q["span"].IsArray());
    CHECK(q["span"][0].GetUint64() == 10);
    CHECK(q["span"][1].GetUint64() == 52);
    CHECK(q["comment"].GetBool() == false);
    CHECK(q["confidence"].GetDouble() == 0.87);
    REQUIRE(q["positions"].Size() == 1);
    CHECK(std::string(q["positions"][0]["id"].GetString()) == "bus-lanes");
    CHECK(std::string(q["positions"][0]["polarity"].GetString()) == "supports");

    // The comment's speaker was merged into Jane Roe: the canonical name is reported.
    const auto* comment = find(rows, "key", "claim:a.txt:300-330");
    REQUIRE(comment);
    CHECK((*comment)["comment"].GetBool());
    CHECK(std::string((*comment)["speaker"].GetString()) == "Jane Roe");
    CHECK(std::string((*comment)["positions"][0]["polarity"].GetString()) == "opposes");

    const auto* orphan = find(rows, "key", "claim:a.txt:400-420");
    REQUIRE(orphan);
    CHECK((*orphan)["speaker"].IsNull());
    CHECK((*orphan)["speaker_kind"].IsNull());
    CHECK(std::string((*orphan)["positions"][0]["polarity"].GetString()) == "about");
    // No evidence kept: an empty list, so a reader never has to test for the member.
    CHECK((*orphan)["positions"][0]["evidence"].IsArray());
    CHECK((*orphan)["positions"][0]["evidence"].Empty());
}

TEST_CASE("claims-jsonl: each stance lists its evidence with role, words and span; other fields unchanged") {
    auto s = sample_graph();
    std::ostringstream before;
    write_claims_jsonl(GraphStore::from_graph(s.g), before);
    auto stance = s.g.out_edges(s.claim, EdgeKind::Supports);
    REQUIRE(stance.size() == 1);
    s.g.add_evidence(stance[0], {{"cue", "We need", {10, 17}, s.doc}, {"target", "these lanes", {18, 29}, s.doc}});
    std::ostringstream after;
    write_claims_jsonl(GraphStore::from_graph(s.g), after);
    auto rows = parse_lines(after.str());
    const auto* quote = find(rows, "key", "claim:a.txt:10-52");
    REQUIRE(quote);
    const auto& p = (*quote)["positions"][0];
    CHECK(std::string(p["id"].GetString()) == "bus-lanes");
    CHECK(std::string(p["polarity"].GetString()) == "supports");
    REQUIRE(p["evidence"].Size() == 2);
    CHECK(std::string(p["evidence"][0]["role"].GetString()) == "cue");
    CHECK(std::string(p["evidence"][0]["words"].GetString()) == "We need");
    CHECK(p["evidence"][0]["span"][0].GetUint64() == 10);
    CHECK(p["evidence"][0]["span"][1].GetUint64() == 17);
    CHECK(std::string(p["evidence"][1]["role"].GetString()) == "target");
    // Every other member of every line is as it was.
    auto old_rows = parse_lines(before.str());
    REQUIRE(old_rows.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (const auto& m : old_rows[i].GetObject())
            if (std::string(m.name.GetString()) != "positions") CHECK(rows[i][m.name] == m.value);
}

TEST_CASE("actors-jsonl: people and organisations with aliases, affiliations and claim counts") {
    auto s = sample_graph();
    std::ostringstream out;
    write_actors_jsonl(GraphStore::from_graph(s.g), out);
    auto rows = parse_lines(out.str());
    CHECK(rows.size() == 4);  // Jane Roe, the union, the federation, the hostile person
    CHECK_FALSE(find(rows, "name", "J. Roe"));
    CHECK_FALSE(find(rows, "name", "Removed Person"));

    const auto* jane = find(rows, "name", "Jane Roe");
    REQUIRE(jane);
    CHECK(std::string((*jane)["kind"].GetString()) == "person");
    std::vector<std::string> aliases;
    for (const auto& a : (*jane)["aliases"].GetArray()) aliases.emplace_back(a.GetString());
    CHECK(aliases == std::vector<std::string>{"Dr Roe", "J. Roe"});
    // each alias with the rule that joined it
    REQUIRE((*jane)["joined"].Size() == 2);
    CHECK(std::string((*jane)["joined"][0]["name"].GetString()) == "Dr Roe");
    CHECK(std::string((*jane)["joined"][0]["why"].GetString()).find("surname alone") != std::string::npos);
    CHECK(std::string((*jane)["joined"][1]["why"].GetString()).find("initials") != std::string::npos);
    REQUIRE((*jane)["affiliations"].Size() == 1);
    CHECK(std::string((*jane)["affiliations"][0]["organisation"].GetString()) == "Riders' Union");
    CHECK(std::string((*jane)["affiliations"][0]["role"].GetString()) == "deputy chair");
    CHECK((*jane)["claims"].GetUint() == 2);

    const auto* union_ = find(rows, "name", "Riders' Union");
    REQUIRE(union_);
    CHECK(std::string((*union_)["kind"].GetString()) == "organisation");
    REQUIRE((*union_)["affiliations"].Size() == 1);  // part_of for organisations
    CHECK(std::string((*union_)["affiliations"][0]["organisation"].GetString()) == "Transport Federation");
    CHECK((*union_)["affiliations"][0]["role"].IsNull());
    CHECK((*union_)["claims"].GetUint() == 0);
}

TEST_CASE("claims-jsonl: a claim carries its document's metadata and the organisation it was made for") {
    auto s = sample_graph();
    std::ostringstream plain;
    write_claims_jsonl(GraphStore::from_graph(s.g), plain);
    // Nothing stated, nothing written: no empty or invented fields.
    for (const auto& row : parse_lines(plain.str())) {
        CHECK_FALSE(row.HasMember("date"));
        CHECK_FALSE(row.HasMember("source"));
        CHECK_FALSE(row.HasMember("organisation"));
    }
    s.g.node_mut(s.doc).document.date = "2014-06-12T09:30:00";
    s.g.node_mut(s.doc).document.source = "Pulse";
    s.g.node_mut(s.doc).document.url = "https://example.org/a";
    s.g.node_mut(s.claim).claim.organisation = s.union_;
    std::ostringstream out;
    write_claims_jsonl(GraphStore::from_graph(s.g), out);
    const auto rows = parse_lines(out.str());
    const auto* quote = find(rows, "key", "claim:a.txt:10-52");
    REQUIRE(quote);
    CHECK(std::string((*quote)["date"].GetString()) == "2014-06-12T09:30:00");
    CHECK(std::string((*quote)["source"].GetString()) == "Pulse");
    CHECK(std::string((*quote)["url"].GetString()) == "https://example.org/a");
    CHECK_FALSE(quote->HasMember("author"));
    CHECK(std::string((*quote)["organisation"].GetString()) == "Riders' Union");
    // The scorer's fields are all still there.
    CHECK(std::string((*quote)["doc"].GetString()) == "a.txt");
    CHECK(std::string((*quote)["speaker"].GetString()) == "Jane Roe");
    const auto* comment = find(rows, "key", "claim:a.txt:300-330");
    REQUIRE(comment);
    CHECK(std::string((*comment)["date"].GetString()) == "2014-06-12T09:30:00");
    CHECK_FALSE(comment->HasMember("organisation"));
}
