#include "track/ActionService.h"

#include "track/ActionRules.h"
#include "track/TrackJson.h"

namespace rightstrack::track {
namespace {

std::string resource(int64_t id) {
    return "action:" + std::to_string(id);
}

core::Result<model::Action> load(store::TrackingStore& store, int64_t id) {
    auto action = TRY(store.action(id));
    if (!action)
        return core::Error::not_found("no action with id " + std::to_string(id));
    return *action;
}

void apply(model::Action& action, const ActionChanges& changes) {
    if (changes.title)
        action.title = *changes.title;
    if (changes.description)
        action.description = *changes.description;
    if (changes.start_date)
        action.start_date = *changes.start_date;
    if (changes.due_date)
        action.due_date = *changes.due_date;
    if (changes.budget)
        action.budget = *changes.budget;
    if (changes.currency)
        action.currency = *changes.currency;
    if (changes.sdg_targets)
        action.sdg_targets = *changes.sdg_targets;
    if (changes.lead_institution)
        action.lead_institution = *changes.lead_institution;
    if (changes.supporting_institutions)
        action.supporting_institutions = *changes.supporting_institutions;
    if (changes.report_every_days)
        action.report_every_days = *changes.report_every_days == 0
                                       ? std::nullopt
                                       : std::optional<int64_t>(*changes.report_every_days);
}

}  // namespace

core::Status ActionService::check_references(const model::Action& action) {
    std::vector<std::string> institutions = action.supporting_institutions;
    institutions.push_back(action.lead_institution);
    for (const auto& code : institutions)
        if (!TRY(context_.store.institution(code)))
            return core::Error::not_found("no institution with code '" + code + "'");
    TRY(check_recommendations_exist(context_.store, action.recommendations));
    for (int64_t cluster : action.clusters)
        if (!TRY(context_.store.cluster(cluster)))
            return core::Error::not_found("no cluster with id " + std::to_string(cluster));
    return {};
}

core::Result<model::Action> ActionService::create(std::string_view actor, model::Action action) {
    TRY(context_.store.transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_action(user, Operation::ActionCreate));
        action.status = model::ActionStatus::Planned;
        action.published = false;
        TRY(normalise_action(action, "new action"));
        TRY(check_references(action));
        action.id = TRY(context_.store.add_action(action));
        return context_.audit(
            {user.name, "action.create", resource(action.id), "null", canonical(to_json(action))});
    }));
    return action;
}

template <typename Change>
core::Result<model::Action> ActionService::modify(std::string_view actor, int64_t id, Operation op,
                                                  const char* audit_operation, Change&& change) {
    model::Action action;
    TRY(context_.store.transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_action(user, op));
        action = TRY(load(context_.store, id));
        TRY(check_action(user, op, &action));
        const model::Action before = action;
        TRY(change(user, action));
        TRY(normalise_action(action, resource(id)));
        if (action == before)
            return {};
        TRY(check_references(action));
        TRY(context_.store.update_action(action));
        return context_.audit({user.name, audit_operation, resource(id), canonical(to_json(before)),
                               canonical(to_json(action))});
    }));
    return action;
}

core::Result<model::Action> ActionService::update(std::string_view actor, int64_t id,
                                                  const ActionChanges& changes) {
    return modify(actor, id, Operation::ActionUpdate, "action.update",
                  [&](const model::User& user, model::Action& action) -> core::Status {
                      if (changes.lead_institution || changes.supporting_institutions)
                          TRY(check_action(user, Operation::ActionAssign, &action));
                      if (changes.report_every_days)
                          TRY(check_action(user, Operation::ActionSetReporting, &action));
                      apply(action, changes);
                      return {};
                  });
}

core::Result<model::Action> ActionService::set_status(std::string_view actor, int64_t id,
                                                      model::ActionStatus status) {
    return modify(actor, id, Operation::ActionSetStatus, "action.set_status",
                  [&](const model::User&, model::Action& action) -> core::Status {
                      TRY(check_transition(action.status, status, resource(id)));
                      action.status = status;
                      return {};
                  });
}

core::Result<model::Action> ActionService::link(std::string_view actor, int64_t id,
                                                const std::vector<std::string>& recommendations,
                                                const std::vector<int64_t>& clusters) {
    return modify(actor, id, Operation::ActionLink, "action.link",
                  [&](const model::User&, model::Action& action) -> core::Status {
                      action.recommendations.insert(action.recommendations.end(),
                                                    recommendations.begin(), recommendations.end());
                      action.clusters.insert(action.clusters.end(), clusters.begin(),
                                             clusters.end());
                      return {};
                  });
}

core::Result<model::Action> ActionService::publish(std::string_view actor, int64_t id) {
    return modify(actor, id, Operation::ActionPublish, "action.publish",
                  [&](const model::User&, model::Action& action) -> core::Status {
                      action.published = true;
                      return {};
                  });
}

core::Result<model::Action> ActionService::get(std::string_view actor, int64_t id) {
    model::Action action;
    TRY(context_.store.read_transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_action(user, Operation::ActionRead));
        action = TRY(load(context_.store, id));
        return check_action(user, Operation::ActionRead, &action);
    }));
    return action;
}

core::Result<std::vector<model::Action>> ActionService::list(std::string_view actor) {
    std::vector<model::Action> visible;
    TRY(context_.store.read_transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_action(user, Operation::ActionRead));
        for (auto& action : TRY(context_.store.actions()))
            if (check_action(user, Operation::ActionRead, &action).ok())
                visible.push_back(std::move(action));
        return {};
    }));
    return visible;
}

}  // namespace rightstrack::track
