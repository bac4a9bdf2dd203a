// The tokens of one paragraph as the mention finder reads them: a word at index i, whether it is
// a word or a given punctuation mark, and whether it starts with a capital. Shared by the mention
// finder (mentions.cpp) and its rule tables (person_rules.cpp).
#pragma once

#include <cstddef>
#include <cstring>
#include <string_view>
#include <vector>

#include "loaders/common/word_is.hpp"  // word_is, for the rules that read these tokens
#include "loaders/text/chars.hpp"
#include "loaders/text/sentences.hpp"

namespace sg::loaders {

struct Ctx {
    std::string_view t;
    const std::vector<Token>& toks;
    // (A view made directly, not by substr: a token lies inside the text. Asked about a million
    // times per 50 articles, from rules g++ would not inline it into by itself.)
    [[gnu::always_inline]] std::string_view word(std::size_t i) const {
        return i < toks.size() ? std::string_view(t.data() + toks[i].begin, toks[i].end - toks[i].begin)
                               : std::string_view{};
    }
    bool is_word(std::size_t i) const { return i < toks.size() && toks[i].word; }
    bool is_punct(std::size_t i, std::string_view p) const { return i < toks.size() && !toks[i].word && word(i) == p; }
};

// A capital letter first: ASCII, or a Latin capital in UTF-8 ("Éamon", "Łukasz", "Ólafur").
// (Always inlined: asked of about 300,000 words per 50 articles, a call each cost more than the
// test.)
[[gnu::always_inline]] inline bool capitalised(std::string_view w) {
    if (w.empty()) return false;
    if (is_upper_ascii(w[0])) return true;
    if (w.size() < 2) return false;
    const auto b0 = static_cast<unsigned char>(w[0]), b1 = static_cast<unsigned char>(w[1]);
    if (b0 == 0xC3) return b1 >= 0x80 && b1 <= 0x9E && b1 != 0x97;  // À..Þ without ×
    if (b0 == 0xC4 || b0 == 0xC5) return b1 % 2 == 0;              // Latin Extended-A: capitals even
    return false;
}

inline bool lowercase_word(std::string_view w) { return !w.empty() && (is_lower_ascii(w[0])); }

}  // namespace sg::loaders
