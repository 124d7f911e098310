// What one imported file yields: its documents and recommendations, ready to be written in one
// transaction. Importers produce it without touching the store.
#pragma once

#include <string>
#include <vector>

#include "model/Document.h"
#include "model/Recommendation.h"

namespace rightstrack::model {

struct ImportBatch {
    std::string source;        // File name, for messages.
    std::string format;        // e.g. "upr-info-csv".
    std::vector<Document> documents;
    std::vector<Recommendation> recommendations;  // Each names one of `documents`.
};

}  // namespace rightstrack::model
