// The public State pages over a real socket: every count the page shows equals the JSON API's
// facet count for the same State, its charts are well-formed SVG with a title and description
// and no inline style, the list of States counts each, and the search and recommendation pages
// link to them.
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <regex>

#include "WebTestSupport.h"
#include "model/Taxonomy.h"

namespace rightstrack::web {
namespace {

using model::Response;
using store::report_recommendation;

class StatePageTest : public WebTest {
protected:
    void SetUp() override {
        WebTest::SetUp();
        model::Taxonomy issues;
        issues.code = std::string(model::kIssues);
        issues.name = "Issues";
        // One label translated, one not: the page names each in the visitor's language where
        // the taxonomy has it.
        issues.labels = {{"Torture and other CID treatment",
                          "",
                          {{"en", "Torture and other CID treatment"},
                           {"ru", "Пытки и другое жестокое обращение"}}},
                         {"Justice", "", {}}};
        ASSERT_TRUE(store_->save_taxonomy(issues).ok());
        // A second review of Kyrgyzstan (cycle 2) and one of Kazakhstan, which its page must not
        // count.
        model::ImportBatch second;
        model::Document report;
        report.symbol = "A/HRC/29/4";
        report.state = "KGZ";
        report.session = 21;
        report.cycle = 2;
        report.date = "2015-04-08";
        second.documents = {report};
        auto labelled = [](model::Recommendation r, const char* issue) {
            r.document = "A/HRC/29/4";
            r.labels = {{std::string(model::kIssues), issue}};
            r.id = model::make_recommendation_id(r.document, r.paragraph, r.text, 0);
            return r;
        };
        second.recommendations = {
            labelled(report_recommendation("117.1",
                                           "Criminalise torture in line with the "
                                           "Convention",
                                           "FRA", Response::Supported),
                     "Torture and other CID treatment"),
            labelled(report_recommendation("117.2",
                                           "Make the courts independent of the "
                                           "executive",
                                           "FRA", Response::Noted),
                     "Justice"),
            labelled(report_recommendation("117.3", "Investigate deaths in custody promptly", "NOR",
                                           Response::Supported),
                     "Torture and other CID treatment"),
        };
        store::write(*store_, second);
        model::ImportBatch other;
        model::Document kazakhstan = report;
        kazakhstan.symbol = "A/HRC/28/10";
        kazakhstan.state = "KAZ";
        other.documents = {kazakhstan};
        auto r =
            report_recommendation("120.1", "Free the detained journalists", "FRA", Response::Noted);
        r.document = kazakhstan.symbol;
        r.id = model::make_recommendation_id(r.document, r.paragraph, r.text, 0);
        other.recommendations = {r};
        store::write(*store_, other);
    }

    nlohmann::json api(Browser& browser, const std::string& query) {
        auto answer = browser.get("/api/v1/search?limit=0&facet_limit=0&" + query);
        EXPECT_TRUE(answer && answer->status == 200);
        return nlohmann::json::parse(answer ? answer->body : "{}");
    }
};

// Every counted cell of a page: (facet, value) -> count.
std::map<std::pair<std::string, std::string>, long> counted_cells(const std::string& html) {
    std::map<std::pair<std::string, std::string>, long> cells;
    static const std::regex cell(
        "data-facet=\"([a-z_]+)\" data-value=\"([^\"]*)\"><a href=\"[^\"]*\">([0-9]+)</a>");
    for (std::sregex_iterator it(html.begin(), html.end(), cell), end; it != end; ++it)
        cells[{(*it)[1].str(), (*it)[2].str()}] = std::stol((*it)[3].str());
    return cells;
}

std::vector<std::string> svgs_of(const std::string& html) {
    std::vector<std::string> out;
    for (auto at = html.find("<svg"); at != std::string::npos; at = html.find("<svg", at + 1))
        out.push_back(html.substr(at, html.find("</svg>", at) + 6 - at));
    return out;
}

TEST_F(StatePageTest, EveryCountOnTheStatePageEqualsTheApisFacetCount) {
    Serving serving(*store_, *searcher_, quiet_log());
    Browser browser(serving);
    auto page = browser.get("/states/KGZ");
    ASSERT_TRUE(page);
    ASSERT_EQ(page->status, 200) << page->body;
    const auto answer = api(browser, "state_under_review=KGZ");
    EXPECT_EQ(answer["total"], 6);
    EXPECT_NE(page->body.find("data-total=\"6\""), std::string::npos);
    const auto cells = counted_cells(page->body);
    // Responses, cycles, recommending States and issues are all on the page.
    for (const char* facet : {"response", "cycle", "recommending_states", "issues"}) {
        bool any = false;
        for (const auto& [key, count] : cells) any = any || key.first == facet;
        EXPECT_TRUE(any) << facet << " missing from the page";
    }
    for (const auto& [key, count] : cells) {
        const auto& facet = answer["facets"][key.first];
        const long expected = facet.contains(key.second) ? facet[key.second].get<long>() : 0;
        EXPECT_EQ(count, expected) << key.first << "=" << key.second;
    }
    EXPECT_EQ((cells.at({"recommending_states", "FRA"})), 3);
    EXPECT_EQ((cells.at({"issues", "Torture and other CID treatment"})), 2);
    // The stacked bars of cycle 2 say what the API says of cycle 2 alone.
    const auto cycle2 = api(browser, "state_under_review=KGZ&cycle=2");
    const std::string row = page->body.substr(page->body.find("<tr data-cycle=\"2\""));
    EXPECT_NE(row.find("A/HRC/29/4</a> <time datetime=\"2015-04-08\">"), std::string::npos);
    EXPECT_NE(row.find("<td>21</td>"), std::string::npos);  // The session.
    EXPECT_EQ(cycle2["facets"]["response"]["supported"], 2);
    EXPECT_NE(page->body.find("Cycle 2: Supported 2"), std::string::npos);
    EXPECT_NE(page->body.find("Cycle 2: Noted 1"), std::string::npos);
    // Kazakhstan's recommendation is not Kyrgyzstan's.
    EXPECT_EQ(page->body.find("A/HRC/28/10"), std::string::npos);
}

TEST_F(StatePageTest, ChartsAreWellFormedSvgWithATitleADescriptionAndNoInlineStyle) {
    Serving serving(*store_, *searcher_, quiet_log());
    Browser browser(serving);
    auto page = browser.get("/states/KGZ?lang=ru");
    ASSERT_TRUE(page && page->status == 200);
    EXPECT_NE(page->body.find("<h1>Кыргызстан</h1>"), std::string::npos);
    const auto svgs = svgs_of(page->body);
    ASSERT_EQ(svgs.size(), 3u);  // Cycles, recommending States, issues.
    for (const auto& svg : svgs) {
        pugi::xml_document document;
        const auto parsed = document.load_string(svg.c_str());
        ASSERT_TRUE(parsed) << parsed.description() << "\n" << svg;
        const auto root = document.child("svg");
        ASSERT_TRUE(root);
        EXPECT_STREQ(root.attribute("xmlns").value(), "http://www.w3.org/2000/svg");
        EXPECT_STREQ(root.attribute("role").value(), "img");
        EXPECT_FALSE(std::string(root.child_value("title")).empty());
        EXPECT_FALSE(std::string(root.child_value("desc")).empty());
        // aria-labelledby names the chart's own title and description.
        const std::string labelled = root.attribute("aria-labelledby").value();
        EXPECT_EQ(labelled, std::string(root.child("title").attribute("id").value()) + " " +
                                root.child("desc").attribute("id").value());
        for (const auto& node : document.select_nodes("//*")) {
            EXPECT_FALSE(node.node().attribute("style")) << node.node().name();
            EXPECT_STRNE(node.node().name(), "style");
            EXPECT_STRNE(node.node().name(), "script");
        }
        EXPECT_GT(document.select_nodes("//rect/title").size(), 0u);
    }
    EXPECT_EQ(page->body.find(" style="), std::string::npos);
    EXPECT_EQ(page->body.find("<script"), std::string::npos);
}

TEST_F(StatePageTest, TheListOfStatesCountsEachAndTheOtherPagesLinkToThem) {
    // With the database's file: the recommendation page reads its assessments from it.
    Serving serving(*store_, *searcher_, quiet_log(), {.database = database()});
    Browser browser(serving);
    auto list = browser.get("/states");
    ASSERT_TRUE(list && list->status == 200);
    const auto answer = api(browser, "");
    for (const char* state : {"KGZ", "KAZ"})
        EXPECT_NE(
            list->body.find(
                "data-state=\"" + std::string(state) + "\">" +
                std::to_string(answer["facets"]["state_under_review"][state].get<long>()) + "<"),
            std::string::npos)
            << state;
    EXPECT_NE(list->body.find("Asia-Pacific States"), std::string::npos);
    EXPECT_NE(list->body.find("href=\"/states/KGZ\""), std::string::npos);

    auto search = browser.get("/search");
    ASSERT_TRUE(search && search->status == 200);
    EXPECT_NE(search->body.find("class=\"state-page\" href=\"/states/KGZ\""), std::string::npos);
    auto id = nlohmann::json::parse(browser.get("/api/v1/search?q=custody")->body)["hits"][0]["id"]
                  .get<std::string>();
    auto recommendation = browser.get("/recommendations/" + id);
    ASSERT_TRUE(recommendation && recommendation->status == 200);
    EXPECT_NE(recommendation->body.find("href=\"/states/KGZ\""), std::string::npos);

    auto lower = browser.get("/states/kgz");
    ASSERT_TRUE(lower);
    EXPECT_EQ(lower->status, 200);
    auto unknown = browser.get("/states/XYZ");
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->status, 404);
}

TEST_F(StatePageTest, IssuesAreNamedInTheVisitorsLanguageWhereTheTaxonomyHasIt) {
    Serving serving(*store_, *searcher_, quiet_log());
    Browser browser(serving);
    auto russian = browser.get("/states/KGZ?lang=ru");
    ASSERT_TRUE(russian && russian->status == 200);
    EXPECT_NE(russian->body.find("<th scope=\"row\">Пытки и другое жестокое обращение</th>"),
              std::string::npos);
    EXPECT_NE(russian->body.find("<th scope=\"row\">Justice</th>"), std::string::npos);
    // The count still links to the search on the label's code.
    EXPECT_NE(russian->body.find("data-value=\"Torture and other CID treatment\""),
              std::string::npos);
    auto kyrgyz = browser.get("/states/KGZ?lang=ky");
    ASSERT_TRUE(kyrgyz && kyrgyz->status == 200);
    EXPECT_NE(kyrgyz->body.find("<th scope=\"row\">Torture and other CID treatment</th>"),
              std::string::npos);
}

}  // namespace
}  // namespace rightstrack::web
