// The JSON API beyond search over a real socket, for every endpoint and role: public records,
// suggestions and tracking as an anonymous client, a viewer, a focal point, a coordinator and
// the administrator; bad input (unknown ids, bad limits, malformed bodies, missing CSRF tokens).
// Every answer is checked against the schema the OpenAPI document gives for its path and
// status, and the document's paths against the routes the server registers.
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <sstream>

#include "track/ActionService.h"
#include "track/CalendarService.h"
#include "track/Deadlines.h"
#include "track/InstitutionService.h"
#include "track/ReportService.h"
#include "track/UserService.h"
#include "web/OpenApiValidator.h"
#include "web/Routes.h"
#include "web/WebTestSupport.h"

namespace rightstrack::web {
namespace {

using nlohmann::json;

class JsonApiTest : public WebTest {
protected:
    void SetUp() override {
        WebTest::SetUp();
        auto tracking = store::open_sqlite_tracking_store(database());
        ASSERT_TRUE(tracking.ok()) << tracking.error().describe();
        track::Context context{**tracking, track::utc_now, ""};
        ASSERT_TRUE(track::UserService(context).init_admin("admin", password("admin")).ok());
        ASSERT_TRUE(track::InstitutionService(context)
                        .create("admin",
                                {0, "MOJ", "Ministry of Justice", model::InstitutionKind::Ministry})
                        .ok());
        ASSERT_TRUE(track::InstitutionService(context)
                        .create("admin", {0, "OMB", "Ombudsman", model::InstitutionKind::Nhri})
                        .ok());
        for (auto [name, role] : {std::pair{"coordinator", model::Role::Coordinator},
                                  std::pair{"focal", model::Role::FocalPoint},
                                  std::pair{"contributor", model::Role::Contributor},
                                  std::pair{"viewer", model::Role::Viewer}}) {
            model::User user;
            user.name = name;
            user.role = role;
            if (role == model::Role::FocalPoint)
                user.institutions = {"MOJ"};
            if (role == model::Role::Contributor)
                user.institutions = {"OMB"};
            auto created = track::UserService(context).create("admin", user, password(name));
            ASSERT_TRUE(created.ok()) << created.error().describe();
        }
        model::Action action;
        action.title = "Train investigators";
        action.lead_institution = "MOJ";
        action.start_date = "2026-01-01";
        action.due_date = "2026-12-31";
        auto created = track::ActionService(context).create("coordinator", action);
        ASSERT_TRUE(created.ok()) << created.error().describe();
        action_ = created->id;
        auto report = track::ReportService(context).create("focal", action_, "2026-01-01",
                                                           "2026-03-31", "Two courses held.");
        ASSERT_TRUE(report.ok()) << report.error().describe();
        report_ = report->id;
        serving_.emplace(*store_, *searcher_, quiet_log(), WebOptions{.database = database()});
        auto document = serving_->client().Get("/api/v1/openapi.json");
        ASSERT_TRUE(document && document->status == 200);
        validator_.emplace(json::parse(document->body));
    }

    static std::string password(const std::string& name) { return name + "-password-long"; }

    // A browser signed in as `name` (or anonymous when empty), its CSRF token read from a page.
    struct Client {
        std::unique_ptr<Browser> browser;
        std::string csrf;
    };
    Client client(const std::string& name) {
        Client out{std::make_unique<Browser>(*serving_), {}};
        if (!name.empty()) {
            out.browser->get("/login");
            auto login =
                out.browser->post("/login", "csrf=" + out.browser->csrf() + "&name=" + name +
                                                "&password=" + password(name));
            EXPECT_TRUE(login && login->status == 303) << name;
        }
        out.browser->get("/search");
        out.csrf = out.browser->csrf();
        if (out.csrf.empty())  // A visitor's pages may have no form: the form cookie's token.
            out.csrf = out.browser->cookie("rt_form").value_or("");
        return out;
    }

    // GET `target`, expecting `status`; the body is checked against the document's schema for
    // `path` (the template) and the answer's status.
    json get(Client& c, const std::string& path, const std::string& target, int status) {
        auto answer = c.browser->get(target);
        return checked("get", path, target, answer, status);
    }
    json post(Client& c, const std::string& path, const std::string& target,
              const std::string& body, int status, bool with_csrf = true) {
        httplib::Headers headers;
        if (with_csrf)
            headers.emplace("X-CSRF-Token", c.csrf);
        auto answer = c.browser->post_json(target, body, headers);
        return checked("post", path, target, answer, status);
    }
    json checked(const std::string& method, const std::string& path, const std::string& target,
                 const httplib::Result& answer, int status) {
        EXPECT_TRUE(answer) << target;
        if (!answer)
            return nullptr;
        EXPECT_EQ(answer->status, status) << method << " " << target << ": " << answer->body;
        EXPECT_TRUE(answer->get_header_value("Content-Type").starts_with("application/json"))
            << target;
        json body = json::parse(answer->body, nullptr, false);
        EXPECT_FALSE(body.is_discarded()) << target << ": " << answer->body;
        for (const auto& failure : validator_->check(method, path, answer->status, body))
            ADD_FAILURE() << method << " " << target << " " << answer->status << ": " << failure;
        checked_.insert(method + " " + path);
        return body;
    }

    std::optional<Serving> serving_;
    std::optional<OpenApiValidator> validator_;
    std::set<std::string> checked_;
    int64_t action_ = 0;
    int64_t report_ = 0;
};

std::string first_id(const json& search) {
    return search.at("hits").at(0).at("id");
}

TEST_F(JsonApiTest, PublicRecordsAnswerAnyoneInPagesWithTheirCounts) {
    Client anonymous = client("");
    const json search = get(anonymous, "/api/v1/search", "/api/v1/search?q=torture", 200);
    const std::string id = first_id(search);

    const json recommendation =
        get(anonymous, "/api/v1/recommendations/{id}", "/api/v1/recommendations/" + id, 200);
    EXPECT_EQ(recommendation.at("document").at("symbol"), "A/HRC/15/2");
    EXPECT_TRUE(recommendation.at("implementation").is_null());
    EXPECT_EQ(recommendation.at("assessments"), json::array());
    get(anonymous, "/api/v1/recommendations/{id}", "/api/v1/recommendations/NOSUCHID", 404);

    const json documents = get(anonymous, "/api/v1/documents", "/api/v1/documents", 200);
    EXPECT_EQ(documents.at("total"), 1);
    EXPECT_EQ(documents.at("items").at(0).at("recommendations"), 3);
    EXPECT_EQ(get(anonymous, "/api/v1/documents", "/api/v1/documents?state=KAZ", 200).at("total"),
              0);
    EXPECT_EQ(get(anonymous, "/api/v1/documents",
                  "/api/v1/documents?state=KGZ&cycle=1&mechanism=UPR", 200)
                  .at("total"),
              1);
    get(anonymous, "/api/v1/documents", "/api/v1/documents?limit=1001", 400);
    get(anonymous, "/api/v1/documents", "/api/v1/documents?limit=-1", 400);
    get(anonymous, "/api/v1/documents", "/api/v1/documents?cycle=first", 400);
    const json document =
        get(anonymous, "/api/v1/documents/{symbol}", "/api/v1/documents/A%2FHRC%2F15%2F2", 200);
    EXPECT_EQ(document.at("state"), "KGZ");
    get(anonymous, "/api/v1/documents/{symbol}", "/api/v1/documents/A%2FHRC%2F99%2F9", 404);

    const json states = get(anonymous, "/api/v1/states", "/api/v1/states?limit=1000", 200);
    EXPECT_GT(states.at("total").get<int>(), 190);
    EXPECT_EQ(states.at("items").size(), states.at("total").get<std::size_t>());
    EXPECT_EQ(get(anonymous, "/api/v1/states", "/api/v1/states", 200).at("items").size(), 50u);
    const json kyrgyzstan = get(anonymous, "/api/v1/states/{code}", "/api/v1/states/KGZ", 200);
    EXPECT_EQ(kyrgyzstan.at("recommendations_received"), 3);
    EXPECT_EQ(kyrgyzstan.at("by_response").at("supported"), 2);
    EXPECT_EQ(get(anonymous, "/api/v1/states/{code}", "/api/v1/states/FRA", 200)
                  .at("recommendations_made"),
              1);
    get(anonymous, "/api/v1/states/{code}", "/api/v1/states/QQQ", 404);

    const json taxonomies = get(anonymous, "/api/v1/taxonomies", "/api/v1/taxonomies", 200);
    EXPECT_GT(taxonomies.at("total").get<int>(), 0);
    const std::string code = taxonomies.at("items").at(0).at("code");
    EXPECT_EQ(
        get(anonymous, "/api/v1/taxonomies/{code}", "/api/v1/taxonomies/" + code, 200).at("code"),
        code);
    get(anonymous, "/api/v1/taxonomies/{code}", "/api/v1/taxonomies/nosuch", 404);
    get(anonymous, "/api/v1/openapi.json", "/api/v1/openapi.json", 200);
}

TEST_F(JsonApiTest, TrackingNeedsASessionAndAnswers401WithoutOne) {
    Client anonymous = client("");
    for (const char* path :
         {"/api/v1/suggestions", "/api/v1/actions", "/api/v1/clusters", "/api/v1/reports",
          "/api/v1/deadlines", "/api/v1/audit/verify", "/api/v1/institutions", "/api/v1/users"}) {
        const json error = get(anonymous, path, path, 401);
        EXPECT_EQ(error.at("error").at("code"), "unauthenticated") << path;
    }
    get(anonymous, "/api/v1/actions/{id}", "/api/v1/actions/" + std::to_string(action_), 401);
    get(anonymous, "/api/v1/recommendations/{id}/status", "/api/v1/recommendations/X/status", 401);
    // The form cookie's token passes the CSRF check; the missing session is still refused.
    post(anonymous, "/api/v1/actions", "/api/v1/actions", R"({"title":"x"})", 401);
    post(anonymous, "/api/v1/suggestions/review", "/api/v1/suggestions/review", R"({"accept":[1]})",
         401);
    get(anonymous, "/api/v1/clusters/{id}", "/api/v1/clusters/1", 401);
    get(anonymous, "/api/v1/actions/{id}/indicators",
        "/api/v1/actions/" + std::to_string(action_) + "/indicators", 401);
    get(anonymous, "/api/v1/recommendations/{id}/assessments",
        "/api/v1/recommendations/X/assessments", 401);
    for (const char* path : {"/api/v1/institutions", "/api/v1/users", "/api/v1/clusters"})
        post(anonymous, path, path, R"({"title":"x"})", 401);
    post(anonymous, "/api/v1/clusters/{id}/link", "/api/v1/clusters/1/link",
         R"({"recommendations":["x"]})", 401);
    post(anonymous, "/api/v1/clusters/{id}/unlink", "/api/v1/clusters/1/unlink",
         R"({"recommendations":["x"]})", 401);
    post(anonymous, "/api/v1/actions/{id}/indicators",
         "/api/v1/actions/" + std::to_string(action_) + "/indicators", R"({"name":"x"})", 401);
    post(anonymous, "/api/v1/indicators/{id}/measurements", "/api/v1/indicators/1/measurements",
         R"({"value":1})", 401);
    post(anonymous, "/api/v1/recommendations/{id}/assessments",
         "/api/v1/recommendations/X/assessments", R"({"status":"implemented"})", 401);
    const json refused =
        post(anonymous, "/api/v1/actions", "/api/v1/actions", R"({"title":"x"})", 403, false);
    EXPECT_EQ(refused.at("error").at("code"), "csrf");
}

TEST_F(JsonApiTest, EachRoleDoesWhatItsPoliciesAllowAndIsRefusedTheRest) {
    Client viewer = client("viewer");
    Client focal = client("focal");
    Client coordinator = client("coordinator");
    const std::string action = "/api/v1/actions/" + std::to_string(action_);
    const std::string report = "/api/v1/reports/" + std::to_string(report_);

    // The unpublished action: the secretariat's and its institution's, not the viewer's.
    EXPECT_EQ(get(viewer, "/api/v1/actions", "/api/v1/actions", 200).at("total"), 0);
    get(viewer, "/api/v1/actions/{id}", action, 403);
    EXPECT_EQ(get(focal, "/api/v1/actions/{id}", action, 200).at("title"), "Train investigators");
    EXPECT_EQ(get(coordinator, "/api/v1/actions", "/api/v1/actions", 200).at("total"), 1);
    get(coordinator, "/api/v1/actions/{id}", "/api/v1/actions/999", 404);
    get(coordinator, "/api/v1/actions/{id}", "/api/v1/actions/abc", 400);
    get(coordinator, "/api/v1/actions", "/api/v1/actions?limit=5000", 400);

    // Creating: the secretariat only; bad bodies are 400.
    const std::string body = R"({"title":"Open a helpline","lead_institution":"MOJ"})";
    post(viewer, "/api/v1/actions", "/api/v1/actions", body, 403);
    post(focal, "/api/v1/actions", "/api/v1/actions", body, 403);
    const json created = post(coordinator, "/api/v1/actions", "/api/v1/actions", body, 200);
    EXPECT_EQ(created.at("status"), "planned");
    post(coordinator, "/api/v1/actions", "/api/v1/actions", "{not json", 400);
    post(coordinator, "/api/v1/actions", "/api/v1/actions", R"({"title":5})", 400);
    post(coordinator, "/api/v1/actions", "/api/v1/actions", body, 403, false);

    // The status: the focal point of the leading institution may set it.
    post(viewer, "/api/v1/actions/{id}/status", action + "/status", R"({"status":"in_progress"})",
         403);
    EXPECT_EQ(post(focal, "/api/v1/actions/{id}/status", action + "/status",
                   R"({"status":"in_progress"})", 200)
                  .at("status"),
              "in_progress");
    post(focal, "/api/v1/actions/{id}/status", action + "/status", R"({"status":"done"})", 400);

    // The reporting round: the focal point submits, the coordinator returns it, it is submitted
    // again, approved and published; the focal point may not approve.
    EXPECT_EQ(get(focal, "/api/v1/reports", "/api/v1/reports", 200).at("total"), 1);
    EXPECT_EQ(get(viewer, "/api/v1/reports", "/api/v1/reports", 200).at("total"), 0);
    post(focal, "/api/v1/reports/{id}/submit", report + "/submit", "{}", 200);
    post(focal, "/api/v1/reports/{id}/approve", report + "/approve", "{}", 403);
    post(coordinator, "/api/v1/reports/{id}/return", report + "/return", "[]", 400);
    EXPECT_EQ(post(coordinator, "/api/v1/reports/{id}/return", report + "/return",
                   R"({"comment":"Add the number of participants."})", 200)
                  .at("status"),
              "returned");
    post(focal, "/api/v1/reports/{id}/submit", report + "/submit", "{}", 200);
    post(coordinator, "/api/v1/reports/{id}/approve", report + "/approve", "{}", 200);
    post(viewer, "/api/v1/reports/{id}/publish", report + "/publish", "{}", 403);
    EXPECT_EQ(post(coordinator, "/api/v1/reports/{id}/publish", report + "/publish", "{}", 200)
                  .at("status"),
              "published");
    post(coordinator, "/api/v1/reports/{id}/publish", "/api/v1/reports/999/publish", "{}", 404);

    EXPECT_EQ(get(viewer, "/api/v1/clusters", "/api/v1/clusters", 200).at("total"), 0);
    const std::string id = first_id(get(viewer, "/api/v1/search", "/api/v1/search?q=torture", 200));
    EXPECT_EQ(get(viewer, "/api/v1/recommendations/{id}/status",
                  "/api/v1/recommendations/" + id + "/status", 200)
                  .at("status"),
              "not_started");
    get(viewer, "/api/v1/recommendations/{id}/status", "/api/v1/recommendations/NOSUCH/status",
        404);
    const json deadlines = get(focal, "/api/v1/deadlines", "/api/v1/deadlines?days=3660", 200);
    EXPECT_EQ(deadlines.at("due").size() + deadlines.at("overdue").size(), 1u);
    get(focal, "/api/v1/deadlines", "/api/v1/deadlines?days=soon", 400);

    get(viewer, "/api/v1/audit/verify", "/api/v1/audit/verify", 403);
    get(focal, "/api/v1/audit/verify", "/api/v1/audit/verify", 403);
    const json audit = get(coordinator, "/api/v1/audit/verify", "/api/v1/audit/verify", 200);
    EXPECT_TRUE(audit.at("intact"));
    EXPECT_GT(audit.at("entries").get<int>(), 5);
}

TEST_F(JsonApiTest, SuggestionsAreReviewedByTheSecretariatAllOrNone) {
    Client viewer = client("viewer");
    Client coordinator = client("coordinator");
    get(viewer, "/api/v1/suggestions", "/api/v1/suggestions", 403);
    post(viewer, "/api/v1/suggestions/review", "/api/v1/suggestions/review", R"({"accept":[1]})",
         403);
    get(coordinator, "/api/v1/suggestions", "/api/v1/suggestions?state=maybe", 400);

    const std::string id = first_id(get(viewer, "/api/v1/search", "/api/v1/search?q=torture", 200));
    model::LabelSuggestion first;
    first.recommendation = id;
    first.label = {"action_categories", "4"};
    first.confidence = 0.8;
    first.model = "test";
    first.model_version = 1;
    model::LabelSuggestion second = first;
    second.label = {"action_categories", "5"};
    second.recommendation = first_id(
        get(viewer, "/api/v1/search", "/api/v1/search?q=%22freedom%20of%20expression%22", 200));
    ASSERT_TRUE(store_->save_suggestions({first, second}).ok());

    const json pending =
        get(coordinator, "/api/v1/suggestions", "/api/v1/suggestions?state=pending&limit=1", 200);
    EXPECT_EQ(pending.at("total"), 2);
    EXPECT_EQ(pending.at("items").size(), 1u);
    const int64_t a = pending.at("items").at(0).at("id");
    const int64_t b = get(coordinator, "/api/v1/suggestions", "/api/v1/suggestions?offset=1", 200)
                          .at("items")
                          .at(0)
                          .at("id");
    // One unknown id: nothing is reviewed.
    post(coordinator, "/api/v1/suggestions/review", "/api/v1/suggestions/review",
         R"({"accept":[)" + std::to_string(a) + R"(, 9999]})", 404);
    post(coordinator, "/api/v1/suggestions/review", "/api/v1/suggestions/review", "{}", 400);
    post(coordinator, "/api/v1/suggestions/review", "/api/v1/suggestions/review", "nonsense", 400);
    const json summary =
        post(coordinator, "/api/v1/suggestions/review", "/api/v1/suggestions/review",
             R"({"accept":[)" + std::to_string(a) + R"(],"correct":[{"id":)" + std::to_string(b) +
                 R"(,"label":"3"}]})",
             200);
    EXPECT_EQ(summary.at("accepted"), 1);
    EXPECT_EQ(summary.at("corrected"), 1);
    EXPECT_EQ(get(coordinator, "/api/v1/suggestions", "/api/v1/suggestions?state=pending", 200)
                  .at("total"),
              0);
}

TEST_F(JsonApiTest, InstitutionsAndUsersAreKeptByTheAdministratorAndTheSecretariat) {
    Client viewer = client("viewer");
    Client coordinator = client("coordinator");
    Client admin = client("admin");
    EXPECT_EQ(get(viewer, "/api/v1/institutions", "/api/v1/institutions", 200).at("total"), 2);
    const std::string ministry =
        R"({"code":"MOE","name":"Ministry of Education","kind":"ministry"})";
    post(viewer, "/api/v1/institutions", "/api/v1/institutions", ministry, 403);
    EXPECT_EQ(
        post(coordinator, "/api/v1/institutions", "/api/v1/institutions",
             R"({"code":"MOE","name":"Ministry of Education","kind":"school"})", 400)
            .at("error")
            .at("message"),
        "kind must be ministry, court, prosecution, police, nhri, cso or other, not 'school'");
    EXPECT_EQ(
        post(coordinator, "/api/v1/institutions", "/api/v1/institutions", ministry, 200).at("kind"),
        "ministry");
    post(admin, "/api/v1/institutions", "/api/v1/institutions", ministry, 409);
    EXPECT_EQ(
        get(viewer, "/api/v1/institutions", "/api/v1/institutions?limit=1", 200).at("items").size(),
        1u);

    get(viewer, "/api/v1/users", "/api/v1/users", 403);
    EXPECT_EQ(get(coordinator, "/api/v1/users", "/api/v1/users", 200).at("total"), 5);
    const std::string monitor = R"({"name":"monitor","role":"focal_point","institutions":["MOE"],)"
                                R"("password":"monitor-password-long"})";
    post(coordinator, "/api/v1/users", "/api/v1/users", monitor, 403);
    post(admin, "/api/v1/users", "/api/v1/users", R"({"name":"x","role":"king","password":"p"})",
         400);
    const json made = post(admin, "/api/v1/users", "/api/v1/users", monitor, 200);
    EXPECT_EQ(made.at("institutions"), json::array({"MOE"}));
    EXPECT_FALSE(made.contains("password"));
    EXPECT_EQ(get(admin, "/api/v1/users", "/api/v1/users", 200).at("total"), 6);
    post(admin, "/api/v1/users", "/api/v1/users", monitor, 409);
    post(admin, "/api/v1/users", "/api/v1/users", monitor, 403, false);
}

TEST_F(JsonApiTest, ClustersIndicatorsAndAssessmentsFollowTheirPolicies) {
    Client viewer = client("viewer");
    Client focal = client("focal");
    Client contributor = client("contributor");
    Client coordinator = client("coordinator");
    const std::string torture =
        first_id(get(viewer, "/api/v1/search", "/api/v1/search?q=torture", 200));
    const std::string press = first_id(
        get(viewer, "/api/v1/search", "/api/v1/search?q=%22freedom%20of%20expression%22", 200));

    // Clusters: the secretariat builds them, everyone reads them.
    const std::string cluster = R"({"title":"Torture","recommendations":[")" + torture + R"("]})";
    post(focal, "/api/v1/clusters", "/api/v1/clusters", cluster, 403);
    post(coordinator, "/api/v1/clusters", "/api/v1/clusters", R"({"description":"x"})", 400);
    post(coordinator, "/api/v1/clusters", "/api/v1/clusters",
         R"({"title":"T","recommendations":["NOSUCH"]})", 404);
    const json made = post(coordinator, "/api/v1/clusters", "/api/v1/clusters", cluster, 200);
    const std::string id = "/api/v1/clusters/" + std::to_string(made.at("id").get<int64_t>());
    EXPECT_EQ(get(viewer, "/api/v1/clusters/{id}", id, 200).at("title"), "Torture");
    get(viewer, "/api/v1/clusters/{id}", "/api/v1/clusters/999", 404);
    get(viewer, "/api/v1/clusters/{id}", "/api/v1/clusters/x", 400);
    const std::string both = R"({"recommendations":[")" + press + R"("]})";
    post(focal, "/api/v1/clusters/{id}/link", id + "/link", both, 403);
    EXPECT_EQ(post(coordinator, "/api/v1/clusters/{id}/link", id + "/link", both, 200)
                  .at("recommendations")
                  .size(),
              2u);
    post(coordinator, "/api/v1/clusters/{id}/link", id + "/link", R"({"recommendations":[]})", 400);
    post(focal, "/api/v1/clusters/{id}/unlink", id + "/unlink", both, 403);
    EXPECT_EQ(post(coordinator, "/api/v1/clusters/{id}/unlink", id + "/unlink", both, 200)
                  .at("recommendations"),
              json::array({torture}));
    EXPECT_EQ(get(viewer, "/api/v1/clusters", "/api/v1/clusters", 200).at("total"), 1);

    // Indicators: the secretariat defines, the action's focal point measures, the viewer may
    // not read the unpublished action's.
    const std::string indicators = "/api/v1/actions/" + std::to_string(action_) + "/indicators";
    const std::string indicator =
        R"({"name":"Investigators trained","unit":"persons","baseline":0,"target":60,)"
        R"("disaggregation":["sex"]})";
    post(focal, "/api/v1/actions/{id}/indicators", indicators, indicator, 403);
    post(coordinator, "/api/v1/actions/{id}/indicators", indicators,
         R"({"name":"x","unit":"persons","disaggregation":["colour"]})", 400);
    post(coordinator, "/api/v1/actions/{id}/indicators", indicators,
         R"({"name":"x","unit":"persons","target":"many"})", 400);
    const json defined =
        post(coordinator, "/api/v1/actions/{id}/indicators", indicators, indicator, 200);
    EXPECT_EQ(defined.at("target"), 60);
    const std::string measurements =
        "/api/v1/indicators/" + std::to_string(defined.at("id").get<int64_t>()) + "/measurements";
    const std::string reading =
        R"({"value":14,"unit":"persons","date":"2026-03-31","source":"Course register",)"
        R"("for":{"sex":"female"}})";
    post(viewer, "/api/v1/indicators/{id}/measurements", measurements, reading, 403);
    post(focal, "/api/v1/indicators/{id}/measurements", measurements,
         R"({"value":14,"unit":"percent","date":"2026-03-31","source":"Register"})", 400);
    post(focal, "/api/v1/indicators/{id}/measurements", "/api/v1/indicators/999/measurements",
         reading, 404);
    EXPECT_EQ(post(focal, "/api/v1/indicators/{id}/measurements", measurements, reading, 200)
                  .at("for")
                  .at("sex"),
              "female");
    get(viewer, "/api/v1/actions/{id}/indicators", indicators, 403);
    const json listed = get(focal, "/api/v1/actions/{id}/indicators", indicators, 200);
    EXPECT_EQ(listed.at("total"), 1);
    EXPECT_EQ(listed.at("items").at(0).at("measurements").at(0).at("value"), 14);

    // Assessments: contributors only write them; everyone reads them.
    const std::string assessments = "/api/v1/recommendations/" + torture + "/assessments";
    const std::string assessment =
        R"({"status":"partially_implemented","narrative":"Two cases investigated.",)"
        R"("evidence":"Ombudsman report 2026"})";
    post(coordinator, "/api/v1/recommendations/{id}/assessments", assessments, assessment, 403);
    post(contributor, "/api/v1/recommendations/{id}/assessments", assessments,
         R"({"status":"done"})", 400);
    post(contributor, "/api/v1/recommendations/{id}/assessments",
         "/api/v1/recommendations/NOSUCH/assessments", assessment, 404);
    EXPECT_EQ(
        post(contributor, "/api/v1/recommendations/{id}/assessments", assessments, assessment, 200)
            .at("institution"),
        "OMB");
    const json read = get(viewer, "/api/v1/recommendations/{id}/assessments", assessments, 200);
    EXPECT_EQ(read.at("total"), 1);
    // The assessor's user name only for the assessor's institution (and the administrator).
    EXPECT_EQ(read.at("items").at(0).at("assessor"), "");
    EXPECT_EQ(get(contributor, "/api/v1/recommendations/{id}/assessments", assessments, 200)
                  .at("items")
                  .at(0)
                  .at("assessor"),
              "contributor");
    // The public record carries them too, by institution, without the assessor's user name.
    Client anonymous = client("");
    const json record =
        get(anonymous, "/api/v1/recommendations/{id}", "/api/v1/recommendations/" + torture, 200);
    EXPECT_EQ(record.at("assessments").at(0).at("narrative"), "Two cases investigated.");
    EXPECT_FALSE(record.at("assessments").at(0).contains("assessor"));
}

// The UPR calendar's coming events come with the deadlines, as `track deadlines` lists them.
TEST_F(JsonApiTest, DeadlinesCarryTheCalendarsComingEvents) {
    auto tracking = store::open_sqlite_tracking_store(database());
    ASSERT_TRUE(tracking.ok());
    track::Context context{**tracking, track::utc_now, ""};
    model::CalendarEvent soon;
    soon.kind = model::EventKind::Review;
    soon.date = track::add_days(track::utc_now().substr(0, 10), 10).value();
    soon.title = "Review of Kyrgyzstan";
    soon.state = "KGZ";
    soon.cycle = 4;
    model::CalendarEvent later = soon;
    later.date = track::add_days(track::utc_now().substr(0, 10), 200).value();
    later.title = "Mid-term report";
    later.kind = model::EventKind::MidTermReport;
    ASSERT_TRUE(track::CalendarService(context).add("coordinator", soon).ok());
    ASSERT_TRUE(track::CalendarService(context).add("coordinator", later).ok());
    Client viewer = client("viewer");
    const json month = get(viewer, "/api/v1/deadlines", "/api/v1/deadlines", 200);
    ASSERT_EQ(month.at("events").size(), 1u);
    EXPECT_EQ(month.at("events").at(0).at("kind"), "review");
    EXPECT_EQ(month.at("events").at(0).at("cycle"), 4);
    EXPECT_EQ(
        get(viewer, "/api/v1/deadlines", "/api/v1/deadlines?days=365", 200).at("events").size(),
        2u);
}

// The document's paths are exactly the server's /api/v1 routes (the tests above check the
// answers of each against it).
TEST_F(JsonApiTest, TheDocumentDescribesExactlyTheRegisteredRoutes) {
    auto context = WebContext::make(*store_, *searcher_, {.database = database()});
    ASSERT_TRUE(context.ok()) << context.error().describe();
    std::set<std::string> registered;
    const std::regex group("\\(([^)]*)\\)");
    for (auto* area : {api_routes, auth_routes, portal_routes, record_api_routes, track_api_routes})
        for (const auto& route : area(**context)) {
            if (!route.pattern.starts_with("/api/v1/"))
                continue;
            // An alternative of words is one path each; any other group is a parameter.
            static const std::regex words("\\(([a-z]+(\\|[a-z]+)+)\\)");
            std::smatch match;
            std::vector<std::string> expanded{route.pattern};
            if (std::regex_search(route.pattern, match, words)) {
                expanded.clear();
                std::stringstream alternatives(match[1].str());
                for (std::string word; std::getline(alternatives, word, '|');)
                    expanded.push_back(match.prefix().str() + word + match.suffix().str());
            }
            for (auto& path : expanded)
                registered.insert(route.method + " " + std::regex_replace(path, group, "*"));
        }
    std::set<std::string> described;
    const std::regex parameter("\\{[a-z_]+\\}");
    for (const auto& [path, operations] : validator_->document().at("paths").items())
        for (const auto& [method, operation] : operations.items()) {
            std::string upper = method;
            for (char& c : upper) c = static_cast<char>(std::toupper(c));
            described.insert(upper + " " + std::regex_replace(path, parameter, "*"));
        }
    EXPECT_EQ(described, registered);
    EXPECT_EQ(registered.size(), 37u);
}

}  // namespace
}  // namespace rightstrack::web
