#include "loaders/stance/defined_terms.hpp"

#include <algorithm>

#include "loaders/common/lexicon_file.hpp"
#include "loaders/text/chars.hpp"

namespace sg::loaders::stance {

namespace {

// How far before its definition a measure's full name may begin naming a position: a long title
// ("the Renewable Energy Projects (Priority Assessment) Amendment Bill 2027") and no more.
constexpr std::size_t kDefinitionReach = 120;

// Skips a quotation mark at `k` (straight or typographic; not a backtick or an acute accent).
std::size_t past_quote(std::string_view s, std::size_t k) {
    std::size_t length = 0;
    const Mark m = mark_at(s, k, &length);
    return m == Mark::None || m == Mark::Backtick || m == Mark::Acute ? k : k + length;
}

// Whether `text` at `open` (a "(") holds "(the <noun>)" with a proposal noun, quotes allowed.
bool defines_measure(std::string_view text, std::size_t open, const Lexicons& lex) {
    std::size_t k = past_quote(text, open + 1);
    if (ascii_lower(text.substr(k, 4)) != "the ") return false;
    k += 4;
    std::size_t e = k;
    while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
    if (e == k || !lex.proposal_nouns.count(ascii_lower(text.substr(k, e - k)))) return false;
    e = past_quote(text, e);
    return e < text.size() && text[e] == ')';
}

}  // namespace

std::string defined_measure(std::string_view text, const std::vector<PositionMention>& named, const Lexicons& lex) {
    for (std::size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
        if (!defines_measure(text, open, lex)) continue;
        const std::size_t from = open > kDefinitionReach ? open - kDefinitionReach : 0;
        // the sentence's start: no sentence end between the name and its definition
        std::size_t start = from;
        for (std::size_t k = open; k-- > from;)
            if ((text[k] == '.' || text[k] == '\n') && k + 1 < text.size() && (text[k + 1] == ' ' || text[k + 1] == '\n')) {
                start = k + 1;
                break;
            }
        std::string id;
        for (const auto& m : named) {
            if (m.begin < start || m.end > open) continue;
            if (!id.empty() && id != m.position_id) return {};  // two positions: the measure is both
            id = m.position_id;
        }
        return id;
    }
    return {};
}

}  // namespace sg::loaders::stance
