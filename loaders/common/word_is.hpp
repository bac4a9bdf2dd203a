// Comparing a word with a string literal, written out for the literal's length: the rules of the
// mention finder, the stance analysis and the speaker rules ask this of most words of every
// paragraph, and std::string_view's == called compare out of line for every word of the
// literal's length.
#pragma once

#include <cstddef>
#include <cstring>
#include <string_view>

namespace sg::loaders {

// Whether `w` is the string literal `lit`.
template <std::size_t N>
[[gnu::always_inline]] inline bool word_is(std::string_view w, const char (&lit)[N]) {
    return w.size() == N - 1 && (N == 1 || std::memcmp(w.data(), lit, N - 1) == 0);
}

}  // namespace sg::loaders
