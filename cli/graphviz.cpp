#include "cli/graphviz.hpp"

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <poll.h>
#include <sstream>
#include <string_view>
#include <sys/wait.h>
#include <unistd.h>

#include "graph/error.hpp"

namespace sg::cli {

std::optional<std::string> find_dot() { return find_program("dot"); }

std::optional<std::string> find_program(const std::string& name) {
    const char* path = std::getenv("PATH");
    std::string_view dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
    while (!dirs.empty()) {
        const auto colon = dirs.find(':');
        std::string dir(dirs.substr(0, colon));
        dirs = colon == std::string_view::npos ? std::string_view{} : dirs.substr(colon + 1);
        if (dir.empty()) continue;
        std::string candidate = dir + "/" + name;
        if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    }
    return std::nullopt;
}

std::string render_svg(const std::string& dot_text) {
    const auto dot = find_dot();
    if (!dot)
        throw FileError("stancegraph export: graphviz's dot program is not installed, so no SVG can be made; "
                        "install graphviz (apt-get install graphviz) or use --format dot");
    return run_graphviz(*dot, dot_text, "stancegraph export");
}

std::string run_graphviz(const std::string& program, const std::string& dot_text, const std::string& who) {
    const std::string name = std::filesystem::path(program).filename().string();
    // dot reads the graph on stdin and writes SVG on stdout; stderr is kept for the message.
    int in[2], out[2], err[2];
    if (::pipe(in) != 0 || ::pipe(out) != 0 || ::pipe(err) != 0)
        throw FileError(who + ": cannot run " + name + ": " + std::strerror(errno));
    const pid_t pid = ::fork();
    if (pid < 0) throw FileError(who + ": cannot run " + name + ": " + std::strerror(errno));
    if (pid == 0) {
        ::dup2(in[0], 0);
        ::dup2(out[1], 1);
        ::dup2(err[1], 2);
        for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) ::close(fd);
        ::execl(program.c_str(), name.c_str(), "-Tsvg", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(in[0]);
    ::close(out[1]);
    ::close(err[1]);
    // Feed stdin and drain stdout/stderr together so a large graph cannot deadlock the pipes.
    ::fcntl(in[1], F_SETFL, O_NONBLOCK);
    std::string svg, message;
    std::size_t written = 0;
    bool in_open = true, out_open = true, err_open = true;
    if (dot_text.empty()) { ::close(in[1]); in_open = false; }
    std::array<char, 65536> buf{};
    while (out_open || err_open) {
        std::array<pollfd, 3> fds{};
        nfds_t n = 0;
        if (in_open) fds[n++] = {in[1], POLLOUT, 0};
        if (out_open) fds[n++] = {out[0], POLLIN, 0};
        if (err_open) fds[n++] = {err[0], POLLIN, 0};
        if (::poll(fds.data(), n, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (nfds_t i = 0; i < n; ++i) {
            if (!fds[i].revents) continue;
            if (fds[i].fd == in[1]) {
                const ssize_t w = ::write(in[1], dot_text.data() + written, dot_text.size() - written);
                if (w > 0) written += static_cast<std::size_t>(w);
                if (w < 0 && errno != EAGAIN) written = dot_text.size();
                if (written >= dot_text.size()) { ::close(in[1]); in_open = false; }
            } else {
                const ssize_t r = ::read(fds[i].fd, buf.data(), buf.size());
                if (r > 0) (fds[i].fd == out[0] ? svg : message).append(buf.data(), static_cast<std::size_t>(r));
                else if (fds[i].fd == out[0]) { ::close(out[0]); out_open = false; }
                else { ::close(err[0]); err_open = false; }
            }
        }
    }
    if (in_open) ::close(in[1]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw FileError(who + ": " + name + " failed: " + (message.empty() ? std::string("no message") : message));
    return svg;
}

}  // namespace sg::cli
