// Rows by actor (the report's rows): the claim's speaker, a person or an organisation, where
// `person` leaves organisations' own claims out and `organisation` folds members into their body.
#include <doctest/doctest.h>

#include "network_fixture.hpp"

using namespace sg;
using namespace sg::networks;
using sg::test::cell;

TEST_CASE("networks: --rows actor has a row per speaker, people and organisations alike") {
    // Ada (for the BMA) and the BMA itself oppose P; Cat (no organisation) supports it.
    const Graph g = test::coded_graph({{"d.txt", "2015-01-05", "A"}},
                                      {{"d.txt", "BMA", "P", false, "Ada"},
                                       {"d.txt", "BMA", "P", false},
                                       {"d.txt", "", "P", true, "Cat"}});
    NetworkOptions o;
    o.type = NetworkType::OneMode;
    o.rows = Variable::Actor;
    o.aggregation = Aggregation::Congruence;
    const Network congruence = test::network_of(g, o);
    CHECK(congruence.rows == std::vector<std::string>{"Ada", "BMA", "Cat"});
    CHECK(cell(congruence, "Ada", "BMA") == 1);
    CHECK(cell(congruence, "Ada", "Cat") == 0);
    o.aggregation = Aggregation::Conflict;
    const Network conflict = test::network_of(g, o);
    CHECK(cell(conflict, "BMA", "Cat") == 1);
    // The other variables, for contrast: persons only, or the organisation spoken for.
    o.rows = Variable::Person;
    CHECK(test::network_of(g, o).rows == std::vector<std::string>{"Ada", "Cat"});
    o.rows = Variable::Organisation;
    CHECK(test::network_of(g, o).rows == std::vector<std::string>{"BMA"});
    // --exclude actor=... filters on it too.
    o.rows = Variable::Actor;
    o.exclude = {Exclusion{"actor", "BMA"}};
    CHECK(test::network_of(g, o).rows == std::vector<std::string>{"Ada", "Cat"});
}
