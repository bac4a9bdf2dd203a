// End to end: build the example corpus, ask `why does X oppose|support P` for every actor the
// `who` tallies list, and check what a user would check: each evidence item's span, read from the
// article file, holds exactly its words.
#include <doctest/doctest.h>

#include <rapidjson/document.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using sg::test::slurp;
using sg::test::TempDir;

namespace {

const fs::path kExample = fs::path(SG_SOURCE_DIR) / "examples" / "nhs-cocommissioning";

rapidjson::Document json_of(const std::string& text) {
    rapidjson::Document d;
    d.Parse(text.c_str());
    REQUIRE_FALSE(d.HasParseError());
    REQUIRE(d.IsArray());
    return d;
}

struct Item {
    std::string question, role, words, document;
    std::uint64_t start = 0, end = 0;
};

// Every evidence item of every `why` answer for the actors `who supports|opposes P` lists.
std::vector<Item> all_evidence(const std::string& graph) {
    std::vector<std::string> positions;
    {
        auto r = sg::test::run_binary({"query", "-g", graph, "--format", "json", "list positions"});
        REQUIRE(r.code == 0);
        auto d = json_of(r.out);
        for (const auto& p : d.GetArray()) positions.emplace_back(p["id"].GetString());
    }
    REQUIRE(positions.size() > 3);
    std::vector<Item> out;
    for (const auto& position : positions) {
        for (const std::string side : {"support", "oppose"}) {
            auto who = sg::test::run_binary({"query", "-g", graph, "--format", "json", "who " + side + "s " + position});
            REQUIRE(who.code == 0);
            auto actors = json_of(who.out);
            for (const auto& a : actors.GetArray()) {
                const std::string q = "why does \"" + std::string(a["name"].GetString()) + "\" " + side + " " + position;
                auto why = sg::test::run_binary({"query", "-g", graph, "--format", "json", q});
                REQUIRE_MESSAGE(why.code == 0, q, why.err);
                auto claims = json_of(why.out);
                // The tally counted something for this actor on this side: why lists it.
                CHECK_MESSAGE(claims.Size() > 0, q);
                for (const auto& c : claims.GetArray()) {
                    REQUIRE(c["evidence"].IsArray());
                    for (const auto& e : c["evidence"].GetArray())
                        out.push_back({q, e["role"].GetString(), e["words"].GetString(),
                                       e["document"].IsString() ? e["document"].GetString() : "",
                                       e["span"][0].GetUint64(), e["span"][1].GetUint64()});
                }
            }
        }
    }
    return out;
}

bool classifier_role(const std::string& role) {
    return role != "manual" && role != "consistency" && role != "spokesperson";
}

}  // namespace

TEST_CASE("why on the example corpus: every evidence span read from its file holds its words") {
    TempDir t;
    const fs::path graph = t.path / "graph.json";
    REQUIRE(sg::test::run_binary({"build", "-q", "--codebook", (kExample / "codebook.json").string(), "--annotations",
                                  (kExample / "annotations.json").string(), "-o", graph.string(),
                                  (kExample / "articles").string()})
                .code == 0);
    const auto items = all_evidence(graph.string());
    REQUIRE(!items.empty());
    std::size_t from_classifier = 0;
    for (const auto& i : items) {
        CAPTURE(i.question);
        CAPTURE(i.role);
        REQUIRE(!i.document.empty());
        const std::string file = slurp(kExample / "articles" / i.document);
        REQUIRE(i.start <= i.end);
        REQUIRE(i.end <= file.size());
        CHECK(file.substr(i.start, i.end - i.start) == i.words);
        if (classifier_role(i.role)) ++from_classifier;
    }
    // The words the stance classifier found (cue, negation, contrast, frame, target ...), not only
    // the claims a side was carried from: this needs the classifier to report its evidence.
    CHECK_MESSAGE(from_classifier > 0, "no evidence item from the stance classifier among " << items.size());
}

TEST_CASE("why on the command line: an unknown actor is exit 1 with a caret and suggestions") {
    TempDir t;
    const fs::path graph = t.path / "graph.json";
    REQUIRE(sg::test::run_binary({"build", "-q", "--codebook", (kExample / "codebook.json").string(), "-o",
                                  graph.string(), (kExample / "articles").string()})
                .code == 0);
    auto r = sg::test::run_binary({"query", "-g", graph.string(), "why does Nobody Atall oppose co-commissioning"});
    CHECK(r.code == 1);
    CHECK(r.err.find("why does Nobody Atall oppose co-commissioning\n         ^ no actor named \"Nobody Atall\"") !=
          std::string::npos);
    r = sg::test::run_binary({"query", "-g", graph.string(), "why does GPC oppose"});
    CHECK(r.code == 1);
    CHECK(r.err.find("syntax error: unexpected end of query") != std::string::npos);
}
