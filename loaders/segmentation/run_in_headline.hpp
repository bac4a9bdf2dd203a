// A headline run into the first paragraph, as press releases copied from a web page often are:
// "03.28.19 Senator Ann Hale Introduces Bill to Protect Wetlands WASHINGTON, D.C. – Today, ..." or
// "Hale, Quayle Announce $2 Million for Harbour Repairs Tuesday, February 12, 2019 U.S. Senators
// ...". Its capitalised words are a headline's, not people and bodies of the text.
#pragma once

#include <cstddef>
#include <string_view>

namespace sg::loaders {

struct RunInHeadline {
    std::size_t title_begin = 0, title_end = 0;  // the headline, offsets into the line
    std::size_t body_begin = 0;                  // where the paragraph proper starts (its dateline or date)
};

// The headline at the start of `line`: after an optional numeric date ("03.28.19"), a Title Case
// run of four words or more that ends where a dateline ("WASHINGTON –", "WASHINGTON, D.C. —") or a
// written date ("Tuesday, February 12, 2019") begins, within the first 40 words. False when the
// line opens no such run.
bool find_run_in_headline(std::string_view line, RunInHeadline& out);

}  // namespace sg::loaders
