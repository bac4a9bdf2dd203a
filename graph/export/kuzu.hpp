// The graph as node and relationship table CSV files for the Kuzu graph database, with the
// Cypher that creates the tables (schema.cypher) and loads the files (copy.cypher)
// (`export --format kuzu -o DIR`).
#pragma once

#include <vector>

#include "graph/atomic_dir.hpp"
#include "graph/graph.hpp"

namespace sg {

// Node tables Person, Organisation (key, name, aliases), Position (key, name, description,
// aliases), Document (key, name, title), Claim (key, text, document, span_start, span_end,
// claim_kind, comment, confidence, manual), each keyed by `key`; relationship tables SAYS,
// SUPPORTS, OPPOSES, ABOUT, MEMBER_OF, PART_OF and IN (written `IN` in Cypher) with role,
// confidence, manual and the stance evidence as lists (evidence_roles, evidence_words,
// evidence_starts, evidence_ends, evidence_documents). One CSV file per node table
// (Person.csv ...) and per relationship table and pair of node tables it joins
// (SUPPORTS-Claim-Position.csv ...), each with a header row; every text quoted, quotes doubled,
// line breaks kept inside the quotes. Lists are one field joined with U+001F, split by
// copy.cypher, which loads every file with COPY ... FROM (LOAD WITH HEADERS ... FROM 'FILE'
// (HEADER=true, PARALLEL=false) ...): the types are given, not guessed, and the serial reader
// takes line breaks inside quotes. Run schema.cypher then copy.cypher with the export folder as
// the working folder (README.txt says how). The files write from `g`, which must outlive them.
std::vector<FolderFile> kuzu_import_files(const Graph& g);

}  // namespace sg
