// Reads rightstrack's own CSV export (model/ExchangeFormat.h) back into records, so that
// export -> import into an empty database -> export gives identical output. Pure.
#pragma once

#include "core/Result.h"
#include "ingest/CsvReader.h"
#include "model/ImportBatch.h"
#include "model/LabelCatalog.h"

namespace rightstrack::ingest {

inline constexpr std::string_view kExchangeImporter = "rightstrack-csv";

bool is_exchange_header(const CsvRow& header);

core::Result<model::ImportBatch> read_exchange_csv(CsvReader& reader, const CsvRow& header,
                                                   const model::LabelCatalog& labels);

}  // namespace rightstrack::ingest
