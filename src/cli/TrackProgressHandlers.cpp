// The `track` handlers for following the plan: progress reports, implementation status,
// independent assessments and deadlines.

#include "cli/TrackHandlers.h"
#include "core/Files.h"
#include "track/CalendarService.h"
#include "track/Deadlines.h"
#include "track/ImplementationService.h"
#include "track/ReportService.h"

namespace rightstrack::cli {
namespace {

using nlohmann::json;

core::Result<json> report_edit(const TrackOptions& o, track::Context& context) {
    std::vector<track::EvidenceFile> files;
    for (const auto& path : o.evidence) files.push_back({path, TRY(core::read_whole_file(path))});
    std::optional<std::string> narrative;
    if (o.given.contains("narrative"))
        narrative = o.narrative;
    std::string actor = TRY(require_actor(o));
    return track::to_json(TRY(track::ReportService(context).edit(actor, o.id, narrative, files)));
}

// A report's workflow step: submit, approve or publish.
Handler report_step(
    core::Result<model::ProgressReport> (track::ReportService::*step)(std::string_view, int64_t)) {
    return [step](const TrackOptions& o, track::Context& c) -> core::Result<json> {
        track::ReportService service(c);
        return track::to_json(TRY((service.*step)(TRY(require_actor(o)), o.id)));
    };
}

core::Result<model::ImplementationStatus> implementation_status(const std::string& text) {
    auto status = model::parse_implementation_status(text);
    if (!status)
        return core::Error::usage("unknown status '" + text +
                                  "' (not_started, partially_implemented, implemented)");
    return *status;
}

core::Result<json> status_show(const TrackOptions& o, track::Context& context) {
    auto status =
        TRY(track::ImplementationService(context).status(TRY(require_actor(o)), o.recommendation));
    json out = {{"recommendation", status.recommendation},
                {"status", model::implementation_status_code(status.effective())},
                {"derived", model::implementation_status_code(status.derived)},
                {"actions", status.actions},
                {"override", nullptr}};
    if (status.override_)
        out["override"] = track::to_json(*status.override_);
    return out;
}

core::Result<json> assessment_add(const TrackOptions& o, track::Context& context) {
    model::Assessment assessment;
    assessment.recommendation = o.recommendation;
    assessment.status = TRY(implementation_status(o.status));
    assessment.narrative = o.narrative;
    assessment.evidence = o.sources;
    std::string actor = TRY(require_actor(o));
    return track::to_json(TRY(track::ImplementationService(context).assess(actor, assessment)));
}

json reports_due(const std::vector<track::ReportDue>& list) {
    json out = json::array();
    for (const auto& due : list)
        out.push_back({{"action", due.action.id},
                       {"title", due.action.title},
                       {"lead_institution", due.action.lead_institution},
                       {"supporting_institutions", due.action.supporting_institutions},
                       {"report_every_days", *due.action.report_every_days},
                       {"date", due.due_date}});
    return out;
}

core::Result<json> deadlines(const TrackOptions& o, track::Context& context) {
    std::string actor = TRY(require_actor(o));
    track::DeadlineService service(context);
    auto actions = TRY(service.actions(actor, o.within, o.today, o.institution));
    auto reports = TRY(service.reports(actor, o.within, o.today, o.institution));
    auto events = TRY(track::CalendarService(context).list(actor, o.within, o.today));
    return json{{"overdue", json_list(actions.overdue)},
                {"due", json_list(actions.due_soon)},
                {"reports_overdue", reports_due(reports.overdue)},
                {"reports_due", reports_due(reports.due_soon)},
                {"events", json_list(events)}};
}

}  // namespace

void add_progress_handlers(HandlerTable& table) {
    table["deadlines"] = deadlines;
    table["report add"] = [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
        return track::to_json(TRY(track::ReportService(c).create(TRY(require_actor(o)), o.id,
                                                                 o.from, o.to, o.narrative)));
    };
    table["report edit"] = report_edit;
    table["report submit"] = report_step(&track::ReportService::submit);
    table["report approve"] = report_step(&track::ReportService::approve);
    table["report publish"] = report_step(&track::ReportService::publish);
    table["report show"] = report_step(&track::ReportService::get);
    table["report return"] = [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
        return track::to_json(
            TRY(track::ReportService(c).send_back(TRY(require_actor(o)), o.id, o.comment)));
    };
    table["report list"] = [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
        return json_list(TRY(track::ReportService(c).list(TRY(require_actor(o)))));
    };
    table["status show"] = status_show;
    table["status override"] = [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
        auto status = TRY(implementation_status(o.status));
        return track::to_json(TRY(track::ImplementationService(c).override_status(
            TRY(require_actor(o)), o.recommendation, status, o.reason)));
    };
    table["assessment add"] = assessment_add;
    table["assessment list"] = [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
        return json_list(TRY(
            track::ImplementationService(c).assessments(TRY(require_actor(o)), o.recommendation)));
    };
}

}  // namespace rightstrack::cli
