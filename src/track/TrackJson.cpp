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
    return {
        {"id", action.id},
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
        {"sdg_targets", action.sdg_targets},
        {"report_every_days", action.report_every_days ? nlohmann::json(*action.report_every_days)
                                                       : nlohmann::json(nullptr)}};
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

nlohmann::json to_json(const model::ProgressReport& report) {
    nlohmann::json evidence = nlohmann::json::array();
    for (const auto& file : report.evidence)
        evidence.push_back(
            {{"file_name", file.file_name}, {"sha256", file.sha256}, {"size", file.size}});
    return {{"id", report.id},
            {"action", report.action},
            {"period_start", report.period_start},
            {"period_end", report.period_end},
            {"narrative", report.narrative},
            {"author", report.author},
            {"status", model::report_status_code(report.status)},
            {"review_comment", report.review_comment},
            {"evidence", evidence}};
}

nlohmann::json to_json(const model::StatusOverride& status) {
    return {{"recommendation", status.recommendation},
            {"status", model::implementation_status_code(status.status)},
            {"reason", status.reason},
            {"by", status.by},
            {"at", status.at}};
}

nlohmann::json to_json(const model::Assessment& assessment) {
    return {{"id", assessment.id},
            {"recommendation", assessment.recommendation},
            {"assessor", assessment.assessor},
            {"institution", assessment.institution},
            {"institution_name", assessment.institution_name},
            {"status", model::implementation_status_code(assessment.status)},
            {"narrative", assessment.narrative},
            {"evidence", assessment.evidence},
            {"at", assessment.at}};
}

namespace {

nlohmann::json optional_number(const std::optional<double>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json to_json(const model::Measurement& measurement) {
    nlohmann::json breakdown = nlohmann::json::object();
    for (const auto& [dimension, value] : measurement.breakdown)
        breakdown[std::string(model::dimension_code(dimension))] = value;
    return {{"id", measurement.id},
            {"indicator", measurement.indicator},
            {"value", measurement.value},
            {"date", measurement.date},
            {"source", measurement.source},
            {"for", breakdown},
            {"recorded_by", measurement.recorded_by},
            {"recorded_at", measurement.recorded_at}};
}

nlohmann::json to_json(const model::Indicator& indicator) {
    nlohmann::json dimensions = nlohmann::json::array();
    for (auto dimension : indicator.disaggregation)
        dimensions.push_back(model::dimension_code(dimension));
    nlohmann::json measurements = nlohmann::json::array();
    for (const auto& measurement : indicator.measurements)
        measurements.push_back(to_json(measurement));
    return {{"id", indicator.id},
            {"action", indicator.action},
            {"name", indicator.name},
            {"unit", indicator.unit},
            {"baseline", optional_number(indicator.baseline)},
            {"target", optional_number(indicator.target)},
            {"disaggregation", dimensions},
            {"measurements", measurements}};
}

nlohmann::json to_json(const model::CalendarEvent& event) {
    return {{"id", event.id},
            {"kind", model::event_kind_code(event.kind)},
            {"date", event.date},
            {"title", event.title},
            {"state", event.state},
            {"cycle", event.cycle ? nlohmann::json(*event.cycle) : nlohmann::json(nullptr)}};
}

nlohmann::json to_json(const model::LabelSuggestion& suggestion) {
    return {{"id", suggestion.id},
            {"recommendation", suggestion.recommendation},
            {"taxonomy", suggestion.label.taxonomy},
            {"label", suggestion.label.code},
            {"confidence", suggestion.confidence},
            {"model", suggestion.model},
            {"model_version", suggestion.model_version},
            {"created", suggestion.created},
            {"state", model::suggestion_state_code(suggestion.state)},
            {"corrected_to", suggestion.corrected_to},
            {"reviewed", suggestion.reviewed}};
}

}  // namespace rightstrack::track
