// The response statements of the store (see model/ResponseStatement.h) for the reports one batch
// touches. It saves the batch's own statements, then answers recommendations from all the
// statements known: those of the batch as they are written, and those already stored when the
// batch brings statements for their report. Either order of import thus gives the same result.
// Runs inside the writer's transaction.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "store/Store.h"
#include "store/sqlite/Database.h"

namespace rightstrack::store::sqlite {

class ResponseBook {
public:
    // Saves `batch.responses`, replacing all that their source documents said before, and loads
    // the statements for the reports of the batch and the reports its statements answer.
    // `document_ids` are the row ids of the batch's documents, already written.
    static core::Result<ResponseBook> record(
        Database& db, const model::ImportBatch& batch,
        const std::unordered_map<std::string, int64_t>& document_ids);

    // The statement that answers `recommendation` otherwise than it stands now, or null.
    const model::ResponseStatement* new_answer(const model::Recommendation& recommendation);

    // Answers the stored recommendations of the reports the batch's statements name (those not
    // in the batch itself) and counts them in `summary.answered`. Counts the batch's statements
    // that answer nothing yet in `summary.responses_waiting`.
    core::Status answer_stored(const model::ImportBatch& batch, WriteSummary& summary);

private:
    ResponseBook(Database& db, std::map<std::string, model::ReportResponses> by_report);

    Database* db_;
    std::map<std::string, model::ReportResponses> by_report_;
    // Statements that answered a recommendation: (report, paragraph, source).
    std::unordered_set<std::string> used_;
};

}  // namespace rightstrack::store::sqlite
