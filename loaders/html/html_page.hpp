// A saved web page as an article: its readable text (what a reader sees of the article, in the
// blocks the text pipeline expects), where each byte of that text stands in the page, and the
// metadata the page states about itself. Parsed with gumbo (libgumbo-dev), an HTML5 parser that
// gives the source offset of every text node, so claims found in the readable text map back to
// byte spans of the page as saved.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "graph/graph.hpp"
#include "loaders/reading/offset_map.hpp"

namespace sg::loaders {

struct HtmlPage {
    // Blocks (paragraphs, headings, list items, block quotes, comments) separated by blank lines;
    // character references decoded, white space collapsed as a browser shows it; scripts, styles
    // and site furniture (navigation, adverts, cookie banners, share bars, related lists) left out.
    std::string text;
    OffsetMap map;      // text byte -> page bytes
    std::string title;  // <h1>, else og:title, else <title>
    DocumentInfo info;  // date, outlet, author, section, URL the page states
    std::size_t comments = 0;  // readers' comments found by the page's structure
};

// True for a file named .html/.htm/.xhtml, or whose first bytes (after a BOM, white space and
// comments) are a doctype or an <html>, <head> or <body> tag.
bool looks_like_html(std::string_view file_name, std::string_view bytes);

// Reads a page. `page` must be valid UTF-8 of the same length as the file (clean_source's text),
// so that offsets in it are offsets in the file. Linear in the page's size; never recurses on the
// document tree (a page nested 10^5 deep is read like any other).
HtmlPage read_html_page(std::string_view page);

}  // namespace sg::loaders
