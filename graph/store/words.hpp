// The words of a claim as the graph file's word index holds them: lower-cased and stemmed with
// the Snowball English stemmer (libstemmer, Debian's libstemmer-dev), so that `search "conflict
// of interest"` finds "conflicts of interest". The writer indexes claims with it and queries look
// words up with it: both sides must cut and stem alike, hence one function.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sg::store {

// The stems of text's words, in order (repeats kept). A word is a run of letters and digits
// (ASCII, or any non-ASCII character other than the typographic quotes and dashes); an
// apostrophe between letters belongs to the word ("don't"), typographic apostrophes fold to '.
std::vector<std::string> word_stems(std::string_view text);

// True when the stems of `phrase` occur consecutively, in order, among the stems of `text`.
bool contains_stemmed_phrase(const std::vector<std::string>& text_stems, const std::vector<std::string>& phrase);

}  // namespace sg::store
