// Imports a Word document (DOCX): an OHCHR thematic matrix goes to the matrix parser, any other
// document's text to the parsers of UN documents, as a PDF's does. Pure functions over bytes:
// thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"
#include "ingest/DocxReader.h"
#include "ingest/Paragraph.h"
#include "model/ImportBatch.h"

namespace rightstrack::ingest {

// True when `bytes` are a zip archive (as every DOCX is) or an old binary Word file; also when
// the name ends in ".docx" whatever the bytes, so that a damaged DOCX is told so by the DOCX
// reader rather than taken for a CSV of unknown layout.
bool looks_like_word_document(std::string_view bytes, std::string_view file_name);

// Errors (InvalidInput, where = file_name): what read_docx() refuses; a matrix that
// parse_ohchr_matrix() refuses; a document that is neither a matrix nor a UN document with a
// symbol; what read_un_document() refuses.
core::Result<model::ImportBatch> read_word_document(std::string_view bytes,
                                                    const std::string& file_name);

// The text of a DOCX as the parsers of UN documents read it: the page headers first (the UN's
// DOCX files carry the symbol there), then the body's paragraphs and its tables' cells in reading
// order (the first page's masthead is a table). Tabs and breaks become spaces; pages are 0.
std::vector<Paragraph> paragraphs_of_docx(const std::vector<DocxBlock>& blocks);

}  // namespace rightstrack::ingest
