// `classify suggest` as a service: the latest saved models suggest UPR Info issues and the
// action category, and SdgGoalSuggester SDG goals when the store's SDG taxonomy has its goals
// and English target names (`taxonomy load sdgs`), for every recommendation of a store that has
// no confirmed label of that kind; the suggestions are stored apart from confirmed labels, with
// the models' name and version (Store::save_suggestions, which never stores again a label
// people turned down).
// Recommendations without an English text are left out and counted: the learners know English
// only. Not thread-safe (it holds a TrainingText).
#pragma once

#include <string>

#include "classify/LabelModels.h"
#include "store/Store.h"

namespace rightstrack::classify {

// The names suggestions carry, with the models' version.
inline constexpr const char* kIssuesModelName = "issues-linear";
inline constexpr const char* kCategoryModelName = "category-rule-linear";
inline constexpr const char* kSdgModelName = "sdg-goals-issues-targets";

struct SuggestOptions {
    std::size_t limit = 0;  // Recommendations to suggest for, in export order; 0: all.
};

struct SuggestReport {
    int model_version = 0;
    std::size_t recommendations = 0;  // Given at least one suggestion.
    std::size_t labelled = 0;         // Confirmed issues and category: nothing to suggest.
    std::size_t without_english = 0;  // No English text: left out.
    std::size_t unknown_words = 0;    // The models knew too few of its words to suggest.
    bool sdg_goals = false;           // The store's SDG taxonomy allowed suggesting goals.
    store::SuggestionWrite write;
};

core::Result<SuggestReport> suggest_labels(store::Store& store, const LabelModels& models,
                                           const SuggestOptions& options = {});

}  // namespace rightstrack::classify
