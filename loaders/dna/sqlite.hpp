// A thin RAII wrapper over SQLite for reading DNA files (and writing them, later): every failure
// is an sg::FileError whose message starts with the file's name, so a bad file is exit code 2.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace sg::loaders::sqlite {

class Statement;

class Database {
public:
    // Opens an existing file read-only. A missing file, a folder, or a file that is not an SQLite
    // database is refused here (SQLite itself only notices on the first read).
    static Database open_read_only(const std::filesystem::path& path);
    // A new empty database in memory (written out whole by serialize(), so a file is replaced
    // only once it is complete); `name` starts its error messages.
    static Database in_memory(const std::string& name);
    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    Statement prepare(std::string_view sql) const;
    void exec(const std::string& sql) const;  // one or more statements, no rows
    std::string serialize() const;            // the database file's bytes
    bool has_table(std::string_view name) const;
    bool has_column(std::string_view table, std::string_view column) const;
    const std::string& name() const { return name_; }
    [[noreturn]] void fail(const std::string& what) const;

private:
    Database() = default;
    sqlite3* db_ = nullptr;
    std::string name_;
};

class Statement {
public:
    Statement(const Database& db, sqlite3_stmt* stmt) : db_(&db), stmt_(stmt) {}
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) = delete;
    ~Statement();

    void bind(int index, std::string_view text);
    void bind(int index, std::int64_t value);
    void bind_null(int index);
    bool step();  // true while a row is available
    void reset(); // for the next set of bindings
    bool is_null(int column) const;
    std::int64_t integer(int column) const;
    std::string text(int column) const;

private:
    const Database* db_;
    sqlite3_stmt* stmt_;
};

}  // namespace sg::loaders::sqlite
