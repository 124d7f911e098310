#include "index/Facets.h"

#include <algorithm>
#include <cassert>

namespace rightstrack::index {

FacetId Facets::declare(std::string_view name) {
    bool added;
    auto id = static_cast<FacetId>(facet_names_.intern(name, added));
    if (added) {
        facets_.push_back({std::string(name), {}, {}});
        group_of_.push_back(kUnbundled);
    }
    return id;
}

void Facets::bundle(std::span<const std::string> names) {
    assert(values_.empty());
    if (groups_ == 0)
        empty_bundle_ = bundles_.intern({});
    for (const std::string& name : names)
        group_of_[declare(name)] = static_cast<std::uint8_t>(groups_);
    ++groups_;
    assert(groups_ < kUnbundled);
}

std::optional<FacetId> Facets::find(std::string_view name) const {
    if (auto id = facet_names_.find(name))
        return static_cast<FacetId>(*id);
    return std::nullopt;
}

std::optional<ValueId> Facets::find_value(FacetId facet, std::string_view value) const {
    if (auto local = facets_[facet].value_names.find(value))
        return facets_[facet].values[*local];
    return std::nullopt;
}

ValueId Facets::intern_value(FacetId facet, std::string_view value) {
    Facet& names = facets_[facet];
    bool added;
    const std::uint32_t local = names.value_names.intern(value, added);
    if (!added)
        return names.values[local];
    auto id = static_cast<ValueId>(values_.size());
    names.values.push_back(id);
    values_.push_back({facet, local});
    return id;
}

FacetRow Facets::intern(std::span<const FacetValue> values) {
    std::vector<ValueId> ids;
    ids.reserve(values.size());
    // Values of one facet usually come together: look its name up once for them.
    const std::string* facet_name = nullptr;
    FacetId facet = 0;
    for (const FacetValue& value : values) {
        if (!facet_name || value.facet != *facet_name) {
            facet = declare(value.facet);
            facet_name = &value.facet;
        }
        ids.push_back(intern_value(facet, value.value));
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return {ids, row_of(ids)};
}

std::vector<ValueId> Facets::row_of(std::span<const ValueId> values) {
    auto group_of = [&](ValueId value) { return group_of_[values_[value].facet]; };
    std::vector<ValueId> row, members;
    for (std::size_t group = 0; group < groups_; ++group) {
        members.clear();
        for (ValueId value : values)
            if (group_of(value) == group)
                members.push_back(value);
        row.push_back(bundles_.intern(members));
    }
    for (ValueId value : values)
        if (group_of(value) == kUnbundled)
            row.push_back(value);
    return row;
}

void Facets::grow_to(std::size_t count) {
    if (postings_.size() < count) {
        postings_.resize(count);
        totals_.resize(count, 0);
    }
}

void Facets::add(DocId doc, const FacetRow& document) {
    assert(doc + 1 >= row_starts_.size());
    const std::vector<ValueId>& values = document.values;
    assert(std::is_sorted(values.begin(), values.end()));
    // Ids skipped before this one get rows of no values.
    while (row_starts_.size() <= doc) {
        row_values_.insert(row_values_.end(), groups_, empty_bundle_);
        row_starts_.push_back(static_cast<std::uint32_t>(row_values_.size()));
    }
    row_values_.insert(row_values_.end(), document.row.begin(), document.row.end());
    assert(row_values_.size() < UINT32_MAX);
    row_starts_.push_back(static_cast<std::uint32_t>(row_values_.size()));
    if (!values.empty())
        grow_to(values.back() + 1);
    for (ValueId value : values) {
        if (deferred_)
            postings_[value].pending.add(doc);
        else
            postings_[value].docs.add(doc);
        ++totals_[value];
    }
}

void Facets::flush() {
    grow_to(values_.size());  // Values numbered but in no document yet.
    for (Postings& postings : postings_)
        postings.pending.flush_into(postings.docs);
    deferred_ = false;
}

void Facets::remove(DocId doc) {
    if (doc + 1 >= row_starts_.size())
        return;
    for (ValueId value : values_of_doc(doc)) {
        Postings& postings = postings_[value];
        postings.pending.flush_into(postings.docs);  // So that `doc` does not come back later.
        if (postings.docs.removeChecked(doc))
            --totals_[value];
    }
}

std::vector<ValueId> Facets::values_of_doc(DocId doc) const {
    const auto stored = row(doc);
    std::vector<ValueId> values(stored.begin() + groups_, stored.end());
    for (std::size_t group = 0; group < groups_; ++group) {
        const auto bundled = bundles_.values_of(stored[group]);
        values.insert(values.end(), bundled.begin(), bundled.end());
    }
    return values;
}

namespace {

// Calls add(row) with the row of every document of `docs`, in DocId order. Rows of scattered
// documents are cache misses; touching a batch's row starts, then its rows, before adding any
// up lets the misses overlap instead of queueing one by one.
template <typename Add>
void walk_rows(const DocSet& docs, const std::uint32_t* starts, const ValueId* values, Add add) {
    constexpr std::uint32_t kBatch = 64;
    roaring_uint32_iterator_t it;
    roaring_init_iterator(&docs.roaring, &it);
    DocId batch[kBatch];
    std::uint32_t begin[kBatch], end[kBatch];
    while (std::uint32_t n = roaring_read_uint32_iterator(&it, batch, kBatch)) {
        for (std::uint32_t i = 0; i < n; ++i)
            __builtin_prefetch(starts + batch[i]);
        for (std::uint32_t i = 0; i < n; ++i) {
            begin[i] = starts[batch[i]];
            end[i] = starts[batch[i] + 1];
            __builtin_prefetch(values + begin[i]);
        }
        for (std::uint32_t i = 0; i < n; ++i) add(values + begin[i], values + end[i]);
    }
}

}  // namespace

void Facets::add_rows(const DocSet& docs, std::span<std::uint32_t> counts) const {
    std::vector<std::uint32_t> bundle_counts(bundles_.size(), 0);
    const std::size_t groups = groups_;
    walk_rows(docs, row_starts_.data(), row_values_.data(),
              [&](const ValueId* row, const ValueId* end) {
                  for (std::size_t group = 0; group < groups; ++group) ++bundle_counts[row[group]];
                  for (const ValueId* value = row + groups; value < end; ++value) ++counts[*value];
              });
    bundles_.spread(bundle_counts, counts);
}

void Facets::add_rows(const DocSet& docs, FacetId facet, std::span<std::uint32_t> counts) const {
    const std::size_t groups = groups_;
    const std::uint8_t group = group_of_[facet];
    if (group == kUnbundled) {
        walk_rows(docs, row_starts_.data(), row_values_.data(),
                  [&](const ValueId* row, const ValueId* end) {
                      for (const ValueId* value = row + groups; value < end; ++value)
                          ++counts[*value];
                  });
        return;
    }
    std::vector<std::uint32_t> bundle_counts(bundles_.size(), 0);
    walk_rows(docs, row_starts_.data(), row_values_.data(),
              [&](const ValueId* row, const ValueId*) { ++bundle_counts[row[group]]; });
    bundles_.spread(bundle_counts, counts);
}

double Facets::average_row_length() const {
    auto rows = row_starts_.size() - 1;
    return rows == 0 ? 0.0 : static_cast<double>(row_values_.size()) / rows;
}

double Facets::row_reads(FacetId facet) const {
    return group_of_[facet] == kUnbundled ? average_row_length() - groups_ : 1.0;
}

std::size_t Facets::memory_bytes() const {
    std::size_t bytes = sizeof(*this) + row_starts_.capacity() * sizeof(std::uint32_t) +
                        row_values_.capacity() * sizeof(ValueId) +
                        totals_.capacity() * sizeof(std::uint32_t) +
                        values_.capacity() * sizeof(Value) + facets_.capacity() * sizeof(Facet) +
                        postings_.capacity() * sizeof(Postings) + facet_names_.memory_bytes() +
                        group_of_.capacity() + bundles_.memory_bytes();
    for (const Facet& facet : facets_)
        bytes += facet.value_names.memory_bytes() + facet.values.capacity() * sizeof(ValueId);
    for (const Postings& postings : postings_)
        bytes += index::memory_bytes(postings.docs) - sizeof(DocSet);
    return bytes;
}

}  // namespace rightstrack::index
