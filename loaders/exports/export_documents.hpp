// The articles of a news-database export as documents: "export.txt#3" is the third article of
// export.txt (counting from 1 in file order, as the scorer's FILE#N). Each document's text is
// its headline and its body paragraphs; the header and trailer fields become its metadata, and
// its map sends every byte back to the export (for a .docx, to the bytes of its
// word/document.xml: loaders/exports/docx_text.hpp).
#pragma once

#include <string>

#include "loaders/exports/export_layouts.hpp"
#include "loaders/reading/documents.hpp"

namespace sg::loaders {

// `file` is the whole export, cleaned (clean_source); `inner` is where the export's text stands
// in the file when the text is not the file itself (a .docx), else null. `label` names the file in
// warnings. A cut-off last article is kept, with a warning; an article with no text is left out,
// with a warning naming it.
FileDocuments export_documents(SourceText file, ExportLayout layout, InputFormat format, const std::string& label,
                               const OffsetMap* inner = nullptr);

}  // namespace sg::loaders
