// A measure of the implementation plan: what will be done, by which institutions, when and with
// what budget, and which recommendations and clusters it answers. A national action plan's
// measures are actions too. Plain value type; no I/O (status rules live in track/).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::model {

enum class ActionStatus { Planned, InProgress, Completed, Delayed, Cancelled };

struct Action {
    int64_t id = 0;  // Assigned by the store.
    std::string title;
    std::string description;
    std::string lead_institution;                      // Institution code.
    std::vector<std::string> supporting_institutions;  // Institution codes, sorted, unique.
    std::string start_date;                            // YYYY-MM-DD, or empty.
    std::string due_date;                              // YYYY-MM-DD, or empty.
    std::optional<int64_t> budget;                     // In whole units of `currency`.
    std::string currency;  // ISO 4217, e.g. "KGS"; empty without budget.
    ActionStatus status = ActionStatus::Planned;
    // Unpublished actions are seen only by the secretariat and the institutions concerned.
    bool published = false;
    std::vector<std::string> recommendations;  // Recommendation ids, sorted, unique.
    std::vector<int64_t> clusters;             // Cluster ids, sorted, unique.
    std::vector<std::string> sdg_targets;      // "5.2", "16.3", sorted, unique.
    // Progress reports are due every this many days (see track/ReportSchedule.h), if set.
    std::optional<int64_t> report_every_days;
    bool operator==(const Action&) const = default;

    // True when `institution` leads or supports this action.
    bool involves(std::string_view institution) const {
        if (lead_institution == institution)
            return true;
        for (const auto& code : supporting_institutions)
            if (code == institution)
                return true;
        return false;
    }
};

// "planned", "in_progress", "completed", "delayed", "cancelled".
std::string_view action_status_code(ActionStatus status);
std::optional<ActionStatus> parse_action_status(std::string_view text);

}  // namespace rightstrack::model
