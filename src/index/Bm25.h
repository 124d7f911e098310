// BM25F relevance: per term, its frequency in each field is normalised by the field's length
// (b), weighted by the field, summed over fields, and only then saturated (k1), so that a word
// repeated across fields does not count as two independent matches. idf is Lucene's
// ln(1 + (N - df + 0.5) / (df + 0.5)), never negative, with df counted over all fields.
// N, df and average lengths include removed documents until the index is rebuilt.
#pragma once

#include <array>
#include <span>
#include <vector>

#include "index/DocSet.h"
#include "index/Field.h"
#include "index/InvertedIndex.h"

namespace rightstrack::index {

struct Bm25Parameters {
    double k1 = 1.2;
    double b = kImpactB;
    FieldWeights weights;
};

struct Hit {
    DocId doc;
    double score;  // BM25F for the positive terms, whatever the sort.
    bool operator==(const Hit&) const = default;
};

double bm25_idf(std::uint32_t document_count, std::uint32_t document_frequency);
// bm25_idf of the term in the index.
inline double bm25_idf(const InvertedIndex& index, TermId term) {
    return bm25_idf(index.document_count(), index.document_frequency(term));
}
// The query's terms as scored: each once, ascending (the order scores are summed in).
std::vector<TermId> distinct_terms(std::span<const TermId> terms);

// A field's weight / norm(length), the factor a term frequency in that field is multiplied
// by; tabled for the usual lengths rather than divided for every hit.
class LengthFactor {
public:
    LengthFactor(const InvertedIndex& index, Field field, const Bm25Parameters& parameters);
    // False when the field counts for nothing (weight 0, or empty everywhere).
    bool counts() const { return weight_ != 0.0 && average_ != 0.0; }
    double weight() const { return weight_; }
    double average() const { return average_; }
    double operator()(std::uint32_t length) const {
        return length < kTabled ? table_[length] : compute(length);
    }

private:
    static constexpr std::uint32_t kTabled = 256;
    double compute(std::uint32_t length) const {
        return weight_ / (1.0 - b_ + b_ * length / average_);
    }
    double weight_, average_, b_;
    std::array<double, kTabled> table_;
};

// A term's score from its weighted frequency summed over fields: idf, saturated by k1.
inline double saturate(double idf, double weighted, double k1) {
    return idf * weighted * (k1 + 1.0) / (k1 + weighted);
}

// The score of each document of `docs` (ascending) for the query's positive `terms` (each
// counted once however often it is given), in the same order as `docs`.
std::vector<double> bm25_scores(const InvertedIndex& index, std::span<const TermId> terms,
                                std::span<const DocId> docs, const Bm25Parameters& parameters);

}  // namespace rightstrack::index
