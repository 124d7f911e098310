// Page furniture and footnotes in text that comes without its layout's geometry (plain text such
// as pdftotext writes it, the text of an HTML page): what PageFurniture decides for a PDF from
// positions, decided here from the order of lines on a page. PlainTextReader uses it. Pure
// functions: thread-safe.
#pragma once

#include <string>
#include <vector>

namespace rightstrack::ingest {

// Whether a text's pages are known: pdftotext separates them with form feeds.
enum class Pagination { Known, Unknown };

// One page of a text: its lines cleaned (clean_line_text), blank lines kept as "".
struct TextPage {
    int number = 0;  // 1-based; 0 when the text has no pages.
    std::vector<std::string> lines;
};

// Removes furniture from every page, leaving blank lines and rules ("_____") in place: lines that
// hold only the document's symbol (the first symbol in the text) except the first, only a page
// number ("12", "Page 12", "- 12 -": not a paragraph number such as "(12)"), a GE job number
// ("GE.15-04261 (E) 300315") or a barcode; and, when the pages are known, lines among the first
// or last three of a page that repeat there, digits aside, on 40% of the pages or more (at least
// two): running headers and footers. When the pages are known, a footnote mark that pdftotext
// -layout raised onto a line of its own ("2" right above the footnote's text) is joined to its
// text first, and set apart from the text above it by a blank line.
void remove_text_furniture(std::vector<TextPage>& pages, Pagination pagination);

// Which lines of `page` are footnotes: the blocks after a rule whose first line starts with a
// footnote mark ("1 ", "*"), and, when the pages are known, at the foot of the page (newer
// reports draw the rule as a graphic, which leaves no text): the blocks that start with a mark,
// and above them, inside the last block of text, the lines from one that starts with a mark and
// a capital after a sentence's or an item's end. The block above them is the end of a footnote
// carried over from the page before when it has no paragraph number and two blank lines or more
// above it or starts in lower case (both, when no footnote follows it). A page of one block has
// no footnotes.
std::vector<bool> footnote_lines(const TextPage& page, Pagination pagination);

// A line that starts a footnote: a mark ("12 ", "*") that is not a paragraph number ("12.").
bool starts_footnote(const std::string& line);

}  // namespace rightstrack::ingest
