#include "index/Ranking.h"

#include <algorithm>

#include "index/TopScores.h"

namespace rightstrack::index {
namespace {

// Keeps the `limit` best of what is offered; `better(a, b)` is a strict order on candidates.
// The heap's front is the worst kept, the one a better newcomer replaces.
template <typename Candidate, typename Better>
std::vector<Candidate> best(std::size_t limit, std::span<const Candidate> candidates,
                            Better better) {
    std::vector<Candidate> heap;
    if (limit == 0)
        return heap;
    heap.reserve(std::min(limit, candidates.size()));
    for (const Candidate& candidate : candidates) {
        if (heap.size() < limit) {
            heap.push_back(candidate);
            std::push_heap(heap.begin(), heap.end(), better);
        } else if (better(candidate, heap.front())) {
            std::pop_heap(heap.begin(), heap.end(), better);
            heap.back() = candidate;
            std::push_heap(heap.begin(), heap.end(), better);
        }
    }
    std::sort_heap(heap.begin(), heap.end(), better);
    return heap;
}

std::vector<DocId> best_by_key(const DocTable& documents, const std::vector<DocId>& docs,
                               std::size_t limit, SortOrder sort) {
    auto by = [&](auto key, bool descending) {
        return best<DocId>(limit, docs, [&, key, descending](DocId a, DocId b) {
            const auto& ka = key(a);
            const auto& kb = key(b);
            if (ka != kb)
                return descending ? kb < ka : ka < kb;
            return a < b;
        });
    };
    auto date = [&](DocId doc) { return documents.date(doc); };
    auto order = [&](DocId doc) -> const std::string& { return documents.order(doc); };
    switch (sort) {
    case SortOrder::NewestFirst: return by(date, true);
    case SortOrder::OldestFirst: return by(date, false);
    default: return by(order, false);
    }
}

}  // namespace

std::vector<Hit> rank(const InvertedIndex& index, const DocTable& documents, const DocSet& hits,
                      std::span<const TermId> positive_terms, const RankOptions& options) {
    if (options.sort == SortOrder::Relevance)
        return top_scores(index, hits, positive_terms, options.limit, options.bm25);
    std::vector<DocId> docs = to_vector(hits);
    std::vector<DocId> kept = best_by_key(documents, docs, options.limit, options.sort);
    std::vector<DocId> ascending = kept;
    std::sort(ascending.begin(), ascending.end());
    auto scores = bm25_scores(index, positive_terms, ascending, options.bm25);
    std::vector<Hit> out;
    for (DocId doc : kept) {
        auto at = std::lower_bound(ascending.begin(), ascending.end(), doc) - ascending.begin();
        out.push_back({doc, scores[at]});
    }
    return out;
}

}  // namespace rightstrack::index
