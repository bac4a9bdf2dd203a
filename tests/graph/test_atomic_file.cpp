// Atomic saving: whatever goes wrong, the old snapshot stays intact and loadable, and no
// temporary file is left behind. Tests run as root in CI, where chmod stops nothing, so the
// failures are provoked by means that stop root too.
#include <doctest/doctest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstring>
#include <stdexcept>

#include "graph/atomic_file.hpp"
#include "graph/error.hpp"
#include "graph/snapshot.hpp"
#include "test_snapshot_fixture.hpp"

using namespace sg;
using sg::test::read_file;
using sg::test::sample_graph;
using sg::test::TempDir;
using sg::test::write_text;

namespace {

// A graph whose snapshot is much larger than `bytes`.
Graph big_graph(std::size_t bytes) {
    Graph g;
    for (std::size_t i = 0; i * 100 < bytes * 2; ++i) {
        Node n;
        n.kind = NodeKind::Person;
        n.key = "person:p" + std::to_string(i);
        n.name = "Person number " + std::to_string(i) + " with a fairly long name to fill the file";
        g.add_node(std::move(n));
    }
    return g;
}

}  // namespace

TEST_CASE("atomic: the content arrives complete and no temporary file remains") {
    TempDir dir;
    write_file_atomically(dir.path / "out.txt", [](std::ostream& out) { out << "new content\n"; });
    CHECK(read_file(dir.path / "out.txt") == "new content\n");
    write_file_atomically(dir.path / "out.txt", [](std::ostream& out) { out << std::string(300000, 'x'); });
    CHECK(read_file(dir.path / "out.txt") == std::string(300000, 'x'));
    CHECK(dir.entries() == 1);
}

TEST_CASE("atomic: the new file gets the usual permissions, not a temp file's 0600") {
    TempDir dir;
    mode_t old = ::umask(022);
    write_file_atomically(dir.path / "out.txt", [](std::ostream& out) { out << "x"; });
    ::umask(old);
    struct stat st {};
    REQUIRE(::stat((dir.path / "out.txt").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0644);
}

TEST_CASE("atomic: an exception while filling leaves the old file and no temporary file") {
    TempDir dir;
    write_text(dir.path / "out.txt", "old");
    CHECK_THROWS_AS(write_file_atomically(dir.path / "out.txt",
                                          [](std::ostream& out) {
                                              out << std::string(200000, 'y');
                                              throw std::runtime_error("interrupted");
                                          }),
                    std::runtime_error);
    CHECK(read_file(dir.path / "out.txt") == "old");
    CHECK(dir.entries() == 1);
}

TEST_CASE("atomic: a save into an impossible folder fails with FileError and keeps the old snapshot") {
    TempDir dir;
    auto s = sample_graph();
    save_snapshot(s.g, dir.path / "good.json");
    std::string good = read_file(dir.path / "good.json");

    // A "folder" that is a regular file stops root as well as anyone.
    write_text(dir.path / "plain", "not a folder");
    std::string target = (dir.path / "plain" / "g.json").string();
    CHECK_THROWS_WITH_AS(save_snapshot(s.g, dir.path / "plain" / "g.json"),
                         doctest::Contains((target + ": cannot create a temporary file").c_str()), FileError);
    CHECK_THROWS_WITH_AS(save_snapshot(s.g, dir.path / "plain" / "g.json"), doctest::Contains("Not a directory"),
                         FileError);
    CHECK_THROWS_AS(save_snapshot(s.g, dir.path / "missing" / "g.json"), FileError);
    // /proc refuses new files, even to root.
    CHECK_THROWS_AS(save_snapshot(s.g, "/proc/stancegraph-test-snapshot.json"), FileError);
    // Replacing a folder with a file is refused, and the folder survives.
    std::filesystem::create_directory(dir.path / "sub");
    CHECK_THROWS_WITH_AS(save_snapshot(s.g, dir.path / "sub"), doctest::Contains("cannot replace"), FileError);
    CHECK(std::filesystem::is_directory(dir.path / "sub"));

    CHECK(read_file(dir.path / "good.json") == good);
    CHECK_NOTHROW(load_snapshot(dir.path / "good.json"));
    CHECK(dir.entries() == 3);  // good.json, plain, sub: no temporary left over
}

TEST_CASE("atomic: a save into a read-only folder fails and keeps the old snapshot (non-root only)") {
    if (::geteuid() == 0) {
        MESSAGE("skipped as root: chmod does not stop root (the impossible-folder and full-disk tests cover it)");
        return;
    }
    TempDir dir;
    auto s = sample_graph();
    save_snapshot(s.g, dir.path / "g.json");
    std::string good = read_file(dir.path / "g.json");
    ::chmod(dir.path.c_str(), 0555);
    CHECK_THROWS_WITH_AS(save_snapshot(big_graph(1000), dir.path / "g.json"), doctest::Contains("Permission denied"),
                         FileError);
    ::chmod(dir.path.c_str(), 0755);
    CHECK(read_file(dir.path / "g.json") == good);
}

TEST_CASE("atomic: a full disk mid-write leaves the old snapshot intact and loadable") {
    TempDir dir;
    auto s = sample_graph();
    save_snapshot(s.g, dir.path / "g.json");
    std::string good = read_file(dir.path / "g.json");

    // The child may only write files of up to 64 KiB: its save of a larger graph fails mid-way,
    // exactly as it would on a full disk (EFBIG instead of ENOSPC, same code path).
    pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        std::signal(SIGXFSZ, SIG_IGN);  // get EFBIG from write() instead of being killed
        rlimit lim{64 * 1024, 64 * 1024};
        if (::setrlimit(RLIMIT_FSIZE, &lim) != 0) ::_exit(3);
        Graph big = big_graph(256 * 1024);
        try {
            save_snapshot(big, dir.path / "g.json");
        } catch (const FileError& e) {
            bool named = std::strstr(e.what(), (dir.path / "g.json").c_str()) != nullptr &&
                         std::strstr(e.what(), std::strerror(EFBIG)) != nullptr;
            ::_exit(named ? 0 : 2);
        } catch (...) {
            ::_exit(4);
        }
        ::_exit(1);  // the save claimed success
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);  // 1: no error reported, 2: message lacks path or reason

    CHECK(read_file(dir.path / "g.json") == good);
    CHECK_NOTHROW(load_snapshot(dir.path / "g.json"));
    CHECK(dir.entries() == 1);
}
