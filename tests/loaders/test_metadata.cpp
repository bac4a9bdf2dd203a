// Document metadata for build: dates in the forms articles and spreadsheets write them, datelines
// (and dates in the body that are not datelines), metadata files in CSV and JSON lines with their
// errors at FILE:LINE, and file-name patterns with named groups.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "graph/error.hpp"
#include "loaders/metadata/dates.hpp"
#include "loaders/metadata/metadata.hpp"
#include "support/temp_dir.hpp"

using namespace sg;
using namespace sg::loaders;
namespace fs = std::filesystem;

namespace {

std::string error_of(const fs::path& p) {
    try {
        read_metadata_file(p);
    } catch (const FileError& e) {
        return e.what();
    }
    return "";
}

fs::path write(const fs::path& dir, const std::string& name, const std::string& text) {
    std::ofstream(dir / name, std::ios::binary) << text;
    return dir / name;
}

}  // namespace

TEST_CASE("metadata: dates as written, and what is not a date") {
    CHECK(read_date("2014-06-12") == "2014-06-12");
    CHECK(read_date("2014-06-12T09:30") == "2014-06-12T09:30:00");
    CHECK(read_date("2014-06-12 09:30:15") == "2014-06-12T09:30:15");
    CHECK(read_date("12 June 2014") == "2014-06-12");
    CHECK(read_date("12th Jun. 2014") == "2014-06-12");
    CHECK(read_date("June 12, 2014") == "2014-06-12");
    CHECK(read_date("Thursday, 12 June 2014") == "2014-06-12");
    CHECK(read_date("sept 3 2015") == "2015-09-03");
    CHECK_FALSE(read_date("30 February 2014"));
    CHECK_FALSE(read_date("12/06/2014"));  // day or month first? not guessed
    CHECK_FALSE(read_date("last Tuesday"));
    CHECK_FALSE(read_date("2014-06-12 and more"));
}

TEST_CASE("metadata: a dateline near the top, not a date in the body") {
    CHECK(dateline("Council votes\n\nPublished: 15 April 2026\n\nThe council voted.") == "2026-04-15");
    CHECK(dateline("Headline\nPosted in Schools | March 9, 2026 | by Jen Albright\nText.") == "2026-03-09");
    CHECK(dateline("Headline\nUpdated March 18, 2026 at 9:15 PM PDT, after a long night of counting votes in the hall\n") ==
          "2026-03-18");
    // A long sentence of the body mentioning a date is not a dateline.
    CHECK_FALSE(dateline("Headline\nThe measure would require every district to adopt a ban by 1 September 2027 and more.\n"));
    std::string late = "Headline\n";
    for (int i = 0; i < 25; ++i) late += "line " + std::to_string(i) + "\n";
    CHECK_FALSE(dateline(late + "12 June 2014\n"));  // past the top of the article
    CHECK_FALSE(dateline(""));
}

TEST_CASE("metadata: a CSV file and a JSON lines file, keyed by file name") {
    sg::test::TempDir dir;
    const auto csv = read_metadata_file(write(dir.path, "m.csv",
                                              "\xEF\xBB\xBF" "file,date,source,url\n"
                                              "a.txt,12 June 2014,Pulse,https://example.org/a\n"
                                              "\"b, 2.txt\",2014-06-13,\"The \"\"Times\"\"\",\n"));
    REQUIRE(csv.size() == 2);
    CHECK(csv.at("a.txt").date == "2014-06-12");
    CHECK(csv.at("a.txt").source == "Pulse");
    CHECK(csv.at("a.txt").url == "https://example.org/a");
    CHECK(csv.at("b, 2.txt").source == "The \"Times\"");
    const auto jsonl = read_metadata_file(write(dir.path, "m.jsonl",
                                                "{\"file\": \"a.txt\", \"date\": \"June 12, 2014\", \"author\": \"Ann Lee\"}\n\n"
                                                "{\"file\": \"b.txt\", \"section\": \"News\"}\n"));
    CHECK(jsonl.at("a.txt").date == "2014-06-12");
    CHECK(jsonl.at("a.txt").author == "Ann Lee");
    CHECK(jsonl.at("b.txt").section == "News");
}

TEST_CASE("metadata: a bad metadata file is refused at FILE:LINE naming the value") {
    sg::test::TempDir dir;
    const fs::path bad_date = write(dir.path, "d.csv", "file,date\na.txt,2014-06-12\nb.txt,12/06/2014\n");
    CHECK(error_of(bad_date) == bad_date.string() +
                                    ":3: unparsable date \"12/06/2014\" (expected 2014-06-12, 2014-06-12T09:30, 12 June "
                                    "2014 or June 12, 2014)");
    const fs::path column = write(dir.path, "c.csv", "file,when\n");
    CHECK(error_of(column).find(column.string() + ":1: unknown column \"when\"") == 0);
    const fs::path no_file = write(dir.path, "n.csv", "date\n2014-06-12\n");
    CHECK(error_of(no_file) == no_file.string() + ":1: no \"file\" column in the header");
    const fs::path twice = write(dir.path, "t.csv", "file\na.txt\na.txt\n");
    CHECK(error_of(twice) == twice.string() + ":3: \"a.txt\" is named twice");
    const fs::path fields = write(dir.path, "f.csv", "file,date\na.txt\n");
    CHECK(error_of(fields).find(fields.string() + ":2: 1 fields, the header has 2") == 0);
    const fs::path json = write(dir.path, "j.jsonl", "{\"file\": \"a.txt\"}\n{\"file\": \"b.txt\", \"date\": \"soon\"}\n");
    CHECK(error_of(json).find(json.string() + ":2: unparsable date \"soon\"") == 0);
    const fs::path broken = write(dir.path, "b.jsonl", "{\"file\": \"a.txt\"\n");
    CHECK(error_of(broken).find(broken.string() + ":1: invalid JSON") == 0);
    CHECK(error_of(dir.path / "none.csv").find("cannot open") != std::string::npos);
}

TEST_CASE("metadata: a file-name pattern with named groups") {
    const NamePattern p("(?<date>\\d{4}-\\d{2}-\\d{2})_(?<source>[a-z]+)(?:_[^.]*)?\\.txt");
    const auto m = p.match("2014-06-12_pulse_gp-contracts.txt");
    REQUIRE(m);
    CHECK(m->date == "2014-06-12");
    CHECK(m->source == "pulse");
    CHECK_FALSE(p.match("notes.txt"));
    CHECK_THROWS_AS(NamePattern("(?<colour>x)"), UsageError);
    CHECK_THROWS_AS(NamePattern("(?<date>[)"), UsageError);
    CHECK_THROWS_AS(NamePattern("plain"), UsageError);
    CHECK_THROWS_WITH_AS(NamePattern("(?<date>\\d+)\\.txt").match("20141399.txt"),
                         "20141399.txt: the file name's date \"20141399\" (--name-pattern) is not a date", FileError);
}
