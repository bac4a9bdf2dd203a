// Where each byte of a document's text stands in its file, for a text that is not the file's own
// bytes: the readable text of an HTML page (tags dropped, character references decoded, white
// space collapsed) or one article cut out of a news-database export. Extraction runs on the text;
// the spans it finds are mapped back through this, so provenance always points at the file.
#pragma once

#include <cstddef>
#include <vector>

#include "graph/graph.hpp"

namespace sg::loaders {

class OffsetMap {
public:
    // The next `text_len` bytes of the text stand for file bytes [file_begin, file_end).
    // `verbatim`: they are those very bytes (text_len == file_end - file_begin), so each text byte
    // maps to one file byte; otherwise the piece is atomic (a character reference, a run of
    // white space collapsed to one space, a line break the reader put between blocks) and any of
    // its bytes maps to the whole range.
    void add(std::size_t text_len, std::size_t file_begin, std::size_t file_end, bool verbatim);

    // True when nothing was added: the text is the file (offsets are the same).
    bool identity() const { return pieces_.empty(); }
    std::size_t text_size() const { return text_size_; }

    // The file span of text bytes [begin, end): from where the first byte's source starts to where
    // the last byte's source ends, so a claim over "a &amp; b" covers the reference whole.
    // An empty span maps to an empty span at the file position of `begin`.
    Span to_file(std::size_t begin, std::size_t end) const;

private:
    struct Piece {
        std::size_t text_begin, file_begin, file_end;
        bool verbatim;
    };
    const Piece& piece_at(std::size_t text_offset) const;
    std::vector<Piece> pieces_;
    std::size_t text_size_ = 0;
};

}  // namespace sg::loaders
