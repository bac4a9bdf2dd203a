// `stancegraph codebook suggest` end to end: a minimal codebook (id, label, description only) on
// the example corpus, the graph built without that codebook, bad codebook files, usage errors, and
// the JSON format.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using sg::test::RunResult;
using sg::test::slurp;
using sg::test::TempDir;

namespace {

const fs::path kExample = fs::path(SG_SOURCE_DIR) / "examples" / "nhs-cocommissioning";

RunResult stancegraph(const std::vector<std::string>& args) { return sg::test::run_binary(args); }

// The example codebook with only id, label and description left for each position: what a user
// writes before reading the articles.
std::string stripped_codebook() {
    rapidjson::Document full;
    full.Parse(slurp(kExample / "codebook.json").c_str());
    REQUIRE_FALSE(full.HasParseError());
    rapidjson::StringBuffer sb;
    rapidjson::Writer<rapidjson::StringBuffer> w(sb);
    w.StartObject();
    w.Key("name");
    w.String(full["name"].GetString());
    w.Key("positions");
    w.StartArray();
    for (const auto& p : full["positions"].GetArray()) {
        w.StartObject();
        for (const char* field : {"id", "label", "description"}) {
            w.Key(field);
            w.String(p[field].GetString());
        }
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return sb.GetString();
}

// The example articles built with the stripped codebook (once per test process).
struct Built {
    TempDir dir;
    std::string codebook, graph;
    Built() {
        codebook = dir.write("book.json", stripped_codebook()).string();
        graph = (dir.path / "graph.json").string();
        auto r = stancegraph({"build", "-q", "--codebook", codebook, "-o", graph, (kExample / "articles").string()});
        REQUIRE_MESSAGE(r.code == 0, r.describe());
    }
};

const Built& minimal_build() {
    static const Built b;
    return b;
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("codebook suggest: a codebook of id, label and description works end to end on the example corpus") {
    const Built& b = minimal_build();
    auto r = stancegraph({"codebook", "suggest", "-g", b.graph, "--codebook", b.codebook});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    CHECK(r.err.empty());
    // Every position has its heading, in codebook order.
    std::size_t at = 0;
    for (const char* id : {"co-commissioning", "ccg-performance-management", "ccg-hold-gp-contracts",
                           "ccg-primary-care-budget", "national-gp-contract", "lay-majority-ccg-boards",
                           "coi-manageable"}) {
        auto found = r.out.find("== " + std::string(id) + ": ", at);
        CHECK_MESSAGE(found != std::string::npos, id);
        if (found != std::string::npos) at = found;
    }
    CHECK(contains(r.out, "Undecided (about it, no side)"));
    // The words the articles use for a position its label does not say as a phrase: "performance
    // management" for "CCG performance management of GP contracts" is the first suggestion.
    auto pm = r.out.find("== ccg-performance-management");
    auto next = r.out.find("\n== ", pm + 1);
    REQUIRE(pm != std::string::npos);
    const std::string section = r.out.substr(pm, next - pm);
    CHECK(contains(section, "\"cues\": [\"performance management\""));
    // A claim is shown as: speaker — "text" (document).
    CHECK(contains(r.out, " \xE2\x80\x94 \""));
    CHECK(contains(r.out, ".txt)"));
}

TEST_CASE("codebook suggest: the JSON format parses, one entry per position, the same as the text") {
    const Built& b = minimal_build();
    TempDir t;
    const std::string out = (t.path / "suggestions.json").string();
    auto r = stancegraph({"codebook", "suggest", "-g", b.graph, "--codebook", b.codebook, "--format", "json",
                          "--top", "3", "-o", out});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    CHECK(r.out.empty());
    rapidjson::Document d;
    d.Parse(slurp(out).c_str());
    REQUIRE_FALSE(d.HasParseError());
    CHECK(std::string(d["codebook"].GetString()) == b.codebook);
    CHECK(d["warnings"].Size() == 0);
    REQUIRE(d["positions"].Size() == 7);
    std::size_t undecided = 0;
    for (const auto& p : d["positions"].GetArray()) {
        for (const char* list : {"cues", "supports_cues", "opposes_cues"}) {
            REQUIRE(p[list].IsArray());
            CHECK(p[list].Size() <= 3);
            for (const auto& c : p[list].GetArray()) {
                CHECK(c["claims"].GetUint() >= 2);
                CHECK(c["phrase"].GetStringLength() > 0);
            }
        }
        CHECK(p["undecided"]["claims"].Size() <= 3);
        CHECK(p["undecided"]["claims"].Size() <= p["undecided"]["total"].GetUint());
        undecided += p["undecided"]["total"].GetUint();
    }
    CHECK(undecided > 0);
}

TEST_CASE("codebook suggest: a graph built without that codebook says so, naming both files") {
    const Built& b = minimal_build();
    TempDir t;
    const std::string bare = (t.path / "bare.json").string();
    auto r = stancegraph({"build", "-q", "-o", bare, (kExample / "articles").string()});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    r = stancegraph({"codebook", "suggest", "-g", bare, "--codebook", b.codebook});
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(contains(r.err, bare + ": built without codebook " + b.codebook));
    CHECK(contains(r.err, "graph has no positions"));

    // Another codebook entirely: none of its ids is in the graph.
    const std::string other = t.write("other.json", R"({"name": "x", "positions": [
        {"id": "rail-fares", "label": "Rail fares", "description": "Fares should fall"}]})").string();
    r = stancegraph({"codebook", "suggest", "-g", b.graph, "--codebook", other});
    CHECK(r.code == 2);
    CHECK(contains(r.err, b.graph + ": built without codebook " + other + " (position rail-fares not in the graph; graph has "));

    // Another version of it (one position renamed): a warning, and suggestions for the others.
    std::string edited = stripped_codebook();
    edited.replace(edited.find("\"national-gp-contract\""), 22, "\"one-gp-contract\"");
    const std::string version = t.write("edited.json", edited).string();
    r = stancegraph({"codebook", "suggest", "-g", b.graph, "--codebook", version});
    CHECK_MESSAGE(r.code == 0, r.describe());
    CHECK(contains(r.err, "warning: " + b.graph + ": built with another version of codebook " + version +
                              " (position one-gp-contract not in the graph; graph has national-gp-contract)"));
    CHECK(contains(r.out, "== co-commissioning"));
    CHECK_FALSE(contains(r.out, "== one-gp-contract"));
}

TEST_CASE("codebook suggest: missing or invalid files exit 2 naming the file") {
    const Built& b = minimal_build();
    TempDir t;
    auto r = stancegraph({"codebook", "suggest", "-g", b.graph, "--codebook", "/nonexistent/book.json"});
    CHECK(r.code == 2);
    CHECK(contains(r.err, "/nonexistent/book.json"));

    const std::string broken = t.write("broken.json", "{\"name\": \"x\", \"positions\": [\n  {\"id\": \"a\"\n").string();
    r = stancegraph({"codebook", "suggest", "-g", b.graph, "--codebook", broken});
    CHECK(r.code == 2);
    CHECK(contains(r.err, broken + ":"));

    const std::string invalid = t.write("invalid.json", R"({"name": "x", "positions": [{"label": "no id"}]})").string();
    r = stancegraph({"codebook", "suggest", "-g", b.graph, "--codebook", invalid});
    CHECK(r.code == 2);
    CHECK(contains(r.err, invalid + ": /positions/0"));

    r = stancegraph({"codebook", "suggest", "-g", "/nonexistent/graph.json", "--codebook", b.codebook});
    CHECK(r.code == 2);
    CHECK(contains(r.err, "/nonexistent/graph.json"));

    r = stancegraph({"codebook", "suggest", "-g", b.graph, "--codebook", b.codebook, "-o", "/nonexistent/dir/out.txt"});
    CHECK(r.code == 2);
    CHECK(contains(r.err, "/nonexistent/dir/out.txt"));
}

TEST_CASE("codebook suggest: help, and usage errors exit 1") {
    auto r = stancegraph({"codebook", "suggest", "--help"});
    CHECK(r.code == 0);
    CHECK(contains(r.out, "Usage: stancegraph codebook suggest"));
    CHECK(contains(r.out, "--top N"));
    r = stancegraph({"--help"});
    CHECK(contains(r.out, "stancegraph codebook suggest"));
    r = stancegraph({"codebook", "--help"});
    CHECK(r.code == 0);
    CHECK(contains(r.out, "suggest"));

    r = stancegraph({"codebook"});
    CHECK(r.code == 1);
    r = stancegraph({"codebook", "improve"});
    CHECK(r.code == 1);
    CHECK(contains(r.err, "unknown command \"improve\""));
    r = stancegraph({"codebook", "suggest", "--codebook", "book.json"});
    CHECK(r.code == 1);
    CHECK(contains(r.err, "-g GRAPH is required"));
    r = stancegraph({"codebook", "suggest", "-g", "g.json"});
    CHECK(r.code == 1);
    CHECK(contains(r.err, "--codebook FILE is required"));
    r = stancegraph({"codebook", "suggest", "-g", "g.json", "--codebook", "b.json", "--format", "xml"});
    CHECK(r.code == 1);
    CHECK(contains(r.err, "unknown format \"xml\""));
    r = stancegraph({"codebook", "suggest", "-g", "g.json", "--codebook", "b.json", "--top", "0"});
    CHECK(r.code == 1);
    CHECK(contains(r.err, "--top"));
    r = stancegraph({"codebook", "suggest", "-g", "g.json", "--codebook", "b.json", "extra"});
    CHECK(r.code == 1);
    CHECK(contains(r.err, "unexpected argument \"extra\""));
}
