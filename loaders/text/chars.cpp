#include "loaders/text/chars.hpp"

namespace sg::loaders {

std::size_t char_length(std::string_view t, std::size_t i) {
    auto c = static_cast<unsigned char>(t[i]);
    std::size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return i + n <= t.size() ? n : 1;
}

std::size_t prev_char_start(std::string_view t, std::size_t i) {
    std::size_t j = i - 1;
    while (j > 0 && (static_cast<unsigned char>(t[j]) & 0xC0) == 0x80 && i - j < 4) --j;
    return j;
}

Mark mark_at(std::string_view t, std::size_t i, std::size_t* length) {
    std::size_t dummy = 0;
    std::size_t& len = length ? *length : dummy;
    len = 0;
    if (i >= t.size()) return Mark::None;
    char c = t[i];
    if (c == '\'') { len = 1; return Mark::AsciiSingle; }
    if (c == '"') { len = 1; return Mark::AsciiDouble; }
    if (c == '`') { len = 1; return Mark::Backtick; }
    if (c == '\xC2' && i + 1 < t.size() && t[i + 1] == '\xB4') { len = 2; return Mark::Acute; }
    if (c == '\xE2' && i + 2 < t.size() && t[i + 1] == '\x80') {
        len = 3;
        switch (t[i + 2]) {
            case '\x98': return Mark::OpenSingle;
            case '\x99': return Mark::CloseSingle;
            case '\x9C': return Mark::OpenDouble;
            case '\x9D': return Mark::CloseDouble;
            default: break;
        }
    }
    len = 0;
    return Mark::None;
}

std::size_t run_length(std::string_view t, std::size_t i, std::size_t end) {
    std::size_t j = i;
    end = end < t.size() ? end : t.size();
    while (j < end && t[j] == t[i]) ++j;
    return j - i;
}

std::size_t space_at(std::string_view t, std::size_t i) {
    if (i >= t.size()) return 0;
    char c = t[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return 1;
    if (c == '\xC2' && i + 1 < t.size() && t[i + 1] == '\xA0') return 2;
    return 0;
}

bool is_word_char(std::string_view t, std::size_t i) {
    if (i >= t.size()) return false;
    auto c = static_cast<unsigned char>(t[i]);
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if ((c & 0xC0) == 0x80) return false;  // continuation byte: not a character start
    if (mark_at(t, i) != Mark::None || space_at(t, i)) return false;
    if (c == 0xE2) return false;  // general punctuation block: dashes, bullets, ellipsis, quotes
    if (c == 0xC2) return false;  // Latin-1 punctuation (´, «, », NBSP, ·)
    return true;
}

void trim_range(std::string_view t, std::size_t& b, std::size_t& e) {
    while (b < e && space_at(t, b)) b += space_at(t, b);
    while (e > b) {
        std::size_t p = prev_char_start(t, e);
        if (space_at(t, p)) e = p; else break;
    }
}

}  // namespace sg::loaders
