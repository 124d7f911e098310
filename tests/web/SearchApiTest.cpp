// GET /api/v1/search's answers without a socket: the command line's JSON for the same search,
// and errors with stable codes, locations and no details of the server's insides.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report/SearchOutput.h"
#include "web/SearchApi.h"
#include "web/WebContext.h"
#include "web/WebTestSupport.h"

namespace rightstrack::web {
namespace {

class SearchApiTest : public WebTest {
protected:
    nlohmann::json ok(const QueryParameters& parameters) {
        ApiAnswer answer = search_api(*searcher_, lane_, parameters);
        EXPECT_EQ(answer.status, 200) << answer.body;
        return nlohmann::json::parse(answer.body);
    }
    nlohmann::json error(const QueryParameters& parameters, int status) {
        ApiAnswer answer = search_api(*searcher_, lane_, parameters);
        EXPECT_EQ(answer.status, status) << answer.body;
        return nlohmann::json::parse(answer.body).at("error");
    }
    index::SearchLane lane_;
};

TEST_F(SearchApiTest, AnswersWhatTheCommandLinePrintsForTheSameSearch) {
    index::SearchRequest request{"torture", {{"recommending_states", {"FRA", "DEU"}}},
                                 index::SortOrder::DocumentOrder, 1};
    const auto expected = nlohmann::json::parse(
        report::search_json(searcher_->search(request).value(), true));
    const auto answer = ok({{"q", "torture"},
                            {"recommending_states", "FRA"},
                            {"recommending_states", "DEU"},
                            {"sort", "document"},
                            {"limit", "1"}});
    EXPECT_EQ(answer, expected);
    EXPECT_EQ(answer.at("total"), 2);
    EXPECT_EQ(answer.at("hits").size(), 1u);
    EXPECT_EQ(answer.at("facets").at("state_under_review").at("KGZ"), 2);
}

TEST_F(SearchApiTest, PagesFollowEachOtherInTheSameOrder) {
    auto ids = [&](const QueryParameters& parameters) {
        const auto answer = ok(parameters);
        std::vector<std::string> out;
        for (const auto& hit : answer.at("hits")) out.push_back(hit.at("id"));
        return out;
    };
    const auto all = ids({{"sort", "document"}, {"limit", "3"}});
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(ids({{"sort", "document"}, {"limit", "2"}}),
              (std::vector<std::string>{all[0], all[1]}));
    EXPECT_EQ(ids({{"sort", "document"}, {"limit", "2"}, {"offset", "2"}}),
              std::vector<std::string>{all[2]});
    EXPECT_TRUE(ids({{"limit", "2"}, {"offset", "3"}}).empty());
    EXPECT_EQ(ok({{"offset", "3"}}).at("total"), 3);  // The total counts every page.
}

TEST_F(SearchApiTest, FiltersAloneAndFacetsLeftOut) {
    const auto answer = ok({{"response", "noted"}, {"facets", "0"}});
    EXPECT_EQ(answer.at("total"), 1);
    EXPECT_FALSE(answer.contains("facets"));
}

TEST_F(SearchApiTest, FacetLimitListsTheMostFrequentValues) {
    const auto all = ok({{"facet_limit", "0"}}).at("facets").at("recommending_states");
    ASSERT_GT(all.size(), 1u) << all;
    const auto one = ok({{"facet_limit", "1"}}).at("facets").at("recommending_states");
    ASSERT_EQ(one.size(), 1u) << one;
    int most = 0;
    for (const auto& [state, count] : all.items()) most = std::max(most, count.get<int>());
    EXPECT_EQ(all.at(one.begin().key()), most);  // The most frequent, counted alike.
    EXPECT_EQ(one.begin().value(), most);
    EXPECT_EQ(error({{"facet_limit", "many"}}, 400).at("where"), "facet_limit");
}

// As the server answers: the index caught up with the store first (WebContext), then the cache.
TEST_F(SearchApiTest, CachedAnswersAreTheSearchesOwnAndNeverStale) {
    auto context = WebContext::make(*store_, *searcher_, {.database = database()});
    ASSERT_TRUE(context.ok()) << context.error().message();
    auto answer = [&](const QueryParameters& parameters) {
        return cached_search_api(**context, parameters);
    };
    AnswerCache& cache = (*context)->answers;
    const QueryParameters torture = {{"q", "torture"}, {"response", "supported"}};
    const ApiAnswer first = answer(torture);
    EXPECT_EQ(first.body, search_api(*searcher_, lane_, torture).body);
    EXPECT_EQ(cache.size(), 1u);
    const QueryParameters reordered = {{"response", "supported"}, {"q", "torture"}};
    EXPECT_EQ(answer(reordered).body, first.body);
    EXPECT_EQ(cache.size(), 1u);  // Found, not searched and stored again.

    // A write committed after the answer was kept: the next answer counts it.
    store::write(*store_, store::kyrgyzstan_review({store::report_recommendation(
                              "76.4", "Prevent torture in places of detention", "NOR",
                              model::Response::Supported)}));
    const ApiAnswer after = answer(torture);
    EXPECT_EQ(nlohmann::json::parse(first.body).at("total"), 2);
    EXPECT_EQ(nlohmann::json::parse(after.body).at("total"), 3);

    // Errors are not kept.
    const QueryParameters malformed = {{"q", "torture AND ("}};
    EXPECT_EQ(answer(malformed).status, 400);
    EXPECT_EQ(cache.size(), 1u);
}

TEST_F(SearchApiTest, AMalformedQueryIsABadRequestThatSaysWhere) {
    const auto error = this->error({{"q", "torture AND (redress"}}, 400);
    EXPECT_EQ(error.at("code"), "invalid_input");
    EXPECT_EQ(error.at("column"), 13) << error;  // The parenthesis never closed.
    EXPECT_EQ(error.at("where"), "query:1:13");
}

TEST_F(SearchApiTest, BadParametersAreNamed) {
    EXPECT_EQ(error({{"q", "torture"}, {"limit", "lots"}}, 400).at("where"), "limit");
    EXPECT_EQ(error({{"q", "torture"}, {"limit", "5000"}}, 400).at("where"), "limit");
    EXPECT_EQ(error({{"sort", "random"}}, 400).at("where"), "sort");
    EXPECT_EQ(error({{"offset", "-1"}}, 400).at("where"), "offset");
    EXPECT_EQ(error({{"offset", "9500"}, {"limit", "1000"}}, 400).at("where"), "offset");
    EXPECT_EQ(error({{"response", ""}}, 400).at("where"), "response");
    EXPECT_NE(error({{"colour", "red"}}, 400).at("message").get<std::string>().find("colour"),
              std::string::npos);
    EXPECT_EQ(error({{"q", "x"}, {"similar", "y"}}, 400).at("where"), "similar");
    EXPECT_EQ(error({{"similar", "no-such-id"}}, 404).at("code"), "not_found");
}

TEST(ApiError, FailuresOfTheServerTellTheClientNothingMore) {
    const ApiAnswer answer = api_error(core::Error::storage("disk I/O error in /var/secret.db"));
    EXPECT_EQ(answer.status, 500);
    EXPECT_EQ(answer.body.find("secret"), std::string::npos);
    EXPECT_EQ(nlohmann::json::parse(answer.body).at("error").at("code"), "internal");
}

}  // namespace
}  // namespace rightstrack::web
