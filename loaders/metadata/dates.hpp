// Dates as articles and metadata files write them, read into the graph's ISO 8601 form
// (graph.hpp's DocumentInfo::date). Never guessed: what is not one of these forms is not a date.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sg::loaders {

// "2014-06-12", "2014-06-12T09:30", "2014-06-12 09:30:15", "12 June 2014", "12th Jun. 2014",
// "June 12, 2014", "Thursday, 12 June 2014" (a weekday is ignored) -> "2014-06-12" or
// "2014-06-12T09:30:00". nullopt for anything else, or an impossible day.
std::optional<std::string> read_date(std::string_view text);

// The date of an article's dateline, when it has one: within the first 20 lines, a line that is
// short (at most 60 characters) or starts "Published", "Updated", "Posted", "Date" or "Last
// updated", holding one of read_date's forms. A date in a sentence of the body is not a dateline.
std::optional<std::string> dateline(std::string_view article);

}  // namespace sg::loaders
