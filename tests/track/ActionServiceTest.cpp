// Actions: every status transition (the legal ones change the action and are audited, the
// illegal ones are errors that change nothing), bad input (dates out of order or unreal,
// unknown institutions, recommendations and clusters, bad SDG targets), what a focal point may
// and may not touch, and who sees unpublished actions.
#include "TrackTestSupport.h"
#include "track/ActionRules.h"

namespace rightstrack::track {
namespace {

using model::ActionStatus;

constexpr ActionStatus kStatuses[] = {ActionStatus::Planned, ActionStatus::InProgress,
                                      ActionStatus::Completed, ActionStatus::Delayed,
                                      ActionStatus::Cancelled};

class ActionServiceTest : public TrackTest {
protected:
    // An action of MOJ brought to `status` by legal steps.
    model::Action action_in(ActionStatus status) {
        auto action = make_action("MOJ");
        auto step = [&](ActionStatus next) {
            action = value_of(actions().set_status("coordinator", action.id, next));
        };
        if (status == ActionStatus::InProgress || status == ActionStatus::Completed)
            step(ActionStatus::InProgress);
        if (status == ActionStatus::Completed)
            step(ActionStatus::Completed);
        if (status == ActionStatus::Delayed || status == ActionStatus::Cancelled)
            step(status);
        EXPECT_EQ(action.status, status);
        return action;
    }

    // Expects `result` to be an InvalidInput error whose message contains `words`, and the
    // action and the audit log to be as they were.
    template <typename T>
    void expect_refused(const core::Result<T>& result, core::ErrorKind kind,
                        const std::string& words, const model::Action& before,
                        int64_t entries_before) {
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().kind(), kind) << result.error().describe();
        EXPECT_NE(result.error().describe().find(words), std::string::npos)
            << result.error().describe();
        EXPECT_EQ(value_of(actions().get("coordinator", before.id)), before);
        EXPECT_EQ(audit_entries(), entries_before);
    }
};

TEST_F(ActionServiceTest, CreatesPlannedUnpublishedActionsWithSortedLinks) {
    model::Action action;
    action.title = "Adopt a law on torture prevention";
    action.lead_institution = "MOJ";
    action.supporting_institutions = {"MOH", "MOJ", "MOH"};
    action.status = ActionStatus::Completed;
    action.published = true;
    action.recommendations = {recommendation_ids_[1], recommendation_ids_[0]};
    action.sdg_targets = {"16.3", "16.a", "5.2"};
    action.budget = 1500000;
    action.currency = "KGS";
    auto created = value_of(actions().create("coordinator", action));
    EXPECT_GT(created.id, 0);
    EXPECT_EQ(created.status, ActionStatus::Planned);
    EXPECT_FALSE(created.published);
    EXPECT_EQ(created.supporting_institutions, std::vector<std::string>{"MOH"});
    EXPECT_EQ(created, value_of(actions().get("coordinator", created.id)));
    std::vector<std::string> sdgs = {"16.3", "16.a", "5.2"};
    EXPECT_EQ(created.sdg_targets, sdgs);
}

TEST_F(ActionServiceTest, EveryTransitionLegalOrRefused) {
    int legal = 0;
    for (ActionStatus from : kStatuses) {
        for (ActionStatus to : kStatuses) {
            SCOPED_TRACE(std::string(model::action_status_code(from)) + " -> " +
                         std::string(model::action_status_code(to)));
            auto action = action_in(from);
            int64_t entries = audit_entries();
            auto result = actions().set_status("coordinator", action.id, to);
            if (is_legal_transition(from, to)) {
                ++legal;
                ASSERT_TRUE(result.ok()) << result.error().describe();
                EXPECT_EQ(result->status, to);
                EXPECT_EQ(audit_entries(), entries + 1);
                continue;
            }
            expect_refused(result, core::ErrorKind::InvalidInput,
                           "cannot go from " + std::string(model::action_status_code(from)) +
                               " to " + std::string(model::action_status_code(to)),
                           action, entries);
        }
    }
    EXPECT_EQ(legal, 9);
}

TEST_F(ActionServiceTest, RefusesDatesOutOfOrderOrUnreal) {
    auto action = make_action("MOJ");
    int64_t entries = audit_entries();
    ActionChanges changes;
    changes.due_date = "2025-06-30";
    expect_refused(actions().update("coordinator", action.id, changes),
                   core::ErrorKind::InvalidInput, "due date 2025-06-30 is before start date",
                   action, entries);
    changes.due_date = "2026-02-30";
    expect_refused(actions().update("coordinator", action.id, changes),
                   core::ErrorKind::InvalidInput, "'2026-02-30' is not a date", action, entries);
    model::Action backwards;
    backwards.title = "Backwards";
    backwards.lead_institution = "MOJ";
    backwards.start_date = "2027-01-01";
    backwards.due_date = "2026-01-01";
    auto created = actions().create("coordinator", backwards);
    ASSERT_FALSE(created.ok());
    EXPECT_NE(created.error().describe().find("new action: due date"), std::string::npos);
    EXPECT_EQ(value_of(actions().list("coordinator")).size(), 1u);
}

// A link is checked against the store inside the transaction that makes it, whichever way it is
// made: creating an action, linking one, creating or extending a cluster.
TEST_F(ActionServiceTest, RefusesLinksToRecommendationsThatDoNotExist) {
    int64_t entries = audit_entries();
    model::Action action;
    action.title = "Answer a recommendation never made";
    action.lead_institution = "MOJ";
    action.recommendations = {recommendation_ids_[0], "A/HRC/15/2-76.99-missing"};
    auto created = actions().create("coordinator", action);
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().message(), "no recommendation with id 'A/HRC/15/2-76.99-missing'");
    EXPECT_TRUE(value_of(actions().list("coordinator")).empty());

    auto cluster = clusters().create("coordinator", {0, "Detention", "", {"nosuchrecomm"}});
    ASSERT_FALSE(cluster.ok());
    EXPECT_EQ(cluster.error().kind(), core::ErrorKind::NotFound);
    EXPECT_TRUE(value_of(clusters().list("coordinator")).empty());
    EXPECT_EQ(audit_entries(), entries);

    auto kept = value_of(clusters().create("coordinator", {0, "Detention", "", {}}));
    entries = audit_entries();
    auto extended = clusters().link("coordinator", kept.id, {recommendation_ids_[1], "nosuch"});
    ASSERT_FALSE(extended.ok());
    EXPECT_EQ(extended.error().message(), "no recommendation with id 'nosuch'");
    EXPECT_EQ(value_of(clusters().list("coordinator")).front(), kept);
    EXPECT_EQ(audit_entries(), entries);
}

TEST_F(ActionServiceTest, RefusesUnknownIdsAndBadValues) {
    auto action = make_action("MOJ");
    int64_t entries = audit_entries();
    expect_refused(actions().link("coordinator", action.id, {"nosuchrecomm"}, {}),
                   core::ErrorKind::NotFound, "no recommendation with id 'nosuchrecomm'", action,
                   entries);
    expect_refused(actions().link("coordinator", action.id, {}, {42}), core::ErrorKind::NotFound,
                   "no cluster with id 42", action, entries);
    ActionChanges changes;
    changes.lead_institution = "MINFIN";
    expect_refused(actions().update("coordinator", action.id, changes), core::ErrorKind::NotFound,
                   "no institution with code 'MINFIN'", action, entries);
    changes = {};
    changes.sdg_targets = std::vector<std::string>{"18.1"};
    expect_refused(actions().update("coordinator", action.id, changes),
                   core::ErrorKind::InvalidInput, "'18.1' is not an SDG target", action, entries);
    changes = {};
    changes.budget = 1000;
    expect_refused(actions().update("coordinator", action.id, changes),
                   core::ErrorKind::InvalidInput, "needs a currency", action, entries);
    auto missing = actions().set_status("coordinator", 999, ActionStatus::InProgress);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind(), core::ErrorKind::NotFound);
    EXPECT_EQ(missing.error().message(), "no action with id 999");
}

TEST_F(ActionServiceTest, FocalPointWorksOnItsOwnInstitutionsActionsOnly) {
    auto own = make_action("MOJ");
    auto supported = make_action("MOH");
    ActionChanges support;
    support.supporting_institutions = std::vector<std::string>{"MOJ"};
    supported = value_of(actions().update("coordinator", supported.id, support));
    auto other = make_action("MOE");
    int64_t entries = audit_entries();

    EXPECT_TRUE(actions().set_status("focal", own.id, ActionStatus::InProgress).ok());
    EXPECT_TRUE(actions().set_status("focal", supported.id, ActionStatus::InProgress).ok());
    EXPECT_EQ(audit_entries(), entries + 2);
    entries = audit_entries();

    auto refused = actions().set_status("focal", other.id, ActionStatus::InProgress);
    expect_refused(refused, core::ErrorKind::PermissionDenied,
                   "user 'focal' (focal_point) may not action.set_status on action:" +
                       std::to_string(other.id),
                   other, entries);
    // Nor may it hand its action to another institution, or take another's.
    ActionChanges reassign;
    reassign.lead_institution = "MOE";
    own = value_of(actions().get("coordinator", own.id));
    expect_refused(actions().update("focal", own.id, reassign), core::ErrorKind::PermissionDenied,
                   "may not action.assign", own, entries);

    std::vector<int64_t> seen;
    for (const auto& action : value_of(actions().list("focal"))) seen.push_back(action.id);
    EXPECT_EQ(seen, (std::vector<int64_t>{own.id, supported.id}));
}

TEST_F(ActionServiceTest, ViewersAndContributorsSeePublishedActionsOnly) {
    auto hidden = make_action("MOJ", "Hidden");
    auto shown = make_action("MOH", "Shown");
    ASSERT_OK(actions().publish("coordinator", shown.id));
    for (const char* reader : {"viewer", "contributor"}) {
        auto list = value_of(actions().list(reader));
        ASSERT_EQ(list.size(), 1u) << reader;
        EXPECT_EQ(list[0].title, "Shown");
        auto denied = actions().get(reader, hidden.id);
        ASSERT_FALSE(denied.ok());
        EXPECT_EQ(denied.error().kind(), core::ErrorKind::PermissionDenied);
    }
}

TEST_F(ActionServiceTest, UnchangedUpdateRecordsNothing) {
    auto action = make_action("MOJ");
    int64_t entries = audit_entries();
    ActionChanges same;
    same.title = action.title;
    EXPECT_EQ(value_of(actions().update("coordinator", action.id, same)), action);
    EXPECT_EQ(audit_entries(), entries);
}

TEST_F(ActionServiceTest, UnknownActorIsRefused) {
    auto result = actions().list("nobody");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind(), core::ErrorKind::NotFound);
    EXPECT_EQ(result.error().message(), "no user named 'nobody'");
}

}  // namespace
}  // namespace rightstrack::track
