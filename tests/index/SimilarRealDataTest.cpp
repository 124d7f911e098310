// "More like this" on UPR Info's real export: a recommendation made to a State in the first
// cycle and repeated word for word in the second finds its repeat first, with a score of 1,
// among that State's second-cycle recommendations. The pairs are found in the data itself.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "index/Searcher.h"
#include "ingest/ImportFile.h"
#include "store/StoreTestSupport.h"

namespace rightstrack::index {
namespace {

std::filesystem::path real_export() {
    return rightstrack::testing::shared_data("upr-info/recommendations_sessions_01-16.csv");
}

// Recommendations to one State in one cycle, by the terms of their text in order: texts that
// differ only in case, punctuation or word endings fall together.
using Repeats = std::map<std::pair<std::string, std::string>, std::map<int, std::set<std::string>>>;

class SimilarRealData : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        if (real_export().empty() || !std::filesystem::exists(real_export()))
            return;
        dir_ = new rightstrack::testing::TempDir;
        store_ = store::open_store(*dir_, "upr-info.db").release();
        auto labels = store_->label_catalog();
        ASSERT_TRUE(labels.ok()) << labels.error().describe();
        auto batch = ingest::read_import_file(rightstrack::testing::read_file(real_export()),
                                              "recommendations_sessions_01-16.csv", *labels);
        ASSERT_TRUE(batch.ok()) << batch.error().describe();
        store::write(*store_, *batch);
        auto searcher = Searcher::build(*store_);
        ASSERT_TRUE(searcher.ok()) << searcher.error().describe();
        searcher_ = new Searcher(searcher.release_value());

        std::map<std::string, const model::Document*> documents;
        for (const auto& document : batch->documents) documents[document.symbol] = &document;
        repeats_ = new Repeats;
        Analyzer english = Analyzer::for_language("en");
        for (const auto& r : batch->recommendations) {
            const model::Document& document = *documents.at(r.document);
            std::string terms;
            for (const Token& token : english.analyze(r.text)) terms += token.term + " ";
            (*repeats_)[{document.state, terms}][document.cycle.value_or(0)].insert(r.id);
        }
    }
    static void TearDownTestSuite() {
        delete searcher_;
        delete store_;
        delete dir_;
        delete repeats_;
    }

    void SetUp() override {
        if (!searcher_)
            GTEST_SKIP() << "shared data not found (" << real_export() << "): skipping";
    }

    static inline rightstrack::testing::TempDir* dir_ = nullptr;
    static inline store::Store* store_ = nullptr;
    static inline Searcher* searcher_ = nullptr;
    static inline Repeats* repeats_ = nullptr;
};

TEST_F(SimilarRealData, ARecommendationRepeatedInTheNextCycleFindsItsRepeatFirst) {
    std::size_t pairs = 0;
    for (const auto& [key, by_cycle] : *repeats_) {
        if (!by_cycle.contains(1) || !by_cycle.contains(2) || key.second.empty())
            continue;
        const std::string& state = key.first;
        const std::string& first = *by_cycle.at(1).begin();
        const auto& repeats = by_cycle.at(2);
        auto result = searcher_->similar(
            {first, {{"state_under_review", {state}}, {"cycle", {"2"}}}, 5, false});
        ASSERT_TRUE(result.ok()) << result.error().describe();
        ASSERT_FALSE(result->hits.empty()) << state << ": " << key.second;
        EXPECT_NEAR(result->hits[0].score, 1.0, 1e-9) << state << ": " << key.second;
        bool found = false;
        for (const auto& hit : result->hits) {
            EXPECT_EQ(hit.summary->state_under_review, state);
            found = found || (repeats.contains(hit.summary->id) && hit.score > 1.0 - 1e-9);
        }
        EXPECT_TRUE(found) << state << ": " << key.second;
        ++pairs;
    }
    std::printf("%zu recommendations repeated word for word to the same State\n", pairs);
    EXPECT_GT(pairs, 10u);
}

}  // namespace
}  // namespace rightstrack::index
