// Recommendations that one item or one letter of the dialogue numbers in roman sub-items:
// "(b): X (i) publish ..., (ii) restrict ... and (iii) consider ...", "(i) Work ..., (ii) review
// ... (Belgium)". Each sub-item is its own recommendation when the sub-items make up the whole
// item and each starts with a verb; a list inside a sentence ("in particular regarding (i) X and
// (ii) Y", "ratify (i) Convention A and (ii) Convention B") stays one. Pure: thread-safe.
#pragma once

#include <string>
#include <vector>

namespace rightstrack::ingest {

// The recommendations of `text`: its roman sub-items, when they are recommendations of their
// own, or `text` alone. `subjects` are the ways the report names the State under review (see
// subjects_for()), which may lead the sub-items ("Malaysia (i) publish").
std::vector<std::string> roman_subitems(const std::string& text,
                                        const std::vector<std::string>& subjects);

}  // namespace rightstrack::ingest
