// Parsing of the lexicon data files compiled into the binary (loaders/lexicons/*.txt): one entry
// per line, "#" starts a comment line, blank lines ignored, surrounding white space trimmed.
#pragma once

#include <array>
#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace sg::loaders {

std::vector<std::string> lexicon_entries(std::string_view file_text);

// The entries of a word list, lower-cased, as a set to look words up in.
std::set<std::string, std::less<>> lexicon_word_set(std::string_view file_text);

// ASCII lower-casing (non-ASCII bytes unchanged): lexicons compare on this.
std::string ascii_lower(std::string_view s);

// The parts of `s` between separators `sep`, trimmed of spaces, empty parts dropped.
std::vector<std::string> split_trimmed(std::string_view s, char sep);

// The same for a look-up, held in place for a word of up to 32 bytes (a longer one in a string):
// the mention finder asks word lists about every word of a paragraph, and a std::string made and
// freed for each was 1 % of a build. `view()` is valid while this object lives.
class AsciiLower {
public:
    explicit AsciiLower(std::string_view s) {
        if (s.size() > buf_.size()) {
            long_ = ascii_lower(s);
            view_ = long_;
            return;
        }
        for (std::size_t i = 0; i < s.size(); ++i) {
            const char c = s[i];
            buf_[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        }
        view_ = std::string_view(buf_.data(), s.size());
    }
    AsciiLower(const AsciiLower&) = delete;
    AsciiLower& operator=(const AsciiLower&) = delete;
    std::string_view view() const { return view_; }

private:
    std::array<char, 32> buf_;
    std::string long_;
    std::string_view view_;
};

}  // namespace sg::loaders
