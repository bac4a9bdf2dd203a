// The header line(s) that start one reader's comment on the common comment widgets:
//   "Username" then "3 hours ago" (or a date) on the next line;
//   "Name | 12 March 2026" / "Name · 2 days ago" on one line.
// A comment section that has such headers is cut at them: each header starts a comment, its
// text runs to the next header or to a control line ("Reply", "Report", "Load more comments").
#pragma once

#include <string>
#include <string_view>

namespace sg::loaders {

// A line that is only a time stamp: "3 hours ago", "yesterday", "just now", "March 9, 2026",
// "09/03/2026 10:42", "15 April 2026 at 9.15am".
bool is_timestamp_line(std::string_view line);

// A short line that can be a commenter's display name or user name ("MomOfThree22",
// "Linda M.", "Jen Albright (Author)"): at most five words, no sentence punctuation at the end.
bool is_commenter_line(std::string_view line);

// "Name | date" on one line (separators | · • — –): sets `name` (trimmed) and returns true.
// `name_offset` is where the name starts in `line`.
bool split_name_date_line(std::string_view line, std::string_view& name);

// "Jen Albright (Author)" -> "Jen Albright"; "@dave" -> "dave".
std::string_view commenter_name(std::string_view line);

}  // namespace sg::loaders
