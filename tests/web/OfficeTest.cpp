// The back office over a real socket, signed in as each role: the deadlines dashboard of a focal
// point's institution, the refusals (a visitor sent to sign in, a viewer refused the office, a
// focal point refused another institution's action, a POST without its CSRF token, a focal point
// approving its own report), the coordinator's action form, the whole reporting round ending on
// the public /plans page, and the suggestion review queue; clusters, indicators with their
// measurements, evidence uploaded to a report, and the site menu of every page. What the pages did
// is checked through the track services and the store, not only in the HTML.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "store/sqlite/SqliteTrackingStore.h"
#include "track/ActionService.h"
#include "track/CalendarService.h"
#include "track/ClusterService.h"
#include "track/Deadlines.h"
#include "track/ImplementationService.h"
#include "track/IndicatorService.h"
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

    // The id at the end of a redirect's Location.
    static int64_t id_in(const httplib::Result& answer) {
        const std::string location = answer->get_header_value("Location");
        return std::stoll(location.substr(location.rfind('/') + 1));
    }

    // The ids of the store's recommendations, by the search API.
    std::vector<std::string> recommendation_ids(Browser& browser) {
        std::vector<std::string> ids;
        const auto answer = nlohmann::json::parse(browser.get("/api/v1/search?q=torture")->body);
        for (const auto& hit : answer["hits"]) ids.push_back(hit["id"]);
        return ids;
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
    auto school = post_from(browser, "/office/institutions", "/office/institutions",
                            "code=MOE&name=Ministry+of+Education&kind=school");
    ASSERT_TRUE(school);
    EXPECT_EQ(school->status, 400);
    EXPECT_TRUE(contains(school->body,
                         "no institution kind &#39;school&#39; (ministry, court, "
                         "prosecution, police, nhri, cso or other)"))
        << school->body;
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

TEST_F(OfficeTest, TheSecretariatBuildsAClusterAndLinksItToAnActionAFocalPointOnlyReadsIt) {
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    const auto ids = recommendation_ids(browser);
    ASSERT_EQ(ids.size(), 2u);
    sign_in(browser, "coordinator");
    auto created = post_from(browser, "/office/clusters", "/office/clusters",
                             "title=Torture&description=Both+reviews&recommendations=" + ids[0]);
    ASSERT_TRUE(created);
    ASSERT_EQ(created->status, 303) << created->body;
    const int64_t id = id_in(created);
    const std::string cluster = "/office/clusters/" + std::to_string(id);
    ASSERT_EQ(post_from(browser, cluster, cluster + "/add", "recommendations=" + ids[1])->status,
              303);
    auto unknown = post_from(browser, cluster, cluster + "/add", "recommendations=NOSUCH");
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->status, 404);
    auto stored = track::ClusterService(context()).get("coordinator", id).value();
    EXPECT_EQ(stored.recommendations.size(), 2u);
    ASSERT_EQ(post_from(browser, cluster, cluster + "/remove", "recommendation=" + ids[0])->status,
              303);
    stored = track::ClusterService(context()).get("coordinator", id).value();
    EXPECT_EQ(stored.recommendations, std::vector<std::string>{ids[1]});
    ASSERT_EQ(post_from(browser, cluster, cluster + "/link", "action=" + std::to_string(justice_))
                  ->status,
              303);
    EXPECT_EQ(action(justice_).clusters, std::vector<int64_t>{id});
    EXPECT_TRUE(contains(browser.get(path(justice_))->body,
                         "<li><a href=\"" + cluster + "\">Torture</a></li>"));
    auto shown = browser.get(cluster);
    ASSERT_TRUE(shown);
    EXPECT_TRUE(contains(shown->body, "Train judges on the Istanbul Protocol"));
    EXPECT_TRUE(contains(shown->body, "action=\"" + cluster + "/remove\""));
    EXPECT_TRUE(contains(browser.get("/office/clusters?lang=ky")->body, "Кластерлер"));

    sign_in(browser, "focal");
    auto list = browser.get("/office/clusters");
    ASSERT_TRUE(list);
    EXPECT_EQ(list->status, 200);
    EXPECT_TRUE(contains(list->body, "Torture"));
    EXPECT_FALSE(contains(list->body, "action=\"/office/clusters\""));  // No form to create.
    auto forged = post_from(browser, cluster, cluster + "/add", "recommendations=" + ids[0]);
    ASSERT_TRUE(forged);
    EXPECT_EQ(forged->status, 403);
    EXPECT_TRUE(contains(forged->body, "you may not change this cluster"));
    auto create = post_from(browser, "/office/clusters", "/office/clusters", "title=Mine");
    ASSERT_TRUE(create);
    EXPECT_EQ(create->status, 403);
    EXPECT_TRUE(contains(create->body, "you may not create clusters"));
    EXPECT_EQ(track::ClusterService(context()).list("coordinator").value().size(), 1u);
}

TEST_F(OfficeTest, AnIndicatorIsDefinedByTheSecretariatAndMeasuredByTheFocalPoint) {
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    sign_in(browser, "focal");
    auto refused = post_from(browser, path(justice_), path(justice_) + "/indicators",
                             "name=Judges+trained&unit=persons");
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 403);
    EXPECT_TRUE(contains(refused->body, "you may not define indicators of this action"));

    sign_in(browser, "coordinator");
    auto bad = post_from(browser, path(justice_), path(justice_) + "/indicators",
                         "name=Judges+trained&unit=persons&baseline=some");
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->status, 400);
    EXPECT_TRUE(contains(bad->body, "form field baseline"));
    auto defined = post_from(browser, path(justice_), path(justice_) + "/indicators",
                             "name=Judges+trained&unit=persons&baseline=0&target=120&by_sex=1");
    ASSERT_TRUE(defined);
    ASSERT_EQ(defined->status, 303) << defined->body;
    auto indicators = track::IndicatorService(context()).list("coordinator", justice_).value();
    ASSERT_EQ(indicators.size(), 1u);
    EXPECT_EQ(indicators[0].target, 120);
    EXPECT_EQ(indicators[0].disaggregation, std::vector{model::Dimension::Sex});
    const std::string measure =
        path(justice_) + "/indicators/" + std::to_string(indicators[0].id) + "/measurements";

    sign_in(browser, "focal");
    auto measured = post_from(browser, path(justice_), measure,
                              "value=22&date=2026-03-31&source=Training+register&for_sex=female");
    ASSERT_TRUE(measured);
    ASSERT_EQ(measured->status, 303) << measured->body;
    auto early =
        post_from(browser, path(justice_), measure, "value=1&date=2025-01-01&source=Register");
    ASSERT_TRUE(early);
    EXPECT_EQ(early->status, 400);
    auto elsewhere = post_from(
        browser, path(justice_),
        path(health_) + "/indicators/" + std::to_string(indicators[0].id) + "/measurements",
        "value=1&date=2026-03-31&source=Register");
    ASSERT_TRUE(elsewhere);
    EXPECT_EQ(elsewhere->status, 403);  // Not its institution's action: refused before reading.
    indicators = track::IndicatorService(context()).list("coordinator", justice_).value();
    ASSERT_EQ(indicators[0].measurements.size(), 1u);
    EXPECT_EQ(indicators[0].measurements[0].value, 22);
    EXPECT_EQ(indicators[0].measurements[0].breakdown.at(model::Dimension::Sex), "female");
    auto page = browser.get(path(justice_) + "?lang=ru");
    ASSERT_TRUE(page);
    EXPECT_TRUE(contains(page->body, "<td>Пол: female</td><td>Training register</td>"));
}

TEST_F(OfficeTest, EvidenceUploadedToADraftIsKeptUnderItsHashAndRefusedOnAnotherInstitutions) {
    auto own = track::ReportService(context())
                   .create("focal", justice_, "2026-01-01", "2026-03-31", "Judges trained.")
                   .value();
    auto other = track::ReportService(context())
                     .create("coordinator", health_, "2026-01-01", "2026-03-31", "Two wards.")
                     .value();
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    sign_in(browser, "focal");
    const std::string report = "/office/reports/" + std::to_string(own.id);
    ASSERT_TRUE(browser.get(report));
    const std::string csrf = browser.csrf();
    auto upload = [&](int64_t id, const std::string& name, const std::string& content) {
        httplib::MultipartFormDataItems items{{"csrf", csrf, "", ""},
                                              {"evidence", content, name, "text/plain"}};
        auto client = serving.client();
        return client.Post(("/office/reports/" + std::to_string(id) + "/evidence").c_str(),
                           {{"Cookie", "rt_session=" + browser.cookie("rt_session").value_or("")}},
                           items);
    };
    auto added = upload(own.id, "../attendance list.txt", "Forty judges signed in.\n");
    ASSERT_TRUE(added);
    ASSERT_EQ(added->status, 303) << added->body;
    auto stored = track::ReportService(context()).get("focal", own.id).value();
    ASSERT_EQ(stored.evidence.size(), 1u);
    EXPECT_EQ(stored.evidence[0].file_name, "attendance list.txt");
    EXPECT_EQ(stored.evidence[0].size, 24);
    EXPECT_TRUE(std::filesystem::exists(database() + ".evidence/" + stored.evidence[0].sha256));
    EXPECT_TRUE(contains(browser.get(report)->body, "attendance list.txt"));
    // Whoever may read the report downloads what it cites, and nothing else.
    const std::string file = report + "/evidence/" + stored.evidence[0].sha256;
    auto download = browser.get(file);
    ASSERT_TRUE(download);
    EXPECT_EQ(download->status, 200);
    EXPECT_EQ(download->body, "Forty judges signed in.\n");
    EXPECT_TRUE(contains(download->get_header_value("Content-Disposition"),
                         "filename=\"attendance list.txt\""));
    auto uncited = browser.get(report + "/evidence/" + std::string(64, 'a'));
    ASSERT_TRUE(uncited);
    EXPECT_EQ(uncited->status, 404);
    auto unreadable = browser.get("/office/reports/" + std::to_string(other.id) + "/evidence/" +
                                  stored.evidence[0].sha256);
    ASSERT_TRUE(unreadable);
    EXPECT_EQ(unreadable->status, 403);

    auto refused = upload(other.id, "minutes.txt", "Not ours.\n");
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 403);
    EXPECT_TRUE(contains(refused->body, "you may not attach evidence to this report"));
    EXPECT_TRUE(track::ReportService(context()).get("coordinator", other.id)->evidence.empty());
    // Without the form's token nothing is attached.
    httplib::MultipartFormDataItems no_token{{"evidence", "x", "x.txt", "text/plain"}};
    auto client = serving.client();
    auto without = client.Post(
        (report + "/evidence").c_str(),
        {{"Cookie", "rt_session=" + browser.cookie("rt_session").value_or("")}}, no_token);
    ASSERT_TRUE(without);
    EXPECT_EQ(without->status, 403);
    EXPECT_EQ(track::ReportService(context()).get("focal", own.id)->evidence.size(), 1u);
}

TEST_F(OfficeTest, EveryPageCarriesTheSiteMenuWithTheOfficeForASignedInUser) {
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    auto search = browser.get("/search");
    ASSERT_TRUE(search);
    EXPECT_TRUE(contains(search->body, "<nav aria-label=\"Main menu\"><ul class=\"menu\">"));
    EXPECT_TRUE(contains(search->body, "<a href=\"/search\" aria-current=\"page\">Search</a>"));
    EXPECT_TRUE(contains(search->body, "<a href=\"/states\">States</a>"));
    EXPECT_TRUE(contains(search->body, "<a href=\"/plans\">Plans</a>"));
    EXPECT_FALSE(contains(search->body, "href=\"/office\""));
    auto state = browser.get("/states/KGZ?lang=ru");
    ASSERT_TRUE(state);
    EXPECT_TRUE(contains(state->body, "<a href=\"/states\" aria-current=\"true\">Государства</a>"));
    sign_in(browser, "focal");
    auto office = browser.get(path(justice_));
    ASSERT_TRUE(office);
    EXPECT_TRUE(contains(office->body, "<a href=\"/office\" aria-current=\"true\">Office</a>"));
    EXPECT_TRUE(contains(browser.get("/plans?lang=ky")->body, "<a href=\"/office\">Кабинет</a>"));
}

// A contributor (the NHRI here) is admitted to the office for its assessments, which stand
// beside the State's view; the secretariat reads them but may not write one.
TEST_F(OfficeTest, AContributorAssessesARecommendationTheSecretariatOnlyReadsAssessments) {
    ASSERT_TRUE(track::InstitutionService(context())
                    .create("admin", {0, "OMB", "Ombudsman", model::InstitutionKind::Nhri})
                    .ok());
    add_user("ombudsman", model::Role::Contributor, {"OMB"});
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    const std::string id = recommendation_ids(browser).at(0);
    const std::string page = "/office/assessments?recommendation=" + id;
    sign_in(browser, "ombudsman");
    auto dashboard = browser.get("/office");
    ASSERT_TRUE(dashboard);
    EXPECT_EQ(dashboard->status, 200);
    auto assessed = post_from(browser, page, "/office/assessments",
                              "recommendation=" + id +
                                  "&status=not_started&narrative=No+case+reached+a+court."
                                  "&evidence=Annual+report+2026");
    ASSERT_TRUE(assessed);
    ASSERT_EQ(assessed->status, 303) << assessed->body;
    EXPECT_EQ(assessed->get_header_value("Location"), page);
    auto own = browser.get(page);
    ASSERT_TRUE(own);
    EXPECT_TRUE(contains(own->body, "<td>Ombudsman (OMB), ombudsman</td>")) << own->body;
    auto bad = post_from(browser, page, "/office/assessments",
                         "recommendation=" + id + "&status=finished&narrative=x");
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->status, 400);

    sign_in(browser, "coordinator");
    auto shown = browser.get(page + "&lang=ru");
    ASSERT_TRUE(shown);
    ASSERT_EQ(shown->status, 200);
    EXPECT_TRUE(contains(shown->body, "No case reached a court."));
    // The coordinator reads who assessed by the institution, not the assessor's user name.
    EXPECT_TRUE(contains(shown->body, "<td>Ombudsman (OMB)</td><td data-status=\"not_started\">"));
    EXPECT_FALSE(contains(shown->body, "method=\"post\" action=\"/office/assessments\""));
    auto refused = post_from(browser, page, "/office/assessments",
                             "recommendation=" + id + "&status=implemented&narrative=Done.");
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 403);
    // In the language the visitor chose last.
    EXPECT_TRUE(contains(refused->body, "вам нельзя оценивать эту рекомендацию"));
    auto stored = track::ImplementationService(context()).assessments("admin", id).value();
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].assessor, "ombudsman");
}

}  // namespace
}  // namespace rightstrack::web
