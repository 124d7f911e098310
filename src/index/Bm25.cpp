#include "index/Bm25.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace rightstrack::index {
namespace {

// Calls `visit(i)` for each i with docs[i] in the posting list, leapfrogging: the cursor skips
// blocks to reach the next document asked for, and the documents asked for are binary-searched
// to reach the next one listed, so either side may be much the shorter.
template <typename Visit>
void join(PostingList::Cursor cursor, std::span<const DocId> docs, Visit&& visit) {
    std::size_t i = 0;
    while (cursor.valid() && i < docs.size()) {
        if (cursor.doc() < docs[i]) {
            cursor.advance_to(docs[i]);
        } else if (cursor.doc() > docs[i]) {
            i = std::lower_bound(docs.begin() + i, docs.end(), cursor.doc()) - docs.begin();
        } else {
            visit(i, cursor.frequency());
            ++i;
            cursor.next();
        }
    }
}

}  // namespace

LengthFactor::LengthFactor(const InvertedIndex& index, Field field,
                           const Bm25Parameters& parameters)
    : weight_(parameters.weights[field]), average_(index.average_length(field)), b_(parameters.b) {
    if (counts())
        for (std::uint32_t length = 0; length < kTabled; ++length)
            table_[length] = compute(length);
}

double bm25_idf(std::uint32_t document_count, std::uint32_t document_frequency) {
    double n = document_count, df = document_frequency;
    return std::log(1.0 + (n - df + 0.5) / (df + 0.5));
}

std::vector<TermId> distinct_terms(std::span<const TermId> terms) {
    std::vector<TermId> distinct(terms.begin(), terms.end());
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    return distinct;
}

std::vector<double> bm25_scores(const InvertedIndex& index, std::span<const TermId> terms,
                                std::span<const DocId> docs, const Bm25Parameters& parameters) {
    std::vector<double> scores(docs.size(), 0.0);
    std::vector<double> weighted(docs.size());
    for (TermId term : distinct_terms(terms)) {
        std::fill(weighted.begin(), weighted.end(), 0.0);
        for (Field field : kFields) {
            const LengthFactor factor(index, field, parameters);
            if (!factor.counts())
                continue;
            const auto lengths = index.lengths();
            const std::size_t f = field_index(field);
            join(index.postings(term, field).cursor(), docs, [&](std::size_t i, std::uint32_t tf) {
                weighted[i] += tf * factor(lengths[docs[i]][f]);
            });
        }
        const double idf = bm25_idf(index, term);
        for (std::size_t i = 0; i < docs.size(); ++i)
            if (weighted[i] > 0.0)
                scores[i] += saturate(idf, weighted[i], parameters.k1);
    }
    return scores;
}

}  // namespace rightstrack::index
