#include "loaders/extract/statement_document.hpp"

#include <set>
#include <vector>

#include "loaders/affiliations/document_rules.hpp"
#include "loaders/common/lexicon_file.hpp"
#include "loaders/mentions/lexicons.hpp"
#include "loaders/mentions/mentions.hpp"
#include "loaders/segmentation/segmentation.hpp"
#include "loaders/quotes/quotes.hpp"
#include "loaders/text/chars.hpp"

namespace sg::loaders {
namespace {

// A word in ordinary case: "HALVORSEN" -> "Halvorsen", "V." stays, "McCarthy" stays.
std::string ordinary_case(std::string_view w) {
    bool all_upper = true;
    for (char c : w)
        if (is_lower_ascii(c)) all_upper = false;
    std::string out(w);
    if (!all_upper) return out;
    for (std::size_t i = 1; i < out.size(); ++i)
        if (is_upper_ascii(out[i]) && out[i - 1] != '-' && out[i - 1] != '\'') out[i] = static_cast<char>(out[i] - 'A' + 'a');
    return out;
}

std::vector<std::string_view> words_of(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        std::size_t b = i;
        while (i < s.size() && s[i] != ' ') ++i;
        if (i > b) out.push_back(s.substr(b, i - b));
    }
    return out;
}

// A title before the name ("Hon.", "HONORABLE", "Senator", "Dr."), in any case.
bool title_word(std::string_view w) {
    std::string plain = ordinary_case(w);
    while (!plain.empty() && plain.back() == '.') plain.pop_back();
    if (plain.empty()) return false;
    if (is_lower_ascii(plain[0])) plain[0] = static_cast<char>(plain[0] - 'a' + 'A');
    return lexicons().titles.count(plain) > 0;
}

// A word of a person's name: a capital first (any case after it) or an initial ("V.").
bool name_word(std::string_view w) { return !w.empty() && is_upper_ascii(w[0]); }

// The words "statement", "testimony", "remarks" with the qualifiers that may open them.
bool statement_noun(std::string_view lower) {
    return lower == "statement" || lower == "testimony" || lower == "remarks" || lower == "address" ||
           lower == "comment" || lower == "comments";
}
// (a report's sections: "DISSENTING STATEMENT OF ...", "ADDITIONAL COMMENT OF ...")
bool statement_qualifier(std::string_view lower) {
    return lower == "opening" || lower == "prepared" || lower == "written" || lower == "joint" || lower == "oral" ||
           lower == "closing" || lower == "dissenting" || lower == "additional" || lower == "minority" ||
           lower == "supplementary" || lower == "separate";
}
// "4." or "4.1" before a section's heading
bool section_number(std::string_view w) {
    if (w.empty() || !is_digit_ascii(w[0])) return false;
    for (char c : w)
        if (!is_digit_ascii(c) && c != '.') return false;
    return true;
}
// "MLC" of "THE HON. ANN HALE MLC": letters after a name end it
bool post_nominal(std::string_view w) {
    while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
    return lexicons().post_nominals.count(w) > 0;
}

}  // namespace

std::optional<StatementAuthor> statement_header(std::string_view line, std::size_t line_begin) {
    // only a short line can be a header
    if (line.size() > 300) return std::nullopt;
    const std::size_t comma = line.find(',');
    std::string_view head = line.substr(0, comma);
    auto words = words_of(head);
    std::size_t k = 0;
    if (k < words.size() && section_number(words[k])) ++k;
    // "[Washington—]The following is the prepared statement from Senator A B (D-X) ...:" a release's
    // lead-in line announcing the text below it
    bool following = false;
    for (std::size_t j = 0; j + 1 < words.size() && j < 3; ++j)
        if (ascii_lower(words[j]).ends_with("following") && (ascii_lower(words[j + 1]) == "is" || ascii_lower(words[j + 1]) == "are")) {
            k = j + 2;
            following = true;
            if (k < words.size() && (ascii_lower(words[k]) == "the" || ascii_lower(words[k]) == "a")) ++k;
            break;
        }
    while (k < words.size() && statement_qualifier(ascii_lower(words[k]))) ++k;
    if (k >= words.size() || !statement_noun(ascii_lower(words[k]))) return std::nullopt;
    ++k;
    if (k >= words.size()) return std::nullopt;
    const std::string of = ascii_lower(words[k]);
    if (of != "of" && of != "by" && !(following && of == "from")) return std::nullopt;
    ++k;
    if (k < words.size() && ascii_lower(words[k]) == "the") ++k;
    while (k < words.size() && title_word(words[k])) ++k;
    // the name: two to five words, up to the comma or a lower-case word ("on", "before")
    std::string name;
    std::size_t n = 0;
    for (; k < words.size() && n < 6; ++k, ++n) {
        const std::string lower = ascii_lower(words[k]);
        if (lower == "on" || lower == "before" || lower == "to" || lower == "at" || lower == "for" || lower == "of" ||
            lower == "regarding" || lower == "concerning")
            break;
        if (!name_word(words[k]) || (n >= 2 && post_nominal(words[k]))) break;
        if (words[k].front() == '(') break;  // "(D-Calif.)": a party tag after the name
        // "... by Mayor Tom Quayle:": the colon closes the name
        const bool closes = words[k].size() > 1 && words[k].back() == ':';
        if (!name.empty()) name += ' ';
        name += ordinary_case(closes ? words[k].substr(0, words[k].size() - 1) : words[k]);
        if (closes) {
            ++n;
            break;
        }
    }
    if (n < 2 || n > 5) return std::nullopt;
    StatementAuthor out;
    out.name = std::move(name);
    out.header_end = line_begin + line.size();
    // a release's text set out below its lead-in is the member's writing, printed without
    // quotation marks: claims of the author, indirect as an opinion piece's (no quote to score)
    out.opinion = following;
    // ", Administrator, U.S. Environmental Protection Agency, April 8, 2003": a role, then a body
    if (comma != std::string_view::npos) {
        std::vector<std::string_view> parts;
        std::size_t at = comma + 1;
        while (at <= line.size()) {
            std::size_t next = std::min(line.find(',', at), line.size());
            std::string_view part = line.substr(at, next - at);
            while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
            while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
            parts.push_back(part);
            at = next + 1;
        }
        if (parts.size() >= 2 && !parts[0].empty() && !parts[1].empty()) {
            auto role_words = words_of(parts[0]);
            auto body_words = words_of(parts[1]);
            const std::string last = ascii_lower(role_words.back());
            if (role_words.size() <= 4 && lexicons().is_role_noun(last) && name_word(body_words.front())) {
                for (auto w : role_words) out.role += (out.role.empty() ? "" : " ") + ordinary_case(w);
                out.organisation = std::string(parts[1]);
            }
        }
    }
    return out;
}

bool statement_title(std::string_view line) {
    auto words = words_of(line.substr(0, std::min<std::size_t>(line.size(), 200)));
    std::size_t k = 0;
    while (k < words.size() && statement_qualifier(ascii_lower(words[k]))) ++k;
    return k < words.size() && statement_noun(ascii_lower(words[k]));
}

std::string self_introduction(std::string_view paragraph) {
    static constexpr std::string_view kCue = "My name is ";
    const std::size_t at = paragraph.find(kCue);
    if (at == std::string_view::npos || at > 400) return {};
    auto words = words_of(paragraph.substr(at + kCue.size(), 120));
    std::string name;
    std::size_t n = 0;
    for (std::string_view w : words) {
        bool ends = !w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ';');
        while (!w.empty() && (w.back() == ',' || w.back() == ';' || (w.back() == '.' && w.size() > 2))) w.remove_suffix(1);
        if (!name_word(w) || n == 5) break;
        name += (name.empty() ? "" : " ") + std::string(w);
        ++n;
        if (ends) break;
    }
    return n >= 2 ? name : std::string();
}

namespace {

// A person's name of two to four capitalised words ("Ann K. Hale"), as a headline prefix
// or byline writes it; not a line in capitals (a section name) nor one with a function word.
bool plain_name(std::string_view s) {
    auto words = words_of(s);
    if (words.size() < 2 || words.size() > 4) return false;
    bool lower_seen = false;
    for (std::string_view w : words) {
        if (!name_word(w)) return false;
        for (char c : w) {
            if (is_lower_ascii(c)) lower_seen = true;
            else if (!(is_upper_ascii(c) || c == '.' || c == '-' || c == '\'' || static_cast<unsigned char>(c) >= 0x80))
                return false;
        }
    }
    return lower_seen;
}

}  // namespace

std::optional<StatementAuthor> opinion_author(std::string_view t) {
    static const auto labels = lexicon_word_set(
#include "embedded/opinion_labels.txt.inc"
    );
    // the page's first non-empty lines, up to the first long paragraph (the body)
    constexpr std::size_t kHeaderLines = 40, kBodyWords = 25;
    struct Line { std::string_view text; std::size_t end; };
    std::vector<Line> lines;
    for (std::size_t at = 0; at < t.size() && lines.size() < kHeaderLines;) {
        std::size_t end = t.find('\n', at);
        if (end == std::string_view::npos) end = t.size();
        std::size_t lb = at, le = end;
        trim_range(t, lb, le);
        const std::string_view line = t.substr(lb, le - lb);
        at = end + 1;
        if (line.empty()) continue;
        if (words_of(line).size() > kBodyWords) break;
        lines.push_back({line, end});
    }
    // a label on its own line, not one item of a menu written one item a line
    auto short_line = [&](std::size_t k) { return k < lines.size() && words_of(lines[k].text).size() <= 2; };
    // a section trail of labels only ("OPINION | COLUMNISTS", "Opinion > Columns"): a menu names
    // other sections too ("News | Sport | Opinion"), so every part must be a label
    auto label_trail = [&](std::string_view line) {
        constexpr std::size_t kMaxParts = 3;
        static constexpr std::string_view kSeparators[] = {"|", ">", "/", "\u00bb", "\u00b7"};  // » ·
        std::size_t parts = 0, at = 0;
        while (parts <= kMaxParts) {
            std::size_t end = line.size(), width = 0;
            for (std::string_view sep : kSeparators)
                if (std::size_t f = line.find(sep, at); f < end) end = f, width = sep.size();
            std::size_t lb = at, le = end;
            trim_range(line, lb, le);
            if (lb == le || !labels.count(ascii_lower(line.substr(lb, le - lb)))) return false;
            ++parts;
            if (end == line.size()) break;
            at = end + width;
        }
        return parts >= 2 && parts <= kMaxParts;
    };
    bool labelled = false;
    for (std::size_t k = 0; k < lines.size() && !labelled; ++k)
        labelled = (labels.count(ascii_lower(lines[k].text)) && !(k > 0 && short_line(k - 1) && short_line(k + 1))) ||
                   label_trail(lines[k].text);
    if (!labelled) return std::nullopt;
    // "A B: The cap is the wrong tool" (a headline), "By A B", and "A B" alone once named so
    StatementAuthor a;
    a.opinion = true;
    for (const Line& l : lines) {
        const std::string_view line = l.text;
        std::string_view name;
        if (std::size_t colon = line.find(": "); colon != std::string_view::npos && plain_name(line.substr(0, colon)))
            name = line.substr(0, colon);
        else if (line.size() > 3 && line.substr(0, 3) == "By " && plain_name(line.substr(3)))
            name = line.substr(3);
        else if (!a.name.empty() && line == a.name)
            name = line;
        if (name.empty() || (!a.name.empty() && name != a.name)) continue;
        a.name = std::string(name);
        a.header_end = l.end;
    }
    if (a.name.empty()) return std::nullopt;
    return a;
}

std::vector<Range> unquoted_sentence_runs(std::string_view t, std::size_t begin, std::size_t end) {
    const std::vector<QuoteSpan> quotes = find_quotes(t, begin, end);
    std::vector<Range> runs;
    std::size_t q = 0;
    for (const Range& s : split_sentences(t, begin, end)) {
        while (q < quotes.size() && quotes[q].close <= s.begin) ++q;
        const bool quoted = q < quotes.size() && quotes[q].open < s.end;
        if (quoted) continue;
        std::size_t gap_begin = runs.empty() ? 0 : runs.back().end, gap_end = s.begin;
        if (!runs.empty() && gap_begin <= gap_end) trim_range(t, gap_begin, gap_end);
        if (!runs.empty() && runs.back().end <= s.begin && gap_begin == gap_end)  // only space between
            runs.back().end = s.end;
        else
            runs.push_back(s);
    }
    return runs;
}

bool author_note(std::string_view p, std::string_view author) {
    if (author.empty() || p.size() <= author.size() || p.substr(0, author.size()) != author) return false;
    const char next = p[author.size()];
    return next == ' ' || next == ',';
}

bool release_page(std::string_view t) {
    static const auto labels = lexicon_word_set(
#include "embedded/release_labels.txt.inc"
    );
    constexpr std::size_t kHeaderLines = 12;
    std::size_t lines = 0;
    for (std::size_t at = 0; at < t.size() && lines < kHeaderLines;) {
        std::size_t end = std::min(t.find('\n', at), t.size());
        std::size_t lb = at, le = end;
        trim_range(t, lb, le);
        at = end + 1;
        if (lb == le) continue;
        ++lines;
        if (labels.count(ascii_lower(t.substr(lb, le - lb)))) return true;
    }
    return false;
}

bool release_trailer(std::string_view b) {
    const std::string lower = ascii_lower(b.substr(0, std::min<std::size_t>(b.size(), 40)));
    std::size_t rest = 0;
    return lower.starts_with("about ") || lower.starts_with("note to editor") || lower.starts_with("notes to editor") ||
           lower.starts_with("-30-") || lower.starts_with("- 30 -") || lower.starts_with("###") || lower == "ends" ||
           !contact_heading(b.substr(0, std::min(b.find('\n'), b.size())), rest).empty();
}

std::optional<StatementAuthor> statement_author(std::string_view t, const Segmentation& seg) {
    // the header: the title, one of the first three blocks, or a line above them that the
    // segmentation set aside (a header with a date reads like a dateline)
    std::vector<Range> lines;
    if (seg.has_title) lines.push_back(seg.title);
    for (std::size_t i = 0; i < seg.blocks.size() && i < 3; ++i) lines.push_back(seg.blocks[i].range);
    const std::size_t body = seg.blocks.empty() ? t.size() : seg.blocks.front().range.begin;
    for (std::size_t i = 0; i < seg.dropped.size() && i < 3; ++i)
        if (seg.dropped[i].end <= body) lines.push_back(seg.dropped[i]);
    for (const Range& r : lines)
        if (auto a = statement_header(t.substr(r.begin, r.end - r.begin), r.begin)) return a;
    // a "Testimony ..." title and a speaker who introduces himself in the first two paragraphs
    for (const Range& r : lines) {
        if (!statement_title(t.substr(r.begin, r.end - r.begin))) continue;
        std::size_t paragraphs = 0;
        for (const auto& b : seg.blocks) {
            if (b.range.begin < r.end || b.kind != BlockKind::Paragraph) continue;
            if (++paragraphs > 2) break;
            std::string name = self_introduction(t.substr(b.range.begin, b.range.end - b.range.begin));
            if (name.empty()) continue;
            StatementAuthor a;
            a.name = std::move(name);
            a.header_end = r.end;
            return a;
        }
        break;
    }
    return opinion_author(t);
}

std::string represented_body(std::string_view t, const ParagraphMentions& pm) {
    for (const auto& m : pm.mentions) {
        if (m.kind != MentionKind::Organisation) continue;
        // the words before the name: "for having [the]", "on behalf of [the]"
        std::size_t k = m.tok_begin;
        auto word = [&](std::size_t i) {
            return ascii_lower(t.substr(pm.tokens[i].begin, pm.tokens[i].end - pm.tokens[i].begin));
        };
        if (k > 0 && pm.tokens[k - 1].word && word(k - 1) == "the") --k;
        if (k < 2 || !pm.tokens[k - 1].word || !pm.tokens[k - 2].word) continue;
        const std::string a = word(k - 2), b = word(k - 1);
        if ((a == "for" && (b == "having" || b == "allowing" || b == "inviting")) || (a == "behalf" && b == "of"))
            return m.org;
    }
    return {};
}

std::size_t speaker_prefix(std::string_view p, std::string_view author_surname) {
    if (author_surname.empty()) return 0;
    const std::size_t space = p.find(' ');
    if (space == std::string_view::npos || space == 0 || space > 20) return 0;
    if (!title_word(p.substr(0, space)) && ascii_lower(p.substr(0, space)) != "chairman") return 0;
    const std::size_t dot = p.find(". ", space + 1);
    if (dot == std::string_view::npos || dot > space + 1 + 40) return 0;
    if (ascii_lower(p.substr(space + 1, dot - space - 1)) != ascii_lower(author_surname)) return 0;
    std::size_t i = dot + 2;
    while (i < p.size() && p[i] == ' ') ++i;
    return i;
}

}  // namespace sg::loaders
