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

bool may_act_on(const model::User& actor, Operation operation, const model::Action& action) {
    if (manages(actor))
        return true;
    bool involved = false;
    for (const auto& code : actor.institutions) involved = involved || action.involves(code);
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
    case Operation::ActionRead: return true;
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

}  // namespace rightstrack::track
