// Parsing of the lexicon data files compiled into the binary (loaders/lexicons/*.txt): one entry
// per line, "#" starts a comment line, blank lines ignored, surrounding white space trimmed.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace sg::loaders {

std::vector<std::string> lexicon_entries(std::string_view file_text);

// The entries of a word list, lower-cased, as a set to look words up in.
std::set<std::string, std::less<>> lexicon_word_set(std::string_view file_text);

// ASCII lower-casing (non-ASCII bytes unchanged): lexicons compare on this.
std::string ascii_lower(std::string_view s);

}  // namespace sg::loaders
