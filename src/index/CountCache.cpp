#include "index/CountCache.h"

#include <algorithm>
#include <thread>

namespace rightstrack::index {

void CountCache::rebuild(const InvertedIndex& index, const Facets& facets,
                         std::uint32_t min_term_documents, std::uint32_t min_pair_documents) {
    terms_.clear();
    pairs_.clear();
    // The frequent sets first, then their counts, on two threads: each set's counts are a walk
    // over its documents' rows, independent of the others', and this runs while queries wait.
    struct Frequent {
        std::uint64_t key;  // A TermId, or a PairIndex::key.
        bool pair;
        const DocSet* docs;
    };
    std::vector<Frequent> frequent;
    for (TermId term = 0; term < index.terms().size(); ++term)
        if (index.docs_with(term).cardinality() >= min_term_documents)
            frequent.push_back({term, false, &index.docs_with(term)});
    index.pairs().for_each([&](std::uint64_t key, const DocSet& docs) {
        if (docs.cardinality() >= min_pair_documents)
            frequent.push_back({key, true, &docs});
    });
    std::vector<Counts> counts(frequent.size(), Counts(facets.value_count(), 0));
    auto count_from = [&](std::size_t first) {
        for (std::size_t i = first; i < frequent.size(); i += 2)
            facets.add_rows(*frequent[i].docs, counts[i]);
    };
    std::thread other(count_from, 1);
    count_from(0);
    other.join();
    for (std::size_t i = 0; i < frequent.size(); ++i)
        if (frequent[i].pair)
            pairs_.emplace(frequent[i].key, std::move(counts[i]));
        else
            terms_.emplace(static_cast<TermId>(frequent[i].key), std::move(counts[i]));
}

void CountCache::add_row(Counts& counts, std::span<const ValueId> row) {
    for (ValueId value : row) {
        if (value >= counts.size())
            counts.resize(value + 1, 0);
        ++counts[value];
    }
}

void CountCache::added(DocId doc, const InvertedIndex& index, std::span<const ValueId> values) {
    for (auto& [term, counts] : terms_)
        if (index.docs_with(term).contains(doc))
            add_row(counts, values);
    for (auto& [key, counts] : pairs_)
        if (index.pairs().docs_with(key)->contains(doc))
            add_row(counts, values);
}

std::vector<KnownCounts> CountCache::cached_for(std::span<const TermId> terms,
                                                const InvertedIndex& index) const {
    std::vector<KnownCounts> known;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        if (auto at = terms_.find(terms[i]); at != terms_.end())
            known.push_back({&index.docs_with(terms[i]), at->second});
        if (i + 1 < terms.size())
            if (auto at = pairs_.find(PairIndex::key(terms[i], terms[i + 1])); at != pairs_.end())
                known.push_back({index.pairs().docs_with(at->first), at->second});
    }
    return known;
}

std::size_t CountCache::memory_bytes() const {
    constexpr std::size_t kNode = 48;  // A map node's key, pointers and vector header.
    std::size_t bytes = sizeof(*this);
    for (const auto& [term, counts] : terms_)
        bytes += counts.capacity() * sizeof(std::uint32_t) + kNode;
    for (const auto& [key, counts] : pairs_)
        bytes += counts.capacity() * sizeof(std::uint32_t) + kNode;
    return bytes;
}

}  // namespace rightstrack::index
