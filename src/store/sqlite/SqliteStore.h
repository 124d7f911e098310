// The Store on an embedded SQLite database (WAL mode, foreign keys on). Opening it applies any
// pending migrations and refreshes the reference data (States, organisations) compiled into
// the binary. One SqliteStore belongs to one thread at a time.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "store/Store.h"
#include "store/sqlite/Database.h"

namespace rightstrack::store::sqlite {

class SqliteStore final : public Store {
public:
    static core::Result<std::unique_ptr<SqliteStore>> open(const std::string& path);

    core::Result<WriteSummary> write(const model::ImportBatch& batch, Commit commit,
                                     const ProgressFn& progress) override;
    core::Status scan(ScanOrder order, const RecommendationVisitor& visit) override;
    core::Result<Statistics> statistics() override;
    core::Result<int64_t> change_sequence() override;
    core::Result<int64_t> scan_changes(int64_t since, const ChangeVisitor& visit) override;
    core::Result<PublicImplementationMap> public_implementation() override;
    core::Status save_taxonomy(const model::Taxonomy& taxonomy) override;
    core::Result<model::Taxonomy> taxonomy(const std::string& code) override;
    core::Result<model::LabelCatalog> label_catalog() override;
    core::Result<StoredRecommendation> recommendation(const std::string& id) override;
    core::Result<SuggestionWrite> save_suggestions(
        const std::vector<model::LabelSuggestion>& suggestions) override;
    core::Result<std::vector<model::LabelSuggestion>> suggestions(
        const SuggestionFilter& filter) override;
    core::Result<ReviewSummary> review_suggestions(
        const std::vector<model::SuggestionReview>& reviews) override;

    Database& database() { return *db_; }

private:
    explicit SqliteStore(std::unique_ptr<Database> db) : db_(std::move(db)) {}
    core::Result<WriteSummary> write_batch(const model::ImportBatch& batch, Commit commit,
                                           const ProgressFn& progress);
    std::unique_ptr<Database> db_;
    // change_sequence(), prepared once: the web server asks it on every search, and preparing
    // took as long as the read. Declared after db_, to be finalized before it closes.
    std::optional<Statement> sequence_query_;
};

}  // namespace rightstrack::store::sqlite
