// Writes every recommendation in the store, in export order, as CSV (the columns of
// model/ExchangeFormat.h, one row per recommendation) or JSON Lines (one object per line, with
// its document). The store is read in one snapshot; output goes to any stream.
#pragma once

#include <optional>
#include <ostream>
#include <string_view>

#include "core/Result.h"
#include "store/Store.h"

namespace rightstrack::report {

enum class ExportFormat { Csv, Jsonl };

std::optional<ExportFormat> parse_export_format(std::string_view name);

// Returns the number of recommendations written.
core::Result<int64_t> export_recommendations(store::Store& store, ExportFormat format,
                                             std::ostream& out);

}  // namespace rightstrack::report
