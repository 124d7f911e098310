// Suggests the action category (1-5): the leading verb rule where it is sure of itself,
// fastText otherwise. fastText sees the normalised text with the opening words as extra tokens
// ("__open2_continue_and"), since the category turns on them more than on any other words.
// Immutable once trained; suggest() is not thread-safe (it shares a TrainingText).
#pragma once

#include <vector>

#include "classify/FastTextModel.h"
#include "classify/LabelledText.h"
#include "classify/LeadingVerbRule.h"
#include "classify/TrainingText.h"

namespace rightstrack::classify {

enum class CategoryMethod { Rule, FastText, RuleThenFastText };

class ActionCategoryClassifier {
public:
    static core::Result<ActionCategoryClassifier> train(const std::vector<LabelledText>& texts,
                                                        const TrainingText& normaliser);

    // The category by `method`; category 0 when fastText has nothing to go on (no known word).
    CategoryVerdict suggest(const std::string& text, const TrainingText& normaliser,
                            CategoryMethod method = CategoryMethod::RuleThenFastText) const;

    // A classifier saved before (LabelModels), from its parts.
    static ActionCategoryClassifier from_parts(FastTextModel model, LeadingVerbRule rule) {
        return ActionCategoryClassifier(std::move(model), std::move(rule));
    }
    const FastTextModel& model() const { return model_; }
    const LeadingVerbRule& rule() const { return rule_; }

private:
    ActionCategoryClassifier(FastTextModel model, LeadingVerbRule rule)
        : model_(std::move(model)), rule_(std::move(rule)) {}

    CategoryVerdict from_fasttext(const std::string& text,
                                  const std::vector<std::string>& leading_words,
                                  const TrainingText& normaliser) const;

    FastTextModel model_;
    LeadingVerbRule rule_;
};

// The text fastText is trained on and asked about: opening tokens, then the normalised text.
std::string category_features(const std::string& normalised_text,
                              const std::vector<std::string>& leading_words);

}  // namespace rightstrack::classify
