// Tells a document's running text apart from what is printed around it: running headers and
// footers, page numbers, the GE job number and barcode, and the footnotes at the foot of a page.
// Decided by repetition and position rather than by one known layout. Pure functions: thread-safe.
#pragma once

#include <cstddef>
#include <vector>

#include "ingest/PdfReader.h"

namespace rightstrack::ingest {

// Share of the page height, at the top and at the bottom, where headers and footers are printed.
inline constexpr double kMarginBand = 0.12;

// The pages with every line's text cleaned (clean_line_text), empty lines and rules drawn with
// characters ("_____") dropped, a missing
// page size estimated from the lines, and page furniture removed: lines in the top or bottom band
// that repeat at the same height on at least 40% of the pages (the digits of a page number may
// change), and in those bands lines that are only a page number ("12", "Page 12", "- 12 -"), a GE
// job number ("GE.10-14474 (E) 080610") or a barcode.
std::vector<PageText> without_furniture(const std::vector<PageText>& pages);

// Index of the first line of the footnotes at the foot of `page`, or the line count if there are
// none: a block in the lower half of the page, set apart from the text above it by a gap, that
// starts with a footnote mark ("1 ", "*") and whose lines are in a smaller font than
// `body_height` or closer together than `body_pitch` (baseline to baseline); or a block in the
// smaller font that follows body text after a wide gap without a mark (the end of a footnote
// carried over from the page before). A block opened by an asterisk may look like body text: old
// reports set the title's footnote so.
size_t footnote_start(const PageText& page, double body_height, double body_pitch);

}  // namespace rightstrack::ingest
