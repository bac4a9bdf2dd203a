// Manual annotations: DNA-style codings and corrections applied after extraction.
// Format: schemas/annotations.schema.json; example: examples/nhs-cocommissioning/annotations.json.
#pragma once

#include <filesystem>

#include "graph/graph.hpp"

namespace sg::loaders {

// Applies every annotation of `file` to `g`, marking what it adds or changes as manual.
// Throws sg::FileError naming the file and the annotation (its JSON pointer, e.g.
// "/annotations/3") that matches nothing (unknown document, actor, position or quote).
void apply_annotations(Graph& g, const std::filesystem::path& file);

}  // namespace sg::loaders
