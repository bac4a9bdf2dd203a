// Step 5: quotation spans in one paragraph, with the broken marks of real pages:
//  - ‘…’ and “…” and "…" and '…'; a closing ’ used to open ("’There is…" at a paragraph start);
//  - ’ ´ ' between two letters are apostrophes ("don’t", "it´s"), never quote marks;
//  - doubled ASCII marks as archives and the Penn Treebank write them: ``…'' and ''…'' (a lone '
//    stays an apostrophe or single quote; `` only opens; '' after feet is inches: 5'11'');
//  - a quote opened and not closed runs to the end of the paragraph (multi-paragraph quotes reopen
//    each paragraph and close only in the last);
//  - quotes nested in another quote ("the problem of “silo mentality”" inside a ‘…’ quote) are
//    part of the outer quote, not quotes of their own.
// Any sequence of marks is accepted; nothing here throws.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace sg::loaders {

struct QuoteSpan {
    std::size_t open = 0;         // offset of the opening mark
    std::size_t inner_begin = 0;  // first byte of the quoted text
    std::size_t inner_end = 0;    // end of the quoted text (before the closing mark)
    std::size_t close = 0;        // end of the closing mark (== inner_end when unclosed)
    bool closed = true;
};

std::vector<QuoteSpan> find_quotes(std::string_view text, std::size_t begin, std::size_t end);

// Number of words in [begin, end).
std::size_t count_words(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace sg::loaders
