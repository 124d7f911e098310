#include "store/sqlite/BatchWriter.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "core/Text.h"
#include "model/Recommendation.h"
#include "store/sqlite/ResponseBook.h"
#include "store/sqlite/SuggestionBook.h"
#include "store/sqlite/RowInserter.h"
#include "store/sqlite/SourceMerge.h"

namespace rightstrack::store::sqlite {

struct BatchWriter::Statements {
    Statement find_document;
    Statement insert_document;
    Statement update_document;
    Statement find_recommendation;
    Statement insert_recommendation;
    Statement update_recommendation;
    Statement delete_recommendation;
    Statement record_removal;
    Statement stamp_document;
    Statement delete_states;
    Statement delete_labels;
    Statement delete_texts;
    Statement insert_text;
    RowInserter insert_states;
    RowInserter insert_labels;
};

namespace {

constexpr std::string_view kDocumentColumns =
    "mechanism, state_code, session, cycle, date, language, title, sha256";

// Columns of recommendations bound by bind_recommendation(), in order from parameter 1.
constexpr std::string_view kRecommendationColumns =
    "document_id, paragraph, paragraph_key, sequence, text, language, response, "
    "response_source, action_category, page, importer, importer_version, source_ref, "
    "content_hash, uid, change_seq";

void bind_document(Statement& statement, const model::Document& d) {
    statement.bind(1, d.mechanism.code).bind(2, d.state).bind(3, d.session).bind(4, d.cycle);
    statement.bind(5, d.date).bind(6, d.language).bind(7, d.title).bind(8, d.sha256);
    statement.bind(9, d.symbol);
}

// Binds every column of kRecommendationColumns. The strings must outlive the statement's run.
void bind_recommendation(Statement& statement, const model::Recommendation& r,
                         int64_t document_id, int64_t sequence, const std::string& paragraph_key,
                         const std::string& fingerprint, int64_t change) {
    statement.bind(1, document_id).bind_view(2, r.paragraph);
    statement.bind_view(3, paragraph_key).bind(4, sequence);
    statement.bind_view(5, r.text).bind_view(6, r.language);
    statement.bind_view(7, model::response_code(r.response));
    statement.bind_view(8, r.response_source).bind(9, r.action_category);
    statement.bind(10, r.provenance.page).bind_view(11, r.provenance.importer);
    statement.bind_view(12, r.provenance.importer_version);
    statement.bind_view(13, r.provenance.source_ref).bind_view(14, fingerprint);
    statement.bind_view(15, r.id).bind(16, change);
}

core::Result<std::unique_ptr<BatchWriter::Statements>> prepare_statements(Database& db) {
    std::string columns(kRecommendationColumns);
    auto s = std::unique_ptr<BatchWriter::Statements>(new BatchWriter::Statements{
        TRY(db.prepare("SELECT id, " + std::string(kDocumentColumns) +
                       " FROM documents WHERE symbol = ?")),
        TRY(db.prepare("INSERT INTO documents (" + std::string(kDocumentColumns) +
                       ", symbol) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")),
        TRY(db.prepare("UPDATE documents SET mechanism = ?1, state_code = ?2, session = ?3,"
                       " cycle = ?4, date = ?5, language = ?6, title = ?7, sha256 = ?8"
                       " WHERE symbol = ?9")),
        TRY(db.prepare("SELECT id, content_hash, sequence FROM recommendations WHERE uid = ?")),
        TRY(db.prepare("INSERT INTO recommendations (" + columns +
                       ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (uid) DO NOTHING")),
        TRY(db.prepare("UPDATE recommendations SET document_id = ?1, paragraph = ?2,"
                       " paragraph_key = ?3, sequence = ?4, text = ?5, language = ?6,"
                       " response = ?7, response_source = ?8, action_category = ?9, page = ?10,"
                       " importer = ?11, importer_version = ?12, source_ref = ?13,"
                       " content_hash = ?14, change_seq = ?16 WHERE uid = ?15")),
        TRY(db.prepare("DELETE FROM recommendations WHERE id = ?")),
        TRY(db.prepare("INSERT OR REPLACE INTO removed_recommendations (uid, change_seq)"
                       " VALUES (?, ?)")),
        TRY(db.prepare("UPDATE recommendations SET change_seq = ?1"
                       " WHERE document_id = ?2 AND change_seq <> ?1")),
        TRY(db.prepare("DELETE FROM recommending_states WHERE recommendation_id = ?")),
        TRY(db.prepare("DELETE FROM recommendation_labels WHERE recommendation_id = ?")),
        TRY(db.prepare("DELETE FROM recommendation_texts WHERE recommendation_id = ?")),
        TRY(db.prepare("INSERT INTO recommendation_texts (recommendation_id, language, text)"
                       " VALUES (?, ?, ?)")),
        RowInserter(db, "recommending_states (recommendation_id, position, state_code)", 3),
        RowInserter(db, "recommendation_labels (recommendation_id, label_id)", 2),
    });
    return s;
}

std::string label_key(std::string_view taxonomy, std::string_view code) {
    std::string key(taxonomy);
    key += '\x1f';
    key += code;
    return key;
}

bool same_document(const Statement& row, const model::Document& d) {
    return row.text(1) == d.mechanism.code && row.text(2) == d.state &&
           row.optional_integer(3) == d.session && row.optional_integer(4) == d.cycle &&
           row.text(5) == d.date && row.text(6) == d.language && row.text(7) == d.title &&
           row.text(8) == d.sha256;
}

}  // namespace

BatchWriter::BatchWriter(Database& db, int64_t change, std::unique_ptr<Statements> statements,
                         LabelIds ids, std::unordered_set<std::string> known_states)
    : db_(&db),
      change_(change),
      statements_(std::move(statements)),
      label_ids_(std::move(ids)),
      known_states_(std::move(known_states)) {}
BatchWriter::BatchWriter(BatchWriter&&) noexcept = default;
BatchWriter::~BatchWriter() = default;

core::Result<BatchWriter> BatchWriter::create(Database& db, int64_t change) {
    auto statements = TRY(prepare_statements(db));
    LabelIds label_ids;
    auto labels = TRY(db.prepare("SELECT taxonomy_code, code, id FROM labels"));
    while (TRY(labels.step()))
        label_ids[label_key(labels.text(0), labels.text(1))] = labels.integer(2);
    std::unordered_set<std::string> known_states;
    auto states = TRY(db.prepare("SELECT code FROM states"));
    while (TRY(states.step()))
        known_states.emplace(states.text(0));
    return BatchWriter(db, change, std::move(statements), std::move(label_ids),
                       std::move(known_states));
}

core::Result<WriteSummary> BatchWriter::write(const model::ImportBatch& batch,
                                              const ProgressFn& progress) {
    WriteSummary summary;
    std::unordered_map<std::string, int64_t> document_ids;
    std::unordered_map<std::string, bool> own_file_stored;
    for (const auto& document : batch.documents)
        document_ids[document.symbol] = TRY(write_document(document, own_file_stored, summary));
    auto responses = TRY(ResponseBook::record(*db_, batch, document_ids));
    auto sources = TRY(SourceMerge::prepare(*db_, batch, own_file_stored));
    // Ids are digests, so the source order would insert into the uid index at random places;
    // in id order every insert appends, which is several times kinder to the CPU caches. The
    // source order is kept in the `sequence` column.
    const auto& recommendations = batch.recommendations;
    std::vector<size_t> order(recommendations.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return recommendations[a].id < recommendations[b].id;
    });
    for (size_t done = 0; done < order.size(); ++done) {
        const auto& recommendation = recommendations[order[done]];
        if (done > 0 && recommendations[order[done - 1]].id == recommendation.id)
            return core::Error::invalid_input("recommendation id " + recommendation.id +
                                              " appears twice in one import");
        auto found = document_ids.find(recommendation.document);
        if (found == document_ids.end())
            return core::Error::internal("recommendation " + recommendation.id +
                                         " names a document not in its batch");
        auto sequence = static_cast<int64_t>(order[done]);
        // A description of records the store has enriches them instead of standing beside them.
        auto described = sources.merged_into_stored(recommendation);
        for (auto& own : described)
            TRY(write_answered(own, found->second, TRY(stored_row(own.id)).sequence, responses,
                               summary));
        if (described.empty()) {
            auto merged = sources.absorbing(recommendation);
            TRY(write_answered(merged ? *merged : recommendation, found->second, sequence,
                               responses, summary));
        }
        if (progress && (done + 1) % 1024 == 0)
            progress(done + 1, order.size());
    }
    const size_t total = order.size();
    TRY(statements_->insert_states.flush());
    TRY(statements_->insert_labels.flush());
    TRY(restore_reviewed_labels(*db_, change_));
    for (const auto& id : sources.absorbed())
        TRY(delete_recommendation(id));
    TRY(responses.answer_stored(batch, summary));
    if (progress)
        progress(total, total);
    return summary;
}

core::Status BatchWriter::write_answered(const model::Recommendation& recommendation,
                                         int64_t document_id, int64_t sequence,
                                         ResponseBook& responses, WriteSummary& summary) {
    const auto* statement = responses.new_answer(recommendation);
    if (!statement)
        return write_recommendation(recommendation, document_id, sequence, summary);
    auto answered = recommendation;
    model::apply_response(answered, *statement);
    return write_recommendation(answered, document_id, sequence, summary);
}

core::Result<int64_t> BatchWriter::write_document(
    const model::Document& document, std::unordered_map<std::string, bool>& own_file_stored,
    WriteSummary& summary) {
    if (!known_states_.contains(document.state))
        return core::Error::invalid_input("document " + document.symbol + ": State '" +
                                          document.state + "' is not a known State");
    auto& find = statements_->find_document;
    find.bind(1, document.symbol);
    bool exists = TRY(find.step());
    int64_t id = exists ? find.integer(0) : 0;
    bool own_file = exists && !find.text(8).empty();
    own_file_stored[document.symbol] = own_file;
    // A source that only describes the document (no hash of its own file) does not overwrite
    // what the document's own file said.
    bool unchanged = (exists && same_document(find, document)) ||
                     (own_file && document.sha256.empty());
    find.reset();
    if (unchanged)
        return id;
    auto& statement = exists ? statements_->update_document : statements_->insert_document;
    bind_document(statement, document);
    auto written = statement.run();
    if (!written.ok())
        return core::Error(written.error().kind(), "document " + document.symbol + " (State '" +
                                                       document.state +
                                                       "'): " + written.error().message());
    if (exists) {
        // What the index keeps of each of its recommendations changed with it.
        TRY(statements_->stamp_document.bind(1, change_).bind(2, id).run());
        return id;
    }
    ++summary.documents_added;
    return db_->last_insert_id();
}

core::Status BatchWriter::write_recommendation(const model::Recommendation& recommendation,
                                               int64_t document_id, int64_t sequence,
                                               WriteSummary& summary) {
    std::string fingerprint = model::content_fingerprint(recommendation);
    std::string paragraph_key = model::paragraph_sort_key(recommendation.paragraph);
    // Inserting first and looking up only on a clash keeps the common case (new records) to one
    // statement.
    auto& insert = statements_->insert_recommendation;
    bind_recommendation(insert, recommendation, document_id, sequence, paragraph_key, fingerprint,
                        change_);
    TRY(insert.run());
    if (db_->changes() == 1) {
        ++summary.added;
        return write_children(db_->last_insert_id(), recommendation);
    }
    auto stored = TRY(stored_row(recommendation.id));
    if (stored.fingerprint == fingerprint) {
        ++summary.unchanged;
        return {};
    }
    auto& update = statements_->update_recommendation;
    bind_recommendation(update, recommendation, document_id, sequence, paragraph_key, fingerprint,
                        change_);
    TRY(update.run());
    TRY(delete_children(stored.row_id));
    ++summary.updated;
    return write_children(stored.row_id, recommendation);
}

core::Result<std::optional<BatchWriter::StoredRow>> BatchWriter::find_stored(
    const std::string& id) {
    auto& find = statements_->find_recommendation;
    find.bind(1, id);
    std::optional<StoredRow> row;
    if (TRY(find.step()))
        row = StoredRow{find.integer(0), std::string(find.text(1)), find.integer(2)};
    find.reset();
    return row;
}

core::Result<BatchWriter::StoredRow> BatchWriter::stored_row(const std::string& id) {
    auto row = TRY(find_stored(id));
    if (!row)
        return core::Error::internal("recommendation " + id + " vanished");
    return *row;
}

core::Status BatchWriter::delete_children(int64_t row_id) {
    TRY(statements_->delete_states.bind(1, row_id).run());
    TRY(statements_->delete_labels.bind(1, row_id).run());
    return statements_->delete_texts.bind(1, row_id).run();
}

core::Status BatchWriter::delete_recommendation(const std::string& id) {
    auto row = TRY(find_stored(id));
    if (!row)
        return {};
    // Foreign keys are off while a batch is written (see SqliteStore::write): children first.
    TRY(delete_children(row->row_id));
    TRY(statements_->record_removal.bind(1, id).bind(2, change_).run());
    return statements_->delete_recommendation.bind(1, row->row_id).run();
}

core::Status BatchWriter::write_children(int64_t row_id,
                                         const model::Recommendation& recommendation) {
    TRY(check_states(recommendation));
    const auto& states = recommendation.recommending_states;
    for (size_t i = 0; i < states.size(); ++i)
        TRY(statements_->insert_states.add({row_id, static_cast<int64_t>(i), states[i]}));
    for (const auto& label : recommendation.labels)
        TRY(statements_->insert_labels.add({row_id, TRY(label_id(label))}));
    for (const auto& translation : recommendation.translations)
        TRY(statements_->insert_text.bind(1, row_id).bind(2, translation.language)
                .bind(3, translation.text).run());
    return {};
}

// The references SQLite would check with foreign keys on, checked here against what the writer
// loaded at the start (see SqliteStore::write).
core::Status BatchWriter::check_states(const model::Recommendation& recommendation) const {
    const auto& states = recommendation.recommending_states;
    for (size_t i = 0; i < states.size(); ++i) {
        if (!known_states_.contains(states[i]))
            return core::Error::invalid_input("recommendation " + recommendation.id +
                                              ": recommending State '" + states[i] +
                                              "' is not a known State");
        if (std::find(states.begin(), states.begin() + i, states[i]) != states.begin() + i)
            return core::Error::invalid_input("recommendation " + recommendation.id +
                                              ": recommending State " + states[i] +
                                              " is listed twice");
    }
    return {};
}

core::Result<int64_t> BatchWriter::label_id(const model::LabelRef& label) const {
    key_.assign(label.taxonomy).append(1, '\x1f').append(label.code);
    auto found = label_ids_.find(key_);
    if (found == label_ids_.end())
        return core::Error::invalid_input("unknown label '" + label.code + "' in taxonomy '" +
                                          label.taxonomy + "'");
    return found->second;
}

}  // namespace rightstrack::store::sqlite
