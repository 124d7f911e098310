// Suggests UPR Info issues (multi-label): fastText with one-vs-all loss, a probability per
// issue, and one threshold above which an issue is suggested. The threshold is tuned on a
// tenth of the training texts held out from a first model, never on the texts being judged;
// the model kept is then trained on all of them. Immutable once trained; suggest() is not
// thread-safe (it shares a TrainingText).
#pragma once

#include <vector>

#include "classify/FastTextModel.h"
#include "classify/LabelledText.h"
#include "classify/Suggestion.h"
#include "classify/TrainingText.h"

namespace rightstrack::classify {

class IssueClassifier {
public:
    static core::Result<IssueClassifier> train(const std::vector<LabelledText>& texts,
                                               const TrainingText& normaliser);

    // The issues above the threshold, most confident first. Every recommendation has at least
    // one issue, so when none reaches the threshold the most probable one is suggested alone
    // (if it reaches 1%: a text of words never seen gets nothing).
    std::vector<Suggestion> suggest(const std::string& normalised_text) const;

    // A classifier saved before (LabelModels), from its parts.
    static IssueClassifier from_parts(FastTextModel model, std::vector<std::string> labels,
                                      float threshold) {
        return IssueClassifier(std::move(model), std::move(labels), threshold);
    }
    const FastTextModel& model() const { return model_; }
    float threshold() const { return threshold_; }
    const std::vector<std::string>& labels() const { return labels_; }

private:
    IssueClassifier(FastTextModel model, std::vector<std::string> labels, float threshold)
        : model_(std::move(model)), labels_(std::move(labels)), threshold_(threshold) {}

    FastTextModel model_;
    std::vector<std::string> labels_;  // By fastText label number.
    float threshold_;
};

// The settings both training runs use.
FastTextSettings issue_settings();

// Picks, from the held-out predictions, the threshold with the best micro-F1.
float tune_threshold(const std::vector<std::vector<Prediction>>& predictions,
                     const std::vector<std::vector<int>>& truth);

}  // namespace rightstrack::classify
