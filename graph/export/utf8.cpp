#include "graph/export/utf8.hpp"

namespace sg::text {

std::size_t utf8_char_length(std::string_view s, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = byte(i);
    if (c < 0x80) return 1;
    std::size_t len;
    char32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;  // continuation byte, overlong lead (C0, C1) or F5..FF
    }
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    if (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return 0;  // overlong, surrogate
    if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return 0;
    return len;
}

bool is_valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t len = utf8_char_length(s, i);
        if (len == 0) return false;
        i += len;
    }
    return true;
}

std::string valid_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    // Valid bytes are copied a run at a time, up to each bad one.
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = utf8_char_length(s, i);
        if (len == 0) {
            out.append(s.substr(run, i - run));
            out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER, one per bad byte
            ++i;
            run = i;
        } else {
            i += len;
        }
    }
    out.append(s.substr(run));
    return out;
}

std::string shorten(std::string_view s, std::size_t max_chars) {
    std::size_t chars = 0, i = 0, last_space = std::string_view::npos;
    while (i < s.size() && chars < max_chars) {
        if (s[i] == ' ') last_space = i;
        std::size_t len = utf8_char_length(s, i);
        i += len == 0 ? 1 : len;
        ++chars;
    }
    if (i >= s.size()) return std::string(s);
    // Cut at the last space if it keeps at least two thirds of the allowance.
    std::size_t cut = (last_space != std::string_view::npos && last_space * 3 >= i * 2) ? last_space : i;
    while (cut > 0 && s[cut - 1] == ' ') --cut;
    return std::string(s.substr(0, cut)) + "\xE2\x80\xA6";  // "…"
}

}  // namespace sg::text
