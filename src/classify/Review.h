// The review of label suggestions, for the command line now and the web screens later: people
// accept, reject or correct (replace by another label of the same taxonomy) one suggestion or
// many at once, all or nothing per call. Accepting or correcting confirms the label, so the next
// `classify train` learns from it; rejections are remembered, so the label is never suggested
// again for that recommendation. The checks that need the store (unknown id, already reviewed,
// label not in the taxonomy) run inside the store's one transaction (Store::review_suggestions).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/LabelSuggestion.h"
#include "store/Store.h"

namespace rightstrack::classify {

core::Result<store::ReviewSummary> accept_suggestions(store::Store& store,
                                                      const std::vector<int64_t>& ids);
core::Result<store::ReviewSummary> reject_suggestions(store::Store& store,
                                                      const std::vector<int64_t>& ids);

struct Correction {
    int64_t id = 0;
    std::string label;  // A code of the suggestion's taxonomy.
};
core::Result<store::ReviewSummary> correct_suggestions(store::Store& store,
                                                       const std::vector<Correction>& corrections);

// Several kinds of decision in one call, all or nothing.
core::Result<store::ReviewSummary> review_suggestions(
    store::Store& store, const std::vector<model::SuggestionReview>& reviews);

// "12,14,15" -> {12, 14, 15}; `where` names the input in errors (an option, a form field).
core::Result<std::vector<int64_t>> parse_suggestion_ids(std::string_view text,
                                                        const std::string& where);
// "12=Women's rights" -> {12, "Women's rights"}.
core::Result<Correction> parse_correction(std::string_view text, const std::string& where);

}  // namespace rightstrack::classify
