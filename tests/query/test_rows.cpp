// An answer's rows in one array of cells (query/output/rows.hpp).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "query/output/result.hpp"

namespace {

using sg::query::Rows;
using sg::query::TextRef;
using sg::query::Value;

std::vector<std::string> texts(const Rows& rows) {
    std::vector<std::string> out;
    for (const auto row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) line += (i ? "|" : "") + sg::query::to_text(row[i]);
        out.push_back(line);
    }
    return out;
}

Rows three_rows() {
    Rows r(3);
    r.push_back({std::string("a"), std::int64_t{1}, TextRef{"x"}});
    r.push_back({std::string("a long text that does not fit in a string's own bytes"), std::int64_t{2}});  // padded
    r.push_back({std::string("c"), std::int64_t{3}, TextRef{"z"}, std::string("cut")});                     // cut
    return r;
}

}  // namespace

TEST_CASE("rows: cells in column order, padded or cut to the width, read by row and cell") {
    const Rows r = three_rows();
    CHECK(r.size() == 3);
    CHECK(r.width() == 3);
    CHECK(texts(r) == std::vector<std::string>{"a|1|x", "a long text that does not fit in a string's own bytes|2|", "c|3|z"});
    CHECK(std::get<std::int64_t>(r.back()[1]) == 3);
    CHECK(sg::query::to_text(r.front()[0]) == "a");
}

TEST_CASE("rows: kept in order (each row asked once), selected, truncated, columns dropped in place") {
    Rows r = three_rows();
    std::vector<std::size_t> asked;
    r.keep_if([&](std::size_t i) {
        asked.push_back(i);
        return i != 0;
    });
    CHECK(asked == std::vector<std::size_t>{0, 1, 2});
    CHECK(texts(r) == std::vector<std::string>{"a long text that does not fit in a string's own bytes|2|", "c|3|z"});
    // A row kept where it is (no move onto itself) keeps its text.
    Rows all = three_rows();
    all.keep_if([](std::size_t) { return true; });
    CHECK(texts(all) == texts(three_rows()));

    Rows s = three_rows();
    s.select({2, 0});
    CHECK(texts(s) == std::vector<std::string>{"c|3|z", "a|1|x"});
    s.resize(1);
    CHECK(texts(s) == std::vector<std::string>{"c|3|z"});

    Rows c = three_rows();
    c.keep_columns({0, 2});
    CHECK(c.width() == 2);
    CHECK(texts(c) == std::vector<std::string>{"a|x", "a long text that does not fit in a string's own bytes|", "c|z"});
}

TEST_CASE("rows: a row appended empty is filled in place; a result's rows take its columns' width") {
    Rows r(2);
    const Rows::Row row = r.append();
    row[1] = std::int64_t{7};
    CHECK(texts(r) == std::vector<std::string>{"|7"});

    sg::query::ResultSet result;
    result.columns = {{"a", "a", {}}, {"b", "b", {}}};
    result.add({std::string("x")});
    result.add({std::string("y"), std::int64_t{2}}, {5});
    CHECK(result.rows.width() == 2);
    CHECK(texts(result.rows) == std::vector<std::string>{"x|", "y|2"});
    // row_nodes: empty while no row has nodes, then one per row.
    CHECK(result.row_nodes.size() == 2);
    CHECK(result.row_nodes[0].empty());
    CHECK(result.row_nodes[1] == std::vector<sg::NodeId>{5});
}
