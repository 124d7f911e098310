// A second stage over the issue learner's probabilities: one logistic regression per issue on
// the log-odds of every issue, so that issues that go together ("Women's rights" and "Rights of
// the Child") or rarely do adjust each other's scores. Trained by SGD with a fixed seed on
// held-out first-stage probabilities, starting from (and drawn back towards) each issue's own
// log-odds alone, so that it changes only what the labels' co-occurrence supports.
// Immutable once trained; probabilities() may be called from several threads.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"

namespace rightstrack::classify {

class IssueStacker {
public:
    // `probabilities` hold each text's first-stage probabilities (one per label, predicted by
    // a model that did not learn from the text); `truth` its label numbers.
    static core::Result<IssueStacker> train(const std::vector<std::vector<float>>& probabilities,
                                            const std::vector<std::vector<int>>& truth);

    // The second stage's probabilities from the first stage's.
    std::vector<float> probabilities(const std::vector<float>& first_stage) const;
    size_t label_count() const { return labels_; }

    // A binary form for LabelModels' files, and back; `where` names the file in errors.
    core::Status write(std::ostream& out) const;
    static core::Result<IssueStacker> read(std::string_view bytes, const std::string& where);

private:
    float score(size_t label, const std::vector<float>& log_odds) const;

    size_t labels_ = 0;
    std::vector<float> weights_;  // By label: a weight per label's log-odds, then the bias.
};

}  // namespace rightstrack::classify
