// The issues' second stage on first-stage probabilities made up for this test: it learns that
// one issue comes with another, repeats itself exactly, and survives being written and read
// back; damaged bytes are refused by name.
#include <gtest/gtest.h>

#include <sstream>

#include "classify/IssueStacker.h"

namespace rightstrack::classify {
namespace {

// Issue 1 comes with issue 0 and never with issue 2, but the first stage is unsure of it
// (always 0.5): only issue 0's and issue 2's probabilities tell.
struct Examples {
    std::vector<std::vector<float>> probabilities;
    std::vector<std::vector<int>> truth;
};

Examples examples() {
    Examples out;
    for (int i = 0; i < 1000; ++i) {
        out.probabilities.push_back({0.95f, 0.5f, 0.05f});
        out.truth.push_back({0, 1});
        out.probabilities.push_back({0.05f, 0.5f, 0.95f});
        out.truth.push_back({2});
    }
    return out;
}

TEST(IssueStackerTest, LearnsWhichIssuesComeTogether) {
    auto data = examples();
    auto stacker = IssueStacker::train(data.probabilities, data.truth);
    ASSERT_TRUE(stacker.ok()) << stacker.error().describe();
    auto with_first = stacker->probabilities({0.95f, 0.5f, 0.05f});
    auto with_third = stacker->probabilities({0.05f, 0.5f, 0.95f});
    ASSERT_EQ(with_first.size(), 3u);
    EXPECT_GT(with_first[1], 0.6f);
    EXPECT_LT(with_third[1], 0.4f);
    // What the first stage was sure of stays so.
    EXPECT_GT(with_first[0], 0.9f);
    EXPECT_GT(with_third[2], 0.9f);
}

TEST(IssueStackerTest, TrainingRepeatsExactly) {
    auto data = examples();
    auto first = IssueStacker::train(data.probabilities, data.truth);
    auto second = IssueStacker::train(data.probabilities, data.truth);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(first->probabilities({0.7f, 0.2f, 0.4f}), second->probabilities({0.7f, 0.2f, 0.4f}));
}

TEST(IssueStackerTest, NothingToLearnFromIsRefused) {
    EXPECT_FALSE(IssueStacker::train({}, {}).ok());
}

TEST(IssueStackerTest, WrittenAndReadBackGivesTheSameProbabilities) {
    auto data = examples();
    auto stacker = IssueStacker::train(data.probabilities, data.truth);
    ASSERT_TRUE(stacker.ok());
    std::ostringstream out;
    ASSERT_TRUE(stacker->write(out).ok());
    auto loaded = IssueStacker::read(out.str(), "issues.stack");
    ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
    EXPECT_EQ(loaded->probabilities({0.6f, 0.3f, 0.1f}),
              stacker->probabilities({0.6f, 0.3f, 0.1f}));

    std::string bytes = out.str();
    auto truncated = IssueStacker::read(bytes.substr(0, bytes.size() - 3), "issues.stack");
    ASSERT_FALSE(truncated.ok());
    EXPECT_EQ(truncated.error().where(), "issues.stack");
    EXPECT_NE(truncated.error().message().find("truncated"), std::string::npos);
    EXPECT_FALSE(IssueStacker::read("some other file", "issues.stack").ok());
    std::string not_a_number = bytes;
    not_a_number.replace(not_a_number.size() - 4, 4, std::string("\xff\xff\xff\x7f", 4));
    auto nan = IssueStacker::read(not_a_number, "issues.stack");
    ASSERT_FALSE(nan.ok());
    EXPECT_NE(nan.error().message().find("not a number"), std::string::npos);
}

}  // namespace
}  // namespace rightstrack::classify
