// Quoting user text in error messages (see query_error.hpp).
#include "query/query_error.hpp"

#include "graph/export/utf8.hpp"

namespace sg::query {

std::string quoted(std::string_view text) { return "\"" + text::shorten(text, 60) + "\""; }

}  // namespace sg::query
