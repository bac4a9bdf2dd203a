// Reading a Discourse Network Analyzer database (DNA 3.x, or 2.x) into plain records: its
// documents with their metadata, and the statements of one statement type with the values of
// the four variables stancegraph maps (person, organisation, concept, agreement). to_graph.hpp
// turns them into a graph. The schema is DNA's own (sql/Sql.java, createTables); see
// ../shared/notes/engineering-notes.md, "DNA's database file".
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace sg::loaders::dna {

// Which statements to read and which of their variables mean what: DNA's names by default.
struct DnaOptions {
    std::string statement_type = "DNA Statement";
    std::string person = "person";
    std::string organisation = "organization";
    std::string concept_variable = "concept";
    std::string agreement = "agreement";
};

struct DnaDocument {
    std::int64_t id = 0;
    std::string title;
    std::string text;      // as stored: statement offsets count its UTF-16 code units
    std::string author, source, section, type, notes;
    std::int64_t date = 0;  // seconds since 1970-01-01 UTC (DNA 2's milliseconds are converted)
};

struct DnaStatement {
    std::int64_t id = 0;
    std::int64_t document = 0;  // DnaDocument::id
    std::int64_t start = 0;     // [start, stop) in UTF-16 code units of the document's text
    std::int64_t stop = 0;
    std::string person, organisation, concept_label;  // empty when not coded
    std::optional<std::int64_t> agreement;      // 1 agrees, 0 disagrees; nullopt when no data row
};

struct DnaFile {
    std::string version;  // SETTINGS' "version", e.g. "3.0.7"
    std::vector<DnaDocument> documents;     // by id
    std::vector<DnaStatement> statements;   // by id
};

// Reads the file. Throws sg::FileError naming the file and the item for a file that is not an
// SQLite database, a DNA version other than 3.x or 2.x, a missing statement type or variable (or one
// of the wrong data type), and a statement whose span is outside its document's text.
DnaFile read_dna_file(const std::filesystem::path& path, const DnaOptions& options = {});

}  // namespace sg::loaders::dna
