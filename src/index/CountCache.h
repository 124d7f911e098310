// Facet counts of the documents of the most frequent terms and word pairs ("the", "human
// rights"), so that a large match lying within one of them is counted as the difference from it
// (`KnownCounts`): "rights AND the" is the documents with "rights" less the few of them without
// "the". Counts cover every document ever added with the term, removed ones too, as the term's
// bitmap does, so removals change nothing and each put adds its row to the sets it joins.
// Which terms are cached is chosen by `rebuild`, run after a bulk load; terms that become
// frequent later wait for the next one. Not thread-safe for writes; reads are const.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "index/FacetCounts.h"
#include "index/Facets.h"
#include "index/InvertedIndex.h"

namespace rightstrack::index {

class CountCache {
public:
    // Caches the counts of every term found in at least `min_term_documents` and every adjacent
    // pair found in at least `min_pair_documents`.
    void rebuild(const InvertedIndex& index, const Facets& facets, std::uint32_t min_term_documents,
                 std::uint32_t min_pair_documents);
    // Adds `doc`'s values to the cached sets that have it; `doc` was just added.
    void added(DocId doc, const InvertedIndex& index, std::span<const ValueId> values);

    // The cached sets among `terms` and the pairs they make in the order given (a phrase's
    // words come in order).
    std::vector<KnownCounts> cached_for(std::span<const TermId> terms,
                                        const InvertedIndex& index) const;

    std::size_t size() const { return terms_.size() + pairs_.size(); }
    std::size_t memory_bytes() const;

private:
    using Counts = std::vector<std::uint32_t>;  // By ValueId.
    static void add_row(Counts& counts, std::span<const ValueId> row);

    std::unordered_map<TermId, Counts> terms_;
    std::unordered_map<std::uint64_t, Counts> pairs_;  // By PairIndex::key.
};

}  // namespace rightstrack::index
