// Reads recommendations back out of SQLite, in export order or the order they are stored, with
// their documents, States, labels and translations. One reader per scan; not shared between
// threads.
#pragma once

#include "store/Store.h"
#include "store/sqlite/Database.h"

namespace rightstrack::store::sqlite {

core::Status scan_recommendations(Database& db, const RecommendationVisitor& visit);

// Every recommendation in the order they are stored (by row id): much faster than export order.
core::Status scan_in_storage_order(Database& db, const RecommendationVisitor& visit);

// The recommendations stamped with a change sequence after `since` (migration 0006), in no
// particular order.
core::Status scan_changed(Database& db, int64_t since, const RecommendationVisitor& visit);

// The recommendations of one document, in export order.
core::Status scan_document(Database& db, std::string_view symbol,
                           const RecommendationVisitor& visit);

// One recommendation by its public id, with its document; NotFound naming the id.
core::Result<StoredRecommendation> find_recommendation(Database& db, const std::string& id);

}  // namespace rightstrack::store::sqlite
