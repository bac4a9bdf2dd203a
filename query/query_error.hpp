// The error every stage of the query pipeline throws: a sg::UsageError (exit code 1) that
// remembers where in the query text it happened, so that the caller can point at it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "graph/error.hpp"

namespace sg::query {

struct QueryError : sg::UsageError {
    // what() is `rendered` when given (the query line with a caret), otherwise `message`.
    QueryError(std::size_t offset_, std::string message_, std::string rendered = {})
        : sg::UsageError(rendered.empty() ? message_ : rendered),
          offset(offset_),
          message(std::move(message_)) {}
    std::size_t offset;   // byte offset in the text the statement came from
    std::string message;  // the message without the caret picture
};

// `text` in double quotes for a message, shortened to 60 characters by text::shorten (at a word
// boundary, with "…"): a 10,000-word name must not make a 100 KB error line.
std::string quoted(std::string_view text);
// Exact matches, so that std::quoted (found by argument-dependent lookup once <iomanip> is in,
// as <filesystem> brings it) never wins over ours.
inline std::string quoted(const std::string& text) { return quoted(std::string_view(text)); }
inline std::string quoted(const char* text) { return quoted(std::string_view(text)); }

}  // namespace sg::query
