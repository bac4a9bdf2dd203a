// Hand-written tokenizer for the query language (see tokenizer.hpp).
#include "query/parse/tokenizer.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "query/parse/grammar.h"

namespace sg::query {
namespace {

struct Keyword {
    const char* spelling;
    int type;
};

// Every spelling the tokenizer turns into a keyword token (lower case).
constexpr std::array kKeywords{
    Keyword{"who", TK_WHO},         Keyword{"supports", TK_SUPPORTS},
    Keyword{"opposes", TK_OPPOSES}, Keyword{"mentions", TK_MENTIONS},
    Keyword{"agrees", TK_AGREES},   Keyword{"disagrees", TK_DISAGREES},
    Keyword{"with", TK_WITH},       Keyword{"on", TK_ON},
    Keyword{"what", TK_WHAT},       Keyword{"does", TK_DOES},
    Keyword{"say", TK_SAY},         Keyword{"about", TK_ABOUT},
    Keyword{"stance", TK_STANCE},   Keyword{"of", TK_OF},
    Keyword{"members", TK_MEMBERS}, Keyword{"affiliations", TK_AFFILIATIONS},
    Keyword{"claims", TK_CLAIMS},   Keyword{"in", TK_IN},
    Keyword{"search", TK_SEARCH},   Keyword{"neighbours", TK_NEIGHBOURS},
    Keyword{"neighbors", TK_NEIGHBOURS}, Keyword{"depth", TK_DEPTH},
    Keyword{"path", TK_PATH},       Keyword{"from", TK_FROM},
    Keyword{"to", TK_TO},           Keyword{"count", TK_COUNT},
    Keyword{"by", TK_BY},           Keyword{"list", TK_LIST},
    Keyword{"match", TK_MATCH},     Keyword{"return", TK_RETURN},
    Keyword{"as", TK_AS},           Keyword{"contains", TK_CONTAINS},
    Keyword{"where", TK_WHERE},     Keyword{"and", TK_AND},
    Keyword{"or", TK_OR},           Keyword{"not", TK_NOT},
    Keyword{"comments", TK_COMMENTS}, Keyword{"order", TK_ORDER},
    Keyword{"desc", TK_DESC},       Keyword{"asc", TK_ASC},
    Keyword{"limit", TK_LIMIT},
    Keyword{"explain", TK_EXPLAIN}, Keyword{"distinct", TK_DISTINCT},
    Keyword{"collect", TK_COLLECT}, Keyword{"majority", TK_MAJORITY},
    Keyword{"why", TK_WHY},
};

// The verbs of `why does X support|oppose|mention P` and the `claim` of `why claim C`: keywords
// only there (mark_why_verbs).
constexpr std::array kWhyVerbs{Keyword{"support", TK_SUPPORT}, Keyword{"oppose", TK_OPPOSE},
                               Keyword{"mention", TK_MENTION}, Keyword{"claim", TK_CLAIM}};

bool is_ascii_alnum(unsigned char c) { return std::isalnum(c) != 0; }

// Length of the UTF-8 sequence starting with byte c (1 for invalid lead bytes, so that the scan
// always advances).
std::size_t utf8_length(unsigned char c) {
    if (c < 0xC0) return 1;
    if (c < 0xE0) return 2;
    if (c < 0xF0) return 3;
    return 4;
}

bool starts_with_at(std::string_view text, std::size_t i, std::string_view what) {
    return text.substr(i, what.size()) == what;
}

// Typographic quote marks that open and close strings.
constexpr std::string_view kLeftDouble = "\u201C", kRightDouble = "\u201D";
constexpr std::string_view kLeftSingle = "\u2018", kRightSingle = "\u2019";

// A byte that can be part of a word: ASCII letters, digits, '_', '&', and any non-ASCII byte that
// does not begin a typographic quote mark.
bool word_byte(std::string_view text, std::size_t i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) return is_ascii_alnum(c) || c == '_' || c == '&';
    if (starts_with_at(text, i, kLeftDouble) || starts_with_at(text, i, kRightDouble) ||
        starts_with_at(text, i, kLeftSingle) || starts_with_at(text, i, kRightSingle))
        return false;
    return true;
}

bool word_start_at(std::string_view text, std::size_t i) {
    return i < text.size() && word_byte(text, i);
}

// Length of the apostrophe at j when it ends a plural possessive (the word before it ends in
// "s" and no word goes on after it), else 0.
std::size_t plural_possessive_mark(std::string_view text, std::size_t j) {
    if (j == 0 || (text[j - 1] != 's' && text[j - 1] != 'S')) return 0;
    std::size_t len = 0;
    if (text[j] == '\'') len = 1;
    else if (starts_with_at(text, j, kRightSingle)) len = kRightSingle.size();
    if (len == 0 || word_start_at(text, j + len)) return 0;
    return len;
}

Token make(int type, std::size_t offset, std::size_t length, std::string text) {
    return Token{type, offset, length, std::move(text)};
}

// Scans a quoted string opening at i; returns its token (ILLEGAL when unterminated).
Token scan_string(std::string_view text, std::size_t i) {
    std::string_view close;
    std::size_t open_len = 1;
    if (text[i] == '"') close = "\"";
    else if (text[i] == '\'') close = "'";
    else if (starts_with_at(text, i, kLeftDouble)) { close = kRightDouble; open_len = kLeftDouble.size(); }
    else { close = kRightSingle; open_len = kLeftSingle.size(); }
    std::string value;
    std::size_t j = i + open_len;
    while (j < text.size() && text[j] != '\n') {
        if (text[j] == '\\' && j + 1 < text.size() && (text[j + 1] == '\\' || text[j + 1] == close[0])) {
            value += text[j + 1];
            j += 2;
            continue;
        }
        if (starts_with_at(text, j, close)) {
            return make(TK_STRING, i, j + close.size() - i, std::move(value));
        }
        value += text[j];
        ++j;
    }
    return make(TK_ILLEGAL, i, j - i, "unterminated string");
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '\n' || c == ';') {
            out.push_back(make(TK_SEMI, i, 1, std::string(1, c)));
            ++i;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') { ++i; continue; }
        if (c == '#') {
            while (i < text.size() && text[i] != '\n') ++i;
            continue;
        }
        if (c == '"' || c == '\'' || starts_with_at(text, i, kLeftDouble) || starts_with_at(text, i, kLeftSingle)) {
            Token t = scan_string(text, i);
            i += t.length;
            out.push_back(std::move(t));
            continue;
        }
        if (word_byte(text, i)) {
            std::size_t j = i;
            while (j < text.size()) {
                if (word_byte(text, j)) { j += utf8_length(static_cast<unsigned char>(text[j])); continue; }
                // Inner hyphens and apostrophes join words (co-commissioning, O'Neill, O’Neill),
                // and inner dots make one word of file names and properties: a.txt, p.name (the
                // parser splits a MATCH reference at its dot).
                if ((text[j] == '-' || text[j] == '\'' || text[j] == '.') && word_start_at(text, j + 1)) { ++j; continue; }
                if (starts_with_at(text, j, kRightSingle) && word_start_at(text, j + kRightSingle.size())) {
                    j += kRightSingle.size();
                    continue;
                }
                // A plural possessive keeps its apostrophe: "Growers' Association", "Nurses’ Union".
                // A string never opens straight after a word, so this takes no quote from one.
                j += plural_possessive_mark(text, j);
                break;
            }
            j = std::min(j, text.size());
            std::string word(text.substr(i, j - i));
            const bool digits = std::all_of(word.begin(), word.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
            if (digits) {
                // A decimal number: digits '.' digits (but "1..3" is a range).
                std::size_t k = j;
                if (k + 1 < text.size() && text[k] == '.' && std::isdigit(static_cast<unsigned char>(text[k + 1]))) {
                    ++k;
                    while (k < text.size() && std::isdigit(static_cast<unsigned char>(text[k]))) ++k;
                }
                out.push_back(make(TK_NUMBER, i, k - i, std::string(text.substr(i, k - i))));
                i = k;
                continue;
            }
            // A short abbreviation followed by a dot and a space ("Dr. Smith") keeps its dot.
            if (j < text.size() && text[j] == '.' && word.size() <= 4 &&
                (j + 1 == text.size() || text[j + 1] == ' ' || text[j + 1] == '\t')) {
                ++j;
                word += '.';
            }
            std::string lower = word;
            std::transform(lower.begin(), lower.end(), lower.begin(),
                           [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
            int type = TK_WORD;
            for (const auto& k : kKeywords)
                if (lower == k.spelling) type = k.type;
            out.push_back(make(type, i, j - i, std::move(word)));
            i = j;
            continue;
        }
        auto punct = [&](int type, std::size_t len) {
            out.push_back(make(type, i, len, std::string(text.substr(i, len))));
            i += len;
        };
        switch (c) {
            case '(': punct(TK_LPAREN, 1); continue;
            case ')': punct(TK_RPAREN, 1); continue;
            case '[': punct(TK_LBRACKET, 1); continue;
            case ']': punct(TK_RBRACKET, 1); continue;
            case '{': punct(TK_LBRACE, 1); continue;
            case '}': punct(TK_RBRACE, 1); continue;
            case ':': punct(TK_COLON, 1); continue;
            case ',': punct(TK_COMMA, 1); continue;
            case '*': punct(TK_STAR, 1); continue;
            case '=': punct(TK_EQ, 1); continue;
            case '|': punct(TK_PIPE, 1); continue;
            case '.': punct(starts_with_at(text, i, "..") ? TK_DOTDOT : TK_DOT, starts_with_at(text, i, "..") ? 2 : 1); continue;
            case '-': punct(starts_with_at(text, i, "->") ? TK_ARROW : TK_MINUS, starts_with_at(text, i, "->") ? 2 : 1); continue;
            case '!':
                if (starts_with_at(text, i, "!=")) { punct(TK_NE, 2); continue; }
                break;
            case '<':
                if (starts_with_at(text, i, "<>")) { punct(TK_NE, 2); continue; }
                if (starts_with_at(text, i, "<-")) { punct(TK_LARROW, 2); continue; }
                if (starts_with_at(text, i, "<=")) { punct(TK_LE, 2); continue; }
                punct(TK_LT, 1);
                continue;
            case '>':
                if (starts_with_at(text, i, ">=")) { punct(TK_GE, 2); continue; }
                punct(TK_GT, 1);
                continue;
            default:
                break;
        }
        const std::size_t len = std::min(utf8_length(static_cast<unsigned char>(c)), text.size() - i);
        out.push_back(make(TK_ILLEGAL, i, len, "unexpected character \"" + std::string(text.substr(i, len)) + "\""));
        i += len;
    }
    return out;
}

namespace {
std::string lower_word(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    return s;
}
}  // namespace

void mark_why_verbs(std::vector<Token>& statement) {
    std::size_t i = 0;
    if (!statement.empty() && statement[0].type == TK_EXPLAIN) i = 1;
    if (statement.size() < i + 2 || statement[i].type != TK_WHY) return;
    if (statement[i + 1].type == TK_WORD && lower_word(statement[i + 1].text) == "claim") {
        statement[i + 1].type = TK_CLAIM;
        return;
    }
    if (statement[i + 1].type != TK_DOES) return;
    for (std::size_t k = i + 2; k < statement.size(); ++k) {
        if (statement[k].type != TK_WORD) continue;
        const std::string lower = lower_word(statement[k].text);
        for (const auto& v : kWhyVerbs)
            if (lower == v.spelling && v.type != TK_CLAIM) statement[k].type = v.type;
    }
}

void mark_period_by(std::vector<Token>& statement) {
    auto ends_clause = [&](std::size_t k) {
        if (k == statement.size()) return true;
        const int t = statement[k].type;
        return t == TK_WHERE || t == TK_WITH || t == TK_ORDER || t == TK_LIMIT || t == TK_BY;
    };
    for (std::size_t k = 1; k + 1 < statement.size(); ++k) {
        if (statement[k].type != TK_BY || statement[k - 1].type == TK_CLAIMS) continue;  // count claims by X
        if (statement[k + 1].type != TK_WORD || !ends_clause(k + 2)) continue;
        std::string w = lower_word(statement[k + 1].text);
        if (w.size() > 1 && w.back() == 's') w.pop_back();
        if (w == "day" || w == "week" || w == "month" || w == "year") statement[k].type = TK_PERIOD;
    }
}

std::string token_description(int type) {
    for (const auto& k : kKeywords)
        if (k.type == type) return k.spelling;
    for (const auto& k : kWhyVerbs)
        if (k.type == type) return k.spelling;
    switch (type) {
        case 0: return "end of query";
        case TK_WORD: return "a name";
        case TK_STRING: return "a quoted string";
        case TK_NUMBER: return "a number";
        case TK_SEMI: return "\";\"";
        case TK_LPAREN: return "\"(\"";
        case TK_RPAREN: return "\")\"";
        case TK_LBRACKET: return "\"[\"";
        case TK_RBRACKET: return "\"]\"";
        case TK_LBRACE: return "\"{\"";
        case TK_RBRACE: return "\"}\"";
        case TK_COLON: return "\":\"";
        case TK_COMMA: return "\",\"";
        case TK_DOT: return "\".\"";
        case TK_DOTDOT: return "\"..\"";
        case TK_STAR: return "\"*\"";
        case TK_EQ: return "\"=\"";
        case TK_NE: return "\"<>\"";
        case TK_PERIOD: return "by day/week/month/year";
        case TK_LT: return "\"<\"";
        case TK_LE: return "\"<=\"";
        case TK_GT: return "\">\"";
        case TK_GE: return "\">=\"";
        case TK_MINUS: return "\"-\"";
        case TK_ARROW: return "\"->\"";
        case TK_LARROW: return "\"<-\"";
        case TK_PIPE: return "\"|\"";
        default: return "?";
    }
}

std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') { ++line; column = 1; }
        else if ((c & 0xC0) != 0x80) ++column;  // count code points, not continuation bytes
    }
    return {line, column};
}

std::string caret_message(std::string_view text, std::size_t offset, std::string_view message) {
    offset = std::min(offset, text.size());
    std::size_t begin = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    begin = (begin == std::string_view::npos || (offset == 0 && text.empty())) ? 0 : begin + 1;
    if (offset < begin) begin = 0;
    std::size_t end = text.find('\n', offset);
    if (end == std::string_view::npos) end = text.size();
    if (end > begin && text[end - 1] == '\r') --end;
    offset = std::min(offset, end);
    // A line of a megabyte (a generated query, a file with no newline) is shown as a window of
    // kCaretContext characters each side of the caret, with "..." where it was cut.
    constexpr std::size_t kCaretContext = 60;
    auto continuation = [&](std::size_t i) { return (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; };
    std::size_t from = offset, to = offset;
    for (std::size_t n = 0; from > begin && n < kCaretContext; ++n)
        do --from; while (from > begin && continuation(from));
    for (std::size_t n = 0; to < end && n < kCaretContext; ++n)
        do ++to; while (to < end && continuation(to));
    const bool cut_left = from > begin, cut_right = to < end;
    std::string out = cut_left ? "..." : "";
    out.append(text.substr(from, to - from));
    if (cut_right) out += "...";
    out += '\n';
    if (cut_left) out += "   ";
    for (std::size_t i = from; i < offset; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if ((c & 0xC0) != 0x80) out += (c == '\t' ? '\t' : ' ');
    }
    out += "^ ";
    out += message;
    return out;
}

const std::vector<std::string>& keywords() {
    static const std::vector<std::string> all = [] {
        std::vector<std::string> v;
        for (const auto& k : kKeywords) v.emplace_back(k.spelling);
        for (const auto& k : kWhyVerbs) v.emplace_back(k.spelling);
        return v;
    }();
    return all;
}

}  // namespace sg::query
