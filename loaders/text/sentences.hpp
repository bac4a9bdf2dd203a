// Step 3: sentences and word tokens, as byte ranges into the document text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sg::loaders {

struct Range {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// Splits [begin, end) of text into sentences. A sentence ends at . ! ? or … (followed by any
// closing quotes or brackets) when white space and then an upper-case letter, digit or opening
// quote follow. Not at abbreviations (loaders/lexicons/abbreviations.txt: Dr, Prof., St., e.g.),
// single-letter initials ("J. Smith"), decimal numbers ("1.5", "10.31") or an ellipsis followed by
// lower case. Quotes may span sentences: quotation is handled separately (loaders/quotes).
std::vector<Range> split_sentences(std::string_view text, std::size_t begin, std::size_t end);

struct Token {
    std::size_t begin = 0;
    std::size_t end = 0;        // the word without a possessive ending
    bool possessive = false;    // the word was followed by ’s / 's / ´s (or s’)
    std::size_t full_end = 0;   // end including the possessive ending
    bool word = true;           // false: a punctuation character
};

// Words (letters, digits, inner hyphens and apostrophes: "co-chair", "don’t", "1.5") and
// punctuation characters, skipping white space.
std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace sg::loaders
