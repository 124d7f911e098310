// The review service's own checks, before the store's: suggestion ids and corrections as people
// type them, and a call with nothing to review.
#include <gtest/gtest.h>

#include "classify/Review.h"

namespace rightstrack::classify {
namespace {

TEST(ReviewTest, IdsAreCommaSeparatedPositiveNumbers) {
    auto ids = parse_suggestion_ids("12, 14,15", "--accept");
    ASSERT_TRUE(ids.ok()) << ids.error().describe();
    EXPECT_EQ(*ids, (std::vector<int64_t>{12, 14, 15}));
    for (const char* bad : {"", "12,", "12,,14", "-3", "0", "7x", "twelve"}) {
        auto refused = parse_suggestion_ids(bad, "--accept");
        ASSERT_FALSE(refused.ok()) << bad;
        EXPECT_EQ(refused.error().where(), "--accept");
    }
}

TEST(ReviewTest, ACorrectionIsAnIdAndALabel) {
    auto correction = parse_correction("12=Women's rights", "--correct");
    ASSERT_TRUE(correction.ok()) << correction.error().describe();
    EXPECT_EQ(correction->id, 12);
    EXPECT_EQ(correction->label, "Women's rights");
    EXPECT_FALSE(parse_correction("12", "--correct").ok());
    EXPECT_FALSE(parse_correction("12=", "--correct").ok());
    EXPECT_FALSE(parse_correction("=Justice", "--correct").ok());
}

}  // namespace
}  // namespace rightstrack::classify
