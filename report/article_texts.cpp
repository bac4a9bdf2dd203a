#include "report/article_texts.hpp"

#include <fstream>
#include <sstream>

namespace sg::report {

const std::string* ArticleTexts::text_of(std::string_view name) {
    if (folder_.empty()) return nullptr;
    if (auto it = cache_.find(name); it != cache_.end()) return it->second ? &*it->second : nullptr;
    std::optional<std::string> text;
    const std::filesystem::path relative(name);
    bool inside = !name.empty() && relative.is_relative();
    for (const auto& part : relative)
        if (part == "..") inside = false;
    if (inside) {
        std::ifstream in(folder_ / relative, std::ios::binary);
        if (in) {
            std::ostringstream s;
            s << in.rdbuf();
            text = std::move(s).str();
        }
    }
    auto [it, _] = cache_.emplace(std::string(name), std::move(text));
    return it->second ? &*it->second : nullptr;
}

}  // namespace sg::report
