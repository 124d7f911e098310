#include "store/sqlite/Database.h"

#include <sqlite3.h>

#include <filesystem>

namespace rightstrack::store::sqlite {

core::Error sqlite_error(sqlite3* db, std::string_view context) {
    std::string message = std::string(context) + ": " + sqlite3_errmsg(db);
    int code = sqlite3_extended_errcode(db);
    if ((code & 0xff) == SQLITE_CONSTRAINT)
        return core::Error::conflict(message);
    return core::Error::storage(message);
}

core::Status create_parent_folder(const std::string& path) {
    auto parent = std::filesystem::path(path).parent_path();
    if (parent.empty())
        return {};
    std::error_code error;
    std::filesystem::create_directories(parent, error);
    if (error)
        return core::Error::io("cannot create folder: " + error.message(), parent.string());
    return {};
}

Statement::Statement(Statement&& other) noexcept : db_(other.db_), statement_(other.statement_) {
    other.statement_ = nullptr;
}

Statement::~Statement() {
    sqlite3_finalize(statement_);
}

Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind_view(int index, std::string_view text) {
    sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()),
                      SQLITE_STATIC);
    return *this;
}

Statement& Statement::bind(int index, int64_t value) {
    sqlite3_bind_int64(statement_, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::optional<int> value) {
    if (value)
        return bind(index, static_cast<int64_t>(*value));
    return bind_null(index);
}

Statement& Statement::bind_real(int index, double value) {
    sqlite3_bind_double(statement_, index, value);
    return *this;
}

Statement& Statement::bind_null(int index) {
    sqlite3_bind_null(statement_, index);
    return *this;
}

core::Result<bool> Statement::step() {
    int rc = sqlite3_step(statement_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    auto error = sqlite_error(db_, "executing SQL");
    sqlite3_reset(statement_);
    return error;
}

core::Status Statement::run() {
    auto stepped = step();
    reset();
    if (!stepped.ok())
        return stepped.release_error();
    return {};
}

void Statement::reset() {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
}

std::string_view Statement::text(int column) const {
    auto* data = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
    if (!data)
        return {};
    return {data, static_cast<size_t>(sqlite3_column_bytes(statement_, column))};
}

int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(statement_, column);
}

std::optional<int> Statement::optional_integer(int column) const {
    if (sqlite3_column_type(statement_, column) == SQLITE_NULL)
        return std::nullopt;
    return static_cast<int>(sqlite3_column_int64(statement_, column));
}

double Statement::real(int column) const {
    return sqlite3_column_double(statement_, column);
}

core::Result<std::unique_ptr<Database>> Database::open(const std::string& path, OpenMode mode) {
    sqlite3* handle = nullptr;
    // NOMUTEX: a Database belongs to one thread at a time, so SQLite's per-call locking of the
    // connection is pure cost (a fifth of the work of binding a value).
    int flags = SQLITE_OPEN_NOMUTEX | (mode == OpenMode::ReadOnly
                                           ? SQLITE_OPEN_READONLY
                                           : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(path.c_str(), &handle, flags, nullptr) != SQLITE_OK) {
        std::string message = handle ? sqlite3_errmsg(handle) : "out of memory";
        sqlite3_close(handle);
        return core::Error::io("cannot open database: " + message, path);
    }
    sqlite3_extended_result_codes(handle, 1);
    std::unique_ptr<Database> db(new Database(handle));
    // 16 KiB pages (for new files; set before WAL, which fixes the page size) write and read
    // a bulk import with a quarter of the system calls of 4 KiB pages. WAL lets readers go on
    // while one writer commits; NORMAL sync is durable in WAL mode except for the last
    // transactions on power loss, never corrupting the file. A 64 MiB page cache keeps a large
    // import's pages in memory until commit.
    const char* pragmas = mode == OpenMode::ReadOnly
                              ? "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;"
                              : "PRAGMA page_size = 16384;"
                                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                                "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;"
                                "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";
    auto configured = db->execute(pragmas);
    if (!configured.ok())
        return configured.release_error().located(path);
    return db;
}

Database::~Database() {
    sqlite3_close_v2(db_);
}

core::Status Database::execute(std::string_view sql) {
    std::string statement(sql);
    char* message = nullptr;
    if (sqlite3_exec(db_, statement.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::string text = message ? message : "unknown error";
        sqlite3_free(message);
        return core::Error::storage("SQL failed: " + text);
    }
    return {};
}

core::Result<Statement> Database::prepare(std::string_view sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr) != SQLITE_OK)
        return sqlite_error(db_, "preparing SQL");
    return Statement(db_, statement);
}

int64_t Database::last_insert_id() const {
    return sqlite3_last_insert_rowid(db_);
}

int64_t Database::changes() const {
    return sqlite3_changes64(db_);
}

bool Database::in_transaction() const {
    return sqlite3_get_autocommit(db_) == 0;
}

void Database::rollback() {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

}  // namespace rightstrack::store::sqlite
