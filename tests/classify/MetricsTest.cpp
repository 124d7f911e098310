// The scores classify eval reports, on cases small enough to work out by hand.
#include <gtest/gtest.h>

#include "classify/Metrics.h"

namespace rightstrack::classify {
namespace {

using Sets = std::vector<std::vector<std::string>>;

TEST(MetricsTest, MicroAndMacroF1OfLabelSets) {
    Sets truth = {{"Justice", "Torture"}, {"Justice"}, {"Women"}};
    Sets suggested = {{"Justice"}, {"Justice", "Women"}, {"Women"}};
    auto scores = score_label_sets(truth, suggested);
    // tp 3 (Justice twice, Women once), fp 1 (Women), fn 1 (Torture).
    EXPECT_DOUBLE_EQ(scores.micro_f1, 6.0 / 8.0);
    EXPECT_DOUBLE_EQ(scores.precision, 3.0 / 4.0);
    EXPECT_DOUBLE_EQ(scores.recall, 3.0 / 4.0);
    // Justice 1.0, Torture 0 (never suggested), Women 2/3.
    EXPECT_EQ(scores.labels, 3u);
    EXPECT_DOUBLE_EQ(scores.macro_f1, (1.0 + 0.0 + 2.0 / 3.0) / 3.0);
}

TEST(MetricsTest, AccuracyAndMacroF1OfOneLabelPerText) {
    auto scores = score_single_labels({5, 5, 4, 2}, {5, 4, 4, 0});
    EXPECT_DOUBLE_EQ(scores.accuracy, 0.5);
    // 5: tp 1 fn 1 -> 2/3; 4: tp 1 fp 1 -> 2/3; 2: fn 1 -> 0.
    EXPECT_DOUBLE_EQ(scores.macro_f1, (2.0 / 3.0 + 2.0 / 3.0 + 0.0) / 3.0);
}

TEST(MetricsTest, NothingToScoreIsZeroNotADivisionByZero) {
    EXPECT_EQ(score_label_sets({}, {}).micro_f1, 0.0);
    EXPECT_EQ(score_single_labels({}, {}).accuracy, 0.0);
}

}  // namespace
}  // namespace rightstrack::classify
