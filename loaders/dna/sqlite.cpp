#include "loaders/dna/sqlite.hpp"

#include <sqlite3.h>

#include <cstdio>
#include <system_error>

#include "graph/error.hpp"

namespace sg::loaders::sqlite {

Database Database::open_read_only(const std::filesystem::path& path) {
    Database d;
    d.name_ = path.string();
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (!std::filesystem::exists(status)) throw FileError(d.name_ + ": no such file");
    if (std::filesystem::is_directory(status)) throw FileError(d.name_ + ": is a folder, not a DNA file");
    // SQLite calls an empty file an empty database; a DNA file never is one.
    if (std::filesystem::file_size(path, ec) == 0) throw FileError(d.name_ + ": empty file, not a DNA database");
    if (sqlite3_open_v2(d.name_.c_str(), &d.db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const std::string why = d.db_ ? sqlite3_errmsg(d.db_) : "out of memory";
        throw FileError(d.name_ + ": cannot open: " + why);
    }
    // The first read of the schema tells an SQLite file from anything else.
    sqlite3_stmt* probe = nullptr;
    if (sqlite3_prepare_v2(d.db_, "SELECT count(*) FROM sqlite_master", -1, &probe, nullptr) != SQLITE_OK ||
        sqlite3_step(probe) != SQLITE_ROW) {
        const int code = sqlite3_errcode(d.db_);
        sqlite3_finalize(probe);
        if (code == SQLITE_NOTADB) throw FileError(d.name_ + ": not a DNA file (not an SQLite database)");
        d.fail("cannot read");
    }
    sqlite3_finalize(probe);
    return d;
}

Database Database::in_memory(const std::string& name) {
    Database d;
    d.name_ = name;
    if (sqlite3_open_v2(":memory:", &d.db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        d.fail("cannot create a database");
    d.exec("PRAGMA foreign_keys = ON");  // as DNA enforces them: a bad reference fails here, not in DNA
    return d;
}

void Database::exec(const std::string& sql) const {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string why = error ? error : "unknown error";
        sqlite3_free(error);
        throw FileError(name_ + ": cannot write: " + why);
    }
}

std::string Database::serialize() const {
    sqlite3_int64 size = 0;
    unsigned char* bytes = sqlite3_serialize(db_, "main", &size, 0);
    if (!bytes) fail("cannot serialise the database");
    std::string out(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size));
    sqlite3_free(bytes);
    return out;
}

Database::Database(Database&& o) noexcept : db_(o.db_), name_(std::move(o.name_)) { o.db_ = nullptr; }
Database& Database::operator=(Database&& o) noexcept {
    std::swap(db_, o.db_);
    std::swap(name_, o.name_);
    return *this;
}
Database::~Database() {
    if (db_) sqlite3_close_v2(db_);
}

void Database::fail(const std::string& what) const {
    throw FileError(name_ + ": " + what + ": " + (db_ ? sqlite3_errmsg(db_) : "no database"));
}

Statement Database::prepare(std::string_view sql) const {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
        fail("cannot read (" + std::string(sql.substr(0, 60)) + ")");
    return Statement(*this, stmt);
}

bool Database::has_table(std::string_view name) const {
    Statement s = prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1 COLLATE NOCASE");
    s.bind(1, name);
    return s.step();
}

bool Database::has_column(std::string_view table, std::string_view column) const {
    Statement s = prepare("SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2 COLLATE NOCASE");
    s.bind(1, table);
    s.bind(2, column);
    return s.step();
}

Statement::Statement(Statement&& o) noexcept : db_(o.db_), stmt_(o.stmt_) { o.stmt_ = nullptr; }
Statement::~Statement() {
    if (stmt_) sqlite3_finalize(stmt_);
}

void Statement::bind(int index, std::string_view text) {
    if (sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        db_->fail("cannot bind a value");
}
void Statement::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) db_->fail("cannot bind a value");
}

void Statement::bind_null(int index) {
    if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) db_->fail("cannot bind a value");
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    db_->fail("cannot read");
}

bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }
std::string Statement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    const int n = sqlite3_column_bytes(stmt_, column);
    return p ? std::string(p, static_cast<std::size_t>(n)) : std::string();
}

}  // namespace sg::loaders::sqlite
