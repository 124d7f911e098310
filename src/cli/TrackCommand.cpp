// `rightstrack track ...`: implementation tracking from the command line. Opens the tracking
// store, runs one service operation as the user named by --as (the services check what that
// user may do) and prints the result as text or JSON. Passwords are read from standard input.

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <map>

#include "cli/Commands.h"
#include "cli/Terminal.h"
#include "core/Files.h"
#include "track/ActionService.h"
#include "track/AuditService.h"
#include "track/ClusterService.h"
#include "track/Deadlines.h"
#include "track/ImplementationService.h"
#include "track/InstitutionService.h"
#include "track/ReportService.h"
#include "track/TrackJson.h"
#include "track/UserService.h"

namespace rightstrack::cli {
namespace {

using nlohmann::json;
using Handler = std::function<core::Result<json>(const TrackOptions&, track::Context&)>;

// The first line of standard input, without echo when it is a terminal.
std::string read_password() {
    bool terminal = ::isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        std::fputs("password: ", stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string password;
    std::getline(std::cin, password);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    if (!password.empty() && password.back() == '\r')
        password.pop_back();
    return password;
}

core::Result<std::string> require_actor(const TrackOptions& options) {
    if (options.as.empty())
        return core::Error::usage("track " + options.command + " needs --as USER");
    return options.as;
}

template <typename T>
json json_list(const std::vector<T>& items) {
    json list = json::array();
    for (const auto& item : items) list.push_back(track::to_json(item));
    return list;
}

core::Result<model::Institution> institution_from(const TrackOptions& options) {
    auto kind = model::parse_institution_kind(options.kind);
    if (!kind)
        return core::Error::usage("unknown institution kind '" + options.kind +
                                  "' (ministry, court, prosecution, police, nhri, cso, other)");
    return model::Institution{0, options.name, options.institution_name, *kind};
}

core::Result<json> user_add(const TrackOptions& o, track::Context& context) {
    auto role = model::parse_role(o.role);
    if (!role)
        return core::Error::usage("unknown role '" + o.role +
                                  "' (administrator, coordinator, focal_point, contributor, "
                                  "viewer)");
    model::User user;
    user.name = o.name;
    user.role = *role;
    user.institutions = o.institutions;
    std::string actor = TRY(require_actor(o));
    return track::to_json(TRY(track::UserService(context).create(actor, user, read_password())));
}

track::ActionChanges changes_from(const TrackOptions& o) {
    track::ActionChanges changes;
    auto given = [&](const char* name) { return o.given.contains(name); };
    if (given("title"))
        changes.title = o.title;
    if (given("description"))
        changes.description = o.description;
    if (given("start"))
        changes.start_date = o.start;
    if (given("due"))
        changes.due_date = o.due;
    if (given("budget"))
        changes.budget = o.budget;
    if (given("currency"))
        changes.currency = o.currency;
    if (given("sdg"))
        changes.sdg_targets = o.sdgs;
    if (given("lead"))
        changes.lead_institution = o.lead;
    if (given("support"))
        changes.supporting_institutions = o.supporting;
    return changes;
}

core::Result<json> action_add(const TrackOptions& o, track::Context& context) {
    model::Action action;
    action.title = o.title;
    action.description = o.description;
    action.lead_institution = o.lead;
    action.supporting_institutions = o.supporting;
    action.start_date = o.start;
    action.due_date = o.due;
    if (o.given.contains("budget"))
        action.budget = o.budget;
    action.currency = o.currency;
    action.recommendations = o.recommendations;
    action.clusters = o.clusters;
    action.sdg_targets = o.sdgs;
    std::string actor = TRY(require_actor(o));
    return track::to_json(TRY(track::ActionService(context).create(actor, action)));
}

core::Result<json> action_status(const TrackOptions& o, track::Context& context) {
    auto status = model::parse_action_status(o.status);
    if (!status)
        return core::Error::usage("unknown status '" + o.status +
                                  "' (planned, in_progress, completed, delayed, cancelled)");
    std::string actor = TRY(require_actor(o));
    return track::to_json(TRY(track::ActionService(context).set_status(actor, o.id, *status)));
}

core::Result<json> audit_verify(const TrackOptions& o, track::Context& context) {
    // Without --as the chain is checked on the strength of access to the file: the report
    // names entries but shows none of their content.
    track::ChainReport report = o.as.empty() ? TRY(track::verify_chain(context.store))
                                             : TRY(track::AuditService(context).verify(o.as));
    if (!report.intact())
        return core::Error(core::ErrorKind::Conflict,
                           "audit chain broken at entry " + std::to_string(*report.first_broken) +
                               " of " + std::to_string(report.entries) + ": " + report.problem);
    return json{{"intact", true}, {"entries", report.entries}};
}

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

core::Result<json> deadlines(const TrackOptions& o, track::Context& context) {
    auto due = TRY(track::DeadlineService(context).actions(TRY(require_actor(o)), o.within, o.today,
                                                           o.institution));
    return json{{"overdue", json_list(due.overdue)}, {"due", json_list(due.due_soon)}};
}

// Each handler runs one operation; results are JSON, printed as such or as text.
const std::map<std::string, Handler>& handlers() {
    static const std::map<std::string, Handler> table = {
        {"init-admin",
         [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
             return track::to_json(TRY(track::UserService(c).init_admin(o.name, read_password())));
         }},
        {"institution add",
         [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
             auto institution = TRY(institution_from(o));
             return track::to_json(
                 TRY(track::InstitutionService(c).create(TRY(require_actor(o)), institution)));
         }},
        {"institution update",
         [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
             auto institution = TRY(institution_from(o));
             return track::to_json(
                 TRY(track::InstitutionService(c).update(TRY(require_actor(o)), institution)));
         }},
        {"institution list",
         [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
             return json_list(TRY(track::InstitutionService(c).list(TRY(require_actor(o)))));
         }},
        {"user add", user_add},
        {"user list",
         [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
             return json_list(TRY(track::UserService(c).list(TRY(require_actor(o)))));
         }},
        {"cluster add",
         [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
             model::Cluster cluster{0, o.title, o.description, o.recommendations};
             return track::to_json(
                 TRY(track::ClusterService(c).create(TRY(require_actor(o)), cluster)));
         }},
        {"cluster link",
         [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
             return track::to_json(TRY(
                 track::ClusterService(c).link(TRY(require_actor(o)), o.id, o.recommendations)));
         }},
        {"cluster list",
         [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
             return json_list(TRY(track::ClusterService(c).list(TRY(require_actor(o)))));
         }},
        {"action add", action_add},
        {"action update",
         [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
             return track::to_json(
                 TRY(track::ActionService(c).update(TRY(require_actor(o)), o.id, changes_from(o))));
         }},
        {"action status", action_status},
        {"action link",
         [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
             return track::to_json(TRY(track::ActionService(c).link(
                 TRY(require_actor(o)), o.id, o.recommendations, o.clusters)));
         }},
        {"action publish",
         [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
             return track::to_json(
                 TRY(track::ActionService(c).publish(TRY(require_actor(o)), o.id)));
         }},
        {"action show",
         [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
             return track::to_json(TRY(track::ActionService(c).get(TRY(require_actor(o)), o.id)));
         }},
        {"action list",
         [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
             return json_list(TRY(track::ActionService(c).list(TRY(require_actor(o)))));
         }},
        {"audit list",
         [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
             return json_list(TRY(track::AuditService(c).list(TRY(require_actor(o)), o.resource)));
         }},
        {"audit verify", audit_verify},
        {"deadlines", deadlines},
        {"report add",
         [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
             return track::to_json(TRY(track::ReportService(c).create(TRY(require_actor(o)), o.id,
                                                                      o.from, o.to, o.narrative)));
         }},
        {"report edit", report_edit},
        {"report submit", report_step(&track::ReportService::submit)},
        {"report approve", report_step(&track::ReportService::approve)},
        {"report publish", report_step(&track::ReportService::publish)},
        {"report show", report_step(&track::ReportService::get)},
        {"report return",
         [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
             return track::to_json(
                 TRY(track::ReportService(c).send_back(TRY(require_actor(o)), o.id, o.comment)));
         }},
        {"report list",
         [](const TrackOptions& o, track::Context& c) -> core::
                                                          Result<json> {
                                                              return json_list(
                                                                  TRY(track::ReportService(c).list(
                                                                      TRY(require_actor(o)))));
                                                          }},
        {"status show", status_show},
        {"status override",
         [](const TrackOptions& o, track::Context& c)
             -> core::
                 Result<json> {
                     auto status = TRY(implementation_status(o.status));
                     return track::to_json(TRY(track::ImplementationService(c).override_status(
                         TRY(require_actor(o)), o.recommendation, status, o.reason)));
                 }},
        {"assessment add", assessment_add},
        {"assessment list",
         [](const TrackOptions& o,
            track::Context& c) -> core::
                                   Result<json> {
                                       return json_list(
                                           TRY(track::ImplementationService(c).assessments(
                                               TRY(require_actor(o)), o.recommendation)));
                                   }},
    };
    return table;
}

// One line per object: its identifying fields, then the rest as compact JSON.
std::string text_line(const json& item) {
    std::string line;
    for (const char* key : {"sequence", "id", "code", "name", "status", "title"})
        if (item.contains(key) && !item[key].is_null())
            line +=
                (item[key].is_string() ? item[key].get<std::string>() : item[key].dump()) + "\t";
    return line + item.dump() + "\n";
}

}  // namespace

int run_track(const TrackOptions& options) {
    auto handler = handlers().find(options.command);
    if (handler == handlers().end())
        return report_error(core::Error::usage("unknown command: track " + options.command));
    auto store = store::open_sqlite_tracking_store(options.database);
    if (!store.ok())
        return report_error(store.error());
    // Evidence files live beside the database, as the classifier's models do.
    track::Context context{**store, track::utc_now, options.database + ".evidence"};
    auto result = handler->second(options, context);
    if (!result.ok())
        return report_error(result.error());
    if (options.json) {
        std::fputs((result->dump(2) + "\n").c_str(), stdout);
        return 0;
    }
    if (result->contains("overdue")) {
        for (const char* list : {"overdue", "due"})
            for (const auto& item : (*result)[list])
                std::fputs((std::string(list) + "\t" + text_line(item)).c_str(), stdout);
        return 0;
    }
    if (result->is_array())
        for (const auto& item : *result) std::fputs(text_line(item).c_str(), stdout);
    else
        std::fputs(text_line(*result).c_str(), stdout);
    return 0;
}

}  // namespace rightstrack::cli
