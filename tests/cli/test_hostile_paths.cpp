// Paths that do not work: a missing input to any command, and an output that cannot be written.
// Inputs are exit 2 naming the path; outputs are exit 2 naming the path, and a file already
// there keeps its bytes (saving is atomic).
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <string>

#include "cli/hostile_corpus.hpp"

namespace fs = std::filesystem;
using namespace sg::test;

TEST_CASE("a missing input path is exit 2 naming it, whichever option gives it") {
    Corpus c;
    const std::string missing = c.path("no-such-folder/missing");
    const std::string out = c.path("out.json");
    const std::vector<std::vector<std::string>> commands = {
        {"build", "-o", out, missing},
        {"build", "-o", out, c.article, missing + ".txt"},
        {"build", "--codebook", missing + ".json", "-o", out, c.article},
        {"build", "--codebook", c.codebook, "--annotations", missing + ".json", "-o", out, c.article},
        {"query", "-g", missing + ".json", "list documents"},
        {"query", "-g", c.graph, "-f", missing + ".sgq"},
        {"export", "-g", missing + ".json", "--format", "dot"},
        {"repl", "-g", missing + ".json"},
    };
    for (const auto& args : commands) {
        CAPTURE(args[0]);
        CAPTURE(args[args.size() - 1]);
        const RunResult r = run_binary(args);
        CHECK(r.code == 2);
        CHECK_MESSAGE(contains(r.err, missing), r.err);
        CHECK_FALSE(fs::exists(out));
    }
}

TEST_CASE("an output that cannot be written is exit 2 naming it, and the old file is untouched") {
    Corpus c;
    const std::string old = slurp(c.graph);
    std::vector<std::string> targets = {
        "/proc/stancegraph-test.json",             // a file system that takes no new files
        c.path("no-such-folder/graph.json"),       // a folder that does not exist
        c.dir.file("plain") + "/graph.json",       // a "folder" that is a file
    };
    // A folder that is a snapshot's place: the target is a directory, not a file.
    fs::create_directories(c.dir.path / "a-folder");
    targets.push_back((c.dir.path / "a-folder").string());
    for (const auto& target : targets) {
        CAPTURE(target);
        RunResult r = run_binary({"build", "-q", "--codebook", c.codebook, "-o", target, c.article});
        CHECK(r.code == 2);
        CHECK_MESSAGE(contains(r.err, target), r.err);
        r = run_binary({"export", "-g", c.graph, "--format", "dot", "-o", target});
        CHECK(r.code == 2);
        CHECK_MESSAGE(contains(r.err, target), r.err);
    }
    CHECK(fs::is_directory(c.dir.path / "a-folder"));
    CHECK(fs::is_empty(c.dir.path / "a-folder"));

    // A read-only folder holding an old snapshot. Root may write anywhere, so only other users
    // can check this.
    if (::geteuid() == 0) {
        MESSAGE("running as root: a read-only folder does not stop writes, case not checked");
        return;
    }
    const fs::path locked = c.dir.path / "locked";
    fs::create_directories(locked);
    const std::string kept = (locked / "graph.json").string();
    fs::copy_file(c.graph, kept);
    fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
    RunResult r = run_binary({"build", "-q", "--codebook", c.codebook, "-o", kept, c.article, c.article});
    CHECK(r.code == 2);
    CHECK_MESSAGE(contains(r.err, kept), r.err);
    r = run_binary({"export", "-g", c.graph, "--format", "dot", "-o", kept});
    CHECK(r.code == 2);
    CHECK_MESSAGE(contains(r.err, kept), r.err);
    fs::permissions(locked, fs::perms::owner_all);
    CHECK(slurp(kept) == old);
}
