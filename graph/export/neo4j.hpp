// The graph as the CSV files `neo4j-admin database import full` reads (Neo4j 5), with an
// import.sh holding the exact command (`export --format neo4j -o DIR`).
#pragma once

#include <vector>

#include "graph/atomic_dir.hpp"
#include "graph/graph.hpp"

namespace sg {

// One node file per label and one relationship file per type, every file with its header row:
//   Person.csv, Organisation.csv   key:ID, name, aliases:string[], :LABEL
//   Position.csv                   key:ID, name, description, aliases:string[], :LABEL
//   Document.csv                   key:ID, name, title, :LABEL
//   Claim.csv                      key:ID, text, document, span_start:long, span_end:long,
//                                  claim_kind, comment:boolean, confidence:double,
//                                  manual:boolean, :LABEL
//   SAYS.csv, SUPPORTS.csv, OPPOSES.csv, ABOUT.csv, MEMBER_OF.csv, PART_OF.csv, IN.csv
//                                  :START_ID, :END_ID, role, confidence:double, manual:boolean,
//                                  evidence_roles:string[], evidence_words:string[],
//                                  evidence_starts:long[], evidence_ends:long[],
//                                  evidence_documents:string[], :TYPE
//   import.sh                      the neo4j-admin command for these files
// Node ids are the graph's keys (one id space: keys are unique across kinds). Every text field is
// quoted, a quote inside doubled, line breaks kept inside the quotes (import with
// --multiline-fields=true); arrays are joined with U+001F (--array-delimiter=U+001F), which no
// text keeps; invalid UTF-8 becomes U+FFFD and other control characters spaces (csv.hpp).
// The files write from `g`, which must outlive them.
std::vector<FolderFile> neo4j_import_files(const Graph& g);

}  // namespace sg
