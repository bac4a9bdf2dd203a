// A document's stance tokens, made once (for its focus), and the tokens of a piece of it (a
// sentence, a claim, a claim's context) taken from them instead of tokenising the piece again:
// each byte of a body was tokenised about three times, a tenth of a build.
//
// A piece's tokens equal the document's between its ends (offsets and sentence numbers counted
// from the piece) only where the cut is clean. tokenize reads a byte or two around some marks,
// and a piece has no bytes beyond its ends: a cut inside a token (a word, "?!", a quotation mark
// of three bytes) gives other tokens, and so does a full stop at a cut, whose kind (sentence end,
// decimal point, an initial's or an abbreviation's stop) the bytes on the far side decide. Such
// pieces are tokenised on their own, as before.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/stance/stance_tokens.hpp"

namespace sg::loaders::stance {

class DocumentTokens {
public:
    // `text`'s tokens, by tokenize(text, irregular). The text is not copied: it must outlive this.
    DocumentTokens(std::string_view text, std::vector<Token> tokens, const IrregularForms& irregular);

    std::string_view text() const { return text_; }
    // The irregular forms the tokens were stemmed with: another's stems may differ.
    const IrregularForms& irregular() const { return *irregular_; }

    // The document's tokens [first, last).
    struct Range {
        std::size_t first = 0, last = 0;
    };
    // The tokens of bytes [begin, end) of the document, when tokenising those bytes on their own
    // gives exactly them (see above); nullopt when the cut is not clean.
    std::optional<Range> clean_range(std::size_t begin, std::size_t end) const;
    std::span<const Token> tokens(Range r) const {
        return std::span<const Token>(tokens_).subspan(r.first, r.last - r.first);
    }

    // Where `piece` begins in the document when it is a view of the document's own bytes;
    // npos when it lies elsewhere (a copy, another string).
    std::size_t offset_of(std::string_view piece) const;

    // tokenize(piece, irregular): taken from the document's tokens when `piece` equals bytes
    // [begin, begin + piece.size()) of the document and that cut is clean, made afresh otherwise
    // (begin npos: unknown).
    std::vector<Token> tokens_of(std::string_view piece, std::size_t begin, const IrregularForms& irregular) const;

private:
    std::string_view text_;
    std::vector<Token> tokens_;
    const IrregularForms* irregular_;  // the forms the tokens were stemmed with
};

// The document's tokens of a piece beginning at byte `begin`, as tokenising the piece gives
// them: offsets from the piece's first byte, sentences counted from its first token's.
std::vector<Token> rebased(std::span<const Token> tokens, std::size_t begin);

}  // namespace sg::loaders::stance
