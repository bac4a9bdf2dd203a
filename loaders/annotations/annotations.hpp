// Manual annotations: DNA-style codings and corrections applied after extraction.
// Format: schemas/annotations.schema.json; example: examples/nhs-cocommissioning/annotations.json;
// semantics of each op: loaders/stance/README.md ("Annotations").
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "graph/graph.hpp"

namespace sg::loaders {

// Applies every annotation of `file` to `g`, in order, marking what it adds or changes as manual
// (ClaimInfo::manual, Edge::manual; new claims are ClaimKind::Manual).
// Throws sg::FileError naming the file and the annotation (its JSON pointer, e.g.
// "/annotations/3") that matches nothing (unknown document, actor, position or quote).
// Annotations before the failing one have been applied.
void apply_annotations(Graph& g, const std::filesystem::path& file);

// The same for JSON text already in memory; `label` names it in messages.
void apply_annotations_text(Graph& g, std::string_view json, const std::string& label);

}  // namespace sg::loaders
