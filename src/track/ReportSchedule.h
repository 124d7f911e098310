// When an action's next progress report is due. An action with a reporting period of N days
// owes a report N days after the last period reported on ends, or N days after it starts when
// nothing was reported yet; reports count once submitted (drafts and returned reports are not
// delivered). Completed and cancelled actions owe nothing. Pure function; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/Result.h"
#include "model/Action.h"
#include "model/ProgressReport.h"

namespace rightstrack::track {

// YYYY-MM-DD, or nothing when no report is owed. `reports` may hold other actions' reports.
core::Result<std::optional<std::string>> next_report_due(
    const model::Action& action, const std::vector<model::ProgressReport>& reports);

}  // namespace rightstrack::track
