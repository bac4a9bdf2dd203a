// DNA's statement filters, worked out by hand: the date range, exclusions (and their inversion),
// duplicates per document / ISO week / month / year / range, isolates, readers' comments, and
// time windows. Every statement here is X on P; the documents are:
//   d1 2014-01-01 (a Wednesday: ISO week 1 of 2014, January 2014)  source A   X supports P
//   d2 2014-12-29 (a Monday: ISO week 1 of 2015, December 2014)    source B   X supports P, X opposes P
//   d3 2014-12-31 (ISO week 1 of 2015, December 2014)              source B   X supports P
//   d4 2015-12-15 (December 2015)                                  source C   X supports P
#include <doctest/doctest.h>

#include "network_fixture.hpp"
#include "graph/dates.hpp"
#include "networks/windows.hpp"

using namespace sg;
using namespace sg::networks;
using sg::test::cell;

namespace {

Graph dated() {
    return test::coded_graph(
        {{"d1.txt", "2014-01-01", "A"}, {"d2.txt", "2014-12-29", "B"}, {"d3.txt", "2014-12-31", "B"},
         {"d4.txt", "2015-12-15", "C"}},
        {{"d1.txt", "X", "P"}, {"d2.txt", "X", "P"}, {"d2.txt", "X", "P", false}, {"d3.txt", "X", "P"}, {"d4.txt", "X", "P"}});
}

double xp(const NetworkOptions& o) { return cell(test::network_of(dated(), o), "X", "P"); }

NetworkOptions with(Duplicates d, Aggregation a = Aggregation::Ignore) {
    NetworkOptions o;
    o.duplicates = d;
    o.aggregation = a;
    return o;
}

}  // namespace

TEST_CASE("networks: duplicates per document, week, month, year and range") {
    CHECK(xp(with(Duplicates::Include)) == 5);
    // d2's two statements are one with the qualifier ignored ...
    CHECK(xp(with(Duplicates::Document)) == 4);
    // ... and two when the aggregation uses it: 4 supports - 1 opposes
    CHECK(xp(with(Duplicates::Document, Aggregation::Subtract)) == 3);
    // ISO weeks: week 1 of 2014 (d1), week 1 of 2015 (d2, d3) and week 51 of 2015 (d4); DNA's
    // year-blind week would join d1 with d2 and d3 and give 2
    CHECK(xp(with(Duplicates::Week)) == 3);
    // months: January 2014, December 2014, December 2015 (DNA's month would join the Decembers)
    CHECK(xp(with(Duplicates::Month)) == 3);
    CHECK(xp(with(Duplicates::Year)) == 2);
    CHECK(xp(with(Duplicates::AcrossRange)) == 1);
    // with the qualifier: the one opposing statement survives every period
    CHECK(xp(with(Duplicates::AcrossRange, Aggregation::Subtract)) == 0);
}

TEST_CASE("networks: the date range includes both ends, a whole day at --to") {
    NetworkOptions o;
    o.from = parse_instant("2014-12-29");
    o.to = *parse_instant("2014-12-31") + 86399;
    CHECK(xp(o) == 3);
    o.to = parse_instant("2014-12-30");
    CHECK(xp(o) == 2);
}

TEST_CASE("networks: exclusions, inverted exclusions, and isolates") {
    NetworkOptions o;
    o.exclude = {{"source", "B"}};
    CHECK(xp(o) == 2);
    o.invert_exclude = true;
    CHECK(xp(o) == 3);
    NetworkOptions sides;
    sides.exclude = {{"agreement", "0"}};
    CHECK(xp(sides) == 4);
    sides.exclude = {{"agreement", "opposes"}};
    CHECK(xp(sides) == 4);

    const Graph g = test::coded_graph({{"a.txt", "2015-01-05", "A"}, {"b.txt", "2015-01-06", "B"}},
                                      {{"a.txt", "X", "P"}, {"b.txt", "W", "Q"}});
    NetworkOptions drop_b;
    drop_b.exclude = {{"source", "B"}};
    const Network without = test::network_of(g, drop_b);
    CHECK(without.rows == std::vector<std::string>{"X"});
    CHECK(without.columns == std::vector<std::string>{"P"});
    drop_b.isolates = true;
    const Network with_isolates = test::network_of(g, drop_b);
    CHECK(with_isolates.rows == std::vector<std::string>{"W", "X"});
    CHECK(with_isolates.columns == std::vector<std::string>{"P", "Q"});
    CHECK(cell(with_isolates, "W", "Q") == 0);
    CHECK(cell(with_isolates, "X", "P") == 1);
}

TEST_CASE("networks: readers' comments and claims without a side are not statements unless asked") {
    test::Coding comment{"a.txt", "Y", "P"};
    comment.comment = true;
    const Graph g = test::coded_graph({{"a.txt", "2015-01-05", ""}}, {{"a.txt", "X", "P"}, comment});
    NetworkOptions o;
    CHECK(test::network_of(g, o).rows == std::vector<std::string>{"X"});
    o.with_comments = true;
    CHECK(test::network_of(g, o).rows == std::vector<std::string>{"X", "Y"});
}

TEST_CASE("networks: moving windows of months share the labels of the whole range") {
    NetworkOptions o;
    const store::GraphStore s = store::GraphStore::from_graph(dated());
    const auto all = read_statements(s, false);
    // one-month windows from January 2014 to December 2015: 24
    const auto monthly = network_series(all, o, WindowOptions{1, WindowUnit::Months});
    REQUIRE(monthly.size() == 24);
    CHECK(monthly.front().label == "2014-01-01..2014-01-31");
    CHECK(cell(monthly.front().network, "X", "P") == 1);
    CHECK(monthly[11].label == "2014-12-01..2014-12-31");
    CHECK(cell(monthly[11].network, "X", "P") == 3);
    CHECK(cell(monthly[5].network, "X", "P") == 0);  // June 2014: no statement, the same labels
    CHECK(monthly[5].network.rows == std::vector<std::string>{"X"});
    // two-year windows: one, holding everything
    const auto whole = network_series(all, o, WindowOptions{2, WindowUnit::Years});
    REQUIRE(whole.size() == 1);
    CHECK(whole.front().label == "2014-01-01..2015-12-31");
    CHECK(cell(whole.front().network, "X", "P") == 5);
    // duplicates are sought within each window: one per year-long window
    o.duplicates = Duplicates::AcrossRange;
    const auto yearly = network_series(all, o, WindowOptions{1, WindowUnit::Years});
    REQUIRE(yearly.size() == 2);
    CHECK(cell(yearly[0].network, "X", "P") == 1);
    CHECK(cell(yearly[1].network, "X", "P") == 1);
    // ISO weeks start on Monday: 2014-12-29 begins a week
    const auto weekly = network_series(all, NetworkOptions{}, WindowOptions{1, WindowUnit::Weeks});
    CHECK(weekly.front().label == "2013-12-30..2014-01-05");
}
