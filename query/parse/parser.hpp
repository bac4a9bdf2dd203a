// From query text to statements: splits the tokens at ';' and newlines and runs the Lemon parser
// over each statement.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "query/parse/ast.hpp"
#include "query/parse/tokenizer.hpp"

namespace sg::query {

// The tokens of one statement (without its separator) and where it starts in the text.
struct StatementTokens {
    std::size_t offset = 0;
    std::size_t end = 0;   // byte just past the last token
    std::vector<Token> tokens;
};

// Splits a token stream into statements; empty statements (blank lines, comments) are dropped.
std::vector<StatementTokens> split_statements(std::vector<Token> tokens);

// Parses one statement. Throws QueryError (offset of the offending token, message naming it and
// what was expected there) on a syntax error, an illegal character, an unterminated string or
// brackets, `not`s or and/or chains nested deeper than `max_nesting` (--max-nesting).
std::unique_ptr<Statement> parse_statement(const StatementTokens& statement, std::size_t max_nesting);

}  // namespace sg::query
