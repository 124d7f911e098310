// The action category on texts written for this test: the leading verb rule decides where it is
// sure, except where a general opening is followed by the specific means ("..., including by
// adopting ..."), which the methodology ranks 5 and the linear model decides.
#include <gtest/gtest.h>

#include "classify/ActionCategoryClassifier.h"

namespace rightstrack::classify {
namespace {

std::vector<LabelledText> texts() {
    std::vector<LabelledText> out;
    for (int i = 0; i < 20; ++i) {
        std::string n = std::to_string(i);
        out.push_back({"Take steps to protect children in district " + n, {}, 4});
        out.push_back({"Amend the code, including by adopting rules for town " + n, {}, 5});
    }
    for (int i = 0; i < 3; ++i)
        out.push_back({"Take steps to protect girls, including by adopting a law in village " +
                           std::to_string(i),
                       {},
                       5});
    return out;
}

TEST(ActionCategoryClassifierTest, TheSpecificMeansOutweighAGeneralOpening) {
    TrainingText normaliser;
    auto classifier = ActionCategoryClassifier::train(texts(), normaliser);
    ASSERT_TRUE(classifier.ok()) << classifier.error().describe();
    std::string general = "Take steps to protect workers in the capital";
    std::string specific = "Take steps to protect workers, including by adopting a decree";
    EXPECT_EQ(classifier->suggest(general, normaliser).category, 4);
    // The opening alone says 4 (20 of its 23 texts)...
    EXPECT_EQ(classifier->suggest(specific, normaliser, CategoryMethod::Rule).category, 4);
    // ... but the means named after it make it 5.
    EXPECT_EQ(classifier->suggest(specific, normaliser).category, 5);
}

}  // namespace
}  // namespace rightstrack::classify
