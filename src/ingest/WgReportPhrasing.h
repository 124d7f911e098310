// How UPR Working Group reports phrase recommendations, and the clean form rightstrack keeps.
// Early reports write infinitives ("To ratify ..."), clauses ("That Algeria ratify ...",
// "Recommended that Benin ...") and join a State's several recommendations with "; recommends
// that ..."; later reports, OHCHR's matrices and UPR Info write imperatives ("Ratify ...").
// Pure functions: thread-safe.
#pragma once

#include <string>
#include <vector>

namespace rightstrack::ingest {

// The recommendation as an imperative with a capital letter. `subjects` are the ways the report
// names the State under review (see subjects_for()).
std::string imperative(std::string text, const std::vector<std::string>& subjects);

// One State's recommendations joined by "; recommends that", as separate texts.
std::vector<std::string> split_recommends(const std::string& text);

// The State under review's English names and the generic subjects ("the Government", "it"),
// longest first.
std::vector<std::string> subjects_for(const std::string& state);

}  // namespace rightstrack::ingest
