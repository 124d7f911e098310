// The SessionStore on the SQLite database (its own connection, as the tracking store has).
#include "store/SessionStore.h"
#include "store/sqlite/Database.h"
#include "store/sqlite/Migrator.h"

namespace rightstrack::store::sqlite {
namespace {

class SqliteSessionStore final : public SessionStore {
public:
    explicit SqliteSessionStore(std::unique_ptr<Database> db) : db_(std::move(db)) {}

    core::Status add_session(const StoredSession& session) override {
        auto insert = TRY(db_->prepare(
            "INSERT INTO web_sessions (token_sha256, user_id, csrf_token, created_at, expires_at)"
            " SELECT ?, id, ?, ?, ? FROM users WHERE name = ?"));
        insert.bind(1, session.token_sha256)
            .bind(2, session.csrf_token)
            .bind(3, session.created_at)
            .bind(4, session.expires_at)
            .bind(5, session.user);
        TRY(insert.run());
        if (db_->changes() == 0)
            return core::Error::not_found("no user '" + session.user + "' to open a session for");
        return {};
    }

    core::Result<std::optional<StoredSession>> session(std::string_view token_sha256) override {
        auto query = TRY(db_->prepare(
            "SELECT s.token_sha256, u.name, s.csrf_token, s.created_at, s.expires_at"
            " FROM web_sessions s JOIN users u ON u.id = s.user_id WHERE s.token_sha256 = ?"));
        query.bind(1, token_sha256);
        if (!TRY(query.step()))
            return std::optional<StoredSession>();
        return std::optional(StoredSession{std::string(query.text(0)), std::string(query.text(1)),
                                           std::string(query.text(2)), std::string(query.text(3)),
                                           std::string(query.text(4))});
    }

    core::Status remove_session(std::string_view token_sha256) override {
        auto remove = TRY(db_->prepare("DELETE FROM web_sessions WHERE token_sha256 = ?"));
        remove.bind(1, token_sha256);
        return remove.run();
    }

    core::Result<int64_t> remove_expired(std::string_view now) override {
        auto remove = TRY(db_->prepare("DELETE FROM web_sessions WHERE expires_at < ?"));
        remove.bind(1, now);
        TRY(remove.run());
        return db_->changes();
    }

    core::Result<int64_t> user_count() override {
        auto query = TRY(db_->prepare("SELECT count(*) FROM users"));
        TRY(query.step());
        return query.integer(0);
    }

private:
    std::unique_ptr<Database> db_;
};

}  // namespace
}  // namespace rightstrack::store::sqlite

namespace rightstrack::store {

core::Result<std::unique_ptr<SessionStore>> open_sqlite_session_store(const std::string& path) {
    TRY(sqlite::create_parent_folder(path));
    auto db = TRY(sqlite::Database::open(path, sqlite::OpenMode::ReadWrite));
    TRY(sqlite::migrate(*db));
    return std::unique_ptr<SessionStore>(new sqlite::SqliteSessionStore(std::move(db)));
}

}  // namespace rightstrack::store
