// One plan for both forms: a question and the MATCH it stands for give the same rows, `explain`
// shows the plan, and MATCH has the aggregates the questions use.
#include <doctest/doctest.h>

#include "query/fixture.hpp"
#include "query/test_helpers.hpp"

using sg::query::Engine;
using sg::query::ResultSet;
using sg::test::column;
using sg::test::headers;
using V = std::vector<std::string>;

namespace {

std::vector<V> rows_of(const ResultSet& r) { return sg::test::cells(r); }

// The rows of `r` restricted to the named columns, in that order.
std::vector<V> columns_of(const ResultSet& r, const V& names) {
    std::vector<V> out(r.rows.size());
    for (const auto& n : names) {
        const auto c = r.column(n);
        REQUIRE(c.has_value());
        for (std::size_t i = 0; i < r.rows.size(); ++i) out[i].push_back(sg::query::to_text(r.rows[i][*c]));
    }
    return out;
}

std::string plan_text(const Engine& e, const std::string& q) {
    std::string out;
    for (const auto& line : column(e.run_one("explain " + q), 0)) out += line + "\n";
    return out;
}

}  // namespace

TEST_CASE("members of: the question and its MATCH give the same rows") {
    sg::test::Fixture f;
    Engine e(f.g);
    const auto q = e.run_one("members of Gadget Union");
    const auto m = e.run_one(
        "match (o:organisation {name: \"Gadget Union\"})<-[r:member_of|part_of]-(m) "
        "return m.name as member, m.kind as kind, r.label as role");
    CHECK(headers(q) == headers(m));
    CHECK(rows_of(q) == rows_of(m));
    CHECK(rows_of(q) == std::vector<V>{{"Bob Jones", "person", "secretary"}, {"Widget Council", "organisation", "part of"}});
}

TEST_CASE("claims about: the question and its MATCH give the same rows") {
    sg::test::Fixture f;
    Engine e(f.g);
    const auto q = e.run_one("claims about free lunches for all");
    const auto m = e.run_one(
        "match (c:claim)-[:supports|opposes|about]->(p:position {id: \"free-lunch\"}) where c.comment = false "
        "return c.speakers as speaker, c.text as quote, c.kind as kind, c.positions as positions, c.document as document");
    CHECK(headers(q) == headers(m));
    CHECK(rows_of(q).size() == 6);  // the reader's comment is left out by both
    CHECK(rows_of(q) == rows_of(m));
}

TEST_CASE("stance of and count claims by speaker: same rows as their MATCH") {
    sg::test::Fixture f;
    Engine e(f.g);
    const auto q = e.run_one("stance of Carol White order by position");
    const auto m = e.run_one(
        "match (a {name: \"Carol White\"})-[:says]->(c:claim)-[e:supports|opposes|about]->(p:position) "
        "where c.comment = false return p.id as position, p.name as label, majority(e.kind) as stance, "
        "count(distinct c) as claims order by position");
    CHECK(columns_of(q, {"position", "label", "stance", "claims"}) == rows_of(m));
    CHECK(rows_of(m) == std::vector<V>{{"free-lunch", "free lunches for all", "mixed", "3"}});

    const auto q2 = e.run_one("count claims by speaker");
    const auto m2 = e.run_one(
        "match (s)-[:says]->(c:claim) where c.comment = false return s.name as speaker, count(distinct c) as claims "
        "order by claims desc");
    CHECK(rows_of(q2) == rows_of(m2));
    CHECK(column(q2, 0) == V{"Alice Smith", "Carol White", "Bob Jones"});  // 3, 3 (by name), 2
}

TEST_CASE("who mentions a position without reported stances: same rows as its MATCH") {
    sg::test::Fixture f;
    Engine e(f.g);
    const auto q = e.run_one("who mentions four-day-week");
    const auto m = e.run_one(
        "match (p:position {id: \"four-day-week\"})<-[e:supports|opposes|about]-(c:claim)<-[:says]-(a) "
        "where c.comment = false return a.name as actor, a.kind as kind, a.organisation as organisation, "
        "count(distinct c) as claims, majority(e.kind) as stance, count(distinct c.document) as documents "
        "order by claims desc");
    CHECK(headers(q) == headers(m));
    CHECK(rows_of(q) == rows_of(m));
    CHECK(column(q, 4) == V{"opposes", "supports"});
}

TEST_CASE("MATCH aggregates: majority and collect, as the questions use them") {
    sg::test::Fixture f;
    Engine e(f.g);
    const auto r = e.run_one(
        "match (p:person)-[:says]->(c:claim)-[e:supports|opposes]->(x {id: \"free-lunch\"}) where c.comment = false "
        "return p.name, majority(e.kind) as stance, collect(c.document) as documents order by p.name");
    CHECK(headers(r) == V{"p.name", "stance", "documents"});
    CHECK(rows_of(r) == std::vector<V>{{"Alice Smith", "supports", "a.txt; b.txt"},
                                       {"Bob Jones", "opposes", "a.txt"},
                                       {"Carol White", "mixed", "b.txt"}});
}

TEST_CASE("explain shows the plan a question translates into") {
    sg::test::Fixture f;
    Engine e(f.g);
    const std::string who = plan_text(e, "who opposes free-lunch");
    CHECK(who.find("match     (p:position {= free-lunch})\n            <-[e:supports|opposes|about]-(c:claim {admitted})\n"
                   "            <-[:says]-(a)\n") != std::string::npos);
    CHECK(who.find("union     (p:position {= free-lunch})\n            <-[e:supports|opposes]-(a:person|organisation)\n") !=
          std::string::npos);
    CHECK(who.find("majority(e.kind) as [stance]") != std::string::npos);
    CHECK(who.find("keep      [stance] in (opposes, mixed)") != std::string::npos);
    CHECK(who.find("order by  [claims against] desc, [actor]") != std::string::npos);
    // Reported stances have no document: a document filter drops that half of the union.
    CHECK(plan_text(e, "who opposes free-lunch where document = a.txt").find("union") == std::string::npos);
    CHECK(plan_text(e, "who agrees with Alice Smith").find("semijoin  [@p] = [@p] and [stance] congruent with [stance] of:") !=
          std::string::npos);
    CHECK(plan_text(e, "who disagrees with Alice Smith").find("in conflict with") != std::string::npos);
    CHECK(plan_text(e, "path from Alice Smith to Bob Jones").find("walk      shortest path Alice Smith to Bob Jones") !=
          std::string::npos);
    const std::string match = plan_text(e, "match (p:person)-[:says]->(c:claim) where p.name contains \"a\" return p.name, count(c)");
    CHECK(match.find("match     (p:person)\n            -[:says]->(c:claim)\n") != std::string::npos);
    CHECK(match.find("where     p.name contains \"a\"") != std::string::npos);
    CHECK(match.find("group by  p.name") != std::string::npos);
    CHECK(match.find("compute count(c)") != std::string::npos);
    // explain runs nothing: an unknown name is still an error, a known one gives only the plan.
    CHECK(sg::test::error_of(e, "explain who opposes nothing-here").find("no position named") != std::string::npos);
    CHECK(headers(e.run_one("explain list people")) == V{"plan"});
}

TEST_CASE("names that contain keywords are found unquoted when the graph knows them") {
    sg::test::Fixture f;
    const auto fridays = f.g.add_node(
        sg::test::Fixture::make(sg::NodeKind::Position, "position:friday-lunch", "lunch on Fridays and holidays"));
    f.g.add_edge(f.carol, fridays, sg::EdgeKind::Supports);
    const auto board = f.g.add_node(sg::test::Fixture::make(sg::NodeKind::Organisation, "org:board", "Board of Trade and Industry"));
    f.g.add_edge(f.dave, board, sg::EdgeKind::MemberOf, "clerk");
    f.g.freeze();
    Engine e(f.g);
    CHECK(column(e.run_one("who supports lunch on Fridays and holidays"), 0) == V{"Carol White"});
    CHECK(column(e.run_one("who supports LUNCH ON FRIDAYS AND HOLIDAYS where kind = person limit 1"), 0) == V{"Carol White"});
    CHECK(column(e.run_one("stance of Carol White on lunch on fridays and holidays"), 0) == V{"friday-lunch"});
    CHECK(column(e.run_one("members of Board of Trade and Industry"), 0) == V{"Dave Reader"});
    CHECK(column(e.run_one("who supports \"lunch on Fridays and holidays\""), 0) == V{"Carol White"});
    // A clause after a known name still reads as a clause; an unknown name keeps the quoting hint.
    // (Carol is mixed on free lunches, so on both sides of it.)
    CHECK(column(e.run_one("who agrees with Carol White on free-lunch"), 0) == V{"Alice Smith", "Bob Jones", "Gadget Union"});
    CHECK(sg::test::error_of(e, "who supports lunch on fridays").find("put the name in quotes") != std::string::npos);
}

TEST_CASE("a known name with a keyword never turns a statement that parses as typed into an error") {
    sg::test::Fixture f;
    // A (contrived) name that swallows `to` in `path from Alice Smith to Bob Jones`.
    f.g.add_node(sg::test::Fixture::make(sg::NodeKind::Organisation, "org:odd", "Alice Smith to Bob Jones"));
    f.g.freeze();
    Engine e(f.g);
    const auto r = e.run_one("path from Alice Smith to Bob Jones");
    REQUIRE_FALSE(r.rows.empty());
    CHECK(sg::query::to_text(r.rows.front()[1]) == "Alice Smith");
    CHECK(sg::query::to_text(r.rows.back()[3]) == "Bob Jones");
    // Where only the joined reading parses, it is the one used.
    CHECK(e.run_one("affiliations of Alice Smith to Bob Jones").rows.empty());
}
