// Lays out the words of one PDF page as lines in reading order, from their boxes alone: the
// geometry half of PdfReader, kept apart from poppler so that it can be tested on made-up words.
// Pure functions: thread-safe.
#pragma once

#include <string>
#include <vector>

#include "ingest/PdfReader.h"

namespace rightstrack::ingest {

// A word as the PDF's text layer gives it, upright, in points from the page's top-left corner.
struct PageWord {
    std::string text;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // Left, top, right, bottom.
    bool space_after = false;               // The PDF puts a space between it and the next word.
};

// Words whose boxes end on the same baseline form a row (a smaller word raised into a row, a
// footnote mark, joins it); a gap wider than the row's height cuts a row into separate lines.
// When a vertical gutter in the middle of the page separates many full lines on both sides, the
// page is read as two columns: between lines that cross the gutter, the left column's lines come
// before the right column's. Lines carry `page`.
std::vector<TextLine> lay_out_words(std::vector<PageWord> words, int page, double page_width);

}  // namespace rightstrack::ingest
