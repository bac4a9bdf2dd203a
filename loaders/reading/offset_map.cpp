#include "loaders/reading/offset_map.hpp"

#include <algorithm>

namespace sg::loaders {

void OffsetMap::add(std::size_t text_len, std::size_t file_begin, std::size_t file_end, bool verbatim) {
    if (text_len == 0) return;
    verbatim = verbatim && text_len == file_end - file_begin;
    // Consecutive verbatim pieces that continue each other in the file are one piece: a page's
    // text is mostly long runs copied as they stand, and the map stays small.
    if (verbatim && !pieces_.empty()) {
        Piece& last = pieces_.back();
        if (last.verbatim && last.file_end == file_begin) {
            last.file_end = file_end;
            text_size_ += text_len;
            return;
        }
    }
    pieces_.push_back({text_size_, file_begin, file_end, verbatim});
    text_size_ += text_len;
}

const OffsetMap::Piece& OffsetMap::piece_at(std::size_t text_offset) const {
    auto it = std::upper_bound(pieces_.begin(), pieces_.end(), text_offset,
                               [](std::size_t off, const Piece& p) { return off < p.text_begin; });
    return it == pieces_.begin() ? *it : *std::prev(it);
}

Span OffsetMap::to_file(std::size_t begin, std::size_t end) const {
    if (pieces_.empty()) return {begin, end};
    begin = std::min(begin, text_size_ ? text_size_ - 1 : 0);
    const Piece& first = piece_at(begin);
    const std::size_t from = first.verbatim ? first.file_begin + (begin - first.text_begin) : first.file_begin;
    if (end <= begin) return {from, from};
    const std::size_t last_byte = std::min(end, text_size_) - 1;
    const Piece& last = piece_at(last_byte);
    const std::size_t to = last.verbatim ? last.file_begin + (last_byte - last.text_begin) + 1 : last.file_end;
    return {from, std::max(from, to)};
}

}  // namespace sg::loaders
