// Builds an ImportBatch from rightstrack's own exports (CSV or JSONL), where every row carries
// its document again: keeps each document once, refuses a document described two ways, and
// refuses an id given twice. Used by one reader at a time.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/Result.h"
#include "model/ImportBatch.h"

namespace rightstrack::ingest {

class ExchangeBatch {
public:
    explicit ExchangeBatch(std::string format) { batch_.format = std::move(format); }

    core::Status add(model::Document document, model::Recommendation recommendation);
    model::ImportBatch finish() { return std::move(batch_); }

private:
    model::ImportBatch batch_;
    std::unordered_map<std::string, size_t> documents_;  // Symbol -> index in batch_.documents.
    std::unordered_set<std::string> ids_;
};

}  // namespace rightstrack::ingest
