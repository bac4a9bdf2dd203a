// `export --format dna` and back: a graph built from the example articles, written as a DNA file
// and imported again, gives the same discourse network (every stance its coder would review),
// and a failed export leaves an existing file as it was.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using sg::test::run_binary;
using sg::test::slurp;

namespace {

const fs::path kExample = fs::path(SG_SOURCE_DIR) / "examples" / "nhs-cocommissioning";

}  // namespace

TEST_CASE("export --format dna: the example graph goes to DNA and back with the same network") {
    sg::test::TempDir dir;
    const fs::path graph = dir.path / "debate.sg", coded = dir.path / "coded.dna", back = dir.path / "back.sg";
    REQUIRE(run_binary({"build", "-q", "--codebook", (kExample / "codebook.json").string(), "-o", graph.string(),
                        (kExample / "articles").string()})
                .code == 0);
    const auto exported = run_binary({"export", "-g", graph.string(), "--format", "dna", "--articles",
                                      (kExample / "articles").string(), "--coder", "Reviewer", "--password", "sesame",
                                      "-o", coded.string()});
    REQUIRE_MESSAGE(exported.code == 0, exported.describe());
    CHECK(exported.err.find("wrote " + coded.string() + ": 5 documents, ") == 0);
    CHECK(slurp(coded).rfind("SQLite format 3", 0) == 0);
    const auto imported = run_binary({"import-dna", coded.string(), "-o", back.string()});
    REQUIRE_MESSAGE(imported.code == 0, imported.describe());
    CHECK(imported.err.find("5 documents") != std::string::npos);
    // Person x position: who took which side how often, before and after the round trip (the
    // DNA file holds readers' comments as statements like any other).
    for (const char* type : {"twomode", "onemode"}) {
        const auto before = run_binary({"network", "-g", graph.string(), "--rows", "person", "--type", type,
                                        "--aggregation", "subtract", "--with-comments"});
        const auto after = run_binary({"network", "-g", back.string(), "--rows", "person", "--type", type,
                                       "--aggregation", "subtract"});
        REQUIRE(before.code == 0);
        REQUIRE(after.code == 0);
        CHECK(before.out.size() > 100);
        CHECK(before.out == after.out);
    }
}

TEST_CASE("export --format dna: missing articles are exit 2 and the old file stays") {
    sg::test::TempDir dir;
    const fs::path graph = dir.path / "debate.json", coded = dir.path / "coded.dna";
    REQUIRE(run_binary({"build", "-q", "-o", graph.string(), (kExample / "articles").string()}).code == 0);
    std::ofstream(coded) << "an earlier file";
    const auto r = run_binary({"export", "-g", graph.string(), "--format", "dna", "--articles", dir.path.string(), "-o",
                               coded.string()});
    CHECK(r.code == 2);
    CHECK(r.err.find(dir.path.string()) != std::string::npos);
    CHECK(slurp(coded) == "an earlier file");
    const auto usage = run_binary({"export", "-g", graph.string(), "--format", "dna", "-o", coded.string()});
    CHECK(usage.code == 1);
    CHECK(usage.err.find("--articles DIR") != std::string::npos);
}

TEST_CASE("build: a claim records the organisation its article names for the speaker, and networks use it") {
    sg::test::TempDir dir;
    const fs::path graph = dir.path / "debate.json";
    REQUIRE(run_binary({"build", "-q", "--codebook", (kExample / "codebook.json").string(), "-o", graph.string(),
                        (kExample / "articles").string()})
                .code == 0);
    const std::string g = slurp(graph);
    // Chaand Nagpaul is named as chair of the GP Committee in the first article.
    const auto at = g.find("\"key\":\"claim:000_1f3b7b468d541e9d.txt:2915-2964\"");
    REQUIRE(at != std::string::npos);
    CHECK(g.substr(at, g.find('\n', at) - at).find("\"organisation\":\"org:general-practitioners-committee\"") !=
          std::string::npos);
    // So the organisation network counts his claims for the committee: a row of its own.
    const auto net = run_binary({"network", "-g", graph.string(), "--exclude", "person="});
    REQUIRE(net.code == 0);
    CHECK(net.out.find("\n\"General Practitioners Committee\",") != std::string::npos);
}
