// What the Lemon parser shares with its driver (%extra_context): the statement it built, or the
// first syntax error. Actions never throw: the driver turns a recorded error into sg::UsageError
// after the parse, so no exception ever crosses the generated C code.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "query/parse/ast.hpp"
#include "query/parse/tokenizer.hpp"

namespace sg::query {

struct ParseState {
    // How deeply brackets, `not`s and and/or chains may nest (--max-nesting): every recursion
    // over the tree the parser builds is bounded by it.
    std::size_t max_nesting = 100;

    std::unique_ptr<Statement> result;
    bool syntax_error = false;
    bool stack_overflow = false;
    const Token* error_token = nullptr;  // the token the parser could not accept

    // A value error found inside an action (a number out of range): reported like a syntax error.
    bool value_error = false;
    std::size_t value_error_offset = 0;
    std::string value_error_message;
};

using Property = std::pair<Name, Literal>;
using PropertyList = std::vector<Property>;

// `*`, `*N`, `*MIN..MAX` of a variable-length relationship (a plain struct: Lemon keeps parser
// values in a union).
struct HopRange {
    bool variable;
    std::uint32_t min;
    std::uint32_t max;
};

// The longest variable-length relationship a MATCH may ask for.
inline constexpr std::uint32_t kMaxHops = 8;

// Builds a comparison node, taking ownership of both parts.
inline Expr* comparison(Expr::Op op, Reference* ref, Literal* value, Compare compare = Compare::Equal) {
    auto* e = new Expr();
    e->op = op;
    e->compare = compare;
    e->ref = std::move(*ref);
    e->value = std::move(*value);
    delete ref;
    delete value;
    return e;
}

// The error of a statement nested deeper than --max-nesting allows.
std::string nesting_message(std::size_t max_nesting);

}  // namespace sg::query
