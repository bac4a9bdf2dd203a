// `stancegraph repl`: questions at an interactive prompt, with libedit line editing, history and
// tab completion on a terminal, and plain line reading when standard input is a pipe or a file.
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <clocale>
#include <csignal>
#include <cstdlib>
#include <cwchar>
#include <histedit.h>
#include <iostream>
#include <string>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/limit_options.hpp"
#include "cli/process_memory.hpp"
#include "cli/repl_session.hpp"
#include "graph/error.hpp"

namespace sg::cli {
namespace {

constexpr const char* kHelp = R"(Usage: stancegraph repl [-g GRAPH]

Asks questions about a graph interactively. Type .help at the prompt for the questions and the
dot-commands (.load, .format, .dot, .read, .timer, .limits, .quit). History is kept in
~/.stancegraph_history (STANCEGRAPH_HISTORY names another file). Ctrl-C abandons the line being
typed; Ctrl-D or .quit leaves. When standard input is not a terminal, lines are read as they
come, without prompt or editing, and the exit code is 1 if any of them failed.

Options:
  -g, --graph GRAPH   load this snapshot (from stancegraph build) first
  -h, --help          this help
Limits (also shown and set at the prompt with .limits):
)";

constexpr int kHistorySize = 1000;

volatile std::sig_atomic_t g_interrupted = 0;
// Self-pipe: the handler also writes a byte here, so a Ctrl-C that lands while libedit is busy
// between two reads still wakes the next one (a flag alone would leave that read blocked).
int g_wake[2] = {-1, -1};

void on_sigint(int) {
    g_interrupted = 1;
    if (g_wake[1] >= 0) {
        const int saved = errno;
        [[maybe_unused]] const ssize_t n = ::write(g_wake[1], "!", 1);
        errno = saved;
    }
}

// The terminal, opened a second time with O_NONBLOCK for the keys libedit asks for. A Ctrl-C makes
// the terminal discard the keys not yet read: between a poll() that saw a key and the read() of
// it, the key can vanish and the SIGINT be already handled, and a blocking read() would then wait
// for the next key with the line already abandoned. A descriptor of our own (not stdin's, which
// the shell shares) can be non-blocking, so that read() says EAGAIN and the loop sees the flag.
int g_keys = STDIN_FILENO;

void drain_wake_pipe() {
    char buf[64];
    while (g_wake[0] >= 0 && ::read(g_wake[0], buf, sizeof buf) > 0) {
    }
}

// Reads one character for libedit, decoding UTF-8; returns -1 when Ctrl-C interrupted the read,
// so that el_gets gives up the line, 0 at end of input.
int read_char(EditLine*, wchar_t* out) {
    unsigned char bytes[4];
    std::size_t need = 1;
    for (std::size_t have = 0; have < need;) {
        if (g_interrupted) return -1;
        pollfd fds[2] = {{g_keys, POLLIN, 0}, {g_wake[0], POLLIN, 0}};
        if (::poll(fds, g_wake[0] >= 0 ? 2 : 1, -1) < 0) {
            if (errno == EINTR) continue;  // the loop looks at g_interrupted again
            return -1;
        }
        if (fds[1].revents & POLLIN) {
            drain_wake_pipe();
            if (g_interrupted) return -1;
        }
        if (!(fds[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        const ssize_t n = ::read(g_keys, bytes + have, 1);
        if (n == 0) return 0;
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK) continue;
            return -1;
        }
        if (have == 0) {
            const unsigned char c = bytes[0];
            need = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        }
        ++have;
    }
    wchar_t w = 0;
    if (need == 1) w = bytes[0];
    else if (need == 2) w = ((bytes[0] & 0x1F) << 6) | (bytes[1] & 0x3F);
    else if (need == 3) w = ((bytes[0] & 0x0F) << 12) | ((bytes[1] & 0x3F) << 6) | (bytes[2] & 0x3F);
    else w = ((bytes[0] & 0x07) << 18) | ((bytes[1] & 0x3F) << 12) | ((bytes[2] & 0x3F) << 6) | (bytes[3] & 0x3F);
    *out = w;
    return 1;
}

char* prompt(EditLine*) {
    static char text[] = "stancegraph> ";
    return text;
}

ReplSession* g_session = nullptr;  // for the completion callback, which gets no user pointer

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Completes the longest tail of the line (one or more words, so multi-word names complete too)
// that starts some keyword, command, position id or actor name.
unsigned char complete(EditLine* el, int) {
    if (!g_session) return CC_ERROR;
    const LineInfo* li = el_line(el);
    const std::string before(li->buffer, li->cursor);
    std::vector<std::size_t> starts;  // starts of the tails to try, longest first
    for (std::size_t i = 0; i < before.size(); ++i)
        if ((i == 0 || before[i - 1] == ' ' || before[i - 1] == '"') && before[i] != ' ') starts.push_back(i);
    if (before.empty() || before.back() == ' ') starts.push_back(before.size());
    const auto candidates = g_session->completions();
    for (std::size_t start : starts) {
        const std::string tail = lower(before.substr(start));
        std::vector<std::string> hits;
        for (const auto& c : candidates)
            if (lower(c).rfind(tail, 0) == 0) hits.push_back(c);
        if (hits.empty() || (tail.empty() && hits.size() > 40)) continue;
        std::string common = hits[0];
        for (const auto& h : hits) {
            std::size_t k = 0;
            while (k < common.size() && k < h.size() && std::tolower(static_cast<unsigned char>(common[k])) ==
                                                            std::tolower(static_cast<unsigned char>(h[k])))
                ++k;
            common.resize(k);
        }
        if (hits.size() == 1) common = hits[0] + " ";
        if (common.size() > tail.size()) {
            el_insertstr(el, common.substr(tail.size()).c_str());
            return CC_REFRESH;
        }
        std::cout << '\n';
        for (const auto& h : hits) std::cout << "  " << h << '\n';
        return CC_REDISPLAY;
    }
    return CC_ERROR;
}

std::string history_path() {
    if (const char* p = std::getenv("STANCEGRAPH_HISTORY"); p && *p) return p;
    if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.stancegraph_history";
    return {};
}

int interactive(ReplSession& session) {
    std::setlocale(LC_CTYPE, "");
    if (::pipe(g_wake) == 0) {
        for (int fd : g_wake) ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    } else {
        g_wake[0] = g_wake[1] = -1;  // without it a Ctrl-C between two reads waits for a key
    }
    if (const char* tty = ::ttyname(STDIN_FILENO)) {
        const int fd = ::open(tty, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
        if (fd >= 0) g_keys = fd;  // else stdin, blocking: the race above stays, nothing else changes
    }
    struct sigaction sa {};
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  // no SA_RESTART: a Ctrl-C interrupts the read
    struct sigaction old {};
    sigaction(SIGINT, &sa, &old);

    EditLine* el = el_init("stancegraph", stdin, stdout, stderr);
    History* hist = history_init();
    HistEvent ev;
    history(hist, &ev, H_SETSIZE, kHistorySize);
    history(hist, &ev, H_SETUNIQUE, 1);
    const std::string hpath = history_path();
    if (!hpath.empty()) history(hist, &ev, H_LOAD, hpath.c_str());
    el_set(el, EL_EDITOR, "emacs");
    el_set(el, EL_PROMPT, prompt);
    el_set(el, EL_HIST, history, hist);
    el_set(el, EL_GETCFN, read_char);
    g_session = &session;
    // The wide form: the narrow el_set(EL_ADDFN) copies both strings with wcsdup and never frees
    // them (libedit's own "XXX: The two strdup's leak"), which LeakSanitizer reports at exit.
    el_wset(el, EL_ADDFN, L"sg-complete", L"complete a keyword or name", complete);
    el_set(el, EL_BIND, "^I", "sg-complete", nullptr);

    std::cout << "stancegraph " << STANCEGRAPH_VERSION << " — type .help for the questions, Ctrl-D to leave\n";
    if (!session.has_graph()) std::cout << "no graph loaded yet: .load GRAPH.json, or .load ARTICLES... to build one\n";
    std::cout.flush();
    while (true) {
        g_interrupted = 0;
        drain_wake_pipe();
        int count = 0;
        const char* line = el_gets(el, &count);
        if (!line) {
            if (g_interrupted) {  // Ctrl-C: abandon the line, keep the session
                std::cout << "^C\n";
                std::cout.flush();
                el_reset(el);
                continue;
            }
            std::cout << '\n';
            break;  // Ctrl-D
        }
        std::string text(line);
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
        if (text.find_first_not_of(" \t") != std::string::npos) {
            history(hist, &ev, H_ENTER, text.c_str());
            if (!hpath.empty()) history(hist, &ev, H_SAVE, hpath.c_str());
        }
        if (!session.handle(text)) break;
        std::cout.flush();
    }
    g_session = nullptr;
    el_end(el);
    history_end(hist);
    sigaction(SIGINT, &old, nullptr);
    for (int& fd : g_wake) {
        if (fd >= 0) ::close(fd);
        fd = -1;
    }
    if (g_keys != STDIN_FILENO) ::close(g_keys);
    g_keys = STDIN_FILENO;
    return 0;
}

int piped(ReplSession& session) {
    std::string line;
    while (std::getline(std::cin, line))
        if (!session.handle(line)) break;
    return session.had_error() ? 1 : 0;
}

}  // namespace

int repl_command(int argc, char** argv) {
    Args args("repl", with_limit_options({{"graph", 'g', true}, {"help", 'h', false}}), argc, argv);
    if (args.has("help")) {
        std::cout << kHelp << limit_options_help();
        return 0;
    }
    if (!args.positional().empty())
        throw UsageError("stancegraph repl: unexpected argument \"" + args.positional()[0] + "\" (see stancegraph repl --help)");
    keep_freed_memory();  // statement after statement on the same graph
    ReplSession session(std::cout, std::cerr, limits_from(args));
    if (const auto g = args.value("graph")) session.load_snapshot_file(*g);  // FileError: exit 2
    return isatty(STDIN_FILENO) ? interactive(session) : piped(session);
}

}  // namespace sg::cli
