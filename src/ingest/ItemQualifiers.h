// Qualifiers a compound item gives a State after a ";": "Sign (United Kingdom)/Sign and ratify
// (France) the CAT; in order to deter torture (United Kingdom)" says why the United Kingdom's
// recommendation is made, and is no recommendation of its own. For RecommendingStates; internal
// to ingest. Pure functions: thread-safe.
#pragma once

#include <vector>

#include "ingest/RecommendingStates.h"

namespace rightstrack::ingest {

// Whether a segment's words only qualify a recommendation: they open with words that link to a
// sentence before ("in order to", "as recommended by", "in particular", "with a view to", "so
// that", "at the ...", a participle of purpose: "allowing for complaints") and hold no clause
// with a verb of its own after a comma ("in line with the law, adopt ...").
bool only_qualifies(std::string_view text);

// Joins each segment that only qualifies (see only_qualifies()) to the recommendation it
// qualifies: the last one before it that names one of its States, else the one right before.
// Its States get that recommendation with the qualifier, in the qualifier's place; the
// recommendation keeps its other States, and goes where none are left.
std::vector<AttributedText> with_qualifiers_attached(std::vector<AttributedText> segments);

}  // namespace rightstrack::ingest
