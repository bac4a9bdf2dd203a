// The article boundaries and header fields of a news-database export in plain text: many articles
// in one file, as LexisNexis Academic, Nexis Uni and Factiva write them.
//
//   LexisNexis Academic   "1 of 57 DOCUMENTS" centred above each article; then the outlet, the
//                         date ("June 12, 2014 Thursday"), an edition line, the headline; field
//                         lines "BYLINE:", "SECTION:", "LENGTH: 612 words" (the header ends at
//                         LENGTH, or DATELINE/HIGHLIGHT just after it), the body, then "LOAD-DATE:",
//                         "LANGUAGE:", "PUBLICATION-TYPE:" and a copyright line.
//   Nexis Uni             headline, outlet, date, copyright line; "Section: ...; Length: 612 words",
//                         "Byline: ..."; a line "Body"; the body; "Load-Date: ..."; and
//                         "End of Document" after each article.
//   Factiva               two-letter codes on a line of their own (or before the value on the
//                         same line): HD headline, BY byline, WC word count, PD date, SN outlet,
//                         SE section, LA language, CY copyright, LP lead paragraphs, TD the rest of
//                         the text, then CO/IN/NS/RE/PUB indexing, and "AN" with the line
//                         "Document GRDN000020140612ea6c00048" that ends the article.
//
// Every range is a byte range of the text given (offsets in the file).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/graph.hpp"

namespace sg::loaders {

enum class ExportLayout { None, LexisNexis, NexisUni, Factiva };

struct ExportArticle {
    std::pair<std::size_t, std::size_t> headline{0, 0};  // empty when the article has none
    std::vector<std::pair<std::size_t, std::size_t>> body;  // paragraphs' ranges, in order
    DocumentInfo info;       // outlet, date, byline, section, type
    std::string length;      // "612 words", as the export gives it
    bool cut_off = false;    // the file ends before the article's end (a truncated download)
};

struct ExportSplit {
    ExportLayout layout = ExportLayout::None;
    std::vector<ExportArticle> articles;
    std::size_t announced = 0;  // "N of M DOCUMENTS": M, when the export says how many it holds
};

// The layout of `text`, by the separators and field lines of its first 64 KiB; None for an
// ordinary article.
ExportLayout export_layout(std::string_view text);

// Splits an export into its articles. Linear in the text's size.
ExportSplit split_export(std::string_view text, ExportLayout layout);

const char* layout_name(ExportLayout layout);

}  // namespace sg::loaders
