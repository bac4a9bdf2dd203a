#include "loaders/text/sentences.hpp"

#include <set>

#include "loaders/common/lexicon_file.hpp"
#include "loaders/text/chars.hpp"

namespace sg::loaders {
namespace {

const std::set<std::string, std::less<>>& abbreviations() {
    static const std::set<std::string, std::less<>> set = [] {
        std::set<std::string, std::less<>> s;
        for (auto& e : lexicon_entries(
#include "embedded/abbreviations.txt.inc"
                 ))
            s.insert(e);
        return s;
    }();
    return set;
}

// Abbreviations of a numbered reference ("Res. 46", "Art. 5"): no sentence end before a number.
const std::set<std::string, std::less<>>& number_abbreviations() {
    static const std::set<std::string, std::less<>> set = [] {
        std::set<std::string, std::less<>> s;
        for (auto& e : lexicon_entries(
#include "embedded/number_abbreviations.txt.inc"
                 ))
            s.insert(e);
        return s;
    }();
    return set;
}

// "H.J", "H.R", "S": capital letters each followed by a dot (the last one's dot removed).
bool initialism(std::string_view w) {
    if (w.empty()) return false;
    for (std::size_t k = 0; k < w.size(); k += 2)
        if (!is_upper_ascii(w[k]) || (k + 1 < w.size() && w[k + 1] != '.')) return false;
    return true;
}

// The word (letters only) starting at k, without a dot after it.
std::string_view word_at(std::string_view t, std::size_t k, std::size_t end) {
    std::size_t j = k;
    while (j < end && is_word_char(t, j)) j += char_length(t, j);
    return t.substr(k, j - k);
}

// Whether "<w>. " before position k names a numbered reference rather than ending a sentence:
// "Res. 46", "H.R. 1", "H.J. Res. 46".
bool numbered_reference(std::string_view w, std::string_view t, std::size_t k, std::size_t end) {
    const bool number_next = is_digit_ascii(t[k]);
    if (number_next) return number_abbreviations().count(w) > 0 || initialism(w);
    if (!initialism(w)) return false;
    std::string_view next = word_at(t, k, end);
    const std::size_t after = k + next.size();
    return !next.empty() && after < end && t[after] == '.' && number_abbreviations().count(next) > 0;
}

// (The first byte first: this is asked at every byte of a paragraph.)
bool is_ellipsis(std::string_view t, std::size_t i) {
    return t[i] == '\xE2' && t.compare(i, 3, "\xE2\x80\xA6") == 0;
}

// The word (letters and inner dots) ending right before position i.
std::string_view word_before(std::string_view t, std::size_t begin, std::size_t i) {
    std::size_t j = i;
    while (j > begin) {
        std::size_t p = prev_char_start(t, j);
        if (is_word_char(t, p) || t[p] == '.') j = p; else break;
    }
    return t.substr(j, i - j);
}

}  // namespace

std::vector<Range> split_sentences(std::string_view t, std::size_t begin, std::size_t end) {
    std::vector<Range> out;
    std::size_t start = begin;
    std::size_t i = begin;
    while (i < end) {
        // (ASCII bytes that end no sentence, most of a text, are passed over in a loop of their
        // own: the general step asks each whether an ellipsis starts there and how long its
        // character is. The same paragraph is split three or four times by its readers.)
        while (i < end && static_cast<unsigned char>(t[i]) < 0x80 && t[i] != '.' && t[i] != '!' && t[i] != '?') ++i;
        if (i >= end) break;
        char c = t[i];
        std::size_t len = 1;
        bool terminal = c == '.' || c == '!' || c == '?';
        if (!terminal && is_ellipsis(t, i)) { terminal = true; len = 3; }
        if (!terminal) { i += char_length(t, i); continue; }
        std::size_t j = i + len;
        while (j < end && (t[j] == '.' || t[j] == '!' || t[j] == '?')) ++j;  // "...", "?!"
        bool dots = j - i >= 3 || len == 3;
        // closing quotes and brackets belong to the sentence
        for (;;) {
            std::size_t ml = 0;
            Mark m = mark_at(t, j, &ml);
            if (j < end && (m == Mark::CloseSingle || m == Mark::CloseDouble || m == Mark::AsciiDouble ||
                            m == Mark::AsciiSingle || t[j] == ')' || t[j] == ']')) {
                j += ml ? ml : 1;
            } else break;
        }
        if (j >= end) break;
        if (!is_space(t, j)) { i = j; continue; }  // "10.31", "e.g.x", "U.S."
        std::size_t k = j;
        while (k < end && is_space(t, k)) k += space_at(t, k);
        if (k >= end) break;
        Mark next = mark_at(t, k);
        bool upper_next = is_upper_ascii(t[k]) || is_digit_ascii(t[k]) || next == Mark::OpenSingle ||
                          next == Mark::OpenDouble || next == Mark::AsciiDouble || next == Mark::AsciiSingle ||
                          next == Mark::CloseSingle || next == Mark::Backtick || (static_cast<unsigned char>(t[k]) >= 0xC3 &&
                                                        static_cast<unsigned char>(t[k]) < 0xE2);
        bool split = upper_next;
        if (split && c == '.' && !dots) {
            std::string_view w = word_before(t, begin, i);
            if (!w.empty() && w.back() == '.') w.remove_suffix(1);
            if (abbreviations().count(w) > 0) split = false;
            else if (numbered_reference(w, t, k, end)) split = false;
            else if (w.size() == 1 && is_upper_ascii(w[0])) split = false;  // an initial
        }
        if (split) {
            std::size_t b = start, e = j;
            trim_range(t, b, e);
            if (b < e) out.push_back({b, e});
            start = k;
        }
        i = k;
    }
    std::size_t b = start, e = end;
    trim_range(t, b, e);
    if (b < e) out.push_back({b, e});
    return out;
}

std::vector<Token> tokenize(std::string_view t, std::size_t begin, std::size_t end) {
    std::vector<Token> out;
    // (About one token per five bytes of text: reserved once rather than grown a token at a time.)
    if (end > begin) out.reserve((end - begin) / 4 + 1);
    std::size_t i = begin;
    while (i < end) {
        if (std::size_t s = space_at(t, i)) { i += s; continue; }
        if (!is_word_char(t, i)) {
            std::size_t l = char_length(t, i);
            out.push_back({i, i + l, false, i + l, false});
            i += l;
            continue;
        }
        std::size_t j = i;
        for (;;) {
            // (ASCII letters and digits, most of any word, are word characters one byte long)
            while (j < end && (is_lower_ascii(t[j]) || is_upper_ascii(t[j]) || is_digit_ascii(t[j]))) ++j;
            if (j < end && is_word_char(t, j)) { j += char_length(t, j); continue; }
            // inner hyphen, dot between digits, apostrophe between letters
            std::size_t ml = 0;
            Mark m = mark_at(t, j, &ml);
            bool inner_punct = j < end && (t[j] == '-' || (t[j] == '.' && j > i && is_digit_ascii(t[j - 1]) &&
                                                           j + 1 < end && is_digit_ascii(t[j + 1])));
            if (inner_punct && is_word_char(t, j + 1)) { j += 1; continue; }
            if ((m == Mark::CloseSingle || m == Mark::AsciiSingle || m == Mark::Acute) &&
                is_word_char(t, j + ml) && j + ml < end) {
                // possessive 's at the end of a word: split it off
                std::size_t after = j + ml + 1;
                if ((t[j + ml] == 's') && (after >= end || !is_word_char(t, after))) {
                    out.push_back({i, j, true, after, true});
                    i = after;
                    goto next_token;
                }
                j += ml;
                continue;
            }
            break;
        }
        out.push_back({i, j, false, j, true});
        i = j;
    next_token:;
    }
    return out;
}

}  // namespace sg::loaders
