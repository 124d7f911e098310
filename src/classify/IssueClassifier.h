// Suggests UPR Info issues (multi-label): a probability per issue from a linear model
// (LinearModel, one logistic regression per issue on TF-IDF of words, word pairs and the
// character n-grams of the rarer words), adjusted
// by a second stage that sees every issue's probability (IssueStacker), and a threshold per
// issue above which it is suggested. The linear model replaced fastText here: on
// the development split it scored higher alone than fastText alone or the two averaged (see
// BENCHMARKS.md). The second stage learns from the training texts' held-out probabilities (each
// predicted by a model trained on the other two thirds, never on the texts being judged), and
// the thresholds are tuned on its own held-out output; the models kept are then trained on all.
// Immutable once trained; suggest() may be called from several threads.
#pragma once

#include <optional>
#include <vector>

#include "classify/IssueStacker.h"
#include "classify/LabelledText.h"
#include "classify/LinearModel.h"
#include "classify/Suggestion.h"
#include "classify/TrainingText.h"

namespace rightstrack::classify {

struct IssueThresholds {
    float common = 0.5f;          // For every label, tuned for micro-F1.
    std::vector<float> by_label;  // Each label's own, or `common` when it is rare.
};

class IssueClassifier {
public:
    static core::Result<IssueClassifier> train(const std::vector<LabelledText>& texts,
                                               const TrainingText& normaliser);

    // The issues above their thresholds, most confident first. Every recommendation has at
    // least one issue, so when none reaches its threshold the most probable one is suggested
    // alone (if it reaches 1%: a text of words never seen gets nothing).
    std::vector<Suggestion> suggest(const std::string& normalised_text) const;

    // A classifier saved before (LabelModels), from its parts.
    // A classifier saved before (LabelModels), from its parts; without a second stage (models
    // saved before it existed) the linear model's probabilities are used as they are.
    static IssueClassifier from_parts(LinearModel linear, std::optional<IssueStacker> stacker,
                                      std::vector<std::string> labels, IssueThresholds thresholds) {
        return IssueClassifier(std::move(linear), std::move(stacker), std::move(labels),
                               std::move(thresholds));
    }
    const LinearModel& linear() const { return linear_; }
    const std::optional<IssueStacker>& stacker() const { return stacker_; }
    const IssueThresholds& thresholds() const { return thresholds_; }
    const std::vector<std::string>& labels() const { return labels_; }

private:
    IssueClassifier(LinearModel linear, std::optional<IssueStacker> stacker,
                    std::vector<std::string> labels, IssueThresholds thresholds)
        : linear_(std::move(linear)),
          stacker_(std::move(stacker)),
          labels_(std::move(labels)),
          thresholds_(std::move(thresholds)) {}

    LinearModel linear_;
    std::optional<IssueStacker> stacker_;
    std::vector<std::string> labels_;  // By label number.
    IssueThresholds thresholds_;
};

// The settings both training runs use.
LinearSettings issue_settings();

// Picks, from the held-out probabilities (one per label), one threshold for every label with
// the best micro-F1, then, for each label with enough held-out examples, its own threshold:
// the one that, the others kept at the common one, gives the best micro-F1.
IssueThresholds tune_thresholds(const std::vector<std::vector<float>>& probabilities,
                                const std::vector<std::vector<int>>& truth);

}  // namespace rightstrack::classify
