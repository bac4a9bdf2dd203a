// The promises every document reader keeps (loaders/reading/documents.hpp), for the fuzz targets
// of the HTML, export and .docx readers: no exception but a FileError; each document's text is
// valid for the pipeline (its map covers it, every byte maps inside the file); extraction runs
// on it and every claim's span, mapped to the file, lies in the file.
#pragma once

#include <string>

#include "loaders/extract/extract_document.hpp"
#include "loaders/reading/documents.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace sg::fuzz {

// `file_size`: how many bytes the spans may reach (the file, or for a .docx its document part,
// unknown here: 0 skips that check).
inline void check_documents(const loaders::FileDocuments& f, std::size_t file_size) {
    using namespace sg::loaders;
    if (f.documents.empty() && f.skipped.empty()) fail("a file with no document must say why it was skipped");
    for (const SourceText& d : f.documents) {
        if (!d.map.identity() && d.map.text_size() != d.text.size())
            fail(d.name + ": the map covers " + std::to_string(d.map.text_size()) + " bytes of a text of " +
                 std::to_string(d.text.size()));
        if (file_size && !d.text.empty() && d.map.to_file(0, d.text.size()).end > file_size)
            fail(d.name + ": text maps beyond the end of the file");
        CorpusContext ctx;
        ctx.boilerplate.learn(d.text);
        const DocumentResult r = extract_document(d, ctx);
        for (const auto& c : r.claims) {
            if (c.span.start > c.span.end || c.span.end > d.text.size()) fail(d.name + ": claim outside its text");
            const Span s = d.map.to_file(c.span.start, c.span.end);
            if (s.start > s.end || (file_size && s.end > file_size)) fail(d.name + ": claim maps outside the file");
        }
    }
}

}  // namespace sg::fuzz
