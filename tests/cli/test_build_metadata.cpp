// build --metadata and --name-pattern: the documents of a graph carry the dates and sources the
// user gives, over the datelines the articles state; a bad date is exit 2 at FILE:LINE.
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

// The snapshot line of the document node named `name` (one node per line).
std::string document_line(const std::string& snapshot, const std::string& name) {
    const auto at = snapshot.find("\"key\":\"doc:" + name + "\"");
    if (at == std::string::npos) return "";
    return snapshot.substr(at, snapshot.find('\n', at) - at);
}

}  // namespace

TEST_CASE("build: metadata from a file and from file names, over datelines") {
    sg::test::TempDir dir;
    const fs::path articles = dir.path / "articles";
    fs::create_directory(articles);
    std::ofstream(articles / "2014-06-12_pulse_a.txt") << "Council backs bus lanes\n\nPublished: 1 May 2014\n\n"
                                                           "Jo Bell, chair of the Riders Union, said: \"We support the bus lanes.\"\n";
    std::ofstream(articles / "2014-07-01_herald_b.txt") << "Lanes row\n\nUpdated 2 July 2014\n\n"
                                                            "Ann Lee said: \"We want the bus lanes.\"\n";
    std::ofstream(articles / "notes.txt") << "Plain page\n\nPosted 3 August 2014\n\nSam Fox said: \"Bus lanes are good.\"\n";
    const fs::path meta = dir.path / "meta.csv";
    std::ofstream(meta) << "file,date,source\n2014-07-01_herald_b.txt,2014-07-05,The Herald\nmissing.txt,,Nobody\n";
    const fs::path graph = dir.path / "g.json";
    const auto r = run_binary({"build", "--metadata", meta.string(), "--name-pattern",
                               "(?<date>\\d{4}-\\d{2}-\\d{2})_(?<source>[a-z]+)_.*", "-o", graph.string(),
                               articles.string()});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    CHECK(r.err.find("\"missing.txt\" is no document of the corpus") != std::string::npos);
    const std::string g = slurp(graph);
    // the name over the dateline; the metadata file over the name; the dateline alone
    CHECK(document_line(g, "2014-06-12_pulse_a.txt").find(R"("document":{"date":"2014-06-12","source":"pulse"})") != std::string::npos);
    CHECK(document_line(g, "2014-07-01_herald_b.txt").find(R"("document":{"date":"2014-07-05","source":"The Herald"})") != std::string::npos);
    CHECK(document_line(g, "notes.txt").find(R"("document":{"date":"2014-08-03"})") != std::string::npos);

}

TEST_CASE("build: an unparsable date in a metadata file is exit 2 at FILE:LINE") {
    sg::test::TempDir dir;
    const fs::path meta = dir.path / "meta.jsonl";
    std::ofstream(meta) << "{\"file\": \"a.txt\", \"date\": \"2014-06-12\"}\n{\"file\": \"b.txt\", \"date\": \"mid-June\"}\n";
    const fs::path example = fs::path(SG_SOURCE_DIR) / "examples" / "nhs-cocommissioning" / "articles";
    const fs::path graph = dir.path / "g.json";
    const auto r = run_binary({"build", "--metadata", meta.string(), "-o", graph.string(), example.string()});
    CHECK(r.code == 2);
    CHECK(r.err.find(meta.string() + ":2: unparsable date \"mid-June\"") == 0);
    CHECK_FALSE(fs::exists(graph));
    const auto bad = run_binary({"build", "--name-pattern", "(?<when>.*)", "-o", graph.string(), example.string()});
    CHECK(bad.code == 1);
    CHECK(bad.err.find("unknown group \"when\"") != std::string::npos);
}
