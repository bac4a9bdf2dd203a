// Codebook loading: the example file, every kind of error a user can make, and positions in the graph.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "graph/error.hpp"
#include "graph/graph.hpp"
#include "loaders/codebook/codebook.hpp"

namespace {

using sg::loaders::Codebook;
using sg::loaders::parse_codebook;

std::string error_of(const std::string& json) {
    try {
        parse_codebook(json, "book.json");
    } catch (const sg::FileError& e) {
        return e.what();
    }
    return "(no error)";
}

const char* kTwoPositions = R"({
  "name": "test",
  "positions": [
    {"id": "tax-cut", "label": "Tax cut", "description": "Taxes should be cut",
     "aliases": ["lower taxes"], "cues": ["cut ... tax"], "supports_cues": ["affordable"]},
    {"id": "rail-nationalisation", "label": "Rail nationalisation"}
  ]
})";

}  // namespace

TEST_CASE("codebook: the example codebook loads with the seven position ids") {
    Codebook book = sg::loaders::load_codebook(std::filesystem::path(SG_SOURCE_DIR) /
                                               "examples/nhs-cocommissioning/codebook.json");
    std::vector<std::string> ids;
    for (const auto& p : book.positions) {
        ids.push_back(p.id);
        CHECK_FALSE(p.label.empty());
        CHECK_FALSE(p.description.empty());
        CHECK_FALSE(p.cues.empty());
    }
    CHECK(ids == std::vector<std::string>{"co-commissioning", "ccg-performance-management", "ccg-hold-gp-contracts",
                                          "ccg-primary-care-budget", "national-gp-contract",
                                          "lay-majority-ccg-boards", "coi-manageable"});
}

TEST_CASE("codebook: fields are read, optional ones default to empty") {
    Codebook book = parse_codebook(kTwoPositions, "book.json");
    REQUIRE(book.positions.size() == 2);
    CHECK(book.name == "test");
    CHECK(book.positions[0].aliases == std::vector<std::string>{"lower taxes"});
    CHECK(book.positions[0].cues == std::vector<std::string>{"cut ... tax"});
    CHECK(book.positions[0].supports_cues == std::vector<std::string>{"affordable"});
    CHECK(book.positions[1].description.empty());
    CHECK(book.positions[1].cues.empty());
}

TEST_CASE("codebook: a syntax error names file, line and column") {
    // The missing comma is on line 3, column 5 (the second member's opening quote).
    std::string msg = error_of("{\n  \"positions\": []\n    \"name\": \"x\"\n}");
    CHECK(msg.find("book.json:3:5:") == 0);
    CHECK(msg.find("Missing a comma") != std::string::npos);
}

TEST_CASE("codebook: schema errors name the JSON pointer and what is wrong") {
    CHECK(error_of(R"({"positions": [{"label": "No id"}]})") ==
          "book.json: /positions/0: missing required property \"id\"");
    CHECK(error_of(R"({"positions": [{"id": "Bad Id", "label": "x"}]})").find("book.json: /positions/0/id: \"Bad Id\" does not match") == 0);
    CHECK(error_of(R"({"positions": [{"id": "a", "label": "x", "cue": []}]})") ==
          "book.json: /positions/0/cue: unknown property \"cue\"");
    CHECK(error_of(R"({"positions": [{"id": "a", "label": "x", "aliases": "one"}]})") ==
          "book.json: /positions/0/aliases: expected an array, found \"one\"");
    CHECK(error_of(R"({"positions": []})") == "book.json: /positions: must not be empty");
    CHECK(error_of(R"([1, 2])").find("book.json: /: expected an object") == 0);
}

TEST_CASE("codebook: a duplicate id is refused, naming both entries") {
    std::string msg = error_of(R"({"positions": [{"id": "a", "label": "x"}, {"id": "b", "label": "y"},
                                                 {"id": "a", "label": "z"}]})");
    CHECK(msg == "book.json: /positions/2/id: duplicate position id \"a\" (first defined at /positions/0)");
}

TEST_CASE("codebook: deep nesting is an error, not a crash") {
    std::string deep = "{\"positions\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
    CHECK(error_of(deep).find("book.json: /positions") == 0);
}

TEST_CASE("codebook: an unreadable file is a FileError naming it") {
    CHECK_THROWS_AS(sg::loaders::load_codebook("/nonexistent/dir/book.json"), sg::FileError);
    try {
        sg::loaders::load_codebook("/nonexistent/dir/book.json");
    } catch (const sg::FileError& e) {
        CHECK(std::string(e.what()) == "/nonexistent/dir/book.json: cannot read file: No such file or directory");
    }
    try {
        sg::loaders::load_codebook(SG_SOURCE_DIR);
        FAIL("a folder loaded as a codebook");
    } catch (const sg::FileError& e) {
        CHECK(std::string(e.what()) == std::string(SG_SOURCE_DIR) + ": is a folder, not a file");
    }
}

TEST_CASE("codebook: a number beyond 64-bit integers is refused at its pointer, before validation") {
    CHECK(error_of(R"({"positions": [{"id": "a", "label": "A", "aliases": [1e300]}]})") ==
          "book.json: /positions/0/aliases/0: number out of range (beyond 64-bit integers)");
}

TEST_CASE("codebook: a byte that is not UTF-8 is an error at its line and column, not a silent U+FFFD") {
    const std::string msg = error_of("{\n  \"positions\": [{\"id\": \"a\", \"label\": \"caf\xE9\"}]}");
    CHECK(msg.rfind("book.json:2:", 0) == 0);
    CHECK(msg.find("Invalid encoding") != std::string::npos);
}

TEST_CASE("codebook: add_positions makes one Position node per entry, findable by id, label and alias") {
    sg::Graph g;
    Codebook book = parse_codebook(kTwoPositions, "book.json");
    auto ids = sg::loaders::add_positions(g, book);
    REQUIRE(ids.size() == 2);
    const sg::Node& n = g.node(ids[0]);
    CHECK(n.kind == sg::NodeKind::Position);
    CHECK(n.key == "position:tax-cut");
    CHECK(n.name == "Tax cut");
    CHECK(n.description == "Taxes should be cut");
    CHECK(g.find_name("tax-cut", sg::NodeKind::Position) == std::vector<sg::NodeId>{ids[0]});
    CHECK(g.find_name("Lower Taxes", sg::NodeKind::Position) == std::vector<sg::NodeId>{ids[0]});
    // Loading the same codebook again reuses the nodes.
    CHECK(sg::loaders::add_positions(g, book) == ids);
    CHECK(g.nodes_of_kind(sg::NodeKind::Position).size() == 2);
}

TEST_CASE("codebook: a cue whose '|' was meant between phrases is warned about, naming where it is") {
    Codebook book = parse_codebook(R"({"positions": [{"id": "quarry", "label": "New quarry",
        "cues": ["gravel pit|gravel quarry", "dig|digging ... pit|quarry", "lorry|lorries"],
        "opposes_cues": ["heavy traffic|dust ... lorry|lorries"]}]})",
                                   "book.json");
    REQUIRE(book.warnings.size() == 1);
    CHECK(book.warnings[0] ==
          "book.json: /positions/0/cues/0: \"gravel pit|gravel quarry\" reads \"gravel (pit|gravel) quarry\": \"|\" "
          "joins single words, not phrases; write each alternative phrase as a cue of its own");
    // word alternatives, with or without a gap, and a word repeated outside any alternatives load quietly
    CHECK(sg::loaders::phrase_bar_warning("dig|digging ... pit|quarry").empty());
    CHECK(sg::loaders::phrase_bar_warning("a step by step plan").empty());
    CHECK_FALSE(sg::loaders::phrase_bar_warning("close the gap|close the loophole").empty());
    CHECK(parse_codebook(kTwoPositions, "book.json").warnings.empty());
}
