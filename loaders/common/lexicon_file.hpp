// Parsing of the lexicon data files compiled into the binary (loaders/lexicons/*.txt): one entry
// per line, "#" starts a comment line, blank lines ignored, surrounding white space trimmed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sg::loaders {

std::vector<std::string> lexicon_entries(std::string_view file_text);

// ASCII lower-casing (non-ASCII bytes unchanged): lexicons compare on this.
std::string ascii_lower(std::string_view s);

}  // namespace sg::loaders
