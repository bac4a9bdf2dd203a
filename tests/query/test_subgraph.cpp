// The subgraph behind an answer, for DOT export.
#include <doctest/doctest.h>

#include <algorithm>

#include "query/fixture.hpp"
#include "query/output/subgraph.hpp"

TEST_CASE("who opposes: the actors, their claims, the position, documents and organisations") {
    sg::test::Fixture f;
    const auto nodes = sg::query::answer_subgraph(sg::query::Engine(f.g), "who opposes four-day-week");
    auto has = [&](sg::NodeId n) { return std::find(nodes.begin(), nodes.end(), n) != nodes.end(); };
    CHECK(std::is_sorted(nodes.begin(), nodes.end()));
    CHECK(has(f.alice));
    CHECK(has(f.widgets));
    CHECK(has(f.week));
    CHECK(has(f.doc_a));
    CHECK_FALSE(has(f.bob));     // supports the week
    CHECK_FALSE(has(f.lunch));   // not part of this answer
    const auto claims = std::count_if(nodes.begin(), nodes.end(),
                                      [&](sg::NodeId n) { return f.g.node(n).kind == sg::NodeKind::Claim; });
    CHECK(claims == 1);
}

TEST_CASE("a bad query throws a UsageError with the caret") {
    sg::test::Fixture f;
    CHECK_THROWS_WITH_AS(sg::query::answer_subgraph(sg::query::Engine(f.g), "who opposes nothing-here"),
                         "who opposes nothing-here\n            ^ no position named \"nothing-here\"", sg::UsageError);
}

// Rows kept in place by `distinct`, `where` and `order by` keep the nodes behind them: the rows'
// cells and their nodes are compacted side by side (query/output/rows.hpp, exec/table.hpp).
TEST_CASE("what does X say: every claim's document and position stay behind its row through distinct and order") {
    sg::test::Fixture f;
    for (const char* q : {"what does Alice Smith say", "what does Alice Smith say order by quote",
                          "what does Alice Smith say where document = a.txt"}) {
        CAPTURE(q);
        const auto nodes = sg::query::answer_subgraph(sg::query::Engine(f.g), q);
        auto has = [&](sg::NodeId n) { return std::find(nodes.begin(), nodes.end(), n) != nodes.end(); };
        CHECK(has(f.alice));
        CHECK(has(f.doc_a));
        CHECK(has(f.week));  // "Five days, please." (a.txt) opposes the week
        CHECK(has(f.lunch));
        CHECK_FALSE(has(f.bob));
        const auto claims = std::count_if(nodes.begin(), nodes.end(),
                                          [&](sg::NodeId n) { return f.g.node(n).kind == sg::NodeKind::Claim; });
        CHECK(claims == (std::string(q).find("a.txt") != std::string::npos ? 2 : 3));
    }
}
