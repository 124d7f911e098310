// Reads the addendum to a UPR Working Group report ("Views on conclusions and/or
// recommendations, voluntary commitments and replies presented by the State under review"): the
// State's position on each recommendation, as response statements on the report's paragraphs
// (see model/ResponseStatement.h), which the store merges into the report's recommendations
// whichever is imported first. A pure function from paragraphs to records: thread-safe.
#pragma once

#include <string>
#include <vector>

#include "core/Result.h"
#include "ingest/DocumentIdentity.h"
#include "ingest/Paragraph.h"
#include "model/ImportBatch.h"

namespace rightstrack::ingest {

// Positions are read from three layouts, mixed as addenda mix them:
// - sentences that state a position and list numbers: "The Government accepts the
//   recommendations 1–5, 14–16 ...", "Slovenia notes recommendations 122.6, 122.9-11";
// - headings or sentences ending with ":" that state a position ("I. Accepted
//   recommendations", "The following recommendations are supported:"), for the paragraphs below
//   them that hold only a list of numbers;
// - paragraphs led by the numbers they answer ("Rec. 18 ...", "122.14–15 ...", a table row
//   "122.1 Ratify ... (Chile) Supported") whose position cell or first sentence about "this
//   recommendation" states one. Commentary without a position ("We consider that this
//   recommendation is implemented") gives none.
// A list stated in a sentence outweighs a leading number's commentary; where two say different
// things with the same weight, partial support wins, else the first.
// Errors (InvalidInput, where = file_name): a symbol that is not an addendum's, no State, or no
// position found for any recommendation.
core::Result<model::ImportBatch> parse_wg_addendum(const std::vector<Paragraph>& paragraphs,
                                                   const DocumentIdentity& identity,
                                                   const std::string& file_name);

}  // namespace rightstrack::ingest
