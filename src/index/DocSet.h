// Sets of documents: CRoaring's compressed bitmaps over DocIds, the currency of every boolean
// operation of a query (AND, OR, NOT, filters) and of facet counting. DocIds are dense, assigned
// in insertion order, so bitmaps stay small and posting lists can be delta-encoded.
#pragma once

#include <roaring/roaring.hh>

#include <cstdint>
#include <vector>

namespace rightstrack::index {

using DocId = std::uint32_t;
using DocSet = Roaring;

// Members held back to be added to a set in one call: CRoaring adds an ascending run several
// times faster than one member at a time, which matters when a bulk load adds tens of millions.
class PendingDocs {
public:
    void add(DocId doc) { docs_.push_back(doc); }
    void flush_into(DocSet& docs) {
        if (docs_.empty())
            return;
        docs.addMany(docs_.size(), docs_.data());
        docs_ = {};
    }

private:
    std::vector<DocId> docs_;
};

// The members of `docs` in ascending order.
std::vector<DocId> to_vector(const DocSet& docs);

// Calls `visit(doc)` for every member in ascending order, reading them in batches: faster than
// the bitmap's own iterator on the hot paths (facet counting, scoring).
template <typename Visit>
void for_each_doc(const DocSet& docs, Visit&& visit) {
    roaring_uint32_iterator_t it;
    roaring_init_iterator(&docs.roaring, &it);
    DocId batch[256];
    while (std::uint32_t n = roaring_read_uint32_iterator(&it, batch, 256))
        for (std::uint32_t i = 0; i < n; ++i)
            visit(batch[i]);
}

// True when `docs` surely lies within `live`: `live` holds every DocId up to its largest (no
// document removed, the common case) and `docs` none beyond. Then intersecting with `live` would
// only copy, which costs as much as the rest of a small search. False when it may not.
bool surely_within(const DocSet& docs, const DocSet& live);
// The members of `docs` that are in `live`: `docs` itself when surely_within (moved, when
// given a set the caller no longer needs).
DocSet within(DocSet docs, const DocSet& live);

// The union of many sets in one pass (CRoaring's or_many), e.g. the terms of a prefix.
DocSet union_of(const std::vector<const DocSet*>& sets);

// Bytes the set occupies in memory, roughly (CRoaring reports its serialized size, which is
// close to its footprint: the container payloads dominate).
std::size_t memory_bytes(const DocSet& docs);

}  // namespace rightstrack::index
