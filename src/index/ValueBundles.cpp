#include "index/ValueBundles.h"

#include <string_view>

namespace rightstrack::index {

BundleId ValueBundles::intern(std::span<const ValueId> values) {
    static constexpr ValueId kNone = 0;  // So that the empty set's key points somewhere.
    const ValueId* first = values.empty() ? &kNone : values.data();
    const std::string_view key(reinterpret_cast<const char*>(first), values.size_bytes());
    bool added;
    const BundleId id = ids_.intern(key, added);
    if (added) {
        values_.insert(values_.end(), values.begin(), values.end());
        starts_.push_back(static_cast<std::uint32_t>(values_.size()));
    }
    return id;
}

void ValueBundles::spread(std::span<const std::uint32_t> bundle_counts,
                          std::span<std::uint32_t> counts) const {
    for (BundleId bundle = 0; bundle < bundle_counts.size(); ++bundle)
        if (const std::uint32_t count = bundle_counts[bundle])
            for (ValueId value : values_of(bundle)) counts[value] += count;
}

std::size_t ValueBundles::memory_bytes() const {
    return sizeof(*this) + ids_.memory_bytes() + starts_.capacity() * sizeof(std::uint32_t) +
           values_.capacity() * sizeof(ValueId);
}

}  // namespace rightstrack::index
