// A paragraph's definitions read from tokens made once for it (extract_document hands the same
// tokens on to the paragraph's first reading for mentions): the same acronyms and names of laws
// as when collect_definitions tokenises the paragraph itself.
#include <doctest/doctest.h>

#include <string>

#include "loaders/mentions/mentions.hpp"

using namespace sg::loaders;

TEST_CASE("collect_definitions: given the paragraph's tokens, finds what it finds tokenising") {
    const std::string t = "Heading\n\nThe General Practitioners Committee (GPC) said the Price Anderson Act "
                          "and the Westland Transport Plan would stand.\n";
    const Range r{t.find("The"), t.size() - 1};
    DocumentNames acronyms_alone, things_alone, acronyms_given, things_given;
    collect_definitions(t, r, acronyms_alone, things_alone);
    collect_definitions(t, r, tokenize(t, r.begin, r.end), acronyms_given, things_given);
    CHECK(acronyms_given.acronyms == acronyms_alone.acronyms);
    CHECK(acronyms_given.acronym_long_forms == acronyms_alone.acronym_long_forms);
    CHECK(things_given.thing_names == things_alone.thing_names);
    CHECK(acronyms_alone.acronyms.count("GPC") == 1);
    CHECK(things_alone.thing_names.count("Price Anderson") == 1);
}
