// The first `limit` hits of a query in the order asked for: by BM25F relevance, by date, or by
// document and paragraph. A bounded heap keeps the best `limit` while the hits stream past, so
// the work is linear in the hits; ties go to the lower DocId (the earlier indexed), so the
// order is the same on every run.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "index/Bm25.h"
#include "index/DocSet.h"
#include "index/DocTable.h"
#include "index/InvertedIndex.h"

namespace rightstrack::index {

enum class SortOrder {
    Relevance,      // Highest BM25F score first.
    NewestFirst,    // Highest date key first.
    OldestFirst,
    DocumentOrder,  // Ascending order key: document, then paragraph.
};

struct RankOptions {
    SortOrder sort = SortOrder::Relevance;
    std::size_t limit = 20;
    Bm25Parameters bm25;
};

// Scores every hit for relevance; for the other sorts, only the hits kept.
std::vector<Hit> rank(const InvertedIndex& index, const DocTable& documents, const DocSet& hits,
                      std::span<const TermId> positive_terms, const RankOptions& options);

}  // namespace rightstrack::index
