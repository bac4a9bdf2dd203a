// The DNA round trip of issue 11: export the example graph to DNA, change three statements as a
// reviewer would (with SQL, as the sqlite3 shell would), build again with the DNA file as
// annotations, and the graph answers with the changes.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "dna_files.hpp"
#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using sg::test::run_binary;

namespace {

const fs::path kExample = fs::path(SG_SOURCE_DIR) / "examples" / "nhs-cocommissioning";

// The statements coded to this person and concept.
std::string statements_of(const std::string& person, const std::string& concept_label) {
    return "SELECT d1.StatementId FROM DATASHORTTEXT d1 JOIN ENTITIES e1 ON e1.ID = d1.Entity "
           "JOIN DATASHORTTEXT d3 ON d3.StatementId = d1.StatementId JOIN ENTITIES e3 ON e3.ID = d3.Entity "
           "WHERE d1.VariableId = 1 AND e1.Value = '" + person + "' AND d3.VariableId = 3 AND e3.Value = '" +
           concept_label + "'";
}

std::string query(const fs::path& graph, const std::string& q) {
    const auto r = run_binary({"query", "-g", graph.string(), q});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    return r.out;
}

bool lists(const std::string& table, const std::string& name) { return table.find(name) != std::string::npos; }

}  // namespace

TEST_CASE("build --annotations coded.dna: a reviewer's changes in DNA come back into the graph") {
    sg::test::TempDir dir;
    const fs::path graph = dir.path / "debate.sg", coded = dir.path / "coded.dna", corrected = dir.path / "corrected.sg";
    const std::vector<std::string> build = {"build", "-q", "--codebook", (kExample / "codebook.json").string()};
    auto built = build;
    built.insert(built.end(), {"-o", graph.string(), (kExample / "articles").string()});
    REQUIRE(run_binary(built).code == 0);
    REQUIRE(run_binary({"export", "-g", graph.string(), "--format", "dna", "--articles", (kExample / "articles").string(),
                        "-o", coded.string()})
                .code == 0);
    // Before: Mike Bewick and Nigel Watson oppose a lay majority, Nigel Watson says nothing about a
    // national contract, Chaand Nagpaul supports one.
    const std::string lay_before = query(graph, "who opposes lay majority");
    REQUIRE(lists(lay_before, "Mike Bewick"));
    REQUIRE(lists(lay_before, "Nigel Watson"));
    REQUIRE_FALSE(lists(query(graph, "who supports lay majority"), "Mike Bewick"));
    REQUIRE(lists(query(graph, "what does Nigel Watson say about national GP contract"), "(0 rows)"));
    REQUIRE(lists(query(graph, "what does Chaand Nagpaul say about national GP contract"), "supports national-gp-contract"));

    const fs::path changed = dir.path / "changed.dna";
    fs::copy_file(coded, changed);
    sg::test::run_sql(changed,
                      // 1. Mike Bewick's side on a lay majority flipped: he supports it.
                      "UPDATE DATABOOLEAN SET Value = 1 WHERE VariableId = 4 AND StatementId IN (" +
                          statements_of("Mike Bewick", "Lay majority on CCG boards") + ");"
                      // 2. Nigel Watson's lay-majority statements recoded to another concept.
                      "UPDATE DATASHORTTEXT SET Entity = (SELECT ID FROM ENTITIES WHERE VariableId = 3 AND Value = "
                      "'A national GP contract') WHERE VariableId = 3 AND StatementId IN (" +
                          statements_of("Nigel Watson", "Lay majority on CCG boards") + ");"
                      // 3. Chaand Nagpaul's statements on a national contract given to another speaker.
                      "INSERT INTO ENTITIES (VariableId, Value) VALUES (1, 'Zara Quinn');"
                      "UPDATE DATASHORTTEXT SET Entity = (SELECT ID FROM ENTITIES WHERE VariableId = 1 AND Value = "
                      "'Zara Quinn') WHERE VariableId = 1 AND StatementId IN (" +
                          statements_of("Chaand Nagpaul", "A national GP contract") + ");");
    auto rebuilt = build;
    rebuilt.insert(rebuilt.end(), {"--annotations", changed.string(), "-o", corrected.string(), (kExample / "articles").string()});
    const auto r = run_binary(rebuilt);
    REQUIRE_MESSAGE(r.code == 0, r.describe());

    CHECK(lists(query(corrected, "who supports lay majority"), "Mike Bewick"));
    const std::string lay_after = query(corrected, "who opposes lay majority");
    CHECK_FALSE(lists(lay_after, "Mike Bewick"));
    CHECK_FALSE(lists(lay_after, "Nigel Watson"));
    CHECK(lists(query(corrected, "what does Nigel Watson say about national GP contract"), "national-gp-contract"));
    CHECK(lists(query(corrected, "what does Zara Quinn say about national GP contract"), "supports national-gp-contract"));
    CHECK(lists(query(corrected, "what does Chaand Nagpaul say about national GP contract"), "(0 rows)"));

    // Built in two parts and merged, the same DNA file corrects the merged graph alike; merge
    // needs the articles to place the DNA offsets.
    std::vector<std::string> merge = {"merge", "-q", "--annotations", changed.string()};
    for (const char* part : {"1/2", "2/2"}) {
        const fs::path out = dir.path / (std::string("part") + part[0] + ".sg");
        auto b = build;
        b.insert(b.end(), {"--shard", part, "-o", out.string(), (kExample / "articles").string()});
        REQUIRE(run_binary(b).code == 0);
        merge.push_back(out.string());
    }
    const fs::path merged = dir.path / "merged.sg";
    auto without_articles = merge;
    without_articles.insert(without_articles.end(), {"-o", merged.string()});
    const auto refused = run_binary(without_articles);
    CHECK(refused.code == 2);
    CHECK_MESSAGE(refused.err.find(changed.string() + ": a DNA file's statements are placed through the articles' bytes") !=
                      std::string::npos,
                  refused.err);
    CHECK_FALSE(fs::exists(merged));
    merge.insert(merge.end(), {"--articles", (kExample / "articles").string(), "-o", merged.string()});
    const auto m = run_binary(merge);
    REQUIRE_MESSAGE(m.code == 0, m.describe());
    for (const char* q : {"who supports lay majority", "who opposes lay majority",
                          "what does Zara Quinn say about national GP contract",
                          "what does Chaand Nagpaul say about national GP contract"})
        CHECK(query(merged, q) == query(corrected, q));

    // The unchanged file changes nothing a network shows.
    auto same = build;
    const fs::path again = dir.path / "again.sg";
    same.insert(same.end(), {"--annotations", coded.string(), "-o", again.string(), (kExample / "articles").string()});
    REQUIRE(run_binary(same).code == 0);
    const auto n1 = run_binary({"network", "-g", graph.string(), "--rows", "person", "--aggregation", "subtract", "--with-comments"});
    const auto n2 = run_binary({"network", "-g", again.string(), "--rows", "person", "--aggregation", "subtract", "--with-comments"});
    CHECK(n1.out == n2.out);
}
