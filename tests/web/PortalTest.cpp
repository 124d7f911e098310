// The public portal over a real socket: security headers on every kind of response, the search
// page's facet counts against the API's for the same search, escaping of hostile text, the
// recommendation page's provenance and its independent assessments (apart from the State's view),
// the language switch, compression, and the weight of the search page over UPR Info's whole
// export (when the shared data is present).
#include <gtest/gtest.h>

#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <tuple>

#include "support/TestSupport.h"
#include "track/ImplementationService.h"
#include "track/InstitutionService.h"
#include "track/UserService.h"
#include "web/WebTestSupport.h"

namespace rightstrack::web {
namespace {

using Counts = std::map<std::string, std::map<std::string, int>>;

// The counts the search page shows, facet by facet, from its data-facet and data-value marks.
Counts page_counts(const std::string& html) {
    Counts counts;
    static const std::regex section("<section data-facet=\"([a-z_]+)\">(.*?)</section>");
    static const std::regex value("data-value=\"([^\"]*)\"[^>]*>.*?<span class=\"count\">(\\d+)<");
    for (std::sregex_iterator s(html.begin(), html.end(), section), end; s != end; ++s) {
        const std::string body = (*s)[2];
        for (std::sregex_iterator v(body.begin(), body.end(), value); v != end; ++v)
            counts[(*s)[1]][(*v)[1]] = std::stoi((*v)[2]);
    }
    return counts;
}

Counts api_counts(const std::string& json) {
    Counts counts;
    const auto answer = nlohmann::json::parse(json);
    for (const auto& [facet, values] : answer.at("facets").items())
        for (const auto& [value, count] : values.items()) counts[facet][value] = count;
    return counts;
}

class PortalTest : public WebTest {};

TEST_F(PortalTest, EveryResponseCarriesTheSecurityHeaders) {
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    std::vector<httplib::Result> answers;
    for (const char* target :
         {"/search?q=torture", "/login", "/healthz", "/static/site.css", "/api/v1/search?q=torture",
          "/api/v1/nothing", "/nothing", "/recommendations/NOSUCHID"})
        answers.push_back(browser.get(target));
    answers.push_back(browser.post("/login", "name=x&password=y"));  // 403: no CSRF token.
    for (const auto& answer : answers) {
        ASSERT_TRUE(answer);
        EXPECT_EQ(answer->get_header_value("Content-Security-Policy"),
                  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                  "frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
        EXPECT_EQ(answer->get_header_value("X-Content-Type-Options"), "nosniff");
        EXPECT_EQ(answer->get_header_value("Referrer-Policy"), "same-origin");
        EXPECT_EQ(answer->body.find("<script"), std::string::npos);
        EXPECT_EQ(answer->body.find("style="), std::string::npos);
    }
    // The JSON API and static files keep no state: no cookie is set for them.
    for (std::size_t plain : {2, 3, 4})
        EXPECT_FALSE(answers[plain]->has_header("Set-Cookie")) << plain;
    EXPECT_TRUE(answers[0]->has_header("Set-Cookie"));  // A page: the visitor's form token.
    EXPECT_EQ(answers[6]->status, 404);
    EXPECT_NE(answers[6]->body.find("There is no such page."), std::string::npos);
}

TEST_F(PortalTest, AFacetFilterShowsTheCountsTheApiGivesForTheSameSearch) {
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    const std::string search = "q=torture&recommending_states=FRA";
    auto page = browser.get("/search?" + search);
    auto api = browser.get("/api/v1/search?" + search);
    ASSERT_TRUE(page && api);
    ASSERT_EQ(page->status, 200);
    const Counts shown = page_counts(page->body);
    const Counts expected = api_counts(api->body);
    EXPECT_EQ(shown, expected);
    // Disjunctive within the facet: the other recommending State still counts its hit.
    EXPECT_EQ(shown.at("recommending_states").at("FRA"), 1);
    EXPECT_EQ(shown.at("recommending_states").at("DEU"), 1);
    EXPECT_NE(page->body.find("<h2 id=\"results-heading\">Found: 1</h2>"), std::string::npos);
    // The chosen value's link removes the filter; another value's link adds its own.
    EXPECT_NE(page->body.find("data-value=\"FRA\" href=\"/search?q=torture\" class=\"on\""),
              std::string::npos);
    EXPECT_NE(page->body.find("data-value=\"DEU\" href=\"/search?q=torture&amp;"
                              "recommending_states=FRA&amp;recommending_states=DEU\""),
              std::string::npos);
    EXPECT_NE(page->body.find("<mark>torture</mark>"), std::string::npos);
}

TEST_F(PortalTest, HostileTextIsEscapedEverywhere) {
    using store::report_recommendation;
    store::write(*store_, store::kyrgyzstan_review({report_recommendation(
                              "76.4", "End <script>alert('torture')</script> & \"abuse\"", "FRA",
                              model::Response::Supported)}));
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    auto page = browser.get("/search?q=alert&sort=%3Cscript%3E");
    ASSERT_TRUE(page);
    EXPECT_EQ(page->status, 400);  // An unknown sort, named back escaped.
    EXPECT_EQ(page->body.find("<script"), std::string::npos);
    page = browser.get("/search?q=alert");
    ASSERT_TRUE(page);
    EXPECT_EQ(page->body.find("<script"), std::string::npos);
    EXPECT_NE(page->body.find("&lt;script&gt;<mark>alert</mark>(&#39;torture&#39;)&lt;/script&gt; "
                              "&amp; &quot;abuse&quot;"),
              std::string::npos)
        << page->body;
    auto id = nlohmann::json::parse(browser.get("/api/v1/search?q=alert")->body)
                  .at("hits")
                  .at(0)
                  .at("id")
                  .get<std::string>();
    auto detail = browser.get("/recommendations/" + id);
    ASSERT_TRUE(detail);
    EXPECT_EQ(detail->status, 200);
    EXPECT_EQ(detail->body.find("<script"), std::string::npos);
    EXPECT_NE(detail->body.find("&lt;script&gt;alert"), std::string::npos);
}

TEST_F(PortalTest, ARecommendationPageShowsItsProvenance) {
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    const std::string id = model::make_recommendation_id(
        "A/HRC/15/2", "76.3", "Guarantee freedom of expression and of the press", 0);
    auto page = browser.get("/recommendations/" + id);
    ASSERT_TRUE(page);
    ASSERT_EQ(page->status, 200);
    for (const char* part :
         {"<h1>A/HRC/15/2 ¶ 76.3</h1>", "Guarantee freedom of expression and of the press",
          "<dt>State under review</dt><dd>Kyrgyzstan</dd>",
          "<dt>Recommending States</dt><dd>Sweden</dd>", "<dt>Response</dt><dd>Noted</dd>",
          "<dt>Paragraph</dt><dd>76.3</dd>", "<dt>Date of the document</dt><dd>2010-06-16</dd>",
          "<dt>Cycle</dt><dd>1</dd>"})
        EXPECT_NE(page->body.find(part), std::string::npos) << part;
    EXPECT_EQ(browser.get("/recommendations/NOSUCHID")->status, 404);
    auto russian = browser.get("/recommendations/" + id + "?lang=ru");
    EXPECT_NE(russian->body.find("<dt>Государство под обзором</dt><dd>Кыргызстан</dd>"),
              std::string::npos)
        << russian->body;
}

// What the NHRI and civil society assess stands on the anonymous visitor's page under the
// State's view and apart from it, escaped, with the institution that assessed and not the
// assessor's user name; the public API carries the same.
TEST_F(PortalTest, IndependentAssessmentsStandApartFromTheStatesViewOnThePublicPage) {
    auto tracking = store::open_sqlite_tracking_store(database());
    ASSERT_TRUE(tracking.ok()) << tracking.error().describe();
    track::Context context{**tracking, track::utc_now, ""};
    ASSERT_TRUE(track::UserService(context).init_admin("admin", "admin-password").ok());
    ASSERT_TRUE(track::InstitutionService(context)
                    .create("admin", {0, "OMB", "Ombudsman", model::InstitutionKind::Nhri})
                    .ok());
    for (auto [name, role, institutions] :
         {std::tuple{"aigul.k", model::Role::Contributor, std::vector<std::string>{"OMB"}},
          std::tuple{"secretariat", model::Role::Coordinator, std::vector<std::string>{}}})
        ASSERT_TRUE(track::UserService(context)
                        .create("admin", {0, name, role, institutions}, "long-password")
                        .ok());
    const std::string id = model::make_recommendation_id(
        "A/HRC/15/2", "76.1", "Investigate all allegations of torture", 0);
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    auto before = browser.get("/recommendations/" + id);
    ASSERT_TRUE(before);
    ASSERT_EQ(before->status, 200);
    EXPECT_NE(before->body.find("<h2>Implementation</h2>"), std::string::npos);
    EXPECT_NE(before->body.find("The State has published no action on this recommendation yet."),
              std::string::npos);
    EXPECT_NE(before->body.find("No independent assessment yet."), std::string::npos);

    model::Assessment assessment;
    assessment.recommendation = id;
    assessment.status = model::ImplementationStatus::NotStarted;
    assessment.narrative = "No <script>alert('case')</script> reached a court";
    assessment.evidence = "Annual report & hearings";
    ASSERT_TRUE(track::ImplementationService(context).assess("aigul.k", assessment).ok());
    ASSERT_TRUE(track::ImplementationService(context)
                    .override_status("secretariat", id,
                                     model::ImplementationStatus::PartiallyImplemented,
                                     "Investigators hired")
                    .ok());
    auto page = browser.get("/recommendations/" + id);
    ASSERT_TRUE(page);
    ASSERT_EQ(page->status, 200);
    const std::string& html = page->body;
    const auto state_view = html.find(
        "<p data-state-view=\"partially_implemented\">The State&#39;s "
        "view: Partially implemented</p>");
    const auto independent = html.find("<h3>Independent assessments</h3>");
    const auto row = html.find(
        "<td>Ombudsman (OMB)</td><td data-status=\"not_started\">Not started</td><td>No "
        "&lt;script&gt;alert(&#39;case&#39;)&lt;/script&gt; reached a court</td><td>Annual report "
        "&amp; hearings</td>");
    ASSERT_NE(state_view, std::string::npos) << html;
    ASSERT_NE(independent, std::string::npos);
    ASSERT_NE(row, std::string::npos) << html;
    EXPECT_LT(state_view, independent);
    EXPECT_LT(independent, row);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("aigul"), std::string::npos);

    const auto answer = nlohmann::json::parse(browser.get("/api/v1/recommendations/" + id)->body);
    EXPECT_EQ(answer.at("implementation").at("status"), "partially_implemented");
    ASSERT_EQ(answer.at("assessments").size(), 1u);
    EXPECT_EQ(answer.at("assessments").at(0).at("institution"), "OMB");
    EXPECT_EQ(answer.at("assessments").at(0).at("institution_name"), "Ombudsman");
    EXPECT_EQ(answer.at("assessments").at(0).at("status"), "not_started");
    EXPECT_FALSE(answer.at("assessments").at(0).contains("assessor"));
}

TEST_F(PortalTest, SimilarRecommendationsAreOnePageFromTheRecommendationsLink) {
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    const std::string id = model::make_recommendation_id(
        "A/HRC/15/2", "76.1", "Investigate all allegations of torture", 0);
    auto detail = browser.get("/recommendations/" + id);
    ASSERT_TRUE(detail);
    const std::string link = "/search?similar=" + id;
    ASSERT_NE(detail->body.find("href=\"" + link + "\""), std::string::npos);
    auto similar = browser.get(link + "&page=2");
    ASSERT_TRUE(similar);
    ASSERT_EQ(similar->status, 200) << similar->body;
    EXPECT_NE(similar->body.find("A/HRC/15/2 ¶ 76.2"), std::string::npos);  // Also torture.
    EXPECT_NE(similar->body.find("<ol class=\"hits\" start=\"1\">"), std::string::npos);
    EXPECT_NE(similar->body.find("Remove filter: Similar to = " + id), std::string::npos);
    EXPECT_EQ(similar->body.find("name=\"similar\""), std::string::npos);  // Not in the form.
}

TEST_F(PortalTest, ATranslatedTextIsShownInTheVisitorsLanguageAboveTheOriginal) {
    auto recommendation = store::report_recommendation("76.5", "Abolish the death penalty", "FRA",
                                                       model::Response::Supported);
    recommendation.translations = {{"ru", "Отменить смертную казнь"}};
    store::write(*store_, store::kyrgyzstan_review({recommendation}));
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    auto russian = browser.get("/recommendations/" + recommendation.id + "?lang=ru");
    ASSERT_TRUE(russian);
    const auto translated =
        russian->body.find("<blockquote lang=\"ru\"><p>Отменить смертную казнь");
    const auto original =
        russian->body.find("<blockquote lang=\"en\"><p>Abolish the death penalty");
    ASSERT_NE(translated, std::string::npos) << russian->body;
    ASSERT_NE(original, std::string::npos);
    EXPECT_LT(translated, original);
    auto kyrgyz = browser.get("/recommendations/" + recommendation.id + "?lang=ky");
    EXPECT_EQ(kyrgyz->body.find("<blockquote lang=\"ru\">"), std::string::npos);
    EXPECT_NE(kyrgyz->body.find("<blockquote lang=\"en\"><p>Abolish"), std::string::npos);
}

TEST_F(PortalTest, TheLanguageComesFromTheSwitchThenItsCookieThenTheBrowser) {
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    auto english = browser.get("/search");
    EXPECT_NE(english->body.find("<html lang=\"en\">"), std::string::npos);

    auto russian = browser.get("/search?q=torture&lang=ru");
    ASSERT_TRUE(russian);
    EXPECT_NE(russian->body.find("<html lang=\"ru\">"), std::string::npos);
    EXPECT_NE(russian->body.find("<h1>Поиск рекомендаций</h1>"), std::string::npos);
    EXPECT_NE(russian->body.find("<h3>Государство под обзором</h3>"), std::string::npos);
    EXPECT_EQ(browser.cookie("rt_lang"), "ru");
    auto remembered = browser.get("/search");
    EXPECT_NE(remembered->body.find("<html lang=\"ru\">"), std::string::npos);

    browser.forget_cookies();
    auto kyrgyz = browser.get("/login", {{"Accept-Language", "fr;q=0.9, ky, ru;q=0.8"}});
    EXPECT_NE(kyrgyz->body.find("<html lang=\"ky\">"), std::string::npos);
    EXPECT_NE(kyrgyz->body.find("<h1>Кирүү</h1>"), std::string::npos);
    auto french = browser.get("/login", {{"Accept-Language", "fr"}});
    EXPECT_NE(french->body.find("<html lang=\"en\">"), std::string::npos);
}

TEST_F(PortalTest, PagesAndStylesAreCompressedForClientsThatAcceptIt) {
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    auto plain = browser.get("/static/site.css");
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->get_header_value("Content-Type"), "text/css; charset=utf-8");
    EXPECT_TRUE(plain->body.starts_with("/*"));
    auto gzipped = browser.get("/static/site.css", {{"Accept-Encoding", "gzip"}});
    ASSERT_TRUE(gzipped);
    EXPECT_EQ(gzipped->get_header_value("Content-Encoding"), "gzip");
    EXPECT_LT(gzipped->body.size(), plain->body.size() / 2);
    EXPECT_EQ(browser.get("/static/missing.css")->status, 404);
}

TEST_F(PortalTest, HitsComeInPagesOfTwenty) {
    std::vector<model::Recommendation> many;
    for (int i = 1; i <= 45; ++i)
        many.push_back(store::report_recommendation(
            "80." + std::to_string(i), "Prevent torture in place number " + std::to_string(i),
            "FRA", model::Response::Supported));
    store::write(*store_, store::kyrgyzstan_review(std::move(many)));
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    auto first = browser.get("/search?q=place&sort=document");
    ASSERT_TRUE(first);
    EXPECT_NE(first->body.find("Found: 45"), std::string::npos);
    EXPECT_NE(first->body.find("Page 1 of 3"), std::string::npos);
    EXPECT_NE(first->body.find("<a rel=\"next\" href=\"/search?q=place&amp;sort=document&amp;"
                               "page=2\">"),
              std::string::npos);
    EXPECT_EQ(first->body.find("rel=\"prev\""), std::string::npos);
    auto last = browser.get("/search?q=place&sort=document&page=3");
    ASSERT_TRUE(last);
    EXPECT_NE(last->body.find("<ol class=\"hits\" start=\"41\">"), std::string::npos);
    EXPECT_NE(last->body.find("A/HRC/15/2 ¶ 80.45"), std::string::npos);
    EXPECT_EQ(last->body.find("A/HRC/15/2 ¶ 80.40<"), std::string::npos);
    EXPECT_NE(last->body.find("rel=\"prev\""), std::string::npos);
    EXPECT_EQ(last->body.find("rel=\"next\""), std::string::npos);
    // The sort chosen stays chosen in the form.
    EXPECT_NE(last->body.find("<option value=\"document\" selected>"), std::string::npos);
}

// The search page over a real database (UPR Info's export, about 29,000 recommendations):
// the compressed weight of the page and its stylesheet must stay under 60 KB.
TEST(PortalWeight, TheSearchPageOfTheWholeExportWeighsUnder60KbCompressed) {
    const auto export_file = testing::shared_data("upr-info/recommendations_sessions_01-16.csv");
    RIGHTSTRACK_REQUIRE_DATA(export_file);
    testing::TempDir dir;
    const std::string database = (dir.path() / "upr.db").string();
    const auto imported =
        testing::run_rightstrack("import '" + export_file.string() + "' --db '" + database + "'");
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    auto store = store::open_store(dir, "upr.db");
    auto searcher = index::Searcher::build(*store);
    ASSERT_TRUE(searcher.ok());
    Serving serving(*store, *searcher, quiet_log(), {.database = database});
    Browser browser(serving);
    const auto css = browser.get("/static/site.css", {{"Accept-Encoding", "gzip"}});
    for (const char* target :
         {"/search", "/search?q=torture", "/search?q=women&expand=recommending_states"}) {
        auto page = browser.get(target, {{"Accept-Encoding", "gzip"}});
        ASSERT_TRUE(page);
        ASSERT_EQ(page->status, 200);
        EXPECT_EQ(page->get_header_value("Content-Encoding"), "gzip");
        const std::size_t weight = page->body.size() + css->body.size();
        std::cout << target << ": " << page->body.size() << " bytes gzip + stylesheet "
                  << css->body.size() << " = " << weight << " bytes\n";
        EXPECT_LE(weight, 60u * 1024);
    }
}

}  // namespace
}  // namespace rightstrack::web
