// The back office over a real socket, signed in as each role: the deadlines dashboard of a focal
// point's institution, the refusals (a visitor sent to sign in, a viewer refused the office, a
// focal point refused another institution's action, a POST without its CSRF token, a focal point
// approving its own report), the coordinator's action form, the whole reporting round ending on
// the public /plans page, and the suggestion review queue. What the pages did is checked
// through the track services and the store, not only in the HTML.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "store/sqlite/SqliteTrackingStore.h"
#include "track/ActionService.h"
#include "track/CalendarService.h"
#include "track/Deadlines.h"
#include "track/InstitutionService.h"
#include "track/ReportService.h"
#include "track/UserService.h"
#include "web/Http.h"
#include "web/WebTestSupport.h"

namespace rightstrack::web {
namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

class OfficeTest : public WebTest {
protected:
    void SetUp() override {
        WebTest::SetUp();
        auto opened = store::sqlite::SqliteTrackingStore::open(database());
        ASSERT_TRUE(opened.ok()) << opened.error().describe();
        tracking_ = opened.release_value();
        ASSERT_TRUE(track::UserService(context()).init_admin("admin", "admin-password").ok());
        for (auto [code, name] :
             {std::pair{"MOJ", "Ministry of Justice"}, std::pair{"MOH", "Ministry of Health"}})
            ASSERT_TRUE(track::InstitutionService(context())
                            .create("admin", {0, code, name, model::InstitutionKind::Ministry})
                            .ok());
        add_user("coordinator", model::Role::Coordinator, {});
        add_user("focal", model::Role::FocalPoint, {"MOJ"});
        add_user("viewer", model::Role::Viewer, {});
        const std::string today = track::utc_now().substr(0, 10);
        justice_ = make_action("Train judges on the Istanbul Protocol", "MOJ",
                               track::add_days(today, 10).value());
        health_ = make_action("Equip prison hospitals", "MOH", track::add_days(today, 20).value());
    }

    track::Context context() { return track::Context{*tracking_, track::utc_now, ""}; }

    void add_user(const std::string& name, model::Role role, std::vector<std::string> codes) {
        model::User user{0, name, role, std::move(codes)};
        ASSERT_TRUE(track::UserService(context()).create("admin", user, name + "-password").ok());
    }

    int64_t make_action(const std::string& title, const std::string& lead, const std::string& due) {
        model::Action action;
        action.title = title;
        action.lead_institution = lead;
        action.start_date = "2026-01-01";
        action.due_date = due;
        auto made = track::ActionService(context()).create("coordinator", action);
        EXPECT_TRUE(made.ok()) << made.error().describe();
        return made.ok() ? made->id : 0;
    }

    model::Action action(int64_t id) {
        return track::ActionService(context()).get("coordinator", id).value();
    }

    static void sign_in(Browser& browser, const std::string& name) {
        browser.forget_cookies();
        ASSERT_TRUE(browser.get("/login"));
        auto signed_in = browser.post("/login", "csrf=" + browser.csrf() + "&name=" + name +
                                                    "&password=" + name + "-password");
        ASSERT_TRUE(signed_in);
        ASSERT_EQ(signed_in->status, 303) << signed_in->body;
    }

    // Posts `form` to `target` with the CSRF token of the page at `from`.
    static httplib::Result post_from(Browser& browser, const std::string& from,
                                     const std::string& target, const std::string& form) {
        auto page = browser.get(from);
        EXPECT_TRUE(page && page->status == 200) << from;
        return browser.post(target, "csrf=" + browser.csrf() + (form.empty() ? "" : "&" + form));
    }

    std::string path(int64_t id) const { return "/office/actions/" + std::to_string(id); }

    std::unique_ptr<store::sqlite::SqliteTrackingStore> tracking_;
    int64_t justice_ = 0;
    int64_t health_ = 0;
};

TEST_F(OfficeTest, AVisitorIsSentToSignInAndAViewerIsRefusedTheOffice) {
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    auto visitor = browser.get("/office/actions");
    ASSERT_TRUE(visitor);
    EXPECT_EQ(visitor->status, 303);
    EXPECT_EQ(visitor->get_header_value("Location"), "/login?next=/office/actions");
    sign_in(browser, "viewer");
    for (const std::string& target :
         {std::string("/office"), std::string("/office/actions"), path(justice_)}) {
        auto refused = browser.get(target);
        ASSERT_TRUE(refused);
        EXPECT_EQ(refused->status, 403) << target;
        EXPECT_TRUE(contains(refused->body, "The office is for the secretariat")) << target;
    }
}

TEST_F(OfficeTest, TheDashboardShowsTheFocalPointsInstitutionsDeadlinesOnly) {
    // A report every 30 days from 1 January: one is overdue by now. A review in five days.
    track::ActionChanges every_month;
    every_month.report_every_days = 30;
    ASSERT_TRUE(track::ActionService(context()).update("coordinator", justice_, every_month).ok());
    model::CalendarEvent review;
    review.date = track::add_days(track::utc_now().substr(0, 10), 5).value();
    review.title = "Universal Periodic Review of Kyrgyzstan";
    ASSERT_TRUE(track::CalendarService(context()).add("coordinator", review).ok());
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    sign_in(browser, "focal");
    auto dashboard = browser.get("/office");
    ASSERT_TRUE(dashboard);
    ASSERT_EQ(dashboard->status, 200);
    EXPECT_TRUE(contains(dashboard->body, "<h2 id=\"deadlines-0\">Institution MOJ</h2>"));
    EXPECT_TRUE(contains(dashboard->body, "Actions due within 30 days"));
    EXPECT_TRUE(contains(dashboard->body, "Train judges on the Istanbul Protocol"));
    EXPECT_FALSE(contains(dashboard->body, "Equip prison hospitals"));
    const auto overdue_reports = dashboard->body.find("<h3>Progress reports overdue</h3>");
    ASSERT_NE(overdue_reports, std::string::npos);
    EXPECT_NE(dashboard->body.find("report due 2026-01-31", overdue_reports), std::string::npos);
    EXPECT_TRUE(
        contains(dashboard->body, review.date + " — Universal Periodic Review of Kyrgyzstan"));
    sign_in(browser, "coordinator");
    dashboard = browser.get("/office?lang=ru");
    ASSERT_TRUE(dashboard);
    EXPECT_TRUE(contains(dashboard->body, "Все ведомства"));
    EXPECT_TRUE(contains(dashboard->body, "Equip prison hospitals"));
    EXPECT_TRUE(contains(dashboard->body, "Train judges on the Istanbul Protocol"));
}

TEST_F(OfficeTest, AFocalPointIsRefusedAnotherInstitutionsActionAndNothingChanges) {
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    sign_in(browser, "focal");
    auto list = browser.get("/office/actions");
    ASSERT_TRUE(list);
    EXPECT_TRUE(contains(list->body, "Train judges"));
    EXPECT_FALSE(contains(list->body, "Equip prison hospitals"));
    auto read = browser.get(path(health_));
    ASSERT_TRUE(read);
    EXPECT_EQ(read->status, 403);
    EXPECT_TRUE(
        contains(read->body, "Refused: you may not read this action. Nothing was changed."));
    auto status = post_from(browser, path(justice_), path(health_) + "/status", "status=completed");
    ASSERT_TRUE(status);
    EXPECT_EQ(status->status, 403);
    EXPECT_TRUE(contains(status->body, "you may not set this action&#39;s status"));
    EXPECT_EQ(action(health_).status, model::ActionStatus::Planned);
    // Its own action it may move on, but not publish: the secretariat publishes.
    auto own = post_from(browser, path(justice_), path(justice_) + "/status", "status=in_progress");
    ASSERT_TRUE(own);
    EXPECT_EQ(own->status, 303);
    EXPECT_EQ(action(justice_).status, model::ActionStatus::InProgress);
    auto publish = post_from(browser, path(justice_), path(justice_) + "/publish", "");
    ASSERT_TRUE(publish);
    EXPECT_EQ(publish->status, 403);
    EXPECT_FALSE(action(justice_).published);
}

TEST_F(OfficeTest, APostWithoutItsCsrfTokenIsRefusedAndNothingChanges) {
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    sign_in(browser, "coordinator");
    for (const std::string& target : {path(justice_) + "/status", path(justice_) + "/publish",
                                      std::string("/office/actions/new")}) {
        auto refused = browser.post(target, "status=completed&title=Forged&lead=MOJ");
        ASSERT_TRUE(refused);
        EXPECT_EQ(refused->status, 403) << target;
    }
    EXPECT_EQ(action(justice_).status, model::ActionStatus::Planned);
    EXPECT_FALSE(action(justice_).published);
    EXPECT_EQ(track::ActionService(context()).list("coordinator").value().size(), 2u);
}

TEST_F(OfficeTest, TheCoordinatorCreatesAndEditsAnActionAFocalPointCannotCreateOne) {
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    sign_in(browser, "coordinator");
    auto created = post_from(browser, "/office/actions/new", "/office/actions/new",
                             "title=Open+a+legal+aid+office&description=In+Osh&lead=MOJ"
                             "&supporting=MOH&start_date=2026-02-01&due_date=2027-01-31"
                             "&recommendations=&report_every=90");
    ASSERT_TRUE(created);
    ASSERT_EQ(created->status, 303) << created->body;
    const std::string location = created->get_header_value("Location");
    const int64_t id = std::stoll(location.substr(location.rfind('/') + 1));
    model::Action made = action(id);
    EXPECT_EQ(made.title, "Open a legal aid office");
    EXPECT_EQ(made.supporting_institutions, std::vector<std::string>{"MOH"});
    EXPECT_EQ(made.report_every_days, 90);
    auto edited = post_from(browser, location + "/edit", location + "/edit",
                            "title=Open+two+legal+aid+offices&description=In+Osh&lead=MOJ"
                            "&supporting=MOH&start_date=2026-02-01&due_date=2027-03-31"
                            "&recommendations=&report_every=90");
    ASSERT_TRUE(edited);
    EXPECT_EQ(edited->status, 303) << edited->body;
    EXPECT_EQ(action(id).title, "Open two legal aid offices");
    EXPECT_EQ(action(id).due_date, "2027-03-31");
    auto bad = post_from(browser, location + "/edit", location + "/edit",
                         "title=X&lead=MOJ&report_every=often");
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->status, 400);
    EXPECT_TRUE(contains(bad->body, "report_every"));
    EXPECT_EQ(action(id).title, "Open two legal aid offices");

    sign_in(browser, "focal");
    auto form = browser.get("/office/actions/new");
    ASSERT_TRUE(form);
    EXPECT_EQ(form->status, 403);
    EXPECT_TRUE(contains(form->body, "you may not create actions"));
}

TEST_F(OfficeTest, TheReportingRoundFromDraftToThePublicPlansPage) {
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    sign_in(browser, "focal");
    auto created = post_from(browser, path(justice_), path(justice_) + "/reports",
                             "period_start=2026-01-01&period_end=2026-03-31"
                             "&narrative=Forty+judges+trained.");
    ASSERT_TRUE(created);
    ASSERT_EQ(created->status, 303) << created->body;
    const std::string report = created->get_header_value("Location");
    const int64_t id = std::stoll(report.substr(report.rfind('/') + 1));
    auto submitted = post_from(browser, report, report + "/submit", "");
    ASSERT_TRUE(submitted);
    EXPECT_EQ(submitted->status, 303);
    // The focal point may not approve its own report.
    auto approved = post_from(browser, report, report + "/approve", "");
    ASSERT_TRUE(approved);
    EXPECT_EQ(approved->status, 403);
    EXPECT_TRUE(contains(approved->body, "you may not approve this report"));

    sign_in(browser, "coordinator");
    auto returned =
        post_from(browser, report, report + "/return", "comment=Say+how+many+were+women.");
    ASSERT_TRUE(returned);
    EXPECT_EQ(returned->status, 303);
    auto stored = track::ReportService(context()).get("coordinator", id).value();
    EXPECT_EQ(stored.status, model::ReportStatus::Returned);

    sign_in(browser, "focal");
    auto shown = browser.get(report);
    ASSERT_TRUE(shown);
    EXPECT_TRUE(contains(shown->body, "Say how many were women."));
    EXPECT_TRUE(contains(shown->body, "data-report-status=\"returned\""));
    ASSERT_EQ(post_from(browser, report, report + "/edit",
                        "narrative=Forty+judges+trained%2C+twenty-two+of+them+women.")
                  ->status,
              303);
    ASSERT_EQ(post_from(browser, report, report + "/submit", "")->status, 303);

    sign_in(browser, "coordinator");
    ASSERT_EQ(post_from(browser, report, report + "/approve", "")->status, 303);
    ASSERT_EQ(post_from(browser, report, report + "/publish", "")->status, 303);
    ASSERT_EQ(post_from(browser, path(justice_), path(justice_) + "/publish", "")->status, 303);
    stored = track::ReportService(context()).get("coordinator", id).value();
    EXPECT_EQ(stored.status, model::ReportStatus::Published);

    browser.forget_cookies();
    auto plans = browser.get("/plans");
    ASSERT_TRUE(plans);
    ASSERT_EQ(plans->status, 200);
    EXPECT_TRUE(contains(plans->body, "Train judges on the Istanbul Protocol"));
    EXPECT_TRUE(contains(plans->body, "Forty judges trained, twenty-two of them women."));
    EXPECT_FALSE(contains(plans->body, "Equip prison hospitals"));  // Not published.
    EXPECT_TRUE(contains(browser.get("/plans?lang=ky")->body, "Жарыяланган пландар"));
}

TEST_F(OfficeTest, TheSuggestionQueueIsTheSecretariatsAndReviewsInBulk) {
    auto hits = nlohmann::json::parse([&] {
        Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
        Browser browser(serving);
        return browser.get("/api/v1/search?q=torture")->body;
    }())["hits"];
    ASSERT_EQ(hits.size(), 2u);
    model::Taxonomy issues{
        "issues", "Issues", {{"Torture and other CID", "", {}}, {"Justice", "", {}}}};
    ASSERT_TRUE(store_->save_taxonomy(issues).ok());
    std::vector<model::LabelSuggestion> suggestions;
    for (const auto& hit : hits) {
        model::LabelSuggestion suggestion;
        suggestion.recommendation = hit["id"];
        suggestion.label = {"issues", "Torture and other CID"};
        suggestion.confidence = 0.83;
        suggestion.model = "issues-linear";
        suggestion.model_version = 1;
        suggestions.push_back(suggestion);
    }
    auto saved = store_->save_suggestions(suggestions);
    ASSERT_TRUE(saved.ok()) << saved.error().describe();
    auto pending = store_->suggestions({model::SuggestionState::Pending, "", 0}).value();
    ASSERT_EQ(pending.size(), 2u);

    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    sign_in(browser, "focal");
    auto refused = browser.get("/office/suggestions");
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 403);
    EXPECT_TRUE(contains(refused->body, "you may not review label suggestions"));

    sign_in(browser, "coordinator");
    auto queue = browser.get("/office/suggestions");
    ASSERT_TRUE(queue);
    ASSERT_EQ(queue->status, 200);
    EXPECT_TRUE(contains(queue->body, "Pending suggestions: 2"));
    EXPECT_TRUE(contains(queue->body, "83%"));
    auto none = browser.post("/office/suggestions", "csrf=" + browser.csrf() + "&decision=reject");
    ASSERT_TRUE(none);
    EXPECT_EQ(none->status, 400);
    const std::string ids =
        "&id=" + std::to_string(pending[0].id) + "&id=" + std::to_string(pending[1].id);
    auto rejected =
        post_from(browser, "/office/suggestions", "/office/suggestions", "decision=reject" + ids);
    ASSERT_TRUE(rejected);
    EXPECT_EQ(rejected->status, 303) << rejected->body;
    EXPECT_TRUE(store_->suggestions({model::SuggestionState::Pending, "", 0}).value().empty());
    EXPECT_EQ(store_->suggestions({model::SuggestionState::Rejected, "", 0}).value().size(), 2u);
    EXPECT_TRUE(
        contains(browser.get("/office/suggestions")->body, "No suggestion is waiting for review."));
}

TEST_F(OfficeTest, TheAdministratorKeepsUsersAndInstitutionsUnderAnIntactAuditLog) {
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    sign_in(browser, "admin");
    auto dashboard = browser.get("/office");
    ASSERT_TRUE(dashboard);
    EXPECT_EQ(dashboard->status, 200);
    EXPECT_TRUE(contains(dashboard->body, "href=\"/office/audit\""));
    auto user = post_from(browser, "/office/users", "/office/users",
                          "name=monitor&role=viewer&institutions=&password=monitor-password");
    ASSERT_TRUE(user);
    EXPECT_EQ(user->status, 303) << user->body;
    auto institution = post_from(browser, "/office/institutions", "/office/institutions",
                                 "code=MOE&name=Ministry+of+Education&kind=ministry");
    ASSERT_TRUE(institution);
    EXPECT_EQ(institution->status, 303) << institution->body;
    auto users = track::UserService(context()).list("admin").value();
    EXPECT_TRUE(std::any_of(users.begin(), users.end(),
                            [](const model::User& u) { return u.name == "monitor"; }));
    EXPECT_TRUE(contains(browser.get("/office/institutions")->body, "Ministry of Education"));
    auto audit = browser.get("/office/audit");
    ASSERT_TRUE(audit);
    ASSERT_EQ(audit->status, 200);
    EXPECT_TRUE(contains(audit->body, "data-intact=\"true\""));
    EXPECT_TRUE(contains(audit->body, "institution:MOE"));
    auto one = browser.get("/office/audit?resource=institution%3AMOE");
    ASSERT_TRUE(one);
    EXPECT_TRUE(contains(one->body, "institution:MOE"));
    EXPECT_FALSE(contains(one->body, "institution:MOJ"));

    sign_in(browser, "focal");
    auto refused = browser.get("/office/audit");
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 403);
    EXPECT_TRUE(contains(refused->body, "you may not read the audit log"));
    auto forged = post_from(browser, "/office", "/office/users",
                            "name=intruder&role=administrator&password=intruder-password");
    ASSERT_TRUE(forged);
    EXPECT_EQ(forged->status, 403);
    users = track::UserService(context()).list("admin").value();
    EXPECT_FALSE(std::any_of(users.begin(), users.end(),
                             [](const model::User& u) { return u.name == "intruder"; }));
}

}  // namespace
}  // namespace rightstrack::web
