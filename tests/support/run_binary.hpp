// Running the built stancegraph executable (SG_BINARY) from a test, without a shell: arguments
// are passed as they are (no quoting), standard input is given as text, standard output and
// error are captured, and the exit code or the signal that ended the process is reported.
// A run can get a smaller stack (to prove that no input makes the program recurse deeply) and
// is killed if it outlives its timeout, so a hang fails the test instead of stalling the suite.
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace sg::test {

struct RunOptions {
    std::string stdin_text;      // written to the program's standard input, which is then closed
    std::size_t stack_kib = 0;   // soft stack limit for the program (0: inherit the test's)
    int timeout_seconds = 300;   // SIGKILL after this long; the result then says timed_out
};

struct RunResult {
    int code = -1;          // exit code, or -1 when a signal ended the program
    int signal = 0;         // the signal that ended it (SIGSEGV: a stack overflow, say), or 0
    bool timed_out = false;
    std::string out, err;

    // "exit 2" / "killed by signal 11" / "timed out", then standard error: for test messages.
    std::string describe() const {
        std::string s = timed_out ? "timed out" : signal ? "killed by signal " + std::to_string(signal)
                                                         : "exit " + std::to_string(code);
        return s + "; stderr: " + (err.size() > 2000 ? err.substr(0, 2000) + "..." : err);
    }
};

inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

namespace detail {

// argv for execv, built before fork: the child of a fork may not allocate.
struct Argv {
    std::vector<std::string> storage;
    std::vector<char*> ptrs;
    explicit Argv(const std::vector<std::string>& args) {
        storage.push_back(SG_BINARY);
        storage.insert(storage.end(), args.begin(), args.end());
        for (auto& s : storage) ptrs.push_back(s.data());
        ptrs.push_back(nullptr);
    }
};

// In the child: lower the stack limit (soft only) and exec; 127 if exec fails.
[[noreturn]] inline void exec_child(const Argv& argv, std::size_t stack_kib) {
    if (stack_kib > 0) {
        rlimit r{};
        ::getrlimit(RLIMIT_STACK, &r);
        r.rlim_cur = static_cast<rlim_t>(stack_kib) * 1024;
        ::setrlimit(RLIMIT_STACK, &r);
    }
    ::execv(argv.ptrs[0], argv.ptrs.data());
    ::_exit(127);
}

inline void decode_status(int status, RunResult& r) {
    if (WIFEXITED(status)) r.code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
}

}  // namespace detail

// Runs `SG_BINARY args...` to completion (or to the timeout) and returns what it did.
inline RunResult run_binary(const std::vector<std::string>& args, const RunOptions& options = {}) {
    ::signal(SIGPIPE, SIG_IGN);  // a program that exits without reading its input must not kill the test
    const detail::Argv argv(args);
    int in[2], out[2], err[2];
    if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0)
        return RunResult{};
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(in[0], 0);
        ::dup2(out[1], 1);
        ::dup2(err[1], 2);
        detail::exec_child(argv, options.stack_kib);
    }
    ::close(in[0]);
    ::close(out[1]);
    ::close(err[1]);
    RunResult r;
    if (pid < 0) {
        for (int fd : {in[1], out[0], err[0]}) ::close(fd);
        return r;
    }
    ::fcntl(in[1], F_SETFL, O_NONBLOCK);
    std::size_t written = 0;
    int in_fd = in[1];
    if (options.stdin_text.empty()) {
        ::close(in_fd);
        in_fd = -1;
    }
    int out_fd = out[0], err_fd = err[0];
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(options.timeout_seconds);
    while (out_fd >= 0 || err_fd >= 0) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            ::kill(pid, SIGKILL);
            r.timed_out = true;
            break;
        }
        pollfd fds[3] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}, {in_fd, POLLOUT, 0}};
        if (::poll(fds, 3, static_cast<int>(std::min<long long>(left.count(), 1000))) < 0 && errno != EINTR) break;
        for (int k = 0; k < 2; ++k) {
            int& fd = k == 0 ? out_fd : err_fd;
            if (fd < 0 || !(fds[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            char buf[1 << 16];
            const ssize_t n = ::read(fd, buf, sizeof buf);
            if (n > 0) (k == 0 ? r.out : r.err).append(buf, static_cast<std::size_t>(n));
            else if (n == 0 || errno != EINTR) {
                ::close(fd);
                fd = -1;
            }
        }
        if (in_fd >= 0 && (fds[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
            const ssize_t n = ::write(in_fd, options.stdin_text.data() + written, options.stdin_text.size() - written);
            if (n > 0) written += static_cast<std::size_t>(n);
            if ((n < 0 && errno != EAGAIN && errno != EINTR) || written == options.stdin_text.size()) {
                ::close(in_fd);
                in_fd = -1;
            }
        }
    }
    for (int fd : {in_fd, out_fd, err_fd})
        if (fd >= 0) ::close(fd);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    detail::decode_status(status, r);
    return r;
}

// Starts `SG_BINARY args...` with no input and its output discarded, and returns at once with
// its process id (for tests that kill it at a moment of their choosing; reap it with
// wait_binary). Returns -1 if it cannot start.
inline pid_t spawn_binary(const std::vector<std::string>& args) {
    const detail::Argv argv(args);
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int null = ::open("/dev/null", O_RDWR);
        ::dup2(null, 0);
        ::dup2(null, 1);
        ::dup2(null, 2);
        detail::exec_child(argv, 0);
    }
    return pid;
}

// Waits for a spawned program to end; the result has its exit code or signal (no output).
inline RunResult wait_binary(pid_t pid) {
    RunResult r;
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    detail::decode_status(status, r);
    return r;
}

}  // namespace sg::test
