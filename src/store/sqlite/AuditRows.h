// The rows of the audit log, appended and read for SqliteTrackingStore. The table refuses
// updates and deletes (migration 0008); the chain's hashes are computed in track/.
#pragma once

#include <optional>

#include "model/AuditEntry.h"
#include "store/TrackingStore.h"
#include "store/sqlite/Database.h"

namespace rightstrack::store::sqlite {

core::Result<std::optional<model::AuditEntry>> find_last_audit_entry(Database& db);
core::Status insert_audit_entry(Database& db, const model::AuditEntry& entry);
core::Status visit_audit_entries(Database& db, const AuditVisitor& visit);

}  // namespace rightstrack::store::sqlite
