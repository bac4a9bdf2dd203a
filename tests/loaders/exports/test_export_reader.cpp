// News-database exports (loaders/exports): many articles in one file split into documents named
// FILE#N, their header fields as metadata, every claim's span a byte span of the export.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "graph/graph.hpp"
#include "loaders/build.hpp"
#include "loaders/exports/docx_text.hpp"
#include "loaders/exports/export_layouts.hpp"
#include "loaders/reading/documents.hpp"
#include "support/temp_dir.hpp"

using namespace sg;
using namespace sg::loaders;
using sg::test::TempDir;

namespace {

namespace fs = std::filesystem;
const fs::path kFiles = fs::path(SG_SOURCE_DIR) / "tests/loaders/export_files";

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

Graph build(const std::vector<fs::path>& inputs, BuildReport& report) {
    BuildOptions options;
    options.threads = 2;
    options.codebook = kFiles / "codebook.json";
    return build_graph(inputs, options, report);
}

const Node& document(const Graph& g, const std::string& name) {
    const auto id = g.find_key("doc:" + name);
    REQUIRE(id);
    return g.node(*id);
}

std::map<std::string, std::string> claims_of(const Graph& g, const std::string& doc) {
    std::map<std::string, std::string> out;  // text -> speaker
    for (NodeId c : g.nodes_of_kind(NodeKind::Claim)) {
        const Node& n = g.node(c);
        if (g.node(n.claim.document).name != doc) continue;
        std::string speaker;
        for (auto e : g.in_edges(c, EdgeKind::Says)) speaker = g.node(g.edge(e).from).name;
        out[n.name] = speaker;
    }
    return out;
}

// Every claim of a plain-text export spans exactly its text in the file, and every piece of
// stance evidence its words; returns how many pieces of evidence were checked.
std::size_t check_spans(const Graph& g, const std::string& file) {
    std::size_t checked = 0;
    for (NodeId c : g.nodes_of_kind(NodeKind::Claim)) {
        const Node& n = g.node(c);
        INFO(g.node(n.claim.document).name, ": ", n.name);
        REQUIRE(n.claim.span.end <= file.size());
        CHECK(file.substr(n.claim.span.start, n.claim.span.end - n.claim.span.start) == n.name);
        ++checked;
    }
    CHECK(checked >= 2);
    // and the words that decided each stance
    std::size_t evidence = 0;
    for (auto kind : {NodeKind::Claim, NodeKind::Person, NodeKind::Organisation})
        for (NodeId n : g.nodes_of_kind(kind))
            for (EdgeId e : g.out_edges(n))
                for (const Evidence& ev : g.edge(e).evidence) {
                    REQUIRE(ev.span.end <= file.size());
                    CHECK(file.substr(ev.span.start, ev.span.end - ev.span.start) == ev.words);
                    ++evidence;
                }
    return evidence;
}

}  // namespace

TEST_CASE("exports: a LexisNexis file is split at its \"N of M DOCUMENTS\" lines with each article's fields") {
    BuildReport report;
    const Graph g = build({kFiles / "lexisnexis.txt"}, report);
    CHECK(report.documents == 3);
    CHECK(report.inputs.describe() == "1 export file with 3 articles");
    const Node& first = document(g, "lexisnexis.txt#1");
    CHECK(first.description == "Council backs plan for tram extension");
    CHECK(first.document.source == "The Northmoor Gazette (England)");
    CHECK(first.document.date == "2015-03-04");
    CHECK(first.document.author == "Helen Marsh, Transport Correspondent");
    CHECK(first.document.section == "NEWS; Pg. 7");
    CHECK(first.document.type == "Newspaper");
    const Node& second = document(g, "lexisnexis.txt#2");
    CHECK(second.description == "Tram scheme faces legal challenge");
    CHECK(second.document.author == "Raj Patel");  // "By " dropped
    CHECK(second.document.source == "The Daily Ledger (London)");
    CHECK(document(g, "lexisnexis.txt#3").document.date == "2015-03-09");

    const auto claims = claims_of(g, "lexisnexis.txt#1");
    bool reeve = false, kwame = false;
    for (const auto& [text, speaker] : claims) {
        reeve |= text.find("thousands of jobs") != std::string::npos && speaker == "Tom Reeve";
        kwame |= text.find("wreck the green belt") != std::string::npos && speaker == "Ann Kwame";
    }
    CHECK(reeve);
    CHECK(kwame);
    // the header and trailer fields are not article text
    for (NodeId c : g.nodes_of_kind(NodeKind::Claim)) CHECK(g.node(c).name.find("LOAD-DATE") == std::string::npos);
    CHECK(check_spans(g, slurp(kFiles / "lexisnexis.txt")) > 0);
}

TEST_CASE("exports: a Nexis Uni file is split at \"End of Document\", its body after the \"Body\" line") {
    BuildReport report;
    const Graph g = build({kFiles / "nexis_uni.txt"}, report);
    CHECK(report.documents == 2);
    const Node& first = document(g, "nexis_uni.txt#1");
    CHECK(first.description == "Council backs plan for tram extension");
    CHECK(first.document.source == "The Northmoor Gazette (England)");
    CHECK(first.document.date == "2015-03-04");
    CHECK(first.document.author == "Helen Marsh, Transport Correspondent");
    CHECK(first.document.section == "NEWS");
    CHECK(document(g, "nexis_uni.txt#2").document.author == "Raj Patel");
    CHECK(claims_of(g, "nexis_uni.txt#2").size() == 1);
    check_spans(g, slurp(kFiles / "nexis_uni.txt"));
}

TEST_CASE("exports: a Factiva file is split at its \"Document ...\" lines with HD, BY, PD, SN, SE, LP and TD read") {
    BuildReport report;
    const Graph g = build({kFiles / "factiva.txt"}, report);
    CHECK(report.documents == 2);
    const Node& first = document(g, "factiva.txt#1");
    CHECK(first.description == "Council backs plan for tram extension");
    CHECK(first.document.date == "2015-03-04");
    CHECK(first.document.source == "The Northmoor Gazette");
    CHECK(first.document.author == "Helen Marsh, Transport Correspondent");
    const auto claims = claims_of(g, "factiva.txt#1");
    bool td = false;
    for (const auto& [text, speaker] : claims) td |= text.find("wreck the green belt") != std::string::npos;
    CHECK(td);  // the text after TD as well as the lead paragraphs
    const Node& second = document(g, "factiva.txt#2");
    CHECK(second.description == "Minister to review tram funding");
    CHECK(second.document.section == "Regions");
    CHECK(second.document.author == "Raj Patel");
    check_spans(g, slurp(kFiles / "factiva.txt"));
}

TEST_CASE("exports: a file cut off mid-article builds the articles it has, with a warning naming the file") {
    const std::string whole = slurp(kFiles / "lexisnexis.txt");
    const std::string cut = whole.substr(0, whole.find("before any money"));
    TempDir dir;
    dir.write("cut.txt", cut);
    BuildReport report;
    const Graph g = build({dir.path / "cut.txt"}, report);
    CHECK(report.documents == 3);
    bool warned = false;
    for (const auto& w : report.warnings) warned |= w.find("cut.txt: article 3 is cut off") != std::string::npos;
    CHECK(warned);

    // cut inside the second article's header: the second has no text, the third never started
    const std::string early = whole.substr(0, whole.find("BYLINE: By Raj Patel"));
    dir.write("early.txt", early);
    BuildReport early_report;
    const Graph e = build({dir.path / "early.txt"}, early_report);
    CHECK(early_report.documents == 1);
    bool says = false;
    for (const auto& w : early_report.warnings) says |= w.find("early.txt: the export says it holds 3 articles, 2 found") != std::string::npos;
    CHECK(says);
}

TEST_CASE("exports: a .docx export is read from its word/document.xml and its spans are bytes of that part") {
    const std::string bytes = slurp(kFiles / "nexis_uni.docx");
    const FileDocuments f = documents_from_bytes("nexis_uni.docx", bytes, "nexis_uni.docx");
    CHECK(f.format == InputFormat::Docx);
    REQUIRE(f.documents.size() == 2);
    CHECK(f.documents[0].name == "nexis_uni.docx#1");
    CHECK(f.documents[0].title == "Council backs plan for tram extension");
    CHECK(f.documents[0].info.author == "Helen Marsh, Transport Correspondent");

    BuildReport report;
    const Graph g = build({kFiles / "nexis_uni.docx"}, report);
    CHECK(report.inputs.describe() == "1 .docx export with 2 articles");
    // The document part as unzip -p gives it: each claim's span, tags dropped and references
    // decoded, is the claim.
    const DocxText docx = read_docx(bytes, 1 << 20);
    REQUIRE(docx.error.empty());
    std::size_t checked = 0;
    for (NodeId c : g.nodes_of_kind(NodeKind::Claim)) {
        const Node& n = g.node(c);
        // the text of the part between the span's ends, through the part's own text and map
        std::string text;
        for (std::size_t i = 0; i < docx.text.size(); ++i) {
            const Span s = docx.map.to_file(i, i + 1);
            if (s.start >= n.claim.span.start && s.end <= n.claim.span.end && s.end > s.start) text += docx.text[i];
        }
        CHECK(text == n.name);
        ++checked;
    }
    CHECK(checked >= 2);
}

TEST_CASE("exports: a .docx that is not a zip, or has no document part, is skipped with a warning naming it") {
    BuildReport report;
    const Graph g = build({kFiles / "not_a_zip.docx", kFiles / "no_document.docx", kFiles / "factiva.txt"}, report);
    CHECK(report.documents == 2);
    bool not_zip = false, no_part = false;
    for (const auto& w : report.warnings) {
        not_zip |= w.find("not_a_zip.docx: not a zip file") != std::string::npos;
        no_part |= w.find("no_document.docx: no word/document.xml") != std::string::npos;
    }
    CHECK(not_zip);
    CHECK(no_part);
    CHECK(report.inputs.describe() == "1 export file with 2 articles; 2 skipped: 1 no Word document part, 1 not a zip file");
}

TEST_CASE("exports: an ordinary article is not taken for an export") {
    CHECK(export_layout("Council backs plan\n\nThe council said: \"Yes.\"\n") == ExportLayout::None);
    CHECK(export_layout(slurp(kFiles / "lexisnexis.txt")) == ExportLayout::LexisNexis);
    CHECK(export_layout(slurp(kFiles / "nexis_uni.txt")) == ExportLayout::NexisUni);
    CHECK(export_layout(slurp(kFiles / "factiva.txt")) == ExportLayout::Factiva);
}
