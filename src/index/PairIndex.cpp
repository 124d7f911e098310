#include "index/PairIndex.h"

#include <algorithm>

namespace rightstrack::index {

void PairIndex::add(DocId doc, std::vector<std::pair<TermId, TermId>>& pairs, bool deferred) {
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (auto [first, second] : pairs) {
        bool added;
        const std::uint32_t id = ids_.intern(key(first, second), added);
        if (added) {
            docs_.emplace_back();
            pending_.emplace_back();
        }
        if (deferred)
            pending_[id].add(doc);
        else
            docs_[id].add(doc);
    }
}

void PairIndex::flush() {
    for (std::size_t i = 0; i < docs_.size(); ++i)
        pending_[i].flush_into(docs_[i]);
}

const DocSet* PairIndex::docs_with(std::uint64_t key) const {
    auto id = ids_.find(key);
    return id ? &docs_[*id] : nullptr;
}

std::size_t PairIndex::memory_bytes() const {
    std::size_t bytes = sizeof(*this) + ids_.memory_bytes() +
                        pending_.capacity() * sizeof(PendingDocs);
    for (const DocSet& docs : docs_)
        bytes += index::memory_bytes(docs);
    return bytes;
}

}  // namespace rightstrack::index
