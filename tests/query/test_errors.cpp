// What a user sees when a query is wrong: the line, a caret under the offending token, and what
// was expected or meant there.
#include <doctest/doctest.h>

#include "query/fixture.hpp"
#include "query/parser.hpp"
#include "query/test_helpers.hpp"
#include "query/tokenizer.hpp"

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

TEST_CASE("nesting is bounded by a named limit, not by the stack") {
    sg::test::Fixture f;
    Engine e(f.g);
    std::string deep = "match (a) where ";
    for (int i = 0; i < 5000; ++i) deep += "(";
    deep += "a.name = \"x\"";
    for (int i = 0; i < 5000; ++i) deep += ")";
    deep += " return a.name";
    CHECK(error_of(e, deep).find("nested too deeply (limit: kMaxParserDepth = 100") != std::string::npos);
    std::string nots = "match (a) where ";
    for (int i = 0; i < 5000; ++i) nots += "not ";
    nots += "a.name = \"x\" return a.name";
    CHECK(error_of(e, nots).find("kMaxParserDepth") != std::string::npos);
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
          "a number, end of query (to use \"on\" in a name, put the name in quotes)");
}
