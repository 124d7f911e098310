#include "index/DocSet.h"

namespace rightstrack::index {

bool surely_within(const DocSet& docs, const DocSet& live) {
    if (docs.isEmpty())
        return true;
    if (live.isEmpty())
        return false;
    const bool every_id_live = live.minimum() == 0 && live.cardinality() == live.maximum() + 1ull;
    return every_id_live && docs.maximum() <= live.maximum();
}

DocSet within(DocSet docs, const DocSet& live) {
    if (!surely_within(docs, live))
        docs &= live;
    return docs;
}

std::vector<DocId> to_vector(const DocSet& docs) {
    std::vector<DocId> out(docs.cardinality());
    docs.toUint32Array(out.data());
    return out;
}

DocSet union_of(const std::vector<const DocSet*>& sets) {
    if (sets.empty())
        return DocSet();
    std::vector<const roaring_bitmap_t*> raw;
    raw.reserve(sets.size());
    for (const DocSet* set : sets)
        raw.push_back(&set->roaring);
    return DocSet(roaring_bitmap_or_many(raw.size(), raw.data()));
}

std::size_t memory_bytes(const DocSet& docs) {
    return sizeof(DocSet) + roaring_bitmap_size_in_bytes(&docs.roaring);
}

}  // namespace rightstrack::index
