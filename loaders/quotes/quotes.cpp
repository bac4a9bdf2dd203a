#include "loaders/quotes/quotes.hpp"

#include <algorithm>
#include <iterator>

#include "loaders/text/chars.hpp"

namespace sg::loaders {
namespace {

enum class Role { Open, Close, Either };

struct MarkHit {
    std::size_t pos;
    std::size_t len;
    Role role;
};

bool word_before(std::string_view t, std::size_t begin, std::size_t i) {
    return i > begin && is_word_char(t, prev_char_start(t, i));
}

// Text before i that lets a mark open a quote: the paragraph start, white space, a bracket.
bool space_before(std::string_view t, std::size_t begin, std::size_t i) {
    if (i == begin) return true;
    std::size_t p = prev_char_start(t, i);
    return is_space(t, p) || t[p] == '(' || t[p] == '[';
}

// "5'11''", "6'2''": the '' at i marks inches after a number of feet, not a quotation.
bool inches_at(std::string_view t, std::size_t begin, std::size_t i) {
    std::size_t j = i;
    while (j > begin && is_digit_ascii(t[j - 1])) --j;
    return j < i && j >= begin + 2 && t[j - 1] == '\'' && is_digit_ascii(t[j - 2]);
}

// A run of ASCII apostrophes or backticks, read as a whole: archives and the Penn Treebank write
// a double quotation mark as two of them (``opens'' and ''also opens'' both). Each pair is a
// double mark; an odd one left over is a single mark (an apostrophe or single quote next to the
// pair: "the voters''' ", "`` 'Tis"), placed at the side of the run that touches the word. A lone
// ' or ` is never double. The run is one step of the scan, so a page of 10^5 of them stays linear.
void ascii_run_marks(std::string_view t, std::size_t begin, std::size_t end, std::size_t i, std::size_t run,
                     bool single, std::vector<MarkHit>& out) {
    const bool backtick = t[i] == '`';
    const bool opening_side = space_before(t, begin, i);  // nothing but white space before the run
    const bool word_after = i + run < end && is_word_char(t, i + run);
    const bool space_after = i + run >= end || is_space(t, i + run);
    // "don''t" (a doubled apostrophe typed between letters), "don`t": apostrophes
    if (word_before(t, begin, i) && word_after) return;
    if (single) {
        if (run % 2 == 0) return;
        if (backtick) {
            if (word_after) out.push_back({i + run - 1, 1, Role::Open});  // `single' only opens
        } else if (opening_side && word_after) {
            out.push_back({i + run - 1, 1, Role::Open});
        } else if (!opening_side) {
            out.push_back({i, 1, Role::Close});  // "the voters'''": the possessive's apostrophe
        }
        return;
    }
    if (run < 2) return;
    if (!backtick && run == 2 && inches_at(t, begin, i)) return;
    Role role = backtick                         ? Role::Open
                : opening_side && !space_after ? Role::Open
                : !opening_side                ? Role::Close
                                               : Role::Either;
    // the odd single mark is on the word's side: after the pairs that open, before those that close
    std::size_t first = (run % 2 == 1 && !opening_side) ? i + 1 : i;
    for (std::size_t k = 0; k < run / 2; ++k) out.push_back({first + 2 * k, 2, role});
}

// Marks of one family (single or double quotes) with the role their neighbours give them.
std::vector<MarkHit> family_marks(std::string_view t, std::size_t begin, std::size_t end, bool single) {
    std::vector<MarkHit> out;
    for (std::size_t i = begin; i < end;) {
        // (ASCII bytes that are no quotation mark, most of a text, are passed over in a loop of
        // their own: each is no mark and one byte long. This runs over every paragraph twice.)
        while (i < end && static_cast<unsigned char>(t[i]) < 0x80 && t[i] != '\'' && t[i] != '"' && t[i] != '`') ++i;
        if (i >= end) break;
        std::size_t len = 0;
        Mark m = mark_at(t, i, &len);
        if (m == Mark::None) { i += char_length(t, i); continue; }
        if (m == Mark::Backtick || (m == Mark::AsciiSingle && i + 1 < end && t[i + 1] == '\'')) {
            std::size_t run = run_length(t, i, end);
            ascii_run_marks(t, begin, end, i, run, single, out);
            i += run;
            continue;
        }
        bool before_word = word_before(t, begin, i);
        bool after_word = i + len < end && is_word_char(t, i + len);
        bool before_space = space_before(t, begin, i);
        if (single) {
            if (m == Mark::OpenSingle) out.push_back({i, len, Role::Open});
            else if (m == Mark::CloseSingle || m == Mark::AsciiSingle) {
                if (before_word && after_word) { /* apostrophe: don’t */ }
                else if (before_space && after_word) out.push_back({i, len, Role::Open});
                else if (!before_space) out.push_back({i, len, Role::Close});
            }
        } else {
            if (m == Mark::OpenDouble) out.push_back({i, len, Role::Open});
            else if (m == Mark::CloseDouble) out.push_back({i, len, Role::Close});
            else if (m == Mark::AsciiDouble) {
                // 'issued the following statement:"It is ...': a colon introduces the quote it
                // touches (a closer after a colon, 'his word was this:" then', is not written)
                const bool after_colon = i > begin && t[i - 1] == ':' && after_word;
                if ((before_space || after_colon) && !(i + len >= end || is_space(t, i + len)))
                    out.push_back({i, len, Role::Open});
                else if (!before_space) out.push_back({i, len, Role::Close});
                else out.push_back({i, len, Role::Either});
            }
        }
        i += len;
    }
    return out;
}

// The closer of a quote nested in the one opened by marks[open]: the opener marks[inner] (the next
// opener) comes before any closer of the outer quote, mid-sentence (after a word and a space),
// and is closed before the opener after it. marks.size() when there is no such quote.
std::size_t nested_closer(std::string_view t, const std::vector<MarkHit>& marks, std::size_t open, std::size_t inner) {
    if (inner >= marks.size() || marks[open].role != Role::Open || marks[inner].role != Role::Open) return marks.size();
    for (std::size_t k = open + 1; k < inner; ++k)
        if (marks[k].role != Role::Open) return marks.size();  // the outer quote has a closer of its own
    // mid-sentence: after a space and a word, a comma or a dash ("the power of the purse –
    // “spending” –"), not after a sentence's end, a colon or a closing mark
    const std::size_t at = marks[inner].pos;
    if (at < 2 || t[at - 1] != ' ') return marks.size();
    const unsigned char before = static_cast<unsigned char>(t[at - 2]);
    const bool dash = at >= 4 && (t.compare(at - 4, 3, "\xE2\x80\x93") == 0 || t.compare(at - 4, 3, "\xE2\x80\x94") == 0);  // – —
    if (!is_word_char(t, at - 2) && before != ',' && !dash) return marks.size();
    for (std::size_t k = inner + 1; k < marks.size(); ++k) {
        if (marks[k].role == Role::Open) return marks.size();
        if (marks[k].role == Role::Close) return k;
    }
    return marks.size();
}

// Pairs openers with closers. The closer of an opener is the LAST closing mark before the next
// opener: so a possessive plural inside a quote ("CCGs’ plans") does not end it early.
std::vector<QuoteSpan> pair_marks(std::string_view t, const std::vector<MarkHit>& marks, std::size_t end) {
    std::vector<QuoteSpan> out;
    std::size_t i = 0;
    while (i < marks.size()) {
        if (marks[i].role == Role::Close) { ++i; continue; }  // stray closer
        std::size_t next_open = i + 1;
        while (next_open < marks.size() && marks[next_open].role != Role::Open) ++next_open;
        std::size_t from = i + 1;
        // “… of this “so-called emergency” is …: an opener of the same family inside the quote,
        // mid-sentence, whose own closer comes before any other opener, is a quote nested in this
        // one (as an opener after a sentence's end is the next paragraph's quote run together)
        if (const std::size_t inner_close = nested_closer(t, marks, i, next_open); inner_close < marks.size()) {
            from = inner_close + 1;
            next_open = inner_close + 1;
            while (next_open < marks.size() && marks[next_open].role != Role::Open) ++next_open;
        }
        // Closing candidates before the next opener: the first one right after sentence
        // punctuation (",’" ".’" "?’") ends the quote; failing that, the last one does.
        std::size_t closer = marks.size();
        for (std::size_t k = from; k < next_open; ++k) {
            if (marks[k].role == Role::Open) continue;
            closer = k;
            char before = marks[k].pos > 0 ? t[marks[k].pos - 1] : ' ';
            if (before == ',' || before == '.' || before == '?' || before == '!' || before == ';') break;
        }
        // an Either mark (ASCII " between spaces) only closes when it is the nearest one
        QuoteSpan q;
        q.open = marks[i].pos;
        q.inner_begin = marks[i].pos + marks[i].len;
        if (closer < marks.size()) {
            q.inner_end = marks[closer].pos;
            q.close = marks[closer].pos + marks[closer].len;
            q.closed = true;
        } else {
            // Unclosed: it runs to the paragraph's end, or to the next opener of its family, so
            // that quotes never overlap (a page of stray marks must not make every quote contain
            // every later one: that costs quadratic time and memory).
            std::size_t stop = next_open < marks.size() ? marks[next_open].pos : end;
            q.inner_end = stop;
            q.close = stop;
            q.closed = false;
        }
        std::size_t b = q.inner_begin, e = q.inner_end;
        trim_range(t, b, e);
        if (e > b) {
            q.inner_begin = b;
            q.inner_end = e;
            out.push_back(q);
        }
        i = closer < marks.size() ? closer + 1 : next_open;
        if (!q.closed) i = next_open;
    }
    return out;
}

}  // namespace

std::size_t count_words(std::string_view t, std::size_t begin, std::size_t end) {
    std::size_t n = 0;
    bool in = false;
    for (std::size_t i = begin; i < end; ++i) {
        bool w = is_word_char(t, i) || ((static_cast<unsigned char>(t[i]) & 0xC0) == 0x80 && in);
        if (w && !in) ++n;
        if (is_space(t, i)) in = false; else if (w) in = true;
    }
    return n;
}

std::vector<QuoteSpan> find_quotes(std::string_view t, std::size_t begin, std::size_t end) {
    std::vector<QuoteSpan> singles = pair_marks(t, family_marks(t, begin, end, true), end);
    std::vector<QuoteSpan> doubles = pair_marks(t, family_marks(t, begin, end, false), end);
    // Outer quotes win: a quote nested in one of the other family is part of it. Each family's
    // quotes are sorted and disjoint, so one merge pass finds every nesting.
    std::vector<QuoteSpan> all;
    all.reserve(singles.size() + doubles.size());
    std::merge(singles.begin(), singles.end(), doubles.begin(), doubles.end(), std::back_inserter(all),
               [](const QuoteSpan& a, const QuoteSpan& b) { return a.open < b.open; });
    std::vector<QuoteSpan> outer;
    outer.reserve(all.size());
    for (const QuoteSpan& q : all) {
        if (!outer.empty() && q.open > outer.back().open && q.open < outer.back().close) continue;
        outer.push_back(q);
    }
    return outer;
}

}  // namespace sg::loaders
