// The codebook: the positions (DNA "concepts") a corpus is coded against.
// Format: schemas/codebook.schema.json; example: examples/nhs-cocommissioning/codebook.json.
// Cue pattern syntax: loaders/stance/README.md.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.hpp"

namespace sg::loaders {

struct CodebookPosition {
    std::string id;           // "ccg-performance-management"
    std::string label;        // "CCG performance management"
    std::string description;  // a proposition, DNA style
    std::vector<std::string> aliases;  // other names a user or an article may use for it
    std::vector<std::string> cues;     // phrases that show a text is about this position
    // Position-specific framing: phrases that, in a text about this position, favour or disfavour
    // it ("can be managed" for a position that something is manageable).
    std::vector<std::string> supports_cues;
    std::vector<std::string> opposes_cues;
};

struct Codebook {
    std::string name;
    std::vector<CodebookPosition> positions;
    // Cues that load but surely do not say what their author meant, each naming the file, the
    // JSON pointer and the fix (see phrase_bar_warning); the build prints them.
    std::vector<std::string> warnings;
};

// For a cue pattern whose "|" the author surely meant between phrases ("oil sands|tar sands"):
// "|" joins single words, so read word by word one word would stand in two places, one of them
// among alternatives ("oil (sands|tar) sands"), which matches nothing anyone writes. Returns that
// reading and the fix, or "" for any other pattern.
std::string phrase_bar_warning(std::string_view cue);

// Reads and validates a codebook (JSON). Throws sg::FileError naming the file and the JSON
// pointer (schema errors) or line:column (syntax errors); duplicate ids are refused.
Codebook load_codebook(const std::filesystem::path& file);

// The same from text already in memory; `label` names it in messages.
Codebook parse_codebook(std::string_view json, const std::string& label);

// Adds one Position node per codebook position (key "position:<id>", name = label, aliases =
// id + aliases, description). Returns the node ids in codebook order. A position already in the
// graph (same key) is reused, so loading a codebook twice does not fail.
std::vector<NodeId> add_positions(Graph& g, const Codebook& codebook);

}  // namespace sg::loaders
