// Text from articles (quotes, names, titles, sources) goes into the page only through here: it is
// shown as text whatever it holds (`<script>`, quotes that would end an attribute, stray bytes).
#pragma once

#include <string>
#include <string_view>

namespace sg::report {

// Appends `text` to `out` as HTML text or attribute value: & < > " ' as character references,
// invalid UTF-8 bytes as U+FFFD, control characters other than tab and newline dropped (they
// have no business in a page and some break XML-minded viewers).
void append_escaped(std::string& out, std::string_view text);
std::string escaped(std::string_view text);

// The first `max_bytes` of `text` cut at a UTF-8 character boundary, with "…" when it was cut.
std::string shortened(std::string_view text, std::size_t max_bytes);

}  // namespace sg::report
