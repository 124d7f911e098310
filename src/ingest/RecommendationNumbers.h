// Lists of recommendation numbers as UPR documents write them: "122.1, 122.12, 122.17-18",
// "recommendations 1–5, 14–16, 20–23", "paragraphs 76.1 to 76.5", "122.34- 35", and the
// "122.6266" of a text layer that lost the dash of "122.62–66". Pure functions: thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::ingest {

// One list of recommendation numbers found in a text.
struct NumberList {
    size_t begin = 0;  // Byte offsets of the list in the text.
    size_t end = 0;
    // What the list names, ranges expanded, in order: "122.17", "122.18"; or "17" where the
    // document numbers recommendations alone.
    std::vector<std::string> paragraphs;
    // True when a word that introduces recommendations ("recommendations", "Rec.", "paragraphs",
    // "recomendaciones" ...) comes right before the list, "the following" and the like allowed
    // between.
    bool introduced = false;
};

// The lists in `text` that name recommendations: those introduced by such a word, and those
// holding a dotted number ("122.17"). Bare numbers elsewhere ("215 recommendations", "12
// November 2019", "of which 58") are not lists of recommendations; nor are quantities such as
// "3.5 million" or "2.5 per cent".
// - A range ("1–5", "122.30-33", "122.14 to 122.16") covers each number between its ends; the
//   second end may omit the first's prefix. A range whose ends differ in prefix, or that would
//   span more than 500 numbers, is taken as its two ends.
// - A dotted number whose last part has four to six digits is a range whose dash was lost
//   ("122.6266" is 122.62–122.66), when its two halves ascend; recommendations never number in
//   the thousands.
std::vector<NumberList> recommendation_number_lists(std::string_view text);

}  // namespace rightstrack::ingest
