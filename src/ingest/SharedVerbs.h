// Recommendations of a compound item that share one verb: verb alternatives followed by one
// State list ("Ratify/consider ratifying X (France, Mexico)") given to the States in order, and
// noun phrases after the first part borrowing its verb ("To ratify ICCPR (Brazil); CEDAW
// (Chile)"). For RecommendingStates; internal to ingest. Pure functions: thread-safe.
#pragma once

#include <vector>

#include "ingest/RecommendingStates.h"

namespace rightstrack::ingest {

// Splits the segments whose verb alternatives match their States one to one (see
// verb_alternatives()).
std::vector<AttributedText> with_alternatives_apart(std::vector<AttributedText> segments);

// "To ratify ICCPR (Brazil); CEDAW (Chile); the Optional Protocol to CEDAW (Peru)": the parts
// after the first that are noun phrases are further objects of the first one's verb, which they
// borrow ("To ratify CEDAW", "To ratify the Optional Protocol to CEDAW").
std::vector<AttributedText> with_verbs_borrowed(std::vector<AttributedText> segments);

}  // namespace rightstrack::ingest
