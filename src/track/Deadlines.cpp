#include "track/Deadlines.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <tuple>

#include "track/ActionRules.h"
#include "track/Permissions.h"

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

core::Result<DueActions> DeadlineService::actions(std::string_view actor, int days,
                                                  std::string today,
                                                  const std::string& institution) {
    if (days < 0)
        return core::Error::invalid_input("the number of days ahead cannot be negative");
    if (today.empty())
        today = context_.now().substr(0, 10);
    std::string horizon = TRY(add_days(today, days));
    DueActions due;
    TRY(context_.store.transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_action(user, Operation::ActionRead));
        if (!institution.empty() && !TRY(context_.store.institution(institution)))
            return core::Error::not_found("no institution with code '" + institution + "'");
        for (auto& action : TRY(context_.store.actions())) {
            bool open = action.status != model::ActionStatus::Completed &&
                        action.status != model::ActionStatus::Cancelled;
            if (!open || action.due_date.empty() || action.due_date > horizon ||
                (!institution.empty() && !action.involves(institution)) ||
                !check_action(user, Operation::ActionRead, &action).ok())
                continue;
            (action.due_date < today ? due.overdue : due.due_soon).push_back(std::move(action));
        }
        return {};
    }));
    auto by_due_date = [](const model::Action& a, const model::Action& b) {
        return std::tie(a.due_date, a.id) < std::tie(b.due_date, b.id);
    };
    std::sort(due.overdue.begin(), due.overdue.end(), by_due_date);
    std::sort(due.due_soon.begin(), due.due_soon.end(), by_due_date);
    return due;
}

}  // namespace rightstrack::track
