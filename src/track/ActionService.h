// Actions, the measures of the plan. Each operation checks the action policy (for the role
// before it reads anything, then for the action itself), keeps the action rules (legal status
// transitions, dates in order, known institutions, recommendations and clusters), runs in one
// transaction and records the action before and after in the audit log.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/Action.h"
#include "track/Context.h"
#include "track/Permissions.h"

namespace rightstrack::track {

// What an update changes; fields left empty stay as they are.
struct ActionChanges {
    std::optional<std::string> title;
    std::optional<std::string> description;
    std::optional<std::string> start_date;
    std::optional<std::string> due_date;
    std::optional<int64_t> budget;
    std::optional<std::string> currency;
    std::optional<std::vector<std::string>> sdg_targets;
    // Assigning institutions is the secretariat's: a focal point's update may not touch these.
    std::optional<std::string> lead_institution;
    std::optional<std::vector<std::string>> supporting_institutions;
    // Days between progress reports, 0 for none; the secretariat's to set.
    std::optional<int64_t> report_every_days;
};

class ActionService {
public:
    explicit ActionService(Context context) : context_(std::move(context)) {}

    // A new action starts planned and unpublished, whatever `action` says.
    core::Result<model::Action> create(std::string_view actor, model::Action action);
    core::Result<model::Action> update(std::string_view actor, int64_t id,
                                       const ActionChanges& changes);
    core::Result<model::Action> set_status(std::string_view actor, int64_t id,
                                           model::ActionStatus status);
    // Adds links to recommendations and clusters (those it has already stay).
    core::Result<model::Action> link(std::string_view actor, int64_t id,
                                     const std::vector<std::string>& recommendations,
                                     const std::vector<int64_t>& clusters);
    core::Result<model::Action> publish(std::string_view actor, int64_t id);
    core::Result<model::Action> get(std::string_view actor, int64_t id);
    // The actions the actor may read, by id.
    core::Result<std::vector<model::Action>> list(std::string_view actor);

private:
    // Runs one change to an existing action: role check, load, action check, `change`, rules,
    // write and audit, all in one transaction.
    template <typename Change>
    core::Result<model::Action> modify(std::string_view actor, int64_t id, Operation operation,
                                       const char* audit_operation, Change&& change);
    core::Status check_references(const model::Action& action);

    Context context_;
};

}  // namespace rightstrack::track
