// Scraped pages that are one enormous paragraph: what extraction keeps from them must grow with
// the page, not with its square (each case here once cost minutes and gigabytes).
#include <doctest/doctest.h>

#include <string>

#include "extract_fixture.hpp"

using sg::test::run;

TEST_CASE("pathological text: a paragraph of unclosed quotes keeps each claim's context near it") {
    // No sentence ends and no closing marks: every quote's sentence is the whole paragraph.
    std::string body;
    for (int i = 0; i < 3000; ++i) body += "Jane Okafor said: " LD "item " + std::to_string(i) + " ";
    const auto r = run(body);
    REQUIRE(r.claims.size() >= 1000);
    std::size_t context_bytes = 0;
    for (const auto& c : r.claims) {
        CHECK(c.context.size() <= c.text.size() + 2 * sg::loaders::kContextReach + 8);
        context_bytes += c.context.size();
    }
    CHECK(context_bytes <= (2 * sg::loaders::kContextReach + 64) * r.claims.size());
    // The quotes are still found and attributed.
    CHECK(sg::test::speaker(r, "item 7") == sg::test::speaker(r, "item 8"));
}

TEST_CASE("pathological text: a page of capitalised words gives no name of thousands of words") {
    std::string body;
    for (int i = 0; i < 3000; ++i) body += "Harbour Trust Riverside Council Westfield Board ";
    body += "said on Monday.";
    const auto r = run(body);
    for (const auto& a : r.actors) {
        std::size_t words = 1;
        for (char ch : a.name) words += ch == ' ';
        CHECK_MESSAGE(words <= 12, a.name.substr(0, 80));
    }
}
