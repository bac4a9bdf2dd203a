// Bad JSON inputs — codebooks, annotations and snapshots — nested 10^5 deep, duplicated,
// naming what does not exist, written by another program, cut short or off-schema: each is
// exit 2 with a message naming the file and the place (line:column or JSON pointer). The deep
// ones run under a 1 MiB stack, so any recursion as deep as the input would crash the program.
#include <doctest/doctest.h>

#include <csignal>
#include <string>

#include "cli/hostile_corpus.hpp"

using namespace sg::test;

namespace {

std::string deep_arrays(const std::string& prefix, const std::string& suffix) {
    return prefix + std::string(kDeep, '[') + std::string(kDeep, ']') + suffix;
}

std::string deep_objects(const std::string& prefix, const std::string& suffix) {
    std::string s = prefix;
    for (std::size_t i = 0; i < kDeep; ++i) s += "{\"a\":";
    s += "1";
    s += std::string(kDeep, '}');
    return s + suffix;
}

// Runs with the small stack; the program must end by itself with exit 2 and a message that
// starts with the file's path.
void expect_refused(const std::vector<std::string>& args, const std::string& file) {
    RunOptions small;
    small.stack_kib = kSmallStackKib;
    const RunResult r = run_binary(args, small);
    CHECK_MESSAGE(r.signal == 0, r.describe());
    CHECK_MESSAGE(r.code == 2, r.describe());
    CHECK_MESSAGE(r.err.rfind(file + ":", 0) == 0, r.err);
    CHECK_MESSAGE(r.err.size() < 1000, "a message of " << r.err.size() << " bytes");
}

}  // namespace

TEST_CASE("JSON nested 10^5 deep is refused without deep recursion: codebook, annotations, snapshot") {
    Corpus c;
    const std::string out = c.path("out.json");
    // Top level, and inside a member the schema knows, so that the file gets past the first check.
    const std::vector<std::pair<std::string, std::string>> files = {
        {"arrays.json", deep_arrays("", "")},
        {"objects.json", deep_objects("", "")},
        {"codebook-arrays.json", deep_arrays(R"({"name": "x", "positions": )", "}")},
        {"codebook-objects.json", deep_objects(R"({"name": "x", "positions": [{"id": "a", "label": )", "}]}")},
        {"annotations-arrays.json", deep_arrays(R"({"annotations": )", "}")},
        {"annotations-objects.json", deep_objects(R"({"annotations": [{"op": "merge", "keep": )", "}]}")},
        {"snapshot-arrays.json", deep_arrays(R"({"format": "stancegraph-graph", "version": 1, "nodes": )", ", \"edges\": []}")},
        {"snapshot-objects.json", deep_objects(R"({"format": "stancegraph-graph", "version": 1, "edges": [], "nodes": [)", "]}")},
    };
    for (const auto& [name, text] : files) {
        const std::string file = c.dir.file(name, text);
        CAPTURE(name);
        expect_refused({"build", "-q", "--codebook", file, "-o", out, c.article}, file);
        expect_refused({"build", "-q", "--codebook", c.codebook, "--annotations", file, "-o", out, c.article}, file);
        expect_refused({"query", "-g", file, "list documents"}, file);
        expect_refused({"export", "-g", file, "--format", "json"}, file);
    }
}

TEST_CASE("a codebook with a duplicate position id names both places") {
    Corpus c;
    const std::string codebook = c.dir.file("dup.json", R"({"name": "x", "positions": [
        {"id": "tolls", "label": "Road tolls"},
        {"id": "bus-lanes", "label": "Bus lanes"},
        {"id": "tolls", "label": "Tolls again"}]})");
    const RunResult r = run_binary({"build", "--codebook", codebook, "-o", c.path("out.json"), c.article});
    CHECK(r.code == 2);
    CHECK_MESSAGE(contains(r.err, codebook + ": /positions/2/id: duplicate position id \"tolls\""), r.err);
    CHECK_MESSAGE(contains(r.err, "/positions/0"), r.err);
}

TEST_CASE("annotations naming an unknown actor, position or document say which, with a suggestion") {
    Corpus c;
    const auto build_with = [&](const std::string& name, const std::string& annotation) {
        const std::string file = c.dir.file(name, R"({"annotations": [{"op": "add_alias", "actor": "Tom Brennan", "alias": "TB"}, )" +
                                                      annotation + "]}");
        const RunResult r = run_binary({"build", "--codebook", c.codebook, "--annotations", file, "-o",
                                        c.path("out.json"), c.article});
        CHECK(r.code == 2);
        CHECK_MESSAGE(r.err.rfind(file + ": /annotations/1: ", 0) == 0, r.err);
        return r.err;
    };
    std::string err = build_with("actor.json", R"({"op": "add_alias", "actor": "Jane Okafr", "alias": "JO"})");
    CHECK_MESSAGE(contains(err, "no actor named \"Jane Okafr\" (did you mean \"Jane Okafor\"?)"), err);

    err = build_with("position.json", R"({"op": "set_polarity", "document": "council.txt", "quote": "clean the air",
                                          "position": "congestion-charg", "polarity": "opposes"})");
    CHECK_MESSAGE(contains(err, "no position \"congestion-charg\""), err);

    err = build_with("document.json", R"({"op": "set_polarity", "document": "counsil.txt", "quote": "clean the air",
                                          "position": "congestion-charge", "polarity": "opposes"})");
    CHECK_MESSAGE(contains(err, "no document \"counsil.txt\""), err);
}

TEST_CASE("a snapshot written by another program is refused with exit 2 naming the file") {
    Corpus c;
    const RunResult graphml = run_binary({"export", "-g", c.graph, "--format", "graphml"});
    REQUIRE(graphml.code == 0);
    const std::vector<std::pair<std::string, std::string>> foreign = {
        {"graph.graphml", graphml.out},
        {"networkx.json", R"({"directed": true, "nodes": [{"id": 1}], "links": []})"},
        {"array.json", "[1, 2, 3]"},
        {"empty.json", ""},
    };
    for (const auto& [name, text] : foreign) {
        CAPTURE(name);
        const std::string file = c.dir.write(name, text).string();
        const RunResult r = run_binary({"query", "-g", file, "list documents"});
        CHECK(r.code == 2);
        CHECK_MESSAGE(r.err.rfind(file + ":", 0) == 0, r.err);
    }
    const RunResult nx = run_binary({"query", "-g", c.path("networkx.json"), "list documents"});
    CHECK_MESSAGE(contains(nx.err, "not a stancegraph snapshot"), nx.err);
    const RunResult xml = run_binary({"query", "-g", c.path("graph.graphml"), "list documents"});
    CHECK_MESSAGE(contains(xml.err, "not a stancegraph snapshot (it is XML, perhaps a GraphML export"), xml.err);
}

TEST_CASE("a truncated snapshot is refused at its end, saying it looks truncated") {
    Corpus c;
    const std::string whole = slurp(c.graph);
    const std::string half = c.dir.file("half.json", whole.substr(0, whole.size() / 2));
    const RunResult r = run_binary({"query", "-g", half, "list documents"});
    CHECK(r.code == 2);
    CHECK_MESSAGE(r.err.rfind(half + ":", 0) == 0, r.err);
    CHECK_MESSAGE(contains(r.err, "truncated"), r.err);
}

TEST_CASE("a snapshot that breaks the schema names the JSON pointer at fault") {
    Corpus c;
    const std::string whole = slurp(c.graph);
    const auto replaced = [&](const std::string& from, const std::string& to) {
        std::string s = whole;
        const auto at = s.find(from);
        REQUIRE(at != std::string::npos);
        return s.replace(at, from.size(), to);
    };
    const std::string kind = c.dir.file("kind.json", replaced("\"kind\":\"person\"", "\"kind\":\"martian\""));
    RunResult r = run_binary({"query", "-g", kind, "list documents"});
    CHECK(r.code == 2);
    CHECK_MESSAGE(r.err.rfind(kind + ":", 0) == 0, r.err);
    CHECK_MESSAGE(contains(r.err, "/nodes/"), r.err);
    CHECK_MESSAGE(contains(r.err, "martian"), r.err);

    const std::string dangling = c.dir.file("edge.json", replaced("\"to\":\"", "\"to\":\"org:nowhere-"));
    r = run_binary({"query", "-g", dangling, "list documents"});
    CHECK(r.code == 2);
    CHECK_MESSAGE(contains(r.err, dangling + ": invalid snapshot at /edges/"), r.err);
}
