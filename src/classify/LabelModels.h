// The trained models a store's suggestions come from, as files beside the database: a folder
// "<database>.models" holding, per version N, "issues-vN.linear", "issues-vN.stack" and
// "issues-vN.labels" (linear model; second stage, absent from versions saved before it; thresholds
// and issue names), "category-vN.bin", "category-vN.linear" and
// "category-vN.rule" (fastText model; linear model; leading verb table), and last "vN.manifest",
// which names them with their SHA-256. Every file is written under a temporary name and renamed,
// and a version exists only once its manifest does, so an interrupted training never leaves a half
// model that could be loaded; loading checks every digest, so a damaged file is refused by name.
#pragma once

#include <string>
#include <vector>

#include "classify/ActionCategoryClassifier.h"
#include "classify/IssueClassifier.h"

namespace rightstrack::classify {

// Below this many recommendations with confirmed issues, suggestions would be noise.
inline constexpr size_t kMinimumTrainingTexts = 50;

struct LabelModels {
    IssueClassifier issues;
    ActionCategoryClassifier category;
    int version = 0;  // 0 until saved or when trained in memory.

    static core::Result<LabelModels> train(const std::vector<LabelledText>& texts);

    // Saves as the next version beside `database` and sets `version`.
    core::Status save(const std::string& database);
    // The highest version beside `database`.
    static core::Result<LabelModels> load_latest(const std::string& database);
};

// "<database>.models".
std::string models_folder(const std::string& database);

}  // namespace rightstrack::classify
