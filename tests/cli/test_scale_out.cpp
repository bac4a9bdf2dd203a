// Scaling out: `build --shard K/N` builds part K of N of a corpus, `merge` joins the parts, and the
// merged graph is the graph one build of the whole corpus gives: the same snapshot, byte for
// byte, hence the same answer to every question. Also: the parts partition the corpus, and the
// bad inputs of merge (graphs of different codebooks, a missing file) exit 2 naming the file.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "graph/snapshot.hpp"
#include "graph/store/open.hpp"
#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using sg::test::RunResult;
using sg::test::slurp;
using sg::test::TempDir;

namespace {

const fs::path kExample = fs::path(SG_SOURCE_DIR) / "examples" / "nhs-cocommissioning";
const std::string kCodebook = (kExample / "codebook.json").string();
const std::string kAnnotations = (kExample / "annotations.json").string();
const std::string kArticles = (kExample / "articles").string();

RunResult stancegraph(const std::vector<std::string>& args) { return sg::test::run_binary(args); }

// The file names of a graph's documents.
std::set<std::string> documents_of(const fs::path& graph) {
    std::set<std::string> out;
    sg::Graph g = sg::store::load_graph(graph);
    for (sg::NodeId n : g.nodes_of_kind(sg::NodeKind::Document)) out.insert(g.node(n).name);
    return out;
}

// Builds the N parts of a corpus and merges them; returns the merged graph's path.
fs::path build_in_parts(const TempDir& t, const std::string& tag, unsigned n, const std::string& codebook,
                        const std::string& articles, const std::vector<std::string>& merge_extra = {}) {
    std::vector<std::string> merge = {"merge", "-q", "-o", (t.path / (tag + "-merged.json")).string()};
    merge.insert(merge.end(), merge_extra.begin(), merge_extra.end());
    for (unsigned k = 1; k <= n; ++k) {
        const std::string part = (t.path / (tag + "-part" + std::to_string(k) + ".sg")).string();
        const auto r = stancegraph({"build", "-q", "--codebook", codebook, "--shard",
                                    std::to_string(k) + "/" + std::to_string(n), "-o", part, articles});
        REQUIRE_MESSAGE(r.code == 0, r.describe());
        merge.push_back(part);
    }
    const auto r = stancegraph(merge);
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    return t.path / (tag + "-merged.json");
}

// The questions asked of both graphs: who supports and who opposes each position, the stance of
// every actor, counts, lists, and every example question.
std::vector<std::string> questions(const fs::path& graph) {
    std::vector<std::string> q;
    sg::Graph g = sg::store::load_graph(graph);
    for (sg::NodeId n : g.nodes_of_kind(sg::NodeKind::Position)) {
        const std::string id = g.node(n).key.substr(std::string("position:").size());
        q.push_back("who supports " + id);
        q.push_back("who opposes " + id);
        q.push_back("claims about " + id);
    }
    for (auto kind : {sg::NodeKind::Person, sg::NodeKind::Organisation})
        for (sg::NodeId n : g.nodes_of_kind(kind)) q.push_back("stance of \"" + g.node(n).name + "\"");
    for (const char* s : {"count claims by organisation", "count claims by speaker", "count claims by position",
                          "count claims by document", "list people", "list organisations", "list positions",
                          "list documents"})
        q.emplace_back(s);
    return q;
}

// A snapshot's node and edge lines, each without its separating comma, sorted: the graph's
// content whatever the order of its nodes and edges.
std::vector<std::string> content(const fs::path& graph) {
    std::vector<std::string> lines;
    std::string line;
    for (char c : slurp(graph)) {
        if (c != '\n') {
            line += c;
            continue;
        }
        if (!line.empty() && line.back() == ',') line.pop_back();
        lines.push_back(line);
        line.clear();
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

std::string answers(const fs::path& graph, const std::vector<std::string>& qs) {
    std::string all;
    for (const auto& q : qs) {
        const auto r = stancegraph({"query", "-g", graph.string(), "--format", "csv", q});
        all += "== " + q + " (exit " + std::to_string(r.code) + ")\n" + r.out + r.err;
    }
    const auto r = stancegraph({"query", "-g", graph.string(), "-f", (kExample / "queries.sgq").string()});
    return all + "== queries.sgq (exit " + std::to_string(r.code) + ")\n" + r.out + r.err;
}

}  // namespace

TEST_CASE("scale out: the parts of a corpus partition it, whatever the order of the files") {
    TempDir t;
    const std::set<std::string> all = {"000_1f3b7b468d541e9d.txt", "001_66e57ac81cfc8fa1.txt",
                                       "002_0284bbf2e3ffd8fb.txt", "003_8698a7574eb8ab7b.txt",
                                       "004_785245e15bad0c73.txt"};
    for (unsigned n : {1u, 2u, 3u, 5u}) {
        std::map<std::string, unsigned> part_of;
        for (unsigned k = 1; k <= n; ++k) {
            const fs::path part = t.path / ("p" + std::to_string(k) + "of" + std::to_string(n) + ".json");
            // the files listed one by one, in reverse order: the parts are the same as for the folder
            std::vector<std::string> args = {"build", "-q", "--shard", std::to_string(k) + "/" + std::to_string(n),
                                             "-o", part.string()};
            for (auto it = all.rbegin(); it != all.rend(); ++it) args.push_back((fs::path(kArticles) / *it).string());
            const auto r = stancegraph(args);
            REQUIRE_MESSAGE(r.code == 0, r.describe());
            for (const auto& d : documents_of(part)) {
                CHECK_MESSAGE(part_of.emplace(d, k).second, d << " is in two parts of " << n);
            }
        }
        std::set<std::string> seen;
        for (const auto& [d, k] : part_of) seen.insert(d);
        CHECK_MESSAGE(seen == all, "the " << n << " parts do not hold every document");
    }
    // The same part from the folder as from the files listed in another order.
    const auto r = stancegraph({"build", "-q", "--shard", "2/3", "-o", (t.path / "folder.json").string(), kArticles});
    REQUIRE(r.code == 0);
    CHECK(documents_of(t.path / "folder.json") == documents_of(t.path / "p2of3.json"));
}

TEST_CASE("scale out: two halves merged are one build of the whole corpus") {
    TempDir t;
    const fs::path whole = t.path / "whole.json";
    auto r = stancegraph({"build", "-q", "--codebook", kCodebook, "--annotations", kAnnotations, "-o", whole.string(),
                          kArticles});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    const fs::path merged = build_in_parts(t, "halves", 2, kCodebook, kArticles, {"--annotations", kAnnotations});
    // Both halves hold documents: the test merges something.
    CHECK(documents_of(t.path / "halves-part1.sg").size() >= 2);
    CHECK(documents_of(t.path / "halves-part2.sg").size() >= 2);

    // The same questions get the same answers ...
    const auto qs = questions(whole);
    CHECK(qs.size() > 40);
    const std::string a = answers(whole, qs), b = answers(merged, qs);
    CHECK(a.find("(exit 0)") != std::string::npos);
    CHECK(a == b);
    // ... because the graphs are the same, byte for byte.
    CHECK(slurp(whole) == slurp(merged));

    // In more parts, and merging a merged graph again, changes nothing either.
    const fs::path whole_plain = t.path / "whole-plain.json";
    REQUIRE(stancegraph({"build", "-q", "--codebook", kCodebook, "-o", whole_plain.string(), kArticles}).code == 0);
    for (unsigned n : {3u, 5u}) CHECK(slurp(build_in_parts(t, "n" + std::to_string(n), n, kCodebook, kArticles)) == slurp(whole_plain));
    r = stancegraph({"merge", "-q", "-o", (t.path / "again.json").string(), (t.path / "n3-merged.json").string()});
    REQUIRE(r.code == 0);
    CHECK(slurp(t.path / "again.json") == slurp(whole_plain));
    // A graph whose annotations were applied by build keeps them through a merge (the manual
    // edges come where their claims are rather than last: the same content in another order).
    r = stancegraph({"merge", "-q", "-o", (t.path / "annotated.json").string(), whole.string()});
    REQUIRE(r.code == 0);
    CHECK(content(t.path / "annotated.json") == content(whole));
}

TEST_CASE("scale out: entity resolution across parts is a single build's") {
    // Invented articles whose people and bodies meet across documents: a surname alone named in
    // full only in another article, a surname two people share, a spokeswoman's role stated in
    // one article and her claim in another, a body under a short and a long name, a chair saying
    // "we" in an article that does not give his role. In every split, the merged graph is the
    // graph of one build.
    TempDir t;
    const std::string book = t.file("book.json", R"({"positions": [
  {"id": "parking-charges", "label": "Parking charges",
   "description": "The council should charge for parking on the harbour front",
   "cues": ["parking charge|charges"]}]})");
    t.write("articles/a_harbour.txt",
            "Harbour parking row deepens\n\nMary Stone, spokeswoman for the Harbour Traders Association, said the "
            "council had not listened.\n\n\"These parking charges will drive shoppers away from the harbour,\" she "
            "said.\n\nDr Peter Hale, chair of Riverside CCG, said: \"We support parking charges because the money "
            "will pay for buses.\"\n");
    t.write("articles/b_march.txt",
            "Traders march on town hall\n\nStone said: \"Nobody asked the traders about any of this.\"\n\nThe march "
            "was peaceful, police said.\n");
    t.write("articles/c_delay.txt",
            "Council delays vote on charges\n\nMary Stone said: \"We oppose the parking charges and we will keep "
            "fighting them.\"\n\nA spokesman for NHS Riverside CCG said: \"Parking charges are the right thing for "
            "the town.\"\n");
    t.write("articles/d_split.txt",
            "Residents split on parking\n\nAnn Black, a resident of Quay Street, said: \"I oppose parking charges, "
            "they are a tax on people who live here.\"\n\nBlack said her neighbours agreed.\n");
    t.write("articles/e_councillor.txt",
            "Councillor backs charges\n\nTom Black, a Labour councillor, said: \"Parking charges are overdue and I "
            "support them.\"\n");
    t.write("articles/f_letters.txt", "Letters\n\nBlack said: \"Parking charges are a disgrace.\"\n");
    t.write("articles/g_doctors.txt",
            "Doctors join debate\n\nHale said: \"Parking charges will cut traffic around the hospital, which we "
            "welcome.\"\n\nProfessor Peter Hale has led the CCG since 2019.\n");
    t.write("articles/h_hale.txt", "Hale speaks\n\nHale told the meeting: \"I back the parking charges fully.\"\n");
    const std::string articles = (t.path / "articles").string();
    const fs::path whole = t.path / "whole.json";
    const auto r = stancegraph({"build", "-q", "--codebook", book, "-o", whole.string(), articles});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    sg::Graph g = sg::load_snapshot(whole);
    // What the articles were written to show, in the single build:
    REQUIRE(g.find_key("person:peter-hale"));
    CHECK_FALSE(g.find_key("person:hale"));     // "Hale" alone is Peter Hale
    CHECK(g.find_key("person:black"));           // "Black" alone could be Ann or Tom
    CHECK_FALSE(g.find_key("person:stone"));     // "Stone" alone is Mary Stone
    auto org = g.find_key("org:harbour-traders-association");
    REQUIRE(org);
    CHECK(g.out_edges(*org, sg::EdgeKind::Opposes).size() == 1);  // lifted from its spokeswoman

    for (unsigned n = 2; n <= 6; ++n) {
        const fs::path merged = build_in_parts(t, "n" + std::to_string(n), n, book, articles);
        CHECK_MESSAGE(slurp(merged) == slurp(whole), "merged from " << n << " parts differs from one build");
    }
}

TEST_CASE("scale out: build --shard refuses what it cannot do, as a usage error") {
    TempDir t;
    const std::string out = (t.path / "p.json").string();
    for (const char* bad : {"3/2", "0/2", "1/0", "2", "1/", "/2", "a/b", "1/2/3", "-1/2", "1/1000000"}) {
        const auto r = stancegraph({"build", "-q", "--shard", bad, "-o", out, kArticles});
        CHECK_MESSAGE(r.code == 1, bad << ": " << r.describe());
        CHECK_MESSAGE(r.err.find("--shard") != std::string::npos, bad << ": " << r.err);
        CHECK_MESSAGE(r.err.find(bad) != std::string::npos, bad << ": " << r.err);
    }
    auto r = stancegraph({"build", "-q", "--shard", "1/2", "--annotations", kAnnotations, "-o", out, kArticles});
    CHECK(r.code == 1);
    CHECK(r.err.find("stancegraph merge") != std::string::npos);
    CHECK_FALSE(fs::exists(out));
    // A part with no document of the corpus is an empty part, not an error.
    r = stancegraph({"build", "--codebook", kCodebook, "--shard", "1/50", "-o", out,
                     (fs::path(kArticles) / "000_1f3b7b468d541e9d.txt").string()});
    CHECK(r.code == 0);
    CHECK(r.err.find("0 documents (part 1/50 of 1)") != std::string::npos);
    CHECK(documents_of(out).empty());
}

TEST_CASE("scale out: merge refuses graphs of different codebooks, naming the positions and the file") {
    TempDir t;
    std::string book = slurp(kCodebook);
    // another label for one position, another id for a second
    const auto relabel = book.find("\"label\"");
    REQUIRE(relabel != std::string::npos);
    const auto value = book.find('"', book.find(':', relabel) + 1);
    book.insert(value + 1, "Renamed ");
    const auto id = book.find("\"national-gp-contract\"");
    REQUIRE(id != std::string::npos);
    book.replace(id, std::string("\"national-gp-contract\"").size(), "\"national-contract\"");
    const std::string other = t.file("other-codebook.json", book);
    const std::string a = (t.path / "a.sg").string(), b = (t.path / "b.sg").string();
    REQUIRE(stancegraph({"build", "-q", "--codebook", kCodebook, "--shard", "1/2", "-o", a, kArticles}).code == 0);
    auto r = stancegraph({"build", "-q", "--codebook", other, "--shard", "2/2", "-o", b, kArticles});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    const std::string out = t.file("merged.json", "keep me");
    r = stancegraph({"merge", "-o", out, a, b});
    CHECK(r.code == 2);
    CHECK(r.err.find(b) != std::string::npos);
    CHECK(r.err.find("another codebook") != std::string::npos);
    CHECK(r.err.find("position \"co-commissioning\" is labelled") != std::string::npos);
    CHECK(r.err.find("\"national-gp-contract\" is in " + a + " but not in " + b) != std::string::npos);
    CHECK(r.err.find("\"national-contract\" is in " + b + " but not in " + a) != std::string::npos);
    CHECK(slurp(out) == "keep me");
    // A graph built with no codebook has no positions: it differs too.
    const std::string none = (t.path / "none.sg").string();
    REQUIRE(stancegraph({"build", "-q", "--shard", "2/2", "-o", none, kArticles}).code == 0);
    r = stancegraph({"merge", "-o", out, a, none});
    CHECK(r.code == 2);
    CHECK(r.err.find("is in " + a + " but not in " + none) != std::string::npos);
}

TEST_CASE("scale out: merge of a missing or bad file exits 2 naming it, a usage error exits 1") {
    TempDir t;
    const std::string a = (t.path / "a.sg").string();
    REQUIRE(stancegraph({"build", "-q", "--codebook", kCodebook, "--shard", "1/2", "-o", a, kArticles}).code == 0);
    const std::string out = t.file("merged.json", "keep me");
    const std::string missing = (t.path / "no-such-part.sg").string();
    auto r = stancegraph({"merge", "-o", out, a, missing});
    CHECK(r.code == 2);
    CHECK(r.err.find(missing) != std::string::npos);
    CHECK(slurp(out) == "keep me");
    const std::string bad = t.file("bad.sg", "{\"format\": \"something else\"}");
    r = stancegraph({"merge", "-o", out, a, bad});
    CHECK(r.code == 2);
    CHECK(r.err.find(bad) != std::string::npos);
    CHECK(slurp(out) == "keep me");
    // the merged graph into a folder that does not exist
    r = stancegraph({"merge", "-o", (t.path / "no" / "such" / "folder.json").string(), a});
    CHECK(r.code == 2);

    r = stancegraph({"merge", a});
    CHECK(r.code == 1);
    CHECK(r.err.find("-o GRAPH is required") != std::string::npos);
    r = stancegraph({"merge", "-o", out});
    CHECK(r.code == 1);
    r = stancegraph({"merge", "--help"});
    CHECK(r.code == 0);
    CHECK(r.out.find("Usage: stancegraph merge") != std::string::npos);
}

TEST_CASE("scale out: export --format neo4j and kuzu write a folder, whole, never over an earlier one") {
    TempDir t;
    const fs::path graph = t.path / "g.json";
    REQUIRE(stancegraph({"build", "-q", "--codebook", kCodebook, "-o", graph.string(), kArticles}).code == 0);
    sg::Graph g = sg::store::load_graph(graph);
    for (const std::string format : {"neo4j", "kuzu"}) {
        const fs::path dir = t.path / format;
        auto r = stancegraph({"export", "-g", graph.string(), "--format", format, "-o", dir.string()});
        REQUIRE_MESSAGE(r.code == 0, r.describe());
        // one line per person plus the header (no name of the example holds a line break)
        const std::string people = slurp(dir / "Person.csv");
        CHECK(static_cast<std::size_t>(std::count(people.begin(), people.end(), '\n')) ==
              g.nodes_of_kind(sg::NodeKind::Person).size() + 1);
        CHECK(fs::exists(dir / (format == "neo4j" ? "import.sh" : "copy.cypher")));
        // again into the same folder: refused, the export that is there stays as it was
        r = stancegraph({"export", "-g", graph.string(), "--format", format, "-o", dir.string()});
        CHECK(r.code == 2);
        CHECK(r.err.find(dir.string()) != std::string::npos);
        CHECK(r.err.find("not empty") != std::string::npos);
        CHECK(slurp(dir / "Person.csv") == people);
        // a folder is needed; a query does not select a part of the graph for these formats
        r = stancegraph({"export", "-g", graph.string(), "--format", format});
        CHECK(r.code == 1);
        CHECK(r.err.find("-o DIR") != std::string::npos);
        r = stancegraph({"export", "-g", graph.string(), "--format", format, "-o", (t.path / "x").string(),
                         "who opposes co-commissioning"});
        CHECK(r.code == 1);
        CHECK_FALSE(fs::exists(t.path / "x"));
    }
    // No temporary folder is left behind.
    for (const auto& e : fs::directory_iterator(t.path))
        CHECK_MESSAGE(e.path().filename().string().find(".tmp-") == std::string::npos, e.path());
}
