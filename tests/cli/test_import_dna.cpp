// `stancegraph import-dna`: DNA's sample reads into the graph DNA's coders made (documents with
// their metadata, statements as manual claims at the right bytes), and every kind of bad file is
// exit 2 with the file and the item named, leaving an existing output as it was.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <sqlite3.h>

#include "dna_files.hpp"
#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using sg::test::run_binary;
using sg::test::slurp;

namespace {

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("import-dna: DNA's sample becomes documents with metadata and manual claims") {
    if (!fs::exists(sg::test::sample_dna())) {
        MESSAGE("skipped: ../shared/dna/sample.dna is not beside the clone");
        return;
    }
    sg::test::TempDir dir;
    const fs::path json = dir.path / "sample.json";
    const auto r = run_binary({"import-dna", sg::test::sample_dna().string(), "-o", json.string()});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    CHECK(r.err.find("7 documents, 40 statements of type \"DNA Statement\", 7 people, 7 organisations, 6 positions") !=
          std::string::npos);
    const std::string g = slurp(json);
    CHECK(count_of(g, "\"kind\":\"claim\"") == 40);
    CHECK(count_of(g, "\"kind\":\"manual\"") == 40);
    // Document 1: its title, its date (2005-01-26 as DNA's seconds), author and source.
    CHECK(g.find(R"("key":"doc:sample.dna#1","kind":"document","name":"sample.dna#1","aliases":[],"description":"109-876: Bluestein, Joel-BUS-Y","document":{"date":"2005-01-26","source":"109","author":"Bluestein, Joel","section":"876"})") !=
          std::string::npos);
    // A statement's organisation is recorded on its claim, its person said it.
    CHECK(g.find("\"organisation\":\"org:alliance-to-save-energy\"") != std::string::npos);
    CHECK(g.find(R"("kind":"member_of","from":"person:kateri-callahan","to":"org:alliance-to-save-energy")") !=
          std::string::npos);
    // The same graph as a graph file answers queries.
    const fs::path sg = dir.path / "sample.sg";
    REQUIRE(run_binary({"import-dna", "-q", sg::test::sample_dna().string(), "-o", sg.string()}).code == 0);
    const auto q = run_binary({"query", "-g", sg.string(), "who opposes \"Cap and trade is the solution.\""});
    CHECK_MESSAGE(q.code == 0, q.describe());
}

TEST_CASE("import-dna: DNA's UTF-16 offsets become byte spans of the same characters") {
    if (!fs::exists(sg::test::sample_dna())) return;
    sg::test::TempDir dir;
    const fs::path dna = dir.path / "utf16.dna";
    // "Zo\u00eb said \U0001F600 we object": the emoji is two UTF-16 units and four bytes, so units
    // [12, 21) are bytes [15, 24).
    sg::test::changed_sample(dna, "UPDATE DOCUMENTS SET Text = 'Zo\xC3\xAB said \xF0\x9F\x98\x80 we object' WHERE ID = 1;"
                                  "DELETE FROM STATEMENTS WHERE ID IN (2, 3, 4);"
                                  "UPDATE STATEMENTS SET Start = 12, Stop = 21 WHERE ID = 1;");
    const fs::path json = dir.path / "g.json";
    const auto r = run_binary({"import-dna", "-q", dna.string(), "-o", json.string()});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    const std::string g = slurp(json);
    CHECK(g.find(R"("key":"claim:utf16.dna#1:15-24","kind":"claim","name":"we object")") != std::string::npos);
    CHECK(g.find(R"("span":[15,24])") != std::string::npos);
}

TEST_CASE("import-dna: a bad file is exit 2 naming the file and the item, and writes nothing") {
    if (!fs::exists(sg::test::sample_dna())) return;
    sg::test::TempDir dir;
    const fs::path out = dir.path / "kept.json";
    {
        std::ofstream(out) << "an earlier graph";
    }
    auto refused = [&](const fs::path& file, const std::string& message, std::vector<std::string> extra = {}) {
        std::vector<std::string> args = {"import-dna", file.string(), "-o", out.string()};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto r = run_binary(args);
        CHECK_MESSAGE(r.code == 2, r.describe());
        CHECK_MESSAGE(r.err.find(file.string() + ": " + message) == 0, r.err);
        CHECK(slurp(out) == "an earlier graph");
    };
    const fs::path text = dir.path / "notes.dna";
    std::ofstream(text) << "this is a text file, not a database, and long enough to be read as a header...\n";
    refused(text, "not a DNA file (not an SQLite database)");
    refused(dir.path / "missing.dna", "no such file");

    const fs::path v1 = dir.path / "v1.dna";
    sg::test::changed_sample(v1, "UPDATE SETTINGS SET Value = '1.31' WHERE Property = 'version';");
    refused(v1, "DNA file version \"1.31\" is not one stancegraph reads (DNA 3.x or 2.x)");

    const fs::path other = dir.path / "other.sqlite";
    sg::test::changed_sample(other, "DROP TABLE SETTINGS;");
    refused(other, "not a DNA file (an SQLite database without DNA's SETTINGS table)");

    refused(sg::test::sample_dna(), "no statement type \"Claim\" (it has \"DNA Statement\", \"NPF Story Element\", \"Annotation\"",
            {"--statement-type", "Claim"});
    refused(sg::test::sample_dna(), "statement type \"DNA Statement\" has no variable \"speaker\"", {"--person", "speaker"});
    refused(sg::test::sample_dna(), "variable \"person\" of statement type \"DNA Statement\" is short text, not boolean",
            {"--agreement", "person"});

    const fs::path past = dir.path / "past.dna";
    sg::test::changed_sample(past, "UPDATE STATEMENTS SET Stop = 11706 WHERE ID = 4;");
    refused(past, "statement 4 ends at 11706, past the end of document 1's text (11705 UTF-16 code units)");

    // A file whose DOCUMENTS table lost its primary key, holding document 1 twice.
    const fs::path twice = dir.path / "twice.dna";
    sg::test::changed_sample(twice,
                             "CREATE TABLE COPY AS SELECT * FROM DOCUMENTS; DROP TABLE DOCUMENTS;"
                             " ALTER TABLE COPY RENAME TO DOCUMENTS; INSERT INTO DOCUMENTS SELECT * FROM DOCUMENTS WHERE ID = 1;");
    refused(twice, "two documents have ID 1; each document needs its own ID");
}

TEST_CASE("import-dna: a DNA 2 file, with dates in milliseconds and short texts inline") {
    sg::test::TempDir dir;
    const fs::path dna = dir.path / "old.dna";
    // DNA 2.0's SQLite schema (the tables import-dna reads), one document and two statements.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(dna.c_str(), &db) == SQLITE_OK);
    const char* sql =
        "CREATE TABLE SETTINGS(Property TEXT PRIMARY KEY, Value TEXT);"
        "INSERT INTO SETTINGS VALUES ('version', '2.0 beta 25');"
        "CREATE TABLE DOCUMENTS(ID INTEGER NOT NULL PRIMARY KEY, Title TEXT, Text TEXT, Coder INTEGER, Author TEXT,"
        " Source TEXT, Section TEXT, Notes TEXT, Type TEXT, Date INTEGER);"
        "INSERT INTO DOCUMENTS VALUES (1, 'Hearing', 'Ann Lee: we support the tax. Bob Ray: we do not.', 1, '', 'Senate', '', '', '', 1106697600000);"
        "CREATE TABLE STATEMENTTYPES(ID INTEGER NOT NULL PRIMARY KEY, Label TEXT, Red INTEGER, Green INTEGER, Blue INTEGER);"
        "INSERT INTO STATEMENTTYPES VALUES (1, 'DNA Statement', 0, 0, 0);"
        "CREATE TABLE VARIABLES(ID INTEGER NOT NULL PRIMARY KEY, Variable TEXT, DataType TEXT, StatementTypeId INTEGER);"
        "INSERT INTO VARIABLES VALUES (1, 'person', 'short text', 1), (2, 'organization', 'short text', 1),"
        " (3, 'concept', 'short text', 1), (4, 'agreement', 'boolean', 1);"
        "CREATE TABLE STATEMENTS(ID INTEGER NOT NULL PRIMARY KEY, StatementTypeId INTEGER, DocumentId INTEGER,"
        " Start INTEGER, Stop INTEGER, Coder INTEGER);"
        "INSERT INTO STATEMENTS VALUES (1, 1, 1, 9, 28, 1), (2, 1, 1, 38, 48, 1);"
        "CREATE TABLE DATASHORTTEXT(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL,"
        " VariableId INTEGER NOT NULL, StatementTypeId INTEGER, Value TEXT);"
        "INSERT INTO DATASHORTTEXT (StatementId, VariableId, StatementTypeId, Value) VALUES"
        " (1, 1, 1, 'Ann Lee'), (1, 2, 1, 'Tax League'), (1, 3, 1, 'There should be a tax.'),"
        " (2, 1, 1, 'Bob Ray'), (2, 2, 1, 'Shop Guild'), (2, 3, 1, 'There should be a tax.');"
        "CREATE TABLE DATABOOLEAN(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL,"
        " VariableId INTEGER NOT NULL, StatementTypeId INTEGER, Value INTEGER);"
        "INSERT INTO DATABOOLEAN (StatementId, VariableId, StatementTypeId, Value) VALUES (1, 4, 1, 1), (2, 4, 1, 0);";
    REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    const fs::path json = dir.path / "old.json";
    const auto r = run_binary({"import-dna", dna.string(), "-o", json.string()});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    CHECK(r.err.find("(DNA 2.0 beta 25)") != std::string::npos);
    const std::string g = slurp(json);
    CHECK(g.find(R"("document":{"date":"2005-01-26","source":"Senate"})") != std::string::npos);
    CHECK(g.find(R"("name":"we support the tax.")") != std::string::npos);
    CHECK(g.find(R"("kind":"opposes","from":"claim:old.dna#1:38-48")") != std::string::npos);
    CHECK(g.find("\"organisation\":\"org:shop-guild\"") != std::string::npos);
}

TEST_CASE("query: documents' metadata are properties of documents and of their claims") {
    if (!fs::exists(sg::test::sample_dna())) return;
    sg::test::TempDir dir;
    const fs::path sg = dir.path / "sample.sg";
    REQUIRE(run_binary({"import-dna", "-q", sg::test::sample_dna().string(), "-o", sg.string()}).code == 0);
    auto answer = [&](const std::string& q) {
        const auto r = run_binary({"query", "-g", sg.string(), "--format", "csv", q});  // RFC 4180: CRLF
        REQUIRE_MESSAGE(r.code == 0, r.describe());
        return r.out;
    };
    // Dated 2005-01-26 (4 statements), 2005-02-02 (2 documents), 2005-02-10 and 2005-02-16 (3): a
    // month is the dates that contain it.
    CHECK(answer("match (c:claim) where c.date contains \"2005-02\" return count(c) as claims") == "claims\r\n36\r\n");
    CHECK(answer("match (d:document) where d.date = \"2005-02-16\" return count(d) as documents") == "documents\r\n3\r\n");
    CHECK(answer("match (d:document) where d.author = \"Callahan, Kateri\" return d.date, d.source") ==
          "d.date,d.source\r\n2005-02-10,109\r\n");
}
