// How UPR Working Group reports phrase recommendations, and the clean form rightstrack keeps.
// Early reports write infinitives ("To ratify ..."), clauses ("That Algeria ratify ...",
// "Recommended that Benin ...") and join a State's several recommendations with "; recommends
// that ..."; later reports, OHCHR's matrices and UPR Info write imperatives ("Ratify ...").
// Pure functions: thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::ingest {

// The recommendation as an imperative with a capital letter. `subjects` are the ways the report
// names the State under review (see subjects_for()).
std::string imperative(std::string text, const std::vector<std::string>& subjects);

// Whether `text` starts with a verb's plain form, as an imperative or a clause's verb does
// ("publish", "Work", "re-examine", "continue"), rather than with a noun phrase ("protection
// against", "the Convention", "ILO Convention", "accession to", "party to") or a participle or
// third person ("ensuring", "concerned", "is", "has").
bool starts_with_plain_verb(std::string_view text);

// The dialogue's "recommended (a) allowing the media ...; (b) imposing a moratorium" as
// imperatives: a recommendation that opens with a verb's "-ing" form gets its plain form
// ("allow the media ...", "impose a moratorium"). Openings that qualify a verb after them
// ("taking into account", "including") stay.
std::string gerund_as_imperative(std::string text);

// One State's recommendations joined by "; recommends that", as separate texts.
std::vector<std::string> split_recommends(const std::string& text);

// The State under review's English names and the generic subjects ("the Government", "it"),
// longest first.
std::vector<std::string> subjects_for(const std::string& state);

}  // namespace rightstrack::ingest
