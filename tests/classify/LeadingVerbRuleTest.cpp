// The action category from a recommendation's opening words: decided from the longest opening
// seen often enough with one clear category, abstaining otherwise.
#include <gtest/gtest.h>

#include "classify/LeadingVerbRule.h"
#include "classify/TrainingText.h"

namespace rightstrack::classify {
namespace {

using Words = std::vector<std::string>;

LeadingVerbRule rule_of(const std::vector<std::pair<Words, int>>& examples, int repeat) {
    LeadingVerbRule rule;
    for (int i = 0; i < repeat; ++i)
        for (const auto& [words, category] : examples) rule.add(words, category);
    return rule;
}

TEST(LeadingVerbRuleTest, TheLongerOpeningWinsWhenItIsClear) {
    // "continue" alone is continuity (2); "continue and strengthen" privileges the second verb.
    auto rule = rule_of({{{"continue", "its", "efforts"}, 2},
                         {{"continue", "and", "strengthen"}, 4},
                         {{"continue", "to", "promote"}, 2},
                         {{"ratify", "the", "convention"}, 5}},
                        5);
    EXPECT_EQ(rule.decide({"continue", "and", "strengthen", "its", "work"})->category, 4);
    EXPECT_EQ(rule.decide({"continue", "its", "cooperation"})->category, 2);
    EXPECT_EQ(rule.decide({"ratify", "the", "optional", "protocol"})->category, 5);
}

TEST(LeadingVerbRuleTest, AbstainsOnRareOrMixedOpenings) {
    auto rule = rule_of({{{"ensure", "that"}, 4}, {{"ensure", "that"}, 5}}, 5);
    EXPECT_FALSE(rule.decide({"ensure", "that", "all"}).has_value());  // Half and half.
    EXPECT_FALSE(rule.decide({"envisage", "the"}).has_value());        // Never seen.
    EXPECT_GE(rule.guess({"ensure", "that"}).category, 4);             // Guessing never abstains.
    auto rare = rule_of({{{"envisage"}, 3}}, LeadingVerbRule::kMinimumSupport - 1);
    EXPECT_FALSE(rare.decide({"envisage"}).has_value());
    EXPECT_EQ(rare.guess({"envisage"}).category, 3);
}

TEST(LeadingVerbRuleTest, OpeningWordsAreFoldedButNotStemmed) {
    TrainingText text;
    EXPECT_EQ(text.leading_words("Continue and STRENGTHEN its efforts", 3),
              (Words{"continue", "and", "strengthen"}));
    EXPECT_EQ(text.normalise("Ratify the Conventions;"), "ratifi the convent");
}

}  // namespace
}  // namespace rightstrack::classify
