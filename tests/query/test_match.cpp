// The Cypher-like MATCH subset.
#include <doctest/doctest.h>

#include "query/fixture.hpp"
#include "query/test_helpers.hpp"

using sg::query::Engine;
using sg::test::column;
using sg::test::error_of;
using sg::test::headers;
using V = std::vector<std::string>;

TEST_CASE("match a chain with kinds, a property map, contains and return") {
    sg::test::Fixture f;
    Engine e(f.g);
    const auto r = e.run_one(
        "match (p:person)-[:says]->(c:claim)-[:opposes]->(x:position {id: \"free-lunch\"}) "
        "where p.name contains \"WHITE\" return p.name, c.text");
    CHECK(headers(r) == V{"p.name", "c.text"});
    CHECK(column(r, 0) == V{"Carol White"});
    CHECK(column(r, 1) == V{"But not every day."});
}

TEST_CASE("match with and, or, not and parentheses") {
    sg::test::Fixture f;
    Engine e(f.g);
    const auto r = e.run_one(
        "match (p:person)-[:says]->(c:claim) where (p.name = \"Bob Jones\" or p.name = \"Dr Alice Smith\") "
        "and not c.document = \"a.txt\" return p.name, c.text order by p.name");
    CHECK(column(r, 0) == V{"Alice Smith", "Bob Jones"});
    CHECK(column(r, 1) == V{"A free lunch is good for everyone.", "Four days is enough."});
}

TEST_CASE("match counts per group, orders and limits") {
    sg::test::Fixture f;
    Engine e(f.g);
    const auto r = e.run_one(
        "match (p)-[:says]->(c:claim) where c.comment = false return p.name as speaker, count(c) as claims "
        "order by claims desc limit 2");
    CHECK(headers(r) == V{"speaker", "claims"});
    CHECK(column(r, 1) == V{"3", "3"});
    CHECK(column(e.run_one("match (c:claim) return count(*)"), 0) == V{"9"});
}

TEST_CASE("match in both directions and over variable-length paths") {
    sg::test::Fixture f;
    Engine e(f.g);
    CHECK(column(e.run_one("match (o:organisation {name: \"GU\"})<-[:member_of]-(p) return p.name"), 0) == V{"Bob Jones"});
    CHECK(column(e.run_one("match (a:person {name: \"Alice Smith\"})-[*1..2]-(o:organisation) return o.name order by o.name"), 0) ==
          V{"Gadget Union", "Widget Council"});
    CHECK(column(e.run_one("match (a:person {name: \"Alice Smith\"})-[*2]->(o:organisation) return o.name"), 0) ==
          V{"Gadget Union"});
}

TEST_CASE("match errors point at the offending part") {
    sg::test::Fixture f;
    Engine e(f.g);
    CHECK(error_of(e, "match (p:pirate) return p.name") ==
          "match (p:pirate) return p.name\n"
          "         ^ unknown node label \"pirate\"; expected one of: document, person, organisation, position, claim");
    CHECK(error_of(e, "match (p:person) return q.name").find("^ unknown variable \"q\"") != std::string::npos);
    CHECK(error_of(e, "match (p:person) return p.shoe").find("^ unknown property \"shoe\"") != std::string::npos);
    CHECK(error_of(e, "match (p)-[:likes]->(q) return p").find("unknown relationship type \"likes\"") != std::string::npos);
    CHECK(error_of(e, "match (p)-[*1..99]-(q) return p").find("MAX <= 8") != std::string::npos);
}

TEST_CASE("match relationship type alternatives") {
    sg::test::Fixture f;
    Engine e(f.g);
    // Claims that take a side on free lunches (not merely about them), per speaker.
    const auto r = e.run_one(
        "match (p:person)-[:says]->(c:claim)-[s:supports|opposes]->(x {id: \"free-lunch\"}) "
        "where c.comment = false return p.name as speaker, count(c) as sided order by speaker");
    CHECK(column(r, 0) == V{"Alice Smith", "Bob Jones", "Carol White"});
    CHECK(column(r, 1) == V{"2", "1", "2"});
    CHECK(error_of(e, "match (a)-[:says|pays]->(b) return a").find("unknown relationship type \"pays\"") != std::string::npos);
}
