// The plan as a visitor reads it: only published actions, and of their reports only the
// published ones; and who may review label suggestions.
#include "TrackTestSupport.h"
#include "track/PublicPlans.h"
#include "track/SuggestionPolicy.h"

namespace rightstrack::track {
namespace {

class PublicPlansTest : public TrackTest {};

TEST_F(PublicPlansTest, AVisitorReadsPublishedActionsWithTheirPublishedReportsOnly) {
    auto shown = make_action("MOJ", "Train judges");
    auto hidden = make_action("MOH", "Equip prison hospitals");
    ASSERT_OK(actions().publish("coordinator", shown.id));
    auto published = report_in(shown.id, model::ReportStatus::Published);
    report_in(shown.id, model::ReportStatus::Approved);
    report_in(hidden.id, model::ReportStatus::Published);
    auto indicator = make_indicator(shown.id);

    auto plans = value_of(PublicPlans(context()).list());
    ASSERT_EQ(plans.size(), 1u);
    EXPECT_EQ(plans[0].action.id, shown.id);
    ASSERT_EQ(plans[0].reports.size(), 1u);
    EXPECT_EQ(plans[0].reports[0].id, published.id);
    ASSERT_EQ(plans[0].indicators.size(), 1u);
    EXPECT_EQ(plans[0].indicators[0].id, indicator.id);
}

TEST_F(PublicPlansTest, TheSecretariatAndTheAdministratorReviewSuggestions) {
    for (auto role : model::kAllRoles) {
        model::User user{0, "someone", role, {}};
        const bool allowed = role == model::Role::Coordinator || role == model::Role::Administrator;
        auto checked = check_suggestion_review(user);
        EXPECT_EQ(checked.ok(), allowed) << model::role_code(role);
        if (!checked.ok()) {
            EXPECT_EQ(checked.error().kind(), core::ErrorKind::PermissionDenied);
        }
    }
}

}  // namespace
}  // namespace rightstrack::track
