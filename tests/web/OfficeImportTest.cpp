// The back office's import over a real socket: a coordinator uploads a small UPR Info CSV of our
// own and finds its recommendations searchable; a dry run stores nothing; a corrupt file beside
// a good one names its file and line and changes nothing, while the good one is imported; a
// viewer is refused (403) and a visitor sent to sign in; an upload without the form's token is
// refused too.
#include <nlohmann/json.hpp>

#include "WebTestSupport.h"
#include "model/Taxonomy.h"
#include "track/UserService.h"

namespace rightstrack::web {
namespace {

constexpr const char* kPassword = "correct horse battery staple";

// UPR Info's columns, with recommendations of our own to Kazakhstan.
constexpr const char* kGoodCsv =
    "id,session,cycle,state_under_review,recommending_state,response,action_category,issues,"
    "text\n"
    "1,20,2,Kazakhstan,Norway,Accepted,5,Justice,Guarantee the independence of the bar "
    "association (Norway);\n"
    "2,20,2,Kazakhstan,France,Noted,4,,Decriminalise defamation and insult of officials "
    "(France);\n"
    "3,20,2,Kazakhstan,Chile,Accepted,3,Justice,Train prison staff in the Mandela Rules "
    "(Chile);\n";

// The second row's response is no response UPR Info gives: the whole file is refused.
constexpr const char* kCorruptCsv =
    "id,session,cycle,state_under_review,recommending_state,response,action_category,issues,"
    "text\n"
    "1,22,2,Tajikistan,Norway,Accepted,5,,Register every place of detention (Norway);\n"
    "2,22,2,Tajikistan,France,Perhaps later,4,,Abolish exit visas (France);\n";

class OfficeImportTest : public WebTest {
protected:
    void SetUp() override {
        WebTest::SetUp();
        model::Taxonomy issues;
        issues.code = std::string(model::kIssues);
        issues.name = "Issues";
        issues.labels = {{"Justice", "", {}}};
        ASSERT_TRUE(store_->save_taxonomy(issues).ok());
        auto tracking = store::open_sqlite_tracking_store(database());
        ASSERT_TRUE(tracking.ok()) << tracking.error().describe();
        track::UserService users(track::Context{**tracking, track::utc_now, ""});
        ASSERT_TRUE(users.init_admin("admin", kPassword).ok());
        for (auto [name, role] : {std::pair{"coordinator", model::Role::Coordinator},
                                  std::pair{"viewer", model::Role::Viewer}}) {
            auto made = users.create("admin", {0, name, role, {}}, kPassword);
            ASSERT_TRUE(made.ok()) << made.error().describe();
        }
    }
    WebOptions options() const {
        WebOptions web;
        web.database = database();
        return web;
    }
    static void log_in(Browser& browser, const std::string& name) {
        ASSERT_TRUE(browser.get("/login"));
        auto done = browser.post("/login", "csrf=" + browser.csrf() + "&name=" + name +
                                               "&password=" + url_encode(kPassword));
        ASSERT_TRUE(done && done->status == 303) << (done ? done->body : "no answer");
    }
    // Posts `files` (name, content) as the import form does, with `csrf` and the browser's
    // cookies.
    static httplib::Result upload(const Serving& serving, const Browser& browser,
                                  const std::vector<std::pair<std::string, std::string>>& files,
                                  const std::string& csrf, bool dry_run = false) {
        httplib::MultipartFormDataItems items{{"csrf", csrf, "", ""}};
        if (dry_run)
            items.push_back({"dry_run", "1", "", ""});
        for (const auto& [name, content] : files)
            items.push_back({"files", content, name, "text/csv"});
        std::string cookies;
        for (const char* name : {"rt_session", "rt_form"})
            if (auto value = browser.cookie(name))
                cookies += (cookies.empty() ? "" : "; ") + std::string(name) + "=" + *value;
        auto client = serving.client();
        return client.Post("/office/import", {{"Cookie", cookies}}, items);
    }
    static long total(Browser& browser, const std::string& query) {
        auto answer = browser.get("/api/v1/search?facets=0&" + query);
        return answer ? nlohmann::json::parse(answer->body)["total"].get<long>() : -1;
    }
};

TEST_F(OfficeImportTest, ACoordinatorImportsACsvAndItsRecommendationsAreSearchable) {
    Serving serving(*store_, *searcher_, quiet_log(), options());
    Browser browser(serving);
    log_in(browser, "coordinator");
    auto form = browser.get("/office/import");
    ASSERT_TRUE(form && form->status == 200);
    EXPECT_NE(form->body.find("enctype=\"multipart/form-data\""), std::string::npos);
    const std::string csrf = browser.csrf();
    auto dry = upload(serving, browser, {{"kazakhstan.csv", kGoodCsv}}, csrf, true);
    ASSERT_TRUE(dry && dry->status == 200) << (dry ? dry->body : "no answer");
    EXPECT_NE(dry->body.find("data-file=\"kazakhstan.csv\" data-status=\"dry_run\""),
              std::string::npos);
    EXPECT_EQ(total(browser, "state_under_review=KAZ"), 0) << "a dry run stored something";

    auto done = upload(serving, browser, {{"kazakhstan.csv", kGoodCsv}}, csrf);
    ASSERT_TRUE(done && done->status == 200) << (done ? done->body : "no answer");
    EXPECT_NE(done->body.find("data-file=\"kazakhstan.csv\" data-status=\"imported\""),
              std::string::npos)
        << done->body;
    EXPECT_NE(done->body.find("<td>upr-info-csv</td><td class=\"number\">3</td>"),
              std::string::npos)
        << done->body;
    EXPECT_EQ(total(browser, "state_under_review=KAZ"), 3);
    EXPECT_EQ(total(browser, "q=Mandela"), 1);
    // The same file again adds nothing and changes nothing.
    auto again = upload(serving, browser, {{"kazakhstan.csv", kGoodCsv}}, csrf);
    ASSERT_TRUE(again && again->status == 200);
    EXPECT_NE(again->body.find("<td class=\"number\">0</td><td class=\"number\">0</td>"
                               "<td class=\"number\">3</td>"),
              std::string::npos)
        << again->body;
}

TEST_F(OfficeImportTest, ACorruptFileNamesItsPlaceAndChangesNothingWhileTheGoodOneIsImported) {
    Serving serving(*store_, *searcher_, quiet_log(), options());
    Browser browser(serving);
    log_in(browser, "admin");
    ASSERT_TRUE(browser.get("/office/import"));
    auto done =
        upload(serving, browser, {{"tajikistan.csv", kCorruptCsv}, {"kazakhstan.csv", kGoodCsv}},
               browser.csrf());
    ASSERT_TRUE(done && done->status == 200) << (done ? done->body : "no answer");
    EXPECT_NE(done->body.find("data-file=\"tajikistan.csv\" data-status=\"failed\""),
              std::string::npos);
    EXPECT_NE(done->body.find("tajikistan.csv:3"), std::string::npos) << done->body;
    EXPECT_NE(done->body.find("Perhaps later"), std::string::npos) << done->body;
    EXPECT_NE(done->body.find("data-file=\"kazakhstan.csv\" data-status=\"imported\""),
              std::string::npos);
    EXPECT_EQ(total(browser, "state_under_review=TJK"), 0);
    EXPECT_EQ(total(browser, "q=detention"), 0);
    EXPECT_EQ(total(browser, "state_under_review=KAZ"), 3);
}

TEST_F(OfficeImportTest, AViewerIsRefusedAVisitorSentToSignInAndAFormWithoutItsTokenRefused) {
    Serving serving(*store_, *searcher_, quiet_log(), options());
    Browser visitor(serving);
    auto away = visitor.get("/office/import");
    ASSERT_TRUE(away);
    EXPECT_EQ(away->status, 303);
    EXPECT_EQ(away->get_header_value("Location"), "/login?next=/office/import");

    Browser viewer(serving);
    log_in(viewer, "viewer");
    auto page = viewer.get("/office/import");
    ASSERT_TRUE(page);
    EXPECT_EQ(page->status, 403);
    EXPECT_NE(page->body.find("Only coordinators and administrators"), std::string::npos);
    auto posted = upload(serving, viewer, {{"kazakhstan.csv", kGoodCsv}}, viewer.csrf());
    ASSERT_TRUE(posted);
    EXPECT_EQ(posted->status, 403);
    EXPECT_EQ(total(viewer, "state_under_review=KAZ"), 0);

    Browser coordinator(serving);
    log_in(coordinator, "coordinator");
    auto forged =
        upload(serving, coordinator, {{"kazakhstan.csv", kGoodCsv}}, std::string(64, 'a'));
    ASSERT_TRUE(forged);
    EXPECT_EQ(forged->status, 403);
    EXPECT_EQ(total(coordinator, "state_under_review=KAZ"), 0);
}

TEST_F(OfficeImportTest, OrdinaryFormsStayUnderOneMegabyteWhileUploadsMayBeLarger) {
    Serving serving(*store_, *searcher_, quiet_log(), options());
    Browser browser(serving);
    log_in(browser, "coordinator");
    ASSERT_TRUE(browser.get("/office/import"));
    const std::string csrf = browser.csrf();
    auto form = browser.post("/login", "csrf=" + csrf + "&name=" + std::string(2 << 20, 'x'));
    ASSERT_TRUE(form);
    EXPECT_EQ(form->status, 413);
    // Two megabytes of what is no known format: accepted as an upload, refused as a file.
    auto large = upload(serving, browser, {{"noise.txt", std::string(2 << 20, '#')}}, csrf);
    ASSERT_TRUE(large);
    EXPECT_EQ(large->status, 200);
    EXPECT_NE(large->body.find("data-file=\"noise.txt\" data-status=\"failed\""),
              std::string::npos);
}

}  // namespace
}  // namespace rightstrack::web
