// Footnote marks in the recommendations of a UPR Working Group report. Later reports mark an
// item whose wording changed since the dialogue with a footnote ("... against women 2 (Poland);"),
// and the PDF gives the raised mark as a number standing before the State's parenthesis, or run
// into a year ("Bill 200913 (Norway)"). A number counts as a mark only when one of the report's
// footnotes bears it, so "Convention No. 87 (Chile)" and "under 18 (Peru)" keep theirs.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "ingest/Paragraph.h"

namespace rightstrack::ingest {

// The numbers the report's footnotes start with.
std::set<int> footnote_numbers(const std::vector<Paragraph>& paragraphs);

// `text` without the marks of `footnotes` that stand before a parenthesis: after a word in small
// letters other than one that a number follows in its own right ("article 14", "under 18"), or
// run into a year.
std::string without_spaced_marks(const std::string& text, const std::set<int>& footnotes);

}  // namespace rightstrack::ingest
