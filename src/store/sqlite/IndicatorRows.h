// The rows of indicators (with their dimensions and measurements, each measurement with its
// breakdown) and of calendar events, read and written for SqliteTrackingStore (migration 0009).
// Callers hold the transaction.
#pragma once

#include <optional>
#include <vector>

#include "model/CalendarEvent.h"
#include "model/Indicator.h"
#include "store/sqlite/Database.h"

namespace rightstrack::store::sqlite {

core::Result<int64_t> insert_indicator(Database& db, const model::Indicator& indicator);
core::Result<std::optional<model::Indicator>> find_indicator(Database& db, int64_t id);
// The action's indicators by id, each with its measurements.
core::Result<std::vector<model::Indicator>> indicators_of(Database& db, int64_t action);
core::Result<int64_t> insert_measurement(Database& db, const model::Measurement& measurement);

core::Result<int64_t> insert_event(Database& db, const model::CalendarEvent& event);
core::Result<std::optional<model::CalendarEvent>> find_event(Database& db, int64_t id);
// By date, then id.
core::Result<std::vector<model::CalendarEvent>> all_events(Database& db);
core::Status delete_event(Database& db, int64_t id);

}  // namespace rightstrack::store::sqlite
