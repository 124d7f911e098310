// Repeats across cycles on UPR Info's real export (sessions 1-16: cycle 1 and the start of cycle
// 2): a second-cycle recommendation that repeats, word for word, one the same State received in
// the first cycle finds it first with a score of 1, every repeat is the same State's and from an
// earlier cycle, and a first-cycle recommendation has none. The pairs are found in the data
// itself. And `classify repeats` end to end on texts written for the test.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "classify/Repeats.h"
#include "cli/CliTestSupport.h"
#include "ingest/ImportFile.h"
#include "store/StoreTestSupport.h"

namespace rightstrack::classify {
namespace {

std::filesystem::path real_export() {
    return testing::shared_data("upr-info/recommendations_sessions_01-16.csv");
}

// Recommendations by State and the terms of their text, by cycle.
using SameWords =
    std::map<std::pair<std::string, std::string>, std::map<int, std::set<std::string>>>;

class RepeatsRealData : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        if (real_export().empty() || !std::filesystem::exists(real_export()))
            return;
        dir_ = new testing::TempDir;
        store_ = store::open_store(*dir_, "upr-info.db").release();
        auto labels = store_->label_catalog();
        ASSERT_TRUE(labels.ok()) << labels.error().describe();
        auto batch = ingest::read_import_file(testing::read_file(real_export()),
                                              "recommendations_sessions_01-16.csv", *labels);
        ASSERT_TRUE(batch.ok()) << batch.error().describe();
        store::write(*store_, *batch);
        auto searcher = index::Searcher::build(*store_);
        ASSERT_TRUE(searcher.ok()) << searcher.error().describe();
        searcher_ = new index::Searcher(searcher.release_value());

        std::map<std::string, const model::Document*> documents;
        for (const auto& document : batch->documents) documents[document.symbol] = &document;
        same_words_ = new SameWords;
        auto english = index::Analyzer::for_language("en");
        for (const auto& r : batch->recommendations) {
            const auto& document = *documents.at(r.document);
            std::string terms;
            for (const auto& token : english.analyze(r.text)) terms += token.term + " ";
            (*same_words_)[{document.state, terms}][document.cycle.value_or(0)].insert(r.id);
        }
    }
    static void TearDownTestSuite() {
        delete searcher_;
        delete store_;
        delete dir_;
        delete same_words_;
    }
    void SetUp() override {
        if (!searcher_)
            GTEST_SKIP() << "shared data not found (" << real_export() << "): skipping";
    }

    static inline testing::TempDir* dir_ = nullptr;
    static inline store::Store* store_ = nullptr;
    static inline index::Searcher* searcher_ = nullptr;
    static inline SameWords* same_words_ = nullptr;
};

TEST_F(RepeatsRealData, ASecondCycleRepeatFindsItsFirstCycleOriginalFirst) {
    size_t pairs = 0, found_first = 0;
    for (const auto& [key, by_cycle] : *same_words_) {
        if (!by_cycle.contains(1) || !by_cycle.contains(2) || key.second.empty())
            continue;
        ++pairs;
        const auto& originals = by_cycle.at(1);
        auto report = find_repeats(*store_, *searcher_, *by_cycle.at(2).begin());
        ASSERT_TRUE(report.ok()) << report.error().describe();
        EXPECT_EQ(report->state_under_review, key.first);
        EXPECT_EQ(report->cycle, 2);
        ASSERT_FALSE(report->earlier.empty()) << key.second;
        for (const auto& repeat : report->earlier) {
            EXPECT_EQ(repeat.cycle, 1);
            EXPECT_GT(repeat.score, 0);
            EXPECT_LE(repeat.score, 1);
            auto stored = store_->recommendation(repeat.id);
            ASSERT_TRUE(stored.ok());
            EXPECT_EQ(stored->document.state, key.first);
            EXPECT_EQ(stored->document.cycle, 1);
        }
        const auto& best = report->earlier.front();
        found_first += originals.contains(best.id) && best.score > 0.999;
    }
    std::printf("second-cycle repeats of first-cycle texts: %zu, original found first: %zu\n",
                pairs, found_first);
    EXPECT_GE(pairs, 20u);
    EXPECT_EQ(found_first, pairs);
}

// A tenth of the second-cycle recommendations of the export (every one takes half a minute):
// repeats sorted best first, and how many have one above a few scores (printed).
TEST_F(RepeatsRealData, SecondCycleRecommendationsGetTheirRepeatsBestFirst) {
    std::set<std::string> all, second_cycle;
    for (const auto& [key, by_cycle] : *same_words_)
        if (by_cycle.contains(2))
            all.insert(by_cycle.at(2).begin(), by_cycle.at(2).end());
    size_t n = 0;
    for (const auto& id : all)
        if (n++ % 10 == 0)
            second_cycle.insert(id);
    size_t with_earlier = 0, above_half = 0, above_08 = 0;
    for (const auto& id : second_cycle) {
        auto report = find_repeats(*store_, *searcher_, id, {3, 0});
        ASSERT_TRUE(report.ok()) << report.error().describe();
        ASSERT_LE(report->earlier.size(), 3u);
        for (size_t i = 1; i < report->earlier.size(); ++i)
            EXPECT_GE(report->earlier[i - 1].score, report->earlier[i].score);
        if (report->earlier.empty())
            continue;
        ++with_earlier;
        above_half += report->earlier.front().score >= 0.5;
        above_08 += report->earlier.front().score >= 0.8;
    }
    std::printf(
        "second cycle: %zu recommendations, %zu with a first-cycle match, best score "
        ">= 0.5: %zu, >= 0.8: %zu\n",
        second_cycle.size(), with_earlier, above_half, above_08);
    EXPECT_GT(with_earlier, 0u);
}

TEST_F(RepeatsRealData, AFirstCycleRecommendationHasNoEarlierRepeats) {
    const auto& [key, by_cycle] = *same_words_->begin();
    for (const auto& [cycle, ids] : by_cycle) {
        if (cycle != 1)
            continue;
        auto report = find_repeats(*store_, *searcher_, *ids.begin());
        ASSERT_TRUE(report.ok()) << report.error().describe();
        EXPECT_TRUE(report->earlier.empty());
    }
    auto missing = find_repeats(*store_, *searcher_, "NOSUCHID");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message().find("NOSUCHID"), std::string::npos);
}

TEST(RepeatsCommandTest, ListsTheSameStatesEarlierRecommendationsWithTheirScores) {
    testing::Workspace work;
    std::string csv =
        "id,session,cycle,state_under_review,recommending_state,response,action_category,"
        "issues,text\n"
        "1,3,1,Kyrgyzstan,Norway,Accepted,5,,\"Ratify the Convention on the Rights of Persons "
        "with Disabilities.\"\n"
        "2,3,1,Kyrgyzstan,Spain,Accepted,4,,\"Adopt a law against domestic violence.\"\n"
        "3,3,1,Kazakhstan,Spain,Accepted,5,,\"Ratify the Convention on the Rights of Persons "
        "with Disabilities.\"\n"
        "4,14,2,Kyrgyzstan,France,Accepted,5,,\"Ratify promptly the Convention on the Rights of "
        "Persons with Disabilities.\"\n";
    ASSERT_EQ(work.import(work.file("two-cycles.csv", csv)).exit_code, 0);
    auto search = work.run("search --filter cycle=2 --json");
    ASSERT_EQ(search.exit_code, 0) << search.err;
    std::string id = nlohmann::json::parse(search.out)["hits"][0]["id"];
    auto result = work.run("classify repeats " + id + " --json");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["state_under_review"], "KGZ");
    EXPECT_EQ(json["cycle"], 2);
    ASSERT_EQ(json["repeats"].size(), 1u);  // Not Kazakhstan's, nor the unrelated one.
    EXPECT_EQ(json["repeats"][0]["cycle"], 1);
    EXPECT_GT(json["repeats"][0]["score"], 0.5);
    EXPECT_LT(json["repeats"][0]["score"], 1.0);
    auto review = work.run("classify repeats --state KGZ --cycle 2 --json");
    ASSERT_EQ(review.exit_code, 0) << review.err;
    auto whole = nlohmann::json::parse(review.out);
    ASSERT_EQ(whole["recommendations"].size(), 1u);
    EXPECT_EQ(whole["recommendations"][0]["id"], id);
    EXPECT_EQ(whole["recommendations"][0]["repeats"], json["repeats"]);
    auto none = work.run("classify repeats --state KAZ --cycle 2");
    EXPECT_EQ(none.exit_code, 1);
    EXPECT_NE(none.err.find("no recommendation to KAZ in cycle 2"), std::string::npos);
    auto missing = work.run("classify repeats NOSUCHID");
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_NE(missing.err.find("NOSUCHID"), std::string::npos);
}

}  // namespace
}  // namespace rightstrack::classify
