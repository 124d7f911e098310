#include "index/PairIndex.h"

#include <algorithm>

namespace rightstrack::index {

void PairIndex::add(DocId doc, std::vector<std::pair<TermId, TermId>>& pairs, bool deferred) {
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (auto [first, second] : pairs) {
        auto [at, added] = ids_.try_emplace(key(first, second),
                                            static_cast<std::uint32_t>(docs_.size()));
        if (added) {
            docs_.emplace_back();
            pending_.emplace_back();
        }
        if (deferred)
            pending_[at->second].add(doc);
        else
            docs_[at->second].add(doc);
    }
}

void PairIndex::flush() {
    for (std::size_t i = 0; i < docs_.size(); ++i)
        pending_[i].flush_into(docs_[i]);
}

const DocSet* PairIndex::docs_with(TermId first, TermId second) const {
    auto at = ids_.find(key(first, second));
    return at == ids_.end() ? nullptr : &docs_[at->second];
}

std::size_t PairIndex::memory_bytes() const {
    // A node per map entry: the key, the value, the next pointer and the cached hash.
    std::size_t bytes = sizeof(*this) + ids_.bucket_count() * sizeof(void*) +
                        ids_.size() * (sizeof(std::uint64_t) * 2 + sizeof(void*) * 2);
    for (const DocSet& docs : docs_)
        bytes += index::memory_bytes(docs);
    return bytes;
}

}  // namespace rightstrack::index
