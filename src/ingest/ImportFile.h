// The front door of ingestion: recognises what a file is from its content (not its name; only
// a ".docx" that is no zip is sent to the DOCX reader for its error), decodes it and hands it
// to the matching reader: PDF and DOCX documents, CSV and JSON Lines. Pure: bytes in, records
// out.
#pragma once

#include <string>
#include <string_view>

#include "core/Result.h"
#include "model/ImportBatch.h"
#include "model/LabelCatalog.h"

namespace rightstrack::ingest {

core::Result<model::ImportBatch> read_import_file(std::string bytes,
                                                  const std::string& file_name,
                                                  const model::LabelCatalog& labels);

}  // namespace rightstrack::ingest
