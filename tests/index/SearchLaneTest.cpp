// Searching from several threads at once, each with a lane of its own: the same answers as one
// search at a time, and a lane that follows the index's words after it caught up.
#include <gtest/gtest.h>

#include <thread>

#include "index/Searcher.h"
#include "store/StoreTestSupport.h"

namespace rightstrack::index {
namespace {

using model::Response;
using store::report_recommendation;

SearchRequest query(std::string text) {
    SearchRequest request;
    request.query = std::move(text);
    return request;
}

std::vector<std::string> ids(const SearchResult& result) {
    std::vector<std::string> out;
    for (const auto& hit : result.hits) out.push_back(hit.summary->id);
    return out;
}

class SearchLaneTest : public ::testing::Test {
protected:
    void SetUp() override {
        store_ = store::open_store(dir_, "lanes.db");
        store::write(*store_, store::kyrgyzstan_review({
                                  report_recommendation("76.1", "Investigate torture in prisons",
                                                        "FRA", Response::Supported),
                                  report_recommendation("76.2", "Ratify the Optional Protocol",
                                                        "DEU", Response::Supported),
                                  report_recommendation("76.3", "Protect journalists from torture",
                                                        "SWE", Response::Noted),
                              }));
        auto searcher = Searcher::build(*store_);
        ASSERT_TRUE(searcher.ok()) << searcher.error().describe();
        searcher_.emplace(searcher.release_value());
    }

    testing::TempDir dir_;
    std::unique_ptr<store::Store> store_;
    std::optional<Searcher> searcher_;
};

TEST_F(SearchLaneTest, ThreadsSearchingAtOnceGetWhatOneSearchAtATimeGets) {
    const std::vector<std::string> queries = {"torture", "tortur*", "\"optional protocol\"",
                                              "torture NOT journalists", ""};
    std::vector<std::vector<std::string>> expected;
    for (const auto& text : queries) {
        auto result = searcher_->search(query(text));
        ASSERT_TRUE(result.ok()) << text;
        expected.push_back(ids(*result));
    }
    const Searcher& shared = *searcher_;
    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            SearchLane lane;
            for (int round = 0; round < 200; ++round)
                for (std::size_t q = 0; q < queries.size(); ++q) {
                    auto result = shared.search(query(queries[q]), lane);
                    if (!result.ok() || ids(*result) != expected[q])
                        ++mismatches[t];
                }
        });
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

TEST_F(SearchLaneTest, ALaneKnowsTheWordsTheIndexLearnedWhenItCaughtUp) {
    SearchLane lane;
    auto before = std::as_const(*searcher_).search(query("ombuds*"), lane);
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before->total, 0u);
    store::write(*store_,
                 store::kyrgyzstan_review({report_recommendation(
                     "76.4", "Strengthen the Ombudsman's office", "NOR", Response::Supported)}));
    ASSERT_TRUE(searcher_->catch_up().ok());
    auto after = std::as_const(*searcher_).search(query("ombuds*"), lane);
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->total, 1u);
    EXPECT_EQ(after->hits.at(0).summary->paragraph, "76.4");
}

}  // namespace
}  // namespace rightstrack::index
