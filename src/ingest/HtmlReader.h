// Reads a UN document saved as HTML (a web page, a word processor's or pdftohtml's export) into
// its running text. A small tolerant scanner of our own, not a parser: it needs only where blocks
// and lines break and what is text, and it must not give up on tags left open or badly nested.
// The lines it finds then go through PlainTextReader's rules (furniture, joining, hyphenation,
// footnotes). Pure functions: thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "ingest/Paragraph.h"
#include "ingest/PlainTextReader.h"

namespace rightstrack::ingest {

// Whether `utf8` is HTML: it starts, after white space, with "<!DOCTYPE html" or "<html", or
// has an <html> or <body> tag in its first 1,024 bytes (after an XML declaration, a comment).
bool looks_like_html(std::string_view utf8);

// The text of an HTML page as lines, on one page of unknown number:
// - block elements (p, div, h1-h6, li, dt, dd, table rows and cells, blockquote, section,
//   ...) open and close with a blank line, so that each is a paragraph of its own; <hr> is a
//   rule, which footnotes may follow;
// - <br> ends a line, which then joins the next as a wrapped line does (two end the paragraph);
// - head, script, style, noscript, template and title hold no text;
// - white space collapses to one space, except inside <pre>, where line ends are kept;
// - character references are decoded (see decode_reference()); comments, doctype and
//   processing instructions dropped; a "<" that opens no tag is text.
TextLines html_lines(std::string_view html);

// paragraphs_of_lines(html_lines(html)).
std::vector<Paragraph> read_html(std::string_view html);

}  // namespace rightstrack::ingest
