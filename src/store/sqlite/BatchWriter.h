// Writes an ImportBatch inside a transaction the caller holds: documents by symbol, then each
// recommendation by its stable id — inserted when new, rewritten when its content fingerprint
// changed, left untouched otherwise. Statements are prepared once per batch. It checks every
// State and label reference itself, so the caller may run it with foreign keys off. It stamps
// each recommendation it writes or whose document it changes with the transaction's change
// sequence, and records each it deletes (see ChangeFeed).
#pragma once

#include <unordered_map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>

#include "store/Store.h"
#include "store/sqlite/Database.h"

namespace rightstrack::store::sqlite {

class BatchWriter {
public:
    // `change`: the change sequence of the caller's transaction (raise_change_sequence).
    static core::Result<BatchWriter> create(Database& db, int64_t change);
    BatchWriter(BatchWriter&&) noexcept;
    ~BatchWriter();

    core::Result<WriteSummary> write(const model::ImportBatch& batch, const ProgressFn& progress);

    struct Statements;  // The prepared statements, defined in the .cpp.

private:
    // Label row ids by label_key(taxonomy, code).
    using LabelIds = std::unordered_map<std::string, int64_t>;
    BatchWriter(Database& db, int64_t change, std::unique_ptr<Statements> statements,
                LabelIds label_ids, std::unordered_set<std::string> known_states);

    // Records in `own_file_stored` whether the store held the document as its own file
    // described it (see model::Document::sha256).
    core::Result<int64_t> write_document(const model::Document& document,
                                         std::unordered_map<std::string, bool>& own_file_stored,
                                         WriteSummary& summary);
    // Writes the recommendation with the answer a response statement holds for it, if any.
    core::Status write_answered(const model::Recommendation& recommendation, int64_t document_id,
                                int64_t sequence, class ResponseBook& responses,
                                WriteSummary& summary);
    core::Status write_recommendation(const model::Recommendation& recommendation,
                                      int64_t document_id, int64_t sequence,
                                      WriteSummary& summary);
    core::Status write_children(int64_t row_id, const model::Recommendation& recommendation);

    // What the store holds for a recommendation id that exists.
    struct StoredRow {
        int64_t row_id;
        std::string fingerprint;
        int64_t sequence;
    };
    core::Result<std::optional<StoredRow>> find_stored(const std::string& id);
    core::Result<StoredRow> stored_row(const std::string& id);  // One that must exist.
    core::Status delete_children(int64_t row_id);
    // Deletes a stored recommendation, if there is one, and its child rows (a description a
    // report absorbed).
    core::Status delete_recommendation(const std::string& id);
    core::Status check_states(const model::Recommendation& recommendation) const;
    core::Result<int64_t> label_id(const model::LabelRef& label) const;

    Database* db_;
    int64_t change_;
    std::unique_ptr<Statements> statements_;
    LabelIds label_ids_;
    mutable std::string key_;  // Scratch for label lookups, to avoid an allocation per label.
    std::unordered_set<std::string> known_states_;
};

}  // namespace rightstrack::store::sqlite
