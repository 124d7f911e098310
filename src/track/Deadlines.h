// Deadlines: the actions still open (not completed, not cancelled) that are overdue or due
// within N days, optionally for one institution (leading or supporting), among those the actor
// may read. Reports and UPR calendar events are to join these lists once they have due dates.
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

// `date` + `days` as YYYY-MM-DD; InvalidInput unless `date` is a real date.
core::Result<std::string> add_days(const std::string& date, int days);

class DeadlineService {
public:
    explicit DeadlineService(Context context) : context_(std::move(context)) {}

    // `today` empty: the context's clock. `institution` empty: every institution.
    core::Result<DueActions> actions(std::string_view actor, int days, std::string today = {},
                                     const std::string& institution = {});

private:
    Context context_;
};

}  // namespace rightstrack::track
