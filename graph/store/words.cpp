// Word cutting and stemming for the claim word index (see words.hpp).
#include "graph/store/words.hpp"

#include <algorithm>
#include <memory>
#include <stdexcept>

#include <libstemmer.h>

namespace sg::store {
namespace {

// One stemmer per thread: a Snowball stemmer keeps state between calls.
struct Stemmer {
    sb_stemmer* s = sb_stemmer_new("english", "UTF_8");
    Stemmer() {
        if (s == nullptr) throw std::runtime_error("libstemmer has no English stemmer");
    }
    ~Stemmer() { sb_stemmer_delete(s); }
    Stemmer(const Stemmer&) = delete;
    Stemmer& operator=(const Stemmer&) = delete;
};

std::string stem(const std::string& word) {
    thread_local Stemmer stemmer;
    const sb_symbol* out =
        sb_stemmer_stem(stemmer.s, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    if (out == nullptr) return word;  // out of memory inside the stemmer: the word unstemmed
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(stemmer.s)));
}

bool ascii_alnum(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Typographic punctuation E2 80 xx (quotes, dashes, ellipsis) separates words.
bool typographic_punctuation(std::string_view t, std::size_t i) {
    return static_cast<unsigned char>(t[i]) == 0xE2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80;
}

}  // namespace

std::vector<std::string> word_stems(std::string_view t) {
    std::vector<std::string> out;
    std::string word;
    auto flush = [&] {
        while (!word.empty() && word.back() == '\'') word.pop_back();
        if (!word.empty()) out.push_back(stem(word));
        word.clear();
    };
    for (std::size_t i = 0; i < t.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(t[i]);
        if (ascii_alnum(c)) {
            word.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
        } else if (typographic_punctuation(t, i)) {
            // A right single quote between letters is an apostrophe ("doctors’ leaders").
            const bool apostrophe = i + 2 < t.size() && static_cast<unsigned char>(t[i + 2]) == 0x99 && !word.empty() &&
                                    i + 3 < t.size() && ascii_alnum(static_cast<unsigned char>(t[i + 3]));
            if (apostrophe) word.push_back('\'');
            else flush();
            i += 2;
        } else if (c >= 0x80) {
            word.push_back(static_cast<char>(c));  // other non-ASCII characters are letters
        } else if (c == '\'' && !word.empty() && i + 1 < t.size() && ascii_alnum(static_cast<unsigned char>(t[i + 1]))) {
            word.push_back('\'');
        } else {
            flush();
        }
    }
    flush();
    return out;
}

bool contains_stemmed_phrase(const std::vector<std::string>& text, const std::vector<std::string>& phrase) {
    if (phrase.empty()) return false;
    return std::search(text.begin(), text.end(), phrase.begin(), phrase.end()) != text.end();
}

}  // namespace sg::store
