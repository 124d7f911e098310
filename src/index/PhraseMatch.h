// Exact phrases: the documents among `within` in which the terms occur at consecutive positions
// of one field. Candidates are the documents that have every adjacent pair of the phrase
// (`PairIndex`), which for two words is the answer itself; for longer phrases positions are
// read only for the candidates, skipping through the posting lists to reach them.
#pragma once

#include <span>

#include "index/DocSet.h"
#include "index/InvertedIndex.h"

namespace rightstrack::index {

DocSet match_phrase(const InvertedIndex& index, std::span<const TermId> phrase,
                    const DocSet& within);

}  // namespace rightstrack::index
