// The permission matrix: every operation of the tracking services tried by every role, through
// the services themselves (not the policy functions alone), so that an operation that forgot
// its check would fail here. Denied operations must name the user and the operation and change
// nothing: not the resource, not the audit log.
#include <functional>
#include <map>
#include <set>

#include "TrackTestSupport.h"
#include "track/ImportService.h"
#include "track/Permissions.h"

namespace rightstrack::track {
namespace {

using model::Role;

// What each role may do. The focal point tries its own institution's (unpublished) action.
std::map<Role, std::set<Operation>> allowed() {
    std::set<Operation> everything(std::begin(kAllOperations), std::end(kAllOperations));
    std::set<Operation> administrator = everything;
    // Only coordinators approve, return and publish; reports are the focal points' and the
    // secretariat's to write; the State's view is the secretariat's to override; independent
    // assessments are the NHRI's and civil society's.
    for (auto operation :
         {Operation::ReportCreate, Operation::ReportEdit, Operation::ReportSubmit,
          Operation::ReportApprove, Operation::ReportReturn, Operation::ReportPublish,
          Operation::StatusOverride, Operation::AssessmentCreate})
        administrator.erase(operation);
    std::set<Operation> coordinator = everything;
    coordinator.erase(Operation::UserCreate);
    coordinator.erase(Operation::AssessmentCreate);
    return {
        {Role::Administrator, administrator},
        {Role::Coordinator, coordinator},
        // Focal points measure their institutions' indicators but do not define them.
        {Role::FocalPoint,
         {Operation::InstitutionRead, Operation::ClusterRead, Operation::ActionUpdate,
          Operation::ActionSetStatus, Operation::ActionRead, Operation::ReportCreate,
          Operation::ReportEdit, Operation::ReportSubmit, Operation::ReportRead,
          Operation::StatusRead, Operation::AssessmentRead, Operation::IndicatorMeasure,
          Operation::IndicatorRead, Operation::EventRead}},
        // The public reads an unpublished action's indicators no more than the action.
        {Role::Contributor,
         {Operation::InstitutionRead, Operation::ClusterRead, Operation::StatusRead,
          Operation::AssessmentCreate, Operation::AssessmentRead, Operation::EventRead}},
        {Role::Viewer,
         {Operation::InstitutionRead, Operation::ClusterRead, Operation::StatusRead,
          Operation::AssessmentRead, Operation::EventRead}},
    };
}

const char* user_of(Role role) {
    switch (role) {
    case Role::Administrator: return "admin";
    case Role::Coordinator: return "coordinator";
    case Role::FocalPoint: return "focal";
    case Role::Contributor: return "contributor";
    case Role::Viewer: return "viewer";
    }
    return "";
}

class PermissionMatrixTest : public TrackTest {
protected:
    using Attempt = std::function<core::Status(const std::string& actor)>;

    // Makes the resources `operation` needs and returns the operation, to be run as an actor.
    Attempt prepare(Operation operation) {
        static int serial = 0;
        std::string suffix = std::to_string(++serial);
        switch (operation) {
        case Operation::InstitutionCreate:
            return [=, this](const std::string& actor) {
                return as_status(institutions().create(
                    actor, {0, "NEW" + suffix, "New body", model::InstitutionKind::Other}));
            };
        case Operation::InstitutionUpdate:
            return [=, this](const std::string& actor) {
                return as_status(institutions().update(
                    actor,
                    {0, "MOH", "Ministry of Health " + suffix, model::InstitutionKind::Ministry}));
            };
        case Operation::InstitutionRead:
            return [=, this](const std::string& actor) {
                return as_status(institutions().list(actor));
            };
        case Operation::UserCreate: {
            model::User user;
            user.name = "new" + suffix;
            return [=, this](const std::string& actor) {
                return as_status(users().create(actor, user, "a-long-password"));
            };
        }
        case Operation::UserRead:
            return [=, this](const std::string& actor) { return as_status(users().list(actor)); };
        case Operation::ClusterCreate:
            return [=, this](const std::string& actor) {
                return as_status(clusters().create(actor, {0, "Torture " + suffix, "", {}}));
            };
        case Operation::ClusterUpdate: {
            int64_t id = value_of(clusters().create("coordinator", {0, "Education", "", {}})).id;
            return [=, this](const std::string& actor) {
                return as_status(clusters().link(actor, id, {recommendation_ids_[2]}));
            };
        }
        case Operation::ClusterRead:
            return
                [=, this](const std::string& actor) { return as_status(clusters().list(actor)); };
        case Operation::ActionCreate:
            return [=, this](const std::string& actor) {
                return as_status(actions().create(actor, action_for("MOJ")));
            };
        case Operation::ActionUpdate: {
            ActionChanges changes;
            changes.title = "Draft and adopt a law " + suffix;
            int64_t id = make_action("MOJ").id;
            return [=, this](const std::string& actor) {
                return as_status(actions().update(actor, id, changes));
            };
        }
        case Operation::ActionAssign: {
            ActionChanges changes;
            changes.supporting_institutions = std::vector<std::string>{"MOH"};
            int64_t id = make_action("MOJ").id;
            return [=, this](const std::string& actor) {
                return as_status(actions().update(actor, id, changes));
            };
        }
        case Operation::ActionSetStatus: {
            int64_t id = make_action("MOJ").id;
            return [=, this](const std::string& actor) {
                return as_status(actions().set_status(actor, id, model::ActionStatus::InProgress));
            };
        }
        case Operation::ActionLink: {
            int64_t id = make_action("MOJ").id;
            return [=, this](const std::string& actor) {
                return as_status(actions().link(actor, id, {recommendation_ids_[1]}, {}));
            };
        }
        case Operation::ActionPublish: {
            int64_t id = make_action("MOJ").id;
            return [=, this](const std::string& actor) {
                return as_status(actions().publish(actor, id));
            };
        }
        case Operation::ActionRead: {
            int64_t id = make_action("MOJ").id;
            return
                [=, this](const std::string& actor) { return as_status(actions().get(actor, id)); };
        }
        case Operation::ReportCreate: {
            int64_t id = make_action("MOJ").id;
            return [=, this](const std::string& actor) {
                return as_status(
                    reports().create(actor, id, "2026-01-01", "2026-03-31", "Drafting began."));
            };
        }
        case Operation::ReportEdit: {
            int64_t id = report_in(make_action("MOJ").id, model::ReportStatus::Draft).id;
            return [=, this](const std::string& actor) {
                return as_status(reports().edit(actor, id, "Drafting went on " + suffix,
                                                {{"minutes.txt", "Met on 3 March " + suffix}}));
            };
        }
        case Operation::ReportSubmit:
            return report_step(model::ReportStatus::Draft, &ReportService::submit);
        case Operation::ReportApprove:
            return report_step(model::ReportStatus::Submitted, &ReportService::approve);
        case Operation::ReportReturn: {
            int64_t id = report_in(make_action("MOJ").id, model::ReportStatus::Submitted).id;
            return [=, this](const std::string& actor) {
                return as_status(reports().send_back(actor, id, "Add the figures"));
            };
        }
        case Operation::ReportPublish:
            return report_step(model::ReportStatus::Approved, &ReportService::publish);
        case Operation::ReportRead:
            return report_step(model::ReportStatus::Draft, &ReportService::get);
        case Operation::StatusRead:
            return [=, this](const std::string& actor) {
                return as_status(implementation().status(actor, recommendation_ids_[0]));
            };
        case Operation::StatusOverride:
            return [=, this](const std::string& actor) {
                return as_status(implementation().override_status(
                    actor, recommendation_ids_[0], model::ImplementationStatus::Implemented,
                    "The Optional Protocol was ratified by law " + suffix));
            };
        case Operation::AssessmentCreate:
            return [=, this](const std::string& actor) {
                model::Assessment assessment;
                assessment.recommendation = recommendation_ids_[0];
                assessment.status = model::ImplementationStatus::NotStarted;
                assessment.narrative = "No visits to places of detention yet";
                return as_status(implementation().assess(actor, assessment));
            };
        case Operation::AssessmentRead:
            return [=, this](const std::string& actor) {
                return as_status(implementation().assessments(actor, recommendation_ids_[0]));
            };
        case Operation::AuditRead:
            return [=, this](const std::string& actor) { return as_status(audit().list(actor)); };
        default: return prepare_measuring(operation);
        }
    }

    // The operations of the second part: reporting periods, indicators, the calendar.
    Attempt prepare_measuring(Operation operation) {
        static int serial = 0;
        std::string suffix = std::to_string(++serial);
        switch (operation) {
        case Operation::ActionSetReporting: {
            ActionChanges changes;
            changes.report_every_days = 90;
            int64_t id = make_action("MOJ").id;
            return [=, this](const std::string& actor) {
                return as_status(actions().update(actor, id, changes));
            };
        }
        case Operation::IndicatorDefine: {
            model::Indicator indicator;
            indicator.action = make_action("MOJ").id;
            indicator.name = "Cases heard " + suffix;
            indicator.unit = "cases";
            return [=, this](const std::string& actor) {
                return as_status(indicators().define(actor, indicator));
            };
        }
        case Operation::IndicatorMeasure: {
            int64_t id = make_indicator(make_action("MOJ").id).id;
            Reading reading{40, "percent", "2026-02-01", "Judicial training centre register", {}};
            return [=, this](const std::string& actor) {
                return as_status(indicators().measure(actor, id, reading));
            };
        }
        case Operation::IndicatorRead: {
            int64_t id = make_action("MOJ").id;
            make_indicator(id);
            return [=, this](const std::string& actor) {
                return as_status(indicators().list(actor, id));
            };
        }
        case Operation::EventCreate:
            return [=, this](const std::string& actor) {
                return as_status(calendar().add(actor, {0, model::EventKind::Review, "2026-05-04",
                                                        "Review " + suffix, "KGZ", 4}));
            };
        case Operation::EventDelete: {
            int64_t id = value_of(calendar().add(
                                      "coordinator",
                                      {0, model::EventKind::Other, "2026-06-01", "Moved", "", {}}))
                             .id;
            return [=, this](const std::string& actor) {
                return as_status(calendar().remove(actor, id));
            };
        }
        case Operation::EventRead:
            return
                [=, this](const std::string& actor) { return as_status(calendar().list(actor)); };
        case Operation::DocumentImport:
            return [=, this](const std::string& actor) {
                auto records = store::open_sqlite_store(path_);
                if (!records.ok())
                    return core::Status(records.release_error());
                ImportService service(context(), **records);
                auto read = [suffix]() -> core::Result<model::ImportBatch> {
                    model::ImportBatch batch;
                    model::Document document;
                    document.symbol = "A/HRC/99/" + suffix;
                    document.state = "KGZ";
                    batch.documents = {document};
                    return batch;
                };
                return as_status(service.import(actor, read, store::Commit::Yes));
            };
        default: break;
        }
        return [](const std::string&) {
            return core::Status(core::Error::internal("operation missing from the test"));
        };
    }

    // A report on a new MOJ action, brought to `status`; the attempt runs `step` on it.
    template <typename Step>
    Attempt report_step(model::ReportStatus status, Step step) {
        int64_t id = report_in(make_action("MOJ").id, status).id;
        return [=, this](const std::string& actor) {
            auto service = reports();
            return as_status((service.*step)(actor, id));
        };
    }

    model::Action action_for(const std::string& lead) {
        model::Action action;
        action.title = "Train judges";
        action.lead_institution = lead;
        return action;
    }
};

TEST_F(PermissionMatrixTest, EveryOperationForEveryRole) {
    for (Role role : model::kAllRoles) {
        for (Operation operation : kAllOperations) {
            SCOPED_TRACE(std::string(model::role_code(role)) + " " +
                         std::string(operation_name(operation)));
            bool expected = allowed().at(role).contains(operation);
            auto attempt = prepare(operation);
            int64_t entries = audit_entries();
            auto result = attempt(user_of(role));
            if (expected) {
                EXPECT_TRUE(result.ok()) << result.error().describe();
                continue;
            }
            ASSERT_FALSE(result.ok());
            EXPECT_EQ(audit_entries(), entries) << "a denied operation was audited";
            EXPECT_EQ(result.error().kind(), core::ErrorKind::PermissionDenied)
                << result.error().describe();
            EXPECT_NE(result.error().message().find(std::string("'") + user_of(role) + "'"),
                      std::string::npos)
                << result.error().message();
            // Assigning institutions and setting the reporting period are updates: roles that
            // may not update hear that first.
            bool an_update =
                operation == Operation::ActionAssign || operation == Operation::ActionSetReporting;
            std::string named(operation_name(
                an_update && role != Role::FocalPoint ? Operation::ActionUpdate : operation));
            EXPECT_NE(result.error().message().find(named), std::string::npos)
                << result.error().message();
        }
    }
}

}  // namespace
}  // namespace rightstrack::track
