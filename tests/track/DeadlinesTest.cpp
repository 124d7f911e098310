// Deadlines: open actions overdue or due within N days, per institution, among those the actor
// may read; completed and cancelled actions and those without a due date are left out. Progress
// reports owed on actions with a reporting period, counted from the last period reported on;
// UPR calendar events coming within N days.
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

    // An action of `lead` started on `start` whose reports are due every `days` days.
    int64_t reporting_action(const std::string& lead, const std::string& start, int64_t days) {
        model::Action action;
        action.title = lead + " reports every " + std::to_string(days);
        action.lead_institution = lead;
        action.start_date = start;
        action.report_every_days = days;
        return value_of(actions().create("coordinator", action)).id;
    }

    static std::vector<std::pair<int64_t, std::string>> due_dates(
        const std::vector<ReportDue>& list) {
        std::vector<std::pair<int64_t, std::string>> out;
        for (const auto& due : list) out.emplace_back(due.action.id, due.due_date);
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

TEST_F(DeadlinesTest, ReportsDueAfterTheLastPeriodReportedOnPerInstitution) {
    // Today is 2026-03-01. MOJ's first report was due 2026-01-31 (30 days from 2026-01-01).
    int64_t moj = reporting_action("MOJ", "2026-01-01", 30);
    int64_t moh = reporting_action("MOH", "2026-01-15", 60);  // Due 2026-03-16.
    int64_t moe = reporting_action("MOE", "2026-03-01", 90);  // Due 2026-05-30, beyond 30 days.
    make_action("MOJ");                                       // No reporting period: no report due.

    auto due = value_of(DeadlineService(context()).reports("coordinator", 30, "2026-03-01"));
    EXPECT_EQ(due_dates(due.overdue),
              (std::vector<std::pair<int64_t, std::string>>{{moj, "2026-01-31"}}));
    EXPECT_EQ(due_dates(due.due_soon),
              (std::vector<std::pair<int64_t, std::string>>{{moh, "2026-03-16"}}));

    // A draft does not count; once submitted, the next report is due 30 days after its period.
    auto report = value_of(reports().create("focal", moj, "2026-01-01", "2026-02-15", "Begun."));
    due = value_of(DeadlineService(context()).reports("coordinator", 30, "2026-03-01", "MOJ"));
    EXPECT_EQ(due_dates(due.overdue),
              (std::vector<std::pair<int64_t, std::string>>{{moj, "2026-01-31"}}));
    ASSERT_OK(reports().submit("focal", report.id));
    due = value_of(DeadlineService(context()).reports("coordinator", 30, "2026-03-01", "MOJ"));
    EXPECT_TRUE(due.overdue.empty());
    EXPECT_EQ(due_dates(due.due_soon),
              (std::vector<std::pair<int64_t, std::string>>{{moj, "2026-03-17"}}));

    // The focal point sees MOJ's only; a cancelled action owes nothing.
    auto focal = value_of(DeadlineService(context()).reports("focal", 90, "2026-03-01"));
    EXPECT_EQ(due_dates(focal.due_soon),
              (std::vector<std::pair<int64_t, std::string>>{{moj, "2026-03-17"}}));
    ASSERT_OK(actions().set_status("coordinator", moe, model::ActionStatus::Cancelled));
    auto all = value_of(DeadlineService(context()).reports("coordinator", 90, "2026-03-01"));
    EXPECT_EQ(due_dates(all.due_soon), (std::vector<std::pair<int64_t, std::string>>{
                                           {moh, "2026-03-16"}, {moj, "2026-03-17"}}));
}

TEST_F(DeadlinesTest, ReportingPeriodNeedsAStartAndIsTheSecretariats) {
    model::Action action;
    action.title = "No start";
    action.lead_institution = "MOJ";
    action.report_every_days = 90;
    auto refused = actions().create("coordinator", action);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message().find("a reporting period needs a start date"),
              std::string::npos);
    int64_t id = make_action("MOJ").id;
    ActionChanges changes;
    changes.report_every_days = 90;
    auto denied = actions().update("focal", id, changes);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().kind(), core::ErrorKind::PermissionDenied);
    EXPECT_EQ(value_of(actions().update("coordinator", id, changes)).report_every_days, 90);
    changes.report_every_days = 0;  // Clears it.
    EXPECT_FALSE(value_of(actions().update("coordinator", id, changes)).report_every_days);
    for (int64_t days : {int64_t{-5}, int64_t{3661}, int64_t{1} << 40}) {
        changes.report_every_days = days;
        auto refused_days = actions().update("coordinator", id, changes);
        ASSERT_FALSE(refused_days.ok()) << days;
        EXPECT_NE(refused_days.error().message().find("reports cannot be due every"),
                  std::string::npos);
    }
}

TEST_F(DeadlinesTest, CalendarEventsComingWithinDays) {
    using model::EventKind;
    for (auto [kind, date, title] :
         {std::tuple{EventKind::SubmissionDeadline, "2026-02-10", "Stakeholder submissions"},
          std::tuple{EventKind::Review, "2026-03-20", "Review of Kyrgyzstan"},
          std::tuple{EventKind::Adoption, "2026-06-25", "Adoption of the outcome"}})
        ASSERT_OK(calendar().add("coordinator", {0, kind, date, title, "KGZ", 4}));
    auto coming = value_of(calendar().list("viewer", 30, "2026-03-01"));
    ASSERT_EQ(coming.size(), 1u);
    EXPECT_EQ(coming[0].title, "Review of Kyrgyzstan");
    EXPECT_EQ(coming[0].cycle, 4);
    EXPECT_EQ(value_of(calendar().list("focal")).size(), 3u);  // All, by date.
    EXPECT_EQ(value_of(calendar().list("focal"))[0].kind, EventKind::SubmissionDeadline);

    int64_t entries = audit_entries();
    EXPECT_EQ(
        calendar().add("focal", {0, EventKind::Other, "2026-04-01", "Mine", "", {}}).error().kind(),
        core::ErrorKind::PermissionDenied);
    EXPECT_FALSE(
        calendar().add("coordinator", {0, EventKind::Other, "2026-04-31", "X", "", {}}).ok());
    EXPECT_FALSE(calendar()
                     .add("coordinator", {0, EventKind::Other, "2026-04-01", "X", "Kyrgyzstan", {}})
                     .ok());
    EXPECT_FALSE(
        calendar().add("coordinator", {0, EventKind::Other, "2026-04-01", "", "", {}}).ok());
    EXPECT_EQ(audit_entries(), entries);

    ASSERT_OK(calendar().remove("coordinator", coming[0].id));
    EXPECT_TRUE(value_of(calendar().list("viewer", 30, "2026-03-01")).empty());
    EXPECT_EQ(calendar().remove("coordinator", coming[0].id).error().kind(),
              core::ErrorKind::NotFound);
    EXPECT_EQ(audit_entries(), entries + 1);
}

}  // namespace
}  // namespace rightstrack::track
