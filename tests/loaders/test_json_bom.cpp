// Codebooks and annotations saved with a byte order mark are read and validated like any other
// file, and stray mark bytes are a syntax error. A lone 0xBF before the JSON once skipped the
// schema check and crashed the annotations loader (found by tests/fuzz/fuzz_annotations,
// reproducer tests/fuzz/corpus/annotations/regression-stray-bom-byte).
#include <doctest/doctest.h>

#include <string>

#include "graph/error.hpp"
#include "graph/graph.hpp"
#include "loaders/annotations/annotations.hpp"
#include "loaders/codebook/codebook.hpp"

namespace {

const std::string kBom = "\xEF\xBB\xBF";

std::string codebook_error(const std::string& json) {
    try {
        sg::loaders::parse_codebook(json, "book.json");
    } catch (const sg::FileError& e) {
        return e.what();
    }
    return "(no error)";
}

std::string annotations_error(const std::string& json) {
    sg::Graph g;
    try {
        sg::loaders::apply_annotations_text(g, json, "notes.json");
    } catch (const sg::FileError& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST_CASE("json files: a codebook with a byte order mark loads") {
    const auto book = sg::loaders::parse_codebook(
        kBom + R"({"name": "b", "positions": [{"id": "tax-cut", "label": "Tax cut"}]})", "book.json");
    REQUIRE(book.positions.size() == 1);
    CHECK(book.positions[0].id == "tax-cut");
}

TEST_CASE("json files: after a byte order mark the schema still applies") {
    CHECK(codebook_error(kBom + R"({"name": "b", "positions": [{"id": "x", "label": "X", "colour": "red"}]})") ==
          "book.json: /positions/0/colour: unknown property \"colour\"");
    CHECK(annotations_error(kBom + R"({"annotations": 5})").rfind("notes.json: /annotations: ", 0) == 0);
}

TEST_CASE("json files: stray byte order mark bytes are a syntax error at line 1, column 1") {
    for (const std::string stray : {"\xBF", "\xBB", "\xEF", "\xEF\xBB"}) {
        CAPTURE(stray);
        CHECK(annotations_error(stray + R"("code")").rfind("notes.json:1:1: ", 0) == 0);
        CHECK(annotations_error(stray + R"({"annotations": []})").rfind("notes.json:1:1: ", 0) == 0);
        CHECK(codebook_error(stray + R"({"name": "b", "positions": []})").rfind("book.json:1:1: ", 0) == 0);
    }
}
