#include "index/Facets.h"

#include <algorithm>
#include <cassert>

namespace rightstrack::index {

FacetId Facets::declare(std::string_view name) {
    if (auto found = facet_ids_.find(name); found != facet_ids_.end())
        return static_cast<FacetId>(found->second);
    auto id = static_cast<FacetId>(facets_.size());
    facet_ids_.emplace(std::string(name), id);
    facets_.push_back({std::string(name), {}, {}});
    return id;
}

std::optional<FacetId> Facets::find(std::string_view name) const {
    if (auto found = facet_ids_.find(name); found != facet_ids_.end())
        return static_cast<FacetId>(found->second);
    return std::nullopt;
}

std::optional<ValueId> Facets::find_value(FacetId facet, std::string_view value) const {
    const Names& ids = facets_[facet].value_ids;
    if (auto found = ids.find(value); found != ids.end())
        return found->second;
    return std::nullopt;
}

ValueId Facets::intern_value(FacetId facet, std::string_view value) {
    Names& ids = facets_[facet].value_ids;
    if (auto found = ids.find(value); found != ids.end())
        return found->second;
    auto id = static_cast<ValueId>(values_.size());
    ids.emplace(std::string(value), id);
    facets_[facet].values.push_back(id);
    values_.push_back({std::string(value), facet, {}, {}});
    totals_.push_back(0);
    return id;
}

void Facets::add(DocId doc, std::span<const FacetValue> values) {
    assert(doc + 1 >= row_starts_.size());
    // Documents without facets before this one (or ids skipped) get empty rows.
    while (row_starts_.size() <= doc)
        row_starts_.push_back(static_cast<std::uint32_t>(row_values_.size()));
    auto begin = row_values_.size();
    // Values of one facet usually come together: look its name up once for them.
    const std::string* facet_name = nullptr;
    FacetId facet = 0;
    for (const FacetValue& value : values) {
        if (!facet_name || value.facet != *facet_name) {
            facet = declare(value.facet);
            facet_name = &value.facet;
        }
        row_values_.push_back(intern_value(facet, value.value));
    }
    std::sort(row_values_.begin() + begin, row_values_.end());
    row_values_.erase(std::unique(row_values_.begin() + begin, row_values_.end()),
                      row_values_.end());
    assert(row_values_.size() < UINT32_MAX);
    row_starts_.push_back(static_cast<std::uint32_t>(row_values_.size()));
    for (ValueId value : row(doc)) {
        if (deferred_)
            values_[value].pending.add(doc);
        else
            values_[value].docs.add(doc);
        ++totals_[value];
    }
}

void Facets::flush() {
    for (Value& value : values_)
        value.pending.flush_into(value.docs);
    deferred_ = false;
}

void Facets::remove(DocId doc) {
    if (doc + 1 >= row_starts_.size())
        return;
    for (ValueId value : row(doc))
        if (values_[value].docs.removeChecked(doc))
            --totals_[value];
}

void Facets::add_rows(const DocSet& docs, std::span<std::uint32_t> counts) const {
    // Rows of scattered documents are cache misses; touching a batch's row starts, then its
    // rows, before adding any up lets the misses overlap instead of queueing one by one.
    constexpr std::uint32_t kBatch = 64;
    roaring_uint32_iterator_t it;
    roaring_init_iterator(&docs.roaring, &it);
    DocId batch[kBatch];
    std::uint32_t begin[kBatch], end[kBatch];
    const std::uint32_t* starts = row_starts_.data();
    const ValueId* values = row_values_.data();
    while (std::uint32_t n = roaring_read_uint32_iterator(&it, batch, kBatch)) {
        for (std::uint32_t i = 0; i < n; ++i)
            __builtin_prefetch(starts + batch[i]);
        for (std::uint32_t i = 0; i < n; ++i) {
            begin[i] = starts[batch[i]];
            end[i] = starts[batch[i] + 1];
            __builtin_prefetch(values + begin[i]);
        }
        for (std::uint32_t i = 0; i < n; ++i)
            for (std::uint32_t at = begin[i]; at < end[i]; ++at)
                ++counts[values[at]];
    }
}

double Facets::average_row_length() const {
    auto rows = row_starts_.size() - 1;
    return rows == 0 ? 0.0 : static_cast<double>(row_values_.size()) / rows;
}

std::size_t Facets::memory_bytes() const {
    std::size_t bytes = sizeof(*this) + row_starts_.capacity() * sizeof(std::uint32_t) +
                        row_values_.capacity() * sizeof(ValueId) +
                        totals_.capacity() * sizeof(std::uint32_t) +
                        values_.capacity() * sizeof(Value) + facets_.capacity() * sizeof(Facet);
    for (const Value& value : values_)
        bytes += index::memory_bytes(value.docs) - sizeof(DocSet) + value.name.capacity() + 48;
    return bytes;
}

}  // namespace rightstrack::index
