#include "store/sqlite/SqliteStore.h"

#include "store/sqlite/BatchLabels.h"
#include "store/sqlite/BatchWriter.h"
#include "store/sqlite/ChangeFeed.h"
#include "store/sqlite/Migrator.h"
#include "store/sqlite/PublicImplementation.h"
#include "store/sqlite/RecommendationReader.h"
#include "store/sqlite/ReferenceData.h"
#include "store/sqlite/SuggestionBook.h"
#include "store/sqlite/Transaction.h"

namespace rightstrack::store {

core::Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& path) {
    return std::unique_ptr<Store>(TRY(sqlite::SqliteStore::open(path)));
}

}  // namespace rightstrack::store

namespace rightstrack::store::sqlite {
namespace {

core::Result<Counts> count_by(Database& db, std::string_view sql) {
    auto query = TRY(db.prepare(sql));
    Counts counts;
    while (TRY(query.step()))
        counts.emplace_back(std::string(query.text(0)), query.integer(1));
    return counts;
}

core::Result<int64_t> count(Database& db, std::string_view sql) {
    auto query = TRY(db.prepare(sql));
    TRY(query.step());
    return query.integer(0);
}

core::Status save_label(Statement& upsert, Statement& find, Statement& name,
                        const std::string& taxonomy, const model::Label& label, int64_t position) {
    TRY(upsert.bind(1, taxonomy).bind(2, label.code).bind(3, label.parent).bind(4, position).run());
    find.bind(1, taxonomy).bind(2, label.code);
    TRY(find.step());
    int64_t id = find.integer(0);
    find.reset();
    for (const auto& translation : label.names)
        TRY(name.bind(1, id).bind(2, translation.language).bind(3, translation.text).run());
    return {};
}

}  // namespace

core::Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::string& path) {
    TRY(create_parent_folder(path));
    auto db = TRY(Database::open(path, OpenMode::ReadWrite));
    TRY(migrate(*db));
    TRY(refresh_reference_data(*db));
    return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(db)));
}

core::Result<WriteSummary> SqliteStore::write(const model::ImportBatch& batch, Commit commit,
                                              const ProgressFn& progress) {
    // SQLite's foreign-key checks cost 40% of a bulk import; the BatchWriter checks the same
    // references against tables it loads first, so they are off for this one transaction.
    TRY(db_->execute("PRAGMA foreign_keys = OFF"));
    auto written = write_batch(batch, commit, progress);
    auto restored = db_->execute("PRAGMA foreign_keys = ON");
    if (written.ok() && !restored.ok())
        return restored.release_error();
    return written;
}

core::Result<WriteSummary> SqliteStore::write_batch(const model::ImportBatch& batch, Commit commit,
                                                    const ProgressFn& progress) {
    auto transaction = TRY(Transaction::begin(*db_));
    int64_t change = TRY(raise_change_sequence(*db_));
    // Before the writer loads the label ids, so that it finds the labels the file defines.
    TRY(add_missing_labels(*db_, batch.taxonomies));
    auto writer = TRY(BatchWriter::create(*db_, change));
    auto summary = TRY(writer.write(batch, progress));
    if (commit == Commit::Yes)
        TRY(transaction.commit());
    return summary;
}

core::Status SqliteStore::scan(ScanOrder order, const RecommendationVisitor& visit) {
    // A read transaction gives the scan one consistent snapshot while writers go on (WAL).
    TRY(db_->execute("BEGIN"));
    auto scanned = order == ScanOrder::Export ? scan_recommendations(*db_, visit)
                                              : scan_in_storage_order(*db_, visit);
    db_->rollback();
    return scanned;
}

core::Result<int64_t> SqliteStore::change_sequence() {
    if (!sequence_query_)
        sequence_query_.emplace(TRY(db_->prepare("SELECT seq FROM change_sequence")));
    return sqlite::change_sequence(*sequence_query_);
}

core::Result<int64_t> SqliteStore::scan_changes(int64_t since, const ChangeVisitor& visit) {
    // A read transaction, as for scan(): the sequence returned covers exactly what was visited.
    TRY(db_->execute("BEGIN"));
    auto reached = read_changes(*db_, since, visit);
    db_->rollback();
    return reached;
}

core::Result<PublicImplementationMap> SqliteStore::public_implementation() {
    if (db_->in_transaction())
        return read_public_implementation(*db_);
    TRY(db_->execute("BEGIN"));
    auto views = read_public_implementation(*db_);
    db_->rollback();
    return views;
}

core::Result<Statistics> SqliteStore::statistics() {
    Statistics stats;
    stats.documents = TRY(count(*db_, "SELECT count(*) FROM documents"));
    stats.recommendations = TRY(count(*db_, "SELECT count(*) FROM recommendations"));
    constexpr std::string_view kJoin =
        " FROM recommendations r JOIN documents d ON d.id = r.document_id";
    stats.by_state_under_review = TRY(count_by(
        *db_, std::string("SELECT d.state_code, count(*)") + std::string(kJoin) +
                  " GROUP BY d.state_code ORDER BY d.state_code"));
    stats.by_cycle = TRY(count_by(*db_, std::string("SELECT coalesce(d.cycle, ''), count(*)") +
                                            std::string(kJoin) +
                                            " GROUP BY d.cycle ORDER BY d.cycle"));
    stats.by_response = TRY(count_by(*db_, "SELECT response, count(*) FROM recommendations"
                                           " GROUP BY response ORDER BY response"));
    stats.by_mechanism = TRY(count_by(
        *db_, std::string("SELECT d.mechanism, count(*)") + std::string(kJoin) +
                  " GROUP BY d.mechanism ORDER BY d.mechanism"));
    return stats;
}

core::Status SqliteStore::save_taxonomy(const model::Taxonomy& taxonomy) {
    auto transaction = TRY(Transaction::begin(*db_));
    auto add_taxonomy = TRY(db_->prepare(
        "INSERT INTO taxonomies (code, name) VALUES (?, ?)"
        " ON CONFLICT (code) DO UPDATE SET name = excluded.name"));
    TRY(add_taxonomy.bind(1, taxonomy.code).bind(2, taxonomy.name).run());
    auto upsert = TRY(db_->prepare(
        "INSERT INTO labels (taxonomy_code, code, parent_code, position) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (taxonomy_code, code) DO UPDATE SET parent_code = excluded.parent_code,"
        " position = excluded.position"));
    auto name = TRY(db_->prepare(
        "INSERT INTO label_names (label_id, language, name) VALUES (?, ?, ?)"
        " ON CONFLICT (label_id, language) DO UPDATE SET name = excluded.name"));
    auto find = TRY(db_->prepare("SELECT id FROM labels WHERE taxonomy_code = ? AND code = ?"));
    int64_t position = 0;
    for (const auto& label : taxonomy.labels)
        TRY(save_label(upsert, find, name, taxonomy.code, label, ++position));
    return transaction.commit();
}

core::Result<model::Taxonomy> SqliteStore::taxonomy(const std::string& code) {
    auto header = TRY(db_->prepare("SELECT name FROM taxonomies WHERE code = ?"));
    header.bind(1, code);
    if (!TRY(header.step()))
        return core::Error::not_found("no taxonomy '" + code + "'");
    model::Taxonomy taxonomy{code, std::string(header.text(0)), {}};
    auto labels = TRY(db_->prepare(
        "SELECT l.code, l.parent_code, n.language, n.name FROM labels l"
        " LEFT JOIN label_names n ON n.label_id = l.id"
        " WHERE l.taxonomy_code = ? ORDER BY l.position, l.code, n.language"));
    labels.bind(1, code);
    while (TRY(labels.step())) {
        if (taxonomy.labels.empty() || taxonomy.labels.back().code != labels.text(0))
            taxonomy.labels.push_back({std::string(labels.text(0)),
                                       std::string(labels.text(1)), {}});
        if (!labels.text(2).empty())
            taxonomy.labels.back().names.push_back({std::string(labels.text(2)),
                                                    std::string(labels.text(3))});
    }
    return taxonomy;
}

core::Result<model::LabelCatalog> SqliteStore::label_catalog() {
    model::LabelCatalog catalog;
    auto taxonomies = TRY(db_->prepare("SELECT code FROM taxonomies"));
    while (TRY(taxonomies.step()))
        catalog.add_taxonomy(std::string(taxonomies.text(0)));
    auto labels = TRY(db_->prepare("SELECT taxonomy_code, code FROM labels"));
    while (TRY(labels.step()))
        catalog.add(std::string(labels.text(0)), std::string(labels.text(1)));
    return catalog;
}

core::Result<StoredRecommendation> SqliteStore::recommendation(const std::string& id) {
    // One read transaction: the document found is the one its recommendations are read from.
    TRY(db_->execute("BEGIN"));
    auto found = find_recommendation(*db_, id);
    db_->rollback();
    return found;
}

core::Result<SuggestionWrite> SqliteStore::save_suggestions(
    const std::vector<model::LabelSuggestion>& suggestions) {
    return sqlite::save_suggestions(*db_, suggestions);
}

core::Result<std::vector<model::LabelSuggestion>> SqliteStore::suggestions(
    const SuggestionFilter& filter) {
    return list_suggestions(*db_, filter);
}

core::Result<ReviewSummary> SqliteStore::review_suggestions(
    const std::vector<model::SuggestionReview>& reviews) {
    return sqlite::review_suggestions(*db_, reviews);
}

}  // namespace rightstrack::store::sqlite
