// Scores of suggested labels against people's labels: micro and macro F1 for label sets
// (issues), accuracy and macro F1 for one label per text (action category). Macro F1 averages
// over every label that occurs in the truth or the suggestions, so a label never suggested
// counts as an F1 of 0, as in scikit-learn.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace rightstrack::classify {

struct LabelSetScores {
    double micro_f1 = 0;
    double macro_f1 = 0;
    double precision = 0;  // Micro.
    double recall = 0;     // Micro.
    size_t labels = 0;     // Over which macro F1 was averaged.
};

struct SingleLabelScores {
    double accuracy = 0;
    double macro_f1 = 0;
};

// `truth` and `suggested` are parallel: one label set per text.
LabelSetScores score_label_sets(const std::vector<std::vector<std::string>>& truth,
                                const std::vector<std::vector<std::string>>& suggested);

// A text without a suggestion (0) counts as wrong.
SingleLabelScores score_single_labels(const std::vector<int>& truth,
                                      const std::vector<int>& suggested);

// 2tp / (2tp + fp + fn), 0 when all three are 0.
double f1(size_t true_positives, size_t false_positives, size_t false_negatives);

}  // namespace rightstrack::classify
