// The readable text of a parsed page (HtmlPage::text and ::map): what a text browser would show
// of the article, blocks separated by blank lines, list items as "• " bullets, the readers'
// comments under a "Readers' comments" heading with each commenter's name over the comment's
// time, so the text pipeline's segmentation (loaders/segmentation) reads it as it reads a page
// saved as text.
#pragma once

#include <string_view>

#include <gumbo.h>

#include "loaders/html/html_page.hpp"

namespace sg::loaders {

void readable_text(const GumboNode* root, HtmlPage& out);

// The text of an element's descendants, decoded, white space collapsed, at most `limit` bytes.
std::string element_text(const GumboNode* node, std::size_t limit = 2000);

}  // namespace sg::loaders
