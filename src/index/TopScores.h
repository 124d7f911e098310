// The `limit` best hits by BM25F without scoring them all: hits are visited in DocId order and,
// once `limit` are kept, each stretch of documents whose blocks' bounds (`Impact`) cannot beat
// the worst kept score is passed over without decoding its postings (block-max pruning). The
// result is exactly that of scoring every hit: the same scores, ties to the lower DocId.
#pragma once

#include <span>
#include <vector>

#include "index/Bm25.h"

namespace rightstrack::index {

std::vector<Hit> top_scores(const InvertedIndex& index, const DocSet& hits,
                            std::span<const TermId> terms, std::size_t limit,
                            const Bm25Parameters& parameters);

}  // namespace rightstrack::index
