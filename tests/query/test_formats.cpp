// The three output formats of results.
#include <doctest/doctest.h>

#include <sstream>

#include "query/fixture.hpp"
#include "query/output/result.hpp"

using namespace sg::query;

namespace {
ResultSet sample() {
    ResultSet r;
    r.columns = {Column{"actor", "name", {}}, Column{"claims for", "claims_for", {}}, Column{"note", "note", {}}};
    r.add({std::string("Zoë Ünal"), std::int64_t{12}, std::string("said \"no\", twice\nthen left")});
    r.add({std::string("Bo"), std::int64_t{3}, Value{}});
    return r;
}
}  // namespace

TEST_CASE("table: aligned by characters, numbers right-aligned, row count") {
    std::ostringstream out;
    write_table(out, sample(), 12);
    CHECK(out.str() ==
          "actor     claims for  note\n"
          "--------  ----------  ------------\n"
          "Zoë Ünal          12  said \"no\", …\n"
          "Bo                 3\n"
          "(2 rows)\n");
}

TEST_CASE("json: an array of objects keyed by column keys, typed values") {
    std::ostringstream out;
    write_json(out, sample());
    CHECK(out.str() ==
          "[{\"name\":\"Zoë Ünal\",\"claims_for\":12,\"note\":\"said \\\"no\\\", twice\\nthen left\"},"
          "{\"name\":\"Bo\",\"claims_for\":3,\"note\":null}]\n");
    std::ostringstream empty;
    write_json(empty, ResultSet{});
    CHECK(empty.str() == "[]\n");
}

TEST_CASE("csv: RFC 4180 quoting and CRLF") {
    std::ostringstream out;
    write_csv(out, sample());
    CHECK(out.str() ==
          "actor,claims for,note\r\n"
          "Zoë Ünal,12,\"said \"\"no\"\", twice\nthen left\"\r\n"
          "Bo,3,\r\n");
}

TEST_CASE("format names") {
    CHECK(format_from("json") == Format::Json);
    CHECK(format_from("csv") == Format::Csv);
    CHECK(format_from("table") == Format::Table);
    CHECK_FALSE(format_from("xml").has_value());
}
