// Finds the recommendations in a UPR Working Group report: the "Conclusions and/or
// recommendations" section, its numbered paragraphs whose opening sentence gives the State's
// response ("enjoy the support", "will be examined", "did not enjoy the support"), and their
// items ("76.12. ... (Spain);" or, in early reports, "1. ... (Spain)." under paragraph 69).
// A pure function from the report's paragraphs to records: thread-safe.
#pragma once

#include <string>
#include <vector>

#include "core/Result.h"
#include "ingest/DocumentIdentity.h"
#include "ingest/Paragraph.h"
#include "model/ImportBatch.h"

namespace rightstrack::ingest {

inline constexpr std::string_view kWgReportImporter = "upr-wg-report";
inline constexpr std::string_view kWgReportImporterVersion = "1";

core::Result<model::ImportBatch> parse_wg_report(const std::vector<Paragraph>& paragraphs,
                                                 const DocumentIdentity& identity,
                                                 const std::string& file_name);

}  // namespace rightstrack::ingest
