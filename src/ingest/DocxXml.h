// The XML inside a DOCX, for DocxReader: WordprocessingML parts (the body, page headers) read
// into paragraphs and tables, and the package relationships that name the parts. Internal to
// ingest. Pure functions: thread-safe.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"
#include "ingest/DocxReader.h"

namespace rightstrack::ingest {

// Parses one part; malformed XML is an error naming the part and the parser's byte offset.
core::Result<pugi::xml_document> parse_word_xml(std::string_view bytes, std::string_view part,
                                                const std::string& file_name);

// True when the root is WordprocessingML's w:document.
bool is_word_document(const pugi::xml_document& xml);

// Paragraphs and tables of a w:document's body or of a w:hdr/w:ftr part, in order.
std::vector<DocxBlock> read_word_blocks(const pugi::xml_document& xml);

// The paragraphs of `blocks`, tables read row by row and cell by cell.
std::vector<DocxParagraph> flatten_paragraphs(std::vector<DocxBlock> blocks);

// r:id of every w:headerReference of the document's sections, in document order.
std::vector<std::string> header_relationship_ids(const pugi::xml_document& main);

// "_rels/.rels" relationships: the package path of the main document part, or "".
std::string office_document_target(const pugi::xml_document& package_rels);
// "word/document.xml" -> "word/_rels/document.xml.rels".
std::string relationships_part_name(std::string_view part);
// The package path of relationship `id` of `source_part`, or "" when there is none.
std::string relationship_target(const pugi::xml_document& rels, std::string_view id,
                                std::string_view source_part);

}  // namespace rightstrack::ingest
