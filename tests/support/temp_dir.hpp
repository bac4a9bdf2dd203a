// A fresh, uniquely named folder for one test, removed with everything in it afterwards.
// Unique names (mkdtemp) keep parallel ctest runs, and two checkouts testing at once, apart.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

namespace sg::test {

struct TempDir {
    std::filesystem::path path;

    TempDir() {
        std::string tmpl = (std::filesystem::temp_directory_path() / "sg-test-XXXXXX").string();
        path = ::mkdtemp(tmpl.data());
    }
    ~TempDir() {
        std::error_code ec;
        // A test may leave a folder read-only; give it back so it can be removed.
        std::filesystem::permissions(path, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
        std::filesystem::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    // Writes `bytes` to a file of the folder (creating it and its folders, or replacing it) and
    // returns its path.
    std::filesystem::path write(const std::string& name, const std::string& bytes) const {
        const auto p = path / name;
        std::error_code ec;
        std::filesystem::create_directories(p.parent_path(), ec);
        std::ofstream(p, std::ios::binary) << bytes;
        return p;
    }
    // The path of a file of the folder as text, for command lines; with content, writes it
    // first; without, creates the file empty only if it does not exist.
    std::string file(const std::string& name, const std::string& bytes = {}) const {
        const auto p = path / name;
        if (!bytes.empty() || !std::filesystem::exists(p)) write(name, bytes);
        return p.string();
    }
    // How many entries the folder holds (to check that nothing was left behind).
    std::size_t entries() const {
        std::size_t n = 0;
        for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(path)) ++n;
        return n;
    }
};

}  // namespace sg::test
