// Deadlines: the actions still open (not completed, not cancelled) that are overdue or due
// within N days, and the progress reports owed on them (see ReportSchedule.h), optionally for
// one institution (leading or supporting), among the actions the actor may read. UPR calendar
// events coming within N days are CalendarService's.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/Action.h"
#include "track/Context.h"

namespace rightstrack::track {

struct DueActions {
    std::vector<model::Action> overdue;   // Due before today, oldest first.
    std::vector<model::Action> due_soon;  // Due from today to today + days, soonest first.
};

// A progress report owed on an action, and by when.
struct ReportDue {
    model::Action action;
    std::string due_date;  // YYYY-MM-DD
};

struct DueReports {
    std::vector<ReportDue> overdue;   // Due before today, oldest first.
    std::vector<ReportDue> due_soon;  // Due from today to today + days, soonest first.
};

// `date` + `days` as YYYY-MM-DD; InvalidInput unless `date` is a real date.
core::Result<std::string> add_days(const std::string& date, int days);

class DeadlineService {
public:
    explicit DeadlineService(Context context) : context_(std::move(context)) {}

    // `today` empty: the context's clock. `institution` empty: every institution.
    core::Result<DueActions> actions(std::string_view actor, int days, std::string today = {},
                                     const std::string& institution = {});
    core::Result<DueReports> reports(std::string_view actor, int days, std::string today = {},
                                     const std::string& institution = {});

private:
    // Runs `visit` on each open action the actor may read (of `institution` if given), in a
    // read transaction, after checking `days` and setting `today` and `horizon`.
    template <typename Visit>
    core::Status each_open_action(std::string_view actor, int days, std::string& today,
                                  std::string& horizon, const std::string& institution,
                                  Visit&& visit);

    Context context_;
};

}  // namespace rightstrack::track
