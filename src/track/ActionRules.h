// The rules an action must keep whoever changes it: which status may follow which, dates that
// are real and in order, SDG targets that look like targets, and link lists kept sorted and
// unique. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"
#include "model/Action.h"

namespace rightstrack::track {

// planned -> in_progress, delayed, cancelled; in_progress -> completed, delayed, cancelled;
// delayed -> in_progress, completed, cancelled. Completed and cancelled are final: a measure
// taken up again is a new action, so that what was reported stays true.
bool is_legal_transition(model::ActionStatus from, model::ActionStatus to);

// An InvalidInput error at `where` naming both statuses unless the transition is legal.
core::Status check_transition(model::ActionStatus from, model::ActionStatus to,
                              const std::string& where);

// True for a real calendar date written YYYY-MM-DD.
bool is_date(std::string_view text);

// Checks the title, dates (real, start not after due), budget and currency, SDG targets
// ("5.2", "16.a") and the reporting period (positive, counted from a start date); sorts and
// deduplicates the lists.
core::Status normalise_action(model::Action& action, const std::string& where);

// Sorts and removes duplicates.
template <typename T>
void sort_unique(std::vector<T>& values);

}  // namespace rightstrack::track
