// Names that contain a name-ending keyword (`on`, `to`, `and`, `with`, ...), typed unquoted the
// way a user reads them: `who supports lay majority on CCG boards`.
//
// The grammar cannot let those keywords inside an unquoted name (they end names), so before a
// statement is parsed the longest run of words that the binder knows as a name (a label, alias,
// id or title) and that contains such a keyword is joined into one name token. If the statement
// then fails to parse but parses as typed, the typed reading wins: a known name never turns a
// valid statement into an error.
#pragma once

#include <memory>

#include "query/parse/ast.hpp"
#include "query/bind/binder.hpp"
#include "query/parse/parser.hpp"

namespace sg::query {

// The statement's tokens with each known keyword-containing name joined into one token (MATCH
// statements are left as they are: their names are always quoted).
StatementTokens join_known_names(const StatementTokens& statement, const Binder& binder);

// parse_statement over the joined tokens, falling back to the tokens as typed.
std::unique_ptr<Statement> parse_with_known_names(const StatementTokens& statement, const Binder& binder,
                                                  std::size_t max_nesting);

}  // namespace sg::query
