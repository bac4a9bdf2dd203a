#include "loaders/common/lexicon_file.hpp"

namespace sg::loaders {

std::vector<std::string> lexicon_entries(std::string_view text) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view line = text.substr(pos, nl - pos);
        pos = nl + 1;
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        out.emplace_back(line);
    }
    return out;
}

std::set<std::string, std::less<>> lexicon_word_set(std::string_view text) {
    std::set<std::string, std::less<>> out;
    for (const auto& e : lexicon_entries(text)) out.insert(ascii_lower(e));
    return out;
}

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::vector<std::string> split_trimmed(std::string_view s, char sep) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos <= s.size()) {
        std::size_t n = s.find(sep, pos);
        if (n == std::string_view::npos) n = s.size();
        std::string part(s.substr(pos, n - pos));
        while (!part.empty() && part.front() == ' ') part.erase(part.begin());
        while (!part.empty() && part.back() == ' ') part.pop_back();
        if (!part.empty()) out.push_back(part);
        pos = n + 1;
    }
    return out;
}

}  // namespace sg::loaders
