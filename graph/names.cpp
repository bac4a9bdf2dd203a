// Name normalisation shared by loaders, queries and the graph file (see names.hpp).
#include "graph/names.hpp"

#include <algorithm>
#include <sstream>
#include <vector>

namespace sg {
namespace {

// The person titles lexicon the extraction pipeline uses, compiled in (graph/CMakeLists.txt).
const char kTitles[] =
#include "graph/person_titles.inc"
    ;

std::vector<std::string> words_of(std::string_view s) {
    std::vector<std::string> out;
    std::istringstream in{std::string(s)};
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

// Each title as its normalised words ("rt hon" -> {"rt", "hon"}), without trailing dots.
const std::vector<std::vector<std::string>>& titles() {
    static const std::vector<std::vector<std::string>> list = [] {
        std::vector<std::vector<std::string>> out;
        std::istringstream in(kTitles);
        for (std::string line; std::getline(in, line);) {
            const std::string n = normalise_name(line);
            if (n.empty() || n[0] == '#') continue;
            std::vector<std::string> words = words_of(n);
            for (auto& w : words)
                while (!w.empty() && w.back() == '.') w.pop_back();
            std::erase_if(words, [](const std::string& w) { return w.empty(); });
            if (!words.empty()) out.push_back(std::move(words));
        }
        return out;
    }();
    return list;
}

}  // namespace

std::string normalise_name(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pending_space = false;
    auto put = [&](char c) {
        if (pending_space && !out.empty()) out.push_back(' ');
        pending_space = false;
        out.push_back(c);
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            pending_space = true;
            continue;
        }
        // Typographic marks of three bytes (E2 80 xx): curly quotes fold to ASCII, dashes to '-'.
        if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
            const unsigned char t = static_cast<unsigned char>(s[i + 2]);
            if (t == 0x98 || t == 0x99) { put('\''); i += 2; continue; }
            if (t == 0x9C || t == 0x9D) { put('"'); i += 2; continue; }
            if (t == 0x93 || t == 0x94) { put('-'); i += 2; continue; }
        }
        // Acute accent (C2 B4) is used as an apostrophe on some pages; no-break space is a space.
        if (c == 0xC2 && i + 1 < s.size()) {
            const unsigned char t = static_cast<unsigned char>(s[i + 1]);
            if (t == 0xB4) { put('\''); ++i; continue; }
            if (t == 0xA0) { pending_space = true; ++i; continue; }
        }
        if (c == '`') { put('\''); continue; }
        put(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    }
    return out;
}

std::string name_without_titles(std::string_view name) {
    std::vector<std::string> words = words_of(normalise_name(name));
    for (auto& w : words)
        while (w.size() > 1 && w.back() == '.') w.pop_back();
    std::size_t start = 0;
    bool stripped = true;
    while (stripped && start < words.size()) {
        stripped = false;
        for (const auto& t : titles()) {
            if (start + t.size() >= words.size()) continue;  // never strip the whole name
            if (std::equal(t.begin(), t.end(), words.begin() + static_cast<std::ptrdiff_t>(start))) {
                start += t.size();
                stripped = true;
                break;
            }
        }
    }
    std::string out;
    for (std::size_t i = start; i < words.size(); ++i) {
        if (!out.empty()) out += ' ';
        out += words[i];
    }
    return out;
}

std::string lookup_form(std::string_view name) {
    std::string out = name_without_titles(name);
    while (!out.empty() && out.back() == '.') out.pop_back();
    return out;
}

}  // namespace sg
