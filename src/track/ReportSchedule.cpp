#include "track/ReportSchedule.h"

#include "track/Deadlines.h"

namespace rightstrack::track {

core::Result<std::optional<std::string>> next_report_due(
    const model::Action& action, const std::vector<model::ProgressReport>& reports) {
    using model::ReportStatus;
    bool open = action.status != model::ActionStatus::Completed &&
                action.status != model::ActionStatus::Cancelled;
    if (!open || !action.report_every_days || action.start_date.empty())
        return std::optional<std::string>();
    std::string reported_to = action.start_date;
    for (const auto& report : reports) {
        bool delivered = report.status == ReportStatus::Submitted ||
                         report.status == ReportStatus::Approved ||
                         report.status == ReportStatus::Published;
        if (report.action == action.id && delivered && report.period_end > reported_to)
            reported_to = report.period_end;
    }
    return std::optional<std::string>(
        TRY(add_days(reported_to, static_cast<int>(*action.report_every_days))));
}

}  // namespace rightstrack::track
