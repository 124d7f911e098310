// Who may do what: one policy per resource (institutions, users, clusters, actions, the audit
// log). Every service operation asks its resource's policy before it reads anything for
// writing: first for the role alone (no resource yet), then, where the answer depends on it, for
// the resource itself. A denial is a PermissionDenied error naming the user, the operation and
// the resource. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/Result.h"
#include "model/Action.h"
#include "model/ProgressReport.h"
#include "model/User.h"

namespace rightstrack::track {

enum class Operation {
    InstitutionCreate,
    InstitutionUpdate,
    InstitutionRead,
    UserCreate,
    UserRead,
    ClusterCreate,
    ClusterUpdate,
    ClusterRead,
    ActionCreate,
    ActionUpdate,  // Title, description, dates, budget, SDG targets.
    ActionAssign,  // Lead and supporting institutions.
    ActionSetStatus,
    ActionLink,  // Recommendations and clusters.
    ActionPublish,
    ActionRead,
    AuditRead,  // List and verify the audit log.
    ReportCreate,
    ReportEdit,  // Narrative and evidence, while a draft or returned.
    ReportSubmit,
    ReportApprove,
    ReportReturn,
    ReportPublish,
    ReportRead,
    StatusRead,  // A recommendation's implementation status.
    StatusOverride,
    AssessmentCreate,
    AssessmentRead,
    ActionSetReporting,  // How often progress reports on the action are due.
    IndicatorDefine,
    IndicatorMeasure,
    IndicatorRead,
    EventCreate,  // UPR calendar events.
    EventDelete,
    EventRead,
    DocumentImport,  // Reports, matrices and datasets into the store (the back office).
};

inline constexpr Operation kAllOperations[] = {
    Operation::InstitutionCreate,  Operation::InstitutionUpdate, Operation::InstitutionRead,
    Operation::UserCreate,         Operation::UserRead,          Operation::ClusterCreate,
    Operation::ClusterUpdate,      Operation::ClusterRead,       Operation::ActionCreate,
    Operation::ActionUpdate,       Operation::ActionAssign,      Operation::ActionSetStatus,
    Operation::ActionLink,         Operation::ActionPublish,     Operation::ActionRead,
    Operation::AuditRead,          Operation::ReportCreate,      Operation::ReportEdit,
    Operation::ReportSubmit,       Operation::ReportApprove,     Operation::ReportReturn,
    Operation::ReportPublish,      Operation::ReportRead,        Operation::StatusRead,
    Operation::StatusOverride,     Operation::AssessmentCreate,  Operation::AssessmentRead,
    Operation::ActionSetReporting, Operation::IndicatorDefine,   Operation::IndicatorMeasure,
    Operation::IndicatorRead,      Operation::EventCreate,       Operation::EventDelete,
    Operation::EventRead,          Operation::DocumentImport,
};

// "institution.create", "action.set_status", ...
std::string_view operation_name(Operation operation);

// Whom the policies see in a visitor who has not signed in: an unnamed viewer, who reads what
// is published and nothing else.
model::User visitor();

// Institutions: the administrator and the secretariat keep the list; everyone reads it.
core::Status check_institution(const model::User& actor, Operation operation,
                               std::string_view code = {});
// Users: the administrator creates them; the secretariat may read who is who.
core::Status check_user(const model::User& actor, Operation operation, std::string_view name = {});
// Clusters: the secretariat builds them; everyone reads them (they group public texts).
core::Status check_cluster(const model::User& actor, Operation operation, int64_t id = 0);
// Actions: the secretariat does everything (setting the reporting period too); a focal point
// updates and sets the status of the actions one of its institutions leads or supports, and
// reads those and published ones; contributors and viewers read published actions only.
// Without `action`, whether the role may do `operation` on any action at all.
core::Status check_action(const model::User& actor, Operation operation,
                          const model::Action* action = nullptr);
// The audit log: the administrator and the secretariat.
core::Status check_audit(const model::User& actor, Operation operation);
// Progress reports: focal points write, submit and read those of their institutions' actions;
// only coordinators approve, return and publish; the administrator reads; contributors and
// viewers read published reports only. Without `report` (and its `action`), whether the role
// may do `operation` on any report.
core::Status check_report(const model::User& actor, Operation operation,
                          const model::ProgressReport* report = nullptr,
                          const model::Action* action = nullptr);
// Implementation status and independent assessments: everyone reads them; only coordinators
// override the State's view; only contributors (NHRI, civil society) assess.
core::Status check_implementation(const model::User& actor, Operation operation,
                                  std::string_view recommendation = {});

// Indicators of an action: the secretariat defines them; it and the focal points of the
// institutions leading or supporting the action record measurements; whoever may read the
// action reads its indicators. Without `action`, whether the role may do `operation` on any.
core::Status check_indicator(const model::User& actor, Operation operation,
                             const model::Action* action = nullptr);
// UPR calendar events: the secretariat keeps them; everyone reads them.
core::Status check_calendar(const model::User& actor, Operation operation);
// Importing documents: the administrator and the secretariat, whose store it is to fill.
core::Status check_import(const model::User& actor, Operation operation);

}  // namespace rightstrack::track
