#include "loaders/html/nesting_limit.hpp"

#include <map>
#include <string_view>

namespace sg::loaders {
namespace {

// Elements that never nest (void elements) or that the parser closes by itself when the next one
// starts (a <p> before a <p>, an <li> before an <li>): an old page full of unclosed <p> is not
// deep, and must keep its paragraphs.
bool not_counted(std::string_view name) {
    static constexpr std::string_view kNames[] = {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb",
        "rt", "rp", "colgroup", "caption", "html", "head", "body", "frame", "keygen", "basefont", "bgsound"};
    for (auto n : kNames)
        if (name == n) return true;
    return false;
}

// Elements whose content is raw text, not tags, up to their end tag.
bool raw_text(std::string_view name) {
    return name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp" ||
           name == "iframe" || name == "noembed" || name == "noframes" || name == "noscript";
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'; }

// The end of a tag that starts at page[i] == '<': the index after its '>', quotes respected.
std::size_t tag_end(const std::string& page, std::size_t i) {
    char quote = 0;
    for (std::size_t k = i + 1; k < page.size(); ++k) {
        const char c = page[k];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return k + 1;
        }
    }
    return page.size();
}

// The index of "</name" (any case) at or after `from`, or the end of the page.
std::size_t find_end_tag(const std::string& page, std::size_t from, const std::string& name) {
    for (std::size_t k = page.find("</", from); k != std::string::npos; k = page.find("</", k + 2)) {
        std::size_t n = 0;
        while (n < name.size() && k + 2 + n < page.size() && lower(page[k + 2 + n]) == name[n]) ++n;
        if (n == name.size()) return k;
    }
    return page.size();
}

}  // namespace

std::size_t cap_nesting(std::string& page, std::size_t max_depth) {
    std::size_t depth = 0, blanked = 0;
    std::map<std::string, std::size_t, std::less<>> suppressed;  // start tags blanked, by name
    std::size_t i = 0;
    while ((i = page.find('<', i)) != std::string::npos) {
        if (page.compare(i, 4, "<!--") == 0) {
            const std::size_t end = page.find("-->", i + 4);
            i = end == std::string::npos ? page.size() : end + 3;
            continue;
        }
        const bool closing = i + 1 < page.size() && page[i + 1] == '/';
        std::size_t n = i + 1 + closing;
        std::string name;
        while (n < page.size() && name_char(page[n]) && name.size() < 32) name += lower(page[n++]);
        if (name.empty() || !(name[0] >= 'a' && name[0] <= 'z')) {
            i = closing || (i + 1 < page.size() && (page[i + 1] == '!' || page[i + 1] == '?')) ? tag_end(page, i) : i + 1;
            continue;
        }
        const std::size_t end = tag_end(page, i);
        if (closing) {
            if (auto it = suppressed.find(name); it != suppressed.end() && it->second > 0) {
                --it->second;
                page.replace(i, end - i, end - i, ' ');
                ++blanked;
            } else if (!not_counted(name) && depth > 0) {
                --depth;
            }
            i = end;
            continue;
        }
        const bool self_closing = end >= 2 && page[end - 2] == '/';
        if (raw_text(name)) {
            i = find_end_tag(page, end, name);
            continue;
        }
        if (!self_closing && !not_counted(name)) {
            if (depth >= max_depth) {
                ++suppressed[name];
                page.replace(i, end - i, end - i, ' ');
                ++blanked;
            } else {
                ++depth;
            }
        }
        i = end;
    }
    return blanked;
}

}  // namespace sg::loaders
