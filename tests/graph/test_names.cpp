// Name normalisation: one definition for annotations, queries and the graph file's name index.
#include <doctest/doctest.h>

#include "graph/names.hpp"

using namespace sg;

TEST_CASE("names: titles from the lexicon are ignored, never the whole name") {
    CHECK(name_without_titles("Dr  Ann Lee") == "ann lee");
    CHECK(name_without_titles("Professor Sir Ann Lee") == "ann lee");
    CHECK(name_without_titles("Prof. Ann Lee") == "ann lee");
    CHECK(name_without_titles("Rt Hon Ann Lee") == "ann lee");  // a title of two words
    CHECK(name_without_titles("Sir") == "sir");
    CHECK(name_without_titles("Lord Lee") == "lee");
    CHECK(name_without_titles("St. Helens Council") == "st helens council");  // dots after letters go
}

TEST_CASE("names: the lookup form folds case, curly quotes, spacing and a sentence's full stop") {
    CHECK(lookup_form("  Dr  Ann\tO\u2019Lee. ") == "ann o'lee");
    CHECK(lookup_form("GPC.") == "gpc");
    CHECK(lookup_form("") == "");
    CHECK(normalise_name("A \u2013 B") == "a - b");
}
