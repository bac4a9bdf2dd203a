// Why an actor answers to an alias (graph/alias_reasons.hpp): the rule read off the two names.
#include <doctest/doctest.h>

#include <string>

#include "graph/alias_reasons.hpp"

using sg::alias_reason;
using sg::NodeKind;

namespace {
bool says(NodeKind kind, const char* name, const char* alias, const char* words) {
    return alias_reason(kind, name, alias).find(words) != std::string::npos;
}
}  // namespace

TEST_CASE("alias reasons: each of a person's names is explained by the rule that joined it") {
    CHECK(says(NodeKind::Person, "Barack Obama", "Sen. Barack Obama", "title before it"));
    CHECK(says(NodeKind::Person, "Barack Obama", "President Barack Obama", "after a title or role"));
    CHECK(says(NodeKind::Person, "Barack Obama", "Obama", "surname alone"));
    CHECK(says(NodeKind::Person, "Barack Obama", "Sen. Obama", "a title and the surname alone"));
    CHECK(says(NodeKind::Person, "Barack Obama", "President Obama", "role and the surname"));
    CHECK(says(NodeKind::Person, "Jane Roe", "J. Roe", "initials"));
    CHECK(says(NodeKind::Person, "Chris Van Hollen", "Van Hollen", "end of the longer name"));
    CHECK(says(NodeKind::Person, "Paul Bailey", "Sherriff Paul Bailey", "no title list knows"));
    CHECK(says(NodeKind::Person, "Elijah E. Cummings", "Elijah Cummings", "initials differ"));
    CHECK(says(NodeKind::Person, "Ada Lane", "The Fixer", "annotation"));
}

TEST_CASE("alias reasons: an organisation's acronym, shorter and leading names") {
    CHECK(says(NodeKind::Organisation, "Environmental Protection Agency", "EPA", "acronym"));
    CHECK(says(NodeKind::Organisation, "House Energy and Commerce Committee", "Energy and Commerce Committee",
               "shorter name"));
    CHECK(says(NodeKind::Organisation, "Westshire State Board of Elections", "Westshire State Board", "leading words"));
    CHECK(says(NodeKind::Organisation, "Conservative Party", "Tories", "gazetteer"));
}
