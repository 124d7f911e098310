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

// Gives back to every recommendation stamped `change` (an import rewriting it) the labels people
// confirmed by review, which the rewrite replaced with the source's: the source's labels are
// kept beside them, and a reviewed action category fills one the source leaves empty. Runs in
// the import's transaction.
core::Status restore_reviewed_labels(Database& db, int64_t change);

}  // namespace rightstrack::store::sqlite
