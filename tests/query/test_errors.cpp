// What a user sees when a query is wrong: the line, a caret under the offending token, and what
// was expected or meant there.
#include <doctest/doctest.h>

#include "query/fixture.hpp"
#include "query/parse/parser.hpp"
#include "query/test_helpers.hpp"
#include "query/parse/tokenizer.hpp"

using sg::query::Engine;
using sg::test::error_of;

TEST_CASE("a misspelt keyword: caret under it and the keywords that fit") {
    sg::test::Fixture f;
    Engine e(f.g);
    CHECK(error_of(e, "who suports GPC") ==
          "who suports GPC\n"
          "    ^ syntax error: unexpected \"suports\"; expected one of: supports, opposes, mentions, agrees, disagrees");
}

TEST_CASE("a query that stops early says what could come next") {
    sg::test::Fixture f;
    Engine e(f.g);
    CHECK(error_of(e, "who supports") ==
          "who supports\n"
          "            ^ syntax error: unexpected end of query; expected one of: a name, a quoted string, a number");
    CHECK(error_of(e, "path from Alice Smith") ==
          "path from Alice Smith\n"
          "                     ^ syntax error: unexpected end of query; expected one of: to, a name, a number");
}

TEST_CASE("the caret counts characters, not bytes, after non-ASCII text") {
    sg::test::Fixture f;
    Engine e(f.g);
    CHECK(error_of(e, "who supports “free-lunch” limit x") ==
          "who supports “free-lunch” limit x\n"
          "                                ^ syntax error: unexpected \"x\"; expected a number");
}

TEST_CASE("unknown names get the closest names as suggestions") {
    sg::test::Fixture f;
    Engine e(f.g);
    CHECK(error_of(e, "who supports free-lunh") ==
          "who supports free-lunh\n"
          "             ^ no position named \"free-lunh\"; did you mean: free-lunch");
    CHECK(error_of(e, "what does Alice Smyth say") ==
          "what does Alice Smyth say\n"
          "          ^ no actor named \"Alice Smyth\"; did you mean: Alice Smith");
    // A name of the wrong kind says what it is.
    CHECK(error_of(e, "who supports Gadget Union") ==
          "who supports Gadget Union\n"
          "             ^ \"Gadget Union\" is an organisation, not a position");
    CHECK(error_of(e, "who supports zzzzzzzzzzzzzzzzzzzz") ==
          "who supports zzzzzzzzzzzzzzzzzzzz\n"
          "             ^ no position named \"zzzzzzzzzzzzzzzzzzzz\"");
}

TEST_CASE("bad filters and order columns name the columns there are") {
    sg::test::Fixture f;
    Engine e(f.g);
    CHECK(error_of(e, "who supports free-lunch where colour = red") ==
          "who supports free-lunch where colour = red\n"
          "                              ^ unknown column \"colour\" in where; this question has: actor, kind, "
          "organisation, claims for, claims against, documents");
    CHECK(error_of(e, "who supports free-lunch where organisation = Nowhere Inc") ==
          "who supports free-lunch where organisation = Nowhere Inc\n"
          "                                             ^ no organisation named \"Nowhere Inc\"");
    CHECK(error_of(e, "list people order by age").find("^ unknown column \"age\" in order by") != std::string::npos);
    CHECK(error_of(e, "list teams").find("^ cannot list \"teams\"; expected one of: positions") != std::string::npos);
    CHECK(error_of(e, "who supports free-lunch limit 99999999999").find("limit must be a whole number") !=
          std::string::npos);
}

TEST_CASE("strings and characters the language does not know") {
    sg::test::Fixture f;
    Engine e(f.g);
    CHECK(error_of(e, "search \"free lunch") ==
          "search \"free lunch\n"
          "       ^ syntax error: unterminated string");
    CHECK(error_of(e, "list positions @") ==
          "list positions @\n"
          "               ^ syntax error: unexpected character \"@\"");
}

namespace {
// `match (a) where <prefix>a.name = "x" <joiner>a.name = "x" ... <suffix> return a.name`
std::string nested_where(const std::string& open, const std::string& close, int n) {
    std::string q = "match (a) where ";
    for (int i = 0; i < n; ++i) q += open;
    q += "a.name = \"Bob Jones\"";
    for (int i = 0; i < n; ++i) q += close;
    return q + " return a.name";
}
}  // namespace

TEST_CASE("nesting is bounded by --max-nesting, not by the stack, and can be raised") {
    sg::test::Fixture f;
    Engine e(f.g);
    const std::string limit = "(the --max-nesting limit, 100)";
    // Brackets, a chain of `not`, and a long and-chain (a left-deep tree) all count as nesting:
    // each would otherwise make evaluation and destruction recurse once per level.
    CHECK(error_of(e, nested_where("(", ")", 5000)).find(limit) != std::string::npos);
    CHECK(error_of(e, nested_where("not ", "", 5000)).find(limit) != std::string::npos);
    CHECK(error_of(e, nested_where("", " and a.name = \"Bob Jones\"", 300000)).find(limit) != std::string::npos);
    // The error points at the first bracket past the bound.
    try {
        e.run_one(nested_where("(", ")", 101));
        FAIL("expected a nesting error");
    } catch (const sg::query::QueryError& err) {
        CHECK(err.offset == std::string("match (a) where ").size() + 100);
    }

    // Within the bound they answer; raising it lets deeper statements through.
    CHECK(e.run_one(nested_where("(", ")", 100)).rows.size() == 1);
    CHECK(e.run_one(nested_where("not not ", "", 49)).rows.size() == 1);
    Engine raised(f.g, sg::query::Limits{.max_nesting = 2000});
    CHECK(raised.run_one(nested_where("(", ")", 1999)).rows.size() == 1);
    CHECK(raised.run_one(nested_where("", " and a.name = \"Bob Jones\"", 1999)).rows.size() == 1);
}

TEST_CASE("keywords inside names are plain words where the grammar cannot take them") {
    sg::test::Fixture f;
    f.g.add_node(sg::test::Fixture::make(sg::NodeKind::Organisation, "org:board-of-health", "Board of Health"));
    f.g.freeze();
    Engine e(f.g);
    CHECK(e.run_one("members of Board of Health").rows.empty());
    CHECK(e.run_one("affiliations of \"Board of Health\"").rows.empty());
}

TEST_CASE("a keyword that ends names, inside an unquoted name, gets a hint to quote it") {
    sg::test::Fixture f;
    Engine e(f.g);
    CHECK(error_of(e, "who supports lunch on fridays") ==
          "who supports lunch on fridays\n"
          "                   ^ syntax error: unexpected \"on\"; expected one of: with, where, order, limit, a name, "
          "a number, by day/week/month/year, end of query (to use \"on\" in a name, put the name in quotes)");
}

TEST_CASE("a long line is shown as a window around the caret, and long names are cut") {
    sg::test::Fixture f;
    Engine e(f.g);
    std::string name;
    for (int i = 0; i < 10000; ++i) name += "word ";
    const std::string message = error_of(e, "who supports " + name);
    CHECK(message.size() < 400);
    CHECK(message.find("no position named \"word word") != std::string::npos);
    CHECK(message.find("...") != std::string::npos);
    // The caret still stands under the offending token when the window is cut on the left.
    const std::string text = std::string(200, ' ') + "list positions @";
    const std::string shown = sg::query::caret_message(text, text.size() - 1, "here");
    // 60 characters either side of the caret: 45 of the spaces, then "list positions ".
    CHECK(shown == "..." + std::string(45, ' ') + "list positions @\n" + std::string(3 + 60, ' ') + "^ here");
}
