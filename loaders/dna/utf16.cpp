#include "loaders/dna/utf16.hpp"

namespace sg::loaders::dna {

Utf8Char utf8_char_at(std::string_view s, std::size_t i) {
    const auto b = static_cast<unsigned char>(s[i]);
    auto cont = [&](std::size_t k) { return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80; };
    if (b < 0x80) return {1, 1, true};
    if (b >= 0xC2 && b <= 0xDF && cont(1)) return {2, 1, true};
    if (b >= 0xE0 && b <= 0xEF && cont(1) && cont(2)) return {3, 1, true};
    if (b >= 0xF0 && b <= 0xF4 && cont(1) && cont(2) && cont(3)) return {4, 2, true};
    return {1, 1, false};
}

std::vector<std::uint64_t> utf16_to_byte_offsets(std::string_view utf8) {
    std::vector<std::uint64_t> out;
    out.reserve(utf8.size() + 1);
    for (std::size_t i = 0; i < utf8.size();) {
        const Utf8Char st = utf8_char_at(utf8, i);
        for (int u = 0; u < st.units; ++u) out.push_back(i);
        i += st.bytes;
    }
    out.push_back(utf8.size());
    return out;
}

std::uint64_t utf16_length(std::string_view utf8) {
    std::uint64_t n = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        const Utf8Char st = utf8_char_at(utf8, i);
        n += static_cast<std::uint64_t>(st.units);
        i += st.bytes;
    }
    return n;
}

}  // namespace sg::loaders::dna
