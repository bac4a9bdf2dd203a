// Benchmark (not a test): pages a scraper can produce that are nothing like articles — one line
// of megabytes, thousands of unclosed quotes, a wall of capitalised words — extracted at 256 KB
// and at 1 MB (4x). Every shape must grow about 4x in time: a growth of 10x or more is a step
// quadratic in the page, the kind of bug that turned 10 MB into 6 minutes and 24 GB before.
//
//   build/bench/hostile_pages [CODEBOOK]
//
// The same for the files of the other readers: HTML pages (deep nesting, unclosed tags, broken
// references, an inline script, all navigation, comments, nested tables) and news-database
// exports (many articles, a header that never ends), read as build reads them; then a page with
// a 20 MB inline script and one nested 10^5 deep, timed once.
//
// Prints, per shape, seconds at 256 KB and at 1 MB and their ratio; exits 1 if any ratio is 10x
// or more (so it can gate a release by hand; it is never part of ctest).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "loaders/codebook/codebook.hpp"
#include "loaders/extract/extract_document.hpp"
#include "loaders/reading/documents.hpp"
#include "loaders/reading/source_text.hpp"
#include "loaders/stance/stance.hpp"

namespace {

// One shape: a unit of text repeated to the size asked for (no newline unless the unit has one).
struct Shape {
    const char* name;
    std::string unit;
};

std::vector<Shape> shapes() {
    std::vector<Shape> s = {
        {"unclosed double quotes", "Ann Lee said: \xE2\x80\x9Cwe will not "},
        {"straight quotes, unbalanced", "the council said \"we will not support it. "},
        {"capitalised words", "Harbour Trust Riverside Council Westfield Board "},
        {"reporting verbs", "said told Reuters told the BBC said "},
        {"titles", "Mr Dr Prof Sir Lord "},
        {"quote pairs", "\"a\" \"b\" \xE2\x80\x98" "c\xE2\x80\x99 "},
        {"colons and dashes", ": : \"a\" -- \xE2\x80\x94 "},
        {"acronyms in brackets", "the Health Service (HS) and the Medical Association (MA) said "},
        {"one word a line", "word\n"},
        {"paragraphs of statements", "Dr Ann Lee, chair of the Harbour Trust, said: \"We oppose the plan.\"\n\n"},
        {"comment headers", "Comments\nPosted by reader at 12:00\nI disagree with the council.\n\n"},
        // stance on one line (run with a codebook): sentences answered by "But", preferences and
        // others' attitudes inside quotes, references back, cue words inside names
        {"but-sentences", "We want the plan. But it is a cash grab. "},
        {"rather than, in quotes", "\"We back the plan rather than the levy, and it has signed up to the ban,\" "},
        {"it and this", "The plan matters. It will gut the city. This is a lifeline. "},
        {"cue words in names", "Plan Street Levy Road Ban Avenue Charge Lane "},
        // others' opinions (mark_others_opinions) and transcript labels of one word (surname or role)
        {"opinion verbs of others", "they say critics think you believe people argue the plan is wrong "},
        {"transcript labels", "HOST: Is it fair?\n\nMINISTER: It is fair.\n\nUPDATE: more soon.\n\n"},
        // actors: long forms of acronyms sharing a first word, lists of states, bracketed lists of
        // people after a body, mayors of "the village" among many councils
        {"acronym long forms", "Ahl Fen Quay (AFQ) and Ahl Fen Quay Moor (AFQM) met Ahl Fen Quay. "},
        {"lists of states", "Ohio, Idaho, East Fenland, Quayle Isles, and Utah, "},
        {"bracketed lists", "Quayle Springs Inc. (Mr G. Hallam, President; Ms L. Vance, Manager; "},
        {"mayors of the village", "the Village of Ashby, the City of Fenby, and Ann Hale, mayor of the village, said "},
        // layouts (loaders/affiliations/document_rules): contact blocks and member lists, many a
        // page; an opinion page's paragraph of quotes and the author's sentences in turn
        {"contact blocks", "Media contact:\nAnn Hale, Press Officer\nQuayle Fen Trust\nmedia@qft.org\n\n"},
        {"member lists", "Committee members: Cr Ann Hale (Chair); Cr Tom Quayle; Cr Kim Ashe\n"},
        {"opinion: quotes and own sentences", "OPINION\n\nAnn Hale: The toll is wrong\n\nTom Quayle calls it \"fair.\" I do not. "},
    };
    // Distinct names: every person new, so per-name lists grow with the page.
    std::mt19937 rng(7);
    auto name = [&] {
        std::string n(1, static_cast<char>('A' + rng() % 26));
        for (int i = 0; i < 5; ++i) n += static_cast<char>('a' + rng() % 26);
        return n;
    };
    std::string distinct;
    for (int i = 0; i < 4000; ++i) distinct += name() + " " + name() + " said \"we oppose it\", ";
    s.push_back({"distinct names, one line", distinct});
    // Issue 14: one-word names by the thousand, and thousands of people sharing one surname
    // (every "Smith" is looked up among them: must stay linear, not all-pairs).
    std::string one_word, one_surname;
    for (int i = 0; i < 20000; ++i) one_word += name() + " said it. ";
    for (int i = 0; i < 8000; ++i) one_surname += name() + " Smith said it. Smith agreed. Van " + name() + " Smith spoke. ";
    s.push_back({"one-word names", one_word});
    s.push_back({"one surname, many people", one_surname});
    return s;
}

std::string page_of(const std::string& unit, std::size_t bytes) {
    std::string page = "A headline\n\n";
    while (page.size() < bytes) page += unit;
    return page;
}

double seconds_to_extract(const std::string& page, const sg::loaders::CorpusContext& ctx) {
    const auto start = std::chrono::steady_clock::now();
    const auto result = sg::loaders::extract_document(sg::loaders::clean_source("page.txt", page), ctx);
    const auto stop = std::chrono::steady_clock::now();
    std::fprintf(stderr, "%zu claims\r", result.claims.size());
    return std::chrono::duration<double>(stop - start).count();
}

// Files the other readers take (loaders/html, loaders/exports): a prefix, then a unit repeated.
// They are read as `build` reads a file (documents_from_bytes) and each of their documents is
// extracted.
struct FileShape {
    const char* name;
    const char* file_name;
    std::string prefix, unit;
};

std::vector<FileShape> file_shapes() {
    return {
        {"html: <div> nested deep", "p.html", "<html><body>", "<div><p>Text said \"no\".</p>"},
        {"html: unclosed <b><i><a>", "p.html", "<html><body><p>", "<b><i><a href=x>word "},
        {"html: broken references", "p.html", "<p>", "&amp &#x; &bogus; &#99999999; &lt"},
        {"html: inline script", "p.html", "<html><body><p>Before.</p><script>", "var x = \"<p>\";\n"},
        {"html: all navigation", "p.html", "<html><body>", "<nav><ul><li><a href=/>Home</a></li></ul></nav>"},
        {"html: comments", "p.html", "<html><body><p>Article.</p><section class=comments>",
         "<div class=comment><span class=author>Reader</span><time>1 hour ago</time><p>I disagree.</p></div>"},
        {"html: nested tables", "p.html", "<table>", "<tr><td><table><tr><td>cell "},
        {"export: LexisNexis articles", "e.txt", "",
         "1 of 9 DOCUMENTS\n\nThe Gazette\n\nMarch 4, 2015\n\nHeadline\n\nBYLINE: A Writer\n\nLENGTH: 9 words\n\n"
         "Ann Lee said: \"We oppose the plan.\"\n\nLOAD-DATE: March 5, 2015\n\nLANGUAGE: ENGLISH\n\n"},
        {"export: LexisNexis, no ends", "e.txt", "1 of 1 DOCUMENTS\n\nThe Gazette\n\nHeadline\n\nLENGTH: 9 words\n\n",
         "BYLINE: A Writer\nSECTION: NEWS\nAnn Lee said: \"We oppose the plan.\"\n"},
        {"export: Factiva articles", "e.txt", "",
         "HD\nHeadline\nBY\nA Writer\nPD\n4 March 2015\nLP\nAnn Lee said: \"We oppose the plan.\"\nAN\nDocument GZT0000020150304eb340000a\n"},
    };
}

double seconds_to_read(const FileShape& shape, std::size_t bytes, const sg::loaders::CorpusContext& ctx) {
    std::string file = shape.prefix;
    while (file.size() < bytes) file += shape.unit;
    const auto start = std::chrono::steady_clock::now();
    auto read = sg::loaders::documents_from_bytes(shape.file_name, std::move(file), shape.file_name, 64u << 20);
    std::size_t claims = 0;
    for (const auto& d : read.documents) claims += sg::loaders::extract_document(d, ctx).claims.size();
    const auto stop = std::chrono::steady_clock::now();
    std::fprintf(stderr, "%zu documents, %zu claims\r", read.documents.size(), claims);
    return std::chrono::duration<double>(stop - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    sg::loaders::CorpusContext ctx;
    std::optional<sg::loaders::StanceClassifier> classifier;
    std::optional<sg::loaders::Codebook> codebook;
    if (argc > 1) {
        codebook = sg::loaders::load_codebook(argv[1]);
        classifier.emplace(*codebook);
        ctx.stance = &*classifier;
    }
    constexpr std::size_t kSmall = 256 * 1024, kLarge = 4 * kSmall;
    std::printf("%-28s %10s %10s %7s\n", "shape", "256 KB s", "1 MB s", "ratio");
    bool quadratic = false;
    for (const Shape& shape : shapes()) {
        const double small = seconds_to_extract(page_of(shape.unit, kSmall), ctx);
        const double large = seconds_to_extract(page_of(shape.unit, kLarge), ctx);
        const double ratio = large / std::max(small, 1e-4);
        std::printf("%-28s %10.3f %10.3f %6.1fx%s\n", shape.name, small, large, ratio, ratio >= 10 ? "  <-- quadratic?" : "");
        quadratic = quadratic || ratio >= 10;
    }
    for (const FileShape& shape : file_shapes()) {
        const double small = seconds_to_read(shape, kSmall, ctx);
        const double large = seconds_to_read(shape, kLarge, ctx);
        const double ratio = large / std::max(small, 1e-4);
        std::printf("%-28s %10.3f %10.3f %6.1fx%s\n", shape.name, small, large, ratio, ratio >= 10 ? "  <-- quadratic?" : "");
        quadratic = quadratic || ratio >= 10;
    }
    // The sizes, once each: a page with a 20 MB inline script, a page nested 10^5 deep.
    const FileShape script{"html: 20 MB inline script", "p.html", "<html><body><p>Before.</p><script>", "var x = 1;\n"};
    std::printf("%-28s %10.3f s\n", script.name, seconds_to_read(script, std::size_t{20} << 20, ctx));
    const FileShape deep{"html: 10^5 nested <div>", "p.html", "<html><body>", "<div>"};
    std::printf("%-28s %10.3f s\n", deep.name, seconds_to_read(deep, 5 * 100000 + 12, ctx));
    return quadratic ? 1 : 0;
}
