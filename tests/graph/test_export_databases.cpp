// Exports for graph databases (graph/export/neo4j.hpp, kuzu.hpp): the CSV files are parsed back
// here, by the rules the importers follow (RFC 4180: quoted fields, doubled quotes, line breaks
// inside quotes), and every hostile name comes back as it went in (cleaned: invalid UTF-8 as
// U+FFFD, control characters as spaces). Also the folder they are written to
// (graph/atomic_dir.hpp): complete or not there, never over an earlier export.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "graph/atomic_dir.hpp"
#include "graph/error.hpp"
#include "graph/export/csv.hpp"
#include "graph/export/kuzu.hpp"
#include "graph/export/neo4j.hpp"
#include "graph/graph.hpp"
#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using sg::test::slurp;
using sg::test::TempDir;

namespace {

using Row = std::vector<std::string>;

// An RFC 4180 reader, strict: a quote inside a quoted field must be doubled, and a quoted field
// must end at a comma or a line end. Fails the test on anything else.
std::vector<Row> parse_csv(const std::string& s) {
    std::vector<Row> rows;
    Row row;
    std::string field;
    bool quoted = false, was_quoted = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quoted) {
            if (c != '"') {
                field += c;
            } else if (i + 1 < s.size() && s[i + 1] == '"') {
                field += '"';
                ++i;
            } else {
                quoted = false;
                REQUIRE_MESSAGE((i + 1 == s.size() || s[i + 1] == ',' || s[i + 1] == '\n'),
                                "a quoted field ends before " << s.substr(i + 1, 20));
            }
            continue;
        }
        if (c == '"') {
            REQUIRE_MESSAGE(field.empty(), "a quote inside an unquoted field: " << field);
            quoted = was_quoted = true;
        } else if (c == ',') {
            row.push_back(field);
            field.clear();
            was_quoted = false;
        } else if (c == '\n') {
            row.push_back(field);
            rows.push_back(row);
            row.clear();
            field.clear();
            was_quoted = false;
        } else {
            REQUIRE_MESSAGE(c != '\r', "a carriage return outside quotes");
            field += c;
        }
    }
    REQUIRE_MESSAGE(!quoted, "the file ends inside a quoted field");
    REQUIRE_MESSAGE((field.empty() && row.empty() && !was_quoted), "the last row has no line end");
    return rows;
}

std::vector<std::string> split(const std::string& s, char d) {
    std::vector<std::string> out;
    if (s.empty()) return out;
    std::string cur;
    for (char c : s) {
        if (c == d) {
            out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    out.push_back(cur);
    return out;
}

// Rows as maps from the header's column names; every row as wide as the header.
std::vector<std::map<std::string, std::string>> table(const fs::path& file) {
    REQUIRE_MESSAGE(fs::exists(file), file);
    const auto rows = parse_csv(slurp(file));
    REQUIRE(!rows.empty());
    std::vector<std::map<std::string, std::string>> out;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        REQUIRE_MESSAGE(rows[r].size() == rows[0].size(), file << " row " << r << " has " << rows[r].size() << " fields");
        std::map<std::string, std::string> m;
        for (std::size_t c = 0; c < rows[0].size(); ++c) m[rows[0][c]] = rows[r][c];
        out.push_back(m);
    }
    return out;
}

std::map<std::string, std::string> row_with(const std::vector<std::map<std::string, std::string>>& rows,
                                            const std::string& column, const std::string& value) {
    for (const auto& r : rows)
        if (r.count(column) && r.at(column) == value) return r;
    FAIL("no row with " << column << " = " << value);
    return {};
}

const std::string kHostileName = "Ann \"The Boss\" O'Neil, Jr.\nof \"Quay\" Street;\tnorth";
const std::string kLatin1 = "Caf\xE9 Owners' Association";  // invalid UTF-8
const char kNulBytes[] = "Nul\0Byte \x1F Group\r";
const std::string kWithNul(kNulBytes, sizeof kNulBytes - 1);
const std::string kClaimText = "\"We said \"\"no\"\", twice,\" she said,\r\nthen left.";

struct Hostile {
    sg::Graph g;
    sg::NodeId person, org, org2, pos, doc, claim;
    Hostile() {
        auto add = [&](sg::NodeKind kind, std::string key, std::string name, std::vector<std::string> aliases = {},
                       std::string description = {}) {
            sg::Node n;
            n.kind = kind;
            n.key = std::move(key);
            n.name = std::move(name);
            n.aliases = std::move(aliases);
            n.description = std::move(description);
            return g.add_node(std::move(n));
        };
        pos = add(sg::NodeKind::Position, "position:p,1", "Lay \"majority\"", {"lay, boards"}, "There should be\na lay majority");
        doc = add(sg::NodeKind::Document, "doc:a \"b\".txt", "a \"b\".txt", {}, "Title, with \"quotes\"");
        person = add(sg::NodeKind::Person, "person:ann", kHostileName, {"a,b", "x\x1Fy", "semi;colon", "[list]"});
        org = add(sg::NodeKind::Organisation, "org:cafe", kLatin1);
        org2 = add(sg::NodeKind::Organisation, "org:nul", kWithNul);
        sg::Node c;
        c.kind = sg::NodeKind::Claim;
        c.key = "claim:a \"b\".txt:10-60";
        c.name = kClaimText;
        c.claim.document = doc;
        c.claim.span = {10, 60};
        c.claim.kind = sg::ClaimKind::Partial;
        c.claim.comment = true;
        c.claim.confidence = 0.25;
        claim = g.add_node(std::move(c));
        g.add_edge(person, claim, sg::EdgeKind::Says, {}, 0.9);
        g.add_edge(claim, doc, sg::EdgeKind::In);
        const auto st = g.add_edge(claim, pos, sg::EdgeKind::Opposes, {}, 0.75);
        g.add_evidence(st, {{"cue", "said \"no\", twice", {12, 28}, doc}, {"negation", "no\nmore", {20, 22}, doc}});
        g.add_edge(person, org, sg::EdgeKind::MemberOf, "deputy \"acting\", chair", 1.0, true);
        g.add_edge(org2, org, sg::EdgeKind::PartOf);
        g.add_evidence(g.add_edge(org, pos, sg::EdgeKind::Supports, {}, 0.5), {{"reported", "It, \"backs\" it", {1, 5}, doc}});
    }
};

void write(const fs::path& dir, const std::vector<sg::FolderFile>& files) { sg::write_folder_atomically(dir, files); }

}  // namespace

TEST_CASE("export neo4j: hostile names come back from the CSV files as they went in") {
    Hostile h;
    TempDir t;
    const fs::path dir = t.path / "neo4j";
    write(dir, sg::neo4j_import_files(h.g));

    const auto people = table(dir / "Person.csv");
    REQUIRE(people.size() == 1);
    const auto& p = people[0];
    CHECK(p.at("key:ID") == "person:ann");
    CHECK(p.at("name") == kHostileName);  // quotes, comma, line break, semicolon and tab kept
    CHECK(p.at(":LABEL") == "Person");
    CHECK(split(p.at("aliases:string[]"), sg::csv::kArrayDelimiter) ==
          std::vector<std::string>{"a,b", "x y", "semi;colon", "[list]"});  // the delimiter inside a name: a space

    const auto orgs = table(dir / "Organisation.csv");
    REQUIRE(orgs.size() == 2);
    CHECK(row_with(orgs, "key:ID", "org:cafe").at("name") == "Caf\xEF\xBF\xBD Owners' Association");
    CHECK(row_with(orgs, "key:ID", "org:nul").at("name") == "Nul Byte   Group ");
    CHECK(row_with(orgs, "key:ID", "org:cafe").at("aliases:string[]").empty());

    const auto pos = table(dir / "Position.csv");
    REQUIRE(pos.size() == 1);
    CHECK(pos[0].at("key:ID") == "position:p,1");
    CHECK(pos[0].at("description") == "There should be\na lay majority");
    const auto docs = table(dir / "Document.csv");
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].at("title") == "Title, with \"quotes\"");

    const auto claims = table(dir / "Claim.csv");
    REQUIRE(claims.size() == 1);
    const auto& c = claims[0];
    CHECK(c.at("text") == "\"We said \"\"no\"\", twice,\" she said, \nthen left.");  // CR: a space
    CHECK(c.at("document") == "doc:a \"b\".txt");
    CHECK(c.at("span_start:long") == "10");
    CHECK(c.at("span_end:long") == "60");
    CHECK(c.at("claim_kind") == "partial");
    CHECK(c.at("comment:boolean") == "true");
    CHECK(c.at("confidence:double") == "0.25");
    CHECK(c.at("manual:boolean") == "false");
    CHECK(c.at(":LABEL") == "Claim");

    const auto opposes = table(dir / "OPPOSES.csv");
    REQUIRE(opposes.size() == 1);
    const auto& o = opposes[0];
    CHECK(o.at(":START_ID") == "claim:a \"b\".txt:10-60");
    CHECK(o.at(":END_ID") == "position:p,1");
    CHECK(o.at(":TYPE") == "OPPOSES");
    CHECK(o.at("confidence:double") == "0.75");
    CHECK(split(o.at("evidence_roles:string[]"), sg::csv::kArrayDelimiter) == std::vector<std::string>{"cue", "negation"});
    CHECK(split(o.at("evidence_words:string[]"), sg::csv::kArrayDelimiter) ==
          std::vector<std::string>{"said \"no\", twice", "no\nmore"});
    CHECK(split(o.at("evidence_starts:long[]"), sg::csv::kArrayDelimiter) == std::vector<std::string>{"12", "20"});
    CHECK(split(o.at("evidence_ends:long[]"), sg::csv::kArrayDelimiter) == std::vector<std::string>{"28", "22"});
    CHECK(split(o.at("evidence_documents:string[]"), sg::csv::kArrayDelimiter) ==
          std::vector<std::string>{"doc:a \"b\".txt", "doc:a \"b\".txt"});
    const auto member = table(dir / "MEMBER_OF.csv");
    REQUIRE(member.size() == 1);
    CHECK(member[0].at("role") == "deputy \"acting\", chair");
    CHECK(member[0].at("manual:boolean") == "true");
    CHECK(member[0].at("evidence_roles:string[]").empty());
    CHECK(table(dir / "SAYS.csv").size() == 1);
    CHECK(table(dir / "IN.csv").size() == 1);
    CHECK(table(dir / "PART_OF.csv").size() == 1);
    CHECK(table(dir / "SUPPORTS.csv").size() == 1);
    CHECK(table(dir / "ABOUT.csv").empty());

    // No byte an importer could trip on.
    for (const auto& e : fs::directory_iterator(dir)) {
        const std::string bytes = slurp(e.path());
        CHECK_MESSAGE(bytes.find('\0') == std::string::npos, e.path());
        CHECK_MESSAGE(bytes.find('\r') == std::string::npos, e.path());
    }
    // The import command names every file, with the options these files need.
    const std::string script = slurp(dir / "import.sh");
    CHECK(script.find("neo4j-admin database import full") != std::string::npos);
    CHECK(script.find("--multiline-fields=true") != std::string::npos);
    CHECK(script.find("--array-delimiter=U+001F") != std::string::npos);
    for (const char* f : {"Person", "Organisation", "Position", "Document", "Claim"})
        CHECK(script.find(std::string("--nodes=") + f + ".csv") != std::string::npos);
    for (const char* f : {"SAYS", "SUPPORTS", "OPPOSES", "ABOUT", "MEMBER_OF", "PART_OF", "IN"})
        CHECK(script.find(std::string("--relationships=") + f + ".csv") != std::string::npos);
}

TEST_CASE("export kuzu: the tables come back from the CSV files, and the Cypher names every file") {
    Hostile h;
    TempDir t;
    const fs::path dir = t.path / "kuzu";
    write(dir, sg::kuzu_import_files(h.g));

    const auto people = table(dir / "Person.csv");
    REQUIRE(people.size() == 1);
    CHECK(people[0].at("name") == kHostileName);
    CHECK(split(people[0].at("aliases"), sg::csv::kArrayDelimiter) ==
          std::vector<std::string>{"a,b", "x y", "semi;colon", "[list]"});
    CHECK(row_with(table(dir / "Organisation.csv"), "key", "org:cafe").at("name") == "Caf\xEF\xBF\xBD Owners' Association");
    const auto opposes = table(dir / "OPPOSES-Claim-Position.csv");
    REQUIRE(opposes.size() == 1);
    CHECK(opposes[0].at("from") == "claim:a \"b\".txt:10-60");
    CHECK(opposes[0].at("to") == "position:p,1");
    CHECK(split(opposes[0].at("evidence_words"), sg::csv::kArrayDelimiter) ==
          std::vector<std::string>{"said \"no\", twice", "no\nmore"});
    CHECK(table(dir / "OPPOSES-Person-Position.csv").empty());
    CHECK(table(dir / "SUPPORTS-Organisation-Position.csv").size() == 1);
    CHECK(row_with(table(dir / "Claim.csv"), "key", "claim:a \"b\".txt:10-60").at("text") ==
          "\"We said \"\"no\"\", twice,\" she said, \nthen left.");

    const std::string schema = slurp(dir / "schema.cypher"), copy = slurp(dir / "copy.cypher");
    for (const char* n : {"Person", "Organisation", "Position", "Document", "Claim"})
        CHECK(schema.find(std::string("CREATE NODE TABLE `") + n + "`(") != std::string::npos);
    CHECK(schema.find("CREATE REL TABLE `IN`(FROM `Claim` TO `Document`") != std::string::npos);
    CHECK(schema.find("CREATE REL TABLE `MEMBER_OF`(FROM `Person` TO `Organisation`") != std::string::npos);
    // One COPY a CSV file, and one statement a line.
    std::size_t csv_files = 0;
    for (const auto& e : fs::directory_iterator(dir)) {
        if (e.path().extension() != ".csv") continue;
        ++csv_files;
        CHECK_MESSAGE(copy.find("FROM '" + e.path().filename().string() + "'") != std::string::npos, e.path());
    }
    CHECK(static_cast<std::size_t>(std::count(copy.begin(), copy.end(), '\n')) == csv_files);
    CHECK(copy.find("PARALLEL=false") != std::string::npos);
    CHECK(fs::exists(dir / "README.txt"));
}

TEST_CASE("export folders: written whole or not at all, never over an earlier export") {
    Hostile h;
    TempDir t;
    // An empty folder is filled; one with files is refused and left as it was.
    fs::create_directory(t.path / "empty");
    write(t.path / "empty", sg::neo4j_import_files(h.g));
    CHECK(fs::exists(t.path / "empty" / "Person.csv"));
    const std::string before = slurp(t.path / "empty" / "Person.csv");
    CHECK_THROWS_AS(write(t.path / "empty", sg::kuzu_import_files(h.g)), sg::FileError);
    CHECK(slurp(t.path / "empty" / "Person.csv") == before);
    CHECK_FALSE(fs::exists(t.path / "empty" / "schema.cypher"));
    // A file is not a folder; a folder in a missing folder cannot be made.
    t.write("file", "x");
    CHECK_THROWS_AS(write(t.path / "file", sg::neo4j_import_files(h.g)), sg::FileError);
    CHECK(slurp(t.path / "file") == "x");
    CHECK_THROWS_AS(write(t.path / "no" / "such", sg::neo4j_import_files(h.g)), sg::FileError);
    // A writer that fails half way leaves nothing behind, not even its temporary folder.
    const std::size_t entries = t.entries();
    std::vector<sg::FolderFile> failing = sg::neo4j_import_files(h.g);
    failing.push_back({"broken.csv", [](std::ostream&) { throw std::runtime_error("disk on fire"); }});
    CHECK_THROWS_WITH(write(t.path / "half", failing), "disk on fire");
    CHECK_FALSE(fs::exists(t.path / "half"));
    CHECK(t.entries() == entries);
}
