// Saved web pages (loaders/html): the article kept, the furniture dropped, the page's metadata
// read, and every claim's span a byte span of the page as saved.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "graph/graph.hpp"
#include "loaders/build.hpp"
#include "loaders/html/html_page.hpp"
#include "loaders/reading/documents.hpp"
#include "support/temp_dir.hpp"

using namespace sg;
using namespace sg::loaders;
using sg::test::TempDir;

namespace {

namespace fs = std::filesystem;
const fs::path kPages = fs::path(SG_SOURCE_DIR) / "tests/loaders/html_pages";
const fs::path kExample = fs::path(SG_SOURCE_DIR) / "examples/nhs-cocommissioning";

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

HtmlPage page(const std::string& name) {
    const std::string bytes = slurp(kPages / "pages" / name);
    return read_html_page(clean_source(name, bytes).text);
}

// What a reader checking provenance does with the bytes of a span: drop the tags, decode the
// character references, and compare letters and digits (the scorer's normalisation).
std::string decoded(std::string_view html) {
    std::string out;
    for (std::size_t i = 0; i < html.size();) {
        if (html[i] == '<') {
            const auto gt = html.find('>', i);
            i = gt == std::string_view::npos ? html.size() : gt + 1;
            continue;
        }
        if (html[i] == '&') {
            static const std::map<std::string, std::string, std::less<>> named{
                {"&amp;", "&"}, {"&ldquo;", "\u201C"}, {"&rdquo;", "\u201D"}, {"&lsquo;", "\u2018"},
                {"&rsquo;", "\u2019"}, {"&ndash;", "\u2013"}, {"&nbsp;", " "}, {"&#8216;", "\u2018"},
                {"&#x2019;", "\u2019"}, {"&#8220;", "\u201C"}, {"&#8221;", "\u201D"}, {"&#8211;", "\u2013"}};
            bool found = false;
            if (html.substr(i, 5) != "&amp;" && html.substr(i, 4) == "&amp") {  // no semicolon: still "&"
                out += '&';
                i += 4;
                continue;
            }
            for (const auto& [ref, ch] : named)
                if (html.substr(i, ref.size()) == ref) {
                    out += ch;
                    i += ref.size();
                    found = true;
                    break;
                }
            if (found) continue;
        }
        out += html[i++];
    }
    return out;
}

std::string normalised(std::string_view s) {
    std::string out;
    bool gap = false;
    for (unsigned char c : s) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += static_cast<char>(c), gap = false;
        else if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a'), gap = false;
        else if (c == '\'' ) continue;
        else if (!gap && !out.empty()) out += ' ', gap = true;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

Graph build(const std::vector<fs::path>& inputs, BuildReport& report) {
    BuildOptions options;
    options.codebook = kExample / "codebook.json";
    options.threads = 2;
    return build_graph(inputs, options, report);
}

// Each claim as (text, speaker, comment, stances), per document (by name without extension).
using ClaimView = std::tuple<std::string, std::string, bool, std::string>;
std::map<std::string, std::multiset<ClaimView>> claims_by_document(const Graph& g) {
    std::map<std::string, std::multiset<ClaimView>> out;
    for (NodeId c : g.nodes_of_kind(NodeKind::Claim)) {
        const Node& n = g.node(c);
        std::string doc = g.node(n.claim.document).name;
        doc = doc.substr(0, doc.rfind('.'));
        std::string speaker;
        for (auto e : g.in_edges(c, EdgeKind::Says)) speaker = g.node(g.edge(e).from).name;
        std::string stances;
        for (auto kind : {EdgeKind::Supports, EdgeKind::Opposes, EdgeKind::About})
            for (auto e : g.out_edges(c, kind)) stances += std::to_string(static_cast<int>(kind)) + g.node(g.edge(e).to).key + ";";
        // White space as a browser shows it: the text file's indented comment lines are one
        // space in the page
        std::string text;
        for (char ch : n.name)
            if (ch == ' ' || ch == '\n' || ch == '\t') {
                if (!text.empty() && text.back() != ' ') text += ' ';
            } else {
                text += ch;
            }
        out[doc].insert({text, speaker, n.claim.comment, stances});
    }
    return out;
}

}  // namespace

TEST_CASE("html: every claim of every test page spans exactly its text in the page file") {
    BuildReport report;
    const Graph g = build({kPages / "seeds", kPages / "pages"}, report);
    std::map<std::string, std::string> files;
    for (const auto& dir : {kPages / "seeds", kPages / "pages"})
        for (const auto& f : fs::directory_iterator(dir)) files[f.path().filename().string()] = slurp(f.path());
    std::size_t checked = 0, with_markup = 0;
    for (NodeId c : g.nodes_of_kind(NodeKind::Claim)) {
        const Node& n = g.node(c);
        const std::string& file = files.at(g.node(n.claim.document).name);
        REQUIRE(n.claim.span.end <= file.size());
        REQUIRE(n.claim.span.start < n.claim.span.end);
        const std::string_view bytes = std::string_view(file).substr(n.claim.span.start, n.claim.span.end - n.claim.span.start);
        INFO(g.node(n.claim.document).name, " ", n.claim.span.start, "-", n.claim.span.end, ": ", n.name);
        // tight: the span starts at the claim's first character and ends after its last
        CHECK(normalised(decoded(bytes)) == normalised(n.name));
        CHECK(bytes.front() != '<');
        CHECK(bytes.back() != '>');
        with_markup += bytes.find_first_of("<&") != std::string_view::npos;
        ++checked;
    }
    CHECK(checked > 60);
    CHECK(with_markup > 5);  // references and tags inside claims are covered, not dodged

    // The words that decided each stance, too: their spans hold them in the page.
    std::size_t evidence = 0;
    for (auto kind : {NodeKind::Claim, NodeKind::Person, NodeKind::Organisation})
        for (NodeId n : g.nodes_of_kind(kind))
            for (EdgeId e : g.out_edges(n))
                for (const Evidence& ev : g.edge(e).evidence) {
                    const std::string& file = files.at(g.node(ev.document).name);
                    REQUIRE(ev.span.end <= file.size());
                    const auto bytes = std::string_view(file).substr(ev.span.start, ev.span.end - ev.span.start);
                    INFO(g.node(ev.document).name, " ", ev.role, ": ", ev.words);
                    CHECK(normalised(decoded(bytes)) == normalised(ev.words));
                    ++evidence;
                }
    CHECK(evidence > 50);
}

TEST_CASE("html: the seed articles saved as pages give the same claims, speakers and stances as their text") {
    BuildReport text_report, html_report;
    const Graph text = build({kExample / "articles"}, text_report);
    const Graph html = build({kPages / "seeds"}, html_report);
    const auto want = claims_by_document(text), got = claims_by_document(html);
    REQUIRE(want.size() == 5);
    for (const auto& [doc, claims] : want) {
        INFO(doc);
        REQUIRE(got.count(doc));
        std::vector<ClaimView> missing, extra;
        std::set_difference(claims.begin(), claims.end(), got.at(doc).begin(), got.at(doc).end(), std::back_inserter(missing));
        std::set_difference(got.at(doc).begin(), got.at(doc).end(), claims.begin(), claims.end(), std::back_inserter(extra));
        for (const auto& m : missing) INFO("missing: ", std::get<0>(m), " <- ", std::get<1>(m));
        CHECK(missing.empty());
        CHECK(extra.empty());
    }
    // the actors' stances the journalists report, too
    auto stances = [](const Graph& g) {
        std::multiset<std::string> out;
        for (auto kind : {NodeKind::Person, NodeKind::Organisation})
            for (NodeId a : g.nodes_of_kind(kind))
                for (auto e : g.out_edges(a, EdgeKind::Supports)) out.insert(g.node(a).key + "+" + g.node(g.edge(e).to).key);
        return out;
    };
    CHECK(stances(text) == stances(html));
    CHECK(html_report.inputs.describe() == "5 HTML pages");
}

TEST_CASE("html: title, date, author, outlet and address come from the page's markup") {
    const HtmlPage p = page("council_vote.html");
    CHECK(p.title == "Councillors reject waste incinerator plan");  // <h1> over og:title and <title>
    CHECK(p.info.date == "2021-09-14T16:20:00");
    CHECK(p.info.author == "Priya Nandakumar");
    CHECK(p.info.source == "Riverside Courier");  // og:site_name over JSON-LD's publisher
    CHECK(p.info.section == "Local politics");
    CHECK(p.info.url == "https://courier.example/news/incinerator-vote");

    const std::string seed = slurp(kPages / "seeds/002_0284bbf2e3ffd8fb.html");
    const HtmlPage newspaper = read_html_page(clean_source("s.html", seed).text);
    CHECK(newspaper.info.date == "2014-05-08T07:00:00");  // JSON-LD datePublished
    CHECK(newspaper.info.author == "Health Correspondent");
    CHECK(newspaper.info.source == "The Practice Gazette");
}

TEST_CASE("html: explicit metadata wins over what the page states") {
    TempDir dir;
    dir.write("council_vote.html", slurp(kPages / "pages/council_vote.html"));
    dir.write("meta.csv", "file,date,source\ncouncil_vote.html,2021-09-15,Courier Weekly\n");
    BuildOptions options;
    options.metadata = dir.path / "meta.csv";
    BuildReport report;
    const Graph g = build_graph({dir.path / "council_vote.html"}, options, report);
    const Node& doc = g.node(*g.find_key("doc:council_vote.html"));
    CHECK(doc.document.date == "2021-09-15");
    CHECK(doc.document.source == "Courier Weekly");
    CHECK(doc.document.author == "Priya Nandakumar");  // not given: the page's stays
    CHECK(doc.description == "Councillors reject waste incinerator plan");
}

TEST_CASE("html: scripts, styles, navigation, cookie banner, share bar, adverts and related lists are dropped") {
    const HtmlPage p = page("council_vote.html");
    for (const char* furniture : {"cookies", "Share on Facebook", "Related stories", "Incinerator plan goes",
                                  "Buy one get one", "var ads", "font-size", "Sport", "Privacy", "Riverside Courier 2021"}) {
        INFO(furniture);
        CHECK(p.text.find(furniture) == std::string::npos);
    }
    CHECK(p.text.find("Councillors have thrown out plans") != std::string::npos);
    CHECK(p.text.find("\u201CWe will appeal this decision\u201D") != std::string::npos);  // the pull-quote stays
    CHECK(p.text.find("Millbrook & the villages") != std::string::npos);  // references decoded

    const std::string seed = slurp(kPages / "seeds/000_1f3b7b468d541e9d.html");
    const HtmlPage trade = read_html_page(clean_source("s.html", seed).text);
    for (const char* furniture : {"We use cookies", "Share on Twitter", "GPs vote to ballot", "dataLayer", "Jobs"}) {
        INFO(furniture);
        CHECK(trade.text.find(furniture) == std::string::npos);
    }
}

TEST_CASE("html: readers' comments are comments, each with its commenter") {
    const HtmlPage p = page("council_vote.html");
    CHECK(p.comments == 3);
    TempDir dir;
    dir.write("council_vote.html", slurp(kPages / "pages/council_vote.html"));
    BuildReport report;
    const Graph g = build({dir.path}, report);
    std::map<std::string, std::string> comments;  // commenter -> text
    for (NodeId c : g.nodes_of_kind(NodeKind::Claim)) {
        const Node& n = g.node(c);
        if (!n.claim.comment) continue;
        std::string speaker;
        for (auto e : g.in_edges(c, EdgeKind::Says)) speaker = g.node(g.edge(e).from).name;
        comments[speaker] = n.name;
    }
    CHECK(comments.size() == 3);
    CHECK(comments["GreenMillbrook"].find("poisoned the air") != std::string::npos);
    CHECK(comments["Dave P"].find("Landfill is worse") != std::string::npos);
    CHECK(comments["Marjorie Lake"].find("listened to us") != std::string::npos);
    // and the body's quotes are not comments
    bool delgado = false;
    for (NodeId c : g.nodes_of_kind(NodeKind::Claim))
        if (g.node(c).name.find("harm the health") != std::string::npos) delgado = !g.node(c).claim.comment;
    CHECK(delgado);
}

TEST_CASE("html: a claim's text is decoded and its span covers the references") {
    TempDir dir;
    dir.write("council_vote.html", slurp(kPages / "pages/council_vote.html"));
    BuildReport report;
    const Graph g = build({dir.path}, report);
    const std::string file = slurp(kPages / "pages/council_vote.html");
    bool found = false;
    for (NodeId c : g.nodes_of_kind(NodeKind::Claim)) {
        const Node& n = g.node(c);
        if (n.name.find("Millbrook & the villages") == std::string::npos) continue;
        found = true;
        const std::string bytes = file.substr(n.claim.span.start, n.claim.span.end - n.claim.span.start);
        CHECK(bytes.find("&amp;") != std::string::npos);
        CHECK(n.name.find("&amp;") == std::string::npos);
    }
    CHECK(found);
}

TEST_CASE("html: a file whose content is HTML is read as a page whatever its name") {
    const std::string bytes = "<!-- saved from url=(0042)https://x.example/ -->\n<!DOCTYPE html><html><body><p>Text &amp; more.</p></body></html>";
    const FileDocuments f = documents_from_bytes("saved.txt", bytes, "saved.txt");
    CHECK(f.format == InputFormat::Html);
    REQUIRE(f.documents.size() == 1);
    CHECK(f.documents[0].text == "Text & more.");
    CHECK_FALSE(looks_like_html("notes.txt", "Plain text about <html> tags."));
}

TEST_CASE("html: malformed pages build what they can, and an all-navigation page is skipped with a warning naming it") {
    const HtmlPage broken = page("broken.html");
    CHECK(broken.text.find("The mayor, Lena Ortiz, said:") != std::string::npos);
    CHECK(broken.text.find("cell one") != std::string::npos);
    CHECK(broken.text.find("no closing tags at all") != std::string::npos);
    // every byte of the readable text maps inside the file
    const std::string bytes = slurp(kPages / "pages/broken.html");
    for (std::size_t i = 0; i < broken.text.size(); ++i) CHECK(broken.map.to_file(i, i + 1).end <= bytes.size());

    BuildReport report;
    const Graph g = build({kPages / "pages"}, report);
    CHECK(g.find_key("doc:all_navigation.html") == std::nullopt);
    CHECK(std::count_if(report.warnings.begin(), report.warnings.end(), [](const std::string& w) {
              return w.find("all_navigation.html: no article text") != std::string::npos;
          }) == 1);
    CHECK(report.inputs.describe() == "2 HTML pages; 1 skipped: no article text");
}

TEST_CASE("html: deep nesting, a long inline script and a stream of references take linear time") {
    const auto started = std::chrono::steady_clock::now();
    std::string deep = "<html><body>";
    for (int i = 0; i < 100000; ++i) deep += "<div>";
    deep += "<p>Deep text.</p>";
    const HtmlPage d = read_html_page(deep);
    CHECK(d.text == "Deep text.");

    std::string script = "<html><body><p>Before.</p><script>";
    script.append(2'000'000, 'x');
    script += "</script><p>After.</p></body></html>";
    CHECK(read_html_page(script).text == "Before.\n\nAfter.");

    std::string refs = "<p>";
    for (int i = 0; i < 100000; ++i) refs += "&amp;&#x41;&bogus";
    const HtmlPage r = read_html_page(refs);
    CHECK(r.text.size() > 200000);
    CHECK(r.map.to_file(0, r.text.size()).end <= refs.size());
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(10));
}

TEST_CASE("html: class words never drop what holds the article, and an aside with a quote is kept") {
    const std::string bytes =
        "<html><body class=\"single has-sidebar\"><div class=\"layout with-widgets\"><main>"
        "<h1>Bridge to reopen</h1><p>The mayor said: \"It opens in May.\"</p>"
        "<aside><blockquote><p>\"It opens in May\"</p></blockquote></aside>"
        "<ul><li><img src=x></li></ul><p>After the list.</p>"
        "</main><div class=\"sidebar\"><p>Most read today</p></div></div></body></html>";
    const HtmlPage p = read_html_page(bytes);
    CHECK(p.text.find("The mayor said") != std::string::npos);
    CHECK(p.text.find("\"It opens in May\"") != std::string::npos);
    CHECK(p.text.find("Most read") == std::string::npos);
    CHECK(p.text.find("\u2022") == std::string::npos);  // an empty item leaves no bullet on the next text
}
