#include "store/sqlite/Migrator.h"

#include <set>

#include "store/Migration.h"
#include "store/sqlite/Transaction.h"

namespace rightstrack::store::sqlite {
namespace {

// The versions applied so far, creating the table that records them on first use.
core::Result<std::set<int>> applied_versions(Database& db) {
    TRY(db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))) STRICT"));
    auto query = TRY(db.prepare("SELECT version FROM schema_migrations"));
    std::set<int> versions;
    while (TRY(query.step())) versions.insert(static_cast<int>(query.integer(0)));
    return versions;
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

// Every migration not yet applied is, in version order, even one older than the newest applied:
// migrations written on parallel branches (0004 merged before 0003) must all reach every
// database.
core::Status migrate(Database& db) {
    std::set<int> applied = TRY(applied_versions(db));
    const auto& migrations = embedded_migrations();
    int newest = migrations.empty() ? 0 : migrations.back().version;
    int version = applied.empty() ? 0 : *applied.rbegin();
    if (version > newest)
        return core::Error::storage("the database has schema version " + std::to_string(version) +
                                    ", newer than this rightstrack knows (" +
                                    std::to_string(newest) + "); use a newer rightstrack");
    for (const auto& migration : migrations)
        if (!applied.contains(migration.version))
            TRY(apply(db, migration));
    return {};
}

}  // namespace rightstrack::store::sqlite
