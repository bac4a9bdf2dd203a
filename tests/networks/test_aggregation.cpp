// DNA's aggregations and normalisations on a graph small enough to work out by hand:
//   X: P supports x2, Q opposes x1   (n = 3)
//   Y: P supports x1, Q supports x1  (n = 2)
//   Z: P opposes x1,  Q opposes x1   (n = 2)
#include <doctest/doctest.h>

#include "network_fixture.hpp"

using namespace sg;
using namespace sg::networks;
using sg::test::cell;

namespace {

Graph xyz() {
    return test::coded_graph({{"d1.txt", "2015-01-05", "A"}},
                             {{"d1.txt", "X", "P", true}, {"d1.txt", "X", "P", true}, {"d1.txt", "X", "Q", false},
                              {"d1.txt", "Y", "P", true}, {"d1.txt", "Y", "Q", true}, {"d1.txt", "Z", "P", false},
                              {"d1.txt", "Z", "Q", false}});
}

NetworkOptions two(Aggregation a, Normalisation n = Normalisation::None) {
    NetworkOptions o;
    o.aggregation = a;
    o.normalisation = n;
    return o;
}

NetworkOptions one(Aggregation a, Normalisation n = Normalisation::None) {
    NetworkOptions o = two(a, n);
    o.type = NetworkType::OneMode;
    return o;
}

}  // namespace

TEST_CASE("networks: two-mode ignore, subtract and combine") {
    const Graph g = xyz();
    const Network ignore = test::network_of(g, two(Aggregation::Ignore));
    CHECK(ignore.rows == std::vector<std::string>{"X", "Y", "Z"});
    CHECK(ignore.columns == std::vector<std::string>{"P", "Q"});
    CHECK(cell(ignore, "X", "P") == 2);
    CHECK(cell(ignore, "X", "Q") == 1);
    CHECK(cell(ignore, "Z", "Q") == 1);
    const Network subtract = test::network_of(g, two(Aggregation::Subtract));
    CHECK(cell(subtract, "X", "P") == 2);
    CHECK(cell(subtract, "X", "Q") == -1);
    CHECK(cell(subtract, "Y", "Q") == 1);
    CHECK(cell(subtract, "Z", "P") == -1);
    const Network combine = test::network_of(g, two(Aggregation::Combine));
    CHECK(cell(combine, "X", "P") == 1);  // only supports
    CHECK(cell(combine, "X", "Q") == 2);  // only opposes
    CHECK(cell(combine, "Y", "P") == 1);
}

TEST_CASE("networks: combine gives 3 to a row that both supports and opposes a column") {
    const Graph g = test::coded_graph({{"d.txt", "2015-01-05", ""}},
                                      {{"d.txt", "X", "P", true}, {"d.txt", "X", "P", false}, {"d.txt", "X", "Q", true}});
    const Network n = test::network_of(g, two(Aggregation::Combine));
    CHECK(cell(n, "X", "P") == 3);
    CHECK(cell(n, "X", "Q") == 1);
    // activity with combine divides by the row's non-zero cells (2): 3/2 and 1/2.
    const Network a = test::network_of(g, two(Aggregation::Combine, Normalisation::Activity));
    CHECK(cell(a, "X", "P") == doctest::Approx(1.5));
    CHECK(cell(a, "X", "Q") == doctest::Approx(0.5));
}

TEST_CASE("networks: two-mode activity and prominence") {
    const Graph g = xyz();
    const Network act = test::network_of(g, two(Aggregation::Ignore, Normalisation::Activity));
    CHECK(cell(act, "X", "P") == doctest::Approx(2.0 / 3));
    CHECK(cell(act, "X", "Q") == doctest::Approx(1.0 / 3));
    CHECK(cell(act, "Y", "P") == doctest::Approx(0.5));
    // subtract: divided by all of the row's statements (3), keeping the sign
    const Network sub = test::network_of(g, two(Aggregation::Subtract, Normalisation::Activity));
    CHECK(cell(sub, "X", "Q") == doctest::Approx(-1.0 / 3));
    CHECK(cell(sub, "Z", "P") == doctest::Approx(-0.5));
    // combine: divided by the row's non-zero cells (2 for X): 1/2 and 2/2
    const Network comb = test::network_of(g, two(Aggregation::Combine, Normalisation::Activity));
    CHECK(cell(comb, "X", "P") == doctest::Approx(0.5));
    CHECK(cell(comb, "X", "Q") == doctest::Approx(1.0));
    // prominence: per column; P has 4 statements, Q 3
    const Network prom = test::network_of(g, two(Aggregation::Ignore, Normalisation::Prominence));
    CHECK(cell(prom, "X", "P") == doctest::Approx(0.5));
    CHECK(cell(prom, "Y", "P") == doctest::Approx(0.25));
    CHECK(cell(prom, "Z", "Q") == doctest::Approx(1.0 / 3));
}

TEST_CASE("networks: one-mode ignore, congruence, conflict and subtract") {
    const Graph g = xyz();
    const Network ignore = test::network_of(g, one(Aggregation::Ignore));
    CHECK(ignore.rows == ignore.columns);
    CHECK(cell(ignore, "X", "Y") == 3);  // P: 2*1, Q: 1*1
    CHECK(cell(ignore, "X", "Z") == 3);
    CHECK(cell(ignore, "Y", "Z") == 2);
    CHECK(cell(ignore, "X", "X") == 0);  // the diagonal is 0
    const Network congruence = test::network_of(g, one(Aggregation::Congruence));
    CHECK(cell(congruence, "X", "Y") == 2);  // both support P: 2*1
    CHECK(cell(congruence, "X", "Z") == 1);  // both oppose Q
    CHECK(cell(congruence, "Y", "Z") == 0);
    CHECK(cell(congruence, "Y", "X") == 2);  // symmetric
    const Network conflict = test::network_of(g, one(Aggregation::Conflict));
    CHECK(cell(conflict, "X", "Y") == 1);  // Q: X opposes, Y supports
    CHECK(cell(conflict, "X", "Z") == 2);  // P: X supports twice, Z opposes
    CHECK(cell(conflict, "Y", "Z") == 2);
    const Network subtract = test::network_of(g, one(Aggregation::Subtract));
    CHECK(cell(subtract, "X", "Y") == 1);
    CHECK(cell(subtract, "X", "Z") == -1);
    CHECK(cell(subtract, "Y", "Z") == -2);
}

TEST_CASE("networks: one-mode average, cosine (DNA's) and jaccard") {
    const Graph g = xyz();
    const Network average = test::network_of(g, one(Aggregation::Congruence, Normalisation::Average));
    CHECK(cell(average, "X", "Y") == doctest::Approx(2 / 2.5));
    CHECK(cell(average, "X", "Z") == doctest::Approx(1 / 2.5));
    CHECK(cell(average, "Y", "Z") == 0);
    const Network cosine = test::network_of(g, one(Aggregation::Congruence, Normalisation::Cosine));
    CHECK(cell(cosine, "X", "Y") == doctest::Approx(2.0 / 6));  // by n1 * n2, not a vector cosine
    CHECK(cell(cosine, "X", "Z") == doctest::Approx(1.0 / 6));
    // jaccard over the cells (position, side): X-Y m11 = 2 (P+), m10 = 1 (Q-), m01 = 1 (Q+)
    const Network jaccard = test::network_of(g, one(Aggregation::Congruence, Normalisation::Jaccard));
    CHECK(cell(jaccard, "X", "Y") == doctest::Approx(0.5));
    CHECK(cell(jaccard, "X", "Z") == doctest::Approx(0.25));  // m11 = 1 (Q-), m10 = 2 (P+), m01 = 1 (P-)
    // a zero divisor gives 0: an actor whose statements were all dropped
    const Network conflict = test::network_of(g, one(Aggregation::Conflict, Normalisation::Average));
    CHECK(cell(conflict, "Y", "Z") == doctest::Approx(2 / 2.0));
}

TEST_CASE("networks: person rows, position rows, and an organisation row for a claim made for it") {
    const Graph g = test::coded_graph({{"d.txt", "2015-01-05", ""}},
                                      {{"d.txt", "Union", "P", true, "Ann"}, {"d.txt", "Council", "P", false, "Ann"},
                                       {"d.txt", "Council", "Q", true}});
    const Network orgs = test::network_of(g, two(Aggregation::Ignore));
    // Ann spoke for two bodies: each of her claims counts for the one it was made for.
    CHECK(orgs.rows == std::vector<std::string>{"Council", "Union"});
    CHECK(cell(orgs, "Union", "P") == 1);
    CHECK(cell(orgs, "Council", "P") == 1);
    CHECK(cell(orgs, "Council", "Q") == 1);
    NetworkOptions by_person = two(Aggregation::Ignore);
    by_person.rows = Variable::Person;
    const Network people = test::network_of(g, by_person);
    CHECK(people.rows == std::vector<std::string>{"Ann"});  // the organisation's own claim has no person: dropped
    CHECK(cell(people, "Ann", "P") == 2);
    NetworkOptions positions = one(Aggregation::Ignore);
    positions.rows = Variable::Position;
    positions.columns = Variable::Organisation;
    const Network concepts = test::network_of(g, positions);
    CHECK(concepts.rows == std::vector<std::string>{"P", "Q"});
    CHECK(cell(concepts, "P", "Q") == 1);  // they meet in Council
}

TEST_CASE("networks: combinations DNA does not define are refused") {
    CHECK_THROWS_AS(check_options(two(Aggregation::Congruence)), std::invalid_argument);
    CHECK_THROWS_AS(check_options(one(Aggregation::Combine)), std::invalid_argument);
    CHECK_THROWS_AS(check_options(two(Aggregation::Ignore, Normalisation::Jaccard)), std::invalid_argument);
    CHECK_THROWS_AS(check_options(one(Aggregation::Ignore, Normalisation::Activity)), std::invalid_argument);
    NetworkOptions same = one(Aggregation::Ignore);
    same.columns = Variable::Organisation;
    CHECK_THROWS_AS(check_options(same), std::invalid_argument);
}

TEST_CASE("networks: labels sort by UTF-16 code units, case-sensitively, as DNA's Java does") {
    // UTF-8 byte order puts U+FF5E before U+1F600; UTF-16 puts the surrogate pair (0xD83D) first.
    CHECK(utf16_less("B", "a"));
    CHECK(utf16_less("a", "\xC3\xA9"));
    CHECK(utf16_less("\xF0\x9F\x98\x80", "\xEF\xBD\x9E"));
    CHECK_FALSE(utf16_less("\xEF\xBD\x9E", "\xF0\x9F\x98\x80"));
    const Graph g = test::coded_graph({{"d.txt", "2015-01-05", ""}},
                                      {{"d.txt", "\xEF\xBD\x9E", "P"}, {"d.txt", "\xF0\x9F\x98\x80", "P"},
                                       {"d.txt", "b", "P"}, {"d.txt", "B", "P"}});
    CHECK(test::network_of(g, two(Aggregation::Ignore)).rows ==
          std::vector<std::string>{"B", "b", "\xF0\x9F\x98\x80", "\xEF\xBD\x9E"});
}
