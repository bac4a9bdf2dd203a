#include "graph/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <streambuf>
#include <string>

#include "graph/error.hpp"

namespace sg {
namespace {

// A minimal output stream buffer over a POSIX file descriptor. Unlike std::ofstream it keeps
// the errno of the first failed write, so the message can say "No space left on device", and
// it gives us the descriptor to fsync.
class FdOutBuf : public std::streambuf {
public:
    explicit FdOutBuf(int fd) : fd_(fd) { setp(buf_, buf_ + sizeof buf_); }
    int error() const { return error_; }

protected:
    int_type overflow(int_type ch) override {
        if (!drain()) return traits_type::eof();
        if (!traits_type::eq_int_type(ch, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(ch);
            pbump(1);
        }
        return traits_type::not_eof(ch);
    }
    int sync() override { return drain() ? 0 : -1; }

private:
    // Writes out the buffered bytes, retrying short writes and interrupted calls.
    bool drain() {
        if (error_ != 0) return false;
        const char* p = pbase();
        while (p < pptr()) {
            ssize_t n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
            if (n < 0) {
                if (errno == EINTR) continue;
                error_ = errno;
                return false;
            }
            p += n;
        }
        setp(buf_, buf_ + sizeof buf_);
        return true;
    }

    int fd_;
    int error_ = 0;
    char buf_[1 << 16];
};

std::string quoted(const std::filesystem::path& p) { return p.string(); }

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what, int err) {
    throw FileError(quoted(path) + ": " + what + ": " + std::strerror(err) +
                    " (the previous file, if any, is unchanged)");
}

// Creates a new file with a name no other writer (thread or process) can be using.
int create_unique_temp(const std::filesystem::path& folder, const std::string& base,
                       std::filesystem::path& temp) {
    static std::atomic<unsigned> counter{0};
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto ticks = std::chrono::steady_clock::now().time_since_epoch().count();
        temp = folder / ("." + base + ".tmp-" + std::to_string(::getpid()) + "-" +
                         std::to_string(counter++) + "-" + std::to_string(ticks % 1000000));
        int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) return fd;
    }
    errno = EEXIST;
    return -1;
}

// Makes the rename durable. File systems that cannot sync a folder say EINVAL; that is not a
// failure of the write.
int sync_folder(const std::filesystem::path& folder) {
    int dfd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd < 0) return errno;
    int err = 0;
    if (::fsync(dfd) != 0 && errno != EINVAL && errno != ENOTSUP) err = errno;
    ::close(dfd);
    return err;
}

// Temporary files of earlier saves of the same file whose process is gone (killed mid-save, so
// nothing removed them): ".NAME.tmp-PID-...". A file of a live process, or one whose name does
// not parse, is left alone; so is any error here, which must not fail a save that succeeded.
void remove_stale_temps(const std::filesystem::path& folder, const std::string& base) {
    const std::string prefix = "." + base + ".tmp-";
    std::error_code ec;
    for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind(prefix, 0) != 0) continue;
        const std::string rest = name.substr(prefix.size());
        const auto dash = rest.find('-');
        if (dash == 0 || dash == std::string::npos || rest.find_first_not_of("0123456789") != dash) continue;
        const long pid = std::strtol(rest.c_str(), nullptr, 10);
        if (pid <= 0 || pid == ::getpid()) continue;
        if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;
        ::unlink(it->path().c_str());
    }
}

}  // namespace

void write_file_atomically(const std::filesystem::path& path,
                           const std::function<void(std::ostream&)>& fill) {
    if (path.empty() || !path.has_filename()) throw FileError("'" + quoted(path) + "': not a file name");
    std::filesystem::path folder = path.parent_path();
    if (folder.empty()) folder = ".";
    std::filesystem::path temp;
    int fd = create_unique_temp(folder, path.filename().string(), temp);
    if (fd < 0) fail(path, "cannot create a temporary file in " + quoted(folder), errno);

    // From here on every exit path must remove the temporary file.
    int err = 0;
    std::string step;
    try {
        FdOutBuf buf(fd);
        std::ostream out(&buf);
        fill(out);
        out.flush();
        if (buf.error() != 0) {
            err = buf.error();
            step = "cannot write";
        } else if (!out) {
            err = EIO;
            step = "cannot write";
        }
    } catch (...) {
        ::close(fd);
        ::unlink(temp.c_str());
        throw;
    }
    if (err == 0 && ::fsync(fd) != 0) {
        err = errno;
        step = "cannot flush to disk";
    }
    if (::close(fd) != 0 && err == 0) {
        err = errno;
        step = "cannot close";
    }
    if (err == 0 && ::rename(temp.c_str(), path.c_str()) != 0) {
        err = errno;
        step = "cannot replace";
    }
    if (err != 0) {
        ::unlink(temp.c_str());
        fail(path, step, err);
    }
    remove_stale_temps(folder, path.filename().string());
    if (int derr = sync_folder(folder); derr != 0) {
        // The new content is in place; only its durability across a power cut is in doubt.
        throw FileError(quoted(path) + ": written, but cannot sync folder " + quoted(folder) + ": " +
                        std::strerror(derr));
    }
}

}  // namespace sg
