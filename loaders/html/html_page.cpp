#include "loaders/html/html_page.hpp"

#include <memory>

#include <gumbo.h>

#include "loaders/html/nesting_limit.hpp"
#include "loaders/html/page_metadata.hpp"
#include "loaders/html/readable_text.hpp"

namespace sg::loaders {
namespace {

bool ends_with_ci(std::string_view s, std::string_view suffix) {
    if (s.size() < suffix.size()) return false;
    for (std::size_t i = 0; i < suffix.size(); ++i) {
        char c = s[s.size() - suffix.size() + i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != suffix[i]) return false;
    }
    return true;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && ends_with_ci(s.substr(0, prefix.size()), prefix);
}

}  // namespace

bool looks_like_html(std::string_view file_name, std::string_view bytes) {
    if (ends_with_ci(file_name, ".html") || ends_with_ci(file_name, ".htm") || ends_with_ci(file_name, ".xhtml"))
        return true;
    std::size_t i = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    // white space and <!-- comments --> (a "saved from url" note) may come before the page
    for (int rounds = 0; rounds < 8; ++rounds) {
        while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) ++i;
        if (bytes.compare(i, 4, "<!--") != 0) break;
        const auto end = bytes.find("-->", i + 4);
        if (end == std::string_view::npos || end > i + 4096) return false;
        i = end + 3;
    }
    const std::string_view head = bytes.substr(i, 16);
    return starts_with_ci(head, "<!doctype html") || starts_with_ci(head, "<html") || starts_with_ci(head, "<head") ||
           starts_with_ci(head, "<body");
}

HtmlPage read_html_page(std::string_view source) {
    std::string page(source);
    cap_nesting(page);  // same length: offsets stay the file's
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // the errors of a broken page are not used: do not keep them
    const auto destroy = [&options](GumboOutput* o) { gumbo_destroy_output(&options, o); };
    std::unique_ptr<GumboOutput, decltype(destroy)> parsed(
        gumbo_parse_with_options(&options, page.data(), page.size()), destroy);
    HtmlPage out;
    if (!parsed) return out;
    readable_text(parsed->document, out);
    page_metadata(parsed->document, out);
    return out;
}

}  // namespace sg::loaders
