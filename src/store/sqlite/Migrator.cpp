#include "store/sqlite/Migrator.h"

#include "store/Migration.h"
#include "store/sqlite/Transaction.h"

namespace rightstrack::store::sqlite {
namespace {

core::Result<int> current_version(Database& db) {
    TRY(db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))) STRICT"));
    auto query = TRY(db.prepare("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    TRY(query.step());
    return static_cast<int>(query.integer(0));
}

core::Status apply(Database& db, const Migration& migration) {
    auto transaction = TRY(Transaction::begin(db));
    auto applied = db.execute(migration.sql);
    if (!applied.ok())
        return core::Error::storage("migration " + std::string(migration.name) +
                                    " failed: " + applied.error().message());
    auto record = TRY(db.prepare("INSERT INTO schema_migrations (version, name) VALUES (?, ?)"));
    TRY(record.bind(1, static_cast<int64_t>(migration.version)).bind(2, migration.name).run());
    return transaction.commit();
}

}  // namespace

core::Status migrate(Database& db) {
    int version = TRY(current_version(db));
    const auto& migrations = embedded_migrations();
    int newest = migrations.empty() ? 0 : migrations.back().version;
    if (version > newest)
        return core::Error::storage("the database has schema version " + std::to_string(version) +
                                    ", newer than this rightstrack knows (" +
                                    std::to_string(newest) + "); use a newer rightstrack");
    for (const auto& migration : migrations)
        if (migration.version > version)
            TRY(apply(db, migration));
    return {};
}

}  // namespace rightstrack::store::sqlite
