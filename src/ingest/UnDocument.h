// Reads a UN document and hands its text to the parser for its kind: recognised from the content
// (symbol, title), never from the file name. The readers (PDF here; DOCX, HTML and plain text
// likewise) turn bytes into paragraphs; read_un_document() takes it from there. Pure: bytes in,
// records out.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"
#include "ingest/Paragraph.h"
#include "model/ImportBatch.h"

namespace rightstrack::ingest {

// True when `bytes` start like a PDF file.
bool looks_like_pdf(std::string_view bytes);

core::Result<model::ImportBatch> read_un_pdf(std::string_view bytes, const std::string& file_name);

// Recognises the document from its paragraphs and parses it by kind. `file_bytes` are those of
// the file the paragraphs came from: their SHA-256 is the document's. A document of a kind
// rightstrack cannot parse is an error that says what it is; text with neither a UN document
// symbol nor a UN mechanism is an error that says it does not look like a UN document.
core::Result<model::ImportBatch> read_un_document(const std::vector<Paragraph>& paragraphs,
                                                  std::string_view file_bytes,
                                                  const std::string& file_name);

}  // namespace rightstrack::ingest
