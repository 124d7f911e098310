// Records as JSON objects, the same shape wherever they are printed: a line of the JSONL export,
// the records `import --dry-run --json` would store, the API later.
#pragma once

#include <nlohmann/json.hpp>

#include "model/Document.h"
#include "model/ImportBatch.h"
#include "model/Recommendation.h"
#include "model/ResponseStatement.h"

namespace rightstrack::report {

nlohmann::ordered_json document_json(const model::Document& document);

// The recommendation with its whole document under "document".
nlohmann::ordered_json recommendation_json(const model::Recommendation& recommendation,
                                           const model::Document& document);

nlohmann::ordered_json response_statement_json(const model::ResponseStatement& statement);

// What one file yields: {"documents": [...], "recommendations": [...], "responses": [...]};
// each recommendation names its document by symbol, since the documents are listed once.
nlohmann::ordered_json batch_json(const model::ImportBatch& batch);

}  // namespace rightstrack::report
