// Suggests the action category (1-5): the leading verb rule where it is sure of itself, unless
// a linear model (LinearModel, softmax) is surer of another category; the linear model alone
// where the rule is not sure or the text names the specific means after its opening ("...,
// including by adopting ...", which the methodology ranks 5 whatever the first verb). The learners
// see the normalised text with the opening words as extra tokens ("__open2_continue_and"), since
// the category turns on them more than on any other words. A fastText model is trained too, to
// compare with: alone it scored below the linear model, and averaged with it, below the linear
// model alone (BENCHMARKS.md). Immutable once trained; suggest() is not thread-safe (it shares a
// TrainingText).
#pragma once

#include <vector>

#include "classify/FastTextModel.h"
#include "classify/LabelledText.h"
#include "classify/LeadingVerbRule.h"
#include "classify/LinearModel.h"
#include "classify/TrainingText.h"

namespace rightstrack::classify {

enum class CategoryMethod { Rule, FastText, Linear, RuleThenLinear };

class ActionCategoryClassifier {
public:
    static core::Result<ActionCategoryClassifier> train(const std::vector<LabelledText>& texts,
                                                        const TrainingText& normaliser);

    // The category by `method`; category 0 when fastText has nothing to go on (no known word).
    CategoryVerdict suggest(const std::string& text, const TrainingText& normaliser,
                            CategoryMethod method = CategoryMethod::RuleThenLinear) const;

    // A classifier saved before (LabelModels), from its parts.
    static ActionCategoryClassifier from_parts(FastTextModel model, LinearModel linear,
                                               LeadingVerbRule rule) {
        return ActionCategoryClassifier(std::move(model), std::move(linear), std::move(rule));
    }
    const FastTextModel& model() const { return model_; }
    const LinearModel& linear() const { return linear_; }
    const LeadingVerbRule& rule() const { return rule_; }

private:
    ActionCategoryClassifier(FastTextModel model, LinearModel linear, LeadingVerbRule rule)
        : model_(std::move(model)), linear_(std::move(linear)), rule_(std::move(rule)) {}

    // Each learner's most probable category for the features (category_features).
    CategoryVerdict from_fasttext(const std::string& features) const;
    CategoryVerdict from_linear(const std::string& features) const;

    FastTextModel model_;
    LinearModel linear_;
    LeadingVerbRule rule_;
};

// "... by adopting", "through amending", "including by establishing" after the opening words:
// a general verb followed by the specific action, which UPR Info's methodology ranks 5. The
// word in -ing, or null.
const std::string* specific_means(const std::vector<std::string>& words);

// The text the learners are trained on and asked about: opening tokens, the specific means'
// tokens if any ("__means", "__means_continue", "__means_adopting"), then the normalised text.
// `leading_words` are all the text's words from its opening on.
std::string category_features(const std::string& normalised_text,
                              const std::vector<std::string>& leading_words);

}  // namespace rightstrack::classify
