// Reads UPR Info's database export (one row per recommending State) into recommendations with
// all their States: rows of one review with the same text, response, action category and issues
// are one recommendation. Pure: bytes in, records out; the whole file or an error.
#pragma once

#include <string>
#include <string_view>

#include "core/Result.h"
#include "ingest/CsvReader.h"
#include "model/ImportBatch.h"
#include "model/LabelCatalog.h"

namespace rightstrack::ingest {

inline constexpr std::string_view kUprInfoImporter = "upr-info-csv";
inline constexpr std::string_view kUprInfoImporterVersion = "1";

// True when a header row has UPR Info's columns.
bool is_upr_info_header(const CsvRow& header);

core::Result<model::ImportBatch> read_upr_info_csv(CsvReader& reader, const CsvRow& header,
                                                   const model::LabelCatalog& labels);

}  // namespace rightstrack::ingest
