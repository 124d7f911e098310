// BM25F relevance: per term, its frequency in each field is normalised by the field's length
// (b), weighted by the field, summed over fields, and only then saturated (k1), so that a word
// repeated across fields does not count as two independent matches. idf is Lucene's
// ln(1 + (N - df + 0.5) / (df + 0.5)), never negative, with df counted over all fields.
// N, df and average lengths include removed documents until the index is rebuilt.
#pragma once

#include <span>
#include <vector>

#include "index/DocSet.h"
#include "index/Field.h"
#include "index/InvertedIndex.h"

namespace rightstrack::index {

struct Bm25Parameters {
    double k1 = 1.2;
    double b = 0.75;
    FieldWeights weights;
};

double bm25_idf(std::uint32_t document_count, std::uint32_t document_frequency);

// The score of each document of `docs` (ascending) for the query's positive `terms` (each
// counted once however often it is given), in the same order as `docs`.
std::vector<double> bm25_scores(const InvertedIndex& index, std::span<const TermId> terms,
                                std::span<const DocId> docs, const Bm25Parameters& parameters);

}  // namespace rightstrack::index
