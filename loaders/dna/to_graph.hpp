// A DNA file's statements as a stancegraph graph: each statement a manual claim with its span,
// its speaker (`says`), the organisation it was made for (ClaimInfo::organisation, and the
// speaker `member_of` it), and its concept as a position the claim supports (agreement 1) or
// opposes (agreement 0). Documents keep their title and metadata.
#pragma once

#include <cstdint>
#include <string>

#include "graph/graph.hpp"
#include "loaders/dna/dna_file.hpp"

namespace sg::loaders::dna {

// `file_name` names the documents: "<file_name>#<DNA document id>". Throws sg::FileError
// (starting with `file_name`) for an agreement value that is neither 0 nor 1.
Graph dna_to_graph(const DnaFile& file, const std::string& file_name);

}  // namespace sg::loaders::dna
