// Known names with keywords inside (see known_names.hpp).
#include "query/parse/known_names.hpp"

#include <algorithm>

#include "query/parse/grammar.h"
#include "query/query_error.hpp"

namespace sg::query {
namespace {

// The longest name, in tokens, looked for (names are short; this bounds the work per statement).
constexpr std::size_t kMaxNameTokens = 16;

// Keywords are declared before WORD in grammar.y, so their codes are the smaller ones.
bool is_keyword(int type) { return type > 0 && type < TK_WORD; }
bool is_wordlike(int type) { return type == TK_WORD || type == TK_NUMBER || is_keyword(type); }

// The keywords that end a name in the grammar (they have no %fallback to WORD).
bool ends_names(int type) {
    switch (type) {
        case TK_WHERE: case TK_WITH: case TK_ORDER: case TK_LIMIT: case TK_ON: case TK_TO:
        case TK_AND: case TK_SAY: case TK_DEPTH: case TK_DESC: case TK_ASC:
        case TK_SUPPORT: case TK_OPPOSE: case TK_MENTION:  // only in `why does` statements
            return true;
        default:
            return false;
    }
}

}  // namespace

StatementTokens join_known_names(const StatementTokens& statement, const Binder& binder) {
    const auto& in = statement.tokens;
    StatementTokens out{statement.offset, statement.end, {}};
    const bool match = !in.empty() && (in[0].type == TK_MATCH || (in[0].type == TK_EXPLAIN && in.size() > 1 && in[1].type == TK_MATCH));
    std::size_t i = 0;
    while (i < in.size()) {
        std::size_t best = 0;  // one past the last token of the longest known name from i
        // A name never starts a statement (questions start with their keywords) nor with a keyword that ends one.
        if (!match && i > 0 && is_wordlike(in[i].type) && !ends_names(in[i].type)) {
            std::string text = in[i].text;
            bool has_ending = false;
            for (std::size_t j = i + 1; j < in.size() && j - i < kMaxNameTokens && is_wordlike(in[j].type); ++j) {
                text += ' ';
                text += in[j].text;
                has_ending = has_ending || ends_names(in[j].type);
                if (has_ending && !ends_names(in[j].type) && !binder.lookup(text).empty()) best = j + 1;
            }
        }
        if (best == 0) {
            out.tokens.push_back(in[i++]);
            continue;
        }
        Token joined{TK_STRING, in[i].offset, in[best - 1].offset + in[best - 1].length - in[i].offset, in[i].text};
        for (std::size_t k = i + 1; k < best; ++k) joined.text += " " + in[k].text;
        out.tokens.push_back(std::move(joined));
        i = best;
    }
    return out;
}

std::unique_ptr<Statement> parse_with_known_names(const StatementTokens& statement, const Binder& binder,
                                                  std::size_t max_nesting) {
    const StatementTokens joined = join_known_names(statement, binder);
    if (joined.tokens.size() == statement.tokens.size()) return parse_statement(statement, max_nesting);
    try {
        return parse_statement(joined, max_nesting);
    } catch (const QueryError&) {
        return parse_statement(statement, max_nesting);  // as typed; its error if it has one
    }
}

}  // namespace sg::query
