// The evidence of the report: every claim behind a matrix cell, with its speaker, side, document,
// date and source, the quote shown inside its sentence (when the article is at hand) with the
// quote highlighted and the words that decided its side marked. Those words are what the graph
// stores on the claim's stance edge (its evidence: role, words, byte span), the same the query
// language's `why` shows; nothing is re-classified here.
#pragma once

#include <cstddef>
#include <string>

#include "graph/store/graph_store.hpp"
#include "networks/statements.hpp"
#include "report/article_texts.hpp"

namespace sg::report {

// Appends one claim as an <li class="claim"> of the evidence list. The quote is the claim's text
// (the graph's, exactly) in <q class="quote">; decisive words inside it, or in its sentence, are
// <b class="ev ev-ROLE">.
void append_claim(std::string& out, const store::GraphStore& g, const networks::Statement& s, ArticleTexts& articles);

// The sentence around bytes [start, end) of `text`: the start of the sentence (or line) holding
// `start` and the end of the one holding `end`, at most `reach` bytes further each way (cut at a
// UTF-8 boundary). Exposed for tests.
struct Context {
    std::size_t begin = 0, end = 0;
    bool cut_before = false, cut_after = false;
};
Context sentence_around(std::string_view text, std::size_t start, std::size_t end, std::size_t reach = 300);

}  // namespace sg::report
