// Turns the lines of a PDF's pages into the document's running text: page furniture removed,
// wrapped lines joined into paragraphs by their layout, in any language. What the parsers of UN
// reports read. Pure function: thread-safe.
#pragma once

#include <string>
#include <vector>

#include "ingest/Paragraph.h"
#include "ingest/PdfReader.h"

namespace rightstrack::ingest {

// The document's paragraphs in reading order.
// - Furniture goes: running headers and footers, page numbers, the GE job number and barcode
//   (see without_furniture()).
// - A line starts a new paragraph when it starts with a paragraph number of the UN layout ("76.",
//   "76.12.", "76.12", "(a)", "II.", a bullet: see paragraph_number_length()), when the gap above
//   it is wider than the usual line spacing, when its font size differs from the line above, when
//   it is indented against the line above (the paragraph having two lines already) or outdented
//   in a paragraph with a hanging indent, or when the line above ends a sentence well short of
//   the paragraph's right edge. A line holding only a number ("76.", "122.11") takes the line
//   that follows it: "76. The recommendations ...". Pieces of one baseline (a number and its
//   text after a tab) are one line.
// - A paragraph runs on across a page break, or into the next column, unless the next page starts
//   with a paragraph number or an indented line, or the paragraph ended a sentence on a short
//   line, or it is a title of a line or two that stops far above the foot of its page.
// - Hyphenation at line ends is repaired (see append_line() in Hyphenation.h).
// - Footnotes (see footnote_start()) become paragraphs of their own with `footnote` set, each
//   starting at its mark; they follow the paragraph that is open at the end of their page once it
//   ends, so that they never split a paragraph that runs on to the next page.
std::vector<Paragraph> paragraphs_of(const std::vector<PageText>& pages);

}  // namespace rightstrack::ingest
