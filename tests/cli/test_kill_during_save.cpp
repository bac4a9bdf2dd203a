// Nothing lost: `stancegraph build -o GRAPH` killed with SIGKILL at any moment — reading,
// extracting, or in the middle of writing the snapshot — leaves GRAPH as it was before, or as
// the complete new snapshot, never anything in between.
//
// The test builds an old snapshot, then again and again starts a build of a different, bigger
// corpus over it and kills it: half the kills at a random moment of the whole run, half at a
// random moment after the temporary file of the save has appeared (so they land in the write,
// the fsync or around the rename). After each, the file must equal the old or the new bytes and
// load. A kill during the save leaves its temporary file (".graph.json.tmp-...") beside GRAPH:
// no process is left to remove it. The next save of the same file removes it (its PID is dead);
// the test checks that such leftovers are the only other files and do not disturb loading.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <string>
#include <thread>

#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using namespace sg::test;
using Clock = std::chrono::steady_clock;

namespace {

const fs::path kExample = fs::path(SG_SOURCE_DIR) / "examples" / "nhs-cocommissioning";

bool is_leftover(const fs::path& p, const std::string& target_name) {
    return p.filename().string().rfind("." + target_name + ".tmp-", 0) == 0;
}

// The temporary files of interrupted saves in `folder`; fails the test on any other stray file.
std::vector<fs::path> leftovers(const fs::path& folder, const std::string& target_name) {
    std::vector<fs::path> found;
    for (const auto& e : fs::directory_iterator(folder)) {
        if (e.path().filename() == target_name) continue;
        CHECK_MESSAGE(is_leftover(e.path(), target_name), "unexpected file " << e.path());
        found.push_back(e.path());
    }
    return found;
}

// Waits, polling every 0.1 ms, until a temporary file of the save appears in `folder` or the
// process ends. Returns the exit status if it ended (it is then reaped), nothing otherwise.
std::optional<int> wait_for_save(pid_t pid, const fs::path& folder, const std::string& target_name) {
    for (;;) {
        int status = 0;
        if (::waitpid(pid, &status, WNOHANG) == pid) return status;
        for (const auto& e : fs::directory_iterator(folder))
            if (is_leftover(e.path(), target_name)) return std::nullopt;
        std::this_thread::sleep_for(std::chrono::microseconds(100));
    }
}

}  // namespace

TEST_CASE("SIGKILL during build -o over an existing snapshot leaves the old one or the complete new one") {
    TempDir t;
    const std::string codebook = (kExample / "codebook.json").string();
    // A corpus several times the example's, so that a build lasts long enough to be hit anywhere.
    const fs::path many = t.path / "many";
    fs::create_directories(many);
    for (int copy = 0; copy < 5; ++copy)
        for (const auto& e : fs::directory_iterator(kExample / "articles"))
            fs::copy_file(e.path(), many / ("copy" + std::to_string(copy) + "-" + e.path().filename().string()));

    const fs::path out = t.path / "out";
    fs::create_directories(out);
    const std::string name = "graph.json";
    const std::string target = (out / name).string();
    RunResult r = run_binary({"build", "-q", "--codebook", codebook, "-o", target, (kExample / "articles").string()});
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    const std::string old_bytes = slurp(target);

    // One thread: a slower build, so that random moments fall in every phase of it.
    const std::vector<std::string> build_new = {"build", "-q", "--threads", "1", "--codebook", codebook,
                                                "-o",    target, many.string()};
    // The reference run: the new snapshot's bytes, how long a build lasts, and how long its save
    // (from the temporary file's appearance to the end) — the spans the kills are spread over.
    std::vector<std::string> build_reference = build_new;
    build_reference[7] = (t.path / "new.json").string();
    // (On a loaded machine the poll can miss a save that lasts under a millisecond: the reference
    // is run again, a few times, until its save is seen.)
    Clock::time_point started, save_began;
    std::optional<int> early;
    for (int attempt = 0; attempt < 5; ++attempt) {
        fs::remove(t.path / "new.json");
        started = Clock::now();
        const pid_t reference = spawn_binary(build_reference);
        REQUIRE(reference > 0);
        early = wait_for_save(reference, t.path, "new.json");
        save_began = Clock::now();
        if (!early) {
            REQUIRE(wait_binary(reference).code == 0);
            break;
        }
    }
    REQUIRE_MESSAGE(!early, "the build ended before its save was seen, five times");
    const auto ended = Clock::now();
    const std::string new_bytes = slurp(t.path / "new.json");
    REQUIRE_MESSAGE(new_bytes != old_bytes, "the two builds must give different snapshots");
    using us = std::chrono::microseconds;
    const long whole_run = std::chrono::duration_cast<us>(ended - started).count() * 11 / 10;
    const long save = std::max<long>(1, std::chrono::duration_cast<us>(ended - save_began).count());

    std::random_device seed_source;
    const unsigned seed = seed_source();
    INFO("random seed " << seed);
    std::mt19937 random(seed);

    constexpr int kKills = 30;
    int kept_old = 0, got_new = 0, killed_before = 0, killed_in_save = 0;
    std::size_t stray = 0;
    for (int round = 0; round < kKills; ++round) {
        CAPTURE(round);
        std::ofstream(target, std::ios::binary | std::ios::trunc) << old_bytes;  // undo the last round's save
        REQUIRE_MESSAGE(slurp(target) == old_bytes, "cannot restore the old snapshot");
        const bool in_save = round % 2 == 1;
        const pid_t pid = spawn_binary(build_new);
        REQUIRE(pid > 0);
        std::optional<int> status;
        if (in_save) {
            status = wait_for_save(pid, out, name);
            if (!status) std::this_thread::sleep_for(us(std::uniform_int_distribution<long>(0, 2 * save)(random)));
        } else {
            std::this_thread::sleep_for(us(std::uniform_int_distribution<long>(0, whole_run)(random)));
        }
        if (!status) {
            ::kill(pid, SIGKILL);
            const RunResult end = wait_binary(pid);
            if (end.signal == SIGKILL) ++(in_save ? killed_in_save : killed_before);
        }

        const std::string now = slurp(target);
        CHECK_MESSAGE((now == old_bytes || now == new_bytes),
                      "after the kill the snapshot is neither the old nor the new one (" << now.size() << " bytes)");
        (now == old_bytes ? kept_old : got_new) += 1;
        const RunResult load = run_binary({"query", "-g", target, "--format", "csv", "list documents"});
        CHECK_MESSAGE(load.code == 0, load.describe());
        CHECK_MESSAGE(load.out.find("document") == 0, load.out.substr(0, 200));

        for (const auto& p : leftovers(out, name)) {
            ++stray;
            fs::remove(p);  // so that the next round sees only its own save's temporary file
        }
    }
    MESSAGE("a build takes " << whole_run / 1100 << " ms, its save " << save / 1000 << " ms; " << kKills
                             << " rounds: " << killed_before << " killed at random, " << killed_in_save
                             << " killed after the save began; " << kept_old << " kept the old snapshot, " << got_new
                             << " had the new one; " << stray << " temporary files left behind");
    CHECK(killed_in_save > 0);  // the save itself was hit, not only the extraction before it
    CHECK(kept_old > 0);

    // With a leftover of an interrupted save beside it, a build still replaces the snapshot, and
    // removes the leftover: its process (a PID above any pid_max) no longer exists. A temporary
    // file of a live process (this test's own PID) is another save in progress and stays.
    const fs::path leftover = out / ("." + name + ".tmp-999999999-0-0");
    std::ofstream(leftover, std::ios::binary) << old_bytes.substr(0, old_bytes.size() / 3);
    const fs::path live = out / ("." + name + ".tmp-" + std::to_string(::getpid()) + "-0-0");
    std::ofstream(live, std::ios::binary) << "in progress";
    r = run_binary(build_new);
    CHECK_MESSAGE(r.code == 0, r.describe());
    CHECK_MESSAGE(slurp(target) == new_bytes, "the build did not replace the snapshot");
    CHECK_MESSAGE(!fs::exists(leftover), "the dead save's temporary file was left behind");
    CHECK_MESSAGE(fs::exists(live), "a live process's temporary file was removed");
    fs::remove(live);
}
