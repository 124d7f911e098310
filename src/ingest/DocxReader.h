// Reads the text of a Word document (DOCX: a zip of XML parts) as paragraphs and tables in
// document order, for the parsers of UN documents that arrive as DOCX (OHCHR's matrices).
// Tracked changes are read as accepted: deleted text is skipped, inserted text kept.
// Pure functions over bytes with no shared state: thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/Result.h"

namespace rightstrack::ingest {

// The style given to the paragraphs of the page headers, which read_docx() puts first.
inline constexpr std::string_view kDocxPageHeaderStyle = "Header";

struct DocxParagraph {
    std::string text;   // w:tab as '\t', w:br and w:cr as '\n'.
    std::string style;  // Style id, e.g. "Heading1"; empty when the paragraph names none.
    bool operator==(const DocxParagraph&) const = default;
};

struct DocxCell {
    // A table nested in the cell is flattened: its cells' paragraphs follow in reading order.
    std::vector<DocxParagraph> paragraphs;
    int grid_span = 1;                     // Grid columns the cell covers (w:gridSpan).
    bool vertical_merge_continue = false;  // Continues the cell above (w:vMerge without restart).

    // The paragraphs' texts joined by '\n'.
    std::string text() const;
    bool operator==(const DocxCell&) const = default;
};

struct DocxRow {
    std::vector<DocxCell> cells;
    bool operator==(const DocxRow&) const = default;
};

struct DocxTable {
    std::vector<DocxRow> rows;
    bool operator==(const DocxTable&) const = default;
};

using DocxBlock = std::variant<DocxParagraph, DocxTable>;

// The body's paragraphs and tables in document order, preceded by the paragraphs of the page
// headers (style kDocxPageHeaderStyle): documents such as OHCHR's matrices name the State under
// review and the cycle only there. Errors (InvalidInput, where = file_name): an old binary .doc,
// bytes that are not a zip archive, a zip without a Word document, malformed XML.
core::Result<std::vector<DocxBlock>> read_docx(std::string_view bytes,
                                               const std::string& file_name);

}  // namespace rightstrack::ingest
