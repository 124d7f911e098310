// The tracking types as JSON: what the audit log records as "before" and "after" (canonical:
// keys sorted, no spaces, so that equal resources give equal text), what `--json` prints and
// what the API answers; label suggestions under review too, one shape for `classify suggestions
// --json` and /api/v1/suggestions. No password hash ever appears here. Thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "model/Action.h"
#include "model/AuditEntry.h"
#include "model/CalendarEvent.h"
#include "model/Cluster.h"
#include "model/Implementation.h"
#include "model/Indicator.h"
#include "model/Institution.h"
#include "model/LabelSuggestion.h"
#include "model/ProgressReport.h"
#include "model/User.h"

namespace rightstrack::track {

nlohmann::json to_json(const model::Institution& institution);
nlohmann::json to_json(const model::User& user);
nlohmann::json to_json(const model::Cluster& cluster);
nlohmann::json to_json(const model::Action& action);
nlohmann::json to_json(const model::AuditEntry& entry);
nlohmann::json to_json(const model::ProgressReport& report);
nlohmann::json to_json(const model::StatusOverride& status);
nlohmann::json to_json(const model::Assessment& assessment);
nlohmann::json to_json(const model::Indicator& indicator);  // With its measurements.
nlohmann::json to_json(const model::Measurement& measurement);
nlohmann::json to_json(const model::CalendarEvent& event);
// Every field, always: corrected_to and reviewed are empty until people review it.
nlohmann::json to_json(const model::LabelSuggestion& suggestion);

// Keys sorted (nlohmann's objects are ordered maps), compact, UTF-8 kept as is.
inline std::string canonical(const nlohmann::json& value) {
    return value.dump();
}

}  // namespace rightstrack::track
