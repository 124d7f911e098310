// What the tracking tests share: a database in a temporary folder with three recommendations
// (of a made-up first-cycle report), three ministries and the NHRI, one user per role (the
// focal point answers for the Ministry of Justice), and the services over it with a fixed
// clock. Passwords are the user name followed by "-password".
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "model/Recommendation.h"
#include "store/Store.h"
#include "store/TrackingStore.h"
#include "store/sqlite/SqliteTrackingStore.h"
#include "support/TestSupport.h"
#include "track/ActionService.h"
#include "track/AuditService.h"
#include "track/CalendarService.h"
#include "track/ClusterService.h"
#include "track/ImplementationService.h"
#include "track/IndicatorService.h"
#include "track/InstitutionService.h"
#include "track/ReportService.h"
#include "track/UserService.h"

namespace rightstrack::track {

#define ASSERT_OK(expression)                                                   \
    do {                                                                        \
        auto _ok = (expression);                                                \
        ASSERT_TRUE(_ok.ok()) << #expression << ": " << _ok.error().describe(); \
    } while (0)

// The value of a Result, failing the test (and giving T{}) on an error.
template <typename T>
T value_of(core::Result<T> result) {
    EXPECT_TRUE(result.ok()) << result.error().describe();
    return result.ok() ? result.release_value() : T{};
}

template <typename T>
core::Status as_status(core::Result<T> result) {
    if (!result.ok())
        return result.release_error();
    return {};
}

inline model::Recommendation sample_recommendation(const std::string& paragraph,
                                                   const std::string& text) {
    model::Recommendation r;
    r.document = "A/HRC/15/2";
    r.paragraph = paragraph;
    r.text = text;
    r.id = model::make_recommendation_id(r.document, paragraph, text, 0);
    r.recommending_states = {"NOR"};
    r.response = model::Response::Supported;
    r.response_source = r.document;
    r.provenance.importer = "test";
    return r;
}

class TrackTest : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = (dir_ / "track.db").string();
        auto recommendations = store::open_sqlite_store(path_);
        ASSERT_TRUE(recommendations.ok()) << recommendations.error().describe();
        model::ImportBatch batch;
        model::Document document;
        document.symbol = "A/HRC/15/2";
        document.state = "KGZ";
        document.session = 8;
        document.cycle = 1;
        document.language = "en";
        batch.documents = {document};
        batch.recommendations = {
            sample_recommendation("76.1", "Ratify the Optional Protocol to the Convention"),
            sample_recommendation("76.2", "Investigate all allegations of ill-treatment"),
            sample_recommendation("76.3", "Guarantee access to primary education for all")};
        for (const auto& r : batch.recommendations) recommendation_ids_.push_back(r.id);
        ASSERT_OK((*recommendations)->write(batch, store::Commit::Yes, nullptr));

        auto opened = store::sqlite::SqliteTrackingStore::open(path_);
        ASSERT_TRUE(opened.ok()) << opened.error().describe();
        store_ = opened.release_value();
        seed();
    }

    Context context() {
        return Context{*store_, [] { return std::string("2026-03-01T09:00:00Z"); },
                       (dir_ / "evidence").string()};
    }
    InstitutionService institutions() { return InstitutionService(context()); }
    UserService users() { return UserService(context()); }
    ClusterService clusters() { return ClusterService(context()); }
    ActionService actions() { return ActionService(context()); }
    AuditService audit() { return AuditService(context()); }
    ReportService reports() { return ReportService(context()); }
    ImplementationService implementation() { return ImplementationService(context()); }
    IndicatorService indicators() { return IndicatorService(context()); }
    CalendarService calendar() { return CalendarService(context()); }

    // An indicator of `action` in percent, disaggregated by sex, defined by the coordinator.
    model::Indicator make_indicator(int64_t action) {
        model::Indicator indicator;
        indicator.action = action;
        indicator.name = "Share of judges trained";
        indicator.unit = "percent";
        indicator.baseline = 12;
        indicator.target = 80;
        indicator.disaggregation = {model::Dimension::Sex};
        return value_of(indicators().define("coordinator", indicator));
    }

    // A report on `action` by the coordinator, brought to `status` by legal steps.
    model::ProgressReport report_in(int64_t action, model::ReportStatus status) {
        using model::ReportStatus;
        auto report = value_of(
            reports().create("coordinator", action, "2026-01-01", "2026-03-31", "Drafting began."));
        if (status != ReportStatus::Draft)
            report = value_of(reports().submit("coordinator", report.id));
        if (status == ReportStatus::Returned)
            report = value_of(reports().send_back("coordinator", report.id, "Add figures."));
        if (status == ReportStatus::Approved || status == ReportStatus::Published)
            report = value_of(reports().approve("coordinator", report.id));
        if (status == ReportStatus::Published)
            report = value_of(reports().publish("coordinator", report.id));
        EXPECT_EQ(report.status, status);
        return report;
    }

    void seed() {
        ASSERT_OK(users().init_admin("admin", "admin-password"));
        for (auto [code, name, kind] :
             {std::tuple{"MOJ", "Ministry of Justice", model::InstitutionKind::Ministry},
              std::tuple{"MOH", "Ministry of Health", model::InstitutionKind::Ministry},
              std::tuple{"MOE", "Ministry of Education and Science",
                         model::InstitutionKind::Ministry},
              std::tuple{"OMBUDSMAN", "Akyikatchy (Ombudsman)", model::InstitutionKind::Nhri}})
            ASSERT_OK(institutions().create("admin", {0, code, name, kind}));
        add_user("coordinator", model::Role::Coordinator, {});
        add_user("focal", model::Role::FocalPoint, {"MOJ"});
        add_user("contributor", model::Role::Contributor, {"OMBUDSMAN"});
        add_user("viewer", model::Role::Viewer, {});
    }

    void add_user(const std::string& name, model::Role role,
                  std::vector<std::string> institution_codes) {
        model::User user;
        user.name = name;
        user.role = role;
        user.institutions = std::move(institution_codes);
        ASSERT_OK(users().create("admin", user, name + "-password"));
    }

    // An action led by `lead`, created by the coordinator.
    model::Action make_action(const std::string& lead, const std::string& title = "Draft a law") {
        model::Action action;
        action.title = title;
        action.lead_institution = lead;
        action.start_date = "2026-01-01";
        action.due_date = "2026-12-31";
        action.recommendations = {recommendation_ids_[0]};
        return value_of(actions().create("coordinator", action));
    }

    int64_t audit_entries() {
        int64_t count = 0;
        EXPECT_TRUE(store_
                        ->scan_audit([&](const model::AuditEntry&) {
                            ++count;
                            return core::Status();
                        })
                        .ok());
        return count;
    }

    testing::TempDir dir_;
    std::string path_;
    std::unique_ptr<store::sqlite::SqliteTrackingStore> store_;
    std::vector<std::string> recommendation_ids_;
};

}  // namespace rightstrack::track
