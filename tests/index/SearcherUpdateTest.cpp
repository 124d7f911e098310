// The index stays current with the store: a Searcher built once sees, at its next search, what
// was committed since, through the same Store object or another one on the same file (another
// process): new and changed recommendations in hits and facet counts, new taxonomies as filter
// fields, removed ones gone; a dry run changes nothing.
#include <gtest/gtest.h>

#include <algorithm>

#include "index/Searcher.h"
#include "store/StoreTestSupport.h"

namespace rightstrack::index {
namespace {

using model::Response;

model::Document review(const std::string& symbol, const std::string& state) {
    model::Document d;
    d.symbol = symbol;
    d.state = state;
    d.session = 35;
    d.cycle = 3;
    return d;
}

model::Recommendation item(const std::string& document, const std::string& paragraph,
                           const std::string& text, const std::string& state) {
    model::Recommendation r;
    r.document = document;
    r.paragraph = paragraph;
    r.text = text;
    r.recommending_states = {state};
    r.response = Response::Pending;
    r.provenance.importer = "test";
    r.id = model::make_recommendation_id(document, paragraph, text, 0);
    return r;
}

model::ImportBatch kyrgyz_review() {
    model::ImportBatch batch;
    batch.documents = {review("A/HRC/44/9", "KGZ")};
    batch.recommendations = {
        item("A/HRC/44/9", "114.1", "Investigate all allegations of torture", "FRA"),
        item("A/HRC/44/9", "114.2", "Abolish the death penalty", "ESP"),
        item("A/HRC/44/9", "114.3", "Protect journalists and their sources", "NOR")};
    return batch;
}

class SearcherUpdateTest : public ::testing::Test {
protected:
    void SetUp() override {
        store_ = store::open_store(dir_, "search.db");
        store::write(*store_, kyrgyz_review());
        auto built = Searcher::build(*store_);
        ASSERT_TRUE(built.ok()) << built.error().describe();
        searcher_.emplace(built.release_value());
    }

    SearchResult search(const std::string& query, std::vector<FacetSelection> filters = {}) {
        auto result = searcher_->search({query, std::move(filters), SortOrder::DocumentOrder, 50});
        EXPECT_TRUE(result.ok()) << query << ": " << result.error().describe();
        return result.ok() ? result.release_value() : SearchResult{};
    }

    std::vector<std::string> paragraphs(const std::string& query,
                                        std::vector<FacetSelection> filters = {}) {
        std::vector<std::string> out;
        for (const auto& hit : search(query, std::move(filters)).hits)
            out.push_back(hit.summary->document + " " + hit.summary->paragraph + " " +
                          hit.summary->response);
        return out;
    }

    // The counts of one facet over every recommendation.
    std::vector<ValueCount> facet(const std::string& name) {
        auto result = search("");
        auto found = std::find_if(result.facets.begin(), result.facets.end(),
                                  [&](const FacetCount& f) { return f.facet == name; });
        return found == result.facets.end() ? std::vector<ValueCount>{} : found->values;
    }

    std::unique_ptr<store::Store> open_second_store() {
        return store::open_store(dir_, "search.db");
    }

    testing::TempDir dir_;
    std::unique_ptr<store::Store> store_;
    std::optional<Searcher> searcher_;
};

using Lines = std::vector<std::string>;

TEST_F(SearcherUpdateTest, SeesWritesThroughItsStoreAndThroughAnotherOnTheSameFile) {
    EXPECT_EQ(paragraphs("torture"), (Lines{"A/HRC/44/9 114.1 pending"}));
    auto changed = kyrgyz_review();
    changed.recommendations[0].response = Response::Supported;
    changed.recommendations.push_back(
        item("A/HRC/44/9", "114.4", "Ratify the Convention against Torture", "DEU"));
    store::write(*store_, changed);

    auto other = open_second_store();
    model::ImportBatch uzbek;
    uzbek.documents = {review("A/HRC/44/10", "UZB")};
    uzbek.recommendations = {
        item("A/HRC/44/10", "110.1", "End torture in places of detention", "FRA")};
    uzbek.recommendations[0].labels = {{"priorities", "follow_up"}};
    store::write(*other, uzbek);

    EXPECT_EQ(paragraphs("torture"),
              (Lines{"A/HRC/44/10 110.1 pending", "A/HRC/44/9 114.1 supported",
                     "A/HRC/44/9 114.4 pending"}));
    EXPECT_EQ(search("").total, 5u);
    EXPECT_EQ(facet("state_under_review"), (std::vector<ValueCount>{{"KGZ", 4}, {"UZB", 1}}));
    EXPECT_EQ(facet("response"), (std::vector<ValueCount>{{"pending", 4}, {"supported", 1}}));
    EXPECT_EQ(facet("recommending_states"),
              (std::vector<ValueCount>{{"FRA", 2}, {"DEU", 1}, {"ESP", 1}, {"NOR", 1}}));
    // A taxonomy no recommendation had at build time is a facet and a filter field now.
    EXPECT_EQ(facet("priorities"), (std::vector<ValueCount>{{"follow_up", 1}}));
    EXPECT_EQ(paragraphs("priorities:follow_up"), (Lines{"A/HRC/44/10 110.1 pending"}));
    EXPECT_EQ(paragraphs("torture", {{"response", {"supported"}}}),
              (Lines{"A/HRC/44/9 114.1 supported"}));
}

TEST_F(SearcherUpdateTest, ADryRunChangesNothing) {
    auto changed = kyrgyz_review();
    changed.recommendations[1].text = "Abolish torture and the death penalty";
    ASSERT_TRUE(store_->write(changed, store::Commit::No, nullptr).ok());
    EXPECT_EQ(paragraphs("torture"), (Lines{"A/HRC/44/9 114.1 pending"}));
    EXPECT_EQ(search("").total, 3u);
}

TEST_F(SearcherUpdateTest, ARemovedRecommendationLeavesHitsAndFacetCounts) {
    // A matrix describing Uzbekistan's report, stored as recommendations of their own until the
    // report arrives and absorbs them.
    model::ImportBatch matrix;
    matrix.documents = {review("A/HRC/44/10", "UZB")};
    auto described = item("A/HRC/44/10", "110.1", "End torture (matrix)", "FRA");
    described.provenance.importer = "matrix";
    described.labels = {{"issues", "Torture and other CID treatment"}};
    matrix.recommendations = {described};
    store::write(*store_, matrix);
    EXPECT_EQ(paragraphs("matrix"), (Lines{"A/HRC/44/10 110.1 pending"}));
    EXPECT_EQ(facet("recommending_states"),
              (std::vector<ValueCount>{{"FRA", 2}, {"ESP", 1}, {"NOR", 1}}));

    model::ImportBatch report;
    report.documents = {review("A/HRC/44/10", "UZB")};
    report.documents[0].sha256 = std::string(64, 'e');
    report.recommendations = {
        item("A/HRC/44/10", "110.1", "End torture in places of detention", "ITA")};
    report.recommendations[0].recommending_states = {"ITA", "FRA"};
    store::write(*open_second_store(), report);

    EXPECT_EQ(paragraphs("matrix"), Lines{});
    EXPECT_EQ(paragraphs("torture"),
              (Lines{"A/HRC/44/10 110.1 pending", "A/HRC/44/9 114.1 pending"}));
    EXPECT_EQ(search("").total, 4u);
    EXPECT_EQ(facet("recommending_states"),
              (std::vector<ValueCount>{{"FRA", 2}, {"ESP", 1}, {"ITA", 1}, {"NOR", 1}}));
    // The label the matrix gave is the report's record's now.
    EXPECT_EQ(facet("issues"), (std::vector<ValueCount>{{"Torture and other CID treatment", 1}}));
}

}  // namespace
}  // namespace rightstrack::index
