#include "loaders/html/text_alignment.hpp"

namespace sg::loaders {
namespace {
bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
}  // namespace

std::size_t reference_end(std::string_view s, std::size_t i) {
    std::size_t k = i + 1;
    if (k < s.size() && s[k] == '#') {
        ++k;
        const bool hex = k < s.size() && (s[k] == 'x' || s[k] == 'X');
        if (hex) ++k;
        const std::size_t digits = k;
        while (k < s.size() && k - digits < 16 && (hex ? is_hex(s[k]) : (s[k] >= '0' && s[k] <= '9'))) ++k;
        if (k == digits) return i;
    } else {
        const std::size_t name = k;
        // the longest named reference is 32 characters ("&CounterClockwiseContourIntegral;")
        while (k < s.size() && k - name < 32 && is_alnum(s[k])) ++k;
        if (k == name) return i;
    }
    if (k < s.size() && s[k] == ';') ++k;
    return k;
}

}  // namespace sg::loaders
