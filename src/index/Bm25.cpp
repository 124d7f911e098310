#include "index/Bm25.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace rightstrack::index {
namespace {

constexpr std::uint32_t kTabled = 256;  // Field lengths whose normalisation is tabled.

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

double bm25_idf(std::uint32_t document_count, std::uint32_t document_frequency) {
    double n = document_count, df = document_frequency;
    return std::log(1.0 + (n - df + 0.5) / (df + 0.5));
}

std::vector<double> bm25_scores(const InvertedIndex& index, std::span<const TermId> terms,
                                std::span<const DocId> docs, const Bm25Parameters& parameters) {
    std::vector<double> scores(docs.size(), 0.0);
    std::vector<TermId> unique(terms.begin(), terms.end());
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    std::vector<double> weighted(docs.size());
    const double k1 = parameters.k1, b = parameters.b;
    for (TermId term : unique) {
        std::fill(weighted.begin(), weighted.end(), 0.0);
        for (Field field : kFields) {
            double average = index.average_length(field);
            double weight = parameters.weights[field];
            if (average == 0.0 || weight == 0.0)
                continue;
            // weight / norm for the usual lengths, looked up instead of divided for every hit.
            std::array<double, kTabled> factor;
            for (std::uint32_t length = 0; length < kTabled; ++length)
                factor[length] = weight / (1.0 - b + b * length / average);
            auto lengths = index.field_lengths(field);
            join(index.postings(term, field).cursor(), docs, [&](std::size_t i, std::uint32_t tf) {
                std::uint32_t length = lengths[docs[i]];
                weighted[i] += tf * (length < kTabled ? factor[length]
                                                      : weight / (1.0 - b + b * length / average));
            });
        }
        double idf = bm25_idf(index.document_count(),
                              static_cast<std::uint32_t>(index.docs_with(term).cardinality()));
        for (std::size_t i = 0; i < docs.size(); ++i)
            if (weighted[i] > 0.0)
                scores[i] += idf * weighted[i] * (k1 + 1.0) / (k1 + weighted[i]);
    }
    return scores;
}

}  // namespace rightstrack::index
