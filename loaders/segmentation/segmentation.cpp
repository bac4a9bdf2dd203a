#include "loaders/segmentation/segmentation.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "loaders/common/lexicon_file.hpp"
#include "loaders/common/word_table.hpp"
#include "loaders/segmentation/byte_pairs.hpp"
#include "loaders/segmentation/comment_headers.hpp"
#include "loaders/segmentation/run_in_headline.hpp"
#include "loaders/text/chars.hpp"

namespace sg::loaders {
namespace {

struct Patterns {
    std::vector<std::string> contains;
    std::vector<std::string> whole;
};

const Patterns& patterns() {
    static const Patterns p = [] {
        Patterns out;
        for (auto& e : lexicon_entries(
#include "embedded/boilerplate_patterns.txt.inc"
                 )) {
            if (e.size() > 1 && e[0] == '=') out.whole.push_back(ascii_lower(e.substr(1)));
            else out.contains.push_back(ascii_lower(e));
        }
        return out;
    }();
    return p;
}

// Lower-cased line with white space collapsed: the identity of a line across documents.
// (Written through a pointer into a buffer of the line's length: the key is never longer, and a
// capacity check per appended byte was most of this function, asked of every line three times.
// Between spaces, a run of bytes none of which can begin one, above ' ' and other than the no-break
// space's first byte, is copied in a loop of its own: asking space_at and the pending space of
// every byte was 2 % of a build.)
std::string line_key(std::string_view line) {
    std::string out(line.size(), '\0');
    char* o = out.data();
    char* const start = o;
    bool space = false;
    auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    auto cannot_begin_space = [](char c) { return static_cast<unsigned char>(c) > ' ' && c != '\xC2'; };
    const std::size_t n = line.size();
    for (std::size_t i = 0; i < n;) {
        if (std::size_t s = space_at(line, i)) { space = true; i += s; continue; }
        if (space && o != start) *o++ = ' ';
        space = false;
        *o++ = lower(line[i++]);
        while (i < n && cannot_begin_space(line[i])) *o++ = lower(line[i++]);
    }
    out.resize(static_cast<std::size_t>(o - start));
    return out;
}

std::vector<Range> lines_of(std::string_view t) {
    std::vector<Range> out;
    std::size_t pos = 0;
    while (pos < t.size()) {
        std::size_t nl = t.find('\n', pos);
        if (nl == std::string_view::npos) nl = t.size();
        std::size_t b = pos, e = nl;
        trim_range(t, b, e);
        out.push_back({b, e});
        pos = nl + 1;
    }
    return out;
}

// The number of words of s, counted no further than cap + 1: every caller compares it with a
// small bound, and most lines asked are paragraphs of a hundred words (counting each to its end
// was 1 % of a build).
std::size_t word_count(std::string_view s, std::size_t cap) {
    std::size_t n = 0;
    bool in = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        bool sp = is_space(s, i);
        if (!sp && !in && ++n > cap) break;
        in = !sp;
    }
    return n;
}

bool ends_with_final_punctuation(std::string_view s) {
    if (s.empty()) return false;
    char c = s.back();
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '\'' || c == ')')
        return true;
    if (s.size() >= 3) {
        std::size_t p = prev_char_start(s, s.size());
        Mark m = mark_at(s, p);
        if (m == Mark::CloseSingle || m == Mark::CloseDouble) return true;
        if (s.compare(p, 3, "\xE2\x80\xA6") == 0) return true;
    }
    return false;
}

// Length of a bullet at the start of a line ("•", "◦", "▪", "*", "-"), 0 if none.
std::size_t bullet_length(std::string_view s) {
    static const char* bullets[] = {"\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xC2\xB7"};
    for (const char* b : bullets) {
        std::string_view bv(b);
        if (s.substr(0, bv.size()) == bv) return bv.size();
    }
    if (s.size() > 1 && (s[0] == '*' || s[0] == '-') && s[1] == ' ') return 1;
    return 0;
}

bool starts_with_quote(std::string_view s) {
    Mark m = mark_at(s, 0);
    return m == Mark::OpenSingle || m == Mark::OpenDouble || m == Mark::AsciiDouble ||
           m == Mark::AsciiSingle || m == Mark::CloseSingle || m == Mark::CloseDouble || m == Mark::Backtick;
}

}  // namespace

// A headline in Title Case ("Unlike Obama, Trump Says Voters Don't Care About the Deficit"): no
// final punctuation, at least four capitalised words, and every word that starts with a letter
// capitalised but the minor words of lexicons/title_case_minor_words.txt. However long, it is a
// headline or a cross-head, never a paragraph whose capitalised words are people who speak.
bool is_title_case_line(std::string_view s) {
    if (ends_with_final_punctuation(s)) return false;
    std::size_t capitalised = 0;
    for (std::size_t i = 0; i < s.size();) {
        if (std::size_t sp = space_at(s, i)) { i += sp; continue; }
        std::size_t b = i;
        while (i < s.size() && !is_space(s, i)) ++i;
        std::string_view word = s.substr(b, i - b);
        char c = word[0];
        if (is_upper_ascii(c)) ++capitalised;
        else if (is_lower_ascii(c) && !title_case_minor_words().count(ascii_lower(word))) return false;
    }
    return capitalised >= 4;
}

namespace {

// "By LEE HAMMOND", "By Maria Ortiz and Sam Cole, Staff Writers": a byline, short, starting with
// "By" and a capital.
bool is_byline(std::string_view s) {
    return s.size() > 4 && s.substr(0, 3) == "By " && is_upper_ascii(s[3]) && word_count(s, 10) <= 10 &&
           !ends_with_final_punctuation(s);
}

// A body paragraph rather than a headline, standfirst label or navigation line.
bool is_body_line(std::string_view s) {
    if (is_title_case_line(s)) return false;
    std::size_t w = word_count(s, 12);
    return w >= 12 || (w >= 6 && ends_with_final_punctuation(s));
}

// "Dr A B, chair of X" under a pull-quote: short, with a comma, capitalised, no final stop.
bool is_credit_line(std::string_view s) {
    // "— Dr A B, chair of X": a leading dash is allowed
    for (std::string_view dash : {std::string_view("\xE2\x80\x94"), std::string_view("\xE2\x80\x93"), std::string_view("-")})
        if (s.substr(0, dash.size()) == dash) {
            s.remove_prefix(dash.size());
            while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
            break;
        }
    return !s.empty() && is_upper_ascii(s[0]) && s.find(',') != std::string_view::npos &&
           word_count(s, 14) <= 14 && !ends_with_final_punctuation(s);
}

// A commenter's name on the first line of a comment: 1-4 capitalised words, no final stop.
// Lower-case words allowed inside a name line ("John from Queens", "Ludwig van Beethoven").
bool name_particle(std::string_view w) {
    static const char* particles[] = {"from", "of", "in", "the", "de", "da", "van", "von", "der", "le", "la", "at"};
    for (const char* p : particles)
        if (w == p) return true;
    return false;
}

bool is_name_like(std::string_view s) {
    std::size_t w = word_count(s, 4);
    if (w == 0 || w > 4) return false;
    // a final stop is only allowed after an initial ("Jane D.")
    if (ends_with_final_punctuation(s) &&
        !(s.size() >= 3 && s.back() == '.' && is_upper_ascii(s[s.size() - 2]) && is_space(s, s.size() - 3)))
        return false;
    std::size_t i = 0;
    bool first = true;
    while (i < s.size()) {
        while (i < s.size() && is_space(s, i)) i += space_at(s, i);
        std::size_t b = i;
        while (i < s.size() && !is_space(s, i)) ++i;
        std::string_view word = s.substr(b, i - b);
        if (word.empty()) break;
        for (char c : word)
            if (is_digit_ascii(c) || c == ',' || c == '@' || c == ':') return false;
        if (!is_upper_ascii(word[0]) && (first || !name_particle(word))) return false;
        first = false;
    }
    return true;
}

}  // namespace

bool is_boilerplate_pattern(std::string_view line) { return is_boilerplate_key(line_key(line)); }

std::string line_key_of(std::string_view line) { return line_key(line); }

bool is_boilerplate_key(std::string key) {
    while (!key.empty() && (key.back() == '.' || key.back() == ':')) key.pop_back();
    for (const auto& w : patterns().whole)
        if (key == w) return true;
    // Furniture is a short line (the longest in the test corpora, a copyright notice, has 18
    // words). A line of many sentences that merely holds "click here" is text: a press release
    // stored as one line ("... the full letter, click here. ###") is a whole article.
    constexpr std::size_t kMaxFurnitureWords = 40;
    if (word_count(key, kMaxFurnitureWords) > kMaxFurnitureWords) return false;
    const BytePairs pairs(key);  // (a phrase is searched for only where its first two bytes occur)
    for (const auto& c : patterns().contains)
        if (pairs.may_contain(c) && key.find(c) != std::string::npos) return true;
    return false;
}

// The words a readers' comment heading may have before "comment(s)": none, a possessive of the
// readers ("Readers' comments", "Your comments") or an invitation ("Leave a comment", "Add your
// comment", "View comments"). `prefix` is lower-cased, with its trailing space.
bool comment_heading_prefix(std::string_view prefix) {
    static const WordTable allowed = {
        "",          "readers' ",  "readers’ ",  "readers ",   "reader ",     "reader's ",  "your ",       "our ",
        "leave a ",  "add a ",     "post a ",    "add your ",  "post your ",  "leave your ", "show ",      "view ",
        "see ",      "all ",       "user ",      "visitor ",   "visitors' ", "latest ",     "recent ",    "top "};
    return allowed.count(prefix) > 0;
}

bool is_comment_heading(std::string_view line, long& count) {
    // (Most lines are too long to be asked for a key. Without a no-break space, whose second
    // byte word_count reads as a letter, the line has as many words as its key.)
    if (line.find('\xA0') == std::string_view::npos && word_count(line, 5) > 5) return false;
    std::string key = line_key(line);
    if (word_count(key, 5) > 5) return false;
    std::size_t at = key.find("comment");
    if (at == std::string::npos) return false;
    // "7 comments", "12 Comments": the count before the word
    if (at > 0 && key[at - 1] == ' ' && key.find(' ') == at - 1 &&
        std::all_of(key.begin(), key.begin() + static_cast<long>(at - 1), [](char c) { return c >= '0' && c <= '9'; })) {
        std::string_view tail = std::string_view(key).substr(at + 7);
        if (tail == "" || tail == "s") {
            count = std::stol(key.substr(0, at - 1));
            return true;
        }
        return false;
    }
    // words before "comments" may only be a possessive like "readers'" / "your"
    std::string_view rest = std::string_view(key).substr(at + 7);
    if (!rest.empty() && rest[0] == 's') rest.remove_prefix(1);
    while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
    // a bare singular "COMMENT" is an opinion page's section label over its own body, not the
    // readers' comments ("Comments", "Leave a comment", "Comment (3)" are)
    if (key == "comment") return false;
    // ... and they must be such words: "4. Staff comments" is a report's section, not readers'
    if (!comment_heading_prefix(std::string_view(key).substr(0, at))) return false;
    if (rest.empty()) { count = -1; return at <= 12; }
    if (rest.front() != '(' || rest.back() != ')') return false;
    rest = rest.substr(1, rest.size() - 2);
    if (rest.empty() || !std::all_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    count = std::stol(std::string(rest));
    return at <= 12;
}

void BoilerplateModel::learn(std::string_view text) {
    ++documents_;
    std::vector<std::string> keys;
    for (Range r : lines_of(text))
        if (r.end > r.begin) keys.push_back(line_key(text.substr(r.begin, r.end - r.begin)));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (auto& k : keys) ++documents_with_line_[k];
}

bool BoilerplateModel::repeated(std::string_view line) const { return repeated_key(line_key(line)); }

bool BoilerplateModel::repeated_key(const std::string& key) const {
    auto it = documents_with_line_.find(key);
    if (it == documents_with_line_.end()) return false;
    int n = it->second;
    if (n < 2) return false;
    return documents_ <= 3 || 2 * n > documents_;
}

Segmentation segment(std::string_view t, const BoilerplateModel& model) {
    Segmentation out;
    std::vector<Range> lines = lines_of(t);
    auto text_of = [&](Range r) { return t.substr(r.begin, r.end - r.begin); };
    // Most lines are asked this two or three times over (header, body, paragraphs): answered
    // once per line (each answer costs the line's key and a pass over the patterns).
    std::map<std::pair<std::size_t, std::size_t>, bool> furniture_of;
    auto is_furniture = [&](Range r) {
        auto found = furniture_of.find({r.begin, r.end});
        if (found != furniture_of.end()) return found->second;
        std::string_view s = text_of(r);
        std::string key = line_key(s);  // (made once for both tests)
        const bool furniture = model.repeated_key(key) || is_boilerplate_key(std::move(key));
        furniture_of.emplace(std::make_pair(r.begin, r.end), furniture);
        return furniture;
    };

    // The comment section starts at its heading; everything before is header and body.
    std::size_t comment_start = lines.size();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        long n = -1;
        if (lines[i].end > lines[i].begin && is_comment_heading(text_of(lines[i]), n)) {
            comment_start = i;
            out.declared_comments = n;
            break;
        }
    }

    // Header: lines before the first body paragraph; the title is the last real line of it.
    std::size_t first_body = comment_start;
    for (std::size_t i = 0; i < comment_start; ++i) {
        if (lines[i].end == lines[i].begin || is_furniture(lines[i])) continue;
        if (!is_body_line(text_of(lines[i]))) continue;
        // a line without final punctuation right above the byline is the headline, however
        // long and in whatever case ("Unlike Obama, Trump says voters don't care about …")
        std::size_t next = i + 1;
        while (next < comment_start && lines[next].end == lines[next].begin) ++next;
        if (next < comment_start && is_byline(text_of(lines[next])) && !ends_with_final_punctuation(text_of(lines[i])))
            continue;
        first_body = i;
        break;
    }
    for (std::size_t i = 0; i < first_body; ++i) {
        if (lines[i].end == lines[i].begin) continue;
        if (is_furniture(lines[i])) { out.dropped.push_back(lines[i]); continue; }
        if (out.has_title && is_byline(text_of(lines[i]))) continue;  // under the headline, not it
        if (out.has_title) out.dropped.push_back(out.title);  // navigation above the headline
        out.title = lines[i];
        out.has_title = true;
    }

    // A headline run into the first paragraph (a press release copied from its page): the title
    // is cut off it, and the paragraph starts at its dateline or date.
    if (!out.has_title && first_body < comment_start) {
        Range& line = lines[first_body];
        if (RunInHeadline h; find_run_in_headline(text_of(line), h)) {
            if (h.title_begin > 0) out.dropped.push_back({line.begin, line.begin + h.title_begin - 1});
            out.title = {line.begin + h.title_begin, line.begin + h.title_end};
            out.has_title = true;
            line.begin += h.body_begin;
        }
    }

    // Hard-wrapped text (most body lines run on into the next line, none is long): a paragraph
    // is a run of lines between blank lines, not a line.
    std::size_t body_lines = 0, run_on = 0, longest = 0;
    for (std::size_t i = first_body; i < comment_start; ++i) {
        if (lines[i].end == lines[i].begin) continue;
        ++body_lines;
        longest = std::max(longest, lines[i].end - lines[i].begin);
        if (i + 1 < comment_start && lines[i + 1].end > lines[i + 1].begin && !bullet_length(text_of(lines[i + 1])))
            ++run_on;
    }
    const bool wrapped = body_lines >= 4 && 2 * run_on >= body_lines && longest <= 100;

    for (std::size_t i = first_body; i < comment_start; ++i) {
        Range r = lines[i];
        if (r.end == r.begin) continue;
        if (is_furniture(r)) { out.dropped.push_back(r); continue; }
        if (wrapped && !bullet_length(text_of(r)))
            while (i + 1 < comment_start && lines[i + 1].end > lines[i + 1].begin &&
                   !bullet_length(text_of(lines[i + 1])) && !is_furniture(lines[i + 1]))
                r.end = lines[++i].end;
        std::string_view s = text_of(r);
        Block b{r, BlockKind::Paragraph};
        if (std::size_t bl = bullet_length(s)) {
            b.kind = BlockKind::ListItem;
            b.range.begin += bl;
            trim_range(t, b.range.begin, b.range.end);
        } else if (!out.blocks.empty() && out.blocks.back().kind == BlockKind::Paragraph &&
                   starts_with_quote(text_of(out.blocks.back().range)) && is_credit_line(s)) {
            out.blocks.back().kind = BlockKind::PullQuote;
            b.kind = BlockKind::PullQuoteCredit;
        } else if ((word_count(s, 10) <= 10 || is_title_case_line(s)) && !ends_with_final_punctuation(s) &&
                   !starts_with_quote(s)) {
            b.kind = BlockKind::Heading;
        }
        out.blocks.push_back(b);
    }

    // Comments on widgets that head each one with its author and time ("Name" / "3 hours ago",
    // or "Name | 12 March 2026"): a header starts a comment, a control line ("Reply", "Report",
    // "Load more comments") or a footer ends it, and lines outside comments ("Sort by: Newest")
    // are dropped.
    if (comment_start < lines.size()) {
        std::vector<std::size_t> body;  // non-empty lines of the comment section
        for (std::size_t i = comment_start + 1; i < lines.size(); ++i)
            if (lines[i].end > lines[i].begin) body.push_back(i);
        std::vector<int> header(body.size(), 0);  // lines taken by a header starting here
        std::vector<std::string_view> header_name(body.size());
        bool any = false;
        for (std::size_t k = 0; k < body.size(); ++k) {
            std::string_view s = text_of(lines[body[k]]);
            std::string_view name;
            if (split_name_date_line(s, name)) {
                header[k] = 1;
            } else if (k + 1 < body.size() && is_commenter_line(s) && !is_furniture(lines[body[k]]) &&
                       !is_timestamp_line(s) && is_timestamp_line(text_of(lines[body[k + 1]]))) {
                header[k] = 2;
                name = s;
            }
            if (header[k]) {
                header_name[k] = name;
                any = true;
                k += static_cast<std::size_t>(header[k] - 1);
            }
        }
        if (any) {
            CommentUnit c;
            bool open = false;
            auto finish = [&] {
                if (open && c.range.end > c.range.begin) out.comments.push_back(c);
                open = false;
            };
            for (std::size_t k = 0; k < body.size(); ++k) {
                Range r = lines[body[k]];
                if (header[k]) {
                    finish();
                    std::string_view name = commenter_name(header_name[k]);
                    c = CommentUnit{};
                    std::string lowered = ascii_lower(name);
                    if (lowered != "anonymous" && lowered != "anon" && lowered != "guest") {  // no one in particular
                        c.commenter = std::string(name);
                        std::size_t nb = static_cast<std::size_t>(name.data() - t.data());
                        c.commenter_range = {nb, nb + name.size()};
                    }
                    open = true;
                    for (int j = 0; j < header[k]; ++j) out.dropped.push_back(lines[body[k + static_cast<std::size_t>(j)]]);
                    k += static_cast<std::size_t>(header[k] - 1);
                    continue;
                }
                // a reader's sentence that mentions a "newsletter" is not furniture: inside a
                // comment only short control lines and footers end it
                bool control = is_furniture(r) && (word_count(text_of(r), 6) <= 6 ||
                                                   text_of(r).find("\xC2\xA9") != std::string_view::npos);
                if (!open || control) {
                    finish();
                    out.dropped.push_back(r);
                    continue;
                }
                if (c.range.end == c.range.begin) c.range = r;
                else c.range.end = r.end;
            }
            finish();
            return out;
        }
    }

    // Comments: a bullet starts one, a moderation/report line or the next bullet ends it.
    std::vector<Range> current;
    auto close = [&] {
        if (current.empty()) return;
        CommentUnit c;
        std::size_t first = 0;
        if (current.size() >= 2 && is_name_like(text_of(current[0]))) {
            c.commenter = std::string(text_of(current[0]));
            c.commenter_range = current[0];
            first = 1;
        }
        c.range = {current[first].begin, current.back().end};
        out.comments.push_back(std::move(c));
        current.clear();
    };
    for (std::size_t i = comment_start + 1; i < lines.size(); ++i) {
        Range r = lines[i];
        if (r.end == r.begin) continue;
        std::string_view s = text_of(r);
        if (std::size_t bl = bullet_length(s)) {
            close();
            r.begin += bl;
            trim_range(t, r.begin, r.end);
            if (r.end > r.begin) current.push_back(r);
            continue;
        }
        if (is_furniture(r)) { close(); out.dropped.push_back(r); continue; }
        current.push_back(r);
    }
    close();
    return out;
}

const std::set<std::string, std::less<>>& title_case_minor_words() {
    static const std::set<std::string, std::less<>> words = lexicon_word_set(
#include "embedded/title_case_minor_words.txt.inc"
    );
    return words;
}

}  // namespace sg::loaders
