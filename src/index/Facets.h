// Facet fields (State under review, recommending States, response, issues, ...): named, each
// with string values, several per document where the field is multi-valued. Kept twice, for the
// two ways of counting: per value the bitmap of its live documents, and per document its value
// ids in one compressed-row (CSR) array. Values get ids global across facets, in order of
// arrival. Not thread-safe for writes; reads are const.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/StringHash.h"
#include "index/DocSet.h"

namespace rightstrack::index {

using FacetId = std::uint16_t;
using ValueId = std::uint32_t;

struct FacetValue {
    std::string facet;
    std::string value;
};

class Facets {
public:
    // The facet's id, adding it if new.
    FacetId declare(std::string_view name);
    std::optional<FacetId> find(std::string_view name) const;
    std::size_t facet_count() const { return facets_.size(); }
    const std::string& name(FacetId facet) const { return facets_[facet].name; }
    std::span<const ValueId> values_of(FacetId facet) const { return facets_[facet].values; }

    std::optional<ValueId> find_value(FacetId facet, std::string_view value) const;
    std::size_t value_count() const { return values_.size(); }
    const std::string& value_name(ValueId value) const { return values_[value].name; }
    FacetId facet_of(ValueId value) const { return values_[value].facet; }
    // Live documents with the value, and how many.
    const DocSet& docs_with(ValueId value) const { return values_[value].docs; }
    std::uint32_t total(ValueId value) const { return totals_[value]; }
    std::span<const std::uint32_t> totals() const { return totals_; }

    // Gives `doc`, greater than every document added before, its values (facets are declared
    // as they come; a value repeated within a facet counts once).
    void add(DocId doc, std::span<const FacetValue> values);
    // Takes a document out of the value bitmaps and totals; its row stays, unread.
    void remove(DocId doc);
    // While deferring, value bitmaps get their new members only at flush(), all at once (a
    // bulk load's speed-up); totals and rows are current throughout.
    void defer_bitmaps() { deferred_ = true; }
    void flush();

    // The value ids of `doc`, ascending.
    std::span<const ValueId> row(DocId doc) const {
        return {row_values_.data() + row_starts_[doc], row_values_.data() + row_starts_[doc + 1]};
    }
    double average_row_length() const;
    // Adds 1 to counts[v] for every value v of every document of `docs`: the row-walking way of
    // counting, its memory reads overlapped by prefetching a batch of rows ahead.
    void add_rows(const DocSet& docs, std::span<std::uint32_t> counts) const;

    std::size_t memory_bytes() const;

private:
    using Names = std::unordered_map<std::string, std::uint32_t, core::StringHash, std::equal_to<>>;
    struct Facet {
        std::string name;
        Names value_ids;
        std::vector<ValueId> values;
    };
    struct Value {
        std::string name;
        FacetId facet;
        DocSet docs;
        PendingDocs pending;
    };
    ValueId intern_value(FacetId facet, std::string_view value);

    Names facet_ids_;
    std::vector<Facet> facets_;
    std::vector<Value> values_;
    std::vector<std::uint32_t> totals_;       // Live documents per value.
    std::vector<std::uint32_t> row_starts_ = {0};  // CSR: row of doc d at [d], [d + 1].
    std::vector<ValueId> row_values_;
    bool deferred_ = false;
};

}  // namespace rightstrack::index
