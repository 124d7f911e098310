// Exact phrases: the documents among `candidates` in which the terms occur at consecutive
// positions of one field. Positions are read only for the candidates (the caller passes the
// intersection of the terms' documents), skipping through the posting lists to reach them.
#pragma once

#include <span>

#include "index/DocSet.h"
#include "index/InvertedIndex.h"

namespace rightstrack::index {

DocSet match_phrase(const InvertedIndex& index, std::span<const TermId> phrase,
                    const DocSet& candidates);

}  // namespace rightstrack::index
