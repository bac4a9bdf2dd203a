// A graph as a DNA 3 database that DNA opens (`export --format dna`), so a researcher reviews
// stancegraph's coding in the tool they know: every table and column of DNA 3's schema, the
// SETTINGS version row, one coder with DNA's password hash, the default statement types and
// variables, and per claim one "DNA Statement" per position it takes a side on (person,
// organization, concept, agreement; one data row per variable, short texts through ENTITIES),
// or one with an empty concept when it takes none, for the reviewer to code. Offsets are UTF-16
// code units of the document text with "\n" line ends; text fields are cut under 191 characters.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "graph/store/graph_store.hpp"

namespace sg::loaders::dna {

struct DnaExportOptions {
    std::string coder = "stancegraph";
    std::string password = "stancegraph";
    // The bytes of a document's file, by document name (file name). Throws sg::FileError when it
    // cannot be read: a document without its text cannot be coded in DNA.
    std::function<std::string(std::string_view)> document_bytes;
};

struct DnaExportReport {
    std::size_t documents = 0, statements = 0, without_side = 0;
};

// The database file's bytes. Throws sg::FileError (starting with `name`) for a claim whose span
// lies outside its document's file (was the file changed after the build?).
std::string dna_database(const store::GraphStore& g, const DnaExportOptions& options, const std::string& name,
                         DnaExportReport& report);

}  // namespace sg::loaders::dna
