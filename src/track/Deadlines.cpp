#include "track/Deadlines.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <tuple>

#include "track/ActionRules.h"
#include "track/Permissions.h"
#include "track/ReportSchedule.h"

namespace rightstrack::track {

core::Result<std::string> add_days(const std::string& date, int days) {
    if (!is_date(date))
        return core::Error::invalid_input("'" + date + "' is not a date written YYYY-MM-DD");
    using namespace std::chrono;
    year_month_day start(year(std::stoi(date.substr(0, 4))),
                         month(static_cast<unsigned>(std::stoi(date.substr(5, 2)))),
                         day(static_cast<unsigned>(std::stoi(date.substr(8, 2)))));
    year_month_day end(sys_days(start) + std::chrono::days(days));
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(end.year()),
                  static_cast<unsigned>(end.month()), static_cast<unsigned>(end.day()));
    return std::string(text);
}

template <typename Visit>
core::Status DeadlineService::each_open_action(std::string_view actor, int days, std::string& today,
                                               std::string& horizon, const std::string& institution,
                                               Visit&& visit) {
    if (days < 0)
        return core::Error::invalid_input("the number of days ahead cannot be negative");
    if (today.empty())
        today = context_.now().substr(0, 10);
    horizon = TRY(add_days(today, days));
    return context_.store.read_transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_action(user, Operation::ActionRead));
        if (!institution.empty() && !TRY(context_.store.institution(institution)))
            return core::Error::not_found("no institution with code '" + institution + "'");
        for (auto& action : TRY(context_.store.actions())) {
            bool open = action.status != model::ActionStatus::Completed &&
                        action.status != model::ActionStatus::Cancelled;
            if (open && (institution.empty() || action.involves(institution)) &&
                check_action(user, Operation::ActionRead, &action).ok())
                TRY(visit(action));
        }
        return {};
    });
}

core::Result<DueActions> DeadlineService::actions(std::string_view actor, int days,
                                                  std::string today,
                                                  const std::string& institution) {
    DueActions due;
    std::string horizon;
    TRY(each_open_action(
        actor, days, today, horizon, institution, [&](model::Action& action) -> core::Status {
            if (action.due_date.empty() || action.due_date > horizon)
                return {};
            (action.due_date < today ? due.overdue : due.due_soon).push_back(std::move(action));
            return {};
        }));
    auto by_due_date = [](const model::Action& a, const model::Action& b) {
        return std::tie(a.due_date, a.id) < std::tie(b.due_date, b.id);
    };
    std::sort(due.overdue.begin(), due.overdue.end(), by_due_date);
    std::sort(due.due_soon.begin(), due.due_soon.end(), by_due_date);
    return due;
}

core::Result<DueReports> DeadlineService::reports(std::string_view actor, int days,
                                                  std::string today,
                                                  const std::string& institution) {
    DueReports due;
    std::string horizon;
    std::optional<std::vector<model::ProgressReport>> reports;  // Read at the first need.
    TRY(each_open_action(
        actor, days, today, horizon, institution, [&](model::Action& action) -> core::Status {
            if (!action.report_every_days)
                return {};
            if (!reports)
                reports = TRY(context_.store.reports());
            auto date = TRY(next_report_due(action, *reports));
            if (!date || *date > horizon)
                return {};
            (*date < today ? due.overdue : due.due_soon).push_back({std::move(action), *date});
            return {};
        }));
    auto by_due_date = [](const ReportDue& a, const ReportDue& b) {
        return std::tie(a.due_date, a.action.id) < std::tie(b.due_date, b.action.id);
    };
    std::sort(due.overdue.begin(), due.overdue.end(), by_due_date);
    std::sort(due.due_soon.begin(), due.due_soon.end(), by_due_date);
    return due;
}

}  // namespace rightstrack::track
