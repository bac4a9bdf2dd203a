// The text of a .docx (Nexis Uni and Factiva both export Word files): the zip's word/document.xml,
// read with libzip, its paragraphs (<w:p>) one a line, their runs' text (<w:t>) with tabs and
// breaks, XML character references decoded.
//
// A .docx is a compressed zip, so no span can be a byte range of the file as saved. The spans of
// its documents are byte ranges of word/document.xml as the zip holds it uncompressed
// (`unzip -p FILE.docx word/document.xml`): what a reader can open and check, markup and
// references in the range like an HTML page's.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "loaders/reading/offset_map.hpp"

namespace sg::loaders {

struct DocxText {
    std::string text;  // paragraphs, each ended by '\n'
    OffsetMap map;     // text byte -> byte of word/document.xml
    std::string error; // why the file could not be read ("not a zip file", "no word/document.xml"); empty when it was
};

// `max_xml_bytes` bounds the uncompressed document part (a zip bomb is refused, not inflated).
DocxText read_docx(std::string_view bytes, std::size_t max_xml_bytes);

}  // namespace sg::loaders
