// Bad article files given to `stancegraph build`: each gets a message naming the file (with
// line:column where there is one) and the exit code of the error contract — 2 when the build
// cannot go on, 0 with a warning when the rest of the corpus still makes a graph.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <system_error>

#include "cli/hostile_corpus.hpp"

namespace fs = std::filesystem;
using namespace sg::test;

namespace {

// 1-based column of the end of `line_prefix` + 1, counting characters (UTF-8 code points), as an
// editor shows it.
std::size_t column_after(const std::string& line_prefix) {
    std::size_t column = 1;
    for (unsigned char c : line_prefix)
        if ((c & 0xC0) != 0x80) ++column;
    return column;
}

bool valid_utf8(const std::string& s) {
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        for (std::size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += len;
    }
    return true;
}

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("an invalid UTF-8 byte is a warning at FILE:LINE:COLUMN and the graph is still built") {
    TempDir t;
    // Line 3 holds a valid two-byte character before the bad byte (a Latin-1 e-acute), so the
    // column must count characters, not bytes; CRLF line ends must not shift the line number.
    const std::string before = "Councillor Jane Okafor said: \"The caf\xC3\xA9 owners think the charge is ";
    const std::string article = "Caf\xC3\xA9s and the charge\r\n\r\n" + before + "fin\xE9 by them.\"\r\n";
    const std::string file = t.file("articles/latin.txt", article);
    const std::string graph = (t.path / "graph.json").string();

    const RunResult r = run_binary({"build", "-o", graph, file});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    const std::string where = file + ":3:" + std::to_string(column_after(before + "fin")) + ": ";
    CHECK_MESSAGE(contains(r.err, "warning: " + where + "invalid UTF-8 byte 0xE9"), r.err);
    CHECK(contains(r.err, "built " + graph));

    // The byte became '?' in the claim, and the snapshot is valid UTF-8 that loads again.
    const std::string snapshot = slurp(graph);
    CHECK(valid_utf8(snapshot));
    CHECK(contains(snapshot, "fin? by them"));
    const RunResult claims = run_binary({"query", "-g", graph, "list claims"});
    CHECK_MESSAGE(claims.code == 0, claims.describe());
    CHECK(contains(claims.out, "fin? by them"));
}

TEST_CASE("a file in another encoding gives a few warnings and a count, not one line per byte") {
    TempDir t;
    std::string article = "Notes\n\n";
    for (int i = 0; i < 50; ++i) article += "Caf\xE9 number " + std::to_string(i) + ".\n";  // Latin-1
    const std::string file = t.file("latin1.txt", article);
    const RunResult r = run_binary({"build", "-o", (t.path / "g.json").string(), file});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    CHECK(count(r.err, "warning: ") <= 6);
    CHECK(contains(r.err, file + ":3:4: invalid UTF-8 byte 0xE9"));  // the first, on line 3
    CHECK_MESSAGE(contains(r.err, "50 in all"), r.err);
}

TEST_CASE("a binary file stops the build with exit 2 naming it, and writes nothing") {
    TempDir t;
    t.file("articles/good.txt", kArticle);
    const std::string image = t.file("articles/photo.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    const std::string graph = (t.path / "graph.json").string();
    const RunResult r = run_binary({"build", "-o", graph, (t.path / "articles").string()});
    CHECK(r.code == 2);
    CHECK_MESSAGE(contains(r.err, image + ": binary file"), r.err);
    CHECK_FALSE(fs::exists(graph));
}

TEST_CASE("an empty folder, or one without .txt files, is exit 2 naming the folder") {
    TempDir t;
    const std::string graph = (t.path / "graph.json").string();
    const fs::path empty = t.path / "empty";
    fs::create_directories(empty);
    RunResult r = run_binary({"build", "-o", graph, empty.string()});
    CHECK(r.code == 2);
    CHECK_MESSAGE(contains(r.err, empty.string() + ": empty folder"), r.err);

    t.file("pdfs/report.pdf", "%PDF-1.4");
    r = run_binary({"build", "-o", graph, (t.path / "pdfs").string()});
    CHECK(r.code == 2);
    CHECK_MESSAGE(contains(r.err, (t.path / "pdfs").string() + ": no articles (.txt, .html, .htm, .docx)"), r.err);
    CHECK_FALSE(fs::exists(graph));
}

TEST_CASE("an article bigger than the size limit is refused before it is read") {
    TempDir t;
    // 100 MB with no newline, written sparsely: the size is known from the file system, and the
    // build must refuse on it rather than read it into memory.
    const fs::path huge = t.path / "huge.txt";
    t.file("huge.txt");
    std::error_code ec;
    fs::resize_file(huge, std::uintmax_t{100} << 20, ec);
    REQUIRE_FALSE(ec);
    const std::string graph = (t.path / "graph.json").string();
    const RunResult r = run_binary({"build", "-o", graph, huge.string()});
    CHECK(r.code == 2);
    CHECK_MESSAGE(contains(r.err, huge.string() + ": 104857600 bytes is more than the --max-file-size limit"),
                  r.err);
    CHECK_FALSE(fs::exists(graph));
}

TEST_CASE("a 3 MB article with no newline at all builds") {
    TempDir t;
    const std::string sentence = "Jane Okafor said the charge \"would cut traffic\" and Tom Brennan disagreed. ";
    std::string text;
    while (text.size() < (std::size_t{3} << 20)) text += sentence;
    const std::string file = t.file("one-line.txt", text);
    const std::string graph = (t.path / "graph.json").string();
    const RunResult r = run_binary({"build", "-q", "-o", graph, file});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    const RunResult docs = run_binary({"query", "-g", graph, "--format", "csv", "list documents"});
    CHECK(docs.code == 0);
    CHECK(contains(docs.out, "one-line.txt"));
}

TEST_CASE("build says per input format what it read and skipped, naming each skipped file") {
    TempDir t;
    t.file("in/council.txt", "Council backs plan\n\nThe leader, Ann Lee, said: \"We will build it.\"\n");
    t.file("in/page.html", "<html><body><h1>Plan backed</h1><p>Ann Lee said: \"We will build it.\"</p></body></html>");
    t.file("in/menu.htm", "<html><body><nav><a href=/>Home</a></nav></body></html>");
    t.file("in/broken.docx", "not a zip");
    t.file("in/export.txt",
           "1 of 2 DOCUMENTS\n\nThe Gazette\n\nMarch 4, 2015\n\nPlan backed\n\nLENGTH: 9 words\n\n"
           "Ann Lee said: \"We will build it.\"\n\nLOAD-DATE: March 5, 2015\n\nLANGUAGE: ENGLISH\n\n"
           "2 of 2 DOCUMENTS\n\nThe Ledger\n\nMarch 5, 2015\n\nPlan opposed\n\nLENGTH: 9 words\n\n"
           "Bob Kerr said: \"We will stop it.\"\n\nLOAD-DATE: March 6, 2015\n\nLANGUAGE: ENGLISH\n");
    const std::string graph = (t.path / "graph.json").string();
    const RunResult r = run_binary({"build", "-o", graph, (t.path / "in").string()});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    CHECK_MESSAGE(contains(r.err, "built " + graph + ": 4 documents"), r.err);
    CHECK_MESSAGE(contains(r.err, "read 1 text article, 1 HTML page, 1 export file with 2 articles; "
                                  "2 skipped: 1 no article text, 1 not a zip file"), r.err);
    CHECK(contains(r.err, "warning: " + (t.path / "in/menu.htm").string() + ": no article text"));
    CHECK(contains(r.err, "warning: " + (t.path / "in/broken.docx").string() + ": not a zip file"));
}
