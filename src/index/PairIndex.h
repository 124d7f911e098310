// Documents in which one term directly follows another within a field: a bitmap per pair of
// adjacent terms. A two-word phrase is then one lookup instead of a position check in every
// document that has both words ("of the" is in most of them), and a longer phrase checks
// positions only where all its pairs occur. Not thread-safe for writes; reads are const.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "index/DocSet.h"
#include "index/PairIds.h"
#include "index/TermDictionary.h"

namespace rightstrack::index {

class PairIndex {
public:
    // Records every pair of adjacent terms of `doc`, greater than every document added before;
    // `pairs` may repeat and come in any order. Deferred: the bitmaps get `doc` at flush().
    void add(DocId doc, std::vector<std::pair<TermId, TermId>>& pairs, bool deferred = false);
    void flush();

    // A pair as one number, the key of docs_with and for_each.
    static std::uint64_t key(TermId first, TermId second) {
        return (std::uint64_t{first} << 32) | second;
    }
    // Documents with `second` right after `first` in some field; nullptr when none has.
    const DocSet* docs_with(TermId first, TermId second) const {
        return docs_with(key(first, second));
    }
    const DocSet* docs_with(std::uint64_t key) const;

    std::size_t pair_count() const { return docs_.size(); }
    // Calls visit(key, docs) for every pair.
    template <typename Visit>
    void for_each(Visit&& visit) const {
        ids_.for_each([&](std::uint64_t key, std::uint32_t id) { visit(key, docs_[id]); });
    }
    std::size_t memory_bytes() const;

private:
    PairIds ids_;  // Pair key -> index in docs_.
    std::vector<DocSet> docs_;
    std::vector<PendingDocs> pending_;  // By index in docs_.
};

}  // namespace rightstrack::index
