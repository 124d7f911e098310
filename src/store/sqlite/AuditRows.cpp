#include "store/sqlite/AuditRows.h"

namespace rightstrack::store::sqlite {
namespace {

constexpr std::string_view kColumns =
    "SELECT sequence, at, actor, operation, resource, before_json, after_json, previous_hash,"
    " hash FROM audit_log";

model::AuditEntry read_entry(const Statement& row) {
    model::AuditEntry entry;
    entry.sequence = row.integer(0);
    entry.at = row.text(1);
    entry.actor = row.text(2);
    entry.operation = row.text(3);
    entry.resource = row.text(4);
    entry.before = row.text(5);
    entry.after = row.text(6);
    entry.previous_hash = row.text(7);
    entry.hash = row.text(8);
    return entry;
}

}  // namespace

core::Result<std::optional<model::AuditEntry>> find_last_audit_entry(Database& db) {
    auto query = TRY(db.prepare(std::string(kColumns) + " ORDER BY sequence DESC LIMIT 1"));
    if (!TRY(query.step()))
        return std::optional<model::AuditEntry>();
    return std::optional<model::AuditEntry>(read_entry(query));
}

core::Status insert_audit_entry(Database& db, const model::AuditEntry& entry) {
    auto last = TRY(find_last_audit_entry(db));
    int64_t expected = last ? last->sequence + 1 : 1;
    if (entry.sequence != expected)
        return core::Error::internal("audit entry " + std::to_string(entry.sequence) +
                                     " does not follow the log's last entry");
    auto insert = TRY(
        db.prepare("INSERT INTO audit_log (sequence, at, actor, operation, resource, before_json,"
                   " after_json, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return insert.bind(1, entry.sequence)
        .bind(2, entry.at)
        .bind(3, entry.actor)
        .bind(4, entry.operation)
        .bind(5, entry.resource)
        .bind(6, entry.before)
        .bind(7, entry.after)
        .bind(8, entry.previous_hash)
        .bind(9, entry.hash)
        .run();
}

core::Status visit_audit_entries(Database& db, const AuditVisitor& visit) {
    auto query = TRY(db.prepare(std::string(kColumns) + " ORDER BY sequence"));
    while (TRY(query.step())) TRY(visit(read_entry(query)));
    return {};
}

}  // namespace rightstrack::store::sqlite
