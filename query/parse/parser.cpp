// Drives the Lemon-generated parser (grammar.y) one token at a time, SQLite-style.
#include "query/parse/parser.hpp"

#include <cstdlib>
#include <algorithm>
#include <string>

#include "query/parse/grammar.h"
#include "query/limits.hpp"
#include "query/parse/parse_state.hpp"
#include "query/query_error.hpp"

// The generated parser's entry points (grammar.c, compiled as C++).
void* SgQueryParseAlloc(void* (*malloc_proc)(std::size_t), sg::query::ParseState* state);
void SgQueryParseFree(void* parser, void (*free_proc)(void*));
void SgQueryParse(void* parser, int major, const sg::query::Token* minor);
int SgQueryParseFallback(int token);

namespace sg::query {
namespace {

// The highest token code of the grammar (TK_ILLEGAL is declared last).
constexpr int kLastToken = TK_ILLEGAL;

// Owns one parser instance.
class Parser {
public:
    explicit Parser(ParseState& state) : p_(SgQueryParseAlloc(std::malloc, &state)), state_(state) {
        if (!p_) throw std::bad_alloc();
    }
    ~Parser() { SgQueryParseFree(p_, std::free); }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;
    // Feeds one token; false once the parse has failed.
    bool feed(int type, const Token* token) {
        SgQueryParse(p_, type, token);
        return !(state_.syntax_error || state_.stack_overflow || state_.value_error);
    }

private:
    void* p_;
    ParseState& state_;
};

// True if `prefix` followed by a token of type `candidate` parses without an error at the
// candidate: the exact LALR answer to "could this token stand here?".
bool accepts(const std::vector<Token>& tokens, std::size_t prefix, int candidate) {
    ParseState state;
    Parser parser(state);
    for (std::size_t i = 0; i < prefix; ++i)
        if (!parser.feed(tokens[i].type, &tokens[i])) return false;
    Token probe{candidate, 0, 0, candidate == TK_NUMBER ? "1" : "x"};
    return parser.feed(candidate, &probe);
}

// "expected one of: ..." for a syntax error at token index `at` (tokens.size() for the end).
std::string expected_tokens(const std::vector<Token>& tokens, std::size_t at) {
    std::vector<int> ok;
    for (int t = 1; t <= kLastToken; ++t) {
        if (t == TK_SEMI || t == TK_ILLEGAL) continue;
        if (accepts(tokens, at, t)) ok.push_back(t);
    }
    {
        ParseState state;
        Parser parser(state);
        bool fine = true;
        for (std::size_t i = 0; i < at && fine; ++i) fine = parser.feed(tokens[i].type, &tokens[i]);
        if (fine) {
            Token end{0, 0, 0, {}};
            if (parser.feed(0, &end)) ok.push_back(0);
        }
    }
    // Every keyword falls back to a name where a name may stand: list "a name" then, not every
    // keyword.
    const bool name_ok = std::find(ok.begin(), ok.end(), TK_WORD) != ok.end();
    std::string list;
    std::size_t shown = 0;
    for (int t : ok) {
        if (name_ok && t != TK_WORD && SgQueryParseFallback(t) == TK_WORD) continue;
        list += (shown++ ? ", " : "") + token_description(t);
    }
    if (shown == 0) return {};
    return (shown == 1 ? "; expected " : "; expected one of: ") + list;
}

bool opens(int type) { return type == TK_LPAREN || type == TK_LBRACKET || type == TK_LBRACE; }
bool closes(int type) { return type == TK_RPAREN || type == TK_RBRACKET || type == TK_RBRACE; }

}  // namespace

std::string nesting_message(std::size_t max_nesting) {
    return "the query nests more deeply than it may " + limit_note("max-nesting", max_nesting);
}

std::vector<StatementTokens> split_statements(std::vector<Token> tokens) {
    std::vector<StatementTokens> out;
    StatementTokens current;
    for (auto& t : tokens) {
        if (t.type == TK_SEMI) {
            if (!current.tokens.empty()) {
                mark_why_verbs(current.tokens);
                mark_period_by(current.tokens);
                out.push_back(std::move(current));
            }
            current = StatementTokens{};
            continue;
        }
        if (current.tokens.empty()) current.offset = t.offset;
        current.end = t.offset + t.length;
        current.tokens.push_back(std::move(t));
    }
    if (!current.tokens.empty()) {
        mark_why_verbs(current.tokens);
        mark_period_by(current.tokens);
        out.push_back(std::move(current));
    }
    return out;
}

std::unique_ptr<Statement> parse_statement(const StatementTokens& statement, std::size_t max_nesting) {
    const auto& tokens = statement.tokens;
    // Brackets first: the parser's stack grows with them, and the first error a user should see
    // in "((((...x" is the nesting, not what a bracket that deep would have had to contain.
    // A run of `not` nests too ("not not not x" is three levels), and is counted here so that
    // the caret stands under the first `not` past the bound, not at the end of the statement.
    std::size_t open = 0, nots = 0;
    for (const auto& t : tokens) {
        if (t.type == TK_ILLEGAL) throw QueryError(t.offset, "syntax error: " + t.text);
        if (opens(t.type)) ++open;
        if (t.type == TK_NOT) ++nots;
        else if (!opens(t.type)) nots = 0;
        if ((opens(t.type) || t.type == TK_NOT) && open + nots > max_nesting)
            throw QueryError(t.offset, nesting_message(max_nesting));
        if (closes(t.type) && open > 0) --open;
    }
    ParseState state;
    state.max_nesting = max_nesting;
    {
        Parser parser(state);
        std::size_t at = 0;
        for (; at < tokens.size(); ++at)
            if (!parser.feed(tokens[at].type, &tokens[at])) break;
        Token end{0, statement.end, 0, {}};
        if (at == tokens.size()) parser.feed(0, &end);
        if (state.stack_overflow) {
            const std::size_t off = at < tokens.size() ? tokens[at].offset : statement.end;
            throw QueryError(off, "out of memory for the parser's stack");
        }
        if (state.syntax_error) {
            if (at < tokens.size()) {
                const Token& bad = tokens[at];
                std::string message = "syntax error: unexpected " + quoted(bad.text) + expected_tokens(tokens, at);
                // A keyword that ends names (on, to, and, with...) where a name could go on.
                if (bad.type != TK_WORD && SgQueryParseFallback(bad.type) != TK_WORD && accepts(tokens, at, TK_WORD))
                    message += " (to use " + quoted(bad.text) + " in a name, put the name in quotes)";
                throw QueryError(bad.offset, message);
            }
            throw QueryError(statement.end, "syntax error: unexpected end of query" +
                                                expected_tokens(tokens, tokens.size()));
        }
    }
    if (state.value_error)
        throw QueryError(state.value_error_offset, state.value_error_message);
    if (!state.result) throw QueryError(statement.offset, "syntax error: incomplete query");
    return std::move(state.result);
}

}  // namespace sg::query
