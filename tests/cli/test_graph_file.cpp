// The graph file on the command line: build -o X.sg, every -g reads it or a JSON snapshot by
// content, export --format sg/json converts both ways, and a damaged file is exit 2 naming it.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using sg::test::run_binary;

namespace {

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void write_all(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << bytes;
}

struct Built {
    sg::test::TempDir dir;
    fs::path sg, json;
    Built() {
        const fs::path example = fs::path(SG_SOURCE_DIR) / "examples" / "nhs-cocommissioning";
        sg = dir.path / "graph.sg";
        json = dir.path / "graph.json";
        for (const fs::path& out : {sg, json})
            REQUIRE(run_binary({"build", "-q", "--codebook", (example / "codebook.json").string(), "-o", out.string(),
                                (example / "articles").string()})
                        .code == 0);
    }
};

}  // namespace

TEST_CASE("graph file: -g reads a graph file or a JSON snapshot by content, whatever its name") {
    Built b;
    CHECK(read_all(b.sg).rfind("\x89SGF", 0) == 0);
    const fs::path renamed = b.dir.path / "graph.json.bak";
    fs::copy_file(b.sg, renamed);
    const auto from_sg = run_binary({"query", "-g", b.sg.string(), "who opposes ccg-performance-management"});
    const auto from_json = run_binary({"query", "-g", b.json.string(), "who opposes ccg-performance-management"});
    const auto from_renamed = run_binary({"query", "-g", renamed.string(), "who opposes ccg-performance-management"});
    REQUIRE(from_sg.code == 0);
    CHECK(from_sg.out == from_json.out);
    CHECK(from_sg.out == from_renamed.out);
    CHECK(from_sg.out.find("Chaand Nagpaul") != std::string::npos);
}

TEST_CASE("graph file: export converts both ways without loss") {
    Built b;
    const fs::path back = b.dir.path / "back.json", again = b.dir.path / "again.sg";
    REQUIRE(run_binary({"export", "-g", b.sg.string(), "--format", "json", "-o", back.string()}).code == 0);
    CHECK(read_all(back) == read_all(b.json));
    REQUIRE(run_binary({"export", "-g", b.json.string(), "--format", "sg", "-o", again.string()}).code == 0);
    CHECK(read_all(again) == read_all(b.sg));
    const auto no_output = run_binary({"export", "-g", b.json.string(), "--format", "sg"});
    CHECK(no_output.code == 1);
    CHECK(no_output.err.find("give it with -o FILE.sg") != std::string::npos);
}

TEST_CASE("graph file: truncated, damaged and newer files are exit 2 naming the file") {
    Built b;
    const std::string good = read_all(b.sg);
    const fs::path bad = b.dir.path / "bad.sg";
    auto query = [&] { return run_binary({"query", "-g", bad.string(), "list claims"}); };

    write_all(bad, good.substr(0, good.size() / 2));
    auto r = query();
    CHECK(r.code == 2);
    CHECK(r.err.find(bad.string() + ": truncated graph file") != std::string::npos);

    std::string flipped = good;
    std::uint64_t nodes_at = 0;  // the first section (nodes): its offset is in the section table
    std::memcpy(&nodes_at, good.data() + 64 + 8, sizeof nodes_at);
    flipped[nodes_at + 100] ^= 0x40;
    write_all(bad, flipped);
    r = run_binary({"export", "-g", bad.string(), "--format", "json"});  // reads every section
    CHECK(r.code == 2);
    CHECK(r.err.find(bad.string() + ": damaged graph file: checksum mismatch") != std::string::npos);

    std::string newer = good;
    newer[8] = 9;  // the format version
    write_all(bad, newer);
    r = query();
    CHECK(r.code == 2);
    CHECK(r.err.find("graph file format version 9 is newer") != std::string::npos);
}
