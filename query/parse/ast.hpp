// The syntax tree of one statement, as the parser builds it. Names are kept as written, with the
// byte offset of their first token, so the binder can put a caret under a name it cannot resolve.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sg::query {

// A name or literal as written: multi-word names are joined with single spaces.
struct Name {
    std::string text;
    std::size_t offset = 0;
    bool quoted = false;
};

enum class Question : std::uint8_t {
    WhoSupports, WhoOpposes, WhoMentions, WhatSays, StanceOf, WhoAgrees, WhoDisagrees,
    MembersOf, AffiliationsOf, ClaimsAbout, ClaimsIn, Search, Neighbours, Path, Count, List,
    Match,
    // why does X support|oppose|mention P: the claims behind X's stance, with their evidence
    WhySupports, WhyOpposes, WhyMentions,
    // why claim C: the stances of one claim, with their evidence
    WhyClaim
};

// How a filter or a MATCH comparison relates a value to a literal. Ordering compares numbers as
// numbers, ISO dates by the literal's precision (`date <= 2014-06` holds all of June), and other
// text case-insensitively.
enum class Compare : std::uint8_t { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };
const char* to_string(Compare c);  // "=", "<>", "<", "<=", ">", ">="

// `where column <op> value` of a question.
struct Filter {
    Name column;
    Name value;
    Compare op = Compare::Equal;
};

// `by day|week|month|year`: a stance question's answer per period of its claims' documents' dates.
enum class Period : std::uint8_t { Day, Week, Month, Year };
const char* to_string(Period p);  // "day", "week", "month", "year"

// The clauses every question accepts.
struct Clauses {
    std::vector<Filter> filters;
    bool with_comments = false;
    std::optional<Name> order_by;
    bool descending = false;
    std::optional<std::uint64_t> limit;
    std::size_t limit_offset = 0;
    std::optional<Period> period;  // `by month` and the like
    std::size_t period_offset = 0;
};

// --- the MATCH subset ---

struct Literal {
    enum class Type : std::uint8_t { String, Number } type = Type::String;
    std::string text;
    double number = 0;
    std::size_t offset = 0;
};

struct NodePattern {
    std::string variable;          // empty: anonymous
    std::optional<Name> label;     // node kind
    std::vector<std::pair<Name, Literal>> properties;
    std::size_t offset = 0;
};

enum class Direction : std::uint8_t { Right, Left, Both };

struct RelPattern {
    std::string variable;
    std::vector<Name> labels;   // edge kinds, any of them; empty: any edge
    Direction direction = Direction::Both;
    bool variable_length = false;
    std::uint32_t min_hops = 1;
    std::uint32_t max_hops = 1;
    std::size_t offset = 0;
};

// variable.property, or a bare variable (property empty).
struct Reference {
    std::string variable;
    std::string property;
    std::size_t offset = 0;
    std::string display() const { return property.empty() ? variable : variable + "." + property; }
};

// Every walk over an Expr tree is a loop with its own stack, never a recursion: the tree's depth
// is the user's (up to --max-nesting), and a recursion that deep overflows a small thread stack.
struct Expr {
    // ContainsWords: `contains` over normalised text (spacing, case and punctuation as names
    // are compared), what `search` does.
    // Compare: `ref <compare> value` (=, <>, <, <=, >, >=).
    enum class Op : std::uint8_t { And, Or, Not, Compare, Contains, ContainsWords } op = Op::Compare;
    Compare compare = Compare::Equal;   // Op::Compare
    std::unique_ptr<Expr> left, right;  // And/Or: both; Not: left
    std::uint32_t depth = 1;            // levels of this tree: bounded by --max-nesting
    Reference ref;                      // comparisons
    Literal value;                      // comparisons

    Expr() = default;
    Expr(Expr&&) = default;
    Expr& operator=(Expr&&) = default;
    // Frees the subtree with a loop: each node's children are moved out before it is destroyed.
    ~Expr() {
        std::vector<std::unique_ptr<Expr>> pending;
        if (left) pending.push_back(std::move(left));
        if (right) pending.push_back(std::move(right));
        while (!pending.empty()) {
            std::unique_ptr<Expr> e = std::move(pending.back());
            pending.pop_back();
            if (e->left) pending.push_back(std::move(e->left));
            if (e->right) pending.push_back(std::move(e->right));
        }
    }

    bool comparison() const { return op != Op::And && op != Op::Or && op != Op::Not; }

    // Calls f(node) for every node, parents before children, left before right.
    template <class F>
    void for_each_node(F&& f) const {
        std::vector<const Expr*> todo{this};
        while (!todo.empty()) {
            const Expr* e = todo.back();
            todo.pop_back();
            f(*e);
            if (e->right) todo.push_back(e->right.get());
            if (e->left) todo.push_back(e->left.get());
        }
    }
};

// An aggregate in `return`: count(x), count(*), count(distinct x), collect(x), majority(x).
enum class ReturnAggregate : std::uint8_t { None, Count, CountDistinct, Collect, Majority };

struct ReturnItem {
    ReturnAggregate aggregate = ReturnAggregate::None;  // count(*): Count with ref.variable empty
    Reference ref;
    std::string alias;
    std::string header() const {
        if (!alias.empty()) return alias;
        const std::string inner = ref.variable.empty() ? std::string("*") : ref.display();
        switch (aggregate) {
            case ReturnAggregate::Count: return "count(" + inner + ")";
            case ReturnAggregate::CountDistinct: return "count(distinct " + inner + ")";
            case ReturnAggregate::Collect: return "collect(" + inner + ")";
            case ReturnAggregate::Majority: return "majority(" + inner + ")";
            case ReturnAggregate::None: break;
        }
        return inner;
    }
};

struct MatchQuery {
    NodePattern first;
    std::vector<std::pair<RelPattern, NodePattern>> steps;
    std::unique_ptr<Expr> where;
    std::vector<ReturnItem> returns;
};

struct Statement {
    Question question = Question::List;
    std::size_t offset = 0;        // first token of the statement
    Name subject;                  // the name after the question words
    std::optional<Name> object;    // [about P], [on P], `to Y`
    std::uint32_t depth = 1;       // neighbours ... depth N
    std::size_t depth_offset = 0;
    Clauses clauses;
    std::unique_ptr<MatchQuery> match;
    bool explain = false;          // `explain <statement>`: show the plan instead of running it
};

}  // namespace sg::query
