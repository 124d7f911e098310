#include "store/sqlite/PublicImplementation.h"

#include <algorithm>
#include <map>

namespace rightstrack::store::sqlite {
namespace {

using model::ActionStatus;

// What the public sees of one published action.
struct PublishedAction {
    ActionStatus status = ActionStatus::Planned;
    std::vector<std::string> institutions;  // Lead first, then supporting.
};

core::Result<ActionStatus> status_of(std::string_view text, int64_t action) {
    auto status = model::parse_action_status(text);
    if (!status)
        return core::Error::storage("action " + std::to_string(action) +
                                    " has an unknown status '" + std::string(text) + "'");
    return *status;
}

core::Result<std::map<int64_t, PublishedAction>> published_actions(Database& db) {
    std::map<int64_t, PublishedAction> actions;
    auto lead =
        TRY(db.prepare("SELECT a.id, a.status, i.code FROM actions a"
                       " JOIN institutions i ON i.id = a.lead_institution WHERE a.published = 1"));
    while (TRY(lead.step())) {
        PublishedAction& action = actions[lead.integer(0)];
        action.status = TRY(status_of(lead.text(1), lead.integer(0)));
        action.institutions.emplace_back(lead.text(2));
    }
    auto supporting = TRY(db.prepare(
        "SELECT s.action_id, i.code FROM action_supporting_institutions s"
        " JOIN actions a ON a.id = s.action_id JOIN institutions i ON i.id = s.institution_id"
        " WHERE a.published = 1"));
    while (TRY(supporting.step()))
        actions[supporting.integer(0)].institutions.emplace_back(supporting.text(1));
    return actions;
}

// Each recommendation's published actions, linked directly or through a cluster.
core::Result<std::map<std::string, std::vector<const PublishedAction*>, std::less<>>>
actions_by_recommendation(Database& db, const std::map<int64_t, PublishedAction>& actions) {
    std::map<std::string, std::vector<const PublishedAction*>, std::less<>> linked;
    // action_answers (migration 0011): direct links and those through a cluster.
    auto links = TRY(db.prepare("SELECT recommendation_uid, action_id FROM action_answers"));
    while (TRY(links.step())) {
        auto action = actions.find(links.integer(1));
        if (action != actions.end())
            linked[std::string(links.text(0))].push_back(&action->second);
    }
    return linked;
}

PublicImplementation derived(const std::vector<const PublishedAction*>& actions) {
    PublicImplementation view;
    std::vector<ActionStatus> statuses;
    for (const PublishedAction* action : actions) {
        statuses.push_back(action->status);
        if (action->status != ActionStatus::Cancelled)
            view.institutions.insert(view.institutions.end(), action->institutions.begin(),
                                     action->institutions.end());
    }
    view.status = model::derive_status(statuses);
    std::sort(view.institutions.begin(), view.institutions.end());
    view.institutions.erase(std::unique(view.institutions.begin(), view.institutions.end()),
                            view.institutions.end());
    return view;
}

core::Status apply_overrides(Database& db, PublicImplementationMap& views) {
    auto overrides =
        TRY(db.prepare("SELECT recommendation_uid, status FROM recommendation_status_overrides"));
    while (TRY(overrides.step())) {
        auto status = model::parse_implementation_status(overrides.text(1));
        if (!status)
            return core::Error::storage("the override of " + std::string(overrides.text(0)) +
                                        " has an unknown status '" +
                                        std::string(overrides.text(1)) + "'");
        views[std::string(overrides.text(0))].status = *status;
    }
    return {};
}

}  // namespace

core::Result<PublicImplementationMap> read_public_implementation(Database& db) {
    const auto actions = TRY(published_actions(db));
    PublicImplementationMap views;
    for (const auto& [recommendation, linked] : TRY(actions_by_recommendation(db, actions)))
        views.emplace(recommendation, derived(linked));
    TRY(apply_overrides(db, views));
    return views;
}

}  // namespace rightstrack::store::sqlite
