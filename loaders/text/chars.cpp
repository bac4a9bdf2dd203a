#include "loaders/text/chars.hpp"

namespace sg::loaders {

std::size_t run_length(std::string_view t, std::size_t i, std::size_t end) {
    std::size_t j = i;
    end = end < t.size() ? end : t.size();
    while (j < end && t[j] == t[i]) ++j;
    return j - i;
}

void trim_range(std::string_view t, std::size_t& b, std::size_t& e) {
    while (b < e && space_at(t, b)) b += space_at(t, b);
    while (e > b) {
        std::size_t p = prev_char_start(t, e);
        if (space_at(t, p)) e = p; else break;
    }
}

}  // namespace sg::loaders
