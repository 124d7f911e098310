// Search over a real SQLite store of recommendations written here: every query form, the
// analysis it goes through (stems, folding), facet filters with disjunctive counts, sorts, and
// malformed queries.
#include <gtest/gtest.h>

#include <algorithm>

#include "index/QueryErrors.h"
#include "index/Searcher.h"
#include "store/StoreTestSupport.h"

namespace rightstrack::index {
namespace {

using store::report_recommendation;

class SearcherTest : public ::testing::Test {
protected:
    void SetUp() override {
        store_ = store::open_store(dir_, "search.db");
        using model::Response;
        auto batch = store::kyrgyzstan_review({
            report_recommendation("76.1", "Investigate all allegations of torture",
                                  "FRA", Response::Supported),
            report_recommendation("76.2", "Ensure that tortured detainees receive redress",
                                  "DEU", Response::Supported),
            report_recommendation("76.3", "Guarantee freedom of expression and of the press",
                                  "SWE", Response::Noted),
            report_recommendation("76.4", "Protect the freedom of expression of journalists",
                                  "FRA", Response::Noted),
            report_recommendation("76.10", "Adopt a law against non-discrimination of women",
                                  "CHL", Response::Supported),
            report_recommendation("76.11", "Éducation pour tous les enfants",
                                  "FRA", Response::Pending),
        });
        batch.recommendations.back().language = "fr";
        store::write(*store_, batch);
        auto searcher = Searcher::build(*store_);
        ASSERT_TRUE(searcher.ok()) << searcher.error().describe();
        searcher_.emplace(searcher.release_value());
    }

    // The paragraphs of the hits, in the order given.
    std::vector<std::string> paragraphs(const std::string& query,
                                        std::vector<FacetSelection> filters = {},
                                        SortOrder sort = SortOrder::DocumentOrder) {
        SearchRequest request{query, std::move(filters), sort, 50};
        auto result = searcher_->search(request);
        EXPECT_TRUE(result.ok()) << query << ": " << result.error().describe();
        std::vector<std::string> out;
        if (result.ok())
            for (const auto& hit : result->hits) out.push_back(hit.summary->paragraph);
        return out;
    }

    testing::TempDir dir_;
    std::unique_ptr<store::Store> store_;
    std::optional<Searcher> searcher_;
};

using Paragraphs = std::vector<std::string>;

TEST_F(SearcherTest, WordsAreStemmedAndFolded) {
    EXPECT_EQ(paragraphs("torture"), (Paragraphs{"76.1", "76.2"}));  // "tortured" too.
    EXPECT_EQ(paragraphs("TORTURES"), (Paragraphs{"76.1", "76.2"}));
    EXPECT_EQ(paragraphs("education"), (Paragraphs{"76.11"}));  // "Éducation", in French.
    EXPECT_EQ(paragraphs(""), (Paragraphs{"76.1", "76.2", "76.3", "76.4", "76.10", "76.11"}));
}

TEST_F(SearcherTest, PhrasesBooleansPrefixesAndFilters) {
    EXPECT_EQ(paragraphs("\"freedom of expression\""), (Paragraphs{"76.3", "76.4"}));
    EXPECT_EQ(paragraphs("\"expression of freedom\""), Paragraphs{});
    EXPECT_EQ(paragraphs("non-discrimination"), (Paragraphs{"76.10"}));
    EXPECT_EQ(paragraphs("torture OR press"), (Paragraphs{"76.1", "76.2", "76.3"}));
    EXPECT_EQ(paragraphs("freedom AND NOT press"), (Paragraphs{"76.4"}));
    EXPECT_EQ(paragraphs("freedom -journalists"), (Paragraphs{"76.3"}));
    EXPECT_EQ(paragraphs("NOT freedom NOT torture"), (Paragraphs{"76.10", "76.11"}));
    EXPECT_EQ(paragraphs("tortur*"), (Paragraphs{"76.1", "76.2"}));
    EXPECT_EQ(paragraphs("torture*"), (Paragraphs{"76.1", "76.2"}));
    // A prefix of the word that is not one of its stem ("discrimin").
    EXPECT_EQ(paragraphs("discriminat*"), (Paragraphs{"76.10"}));
    EXPECT_EQ(paragraphs("educat*"), (Paragraphs{"76.11"}));
    EXPECT_EQ(paragraphs("(torture OR freedom) recommending_states:FRA"),
              (Paragraphs{"76.1", "76.4"}));
    EXPECT_EQ(paragraphs("response:noted"), (Paragraphs{"76.3", "76.4"}));
}

TEST_F(SearcherTest, FiltersAreDisjunctiveWithinAFacetAndCountsIgnoreTheirOwnFacet) {
    SearchRequest request{"freedom OR torture", {{"recommending_states", {"FRA", "SWE"}}},
                          SortOrder::Relevance, 10};
    auto result = searcher_->search(request);
    ASSERT_TRUE(result.ok()) << result.error().describe();
    EXPECT_EQ(result->total, 3u);  // 76.1 (FRA), 76.3 (SWE), 76.4 (FRA).
    auto facet = [&](const std::string& name) {
        return *std::find_if(result->facets.begin(), result->facets.end(),
                             [&](const FacetCount& f) { return f.facet == name; });
    };
    // The chosen facet counts every hit of the query, as if nothing were chosen in it.
    EXPECT_EQ(facet("recommending_states").values,
              (std::vector<ValueCount>{{"FRA", 2}, {"DEU", 1}, {"SWE", 1}}));
    EXPECT_EQ(facet("response").values,
              (std::vector<ValueCount>{{"noted", 2}, {"supported", 1}}));
    EXPECT_EQ(facet("rs_regional_group").values, (std::vector<ValueCount>{{"WEOG", 3}}));
    EXPECT_EQ(facet("state_under_review").values, (std::vector<ValueCount>{{"KGZ", 3}}));
}

TEST_F(SearcherTest, RanksByRelevanceAndSortsByDocumentOrder) {
    auto ranked = paragraphs("freedom OR press", {}, SortOrder::Relevance);
    ASSERT_EQ(ranked.size(), 2u);
    EXPECT_EQ(ranked.front(), "76.3");  // Has both words.
    // Document order is natural order of paragraphs: 76.4 before 76.10.
    EXPECT_EQ(paragraphs("women OR journalists"), (Paragraphs{"76.4", "76.10"}));
}

TEST_F(SearcherTest, MalformedQueriesAndUnknownFieldsAreErrorsWithTheirPlace) {
    auto unclosed = searcher_->search({"torture AND (women", {}, SortOrder::Relevance, 10});
    ASSERT_FALSE(unclosed.ok());
    EXPECT_EQ(error_column(unclosed.error()), 13u);
    auto field = searcher_->search({"stat:KGZ", {}, SortOrder::Relevance, 10});
    ASSERT_FALSE(field.ok());
    EXPECT_NE(field.error().describe().find("unknown field 'stat'"), std::string::npos);
    auto filter = searcher_->search({"torture", {{"nope", {"1"}}}, SortOrder::Relevance, 10});
    ASSERT_FALSE(filter.ok());
    EXPECT_NE(filter.error().describe().find("nope"), std::string::npos);
}

}  // namespace
}  // namespace rightstrack::index
