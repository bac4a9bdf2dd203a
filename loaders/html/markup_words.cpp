#include "loaders/html/markup_words.hpp"

#include <set>

#include "loaders/common/lexicon_file.hpp"

namespace sg::loaders {
namespace {

const std::set<std::string, std::less<>>& furniture_words() {
    static const auto words = lexicon_word_set(
#include "embedded/html_furniture.txt.inc"
    );
    return words;
}

const std::set<std::string, std::less<>>& comment_section_words() {
    static const auto words = lexicon_word_set(
#include "embedded/html_comment_words.txt.inc"
    );
    return words;
}

bool any_in(const std::vector<std::string>& words, std::initializer_list<std::string_view> list) {
    for (const auto& w : words)
        for (auto l : list)
            if (w == l) return true;
    return false;
}

void split_words(std::string_view s, std::vector<std::string>& out) {
    std::string w;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) w += c;
        else if (u >= 'A' && u <= 'Z') w += static_cast<char>(u - 'A' + 'a');
        else if (!w.empty()) out.push_back(std::move(w)), w.clear();
    }
    if (!w.empty()) out.push_back(std::move(w));
}

}  // namespace

std::string_view attribute(const GumboElement& e, const char* name) {
    const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
    return a && a->value ? std::string_view(a->value) : std::string_view{};
}

std::vector<std::string> markup_words(const GumboElement& e) {
    std::vector<std::string> words;
    split_words(attribute(e, "class"), words);
    split_words(attribute(e, "id"), words);
    split_words(attribute(e, "role"), words);
    return words;
}

bool is_quote_markup(const std::vector<std::string>& words) {
    for (const auto& w : words)
        if (w.find("quote") != std::string::npos) return true;
    return false;
}

bool is_furniture_markup(const std::vector<std::string>& words) {
    for (const auto& w : words)
        if (furniture_words().count(w)) return true;
    return false;
}

bool is_comment_section_markup(const std::vector<std::string>& words) {
    for (const auto& w : words)
        if (comment_section_words().count(w)) return true;
    return false;
}

bool is_one_comment_markup(const std::vector<std::string>& words) { return any_in(words, {"comment"}); }

bool is_author_markup(const std::vector<std::string>& words) {
    return any_in(words, {"author", "byline", "username", "user", "commenter", "fn", "name"});
}

bool is_time_markup(const std::vector<std::string>& words) {
    return any_in(words, {"date", "time", "timestamp", "posted", "published"});
}

}  // namespace sg::loaders
