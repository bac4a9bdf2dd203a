// Questions sliced by the documents' metadata: `where date >= 2014-07`, `where source = Pulse`
// (the claims read come from the documents that pass), `by month` (a stance question's answer
// per period of its claims' documents' dates), and comparisons in MATCH and on answer columns.
#include <doctest/doctest.h>

#include <algorithm>

#include "query/fixture.hpp"
#include "query/test_helpers.hpp"

using sg::query::Engine;
using sg::test::column;
using sg::test::error_of;
using V = std::vector<std::string>;

namespace {

// The fixture's two documents, a.txt in June 2014 from Pulse and b.txt in July from the HSJ.
struct Dated : sg::test::Fixture {
    Dated() {
        g.node_mut(doc_a).document.date = "2014-06-12";
        g.node_mut(doc_a).document.source = "Pulse";
        g.node_mut(doc_b).document.date = "2014-07-02T09:30:00";
        g.node_mut(doc_b).document.source = "HSJ";
    }
};

}  // namespace

TEST_CASE("where on a document field keeps the claims of the documents that pass") {
    Dated f;
    Engine e(f.g);
    // July: Alice's one claim for; Carol one each way (mixed, counted for both). The union's
    // reported stance has no document, so no date: left out.
    const auto july = e.run_one("who supports free-lunch where date >= 2014-07");
    CHECK(column(july, 0) == V{"Alice Smith", "Carol White"});
    CHECK(column(july, 3) == V{"1", "1"});
    CHECK(column(july, 5) == V{"1", "1"});
    CHECK(column(e.run_one("who opposes free-lunch where date >= 2014-07"), 0) == V{"Carol White"});
    // A month matches every day of it, at the coarser of the two precisions.
    CHECK(column(e.run_one("who supports free-lunch where date = 2014-06"), 0) == V{"Alice Smith"});
    CHECK(column(e.run_one("who supports free-lunch where date <= 2014-06"), 0) == V{"Alice Smith"});
    CHECK(column(e.run_one("who supports free-lunch where date < 2014-06-12"), 0).empty());
    CHECK(column(e.run_one("who supports free-lunch where date > 2014"), 0).empty());
    // Text fields compare case-insensitively; two filters both hold.
    CHECK(column(e.run_one("who opposes free-lunch where source = pulse"), 0) == V{"Bob Jones"});
    CHECK(column(e.run_one("who opposes free-lunch where source = hsj and date < 2014-07"), 0).empty());
    CHECK(column(e.run_one("who supports free-lunch where source <> pulse"), 0) == column(july, 0));
    // A document's periods filter too.
    CHECK(column(e.run_one("who supports free-lunch where month = 2014-07"), 0) == column(july, 0));
    // The same filters scope other questions' claims.
    CHECK(column(e.run_one("what does Alice Smith say where date >= 2014-07"), 0) == V{"A free lunch is good for everyone."});
}

TEST_CASE("by month gives a stance question's answer per period of its claims' documents") {
    Dated f;
    Engine e(f.g);
    const auto r = e.run_one("who supports free-lunch by month");
    REQUIRE(r.columns.size() == 7);
    CHECK(r.columns[0].header == "month");
    CHECK(column(r, 0) == V{"2014-06", "2014-07", "2014-07"});
    CHECK(column(r, 1) == V{"Alice Smith", "Alice Smith", "Carol White"});
    // Per year the two months fold into one row per actor, counted as one tally.
    const auto years = e.run_one("who supports free-lunch by year");
    CHECK(column(years, 0) == V{"2014", "2014"});
    CHECK(column(years, 1) == V{"Alice Smith", "Carol White"});
    CHECK(column(years, 4) == V{"2", "1"});
    // ISO weeks and days, and the clause before others.
    CHECK(column(e.run_one("who opposes free-lunch by week"), 0) == V{"2014-W24", "2014-W27"});
    CHECK(column(e.run_one("who opposes free-lunch by days limit 1"), 0) == V{"2014-06-12"});
    CHECK(column(e.run_one("who opposes free-lunch by month where month = 2014-07"), 1) == V{"Carol White"});
    // stance of: per period, then position; Carol only mentioned lunch in June.
    const auto carol = e.run_one("stance of Carol White by month");
    CHECK(column(carol, 0) == V{"2014-06", "2014-07"});
    CHECK(column(carol, 3) == V{"neutral", "mixed"});
    const auto mentions = e.run_one("who mentions free-lunch by month");
    CHECK(column(mentions, 0) == V{"2014-06", "2014-06", "2014-06", "2014-07", "2014-07"});
}

TEST_CASE("by month: an undated document's claims stand apart, and other questions refuse it") {
    Dated f;
    f.g.node_mut(f.doc_b).document.date.clear();
    Engine e(f.g);
    const auto r = e.run_one("who supports free-lunch by month");
    // b.txt's claims have no month: their rows carry none.
    const V months = column(r, 0);
    CHECK(months.size() == 3);
    CHECK(std::count(months.begin(), months.end(), "2014-06") == 1);
    CHECK(std::count(months.begin(), months.end(), "") == 2);
    CHECK(error_of(e, "members of Widget Council by year").find("by year makes a timeline of who supports") != std::string::npos);
    // `by` elsewhere stays a word of names and of `count claims by`.
    CHECK(error_of(e, "count claims by speaker") == "");
}

TEST_CASE("comparisons: MATCH's where, answer columns, and the errors of each") {
    Dated f;
    Engine e(f.g);
    CHECK(column(e.run_one("MATCH (d:document) WHERE d.date < 2014-07 RETURN d.name"), 0) == V{"a.txt"});
    CHECK(column(e.run_one("MATCH (d:document) WHERE d.date >= 2014-06-13 RETURN d.name, d.week"), 1) == V{"2014-W27"});
    CHECK(column(e.run_one("MATCH (c:claim)-[:in]->(d:document) WHERE d.month = 2014-07 RETURN count(*)"), 0) == V{"4"});
    CHECK(column(e.run_one("MATCH (c:claim) WHERE c.confidence <= 1 RETURN count(*)"), 0) ==
          column(e.run_one("MATCH (c:claim) RETURN count(*)"), 0));
    CHECK(column(e.run_one("MATCH (c:claim) WHERE c.confidence > 1 RETURN c.text"), 0).empty());
    // Answer columns: numbers as numbers.
    CHECK(column(e.run_one("who mentions free-lunch where claims >= 2"), 0) == V{"Carol White", "Alice Smith"});
    CHECK(column(e.run_one("who mentions free-lunch where claims <> 2"), 0) == V{"Carol White", "Bob Jones", "Gadget Union"});
    // Columns of names take = and <> only; the document filter takes =.
    CHECK(error_of(e, "who supports free-lunch where actor > Alice").find("names nodes; compare it with = or <>") != std::string::npos);
    CHECK(error_of(e, "who supports free-lunch where document > a.txt").find("^ document takes =, not >") != std::string::npos);
}

TEST_CASE("explain shows the documents a filter keeps") {
    Dated f;
    Engine e(f.g);
    std::string plan;
    for (const auto& row : e.run_one("explain who supports free-lunch where source = pulse by month").rows)
        plan += sg::query::to_text(row[0]) + "\n";
    CHECK(plan.find("in 1 documents") != std::string::npos);
    CHECK(plan.find("documents where source = pulse") != std::string::npos);
    CHECK(plan.find("stances reported without a claim left out") != std::string::npos);
    // Stored tallies have no dates: not used.
    CHECK(plan.find("tallies") == std::string::npos);
}
