// Caps how deep a page's elements nest before the HTML parser sees it. gumbo checks the stack of
// open elements at every start tag ("is a <p> open in button scope?"), so a page nested 10^5
// deep costs 10^10 steps: quadratic. Browsers cap the tree's depth for the same reason (Blink at
// 512). Start tags beyond `max_depth` open elements, and their own end tags, are replaced by
// spaces — the same number of bytes, so every offset still is the file's; their text stays, one
// level up.
#pragma once

#include <cstddef>
#include <string>

namespace sg::loaders {

inline constexpr std::size_t kMaxHtmlDepth = 256;

// Returns the number of tags blanked. Linear in the page: one pass, no backtracking.
std::size_t cap_nesting(std::string& page, std::size_t max_depth = kMaxHtmlDepth);

}  // namespace sg::loaders
