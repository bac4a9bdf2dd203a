#include "loaders/stance/document_tokens.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>

namespace sg::loaders::stance {
namespace {

bool ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

}  // namespace

DocumentTokens::DocumentTokens(std::string_view text, std::vector<Token> tokens, const IrregularForms& irregular)
    : text_(text), tokens_(std::move(tokens)), irregular_(&irregular) {}

std::optional<DocumentTokens::Range> DocumentTokens::clean_range(std::size_t begin, std::size_t end) const {
    if (begin > end || end > text_.size()) return std::nullopt;
    // Tokens do not overlap and stand in text order: the first that ends after `begin`...
    const auto first = std::partition_point(tokens_.begin(), tokens_.end(), [&](const Token& t) { return t.end <= begin; });
    if (first != tokens_.end() && first->begin < begin) return std::nullopt;  // a token across the start
    // ... and the first that begins at `end` or later.
    const auto last = std::partition_point(first, tokens_.end(), [&](const Token& t) { return t.begin < end; });
    if (last != first && std::prev(last)->end > end) return std::nullopt;  // a token across the end
    if (begin < end) {
        // A piece's first full stop has no byte before it: tokenize takes it for a sentence end,
        // where the document may have read a decimal point or an initial's stop.
        if (text_[begin] == '.') return std::nullopt;
        // Its last has no byte after it: a sentence end again, where a digit, a comma or a
        // semicolon after it made the document read a decimal point or an abbreviation's stop.
        if (text_[end - 1] == '.' && end < text_.size() &&
            (text_[end] == ',' || text_[end] == ';' || ascii_alnum(text_[end])))
            return std::nullopt;
    }
    return Range{static_cast<std::size_t>(first - tokens_.begin()), static_cast<std::size_t>(last - tokens_.begin())};
}

std::size_t DocumentTokens::offset_of(std::string_view piece) const {
    // (Compared as integers: the views may point into different objects.)
    const auto at = reinterpret_cast<std::uintptr_t>(piece.data());
    const auto from = reinterpret_cast<std::uintptr_t>(text_.data());
    if (at < from || at - from > text_.size() || piece.size() > text_.size() - (at - from)) return std::string::npos;
    return at - from;
}

std::vector<Token> DocumentTokens::tokens_of(std::string_view piece, std::size_t begin,
                                             const IrregularForms& irregular) const {
    if (&irregular == irregular_ && begin != std::string::npos && begin <= text_.size() &&
        piece.size() <= text_.size() - begin && text_.substr(begin, piece.size()) == piece)
        if (const auto r = clean_range(begin, begin + piece.size())) return rebased(tokens(*r), begin);
    return tokenize(piece, irregular);
}

std::vector<Token> rebased(std::span<const Token> tokens, std::size_t begin) {
    std::vector<Token> out;
    if (tokens.empty()) return out;
    out.reserve(tokens.size());
    const std::size_t first_sentence = tokens.front().sentence;
    for (const Token& t : tokens) {
        Token& copy = out.emplace_back(t);
        copy.begin -= begin;
        copy.end -= begin;
        copy.sentence -= first_sentence;
    }
    return out;
}

}  // namespace sg::loaders::stance
