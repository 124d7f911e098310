// What the learners see of a text: its stemmed words, and its leading words as written, past a
// clause that comes before the verb (texts written for this test).
#include <gtest/gtest.h>

#include "classify/TrainingText.h"

namespace rightstrack::classify {
namespace {

using Words = std::vector<std::string>;

TEST(TrainingTextTest, NormalisedTextIsTheStemmedWords) {
    TrainingText text;
    EXPECT_EQ(text.normalise("Ratify the Optional Protocol;"), "ratifi the option protocol");
}

TEST(TrainingTextTest, LeadingWordsAreFoldedNotStemmed) {
    TrainingText text;
    EXPECT_EQ(text.leading_words("Continue and strengthen its efforts", 3),
              (Words{"continue", "and", "strengthen"}));
}

TEST(TrainingTextTest, AClauseBeforeTheVerbIsPassedOverUpToItsComma) {
    TrainingText text;
    EXPECT_EQ(text.leading_words("In line with its Constitution, continue to protect children", 2),
              (Words{"continue", "to"}));
    EXPECT_EQ(text.leading_words("While noting progress made, adopt a law on shelters", 2),
              (Words{"adopt", "a"}));
}

TEST(TrainingTextTest, WithoutSuchAClauseTheFirstWordsStay) {
    TrainingText text;
    // No comma: nothing to pass over.
    EXPECT_EQ(text.leading_words("In cooperation with civil society adopt a plan", 2),
              (Words{"in", "cooperation"}));
    // A comma, but the text opens with its verb.
    EXPECT_EQ(text.leading_words("Adopt, as a priority, a plan", 2), (Words{"adopt", "as"}));
}

}  // namespace
}  // namespace rightstrack::classify
