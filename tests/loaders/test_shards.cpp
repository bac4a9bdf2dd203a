// Which part of a corpus a document belongs to (loaders/shards/shard.hpp): a fixed hash of its
// file name, so parts are stable, independent of listing order, and roughly even.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "loaders/shards/shard.hpp"

using sg::loaders::fnv1a64;
using sg::loaders::parse_shard;
using sg::loaders::shard_of;

TEST_CASE("shards: FNV-1a gives the published test values") {
    CHECK(fnv1a64("") == 0xcbf29ce484222325ull);
    CHECK(fnv1a64("a") == 0xaf63dc4c8601ec8cull);
    CHECK(fnv1a64("foobar") == 0x85944171f73967e8ull);
}

TEST_CASE("shards: a document's part depends on its file name and N only") {
    CHECK(shard_of("000_1f3b7b468d541e9d.txt", 1) == 1);
    for (unsigned n : {2u, 3u, 7u, 100u}) {
        const unsigned k = shard_of("000_1f3b7b468d541e9d.txt", n);
        CHECK(k >= 1);
        CHECK(k <= n);
        CHECK(k == fnv1a64("000_1f3b7b468d541e9d.txt") % n + 1);
    }
    // 4000 names fall into 4 parts about evenly
    std::vector<int> count(5, 0);
    for (int i = 0; i < 4000; ++i) ++count[shard_of("article-" + std::to_string(i) + ".txt", 4)];
    for (unsigned k = 1; k <= 4; ++k) {
        CHECK(count[k] > 850);
        CHECK(count[k] < 1150);
    }
}

TEST_CASE("shards: K/N is read strictly") {
    auto s = parse_shard("2/3");
    REQUIRE(s);
    CHECK(s->index == 2);
    CHECK(s->count == 3);
    CHECK(parse_shard("1/1"));
    CHECK(parse_shard("100000/100000"));
    for (const char* bad : {"3/2", "0/2", "1/0", "0/0", "2", "1/", "/2", "a/b", "1/2/3", "-1/2", "+1/2", " 1/2",
                            "1/2 ", "1/100001", "1/1000000", ""})
        CHECK_MESSAGE(!parse_shard(bad), bad);
}
