// A label a model suggested for a recommendation, kept apart from the labels people confirmed,
// and what people made of it: pending until reviewed, then accepted, rejected, or corrected
// (replaced by another label of the same taxonomy). Plain value types; no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/Recommendation.h"

namespace rightstrack::model {

enum class SuggestionState { Pending, Accepted, Rejected, Corrected };

// "pending", "accepted", "rejected", "corrected".
std::string_view suggestion_state_code(SuggestionState state);
std::optional<SuggestionState> parse_suggestion_state(std::string_view text);
// "pending, accepted, rejected or corrected", for messages.
std::string suggestion_states_text();

struct LabelSuggestion {
    int64_t id = 0;              // Given by the store.
    std::string recommendation;  // The recommendation's public id.
    // The action category is suggested as a label of the action_categories taxonomy ("1".."5").
    LabelRef label;
    double confidence = 0;  // 0-1.
    std::string model;      // The learner, e.g. "issues-linear".
    int model_version = 0;  // The version of the saved models (LabelModels).
    std::string created;    // ISO 8601 UTC, set by the store.
    SuggestionState state = SuggestionState::Pending;
    std::string corrected_to;  // The code people gave instead, when Corrected.
    std::string reviewed;      // ISO 8601 UTC, once reviewed.
};

enum class ReviewAction { Accept, Reject, Correct };

// One person's decision on one suggestion.
struct SuggestionReview {
    int64_t id = 0;
    ReviewAction action = ReviewAction::Accept;
    std::string corrected_to;  // For Correct: a code of the suggestion's taxonomy.
};

}  // namespace rightstrack::model
