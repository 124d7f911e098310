// What a line printed around a UN document's running text looks like, whatever reader found it:
// a page number, the GE job number, a barcode, a rule, and the signature under which a running
// header or footer matches itself from page to page. PageFurniture (PDF) and PlainTextReader
// (plain text, HTML) decide with these which lines are furniture. Pure functions: thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace rightstrack::ingest {

// A line repeated at the top or bottom of this share of the pages is a running header or footer.
inline constexpr double kRepeatedShare = 0.4;

// On how many of `pages` pages a line must repeat to be a running header or footer: 40% of them,
// and at least two.
size_t repeat_threshold(size_t pages);

// What a line looks like on every page: lower case without spaces, and its digits masked so that
// "Page 3" and "Page 4" match. Paragraph numbers keep their digits: "122.11" at the top of one
// page and "122.15" at the top of another are text.
std::string furniture_signature(std::string_view text);

// "12", "- 12 -", "(12)", "Page 12", "12/24".
bool is_page_number(std::string_view text);

// The UN Office at Geneva's job number, "GE.10-14474" with an optional "(E) 080610 150410".
bool is_job_number(std::string_view text);

// The human-readable line of a barcode: "*1014474*".
bool is_barcode(std::string_view text);

// A rule drawn with characters ("______", "-----"): the separator above footnotes in old reports.
bool is_rule(std::string_view text);

}  // namespace rightstrack::ingest
