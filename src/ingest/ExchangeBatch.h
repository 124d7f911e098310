// Builds an ImportBatch from rightstrack's own exports (CSV or JSONL), where every row carries
// its document again: keeps each document once, refuses a document described two ways, and
// refuses an id given twice. A label the store does not know is defined by the batch under its
// code (an export names labels by code only), so that a store holding labels from a matrix or a
// taxonomy file exports and imports whole; `taxonomy load` can name them later. Used by one
// reader at a time.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/Result.h"
#include "model/ImportBatch.h"
#include "model/LabelCatalog.h"

namespace rightstrack::ingest {

class ExchangeBatch {
public:
    ExchangeBatch(std::string format, const model::LabelCatalog& known)
        : known_(&known) {
        batch_.format = std::move(format);
    }

    core::Status add(model::Document document, model::Recommendation recommendation);
    model::ImportBatch finish() { return std::move(batch_); }

private:
    void define_unknown_labels(const model::Recommendation& recommendation);

    const model::LabelCatalog* known_;
    model::ImportBatch batch_;
    std::unordered_set<std::string> defined_;  // "taxonomy\x1fcode" of the labels it defines.
    std::unordered_map<std::string, size_t> documents_;  // Symbol -> index in batch_.documents.
    std::unordered_set<std::string> ids_;
};

}  // namespace rightstrack::ingest
