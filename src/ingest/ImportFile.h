// The front door of ingestion: recognises what a file is from its content (not its name),
// decodes it and hands it to the matching reader. Pure: bytes in, records out.
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
