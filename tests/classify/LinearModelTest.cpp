// The linear model on texts written for this test: it learns which words go with which label,
// repeats itself exactly, and survives being written and read back; damaged bytes are refused.
#include <gtest/gtest.h>

#include <numeric>
#include <sstream>

#include "classify/LinearModel.h"

namespace rightstrack::classify {
namespace {

// Label 0 for prisons, 1 for schools, both for texts about both.
std::vector<TrainingLine> lines() {
    std::vector<TrainingLine> out;
    for (int i = 0; i < 20; ++i) {
        std::string n = std::to_string(i);
        out.push_back({{0}, "improv prison condit in region " + n});
        out.push_back({{1}, "build school for girl in region " + n});
        out.push_back({{0, 1}, "teach in prison school in region " + n});
    }
    return out;
}

TEST(LinearModelTest, LearnsWhichWordsGoWithWhichLabel) {
    auto model = LinearModel::train(lines(), 2, LinearSettings{});
    ASSERT_TRUE(model.ok()) << model.error().describe();
    auto prison = model->probabilities("improv prison condit");
    ASSERT_EQ(prison.size(), 2u);
    EXPECT_GT(prison[0], 0.5f);
    EXPECT_LT(prison[1], 0.5f);
    auto school = model->probabilities("build school for girl");
    EXPECT_LT(school[0], 0.5f);
    EXPECT_GT(school[1], 0.5f);
}

TEST(LinearModelTest, SoftmaxProbabilitiesSumToOne) {
    LinearSettings settings;
    settings.softmax = true;
    auto model = LinearModel::train(lines(), 2, settings);
    ASSERT_TRUE(model.ok());
    auto p = model->probabilities("build school for girl");
    EXPECT_NEAR(std::accumulate(p.begin(), p.end(), 0.0f), 1.0f, 1e-5);
    EXPECT_GT(p[1], p[0]);
}

TEST(LinearModelTest, AveragedOverTheLaterPassesItStillLearnsAndDiffersFromTheLastPass) {
    LinearSettings last;
    last.softmax = true;
    LinearSettings averaged = last;
    averaged.average_from = 0.5f;
    auto plain = LinearModel::train(lines(), 2, last);
    auto model = LinearModel::train(lines(), 2, averaged);
    ASSERT_TRUE(plain.ok() && model.ok());
    auto p = model->probabilities("build school for girl");
    EXPECT_GT(p[1], 0.5f);
    EXPECT_NE(p, plain->probabilities("build school for girl"));
}

TEST(LinearModelTest, TrainingRepeatsExactly) {
    auto first = LinearModel::train(lines(), 2, LinearSettings{});
    auto second = LinearModel::train(lines(), 2, LinearSettings{});
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(first->probabilities("teach in prison"), second->probabilities("teach in prison"));
}

TEST(LinearModelTest, WrittenAndReadBackGivesTheSameProbabilities) {
    auto model = LinearModel::train(lines(), 2, LinearSettings{});
    ASSERT_TRUE(model.ok());
    std::ostringstream out;
    ASSERT_TRUE(model->write(out).ok());
    auto loaded = LinearModel::read(out.str(), "model.linear");
    ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
    EXPECT_EQ(loaded->probabilities("improv prison school"),
              model->probabilities("improv prison school"));
    // Words never seen give the biases' probabilities, not a failure.
    EXPECT_EQ(loaded->probabilities("zzz").size(), 2u);
}

TEST(LinearModelTest, DamagedBytesAreRefusedWithTheFileName) {
    auto model = LinearModel::train(lines(), 2, LinearSettings{});
    ASSERT_TRUE(model.ok());
    std::ostringstream out;
    ASSERT_TRUE(model->write(out).ok());
    std::string bytes = out.str();
    auto truncated = LinearModel::read(bytes.substr(0, bytes.size() - 3), "model.linear");
    ASSERT_FALSE(truncated.ok());
    EXPECT_NE(truncated.error().describe().find("model.linear"), std::string::npos);
    EXPECT_FALSE(LinearModel::read("", "model.linear").ok());
    EXPECT_FALSE(LinearModel::read("not a model at all", "model.linear").ok());
}

TEST(LinearModelTest, WithCharacterNGramsItLearnsAndSurvivesBeingWrittenAndRead) {
    for (float common_share : {0.0f, 0.2f}) {
        LinearSettings settings;
        settings.char_buckets = 1000;
        settings.char_common_share = common_share;
        auto model = LinearModel::train(lines(), 2, settings);
        ASSERT_TRUE(model.ok()) << model.error().describe();
        auto prison = model->probabilities("improv prison condit");
        EXPECT_GT(prison[0], 0.5f);
        EXPECT_LT(prison[1], 0.5f);
        std::ostringstream out;
        ASSERT_TRUE(model->write(out).ok());
        auto loaded = LinearModel::read(out.str(), "model.linear");
        ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
        EXPECT_EQ(loaded->probabilities("teach in prison school"),
                  model->probabilities("teach in prison school"));
        // Cut anywhere, the file is refused with its name.
        std::string bytes = out.str();
        for (size_t keep : {size_t{30}, size_t{60}, bytes.size() / 2, bytes.size() - 1}) {
            auto cut = LinearModel::read(bytes.substr(0, keep), "grams.linear");
            ASSERT_FALSE(cut.ok()) << keep;
            EXPECT_NE(cut.error().describe().find("grams.linear"), std::string::npos);
        }
    }
}

TEST(LinearModelTest, CharacterNGramsReachWordsNeverSeenWhole) {
    LinearSettings settings;
    settings.char_buckets = 4096;
    settings.char_weight = 1.0f;
    auto model = LinearModel::train(lines(), 2, settings);
    ASSERT_TRUE(model.ok());
    // "prisons" and "schooling" were never seen, but share most of their letters with words
    // that were.
    auto p = model->probabilities("prisons");
    EXPECT_GT(p[0], p[1]);
    auto q = model->probabilities("schooling");
    EXPECT_GT(q[1], q[0]);
}

TEST(LinearModelTest, AVersionOneFileIsStillRead) {
    // Two features ("prison", "school"), one label, written as version 1 wrote them.
    std::string bytes = "rightstrack-linear-1\n";
    auto put = [&](const auto& value) {
        bytes.append(reinterpret_cast<const char*>(&value), sizeof value);
    };
    put(uint32_t{1});
    put(uint8_t{0});
    put(uint32_t{2});
    for (std::string key : {"prison", "school"}) {
        put(static_cast<uint32_t>(key.size()));
        bytes += key;
        put(1.0f);
    }
    for (float value : {0.0f, 4.0f, -4.0f}) put(value);  // The bias, then the weights.
    auto model = LinearModel::read(bytes, "old.linear");
    ASSERT_TRUE(model.ok()) << model.error().describe();
    EXPECT_GT(model->probabilities("prison")[0], 0.9f);
    EXPECT_LT(model->probabilities("school")[0], 0.1f);
    EXPECT_FALSE(LinearModel::read(bytes.substr(0, bytes.size() - 1), "old.linear").ok());
}

TEST(LinearModelTest, NothingToTrainOnIsAnError) {
    EXPECT_FALSE(LinearModel::train({}, 2, LinearSettings{}).ok());
    // Every word seen once only: below the minimum count, so no feature is left.
    EXPECT_FALSE(LinearModel::train({{{0}, "alpha beta"}}, 1, LinearSettings{}).ok());
}

}  // namespace
}  // namespace rightstrack::classify
