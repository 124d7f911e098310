// The label suggestions of migration 0007: stored apart from confirmed labels, listed, and
// reviewed, where accepting or correcting one confirms its label on the recommendation. Each
// write runs in one transaction of its own; belongs to the thread that owns the Database.
#pragma once

#include <vector>

#include "store/Store.h"
#include "store/sqlite/Database.h"

namespace rightstrack::store::sqlite {

core::Result<SuggestionWrite> save_suggestions(
    Database& db, const std::vector<model::LabelSuggestion>& suggestions);

core::Result<std::vector<model::LabelSuggestion>> list_suggestions(Database& db,
                                                                   const SuggestionFilter& filter);

core::Result<ReviewSummary> review_suggestions(Database& db,
                                               const std::vector<model::SuggestionReview>& reviews);

}  // namespace rightstrack::store::sqlite
