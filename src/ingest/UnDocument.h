// Reads a UN document (PDF) and hands its text to the parser for its kind: recognised from the
// content (symbol, title), never from the file name. Pure: bytes in, records out.
#pragma once

#include <string>
#include <string_view>

#include "core/Result.h"
#include "model/ImportBatch.h"

namespace rightstrack::ingest {

// True when `bytes` start like a PDF file.
bool looks_like_pdf(std::string_view bytes);

core::Result<model::ImportBatch> read_un_pdf(std::string_view bytes, const std::string& file_name);

}  // namespace rightstrack::ingest
