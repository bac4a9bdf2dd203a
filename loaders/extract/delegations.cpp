#include "loaders/extract/delegations.hpp"

#include "loaders/common/lexicon_file.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace sg::loaders {

namespace {

// Past a section number and the spaces after it: "2.1 ", "3. ", "(a) ", "iv) ".
std::size_t past_section_number(std::string_view text) {
    std::size_t k = 0;
    if (k < text.size() && text[k] == '(') ++k;
    const std::size_t digits = k;
    while (k < text.size() && (std::isdigit(static_cast<unsigned char>(text[k])) || text[k] == '.')) ++k;
    if (k == digits) {  // a letter or roman numeral in brackets: "(a)", "iv)"
        while (k < text.size() && k - digits < 4 && std::islower(static_cast<unsigned char>(text[k]))) ++k;
        if (k == digits || k >= text.size() || text[k] != ')') return 0;
        ++k;
    } else if (k < text.size() && text[k] == ')') {
        ++k;
    }
    if (k >= text.size() || text[k] != ' ') return 0;
    while (k < text.size() && text[k] == ' ') ++k;
    return k;
}

// How far after the body's name its brackets may close: a name, a role, a second witness.
constexpr std::size_t kBracketReach = 120;

}  // namespace

// Whether `words` are a name of capitalised words (2 to 8, "of", "and", "the", "&" between).
bool capitalised_name(std::string_view words) {
    std::size_t n = 0, pos = 0;
    while (pos < words.size()) {
        while (pos < words.size() && words[pos] == ' ') ++pos;
        std::size_t e = words.find(' ', pos);
        if (e == std::string_view::npos) e = words.size();
        if (e == pos) break;
        const std::string_view w = words.substr(pos, e - pos);
        const bool minor = w == "of" || w == "and" || w == "the" || w == "&" || w == "for";
        if (!minor && !std::isupper(static_cast<unsigned char>(w[0]))) return false;
        ++n;
        pos = e;
    }
    return n >= 2 && n <= 8;
}

std::optional<Delegation> delegation_opening(std::string_view text, std::size_t begin,
                                             const std::vector<Mention>& mentions) {
    const std::size_t start = past_section_number(text);
    const std::size_t open = text.find('(', start);
    if (open == std::string_view::npos || open == start) return std::nullopt;
    const std::size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > kBracketReach) return std::nullopt;
    // the body's name: from the opening up to the bracket, less a full stop ("Inc.") and spaces
    std::size_t name_end = open;
    while (name_end > start && text[name_end - 1] == ' ') --name_end;
    if (name_end > start && text[name_end - 1] == '.') --name_end;
    Delegation d;
    d.name_begin = begin + start;
    d.name_end = begin + name_end;
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        const Mention& m = mentions[i];
        if (m.end <= d.name_begin) continue;
        if (m.begin >= begin + open) break;
        // the name is one organisation mention, or no mention at all, or a "person" of three
        // words or more with no title that the mention finder made of a body's name ("Holiday
        // Hosts Aotearoa"): another person's name in its brackets says it is none
        if (m.begin != d.name_begin) return std::nullopt;
        if (m.kind == MentionKind::Person && m.title.empty() && m.names.size() >= 3 && m.end == d.name_end) continue;
        if (m.kind != MentionKind::Organisation) return std::nullopt;
        d.body = i;
    }
    if (d.body == Delegation::kNone && !capitalised_name(text.substr(start, name_end - start))) return std::nullopt;
    for (std::size_t j = 0; j < mentions.size(); ++j) {
        const Mention& p = mentions[j];
        if (p.begin <= begin + open) continue;
        if (p.begin >= begin + close) break;
        if (p.kind != MentionKind::Person) return std::nullopt;  // the first name in brackets speaks
        d.speaker = j;
        // "(Simon Carver, chair)", "(Ms J. Whitcombe, Co-Chair; Mr A. Pelkey)"
        std::size_t r = p.end - begin;
        if (r < close && text[r] == ',') {
            ++r;
            while (r < close && text[r] == ' ') ++r;
            std::size_t e = r;
            while (e < close && text[e] != ';' && text[e] != ',') ++e;
            d.role = text.substr(r, e - r);
        }
        return d;
    }
    return std::nullopt;
}

void mark_delegations(DocumentResult& out, std::string_view t, const std::vector<Block>& blocks,
                      const std::vector<ParagraphMentions>& pms, DocumentEntities& ents) {
    for (std::size_t i = 0; i < blocks.size() && i < pms.size(); ++i) {
        const Block& b = blocks[i];
        if (b.kind != BlockKind::Paragraph) continue;
        const auto d = delegation_opening(t.substr(b.range.begin, b.range.end - b.range.begin), b.range.begin, pms[i].mentions);
        if (!d) continue;
        const std::string body = d->body != Delegation::kNone
                                     ? ents.resolve(pms[i].mentions[d->body])
                                     : ents.add_organisation(std::string(t.substr(d->name_begin, d->name_end - d->name_begin)));
        const std::string speaker = ents.resolve(pms[i].mentions[d->speaker]);
        if (body.empty() || speaker.empty()) continue;
        const bool known = std::any_of(out.affiliations.begin(), out.affiliations.end(), [&](const AffiliationRecord& a) {
            return a.person_key == speaker && a.org_key == body;
        });
        if (!known) out.affiliations.push_back({speaker, body, ascii_lower(d->role)});
        for (auto& c : out.claims)
            if (c.speaker_key == speaker && c.span.start >= b.range.begin && c.span.end <= b.range.end)
                c.spoken_for.push_back(body);
    }
}

}  // namespace sg::loaders
