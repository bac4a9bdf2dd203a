#include "loaders/exports/export_layouts.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "loaders/metadata/dates.hpp"

namespace sg::loaders {
namespace {

using Range = std::pair<std::size_t, std::size_t>;

// A line of the text, its white space trimmed off both ends (the range is still in the file).
struct Line {
    std::size_t begin, end;
    bool empty() const { return begin == end; }
};

std::vector<Line> lines_of(std::string_view t, std::size_t from = 0, std::size_t to = std::string_view::npos) {
    to = std::min(to, t.size());
    std::vector<Line> out;
    for (std::size_t b = from; b < to;) {
        std::size_t e = t.find('\n', b);
        if (e == std::string_view::npos || e > to) e = to;
        std::size_t s = b, f = e;
        while (s < f && (t[s] == ' ' || t[s] == '\t')) ++s;
        while (f > s && (t[f - 1] == ' ' || t[f - 1] == '\t')) --f;
        out.push_back({s, f});
        b = e + 1;
    }
    return out;
}

std::string_view view(std::string_view t, const Line& l) { return t.substr(l.begin, l.end - l.begin); }

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

bool is_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "12 of 57 DOCUMENTS" -> 57.
std::optional<std::size_t> documents_separator(std::string_view line) {
    const auto of = line.find(" of ");
    if (of == std::string_view::npos) return std::nullopt;
    const auto rest = line.substr(of + 4);
    const auto space = rest.find(' ');
    if (space == std::string_view::npos || !is_digits(line.substr(0, of)) || !is_digits(rest.substr(0, space)))
        return std::nullopt;
    const std::string word = upper(rest.substr(space + 1));
    if (word != "DOCUMENTS" && word != "DOCUMENT") return std::nullopt;
    return std::stoul(std::string(rest.substr(0, space)));
}

// The field names of LexisNexis and Nexis Uni headers and trailers ("BYLINE:", "Load-Date:").
constexpr std::array kFieldNames{"BYLINE",     "SECTION",       "LENGTH",   "DATELINE",     "HIGHLIGHT",
                                 "LOAD-DATE",  "LANGUAGE",      "PUBLICATION-TYPE", "PUB-TYPE", "GRAPHIC",
                                 "TYPE",       "URL",           "JOURNAL-CODE", "DOCUMENT-TYPE", "SUBJECT",
                                 "CORRECTION-DATE", "CORRECTION", "NOTES",   "SERIES",       "ORGANIZATION",
                                 "PERSON",     "GEOGRAPHIC",    "COUNTRY",  "CITY",         "STATE",
                                 "INDUSTRY",   "DISTRIBUTION",  "ACC-NO",   "VERSION",      "EDITION"};
// The fields that come after the body: the first of them ends it.
constexpr std::array kTrailerNames{"LOAD-DATE", "LANGUAGE", "PUBLICATION-TYPE", "PUB-TYPE", "JOURNAL-CODE",
                                   "SUBJECT", "URL", "CORRECTION-DATE", "GRAPHIC", "NOTES", "DOCUMENT-TYPE"};

template <std::size_t N>
bool in(const std::array<const char*, N>& names, std::string_view name) {
    for (const char* n : names)
        if (name == n) return true;
    return false;
}

// "BYLINE: Denis Campbell" -> {"BYLINE", "Denis Campbell"}; any case of a known name.
struct Field {
    std::string name;  // upper case
    Line value;
};
std::optional<Field> field_line(std::string_view t, const Line& l) {
    const std::string_view s = view(t, l);
    const auto colon = s.find(':');
    if (colon == std::string_view::npos || colon < 2 || colon > 24) return std::nullopt;
    std::string name = upper(s.substr(0, colon));
    if (!in(kFieldNames, name)) return std::nullopt;
    std::size_t v = l.begin + colon + 1;
    while (v < l.end && (t[v] == ' ' || t[v] == '\t')) ++v;
    return Field{std::move(name), {v, l.end}};
}

// The date of a header line: "June 12, 2014 Thursday", "June 12, 2014 Thursday 4:05 PM GMT".
std::optional<std::string> header_date(std::string_view line) {
    if (line.size() > 80) return std::nullopt;
    std::string s(line);
    for (int words = 0; words < 6 && !s.empty(); ++words) {
        if (auto d = read_date(s)) return d;
        const auto space = s.rfind(' ');
        if (space == std::string::npos) break;
        s.resize(space);
    }
    return std::nullopt;
}

std::string byline_name(std::string s) {
    if (s.size() > 3 && upper(s.substr(0, 3)) == "BY ") s = s.substr(3);
    return s;
}

// Consecutive non-empty lines of lines[from, to) as paragraphs.
void add_paragraphs(const std::vector<Line>& lines, std::size_t from, std::size_t to, std::vector<Range>& out) {
    for (std::size_t i = from; i < to;) {
        if (lines[i].empty()) {
            ++i;
            continue;
        }
        const std::size_t b = lines[i].begin;
        std::size_t e = lines[i].end;
        while (++i < to && !lines[i].empty()) e = lines[i].end;
        out.push_back({b, e});
    }
}

void set_field(ExportArticle& a, std::string_view t, const Field& f) {
    const std::string value(t.substr(f.value.begin, f.value.end - f.value.begin));
    if (f.name == "BYLINE") a.info.author = byline_name(value);
    else if (f.name == "SECTION") a.info.section = value;
    else if (f.name == "LENGTH") a.length = value;
    else if (f.name == "PUBLICATION-TYPE" || f.name == "PUB-TYPE") a.info.type = value;
    else if (f.name == "URL") a.info.url = value;
    else if (f.name == "LOAD-DATE" && a.info.date.empty()) {
        if (auto d = header_date(value)) a.info.date = *d;
    }
}

// Nexis Uni puts several fields on one line: "Section: NEWS; Version:2; Length: 612 words".
void set_fields(ExportArticle& a, std::string_view t, const Line& l) {
    std::size_t b = l.begin;
    while (b < l.end) {
        std::size_t e = t.find(';', b);
        if (e == std::string_view::npos || e > l.end) e = l.end;
        Line part{b, e};
        while (part.begin < part.end && t[part.begin] == ' ') ++part.begin;
        if (auto f = field_line(t, part)) set_field(a, t, *f);
        b = e + 1;
    }
}

// The lines of one LexisNexis Academic article (after its separator).
ExportArticle lexis_article(std::string_view t, const std::vector<Line>& lines, std::size_t from, std::size_t to,
                            bool last) {
    ExportArticle a;
    std::size_t i = from;
    // Header: outlet, date, edition, headline, in blocks separated by blank lines.
    std::vector<std::vector<Line>> blocks;
    for (bool gap = true; i < to && !field_line(t, lines[i]); ++i) {
        if (lines[i].empty()) {
            gap = true;
            continue;
        }
        if (gap) blocks.emplace_back();
        gap = false;
        blocks.back().push_back(lines[i]);
    }
    std::size_t date_block = blocks.size();
    for (std::size_t b = 0; b < blocks.size() && date_block == blocks.size(); ++b)
        for (const auto& l : blocks[b])
            if (auto d = header_date(view(t, l))) {
                a.info.date = *d;
                date_block = b;
                break;
            }
    if (!blocks.empty()) a.info.source = std::string(view(t, blocks.front().front()));
    if (blocks.size() >= 2 && blocks.size() - 1 > (date_block == blocks.size() ? 0 : date_block))
        a.headline = {blocks.back().front().begin, blocks.back().back().end};
    // Fields, the body, the trailer.
    std::size_t body_from = to, body_to = to;
    bool ended = false;
    for (; i < to; ++i) {
        if (lines[i].empty()) continue;
        const auto f = field_line(t, lines[i]);
        if (body_from == to) {
            if (f) {
                set_field(a, t, *f);
                continue;
            }
            body_from = i;
        }
        if (f && in(kTrailerNames, f->name)) {
            if (body_to == to) body_to = i;
            set_field(a, t, *f);
            ended = true;
        }
    }
    if (body_from < body_to) add_paragraphs(lines, body_from, body_to, a.body);
    // the trailer's copyright line is no paragraph: it stands after the trailer fields
    a.cut_off = last && !ended;
    return a;
}

ExportSplit split_lexis(std::string_view t) {
    ExportSplit out;
    const auto lines = lines_of(t);
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (auto total = documents_separator(view(t, lines[i]))) {
            starts.push_back(i);
            out.announced = std::max(out.announced, *total);
        }
    for (std::size_t k = 0; k < starts.size(); ++k) {
        const std::size_t to = k + 1 < starts.size() ? starts[k + 1] : lines.size();
        out.articles.push_back(lexis_article(t, lines, starts[k] + 1, to, k + 1 == starts.size()));
    }
    return out;
}

ExportArticle nexis_uni_article(std::string_view t, const std::vector<Line>& lines, std::size_t from, std::size_t to,
                                bool ended) {
    ExportArticle a;
    std::size_t body_line = to;
    for (std::size_t i = from; i < to; ++i)
        if (view(t, lines[i]) == "Body") {
            body_line = i;
            break;
        }
    // Header: headline, outlet, date, copyright; then field lines.
    std::size_t last_field = from;
    int header_lines = 0;
    for (std::size_t i = from; i < std::min(body_line, to); ++i) {
        if (lines[i].empty()) continue;
        if (field_line(t, lines[i])) {
            set_fields(a, t, lines[i]);
            last_field = i + 1;
            continue;
        }
        const std::string_view s = view(t, lines[i]);
        if (header_lines == 0) a.headline = {lines[i].begin, lines[i].end};
        else if (header_lines == 1) a.info.source = std::string(s);
        else if (a.info.date.empty())
            if (auto d = header_date(s)) a.info.date = *d;
        ++header_lines;
    }
    std::size_t body_from = body_line < to ? body_line + 1 : last_field, body_to = to;
    for (std::size_t i = body_from; i < to; ++i) {
        const std::string_view s = view(t, lines[i]);
        const auto f = field_line(t, lines[i]);
        if ((f && in(kTrailerNames, f->name)) || s == "Classification" || s == "Graphic") {
            body_to = i;
            for (std::size_t k = i; k < to; ++k)
                if (auto g = field_line(t, lines[k])) set_field(a, t, *g);
            break;
        }
    }
    add_paragraphs(lines, body_from, body_to, a.body);
    a.cut_off = !ended;
    return a;
}

ExportSplit split_nexis_uni(std::string_view t) {
    ExportSplit out;
    const auto lines = lines_of(t);
    std::size_t from = 0;
    for (std::size_t i = 0; i <= lines.size(); ++i) {
        const bool end = i < lines.size() && view(t, lines[i]) == "End of Document";
        if (!end && i < lines.size()) continue;
        bool blank = true;
        for (std::size_t k = from; k < i && blank; ++k) blank = lines[k].empty();
        if (!blank) out.articles.push_back(nexis_uni_article(t, lines, from, i, end));
        from = i + 1;
    }
    return out;
}

// Factiva's codes for the fields of an article.
constexpr std::array kFactivaCodes{"HD", "BY", "CR", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "LA", "CY", "LP",
                                   "TD", "CT", "RF", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "SE",
                                   "CLM", "ART", "NGC", "RST", "HLP", "VOL"};

// "HD" alone on its line, or "HD  The headline" (the code, then two spaces or a tab).
std::optional<std::pair<std::string, Line>> factiva_code(std::string_view t, const Line& l) {
    const std::string_view s = view(t, l);
    std::size_t n = 0;
    while (n < s.size() && n < 4 && s[n] >= 'A' && s[n] <= 'Z') ++n;
    if (n < 2) return std::nullopt;
    const std::string code(s.substr(0, n));
    if (!in(kFactivaCodes, code)) return std::nullopt;
    if (n == s.size()) return std::pair{code, Line{l.end, l.end}};
    if (s[n] == '\t' || s.substr(n, 2) == "  ") {
        std::size_t v = l.begin + n;
        while (v < l.end && (t[v] == ' ' || t[v] == '\t')) ++v;
        return std::pair{code, Line{v, l.end}};
    }
    return std::nullopt;
}

bool factiva_end(std::string_view line) {
    if (line.substr(0, 9) != "Document ") return false;
    const auto id = line.substr(9);
    return id.size() >= 12 && id.size() <= 40 &&
           std::all_of(id.begin(), id.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

// `lines` is the split's own copy: a code's line is narrowed to the value written after it.
ExportArticle factiva_article(std::string_view t, std::vector<Line>& lines, std::size_t from, std::size_t to,
                              bool ended) {
    ExportArticle a;
    std::string code;
    std::size_t value_from = from;
    auto close = [&](std::size_t value_to) {
        if (code.empty()) return;
        std::vector<Range> paras;
        add_paragraphs(lines, value_from, value_to, paras);
        if (paras.empty()) return;
        auto text = [&](const Range& r) { return std::string(t.substr(r.first, r.second - r.first)); };
        if (code == "HD") a.headline = paras.front();
        else if (code == "BY") a.info.author = byline_name(text(paras.front()));
        else if (code == "WC") a.length = text(paras.front());
        else if (code == "PD") {
            if (auto d = header_date(text(paras.front()))) a.info.date = *d;
        } else if (code == "SN") a.info.source = text(paras.front());
        else if (code == "SE") a.info.section = text(paras.front());
        else if (code == "LP" || code == "TD") a.body.insert(a.body.end(), paras.begin(), paras.end());
    };
    for (std::size_t i = from; i < to; ++i) {
        auto c = factiva_code(t, lines[i]);
        if (!c) continue;
        close(i);
        code = c->first;
        if (c->second.begin < c->second.end) {  // "HD  The headline": the value starts on this line
            lines[i] = c->second;
            value_from = i;
        } else {
            value_from = i + 1;
        }
    }
    close(to);
    a.cut_off = !ended;
    return a;
}

// The line that ends an article: "Document GRDN0000..." alone, or after the code AN.
bool factiva_article_end(std::string_view t, const Line& l) {
    if (factiva_end(view(t, l))) return true;
    const auto c = factiva_code(t, l);
    return c && c->first == "AN" && factiva_end(view(t, c->second));
}

ExportSplit split_factiva(std::string_view t) {
    ExportSplit out;
    auto lines = lines_of(t);
    std::size_t from = 0;
    for (std::size_t i = 0; i <= lines.size(); ++i) {
        const bool end = i < lines.size() && factiva_article_end(t, lines[i]);
        if (!end && i < lines.size()) continue;
        bool any_code = false;
        for (std::size_t k = from; k < i && !any_code; ++k) any_code = factiva_code(t, lines[k]).has_value();
        if (any_code) out.articles.push_back(factiva_article(t, lines, from, i, end));
        from = i + 1;
    }
    return out;
}

}  // namespace

const char* layout_name(ExportLayout layout) {
    switch (layout) {
        case ExportLayout::LexisNexis: return "LexisNexis";
        case ExportLayout::NexisUni: return "Nexis Uni";
        case ExportLayout::Factiva: return "Factiva";
        case ExportLayout::None: break;
    }
    return "none";
}

ExportLayout export_layout(std::string_view text) {
    const auto head = lines_of(text, 0, std::min<std::size_t>(text.size(), 64 * 1024));
    bool hd = false, load_date = false;
    for (const auto& l : head) {
        const std::string_view s = view(text, l);
        if (documents_separator(s)) return ExportLayout::LexisNexis;
        if (s == "End of Document" && load_date) return ExportLayout::NexisUni;
        if (hd && factiva_article_end(text, l)) return ExportLayout::Factiva;
        if (auto f = factiva_code(text, l); f && f->first == "HD") hd = true;
        if (auto f = field_line(text, l); f && (f->name == "LOAD-DATE" || f->name == "BYLINE" || f->name == "LENGTH"))
            load_date = true;
    }
    return ExportLayout::None;
}

ExportSplit split_export(std::string_view text, ExportLayout layout) {
    ExportSplit out;
    switch (layout) {
        case ExportLayout::LexisNexis: out = split_lexis(text); break;
        case ExportLayout::NexisUni: out = split_nexis_uni(text); break;
        case ExportLayout::Factiva: out = split_factiva(text); break;
        case ExportLayout::None: break;
    }
    out.layout = layout;
    return out;
}

}  // namespace sg::loaders
