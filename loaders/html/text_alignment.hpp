// Lines up the decoded text of one HTML text node with its source bytes, one character at a time:
// "a &amp; b" decodes to "a & b", and the "&" stands for the five bytes "&amp;". The parser gives
// the node's decoded text and where its source starts and ends; this walks both in step, so the
// readable text of a page can say for every byte which bytes of the page it came from.
#pragma once

#include <cstddef>
#include <string_view>

namespace sg::loaders {

// Length of the UTF-8 sequence that starts with byte `c` (1 for a stray continuation byte).
inline std::size_t utf8_length(unsigned char c) {
    return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

// The end of the character reference that starts at source[i] == '&' ("&amp;", "&#8217;",
// "&#x2019;", "&copy" without its semicolon), or i when none does.
std::size_t reference_end(std::string_view source, std::size_t i);

// Calls emit(character, file_begin, file_end, verbatim) for each character of `decoded` (the
// parser's text of a node whose source is `source`, starting at file offset `file_offset`):
// verbatim when the character is the source bytes as they stand, otherwise the range of the
// reference (or of whatever the parser turned into it). Characters that cannot be lined up
// (a parser rewrite this does not know) take the position of the source where the walk stands,
// so a span is never outside the node. Linear in the node's size.
template <class Emit>
void align_text(std::string_view decoded, std::string_view source, std::size_t file_offset, Emit&& emit) {
    std::size_t i = 0, j = 0;
    while (j < decoded.size()) {
        const std::size_t len = std::min(utf8_length(static_cast<unsigned char>(decoded[j])), decoded.size() - j);
        const std::string_view ch = decoded.substr(j, len);
        if (i < source.size() && source[i] == '&') {
            const std::size_t end = reference_end(source, i);
            const std::string_view ref = source.substr(i, end - i);
            const bool amp_ref = ref == "&amp;" || ref == "&amp" || ref == "&#38;" || ref == "&#x26;" || ref == "&AMP;";
            if (end > i + 1 && (ch != "&" || amp_ref)) {
                // A named reference without its semicolon may be longer in the source than the
                // name the parser took ("&copy2014" is "©2014"): end it where the source takes
                // up the decoded text again.
                std::size_t stop = end;
                if (source[end - 1] != ';' && source[i + 1] != '#') {
                    const std::string_view rest = decoded.substr(j + len, 4);
                    for (std::size_t k = i + 2; k <= end; ++k)
                        if (source.substr(k, rest.size()) == rest) {
                            stop = k;
                            break;
                        }
                }
                emit(ch, file_offset + i, file_offset + stop, false);
                i = stop;
                j += len;
                continue;
            }
        }
        if (i + len <= source.size() && source.substr(i, len) == ch) {
            emit(ch, file_offset + i, file_offset + i + len, true);
            i += len;
            j += len;
            continue;
        }
        // Something the parser left out of the text (an ignored tag inside it): skip it.
        if (i < source.size() && source[i] == '<') {
            const std::size_t gt = source.find('>', i);
            if (gt != std::string_view::npos) {
                i = gt + 1;
                continue;
            }
        }
        const std::size_t src_len = i < source.size() ? std::min(utf8_length(static_cast<unsigned char>(source[i])), source.size() - i) : 0;
        emit(ch, file_offset + i, file_offset + i + src_len, false);
        i += src_len;
        j += len;
    }
}

}  // namespace sg::loaders
