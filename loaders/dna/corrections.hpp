// A DNA file as corrections to a built graph (`build --annotations coded.dna`): the way back of
// `export --format dna`, after a reviewer recoded stancegraph's statements in DNA. A statement
// that overlaps an extracted claim of its document replaces that claim's speaker, organisation
// and sides (all the statements on one claim together); one that overlaps none becomes a manual
// claim. Documents are found by the file name export wrote into their Notes.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "graph/graph.hpp"

namespace sg::loaders::dna {

// True when the file starts like an SQLite database (a DNA file), not like JSON annotations.
bool looks_like_dna_file(const std::filesystem::path& path);

// Applies the statements of type "DNA Statement" of `file`. `document_bytes` gives a document's
// file bytes by name (the article the DNA text was made from, to turn DNA's offsets back into
// bytes). Throws sg::FileError naming the DNA file and the item for a document that names no
// document of the graph, or whose text is not the article's any more.
void apply_dna_corrections(Graph& g, const std::filesystem::path& file,
                           const std::function<std::string(std::string_view)>& document_bytes);

}  // namespace sg::loaders::dna
