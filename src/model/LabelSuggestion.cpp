#include "model/LabelSuggestion.h"

namespace rightstrack::model {

std::string_view suggestion_state_code(SuggestionState state) {
    switch (state) {
    case SuggestionState::Pending: return "pending";
    case SuggestionState::Accepted: return "accepted";
    case SuggestionState::Rejected: return "rejected";
    case SuggestionState::Corrected: return "corrected";
    }
    return "pending";
}

std::optional<SuggestionState> parse_suggestion_state(std::string_view text) {
    for (auto state : {SuggestionState::Pending, SuggestionState::Accepted,
                       SuggestionState::Rejected, SuggestionState::Corrected})
        if (suggestion_state_code(state) == text)
            return state;
    return std::nullopt;
}

}  // namespace rightstrack::model
