// End to end on the example corpus: the example codebook and annotations file apply to what the
// pipeline extracts, and the correction lands as a manual stance.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "graph/error.hpp"
#include "loaders/build.hpp"

namespace {

const std::filesystem::path kExample = std::filesystem::path(SG_SOURCE_DIR) / "examples/nhs-cocommissioning";

}  // namespace

TEST_CASE("annotations example: the set_polarity correction applies to the built corpus graph") {
    sg::loaders::BuildOptions options;
    options.codebook = kExample / "codebook.json";
    options.annotations = {kExample / "annotations.json"};
    options.threads = 2;
    sg::loaders::BuildReport report;
    sg::Graph g = sg::loaders::build_graph({kExample / "articles"}, options, report);

    auto position = g.find_key("position:co-commissioning");
    REQUIRE(position);
    // The corrected claim: manual, and its only link to the position is a manual "about".
    std::size_t manual_claims = 0;
    for (sg::NodeId c : g.nodes_of_kind(sg::NodeKind::Claim)) {
        if (!g.node(c).claim.manual) continue;
        ++manual_claims;
        std::size_t links = 0;
        for (sg::EdgeId e : g.out_edges(c)) {
            const sg::Edge& edge = g.edge(e);
            if (edge.to != *position) continue;
            ++links;
            CHECK(edge.kind == sg::EdgeKind::About);
            CHECK(edge.manual);
        }
        CHECK(links == 1);
    }
    CHECK(manual_claims == 1);
}

TEST_CASE("annotations example: an annotation naming nothing stops the build with its pointer") {
    auto file = std::filesystem::temp_directory_path() / "sg-test-bad-annotations.json";
    {
        std::ofstream out(file);
        out << R"({"annotations": [{"op": "add_alias", "actor": "Nobody Atall", "alias": "x"}]})";
    }
    sg::loaders::BuildOptions options;
    options.codebook = kExample / "codebook.json";
    options.annotations = {file};
    options.threads = 1;
    sg::loaders::BuildReport report;
    try {
        sg::loaders::build_graph({kExample / "articles"}, options, report);
        FAIL("no error");
    } catch (const sg::FileError& e) {
        CHECK(std::string(e.what()).rfind(file.string() + ": /annotations/0: no actor named \"Nobody Atall\"", 0) == 0);
    }
    std::filesystem::remove(file);
}
