// One recommendation from two sources: the document's own file (a Working Group report, whose
// Document carries the file's hash) and a source that only describes the document (an OHCHR
// matrix citing the report, no hash). The store keeps every description of a numbered
// paragraph (table recommendation_descriptions) and ends, whichever is imported first and however
// often, with the document's own record enriched with what its descriptions add
// (model::merge_description). A description that matches no record of the document's own is
// also a recommendation of its own. Runs inside the writer's transaction, for one batch.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/Store.h"
#include "store/sqlite/Database.h"

namespace rightstrack::store::sqlite {

class SourceMerge {
public:
    // Saves the batch's descriptions (replacing what the same importer said of the same
    // document) and loads what the batch may merge with. `own_file_stored` tells, for each of
    // the batch's documents, whether the store held it as its own file described it.
    static core::Result<SourceMerge> prepare(
        Database& db, const model::ImportBatch& batch,
        const std::unordered_map<std::string, bool>& own_file_stored);

    // The stored own records that `description` describes, each merged with it; empty when it
    // describes none (or is no description), and then it is written as a recommendation itself.
    std::vector<model::Recommendation> merged_into_stored(
        const model::Recommendation& description) const;

    // A record of the document's own merged with every description of it, or nullopt when no
    // description matches; the descriptions it absorbed are then in absorbed().
    std::optional<model::Recommendation> absorbing(const model::Recommendation& own);

    // Ids of the descriptions merged into a record of the document's own: their recommendations,
    // if stored, are to be deleted.
    const std::set<std::string>& absorbed() const { return absorbed_; }

private:
    using ByDocument = std::map<std::string, std::vector<model::Recommendation>>;
    SourceMerge(ByDocument own_records, ByDocument descriptions,
                std::set<std::string> describing_documents);

    ByDocument own_records_;   // Stored, for the documents this batch describes.
    ByDocument descriptions_;  // Stored, for the documents of this batch.
    std::set<std::string> describing_documents_;
    std::set<std::string> absorbed_;  // Ids of descriptions merged into an own record.
};

}  // namespace rightstrack::store::sqlite
