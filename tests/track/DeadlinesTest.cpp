// Deadlines: open actions overdue or due within N days, per institution, among those the actor
// may read; completed and cancelled actions and those without a due date are left out.
#include "TrackTestSupport.h"
#include "track/Deadlines.h"

namespace rightstrack::track {
namespace {

class DeadlinesTest : public TrackTest {
protected:
    int64_t action_due(const std::string& lead, const std::string& due) {
        model::Action action;
        action.title = "Due " + due;
        action.lead_institution = lead;
        action.due_date = due;
        return value_of(actions().create("coordinator", action)).id;
    }

    static std::vector<std::string> titles(const std::vector<model::Action>& list) {
        std::vector<std::string> out;
        for (const auto& action : list) out.push_back(action.title);
        return out;
    }
};

TEST(AddDays, CrossesMonthsYearsAndLeapDays) {
    EXPECT_EQ(value_of(add_days("2026-01-31", 1)), "2026-02-01");
    EXPECT_EQ(value_of(add_days("2027-12-31", 1)), "2028-01-01");
    EXPECT_EQ(value_of(add_days("2028-02-28", 1)), "2028-02-29");
    EXPECT_EQ(value_of(add_days("2026-03-01", 0)), "2026-03-01");
    EXPECT_FALSE(add_days("2026-02-30", 1).ok());
}

TEST_F(DeadlinesTest, OverdueAndDueWithinDaysPerInstitution) {
    action_due("MOJ", "2026-02-15");
    action_due("MOH", "2026-03-10");
    action_due("MOJ", "2026-03-31");
    action_due("MOJ", "2026-04-01");  // Beyond 30 days of 2026-03-01.
    int64_t done = action_due("MOE", "2026-02-01");
    ASSERT_OK(actions().set_status("coordinator", done, model::ActionStatus::Cancelled));
    make_action("MOE");  // Due 2026-12-31.

    auto due = value_of(DeadlineService(context()).actions("coordinator", 30, "2026-03-01"));
    EXPECT_EQ(titles(due.overdue), std::vector<std::string>{"Due 2026-02-15"});
    EXPECT_EQ(titles(due.due_soon), (std::vector<std::string>{"Due 2026-03-10", "Due 2026-03-31"}));

    auto moj = value_of(DeadlineService(context()).actions("coordinator", 30, "2026-03-01", "MOJ"));
    EXPECT_EQ(titles(moj.overdue), std::vector<std::string>{"Due 2026-02-15"});
    EXPECT_EQ(titles(moj.due_soon), std::vector<std::string>{"Due 2026-03-31"});

    // The focal point sees its own institution's; the public only what is published.
    auto focal = value_of(DeadlineService(context()).actions("focal", 30, "2026-03-01"));
    EXPECT_EQ(focal.overdue.size() + focal.due_soon.size(), 2u);
    auto viewer = value_of(DeadlineService(context()).actions("viewer", 30, "2026-03-01"));
    EXPECT_TRUE(viewer.overdue.empty() && viewer.due_soon.empty());

    EXPECT_FALSE(DeadlineService(context()).actions("coordinator", 30, "2026-03-01", "NOPE").ok());
    EXPECT_FALSE(DeadlineService(context()).actions("coordinator", -1, "2026-03-01").ok());
    EXPECT_FALSE(DeadlineService(context()).actions("coordinator", 30, "1 March").ok());
}

}  // namespace
}  // namespace rightstrack::track
