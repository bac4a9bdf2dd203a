#include "graph/atomic_dir.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <system_error>

#include "graph/atomic_file.hpp"
#include "graph/error.hpp"

namespace sg {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const fs::path& dir, const std::string& what, int err) {
    throw FileError(dir.string() + ": " + what + (err ? std::string(": ") + std::strerror(err) : std::string()));
}

void sync_folder(const fs::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);  // best effort: some file systems cannot sync a folder
    ::close(fd);
}

}  // namespace

void write_folder_atomically(const fs::path& dir, const std::vector<FolderFile>& files) {
    fs::path target = dir;
    if (!target.has_filename()) target = target.parent_path();  // "out/" names "out"
    if (target.empty() || target.filename() == "." || target.filename() == "..")
        throw FileError("'" + dir.string() + "': not a folder name to create");
    std::error_code ec;
    const auto st = fs::symlink_status(target, ec);
    if (!ec && fs::exists(st)) {
        if (!fs::is_directory(st))
            fail(target, "exists and is not a folder (give a new folder's name)", 0);
        if (!fs::is_empty(target, ec) || ec)
            fail(target, "folder exists and is not empty: give a new or empty folder (nothing was written)", 0);
    }
    fs::path parent = target.parent_path();
    if (parent.empty()) parent = ".";
    if (!fs::is_directory(parent, ec)) fail(target, "cannot create it: no folder " + parent.string(), ENOENT);

    static std::atomic<unsigned> counter{0};
    fs::path temp;
    for (int attempt = 0;; ++attempt) {
        const auto ticks = std::chrono::steady_clock::now().time_since_epoch().count();
        temp = parent / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                         std::to_string(counter++) + "-" + std::to_string(ticks % 1000000));
        if (::mkdir(temp.c_str(), 0777) == 0) break;
        if (errno != EEXIST || attempt >= 100) fail(target, "cannot create a temporary folder in " + parent.string(), errno);
    }
    try {
        for (const auto& f : files) write_file_atomically(temp / f.name, f.fill);
        sync_folder(temp);
        if (::rename(temp.c_str(), target.c_str()) != 0) {
            const int err = errno;
            fail(target, err == ENOTEMPTY || err == EEXIST ? "appeared while writing and is not empty" : "cannot rename the new folder to it",
                 err == ENOTEMPTY || err == EEXIST ? 0 : err);
        }
    } catch (...) {
        fs::remove_all(temp, ec);
        throw;
    }
    sync_folder(parent);
}

}  // namespace sg
