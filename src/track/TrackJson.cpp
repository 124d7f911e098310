#include "track/TrackJson.h"

namespace rightstrack::track {

nlohmann::json to_json(const model::Institution& institution) {
    return {{"code", institution.code},
            {"name", institution.name},
            {"kind", model::institution_kind_code(institution.kind)}};
}

nlohmann::json to_json(const model::User& user) {
    return {{"name", user.name},
            {"role", model::role_code(user.role)},
            {"institutions", user.institutions}};
}

nlohmann::json to_json(const model::Cluster& cluster) {
    return {{"id", cluster.id},
            {"title", cluster.title},
            {"description", cluster.description},
            {"recommendations", cluster.recommendations}};
}

nlohmann::json to_json(const model::Action& action) {
    nlohmann::json budget = nullptr;
    if (action.budget)
        budget = *action.budget;
    return {{"id", action.id},
            {"title", action.title},
            {"description", action.description},
            {"lead_institution", action.lead_institution},
            {"supporting_institutions", action.supporting_institutions},
            {"start_date", action.start_date},
            {"due_date", action.due_date},
            {"budget", budget},
            {"currency", action.currency},
            {"status", model::action_status_code(action.status)},
            {"published", action.published},
            {"recommendations", action.recommendations},
            {"clusters", action.clusters},
            {"sdg_targets", action.sdg_targets}};
}

nlohmann::json to_json(const model::AuditEntry& entry) {
    return {{"sequence", entry.sequence},
            {"at", entry.at},
            {"actor", entry.actor},
            {"operation", entry.operation},
            {"resource", entry.resource},
            {"before", nlohmann::json::parse(entry.before, nullptr, false)},
            {"after", nlohmann::json::parse(entry.after, nullptr, false)},
            {"previous_hash", entry.previous_hash},
            {"hash", entry.hash}};
}

}  // namespace rightstrack::track
