// DNA files for the command-line tests: DNA's own sample (../shared/dna/sample.dna, beside the
// clone) copied into a temporary folder and, for the bad-input tests, changed with SQL.
#pragma once

#include <sqlite3.h>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace sg::test {

inline std::filesystem::path sample_dna() {
    return std::filesystem::path(SG_SOURCE_DIR) / ".." / "shared" / "dna" / "sample.dna";
}

// Runs `sql` on the database `file`.
inline void run_sql(const std::filesystem::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    if (sqlite3_open(file.c_str(), &db) != SQLITE_OK) throw std::runtime_error("cannot open " + file.string());
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    if (rc != SQLITE_OK) throw std::runtime_error("SQL failed on " + file.string() + ": " + message);
}

// Copies the sample to `to` (writable) and runs `sql` on the copy.
inline void changed_sample(const std::filesystem::path& to, const std::string& sql) {
    std::filesystem::copy_file(sample_dna(), to, std::filesystem::copy_options::overwrite_existing);
    std::filesystem::permissions(to, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    run_sql(to, sql);
}

}  // namespace sg::test
