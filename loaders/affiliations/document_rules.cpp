#include "loaders/affiliations/document_rules.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "loaders/common/lexicon_file.hpp"
#include "loaders/mentions/lexicons.hpp"
#include "loaders/text/chars.hpp"

namespace sg::loaders {

namespace {

// A mention of the document, with the block it is in.
struct DocMention {
    std::size_t block = 0, index = 0;
    const Mention* m = nullptr;
};

// What every rule sees.
struct Layout {
    std::string_view t;
    const std::vector<Block>& blocks;
    const std::vector<ParagraphMentions>& pms;
    const DocumentNames& names;
    std::vector<DocMention> mentions;  // in text order
};

using Rule = void (*)(const Layout&, std::size_t block, std::vector<DocumentAffiliation>&);

// The document's mentions that begin in [from, to), in text order: found by binary search, so a
// page of many contact lines costs no more per line than the mentions under it.
std::pair<const DocMention*, const DocMention*> mentions_in(const Layout& L, std::size_t from, std::size_t to) {
    auto starts_before = [](const DocMention& d, std::size_t at) { return d.m->begin < at; };
    const DocMention* base = L.mentions.data();
    const auto first = std::lower_bound(L.mentions.begin(), L.mentions.end(), from, starts_before);
    const auto last = std::lower_bound(first, L.mentions.end(), to, starts_before);
    return {base + (first - L.mentions.begin()), base + (last - L.mentions.begin())};
}

// The heading of a line in lower case without commas, and where the text after its colon starts;
// "" when the line's words before any colon are not in `headings`.
std::string heading_in(std::string_view line, const std::set<std::string, std::less<>>& headings, std::size_t& rest) {
    constexpr std::size_t kMaxHeading = 60;
    const std::size_t colon = line.find(':');
    const std::size_t head_end = colon == std::string_view::npos ? line.size() : colon;
    if (head_end > kMaxHeading) return {};
    std::string h;
    for (char ch : line.substr(0, head_end))
        if (ch != ',') h += ch;
    h = ascii_lower(h);
    std::size_t b = 0, e = h.size();
    trim_range(h, b, e);
    h = h.substr(b, e - b);
    if (!headings.count(h)) return {};
    rest = colon == std::string_view::npos ? line.size() : colon + 1;
    return h;
}

// The end of a layout block that starts at `from`: the first blank line, or after `max_lines` lines.
std::size_t window_end(std::string_view t, std::size_t from, std::size_t max_lines) {
    std::size_t at = from;
    for (std::size_t lines = 0; at < t.size() && lines <= max_lines; ++lines) {
        std::size_t nl = t.find('\n', at);
        if (nl == std::string_view::npos) return t.size();
        std::size_t next = nl + 1;
        while (next < t.size() && (t[next] == ' ' || t[next] == '\t' || t[next] == '\r')) ++next;
        if (next < t.size() && t[next] == '\n') return nl;  // a blank line ends it
        at = nl + 1;
    }
    return std::min(at, t.size());
}

// "Fen Valley Growers' Association" -> "fvga": the initials of a name's capitalised words.
std::string initials(std::string_view name) {
    std::string out;
    bool start = true;
    for (char ch : name) {
        if (ch == ' ' || ch == '-') { start = true; continue; }
        if (start && is_upper_ascii(ch)) out += static_cast<char>(ch - 'A' + 'a');
        start = false;
    }
    return out;
}

// The body an e-mail address in [from, to) belongs to: its domain's first label is an acronym the
// document defines, or the initials of a body the document names ("media@mnga.org.au").
std::string body_of_email(const Layout& L, std::size_t from, std::size_t to) {
    const std::size_t at = L.t.substr(0, to).find('@', from);
    if (at == std::string_view::npos) return {};
    std::size_t e = at + 1;
    while (e < to && (is_lower_ascii(L.t[e]) || is_upper_ascii(L.t[e]) || is_digit_ascii(L.t[e]) || L.t[e] == '-')) ++e;
    const std::string label = ascii_lower(L.t.substr(at + 1, e - at - 1));
    constexpr std::size_t kMinLabel = 2;
    if (label.size() < kMinLabel) return {};
    for (const auto& [acronym, canonical] : L.names.acronyms)
        if (ascii_lower(acronym) == label) return canonical;
    // (the first bodies of the page only: a page of thousands of contact blocks must not compare
    // each with every body)
    constexpr std::size_t kMaxBodies = 256;
    for (std::size_t k = 0; k < L.names.organisations_seen.size() && k < kMaxBodies; ++k)
        if (initials(L.names.organisations_seen[k].second) == label) return L.names.organisations_seen[k].second;
    return {};
}

// The words right after a contact's name ("Ann Hale, Communications Manager"), up to the next
// comma, line end, bar or the body's name: a role of one to five words with no digit or '@'.
std::string role_after(std::string_view t, std::size_t from, std::size_t stop) {
    std::size_t b = from;
    while (b < stop && (t[b] == ',' || t[b] == ' ' || t[b] == '\n' || t[b] == '\r' || t[b] == '\t')) ++b;
    std::size_t e = b;
    while (e < stop && t[e] != ',' && t[e] != '\n' && t[e] != '|') ++e;
    std::size_t rb = b, re = e;
    trim_range(t, rb, re);
    const std::string_view role = t.substr(rb, re - rb);
    constexpr std::size_t kMaxRoleWords = 5;
    if (role.empty() || !is_upper_ascii(role[0])) return {};
    std::size_t words = 1;
    for (char ch : role) {
        if (is_digit_ascii(ch) || ch == '@' || ch == '(' || ch == ':') return {};
        words += ch == ' ';
    }
    return words <= kMaxRoleWords ? ascii_lower(role) : std::string{};
}

// "Marie-Eve Roy": a contact's name alone on the line under the heading, two to four words
// that each open with a capital and hold only letters (any script), hyphens, apostrophes and
// dots. Why: a contact block's first line is the contact's name, where no sentence gives the
// context the mention finder asks of a name it does not know.
bool contact_name_line(std::string_view line) {
    constexpr std::size_t kMinWords = 2, kMaxWords = 4;
    std::size_t words = 0;
    bool start = true;
    for (char ch : line) {
        const auto u = static_cast<unsigned char>(ch);
        if (ch == ' ') { start = true; continue; }
        if (start) {
            if (!is_upper_ascii(ch)) return false;
            ++words;
            start = false;
            continue;
        }
        if (!(std::isalpha(u) || u >= 0x80 || ch == '-' || ch == '\'' || ch == '.')) return false;
    }
    return words >= kMinWords && words <= kMaxWords;
}

// "Media contact:\nAnn Hale, Communications Manager\nFenland Anglers Trust": the
// first person of the block works for the first body named after them, or for the body of the
// e-mail address given.
void contact_block(const Layout& L, std::size_t i, std::vector<DocumentAffiliation>& out) {
    const Range r = L.blocks[i].range;
    std::string_view first_line = L.t.substr(r.begin, r.end - r.begin);
    first_line = first_line.substr(0, std::min(first_line.find('\n'), first_line.size()));
    std::size_t rest = 0;
    if (contact_heading(first_line, rest).empty()) return;
    constexpr std::size_t kContactLines = 5;
    const std::size_t from = r.begin + rest, to = window_end(L.t, from, kContactLines);
    const DocMention* person = nullptr;
    const DocMention* body = nullptr;
    for (auto [d, end] = mentions_in(L, from, to); d != end; ++d) {
        if (!person && d->m->kind == MentionKind::Person) person = d;
        else if (person && !body && d->m->kind == MentionKind::Organisation) body = d;
    }
    if (!person) {
        // a name the mention finder left alone on the first line of the block
        std::size_t lb = from;
        while (lb < to && (L.t[lb] == ' ' || L.t[lb] == '\t' || L.t[lb] == '\n' || L.t[lb] == '\r')) ++lb;
        std::size_t le = std::min(L.t.find('\n', lb), to);
        trim_range(L.t, lb, le);
        if (lb >= le || !contact_name_line(L.t.substr(lb, le - lb))) return;
        for (auto [d, end] = mentions_in(L, le, to); d != end && !body; ++d)
            if (d->m->kind == MentionKind::Organisation) body = d;
        std::string org = body ? body->m->org : body_of_email(L, le, to);
        if (org.empty()) return;
        DocumentAffiliation a{i, 0, std::move(org), role_after(L.t, le, body ? body->m->begin : to)};
        a.person_name = std::string(L.t.substr(lb, le - lb));
        out.push_back(std::move(a));
        return;
    }
    std::string org = body ? body->m->org : body_of_email(L, person->m->end, to);
    if (org.empty()) return;
    out.push_back({person->block, person->index, std::move(org),
                   role_after(L.t, person->m->end, body ? body->m->begin : to)});
}

// The line right above block i, when no blank line parts them and it is in no block; else empty.
Range line_above(const Layout& L, std::size_t i) {
    const std::size_t b = L.blocks[i].range.begin;
    if (b < 2 || L.t[b - 1] != '\n') return {b, b};
    const std::size_t start = L.t.rfind('\n', b - 2);
    const std::size_t lb0 = start == std::string_view::npos ? 0 : start + 1;
    std::size_t lb = lb0, le = b - 1;
    trim_range(L.t, lb, le);
    if (lb == le || (i > 0 && L.blocks[i - 1].range.end > lb)) return {b, b};
    return {lb, le};
}

// "Members of the Committee\nHon. A B MLC (Presiding Member)\nHon. C D MLC" or "Committee members:
// Coun. A B (Chair); Deputy Mayor C D": every person of the list is a member of the document's
// committee (the body whose name has the heading's last word, that the document names most).
void member_list(const Layout& L, std::size_t i, std::vector<DocumentAffiliation>& out) {
    const Range r = L.blocks[i].range;
    std::string_view first_line = L.t.substr(r.begin, r.end - r.begin);
    first_line = first_line.substr(0, std::min(first_line.find('\n'), first_line.size()));
    std::size_t rest = 0, from = 0;
    std::string heading = member_list_heading(first_line, rest);
    bool inline_list = false;  // "Committee members: A; B; C." : the list is that line
    if (!heading.empty()) {
        from = r.begin + rest;
        inline_list = first_line.find_first_not_of(" \t", rest) != std::string_view::npos;
    } else {
        // the heading on the line right above, set apart by the segmentation (taken for the
        // page's title): the list starts with this block
        const Range above = line_above(L, i);
        if (above.begin == above.end) return;
        heading = member_list_heading(L.t.substr(above.begin, above.end - above.begin), rest);
        if (heading.empty()) return;
        from = r.begin;
    }
    // the body word: "committee" of "members of the committee" and of "committee members"
    std::string word;
    for (std::string_view w : {"subcommittee", "committee", "panel", "board"})
        if (heading.find(w) != std::string::npos) { word = std::string(w); break; }
    if (word.empty()) return;
    std::map<std::string, int> seen;
    std::string body;
    constexpr std::size_t kMaxBodies = 256;  // as for e-mail domains
    for (std::size_t k = 0; k < L.names.organisations_seen.size() && k < kMaxBodies; ++k) {
        const std::string& canonical = L.names.organisations_seen[k].second;
        if (ascii_lower(canonical).find(word) == std::string::npos) continue;
        if (++seen[canonical] > (body.empty() ? 0 : seen[body]) || body.empty()) body = canonical;
    }
    if (body.empty()) return;
    constexpr std::size_t kMaxMembers = 40;
    const std::size_t to = inline_list ? r.begin + first_line.size() : window_end(L.t, from, kMaxMembers);
    for (auto [d, end] = mentions_in(L, from, to); d != end; ++d)
        if (d->m->kind == MentionKind::Person) out.push_back({d->block, d->index, body, "member"});
}

// The lines of `text` from `at`, blank ones skipped, trimmed; at most `n`.
std::vector<std::string_view> first_lines(std::string_view text, std::size_t n) {
    std::vector<std::string_view> out;
    for (std::size_t at = 0; at < text.size() && out.size() < n;) {
        std::size_t end = std::min(text.find('\n', at), text.size());
        std::size_t lb = at, le = end;
        trim_range(text, lb, le);
        if (lb < le) out.push_back(text.substr(lb, le - lb));
        at = end + 1;
    }
    return out;
}

// A site's navigation bar: four or more short items apart by '|' ("News | Sport | Contact") or by
// gaps of two or more spaces ("News  Opinion  Business  Arts").
bool navigation_bar(std::string_view line) {
    constexpr std::size_t kMaxItem = 30;
    std::size_t items = 0, item_len = 0;
    bool sep = false;
    for (std::size_t i = 0; i <= line.size(); ++i) {
        const bool gap = i == line.size() || line[i] == '|' ||
                         (line[i] == ' ' && i + 1 < line.size() && line[i + 1] == ' ');
        if (gap) {
            if (item_len > kMaxItem) return false;
            if (item_len > 0) ++items;
            if (i < line.size()) sep = true;
            item_len = 0;
            while (i + 1 < line.size() && (line[i + 1] == ' ' || line[i + 1] == '|')) ++i;
        } else {
            ++item_len;
        }
    }
    return sep && items >= 4;
}

// "EASTERN BAYS HERALD" -> "Eastern Bays Herald"; "COAST FM 93.7" -> "Coast FM 93.7": a name in
// capitals in ordinary case, words of three letters or fewer (call letters, "FM") as written
// unless they are words ("THE", "AND").
std::string ordinary_case(std::string_view name) {
    bool lower = false;
    for (char ch : name) lower = lower || is_lower_ascii(ch);
    if (lower) return std::string(name);
    std::string out(name);
    for (std::size_t at = 0; at < out.size();) {
        std::size_t end = std::min(out.find(' ', at), out.size());
        std::string word = ascii_lower(std::string_view(out).substr(at, end - at));
        if (!word.empty()) word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
        if (end - at > 3 || lexicons().function_words.count(word))
            for (std::size_t k = at + 1; k < end; ++k)
                if (is_upper_ascii(out[k])) out[k] = static_cast<char>(out[k] - 'A' + 'a');
        at = end + 1;
    }
    return out;
}

// "TOWN OF WENDOVER": the local body a page is printed under, its first line a place kind of
// lexicons/place_kinds.txt, "of" and a place of at most four capitalised words ("Town of
// Wendover"); "" otherwise.
std::string letterhead_body(std::string_view text) {
    constexpr std::size_t kMaxPlaceWords = 4;
    const auto lines = first_lines(text, 1);
    if (lines.empty()) return {};
    const std::string name = ordinary_case(lines[0]);
    const std::size_t sp = name.find(' ');
    if (sp == std::string::npos || !lexicons().place_kinds.count(std::string_view(name).substr(0, sp))) return {};
    std::string_view rest = std::string_view(name).substr(sp + 1);
    if (!rest.starts_with("of ") && !rest.starts_with("Of ")) return {};
    std::string_view place = rest.substr(3);
    std::size_t words = 1;
    for (char ch : place) {
        if (ch == ' ') ++words;
        else if (!std::isalpha(static_cast<unsigned char>(ch)) && ch != '-' && ch != '\'') return {};
    }
    if (place.empty() || !is_upper_ascii(place[0]) || words > kMaxPlaceWords) return {};
    return name.substr(0, sp) + " of " + std::string(place);
}

// "Staff: A B, Director of Engineering; C D, Town Clerk." in a report printed under a local body's
// letterhead ("TOWN OF X"): the officers the report lists as its staff work for that body, not for
// the committee that reports (the member list above them is the committee's).
void staff_list(const Layout& L, std::size_t i, std::vector<DocumentAffiliation>& out) {
    const Range r = L.blocks[i].range;
    for (std::size_t at = r.begin; at < r.end;) {
        std::size_t end = std::min(L.t.find('\n', at), r.end);
        const std::string_view line = L.t.substr(at, end - at);
        if (line.size() > 6 && ascii_lower(line.substr(0, 6)) == "staff:") {
            const std::string body = letterhead_body(L.t);
            if (body.empty()) return;
            for (auto [d, last] = mentions_in(L, at + 6, end); d != last; ++d)
                if (d->m->kind == MentionKind::Person) out.push_back({d->block, d->index, body, ""});
        }
        at = end + 1;
    }
}

// The rules, tried in order on every block.
constexpr Rule kDocumentRules[] = {contact_block, member_list, staff_list};

}  // namespace

std::string contact_heading(std::string_view line, std::size_t& rest) {
    static const auto headings = lexicon_word_set(
#include "embedded/contact_headings.txt.inc"
    );
    return heading_in(line, headings, rest);
}

std::string member_list_heading(std::string_view line, std::size_t& rest) {
    static const auto headings = lexicon_word_set(
#include "embedded/member_list_headings.txt.inc"
    );
    return heading_in(line, headings, rest);
}

void split_layout_blocks(std::string_view t, std::vector<Block>& blocks) {
    std::vector<Block> out;
    out.reserve(blocks.size());
    for (const Block& b : blocks) {
        std::string_view text = t.substr(b.range.begin, b.range.end - b.range.begin);
        const std::size_t nl = text.find('\n');
        std::size_t rest = 0;
        const std::string_view first = text.substr(0, std::min(nl, text.size()));
        if (nl == std::string_view::npos ||
            (contact_heading(first, rest).empty() && member_list_heading(first, rest).empty())) {
            out.push_back(b);
            continue;
        }
        for (std::size_t at = b.range.begin; at < b.range.end;) {
            std::size_t end = t.find('\n', at);
            if (end == std::string_view::npos || end > b.range.end) end = b.range.end;
            std::size_t lb = at, le = end;
            trim_range(t, lb, le);
            if (lb < le) out.push_back({{lb, le}, at == b.range.begin ? BlockKind::Heading : BlockKind::Paragraph});
            at = end + 1;
        }
    }
    blocks = std::move(out);
}

std::string site_masthead(std::string_view text) {
    constexpr std::size_t kMaxWords = 6;
    const auto lines = first_lines(text, 4);
    if (lines.size() < 2) return {};
    const std::string_view name = lines[0];
    if (!is_upper_ascii(name[0]) && !is_digit_ascii(name[0])) return {};
    std::size_t words = 1;
    for (char ch : name) {
        if (ch == ' ') ++words;
        if (ch == ':' || ch == '|' || ch == '?' || ch == '!' || ch == ',') return {};
    }
    if (words > kMaxWords || name.back() == '.' || navigation_bar(name)) return {};
    for (std::size_t i = 1; i < lines.size(); ++i)
        if (navigation_bar(lines[i])) return ordinary_case(name);
    return {};
}

bool names_publication(std::string_view paragraph, std::string_view masthead) {
    if (masthead.empty()) return false;
    const std::string p = ascii_lower(paragraph);
    auto whole_word_at = [&](std::string_view written) {
        const std::string w = ascii_lower(written);
        for (std::size_t at = p.find(w); at != std::string_view::npos; at = p.find(w, at + 1)) {
            const bool before = at == 0 || !std::isalnum(static_cast<unsigned char>(p[at - 1]));
            const std::size_t e = at + w.size();
            const bool after = e == p.size() || !std::isalnum(static_cast<unsigned char>(p[e]));
            if (before && after) return true;
        }
        return false;
    };
    if (whole_word_at(masthead)) return true;
    const std::size_t sp = masthead.rfind(' ');
    if (sp == std::string_view::npos) return false;
    const std::string_view last = masthead.substr(sp + 1);
    return lexicons().outlet_words.count(last) && whole_word_at(last);
}

std::vector<DocumentAffiliation> layout_affiliations(std::string_view text, const std::vector<Block>& blocks,
                                                     const std::vector<ParagraphMentions>& pms,
                                                     const DocumentNames& names) {
    Layout L{text, blocks, pms, names, {}};
    for (std::size_t b = 0; b < pms.size() && b < blocks.size(); ++b)
        for (std::size_t k = 0; k < pms[b].mentions.size(); ++k) L.mentions.push_back({b, k, &pms[b].mentions[k]});
    std::vector<DocumentAffiliation> out;
    for (std::size_t b = 0; b < blocks.size() && b < pms.size(); ++b)
        for (Rule rule : kDocumentRules) rule(L, b, out);
    return out;
}

}  // namespace sg::loaders
