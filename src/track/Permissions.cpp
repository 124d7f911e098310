#include "track/Permissions.h"

namespace rightstrack::track {
namespace {

using model::Role;

bool manages(const model::User& actor) {
    return actor.role == Role::Administrator || actor.role == Role::Coordinator;
}

core::Error denied(const model::User& actor, Operation operation, const std::string& resource) {
    return core::Error(core::ErrorKind::PermissionDenied,
                       "user '" + actor.name + "' (" + std::string(model::role_code(actor.role)) +
                           ") may not " + std::string(operation_name(operation)) + " on " +
                           resource);
}

core::Status allow_if(bool allowed, const model::User& actor, Operation operation,
                      const std::string& resource) {
    if (allowed)
        return {};
    return denied(actor, operation, resource);
}

bool focal_point_may(Operation operation) {
    return operation == Operation::ActionUpdate || operation == Operation::ActionSetStatus ||
           operation == Operation::ActionRead;
}

bool involved_in(const model::User& actor, const model::Action& action) {
    for (const auto& code : actor.institutions)
        if (action.involves(code))
            return true;
    return false;
}

bool may_act_on(const model::User& actor, Operation operation, const model::Action& action) {
    if (manages(actor))
        return true;
    bool involved = involved_in(actor, action);
    if (operation == Operation::ActionRead)
        return action.published || (actor.role == Role::FocalPoint && involved);
    return actor.role == Role::FocalPoint && focal_point_may(operation) && involved;
}

bool is_action_operation(Operation operation) {
    switch (operation) {
    case Operation::ActionCreate:
    case Operation::ActionUpdate:
    case Operation::ActionAssign:
    case Operation::ActionSetStatus:
    case Operation::ActionLink:
    case Operation::ActionPublish:
    case Operation::ActionRead:
    case Operation::ActionSetReporting: return true;
    default: return false;
    }
}

// Whether the role may do `operation` on some report; the report itself may still refuse.
bool role_may_report(Role role, Operation operation) {
    switch (operation) {
    case Operation::ReportCreate:
    case Operation::ReportEdit:
    case Operation::ReportSubmit: return role == Role::Coordinator || role == Role::FocalPoint;
    case Operation::ReportApprove:
    case Operation::ReportReturn:
    case Operation::ReportPublish: return role == Role::Coordinator;
    case Operation::ReportRead: return true;
    default: return false;
    }
}

bool may_report_on(const model::User& actor, Operation operation,
                   const model::ProgressReport& report, const model::Action& action) {
    if (actor.role == Role::Coordinator ||
        (actor.role == Role::Administrator && operation == Operation::ReportRead))
        return role_may_report(actor.role, operation);
    if (actor.role == Role::FocalPoint && involved_in(actor, action))
        return role_may_report(actor.role, operation);
    return operation == Operation::ReportRead && report.status == model::ReportStatus::Published;
}

// Whether the role may do `operation` on the indicators of some action.
bool role_may_indicate(Role role, Operation operation) {
    switch (operation) {
    case Operation::IndicatorDefine:
        return role == Role::Administrator || role == Role::Coordinator;
    case Operation::IndicatorMeasure:
        return role == Role::Administrator || role == Role::Coordinator || role == Role::FocalPoint;
    case Operation::IndicatorRead: return true;
    default: return false;
    }
}

}  // namespace

std::string_view operation_name(Operation operation) {
    switch (operation) {
    case Operation::InstitutionCreate: return "institution.create";
    case Operation::InstitutionUpdate: return "institution.update";
    case Operation::InstitutionRead: return "institution.read";
    case Operation::UserCreate: return "user.create";
    case Operation::UserRead: return "user.read";
    case Operation::ClusterCreate: return "cluster.create";
    case Operation::ClusterUpdate: return "cluster.update";
    case Operation::ClusterRead: return "cluster.read";
    case Operation::ActionCreate: return "action.create";
    case Operation::ActionUpdate: return "action.update";
    case Operation::ActionAssign: return "action.assign";
    case Operation::ActionSetStatus: return "action.set_status";
    case Operation::ActionLink: return "action.link";
    case Operation::ActionPublish: return "action.publish";
    case Operation::ActionRead: return "action.read";
    case Operation::AuditRead: return "audit.read";
    case Operation::ReportCreate: return "report.create";
    case Operation::ReportEdit: return "report.edit";
    case Operation::ReportSubmit: return "report.submit";
    case Operation::ReportApprove: return "report.approve";
    case Operation::ReportReturn: return "report.return";
    case Operation::ReportPublish: return "report.publish";
    case Operation::ReportRead: return "report.read";
    case Operation::StatusRead: return "status.read";
    case Operation::StatusOverride: return "status.override";
    case Operation::AssessmentCreate: return "assessment.create";
    case Operation::AssessmentRead: return "assessment.read";
    case Operation::ActionSetReporting: return "action.set_reporting";
    case Operation::IndicatorDefine: return "indicator.define";
    case Operation::IndicatorMeasure: return "indicator.measure";
    case Operation::IndicatorRead: return "indicator.read";
    case Operation::EventCreate: return "event.create";
    case Operation::EventDelete: return "event.delete";
    case Operation::EventRead: return "event.read";
    case Operation::DocumentImport: return "document.import";
    }
    return "unknown";
}

core::Status check_institution(const model::User& actor, Operation operation,
                               std::string_view code) {
    std::string resource = code.empty() ? "institutions" : "institution:" + std::string(code);
    switch (operation) {
    case Operation::InstitutionCreate:
    case Operation::InstitutionUpdate: return allow_if(manages(actor), actor, operation, resource);
    case Operation::InstitutionRead: return {};
    default: return denied(actor, operation, resource);
    }
}

core::Status check_user(const model::User& actor, Operation operation, std::string_view name) {
    std::string resource = name.empty() ? "users" : "user:" + std::string(name);
    switch (operation) {
    case Operation::UserCreate:
        return allow_if(actor.role == Role::Administrator, actor, operation, resource);
    case Operation::UserRead: return allow_if(manages(actor), actor, operation, resource);
    default: return denied(actor, operation, resource);
    }
}

core::Status check_cluster(const model::User& actor, Operation operation, int64_t id) {
    std::string resource = id == 0 ? "clusters" : "cluster:" + std::to_string(id);
    switch (operation) {
    case Operation::ClusterCreate:
    case Operation::ClusterUpdate: return allow_if(manages(actor), actor, operation, resource);
    case Operation::ClusterRead: return {};
    default: return denied(actor, operation, resource);
    }
}

core::Status check_action(const model::User& actor, Operation operation,
                          const model::Action* action) {
    std::string resource = action ? "action:" + std::to_string(action->id) : "actions";
    if (!is_action_operation(operation))
        return denied(actor, operation, resource);
    if (action)
        return allow_if(may_act_on(actor, operation, *action), actor, operation, resource);
    bool role_may = manages(actor) || operation == Operation::ActionRead ||
                    (actor.role == Role::FocalPoint && focal_point_may(operation));
    return allow_if(role_may, actor, operation, resource);
}

core::Status check_audit(const model::User& actor, Operation operation) {
    return allow_if(operation == Operation::AuditRead && manages(actor), actor, operation,
                    "audit log");
}

core::Status check_report(const model::User& actor, Operation operation,
                          const model::ProgressReport* report, const model::Action* action) {
    std::string resource = report   ? "report:" + std::to_string(report->id)
                           : action ? "reports of action:" + std::to_string(action->id)
                                    : "reports";
    if (!role_may_report(actor.role, operation))
        return denied(actor, operation, resource);
    if (!action)
        return {};
    model::ProgressReport none;  // A report about to be created is unpublished.
    return allow_if(may_report_on(actor, operation, report ? *report : none, *action), actor,
                    operation, resource);
}

model::User visitor() {
    model::User user;
    user.role = Role::Viewer;
    return user;
}

core::Status check_implementation(const model::User& actor, Operation operation,
                                  std::string_view recommendation) {
    std::string resource = recommendation.empty() ? "recommendations"
                                                  : "recommendation:" + std::string(recommendation);
    switch (operation) {
    case Operation::StatusRead:
    case Operation::AssessmentRead: return {};
    case Operation::StatusOverride:
        return allow_if(actor.role == Role::Coordinator, actor, operation, resource);
    case Operation::AssessmentCreate:
        return allow_if(actor.role == Role::Contributor, actor, operation, resource);
    default: return denied(actor, operation, resource);
    }
}

core::Status check_indicator(const model::User& actor, Operation operation,
                             const model::Action* action) {
    std::string resource =
        action ? "indicators of action:" + std::to_string(action->id) : "indicators";
    if (!role_may_indicate(actor.role, operation))
        return denied(actor, operation, resource);
    if (!action || manages(actor))
        return {};
    // The action's own policy decides the rest: reading as it is read, measuring as it is
    // updated by the institutions concerned.
    Operation as =
        operation == Operation::IndicatorRead ? Operation::ActionRead : Operation::ActionUpdate;
    return allow_if(may_act_on(actor, as, *action), actor, operation, resource);
}

core::Status check_calendar(const model::User& actor, Operation operation) {
    switch (operation) {
    case Operation::EventCreate:
    case Operation::EventDelete: return allow_if(manages(actor), actor, operation, "calendar");
    case Operation::EventRead: return {};
    default: return denied(actor, operation, "calendar");
    }
}

core::Status check_import(const model::User& actor, Operation operation) {
    if (operation != Operation::DocumentImport)
        return denied(actor, operation, "documents");
    return allow_if(manages(actor), actor, operation, "documents");
}

}  // namespace rightstrack::track
