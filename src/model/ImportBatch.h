// What one imported file yields: its documents and recommendations, ready to be written in one
// transaction. Importers produce it without touching the store.
#pragma once

#include <string>
#include <vector>

#include "model/Document.h"
#include "model/Recommendation.h"
#include "model/ResponseStatement.h"
#include "model/Taxonomy.h"

namespace rightstrack::model {

struct ImportBatch {
    std::string source;        // File name, for messages.
    std::string format;        // e.g. "upr-info-csv".
    std::vector<Document> documents;
    std::vector<Recommendation> recommendations;  // Each names one of `documents`.
    // Answers to recommendations of reports that may be in this batch, in the store, or not yet
    // imported; each names one of `documents` as its source.
    std::vector<ResponseStatement> responses;
    // Labels this file defines (an OHCHR matrix names its themes as it uses them): the store
    // adds the taxonomies and labels it does not have and leaves existing labels' names alone,
    // so a file is never refused for labels the user has not loaded yet.
    std::vector<Taxonomy> taxonomies;
};

}  // namespace rightstrack::model
