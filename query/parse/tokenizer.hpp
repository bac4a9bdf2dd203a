// The query tokenizer: UTF-8 text -> tokens with byte offsets, pushed one at a time into the
// Lemon parser (the SQLite pattern). Hand-written so that every token knows where it starts,
// which is what puts the caret of an error message under the right character.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sg::query {

struct Token {
    int type = 0;              // a TK_ code from the generated grammar.h; 0 at end of input
    std::size_t offset = 0;    // byte offset of the token in the statement text
    std::size_t length = 0;    // bytes in the source (quotes included for strings)
    std::string text;          // words as written, strings unquoted and unescaped
};

// Splits `text` into tokens. Newlines and ';' become TK_SEMI (statement separators); '#' starts a
// comment running to the end of the line. Keywords are recognised case-insensitively; any other
// run of letters, digits, '_', inner '-', inner apostrophes, or a trailing abbreviation dot is a
// word. Throws sg::UsageError (with a caret) for an unterminated string or a stray character.
std::vector<Token> tokenize(std::string_view text);

// In a statement that starts `why does` (after an optional `explain`), the words support, oppose
// and mention become the verb keywords that end the actor's name (a name holding one of them is
// quoted, or joined as a known name); `claim` right after `why` becomes the keyword of
// `why claim C`. In every other statement they stay plain words.
void mark_why_verbs(std::vector<Token>& statement);

// `by day|week|month|year` ending a question (before its where, with, order or limit clauses, or
// at its end) is the timeline clause: its `by` becomes the keyword that ends the name before it.
// Elsewhere `by` is a word of names (`count claims by X` keeps its own).
void mark_period_by(std::vector<Token>& statement);

// The keyword spelling of a token type ("supports"), or a description ("a name", "end of query").
std::string token_description(int type);

// The statement text line with a caret under byte `offset`, then `message`:
//     who suports GPC
//         ^ syntax error: ...
// Columns count UTF-8 code points, so the caret lines up under non-ASCII text too; a long line
// is cut to 60 characters each side of the caret, with "..." where it was cut.
std::string caret_message(std::string_view text, std::size_t offset, std::string_view message);

// 1-based line and column (in code points) of byte `offset` of `text`.
std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset);

// Every keyword of the language, lower case (for completion in the REPL).
const std::vector<std::string>& keywords();

}  // namespace sg::query
