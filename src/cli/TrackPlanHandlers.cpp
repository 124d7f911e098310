// The `track` handlers for the plan itself: institutions, users, clusters, actions, and the
// audit log.

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "cli/TrackHandlers.h"
#include "model/Institution.h"
#include "model/User.h"
#include "track/ActionService.h"
#include "track/AuditService.h"
#include "track/ClusterService.h"
#include "track/InstitutionService.h"
#include "track/UserService.h"

namespace rightstrack::cli {

using nlohmann::json;

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

namespace {

core::Result<model::Institution> institution_from(const TrackOptions& options) {
    auto kind = model::parse_institution_kind(options.kind);
    if (!kind)
        return core::Error::usage("unknown institution kind '" + options.kind + "' (" +
                                  model::institution_kinds_text() + ")");
    return model::Institution{0, options.name, options.institution_name, *kind};
}

core::Result<json> user_add(const TrackOptions& o, track::Context& context) {
    auto role = model::parse_role(o.role);
    if (!role)
        return core::Error::usage("unknown role '" + o.role + "' (" + model::roles_text() + ")");
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
    if (given("report-every"))
        changes.report_every_days = o.report_every;
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
    if (o.report_every != 0)
        action.report_every_days = o.report_every;
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
    track::ChainReport report = o.as.empty()
                                    ? TRY(track::verify_chain(context.store, o.head))
                                    : TRY(track::AuditService(context).verify(o.as, o.head));
    if (!report.intact())
        return core::Error(core::ErrorKind::Conflict,
                           "audit chain broken at entry " + std::to_string(*report.first_broken) +
                               " of " + std::to_string(report.entries) + ": " + report.problem);
    return json{{"intact", true}, {"entries", report.entries}, {"head", report.head}};
}

}  // namespace

void add_plan_handlers(HandlerTable& table) {
    table["init-admin"] = [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
        return track::to_json(TRY(track::UserService(c).init_admin(o.name, read_password())));
    };
    table["institution add"] = [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
        auto institution = TRY(institution_from(o));
        return track::to_json(
            TRY(track::InstitutionService(c).create(TRY(require_actor(o)), institution)));
    };
    table["institution update"] = [](const TrackOptions& o,
                                     track::Context& c) -> core::Result<json> {
        auto institution = TRY(institution_from(o));
        return track::to_json(
            TRY(track::InstitutionService(c).update(TRY(require_actor(o)), institution)));
    };
    table["institution list"] = [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
        return json_list(TRY(track::InstitutionService(c).list(TRY(require_actor(o)))));
    };
    table["user add"] = user_add;
    table["user list"] = [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
        return json_list(TRY(track::UserService(c).list(TRY(require_actor(o)))));
    };
    table["cluster add"] = [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
        model::Cluster cluster{0, o.title, o.description, o.recommendations};
        return track::to_json(TRY(track::ClusterService(c).create(TRY(require_actor(o)), cluster)));
    };
    table["cluster link"] = [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
        return track::to_json(
            TRY(track::ClusterService(c).link(TRY(require_actor(o)), o.id, o.recommendations)));
    };
    table["cluster list"] = [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
        return json_list(TRY(track::ClusterService(c).list(TRY(require_actor(o)))));
    };
    table["action add"] = action_add;
    table["action update"] = [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
        return track::to_json(
            TRY(track::ActionService(c).update(TRY(require_actor(o)), o.id, changes_from(o))));
    };
    table["action status"] = action_status;
    table["action link"] = [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
        return track::to_json(TRY(track::ActionService(c).link(TRY(require_actor(o)), o.id,
                                                               o.recommendations, o.clusters)));
    };
    table["action publish"] = [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
        return track::to_json(TRY(track::ActionService(c).publish(TRY(require_actor(o)), o.id)));
    };
    table["action show"] = [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
        return track::to_json(TRY(track::ActionService(c).get(TRY(require_actor(o)), o.id)));
    };
    table["action list"] = [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
        return json_list(TRY(track::ActionService(c).list(TRY(require_actor(o)))));
    };
    table["audit list"] = [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
        return json_list(TRY(track::AuditService(c).list(TRY(require_actor(o)), o.resource)));
    };
    table["audit verify"] = audit_verify;
}

}  // namespace rightstrack::cli
