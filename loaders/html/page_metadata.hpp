// What a page says about itself: its title (<h1>, og:title, <title>), date (article:published_time,
// JSON-LD datePublished, <time datetime>), author, outlet, section and address, from the <meta>
// tags of Open Graph and article:*, the JSON-LD block (schema.org NewsArticle) and the byline.
#pragma once

#include <gumbo.h>

#include "loaders/html/html_page.hpp"

namespace sg::loaders {

void page_metadata(const GumboNode* root, HtmlPage& out);

}  // namespace sg::loaders
