// CSV fields as the bulk importers of graph databases read them (RFC 4180: a field in double
// quotes, a double quote inside it doubled, line breaks allowed inside the quotes).
#pragma once

#include <ostream>
#include <string>
#include <string_view>

namespace sg::csv {

// The array delimiter of list fields (Neo4j's string[]; Kuzu's lists use their own syntax):
// U+001F, the unit separator, which no text of ours keeps (see text()).
inline constexpr char kArrayDelimiter = '\x1F';

// Text made safe for any importer: invalid UTF-8 becomes U+FFFD; control characters other than
// tab and line feed (NUL, CR, the array delimiter ...) become spaces.
std::string text(std::string_view raw);

// `raw` cleaned (text()) and quoted: "He said ""no""".
std::string quoted(std::string_view raw);

// Texts cleaned (text()) and joined with kArrayDelimiter, quoted: one list field.
template <class Items, class Text>
std::string quoted_list(const Items& items, Text text_of);

// Quotes text already cleaned, as it is (the list delimiter stays).
std::string quote_clean(std::string_view clean);

// A number as the shortest text that reads back as the same double.
std::string number(double x);

template <class Items, class Text>
std::string quoted_list(const Items& items, Text text_of) {
    std::string joined;
    bool first = true;
    for (const auto& item : items) {
        if (!first) joined += kArrayDelimiter;
        first = false;
        joined += text(text_of(item));
    }
    return quote_clean(joined);
}

}  // namespace sg::csv
