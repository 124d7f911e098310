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

// Splits the trailing parenthesised State list off `item`. When the last parenthesis does not
// hold only State names, `states` is empty and `text` is the whole item.
AttributedText attribute_to_states(std::string_view item);

}  // namespace rightstrack::ingest
