// `classify eval`: trains every learner on one set of labelled texts and judges its
// suggestions on another, so that figures are never measured on the texts a model learnt from.
// Reports the issues' F1 and, for the action category, each method alone and combined, with
// training time and suggestion throughput.
#pragma once

#include <vector>

#include "classify/LabelledText.h"
#include "classify/Metrics.h"
#include "core/Result.h"

namespace rightstrack::classify {

struct CategoryMethodScores {
    SingleLabelScores scores;
    double coverage = 1;  // Share of texts the method decided (the rule abstains on some).
};

struct EvaluationReport {
    size_t train_texts = 0;
    size_t test_texts = 0;
    LabelSetScores issues;
    float issue_threshold = 0;
    CategoryMethodScores
        category;  // Rule where sure, the linear model otherwise: what suggest uses.
    CategoryMethodScores category_rule;
    CategoryMethodScores category_fasttext;
    CategoryMethodScores category_linear;
    CategoryMethodScores category_rule_when_sure;  // Scored on the texts it decided only.
    double train_seconds = 0;
    double suggestions_per_second = 0;  // Issues and category of one text, on one thread.
};

core::Result<EvaluationReport> evaluate(const std::vector<LabelledText>& train,
                                        const std::vector<LabelledText>& test);

}  // namespace rightstrack::classify
