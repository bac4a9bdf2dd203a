// Article files that are not refused but not built either — empty or blank ones — and the
// --max-file-size option that sets how big an article may be. End-to-end through `build`.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "cli/hostile_corpus.hpp"

namespace fs = std::filesystem;
using namespace sg::test;

TEST_CASE("an empty or blank article is skipped with a warning; the others are built") {
    TempDir t;
    const std::string good = t.file("articles/good.txt", kArticle);
    const std::string empty = t.file("articles/empty.txt");
    const std::string blank = t.file("articles/blank.txt", "\xEF\xBB\xBF \r\n\t\n\n");
    const std::string graph = (t.path / "graph.json").string();

    const RunResult r = run_binary({"build", "-o", graph, (t.path / "articles").string()});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    CHECK_MESSAGE(contains(r.err, "warning: " + empty + ": empty file, skipped"), r.err);
    CHECK_MESSAGE(contains(r.err, "warning: " + blank + ": no text (only white space), skipped"), r.err);
    CHECK(contains(r.err, ": 1 documents"));

    const RunResult docs = run_binary({"query", "-g", graph, "--format", "csv", "list documents"});
    REQUIRE(docs.code == 0);
    CHECK(contains(docs.out, "good.txt"));
    CHECK_FALSE(contains(docs.out, "empty.txt"));
    CHECK_FALSE(contains(docs.out, "blank.txt"));
}

TEST_CASE("a build whose every article is empty fails with exit 2 instead of saving an empty graph") {
    TempDir t;
    const std::string graph = (t.path / "graph.json").string();
    const std::string empty = t.file("empty.txt");
    RunResult r = run_binary({"build", "-o", graph, empty});
    CHECK(r.code == 2);
    CHECK_MESSAGE(contains(r.err, empty + ": empty file"), r.err);
    CHECK_MESSAGE(contains(r.err, "no article to build"), r.err);

    t.file("all/a.txt");
    t.file("all/b.txt", "\n\n");
    r = run_binary({"build", "-o", graph, (t.path / "all").string()});
    CHECK(r.code == 2);
    CHECK_MESSAGE(contains(r.err, "no article to build"), r.err);
    CHECK_FALSE(fs::exists(graph));
}

TEST_CASE("--max-file-size sets the largest article, in MiB") {
    TempDir t;
    std::string text;
    while (text.size() < (std::size_t{3} << 20)) text += kArticle.substr(kArticle.find("Councillor"));
    const std::string file = t.file("long.txt", text);
    const std::string graph = (t.path / "graph.json").string();
    RunResult r = run_binary({"build", "-q", "--max-file-size", "1", "-o", graph, file});
    CHECK(r.code == 2);
    CHECK_MESSAGE(contains(r.err, file + ": " + std::to_string(text.size()) +
                                      " bytes is more than the --max-file-size limit (1 MiB)"),
                  r.err);
    CHECK_FALSE(fs::exists(graph));
    r = run_binary({"build", "-q", "--max-file-size", "4", "-o", graph, file});
    CHECK_MESSAGE(r.code == 0, r.describe());
    CHECK(fs::exists(graph));
    r = run_binary({"build", "-q", "--max-file-size", "0", "-o", graph, file});
    CHECK(r.code == 1);
    CHECK_MESSAGE(contains(r.err, "--max-file-size"), r.err);
}
