// The UPR calendar as events (submission deadlines, the review, the adoption of its outcome,
// the mid-term report, others): the secretariat adds and removes them, everyone reads them, and
// the deadlines list shows those coming. Each operation checks the calendar policy and runs in
// one transaction; changes are audited.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/CalendarEvent.h"
#include "track/Context.h"

namespace rightstrack::track {

class CalendarService {
public:
    explicit CalendarService(Context context) : context_(std::move(context)) {}

    // Needs a real date and a title; a State is an ISO 3166 alpha-3 code, a cycle positive.
    core::Result<model::CalendarEvent> add(std::string_view actor, model::CalendarEvent event);
    // Returns the event removed; NotFound when there is none with `id`.
    core::Result<model::CalendarEvent> remove(std::string_view actor, int64_t id);
    // Every event by date, or with `days`, those from `today` (empty: the clock's date) to
    // `today` + `days`.
    core::Result<std::vector<model::CalendarEvent>> list(std::string_view actor,
                                                         std::optional<int> days = std::nullopt,
                                                         std::string today = {});

private:
    Context context_;
};

}  // namespace rightstrack::track
