// What an element's markup says it is: site furniture to drop, a pull-quote to keep, the readers'
// comments. Read from the words of its class, id and role attributes (lexicons
// html_furniture.txt and html_comment_words.txt), since sites name these parts consistently
// while their tags are all <div>.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <gumbo.h>

namespace sg::loaders {

// The lower-cased words of the element's class, id and role ("share-bar js-x" -> share, bar, js, x).
std::vector<std::string> markup_words(const GumboElement& e);

bool is_quote_markup(const std::vector<std::string>& words);       // "pullquote", "pull-quote", "quote"
bool is_furniture_markup(const std::vector<std::string>& words);   // a word of html_furniture.txt
bool is_comment_section_markup(const std::vector<std::string>& words);  // html_comment_words.txt
bool is_one_comment_markup(const std::vector<std::string>& words);      // "comment"
bool is_author_markup(const std::vector<std::string>& words);  // "author", "byline", "username", ...
bool is_time_markup(const std::vector<std::string>& words);    // "date", "time", "timestamp", ...

// The value of attribute `name`, or empty.
std::string_view attribute(const GumboElement& e, const char* name);

}  // namespace sg::loaders
