#include "model/LabelSuggestion.h"

#include <vector>

#include "core/Text.h"

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

namespace {

constexpr SuggestionState kStates[] = {SuggestionState::Pending, SuggestionState::Accepted,
                                       SuggestionState::Rejected, SuggestionState::Corrected};

}  // namespace

std::optional<SuggestionState> parse_suggestion_state(std::string_view text) {
    for (auto state : kStates)
        if (suggestion_state_code(state) == text)
            return state;
    return std::nullopt;
}

std::string suggestion_states_text() {
    std::vector<std::string_view> codes;
    for (auto state : kStates) codes.push_back(suggestion_state_code(state));
    return core::alternatives(codes);
}

}  // namespace rightstrack::model
