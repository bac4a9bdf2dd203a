// The REPL driven through a pseudo-terminal, as a person at a terminal would use it: libedit
// prompt, tab completion, Ctrl-C abandoning a line, history written, Ctrl-D leaving with 0.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <string>

#include "query/run_binary.hpp"

namespace {

class PtyProcess {
public:
    PtyProcess(const std::string& graph, const std::string& history) {
        master_ = ::posix_openpt(O_RDWR | O_NOCTTY);
        REQUIRE(master_ >= 0);
        REQUIRE(::grantpt(master_) == 0);
        REQUIRE(::unlockpt(master_) == 0);
        const std::string slave_name = ::ptsname(master_);
        pid_ = ::fork();
        REQUIRE(pid_ >= 0);
        if (pid_ == 0) {
            ::setsid();
            const int slave = ::open(slave_name.c_str(), O_RDWR);
            if (slave < 0) ::_exit(127);
            ::dup2(slave, 0);
            ::dup2(slave, 1);
            ::dup2(slave, 2);
            ::close(master_);
            ::setenv("STANCEGRAPH_HISTORY", history.c_str(), 1);
            ::setenv("TERM", "dumb", 1);
            ::execl(SG_BINARY, SG_BINARY, "repl", "-g", graph.c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
    }
    ~PtyProcess() {
        if (pid_ > 0 && !exited_) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
        }
        ::close(master_);
    }
    void type(const std::string& keys) { REQUIRE(::write(master_, keys.data(), keys.size()) == static_cast<ssize_t>(keys.size())); }
    // Reads until `what` has appeared in the output since the last call (or 10 s pass).
    bool wait_for(const std::string& what) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (seen_.find(what, from_) == std::string::npos) {
            if (std::chrono::steady_clock::now() > deadline) return false;
            pollfd p{master_, POLLIN, 0};
            if (::poll(&p, 1, 100) <= 0) continue;
            char buf[4096];
            const ssize_t n = ::read(master_, buf, sizeof buf);
            if (n <= 0) return false;
            seen_.append(buf, static_cast<std::size_t>(n));
        }
        from_ = seen_.find(what, from_) + what.size();
        return true;
    }
    // Waits until the line editor has the terminal in raw mode (no canonical line editing), so
    // that a control key reaches libedit instead of the terminal's line discipline. libedit
    // prints its prompt a moment before it switches; a person never types in that gap, a test
    // can. The pty pair shares its termios, so the master sees the slave's mode.
    bool wait_raw() {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        termios tio{};
        while (::tcgetattr(master_, &tio) == 0 && (tio.c_lflag & ICANON)) {
            if (std::chrono::steady_clock::now() > deadline) return false;
            ::usleep(5 * 1000);
        }
        return true;
    }
    int exit_code() {
        int status = 0;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (::waitpid(pid_, &status, WNOHANG) == 0) {
            if (std::chrono::steady_clock::now() > deadline) return -2;
            char buf[256];
            pollfd p{master_, POLLIN, 0};
            if (::poll(&p, 1, 50) > 0 && ::read(master_, buf, sizeof buf) <= 0) {}
        }
        exited_ = true;
        if (WIFSIGNALED(status)) return 1000 + WTERMSIG(status);
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    const std::string& output() const { return seen_; }

private:
    int master_ = -1;
    pid_t pid_ = -1;
    bool exited_ = false;
    std::string seen_;
    std::size_t from_ = 0;
};

}  // namespace

TEST_CASE("repl on a terminal: query, completion, Ctrl-C, error, history, Ctrl-D exits 0") {
    sg::test::TempDir dir;
    const std::string graph = sg::test::fixture_snapshot(dir);
    const std::string history = (dir.path / "history").string();
    PtyProcess p(graph, history);
    REQUIRE(p.wait_for("stancegraph> "));

    p.type("who opposes four-day-week\r");
    CHECK(p.wait_for("Alice Smith"));
    CHECK(p.wait_for("(1 row)"));
    REQUIRE(p.wait_for("stancegraph> "));

    // Tab completes a keyword: "list posi<TAB>" becomes "list position" (position|positions).
    p.type("list posi\t\r");
    CHECK(p.wait_for("four-day-week"));
    CHECK(p.wait_for("(2 rows)"));
    REQUIRE(p.wait_for("stancegraph> "));

    // Tab completes a name of several words from its first letters.
    p.type("affiliations of Alice Sm\t\r");
    CHECK(p.wait_for("Widget Council"));
    REQUIRE(p.wait_for("stancegraph> "));

    // Ctrl-C abandons the half-typed line; the session goes on.
    p.type("who supp");
    REQUIRE(p.wait_raw());
    p.type("\x03");
    CHECK(p.wait_for("^C"));
    REQUIRE(p.wait_for("stancegraph> "));

    // An error is reported with its caret and does not end the session.
    p.type("who suports x\r");
    CHECK(p.wait_for("^ syntax error: unexpected \"suports\""));
    REQUIRE(p.wait_for("stancegraph> "));
    p.type(".format csv\r");
    REQUIRE(p.wait_for("stancegraph> "));
    p.type("members of GU\r");
    CHECK(p.wait_for("Bob Jones,person,secretary"));
    REQUIRE(p.wait_for("stancegraph> "));

    REQUIRE(p.wait_raw());
    p.type("\x04");  // Ctrl-D on an empty line
    CHECK(p.exit_code() == 0);
    // libedit's history file encodes blanks as \040 (vis(3)).
    const std::string h = sg::test::slurp(history);
    INFO(h);
    CHECK(h.rfind("_HiStOrY_V2_", 0) == 0);
    CHECK(h.find("who\\040opposes\\040four-day-week") != std::string::npos);
    CHECK(h.find("list\\040position") != std::string::npos);
    CHECK(h.find("affiliations\\040of\\040Alice\\040Smith\\040\n") != std::string::npos);
    CHECK(h.find("who\\040supp") == std::string::npos);  // abandoned lines are not history
}

// A Ctrl-C makes the terminal throw away the keys not yet read. When that happened between the
// REPL seeing a key ready and reading it, the read waited for a key that was gone, and the prompt
// never came back until the user typed again (about one Ctrl-C in fifteen, typed mid-line).
TEST_CASE("repl on a terminal: Ctrl-C while typed keys are still being read always abandons the line") {
    sg::test::TempDir dir;
    const std::string graph = sg::test::fixture_snapshot(dir);
    PtyProcess p(graph, (dir.path / "history").string());
    REQUIRE(p.wait_for("stancegraph> "));
    const std::string keys(300, 'a');
    for (int i = 0; i < 60; ++i) {
        INFO("Ctrl-C number " << i + 1);
        p.type(keys);
        REQUIRE(p.wait_raw());
        p.type("\x03");
        REQUIRE(p.wait_for("^C"));
        REQUIRE(p.wait_for("stancegraph> "));
    }
    p.type("list positions\r");
    CHECK(p.wait_for("four-day-week"));
}

TEST_CASE("repl with piped input: no prompt, every line answered, errors do not stop it") {
    sg::test::TempDir dir;
    const std::string graph = sg::test::fixture_snapshot(dir);
    const std::string in = dir.file("in.txt", ".format json\nwho supports four-day-week\nwho suports x\nlist organisations\n");
    const auto r = sg::test::run_binary(dir, "repl -g '" + graph + "'", in);
    CHECK(r.code == 1);  // a line failed
    CHECK(r.out.find("stancegraph> ") == std::string::npos);
    CHECK(r.out.find("{\"name\":\"Bob Jones\"") != std::string::npos);
    CHECK(r.out.find("Widget Council") != std::string::npos);
    CHECK(r.err.find("^ syntax error") != std::string::npos);
}

TEST_CASE("repl without a graph says how to load one") {
    sg::test::TempDir dir;
    const std::string in = dir.file("in.txt", "list positions\n");
    const auto r = sg::test::run_binary(dir, "repl", in);
    CHECK(r.err.find("no graph loaded: use .load GRAPH.json") != std::string::npos);
}

TEST_CASE("repl dot-commands: .load a snapshot, .dot writes the answer's subgraph, .read runs a file") {
    sg::test::TempDir dir;
    const std::string graph = sg::test::fixture_snapshot(dir);
    const std::string dot = (dir.path / "answer.dot").string();
    const std::string sgq = dir.file("q.sgq", "list documents\nwho opposes free-lunch\n");
    const std::string in = dir.file("in.txt", ".load " + graph + "\n.dot " + dot + " who opposes four-day-week\n.read " +
                                                  sgq + "\n.format xml\n.timer on\nlist positions\n");
    const auto r = sg::test::run_binary(dir, "repl", in);
    CHECK(r.out.find("loaded " + graph + ": 2 documents, 4 people, 2 organisations, 2 positions, 9 claims") !=
          std::string::npos);
    const std::string d = sg::test::slurp(dot);
    CHECK(d.find("digraph") != std::string::npos);
    CHECK(d.find("Alice Smith") != std::string::npos);
    CHECK(d.find("Bob Jones") == std::string::npos);
    CHECK(r.out.find("Lunch row at the council") != std::string::npos);  // from .read
    CHECK(r.out.find("Gadget Union") != std::string::npos);
    CHECK(r.err.find(".format takes table, json or csv") != std::string::npos);
    CHECK(r.out.find("time: ") != std::string::npos);
    CHECK(r.code == 1);
}

TEST_CASE("repl .load builds a graph from a folder of articles") {
    sg::test::TempDir dir;
    std::filesystem::create_directory(dir.path / "articles");
    dir.file("articles/one.txt",
             "Council row over parking\n\nThe mayor, Dr Jane Quill, said: \"Parking must be free for everyone in town.\"\n");
    const std::string in = dir.file("in.txt", ".load " + (dir.path / "articles").string() + "\nlist documents\n");
    const auto r = sg::test::run_binary(dir, "repl", in);
    CHECK(r.out.find("no codebook found") != std::string::npos);
    CHECK(r.out.find("loaded 1 articles: 1 documents") != std::string::npos);
    CHECK(r.out.find("one.txt") != std::string::npos);
}
