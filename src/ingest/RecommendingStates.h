// Finds the recommending States a UPR recommendation names at its end: "(Spain)",
// "(Spain, Belgium)", "(Spain and Belgium)", "(Spain); (Belgium)", with names as the UN writes
// them ("United Kingdom of Great Britain and Northern Ireland", "Iran (Islamic Republic of)").
// Pure functions: thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::ingest {

struct AttributedText {
    std::string text;                 // The recommendation without the States and final ";".
    std::vector<std::string> states;  // ISO alpha-3 codes in the order named.
};

// Reports write recommending States by name; a short capitalised word in parentheses is an
// acronym ("(AU)", "(CAT)"), even where it happens to be an ISO code.
bool looks_like_acronym(std::string_view name);

// Splits a compound item, "A (Pakistan); B (Brazil, Chile); C (Spain)", into its
// recommendations, each with its own States: a State list closes a recommendation when a ";",
// a "." or the end follows it. "(Spain); (Belgium)" credits both to the same text. An item with
// no such list is one recommendation without States.
std::vector<AttributedText> attribute_segments(std::string_view item);

}  // namespace rightstrack::ingest
