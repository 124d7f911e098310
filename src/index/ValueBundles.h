// Sets of facet values numbered as one: a bundle. Facets whose values many documents share
// together (every recommendation of one UN document has the same State under review, session,
// cycle, regional group ...) are kept in a document's row as one bundle id instead of a value
// id each, so that counting a large match adds one number per document for all of them and
// spreads the bundles' counts over their values once at the end. Bundle ids are dense, 0, 1,
// 2, ... in order of arrival; the empty set is a bundle like any other. Not thread-safe for
// writes; reads are const.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/StringIds.h"

namespace rightstrack::index {

using ValueId = std::uint32_t;
using BundleId = std::uint32_t;

class ValueBundles {
public:
    // The id of the set of `values` (ascending, without repeats), numbering it if new.
    BundleId intern(std::span<const ValueId> values);
    std::size_t size() const { return starts_.size() - 1; }
    std::span<const ValueId> values_of(BundleId bundle) const {
        return {values_.data() + starts_[bundle], values_.data() + starts_[bundle + 1]};
    }
    // Adds bundle_counts[b] to counts[v] for every value v of every bundle b.
    void spread(std::span<const std::uint32_t> bundle_counts,
                std::span<std::uint32_t> counts) const;

    std::size_t memory_bytes() const;

private:
    core::StringIds ids_;                      // Keyed by the bytes of the ascending values.
    std::vector<std::uint32_t> starts_ = {0};  // CSR: bundle b's values at [b], [b + 1].
    std::vector<ValueId> values_;
};

}  // namespace rightstrack::index
