// Reads rightstrack's own JSON Lines export (one recommendation per line, with its document)
// back into records, so that a JSONL export, like a CSV one, can be imported again. Pure.
#pragma once

#include <string>
#include <string_view>

#include "core/Result.h"
#include "model/ImportBatch.h"
#include "model/LabelCatalog.h"

namespace rightstrack::ingest {

inline constexpr std::string_view kExchangeJsonlImporter = "rightstrack-jsonl";

// True when the text's first non-blank character opens a JSON object.
bool looks_like_jsonl(std::string_view utf8);

core::Result<model::ImportBatch> read_exchange_jsonl(std::string_view utf8,
                                                     const std::string& file_name,
                                                     const model::LabelCatalog& labels);

}  // namespace rightstrack::ingest
