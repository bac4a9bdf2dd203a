// The query language grammar, for the Lemon LALR(1) parser generator.
//
// One statement per parse: the driver (query/parse/parser.cpp) splits the token stream at ';' and
// newlines and feeds each statement to a fresh parser, so a batch file can report and skip a bad
// statement. Every value a rule allocates is owned by exactly one place: the action that uses it,
// or the %destructor that runs when Lemon pops it unused (after a syntax error). Actions never
// throw; errors are recorded in the ParseState (%extra_context) and raised by the driver.
//
// Most keywords fall back to WORD (%fallback), as in SQLite: inside a name they are plain words
// ("members of the Board of Health"). The keywords that END a name (where, with, order, limit, on,
// to, and, say, depth, desc, asc) cannot fall back: Lemon prefers a fallback shift over a default
// reduction, so they would never end a name. Names containing them are quoted. Each place a name
// stands has its own word-list non-terminal, which keeps the grammar's states apart.

%name SgQueryParse
%token_prefix TK_
%token_type {const sg::query::Token*}
%extra_context {sg::query::ParseState* state}
// A stack that grows (YYSTACKDEPTH 0): it is bounded by the statement's tokens, and the nesting
// a user may ask for is bounded by --max-nesting (checked by the driver and the expr actions).
%stack_size 0
%start_symbol input

%include {
#include <algorithm>
#include <cassert>
#include <cctype>
#include <cstdlib>
#include <memory>
#include <string>
#include "query/parse/parse_state.hpp"
using namespace sg::query;
#include <cstdio>
// The growing stack (%stack_size 0) is C: `pNew = malloc(...)` assigns a void* to a typed
// pointer, which C++ refuses. These two macros, seen only by this generated file, return a value
// that converts to any object pointer. The entries are trivially copyable (a union of pointers),
// so moving them with realloc is sound.
namespace {
struct AnyPointer {
    void* p;
    template <class T> operator T*() const { return static_cast<T*>(p); }
    explicit operator bool() const { return p != nullptr; }
};
}  // namespace
#define malloc(n) (AnyPointer{std::malloc(n)})
#define realloc(old, n) (AnyPointer{std::realloc((old), (n))})
// Lemon's generated tables compare int with unsigned in places.
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wunused-variable"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"

namespace {
Name* word_name(const Token* t) { return new Name{t->text, t->offset, false}; }
Name* append_word(Name* n, const Token* t) { n->text += ' '; n->text += t->text; return n; }
Statement* new_statement(Question q, const Token* at) {
    auto* s = new Statement();
    s->question = q;
    s->offset = at->offset;
    return s;
}
Statement* with_subject(Statement* s, Name* n) { s->subject = std::move(*n); delete n; return s; }
void set_object(Statement* s, Name* n) { if (n) { s->object = std::move(*n); delete n; } }
// Integers in the language are small counts (limit, depth, hops); anything larger is refused.
bool parse_count(const Token* t, std::uint64_t& out) {
    if (t->text.empty() || t->text.size() > 9 || t->text.find('.') != std::string::npos) return false;
    out = std::strtoull(t->text.c_str(), nullptr, 10);
    return true;
}
// The tokenizer keeps "p.name" as one word; a reference splits it at the first dot.
Reference* split_reference(const Token* t) {
    const auto dot = t->text.find('.');
    if (dot == std::string::npos) return new Reference{t->text, {}, t->offset};
    return new Reference{t->text.substr(0, dot), t->text.substr(dot + 1), t->offset};
}
void value_error(ParseState* st, const Token* t, std::string message) {
    if (!st->value_error) {
        st->value_error = true;
        st->value_error_offset = t->offset;
        st->value_error_message = std::move(message);
    }
}
// `by day|week|month|year` (plural spellings too); anything else is a value error at the word.
Period parse_period(ParseState* st, const Token* t) {
    std::string w = t->text;
    std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (w.size() > 1 && w.back() == 's') w.pop_back();
    if (w == "day") return Period::Day;
    if (w == "week") return Period::Week;
    if (w == "month") return Period::Month;
    if (w == "year") return Period::Year;
    value_error(st, t, "unknown period \"" + t->text + "\" after by; periods are day, week, month, year");
    return Period::Month;
}
// and / or / not over sub-expressions, refused past --max-nesting levels so that no recursion
// over the tree (evaluation, printing, destruction) goes deeper than the user allowed.
Expr* combine(ParseState* st, const Token* op_token, Expr::Op op, Expr* l, Expr* r) {
    auto* e = new Expr();
    e->op = op;
    e->left.reset(l);
    e->right.reset(r);
    e->depth = 1 + std::max(l->depth, r ? r->depth : 0u);
    if (e->depth > st->max_nesting) value_error(st, op_token, nesting_message(st->max_nesting));
    return e;
}
}  // namespace
}

%syntax_error {
    state->syntax_error = true;
    state->error_token = yyminor;
}
%stack_overflow {
    state->stack_overflow = true;
}
%parse_failure {
    state->syntax_error = true;
}

// Token order is the order of the "expected one of" lists in syntax errors.
%token WHO SUPPORTS OPPOSES MENTIONS AGREES DISAGREES WITH ON WHAT DOES SAY ABOUT STANCE OF
       MEMBERS AFFILIATIONS CLAIMS IN SEARCH NEIGHBOURS DEPTH PATH FROM TO COUNT BY LIST
       MATCH RETURN AS CONTAINS WHERE AND OR NOT COMMENTS ORDER DESC ASC LIMIT
       EXPLAIN DISTINCT COLLECT MAJORITY WHY SUPPORT OPPOSE MENTION CLAIM.
%token WORD STRING NUMBER SEMI LPAREN RPAREN LBRACKET RBRACKET LBRACE RBRACE COLON COMMA DOT
       DOTDOT STAR EQ NE LT LE GT GE MINUS ARROW LARROW PIPE PERIOD ILLEGAL.

%fallback WORD WHO SUPPORTS OPPOSES MENTIONS AGREES DISAGREES WHAT DOES ABOUT STANCE OF
       MEMBERS AFFILIATIONS CLAIMS IN SEARCH NEIGHBOURS PATH FROM COUNT BY LIST
       MATCH RETURN AS CONTAINS OR NOT COMMENTS EXPLAIN DISTINCT COLLECT MAJORITY WHY.

%left OR.
%left AND.
%right NOT.

input ::= stmt(S). { state->result.reset(S); }

%type stmt {Statement*}
%destructor stmt { delete $$; }
stmt(A) ::= question(Q) clauses(C). { A = Q; A->clauses = std::move(*C); delete C; }
stmt(A) ::= match(M). { A = M; }
// `explain <statement>` shows the logical plan the statement compiles into.
stmt(A) ::= EXPLAIN stmt(S). { A = S; A->explain = true; }

// ---------------------------------------------------------------- questions
%type question {Statement*}
%destructor question { delete $$; }
question(A) ::= WHO(T) SUPPORTS name_end(N). { A = with_subject(new_statement(Question::WhoSupports, T), N); }
question(A) ::= WHO(T) OPPOSES name_end(N). { A = with_subject(new_statement(Question::WhoOpposes, T), N); }
question(A) ::= WHO(T) MENTIONS name_end(N). { A = with_subject(new_statement(Question::WhoMentions, T), N); }
question(A) ::= WHO(T) AGREES WITH name_on(N) opt_on(P).
    { A = with_subject(new_statement(Question::WhoAgrees, T), N); set_object(A, P); }
question(A) ::= WHO(T) DISAGREES WITH name_on(N) opt_on(P).
    { A = with_subject(new_statement(Question::WhoDisagrees, T), N); set_object(A, P); }
question(A) ::= WHAT(T) DOES name_say(N) SAY opt_about(P).
    { A = with_subject(new_statement(Question::WhatSays, T), N); set_object(A, P); }
question(A) ::= STANCE(T) OF name_on(N) opt_on(P).
    { A = with_subject(new_statement(Question::StanceOf, T), N); set_object(A, P); }
question(A) ::= MEMBERS(T) OF name_end(N). { A = with_subject(new_statement(Question::MembersOf, T), N); }
question(A) ::= AFFILIATIONS(T) OF name_end(N). { A = with_subject(new_statement(Question::AffiliationsOf, T), N); }
question(A) ::= CLAIMS(T) ABOUT name_end(N). { A = with_subject(new_statement(Question::ClaimsAbout, T), N); }
question(A) ::= CLAIMS(T) IN name_end(N). { A = with_subject(new_statement(Question::ClaimsIn, T), N); }
question(A) ::= SEARCH(T) name_end(N). { A = with_subject(new_statement(Question::Search, T), N); }
question(A) ::= NEIGHBOURS(T) OF name_depth(N).
    { A = with_subject(new_statement(Question::Neighbours, T), N); }
question(A) ::= NEIGHBOURS(T) OF name_depth(N) DEPTH NUMBER(D).
    {
        A = with_subject(new_statement(Question::Neighbours, T), N);
        std::uint64_t depth = 0;
        if (!parse_count(D, depth)) value_error(state, D, "depth must be a whole number");
        A->depth = static_cast<std::uint32_t>(depth);
        A->depth_offset = D->offset;
    }
question(A) ::= PATH(T) FROM name_to(N) TO name_end(M).
    { A = with_subject(new_statement(Question::Path, T), N); set_object(A, M); }
question(A) ::= COUNT(T) CLAIMS BY name_end(N). { A = with_subject(new_statement(Question::Count, T), N); }
question(A) ::= LIST(T) name_end(N). { A = with_subject(new_statement(Question::List, T), N); }
// The verb ends the actor's name: support, oppose and mention are keywords only in a statement
// that starts `why does` (the parser driver retypes them there), so names elsewhere keep them.
question(A) ::= WHY(T) DOES name_why(N) why_verb(V) name_end(P).
    { A = with_subject(new_statement(V, T), N); set_object(A, P); }

// `claim` is a keyword only right after `why` (retyped like the verbs).
question(A) ::= WHY(T) CLAIM name_end(N). { A = with_subject(new_statement(Question::WhyClaim, T), N); }

%type why_verb {Question}
why_verb(A) ::= SUPPORT. { A = Question::WhySupports; }
why_verb(A) ::= OPPOSE. { A = Question::WhyOpposes; }
why_verb(A) ::= MENTION. { A = Question::WhyMentions; }

%type opt_on {Name*}
%destructor opt_on { delete $$; }
opt_on(A) ::= . { A = nullptr; }
opt_on(A) ::= ON name_end(N). { A = N; }

%type opt_about {Name*}
%destructor opt_about { delete $$; }
opt_about(A) ::= . { A = nullptr; }
opt_about(A) ::= ABOUT name_end(N). { A = N; }

// ---------------------------------------------------------------- clauses of a question
%type clauses {Clauses*}
%destructor clauses { delete $$; }
clauses(A) ::= . { A = new Clauses(); }
clauses(A) ::= clauses(B) WHERE filter_list(F).
    { A = B; for (auto& f : *F) A->filters.push_back(std::move(f)); delete F; }
clauses(A) ::= clauses(B) WITH COMMENTS. { A = B; A->with_comments = true; }
clauses(A) ::= clauses(B) ORDER BY name_desc(N) opt_desc(D).
    { A = B; A->order_by = std::move(*N); delete N; A->descending = D; }
// `by month`: the driver retypes that `by` as PERIOD (tokenizer.hpp, mark_period_by).
clauses(A) ::= clauses(B) PERIOD WORD(T).
    {
        A = B;
        A->period = parse_period(state, T);
        A->period_offset = T->offset;
    }
clauses(A) ::= clauses(B) LIMIT NUMBER(T).
    {
        A = B;
        std::uint64_t n = 0;
        if (!parse_count(T, n)) value_error(state, T, "limit must be a whole number below 1000000000");
        A->limit = n;
        A->limit_offset = T->offset;
    }

%type filter_list {std::vector<Filter>*}
%destructor filter_list { delete $$; }
filter_list(A) ::= filter(F). { A = new std::vector<Filter>(); A->push_back(std::move(*F)); delete F; }
filter_list(A) ::= filter_list(B) AND filter(F). { A = B; A->push_back(std::move(*F)); delete F; }

%type filter {Filter*}
%destructor filter { delete $$; }
filter(A) ::= name_eq(C) compare_op(O) name_and(V).
    { A = new Filter{std::move(*C), std::move(*V), O}; delete C; delete V; }

%type compare_op {Compare}
compare_op(A) ::= EQ. { A = Compare::Equal; }
compare_op(A) ::= NE. { A = Compare::NotEqual; }
compare_op(A) ::= LT. { A = Compare::Less; }
compare_op(A) ::= LE. { A = Compare::LessEqual; }
compare_op(A) ::= GT. { A = Compare::Greater; }
compare_op(A) ::= GE. { A = Compare::GreaterEqual; }

%type opt_desc {bool}
opt_desc(A) ::= . { A = false; }
opt_desc(A) ::= DESC. { A = true; }
opt_desc(A) ::= ASC. { A = false; }

// ---------------------------------------------------------------- names
// A name is a quoted string or a run of words; one pair of non-terminals per following context.
%type name_end {Name*}
%destructor name_end { delete $$; }
name_end(A) ::= STRING(T). { A = new Name{T->text, T->offset, true}; }
name_end(A) ::= words_end(W). { A = W; }
%type words_end {Name*}
%destructor words_end { delete $$; }
words_end(A) ::= WORD(T). { A = word_name(T); }
words_end(A) ::= NUMBER(T). { A = word_name(T); }
words_end(A) ::= words_end(W) WORD(T). { A = append_word(W, T); }
words_end(A) ::= words_end(W) NUMBER(T). { A = append_word(W, T); }

%type name_on {Name*}
%destructor name_on { delete $$; }
name_on(A) ::= STRING(T). { A = new Name{T->text, T->offset, true}; }
name_on(A) ::= words_on(W). { A = W; }
%type words_on {Name*}
%destructor words_on { delete $$; }
words_on(A) ::= WORD(T). { A = word_name(T); }
words_on(A) ::= NUMBER(T). { A = word_name(T); }
words_on(A) ::= words_on(W) WORD(T). { A = append_word(W, T); }
words_on(A) ::= words_on(W) NUMBER(T). { A = append_word(W, T); }

%type name_say {Name*}
%destructor name_say { delete $$; }
name_say(A) ::= STRING(T). { A = new Name{T->text, T->offset, true}; }
name_say(A) ::= words_say(W). { A = W; }
%type words_say {Name*}
%destructor words_say { delete $$; }
words_say(A) ::= WORD(T). { A = word_name(T); }
words_say(A) ::= NUMBER(T). { A = word_name(T); }
words_say(A) ::= words_say(W) WORD(T). { A = append_word(W, T); }
words_say(A) ::= words_say(W) NUMBER(T). { A = append_word(W, T); }

%type name_to {Name*}
%destructor name_to { delete $$; }
name_to(A) ::= STRING(T). { A = new Name{T->text, T->offset, true}; }
name_to(A) ::= words_to(W). { A = W; }
%type words_to {Name*}
%destructor words_to { delete $$; }
words_to(A) ::= WORD(T). { A = word_name(T); }
words_to(A) ::= NUMBER(T). { A = word_name(T); }
words_to(A) ::= words_to(W) WORD(T). { A = append_word(W, T); }
words_to(A) ::= words_to(W) NUMBER(T). { A = append_word(W, T); }

%type name_depth {Name*}
%destructor name_depth { delete $$; }
name_depth(A) ::= STRING(T). { A = new Name{T->text, T->offset, true}; }
name_depth(A) ::= words_depth(W). { A = W; }
%type words_depth {Name*}
%destructor words_depth { delete $$; }
words_depth(A) ::= WORD(T). { A = word_name(T); }
words_depth(A) ::= NUMBER(T). { A = word_name(T); }
words_depth(A) ::= words_depth(W) WORD(T). { A = append_word(W, T); }
words_depth(A) ::= words_depth(W) NUMBER(T). { A = append_word(W, T); }

%type name_why {Name*}
%destructor name_why { delete $$; }
name_why(A) ::= STRING(T). { A = new Name{T->text, T->offset, true}; }
name_why(A) ::= words_why(W). { A = W; }
%type words_why {Name*}
%destructor words_why { delete $$; }
words_why(A) ::= WORD(T). { A = word_name(T); }
words_why(A) ::= NUMBER(T). { A = word_name(T); }
words_why(A) ::= words_why(W) WORD(T). { A = append_word(W, T); }
words_why(A) ::= words_why(W) NUMBER(T). { A = append_word(W, T); }

%type name_eq {Name*}
%destructor name_eq { delete $$; }
name_eq(A) ::= STRING(T). { A = new Name{T->text, T->offset, true}; }
name_eq(A) ::= words_eq(W). { A = W; }
%type words_eq {Name*}
%destructor words_eq { delete $$; }
words_eq(A) ::= WORD(T). { A = word_name(T); }
words_eq(A) ::= words_eq(W) WORD(T). { A = append_word(W, T); }

%type name_and {Name*}
%destructor name_and { delete $$; }
name_and(A) ::= STRING(T). { A = new Name{T->text, T->offset, true}; }
name_and(A) ::= words_and(W). { A = W; }
%type words_and {Name*}
%destructor words_and { delete $$; }
words_and(A) ::= WORD(T). { A = word_name(T); }
words_and(A) ::= NUMBER(T). { A = word_name(T); }
words_and(A) ::= words_and(W) WORD(T). { A = append_word(W, T); }
words_and(A) ::= words_and(W) NUMBER(T). { A = append_word(W, T); }

%type name_desc {Name*}
%destructor name_desc { delete $$; }
name_desc(A) ::= STRING(T). { A = new Name{T->text, T->offset, true}; }
name_desc(A) ::= words_desc(W). { A = W; }
%type words_desc {Name*}
%destructor words_desc { delete $$; }
words_desc(A) ::= WORD(T). { A = word_name(T); }
words_desc(A) ::= words_desc(W) WORD(T). { A = append_word(W, T); }

// ---------------------------------------------------------------- MATCH
%type match {Statement*}
%destructor match { delete $$; }
match(A) ::= MATCH(T) pattern(P) opt_where(W) RETURN return_list(R) match_tail(C).
    {
        A = new_statement(Question::Match, T);
        A->match.reset(P);
        A->match->where.reset(W);
        A->match->returns = std::move(*R);
        delete R;
        A->clauses = std::move(*C);
        delete C;
    }

%type pattern {MatchQuery*}
%destructor pattern { delete $$; }
pattern(A) ::= node_pattern(N). { A = new MatchQuery(); A->first = std::move(*N); delete N; }
pattern(A) ::= pattern(P) rel_pattern(R) node_pattern(N).
    { A = P; A->steps.emplace_back(std::move(*R), std::move(*N)); delete R; delete N; }

%type node_pattern {NodePattern*}
%destructor node_pattern { delete $$; }
node_pattern(A) ::= LPAREN(T) opt_variable(V) opt_label(L) opt_properties(P) RPAREN.
    {
        A = new NodePattern();
        A->offset = T->offset;
        if (V) A->variable = V->text;
        if (L) { A->label = std::move(*L); delete L; }
        if (P) { A->properties = std::move(*P); delete P; }
    }

// A variable is a token the parse does not own (a pointer into the token vector).
%type opt_variable {const Token*}
opt_variable(A) ::= . { A = nullptr; }
opt_variable(A) ::= WORD(T). { A = T; }

%type opt_label {Name*}
%destructor opt_label { delete $$; }
opt_label(A) ::= . { A = nullptr; }
opt_label(A) ::= COLON WORD(T). { A = word_name(T); }

%type opt_properties {PropertyList*}
%destructor opt_properties { delete $$; }
opt_properties(A) ::= . { A = nullptr; }
opt_properties(A) ::= LBRACE property_list(L) RBRACE. { A = L; }

%type property_list {PropertyList*}
%destructor property_list { delete $$; }
property_list(A) ::= property(P). { A = new PropertyList(); A->push_back(std::move(*P)); delete P; }
property_list(A) ::= property_list(L) COMMA property(P). { A = L; A->push_back(std::move(*P)); delete P; }

%type property {Property*}
%destructor property { delete $$; }
property(A) ::= WORD(K) COLON literal(V).
    { A = new Property(Name{K->text, K->offset, false}, std::move(*V)); delete V; }

%type literal {Literal*}
%destructor literal { delete $$; }
literal(A) ::= STRING(T). { A = new Literal{Literal::Type::String, T->text, 0, T->offset}; }
// A bare word is text too: c.comment = false, p.kind = person.
literal(A) ::= WORD(T). { A = new Literal{Literal::Type::String, T->text, 0, T->offset}; }
literal(A) ::= NUMBER(T).
    { A = new Literal{Literal::Type::Number, T->text, std::strtod(T->text.c_str(), nullptr), T->offset}; }

%type rel_pattern {RelPattern*}
%destructor rel_pattern { delete $$; }
rel_pattern(A) ::= MINUS(T) LBRACKET rel_body(B) RBRACKET ARROW.
    { A = B; A->direction = Direction::Right; A->offset = T->offset; }
rel_pattern(A) ::= MINUS(T) LBRACKET rel_body(B) RBRACKET MINUS.
    { A = B; A->direction = Direction::Both; A->offset = T->offset; }
rel_pattern(A) ::= LARROW(T) LBRACKET rel_body(B) RBRACKET MINUS.
    { A = B; A->direction = Direction::Left; A->offset = T->offset; }
rel_pattern(A) ::= MINUS(T) ARROW. { A = new RelPattern(); A->direction = Direction::Right; A->offset = T->offset; }
rel_pattern(A) ::= MINUS(T) MINUS. { A = new RelPattern(); A->direction = Direction::Both; A->offset = T->offset; }
rel_pattern(A) ::= LARROW(T) MINUS. { A = new RelPattern(); A->direction = Direction::Left; A->offset = T->offset; }

%type rel_body {RelPattern*}
%destructor rel_body { delete $$; }
rel_body(A) ::= opt_variable(V) rel_types(L) hops(H).
    {
        A = new RelPattern();
        if (V) A->variable = V->text;
        if (L) { A->labels = std::move(*L); delete L; }
        A->variable_length = H.variable;
        A->min_hops = H.min;
        A->max_hops = H.max;
    }

// `:says` or `:supports|opposes`: any of the listed relationship types.
%type rel_types {std::vector<Name>*}
%destructor rel_types { delete $$; }
rel_types(A) ::= . { A = nullptr; }
rel_types(A) ::= COLON type_list(L). { A = L; }

%type type_list {std::vector<Name>*}
%destructor type_list { delete $$; }
type_list(A) ::= WORD(T). { A = new std::vector<Name>{Name{T->text, T->offset, false}}; }
type_list(A) ::= type_list(L) PIPE WORD(T). { A = L; A->push_back(Name{T->text, T->offset, false}); }

%type hops {HopRange}
hops(A) ::= . { A = HopRange{false, 1, 1}; }
hops(A) ::= STAR. { A = HopRange{true, 1, kMaxHops}; }
hops(A) ::= STAR NUMBER(N).
    {
        std::uint64_t n = 0;
        if (!parse_count(N, n) || n > kMaxHops) value_error(state, N, "a variable-length relationship may span at most " + std::to_string(kMaxHops) + " hops");
        A = HopRange{true, static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(n)};
    }
hops(A) ::= STAR NUMBER(N) DOTDOT NUMBER(M).
    {
        std::uint64_t lo = 0, hi = 0;
        if (!parse_count(N, lo) || !parse_count(M, hi) || hi > kMaxHops || lo > hi)
            value_error(state, N, "hops must be MIN..MAX with MIN <= MAX <= " + std::to_string(kMaxHops));
        A = HopRange{true, static_cast<std::uint32_t>(lo), static_cast<std::uint32_t>(hi)};
    }
hops(A) ::= STAR DOTDOT NUMBER(M).
    {
        std::uint64_t hi = 0;
        if (!parse_count(M, hi) || hi > kMaxHops || hi < 1)
            value_error(state, M, "hops must be ..MAX with 1 <= MAX <= " + std::to_string(kMaxHops));
        A = HopRange{true, 1, static_cast<std::uint32_t>(hi)};
    }

%type opt_where {Expr*}
%destructor opt_where { delete $$; }
opt_where(A) ::= . { A = nullptr; }
opt_where(A) ::= WHERE expr(E). { A = E; }

%type expr {Expr*}
%destructor expr { delete $$; }
expr(A) ::= expr(L) OR(T) expr(R). { A = combine(state, T, Expr::Op::Or, L, R); }
expr(A) ::= expr(L) AND(T) expr(R). { A = combine(state, T, Expr::Op::And, L, R); }
expr(A) ::= NOT(T) expr(E). { A = combine(state, T, Expr::Op::Not, E, nullptr); }
expr(A) ::= LPAREN expr(E) RPAREN. { A = E; }
expr(A) ::= reference(R) compare_op(C) literal(V). { A = comparison(Expr::Op::Compare, R, V, C); }
expr(A) ::= reference(R) CONTAINS literal(V). { A = comparison(Expr::Op::Contains, R, V); }

%type reference {Reference*}
%destructor reference { delete $$; }
reference(A) ::= WORD(V). { A = split_reference(V); }
reference(A) ::= WORD(V) DOT WORD(P). { A = new Reference{V->text, P->text, V->offset}; }

%type return_list {std::vector<ReturnItem>*}
%destructor return_list { delete $$; }
return_list(A) ::= return_item(I). { A = new std::vector<ReturnItem>(); A->push_back(std::move(*I)); delete I; }
return_list(A) ::= return_list(L) COMMA return_item(I). { A = L; A->push_back(std::move(*I)); delete I; }

%type return_item {ReturnItem*}
%destructor return_item { delete $$; }
return_item(A) ::= reference(R) opt_alias(N).
    { A = new ReturnItem{ReturnAggregate::None, std::move(*R), N ? N->text : std::string()}; delete R; }
return_item(A) ::= COUNT LPAREN reference(R) RPAREN opt_alias(N).
    { A = new ReturnItem{ReturnAggregate::Count, std::move(*R), N ? N->text : std::string()}; delete R; }
return_item(A) ::= COUNT(T) LPAREN STAR RPAREN opt_alias(N).
    { A = new ReturnItem{ReturnAggregate::Count, Reference{{}, {}, T->offset}, N ? N->text : std::string()}; }
return_item(A) ::= COUNT LPAREN DISTINCT reference(R) RPAREN opt_alias(N).
    { A = new ReturnItem{ReturnAggregate::CountDistinct, std::move(*R), N ? N->text : std::string()}; delete R; }
return_item(A) ::= COLLECT LPAREN reference(R) RPAREN opt_alias(N).
    { A = new ReturnItem{ReturnAggregate::Collect, std::move(*R), N ? N->text : std::string()}; delete R; }
return_item(A) ::= MAJORITY LPAREN reference(R) RPAREN opt_alias(N).
    { A = new ReturnItem{ReturnAggregate::Majority, std::move(*R), N ? N->text : std::string()}; delete R; }

%type opt_alias {const Token*}
opt_alias(A) ::= . { A = nullptr; }
opt_alias(A) ::= AS WORD(T). { A = T; }

%type match_tail {Clauses*}
%destructor match_tail { delete $$; }
match_tail(A) ::= . { A = new Clauses(); }
match_tail(A) ::= match_tail(B) ORDER BY order_key(K) opt_desc(D).
    { A = B; A->order_by = std::move(*K); delete K; A->descending = D; }
match_tail(A) ::= match_tail(B) LIMIT NUMBER(T).
    {
        A = B;
        std::uint64_t n = 0;
        if (!parse_count(T, n)) value_error(state, T, "limit must be a whole number below 1000000000");
        A->limit = n;
        A->limit_offset = T->offset;
    }

%type order_key {Name*}
%destructor order_key { delete $$; }
order_key(A) ::= WORD(V). { A = word_name(V); }  // "p.name" is one word
order_key(A) ::= WORD(V) DOT WORD(P). { A = new Name{V->text + "." + P->text, V->offset, false}; }
order_key(A) ::= STRING(T). { A = new Name{T->text, T->offset, true}; }
