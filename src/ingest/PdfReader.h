// Reads the text layer of a PDF (a UN report, an addendum, concluding observations) as lines laid
// out on each page, in reading order, for TextLayout to turn into paragraphs. Uses poppler-cpp.
// Safe to call from several threads on different inputs: each call owns its poppler document.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"

namespace rightstrack::ingest {

// One line of text as laid out on a page. Coordinates are PDF points with the origin at the
// page's top-left corner: `y` is the top of the line's box and grows down the page.
struct TextLine {
    std::string text;  // UTF-8; words joined by single spaces.
    int page = 0;      // 1-based.
    double x = 0, y = 0, height = 0;
    double width = 0;
};

struct PageText {
    int number = 0;  // 1-based.
    std::vector<TextLine> lines;
    double width = 0, height = 0;  // Of the page's crop box, in points; 0 when unknown.
};

// The lines of every page, one PageText per page, pages in order (a page without text has no
// lines). On a page, lines run top to bottom; a line is cut where a wide gap separates words on
// one baseline (tab stops, table cells), and a page set in two columns is read left column
// first. Text set at another angle than most of the page's text (a sideways margin stamp) is
// left out.
// Refuses with ErrorKind::InvalidInput, located at `file_name`: bytes that are not a PDF, a file
// cut short (no end-of-file marker) or too damaged to open, an encrypted file that needs a
// password, and a file with no text on any page (a scanned document).
core::Result<std::vector<PageText>> read_pdf_pages(std::string_view bytes,
                                                   const std::string& file_name);

}  // namespace rightstrack::ingest
