// `who supports|opposes|mentions`: the stance questions the extraction scorer relies on.
#include <doctest/doctest.h>

#include <sstream>

#include "query/fixture.hpp"

using sg::query::Engine;
using sg::query::ResultSet;
using sg::query::to_text;

namespace {

std::vector<std::string> column(const ResultSet& r, std::size_t c) {
    std::vector<std::string> out;
    for (const auto& row : r.rows) out.push_back(to_text(row[c]));
    return out;
}

}  // namespace

TEST_CASE("who supports ranks actors by claims for, from claims, ids and labels alike") {
    sg::test::Fixture f;
    Engine e(f.g);
    const ResultSet r = e.run_one("who supports free-lunch");
    REQUIRE(r.columns.size() == 6);
    CHECK(r.columns[0].header == "actor");
    CHECK(r.columns[0].key == "name");
    CHECK(r.columns[1].key == "kind");
    // Alice 2 for; Carol tied 1-1 counts for both sides; Dave's claim is a comment, left out.
    CHECK(column(r, 0) == std::vector<std::string>{"Alice Smith", "Carol White"});
    CHECK(column(r, 3) == std::vector<std::string>{"2", "1"});
    CHECK(column(r, 4) == std::vector<std::string>{"0", "1"});
    CHECK(column(r, 5) == std::vector<std::string>{"2", "2"});
    CHECK(column(r, 2) == std::vector<std::string>{"Widget Council", ""});
    // The label and odd capitalisation find the same position.
    CHECK(column(e.run_one("who supports Free Lunches For All"), 0) == column(r, 0));
    CHECK(column(e.run_one("WHO SUPPORTS \"free lunches for all\""), 0) == column(r, 0));
}

TEST_CASE("who opposes includes reported stances and tied actors") {
    sg::test::Fixture f;
    Engine e(f.g);
    const ResultSet r = e.run_one("who opposes free-lunch");
    CHECK(column(r, 0) == std::vector<std::string>{"Bob Jones", "Carol White", "Gadget Union"});
    CHECK(column(r, 1) == std::vector<std::string>{"person", "person", "organisation"});
}

TEST_CASE("with comments brings readers' comments in") {
    sg::test::Fixture f;
    Engine e(f.g);
    const ResultSet r = e.run_one("who supports free-lunch with comments");
    CHECK(column(r, 0) == std::vector<std::string>{"Alice Smith", "Carol White", "Dave Reader"});
}

TEST_CASE("who mentions counts claims of any polarity") {
    sg::test::Fixture f;
    Engine e(f.g);
    const ResultSet r = e.run_one("who mentions free-lunch");
    // Carol: about + supports + opposes = 3 claims; Gadget Union has only a reported stance.
    CHECK(column(r, 0) == std::vector<std::string>{"Carol White", "Alice Smith", "Bob Jones", "Gadget Union"});
    CHECK(column(r, 3) == std::vector<std::string>{"3", "2", "1", "0"});
    CHECK(column(r, 4) == std::vector<std::string>{"mixed", "supports", "opposes", "opposes"});
}

TEST_CASE("who supports in json is an array of objects with name and kind") {
    sg::test::Fixture f;
    Engine e(f.g);
    std::ostringstream out;
    sg::query::write_json(out, e.run_one("who supports four-day-week"));
    CHECK(out.str() ==
          "[{\"name\":\"Bob Jones\",\"kind\":\"person\",\"organisation\":\"Gadget Union\",\"claims_for\":1,"
          "\"claims_against\":0,\"documents\":1}]\n");
}

TEST_CASE("filters, order and limit on who questions") {
    sg::test::Fixture f;
    Engine e(f.g);
    CHECK(column(e.run_one("who opposes free-lunch where kind = organisation"), 0) ==
          std::vector<std::string>{"Gadget Union"});
    CHECK(column(e.run_one("who opposes free-lunch where kind = person and organisation = GU"), 0) ==
          std::vector<std::string>{"Bob Jones"});
    CHECK(column(e.run_one("who supports free-lunch where document = b.txt"), 0) ==
          std::vector<std::string>{"Alice Smith", "Carol White"});
    CHECK(column(e.run_one("who supports free-lunch where document = \"a.txt\""), 0) ==
          std::vector<std::string>{"Alice Smith"});
    CHECK(column(e.run_one("who opposes free-lunch order by actor desc"), 0) ==
          std::vector<std::string>{"Gadget Union", "Carol White", "Bob Jones"});
    CHECK(column(e.run_one("who opposes free-lunch order by actor limit 1"), 0) == std::vector<std::string>{"Bob Jones"});
}
