// A recommendation's implementation status: derived from its actions (directly linked or
// through a cluster; cancelled ones aside), overridden by a coordinator only with a reason,
// and the independent assessments of contributors kept beside it, untouched by the override;
// both as a visitor who has not signed in reads them.
#include "TrackTestSupport.h"

namespace rightstrack::track {
namespace {

using model::ActionStatus;
using model::ImplementationStatus;

TEST(DeriveStatus, FromTheActions) {
    using S = ActionStatus;
    auto derive = [](std::initializer_list<ActionStatus> statuses) {
        return model::derive_status(std::span(statuses.begin(), statuses.size()));
    };
    EXPECT_EQ(derive({}), ImplementationStatus::NotStarted);
    EXPECT_EQ(derive({S::Planned, S::Delayed}), ImplementationStatus::NotStarted);
    EXPECT_EQ(derive({S::Planned, S::InProgress}), ImplementationStatus::PartiallyImplemented);
    EXPECT_EQ(derive({S::Completed, S::Delayed}), ImplementationStatus::PartiallyImplemented);
    EXPECT_EQ(derive({S::Completed, S::Cancelled}), ImplementationStatus::Implemented);
    EXPECT_EQ(derive({S::Cancelled}), ImplementationStatus::NotStarted);
}

class ImplementationStatusTest : public TrackTest {};

TEST_F(ImplementationStatusTest, DerivedThroughDirectLinksAndClusters) {
    const auto& target = recommendation_ids_[1];
    EXPECT_EQ(value_of(implementation().status("viewer", target)).derived,
              ImplementationStatus::NotStarted);
    auto cluster = value_of(clusters().create("coordinator", {0, "Ill-treatment", "", {target}}));
    auto action = make_action("MOJ");  // Linked to recommendation 0 only.
    action = value_of(actions().link("coordinator", action.id, {}, {cluster.id}));
    action = value_of(actions().set_status("focal", action.id, ActionStatus::InProgress));
    auto status = value_of(implementation().status("coordinator", target));
    EXPECT_EQ(status.actions, std::vector<int64_t>{action.id});
    EXPECT_EQ(status.derived, ImplementationStatus::PartiallyImplemented);
    // The public derives from published actions only.
    EXPECT_EQ(value_of(implementation().status("viewer", target)).derived,
              ImplementationStatus::NotStarted);
    ASSERT_OK(actions().publish("coordinator", action.id));
    ASSERT_OK(actions().set_status("focal", action.id, ActionStatus::Completed));
    EXPECT_EQ(value_of(implementation().status("viewer", target)).effective(),
              ImplementationStatus::Implemented);
}

// A recommendation taken out of a cluster no longer takes its status from the cluster's
// actions; the change is audited, and only the secretariat may make it.
TEST_F(ImplementationStatusTest, ARecommendationUnlinkedFromAClusterLeavesItsActions) {
    const auto& target = recommendation_ids_[1];
    auto cluster = value_of(clusters().create(
        "coordinator", {0, "Ill-treatment", "", {target, recommendation_ids_[2]}}));
    auto action = make_action("MOJ");
    ASSERT_OK(actions().link("coordinator", action.id, {}, {cluster.id}));
    ASSERT_OK(actions().set_status("focal", action.id, ActionStatus::InProgress));
    EXPECT_EQ(value_of(implementation().status("coordinator", target)).derived,
              ImplementationStatus::PartiallyImplemented);

    EXPECT_EQ(clusters().unlink("focal", cluster.id, {target}).error().kind(),
              core::ErrorKind::PermissionDenied);
    const int64_t entries = audit_entries();
    cluster = value_of(clusters().unlink("coordinator", cluster.id, {target, "not-in-it"}));
    EXPECT_EQ(cluster.recommendations, std::vector<std::string>{recommendation_ids_[2]});
    EXPECT_EQ(audit_entries(), entries + 1);
    EXPECT_EQ(value_of(implementation().status("coordinator", target)).derived,
              ImplementationStatus::NotStarted);
    // Nothing to take out: nothing changes, nothing is audited.
    ASSERT_OK(clusters().unlink("coordinator", cluster.id, {target}));
    EXPECT_EQ(audit_entries(), entries + 1);
    EXPECT_EQ(clusters().unlink("coordinator", 999, {target}).error().kind(),
              core::ErrorKind::NotFound);
}

TEST_F(ImplementationStatusTest, OverrideNeedsACoordinatorAndAReasonAndLeavesAssessments) {
    const auto& target = recommendation_ids_[0];
    model::Assessment assessment;
    assessment.recommendation = target;
    assessment.status = ImplementationStatus::NotStarted;
    assessment.narrative = "The law was drafted but never reached parliament";
    assessment.evidence = "Ombudsman annual report 2026, p. 41";
    auto kept = value_of(implementation().assess("contributor", assessment));
    EXPECT_EQ(kept.assessor, "contributor");
    EXPECT_EQ(kept.institution, "OMBUDSMAN");

    int64_t entries = audit_entries();
    auto no_reason = implementation().override_status("coordinator", target,
                                                      ImplementationStatus::Implemented, "");
    ASSERT_FALSE(no_reason.ok());
    EXPECT_NE(no_reason.error().message().find("stated reason"), std::string::npos);
    auto focal = implementation().override_status("focal", target,
                                                  ImplementationStatus::Implemented, "Done");
    ASSERT_FALSE(focal.ok());
    EXPECT_EQ(focal.error().kind(), core::ErrorKind::PermissionDenied);
    EXPECT_EQ(audit_entries(), entries);

    ASSERT_OK(implementation().override_status("coordinator", target,
                                               ImplementationStatus::Implemented,
                                               "Law 123 adopted on 1 February 2026"));
    auto status = value_of(implementation().status("viewer", target));
    EXPECT_EQ(status.derived, ImplementationStatus::NotStarted);
    EXPECT_EQ(status.effective(), ImplementationStatus::Implemented);
    EXPECT_EQ(status.override_->reason, "Law 123 adopted on 1 February 2026");
    auto assessments = value_of(implementation().assessments("contributor", target));
    ASSERT_EQ(assessments.size(), 1u);
    EXPECT_EQ(assessments[0], kept);

    auto coordinator_assessing = implementation().assess("coordinator", assessment);
    ASSERT_FALSE(coordinator_assessing.ok());
    EXPECT_EQ(coordinator_assessing.error().kind(), core::ErrorKind::PermissionDenied);
    auto unknown = implementation().status("viewer", "nosuchrecomm");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind(), core::ErrorKind::NotFound);
}

// A visitor reads what an unnamed viewer may: the status from published actions only, and every
// independent assessment; no user is looked up, none needs to exist.
TEST_F(ImplementationStatusTest, AVisitorReadsThePublishedViewAndTheAssessments) {
    const auto& target = recommendation_ids_[0];
    auto action = make_action("MOJ");  // Linked to `target`.
    ASSERT_OK(actions().set_status("focal", action.id, ActionStatus::InProgress));
    auto unpublished = value_of(implementation().visitor_view(target));
    EXPECT_TRUE(unpublished.status.actions.empty());
    EXPECT_EQ(unpublished.status.effective(), ImplementationStatus::NotStarted);
    EXPECT_TRUE(unpublished.assessments.empty());

    ASSERT_OK(actions().publish("coordinator", action.id));
    model::Assessment assessment;
    assessment.recommendation = target;
    assessment.status = ImplementationStatus::NotStarted;
    assessment.narrative = "Nothing changed for detainees";
    auto kept = value_of(implementation().assess("contributor", assessment));
    auto view = value_of(implementation().visitor_view(target));
    EXPECT_EQ(view.status.actions, std::vector<int64_t>{action.id});
    EXPECT_EQ(view.status.effective(), ImplementationStatus::PartiallyImplemented);
    kept.assessor.clear();  // The public reads the institution, not the user.
    EXPECT_EQ(view.assessments, std::vector<model::Assessment>{kept});
    auto unknown = implementation().visitor_view("nosuchrecomm");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind(), core::ErrorKind::NotFound);
}

// Who wrote an assessment is read by the administrator and the assessor's own institution only:
// a civil society assessor is not exposed to the ministries whose work it judges.
TEST_F(ImplementationStatusTest, TheAssessorsNameIsReadOnlyByItsInstitutionAndTheAdministrator) {
    const auto& target = recommendation_ids_[0];
    model::Assessment assessment;
    assessment.recommendation = target;
    assessment.status = ImplementationStatus::PartiallyImplemented;
    assessment.narrative = "Two of five detention centres inspected";
    ASSERT_OK(implementation().assess("contributor", assessment));
    add_user("colleague", model::Role::Contributor, {"OMBUDSMAN"});
    auto assessor_read_by = [&](const char* reader) {
        auto assessments = value_of(implementation().assessments(reader, target));
        EXPECT_EQ(assessments.size(), 1u);
        EXPECT_EQ(assessments.at(0).institution, "OMBUDSMAN");
        return assessments.at(0).assessor;
    };
    EXPECT_EQ(assessor_read_by("contributor"), "contributor");
    EXPECT_EQ(assessor_read_by("colleague"), "contributor");
    EXPECT_EQ(assessor_read_by("admin"), "contributor");
    EXPECT_EQ(assessor_read_by("focal"), "");
    EXPECT_EQ(assessor_read_by("coordinator"), "");
    EXPECT_EQ(assessor_read_by("viewer"), "");
}

}  // namespace
}  // namespace rightstrack::track
