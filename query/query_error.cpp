// Quoting user text in error messages (see query_error.hpp).
#include "query/query_error.hpp"

namespace sg::query {

std::string quoted(std::string_view text) {
    constexpr std::size_t kShown = 60;  // characters
    std::size_t end = 0, shown = 0;
    while (end < text.size() && shown < kShown) {
        ++end;
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
        ++shown;
    }
    std::string out = "\"";
    out.append(text.substr(0, end));
    if (end < text.size()) out += "...";
    return out + "\"";
}

}  // namespace sg::query
