// The rows of progress reports (with their evidence), status overrides and independent
// assessments, read and written for SqliteTrackingStore. Callers hold the transaction.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "model/Implementation.h"
#include "model/ProgressReport.h"
#include "store/sqlite/Database.h"

namespace rightstrack::store::sqlite {

core::Result<int64_t> insert_report(Database& db, const model::ProgressReport& report);
core::Status update_report_row(Database& db, const model::ProgressReport& report);
core::Result<std::optional<model::ProgressReport>> find_report(Database& db, int64_t id);
core::Result<std::vector<model::ProgressReport>> all_reports(Database& db);

core::Result<std::optional<model::StatusOverride>> find_status_override(
    Database& db, std::string_view recommendation);
core::Status upsert_status_override(Database& db, const model::StatusOverride& status);

core::Result<int64_t> insert_assessment(Database& db, const model::Assessment& assessment);
core::Result<std::vector<model::Assessment>> assessments_of(Database& db,
                                                            std::string_view recommendation);

}  // namespace rightstrack::store::sqlite
