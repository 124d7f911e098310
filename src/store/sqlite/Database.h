// A thin RAII wrapper over one SQLite connection: open with our pragmas, prepared statements
// with typed binds and column reads, and SQLite failures turned into core::Error.
// A Database and its Statements belong to one thread at a time.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/Result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace rightstrack::store::sqlite {

class Statement {
public:
    Statement(sqlite3* db, sqlite3_stmt* statement) : db_(db), statement_(statement) {}
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    ~Statement();

    // Binds are 1-based, as in SQLite. Text is copied by SQLite only if needed (SQLITE_TRANSIENT
    // is used so callers may pass temporaries).
    Statement& bind(int index, std::string_view text);
    // Like bind(text), but SQLite reads the text in place instead of copying it: the caller
    // keeps it alive until the statement is stepped and reset. For hot loops only.
    Statement& bind_view(int index, std::string_view text);
    Statement& bind(int index, int64_t value);
    Statement& bind(int index, std::optional<int> value);
    // Named apart from bind(): an int argument would be ambiguous between int64_t and double.
    Statement& bind_real(int index, double value);
    Statement& bind_null(int index);

    // Advances; true while a row is available, false when done.
    core::Result<bool> step();
    // Runs a statement that returns no rows, then resets it for reuse.
    core::Status run();
    void reset();

    std::string_view text(int column) const;
    int64_t integer(int column) const;
    std::optional<int> optional_integer(int column) const;
    double real(int column) const;

private:
    sqlite3* db_;
    sqlite3_stmt* statement_;
};

enum class OpenMode { ReadWrite, ReadOnly };

class Database {
public:
    // Opens (creating if needed) with WAL journaling, foreign keys on and a busy timeout.
    static core::Result<std::unique_ptr<Database>> open(const std::string& path, OpenMode mode);
    ~Database();

    core::Status execute(std::string_view sql);
    core::Result<Statement> prepare(std::string_view sql);
    int64_t last_insert_id() const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    int64_t changes() const;

    // True between BEGIN and COMMIT or ROLLBACK.
    bool in_transaction() const;
    core::Status begin_immediate() { return execute("BEGIN IMMEDIATE"); }
    core::Status commit() { return execute("COMMIT"); }
    void rollback();

private:
    explicit Database(sqlite3* db) : db_(db) {}
    sqlite3* db_;
};

core::Error sqlite_error(sqlite3* db, std::string_view context);

// Creates the folder a database file at `path` goes in, if missing.
core::Status create_parent_folder(const std::string& path);

}  // namespace rightstrack::store::sqlite
