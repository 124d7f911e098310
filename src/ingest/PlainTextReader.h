// Reads a UN document saved as plain text (what pdftotext writes, flush or with -layout, or a
// text exported from elsewhere) into its running text, with what TextLayout guarantees for a
// PDF: reading order, page furniture removed, wrapped lines joined, hyphenation repaired, and
// footnotes kept apart, in any language. HtmlReader hands its lines to the same rules. Pure
// functions: thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/Paragraph.h"
#include "ingest/TextFurniture.h"

namespace rightstrack::ingest {

// The lines of a text page by page, as written: line ends (LF, CRLF, CR) removed, blank lines
// kept. Pages are separated by form feeds; a text without any is one page of unknown number.
struct TextLines {
    std::vector<std::vector<std::string>> pages;
    Pagination pagination = Pagination::Unknown;
};

TextLines lines_of_text(std::string_view utf8);

// The paragraphs of a text's lines, in order.
// - Each line is cleaned (clean_line_text: leading and repeated spaces go, so text laid out
//   with indents reads like flush text) and furniture removed (see remove_text_furniture()).
// - A paragraph ends at a blank line, unless the next line starts with a lower-case letter and
//   the paragraph has not ended a sentence; and before a line that starts with a paragraph
//   number of the UN layout ("76.", "76.12", "(a)", "II.": see paragraph_number_length()). A
//   line holding only a number ("76.1.") takes the next line's text, even across a blank line.
// - At a page break a paragraph runs on unless it ended a sentence or the next page starts with
//   a paragraph number.
// - Wrapped lines are joined with one space, a hyphen at a line end repaired as the document
//   writes the word (see append_line()).
// - Footnotes (see footnote_lines()) are paragraphs of their own with `footnote` set, each
//   starting at its mark; they follow the paragraph open at the end of their page once it ends.
// `page` counts the form feeds from 1; it is 0 when the text has none.
std::vector<Paragraph> paragraphs_of_lines(const TextLines& lines);

// paragraphs_of_lines(lines_of_text(utf8)).
std::vector<Paragraph> read_plain_text(std::string_view utf8);

}  // namespace rightstrack::ingest
