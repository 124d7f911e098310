// Facet fields (State under review, recommending States, response, issues, ...): named, each
// with string values, several per document where the field is multi-valued. Kept twice, for the
// two ways of counting: per value the bitmap of its live documents, and per document its row in
// one compressed-row (CSR) array: one bundle id per group of bundled facets (`ValueBundles`:
// the values of facets documents share together, numbered as one), then the ids of its other
// values. Values get ids global across facets, in order of arrival. Numbering values and bundles
// (intern) and indexing documents under them (add) touch disjoint members, so that one thread
// may number the next documents' values while another adds the last ones (a bulk load does);
// otherwise not thread-safe for writes. Reads are const.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/StringIds.h"
#include "index/DocSet.h"
#include "index/ValueBundles.h"

namespace rightstrack::index {

using FacetId = std::uint16_t;

struct FacetValue {
    std::string facet;
    std::string value;
};

// A document's values as intern() numbers them for add().
struct FacetRow {
    std::vector<ValueId> values;  // Every value, ascending, without repeats.
    std::vector<ValueId> row;     // What the document's row keeps: bundle ids, then the rest.
};

class Facets {
public:
    // The facet's id, adding it if new.
    FacetId declare(std::string_view name);
    // Declares the facets and keeps their values in a document's row as one bundle, a group
    // apart from the groups bundled before. Only before the first value is numbered.
    void bundle(std::span<const std::string> names);
    std::optional<FacetId> find(std::string_view name) const;
    std::size_t facet_count() const { return facets_.size(); }
    const std::string& name(FacetId facet) const { return facets_[facet].name; }
    std::span<const ValueId> values_of(FacetId facet) const { return facets_[facet].values; }

    std::optional<ValueId> find_value(FacetId facet, std::string_view value) const;
    std::size_t value_count() const { return values_.size(); }
    std::string_view value_name(ValueId value) const {
        return facets_[values_[value].facet].value_names.text(values_[value].local);
    }
    FacetId facet_of(ValueId value) const { return values_[value].facet; }
    // Live documents with the value, and how many.
    const DocSet& docs_with(ValueId value) const { return postings_[value].docs; }
    std::uint32_t total(ValueId value) const { return totals_[value]; }
    std::span<const std::uint32_t> totals() const { return totals_; }

    // The values numbered, new ones too (facets are declared as they come), with the bundles
    // they make. Touches only the names and bundles.
    FacetRow intern(std::span<const FacetValue> values);
    // Gives `doc`, greater than every document added before, its values as intern() numbered
    // them. Touches no names or bundles.
    void add(DocId doc, const FacetRow& document);
    // Takes a document out of the value bitmaps and totals; its row stays, unread. Reads the
    // bundles: not while another thread interns.
    void remove(DocId doc);
    // While deferring, value bitmaps get their new members only at flush(), all at once (a
    // bulk load's speed-up); totals and rows are current throughout. flush() also gives the
    // values numbered in no document yet their (empty) bitmaps: call it with no intern() under
    // way.
    void defer_bitmaps() { deferred_ = true; }
    void flush();

    // The value ids of `doc`, bundles opened, in no particular order.
    std::vector<ValueId> values_of_doc(DocId doc) const;
    // Numbers per row, bundle ids included: what add_rows reads per document.
    double average_row_length() const;
    // What add_rows for one facet reads per document: its bundle id, or the values outside
    // bundles.
    double row_reads(FacetId facet) const;
    // Adds 1 to counts[v] for every value v of every document of `docs`: the row-walking way of
    // counting, its memory reads overlapped by prefetching a batch of rows ahead.
    void add_rows(const DocSet& docs, std::span<std::uint32_t> counts) const;
    // The same for the values of one facet, reading only what it needs: its bundle, or the
    // values outside bundles. Other facets' counts may grow too.
    void add_rows(const DocSet& docs, FacetId facet, std::span<std::uint32_t> counts) const;

    std::size_t memory_bytes() const;

private:
    struct Facet {
        std::string name;
        core::StringIds value_names;  // Numbered within the facet.
        std::vector<ValueId> values;  // By number within the facet.
    };
    struct Value {
        FacetId facet;
        std::uint32_t local;  // Its number within the facet.
    };
    struct Postings {
        DocSet docs;
        PendingDocs pending;
    };
    ValueId intern_value(FacetId facet, std::string_view value);
    // The row of a document of these values (ascending): bundles numbered, new ones too.
    std::vector<ValueId> row_of(std::span<const ValueId> values);
    std::span<const ValueId> row(DocId doc) const {
        return {row_values_.data() + row_starts_[doc], row_values_.data() + row_starts_[doc + 1]};
    }
    // Postings and totals for every value up to `count`, numbered since.
    void grow_to(std::size_t count);

    // The names: written by intern() and declare().
    core::StringIds facet_names_;  // Numbered by FacetId.
    std::vector<Facet> facets_;
    std::vector<Value> values_;
    // Bundling: each facet's group, or kUnbundled; and the bundles, the empty set numbered
    // first (each group's bundle in the row of a DocId skipped, which has no values).
    static constexpr std::uint8_t kUnbundled = 0xFF;
    std::vector<std::uint8_t> group_of_;  // By FacetId.
    std::size_t groups_ = 0;
    ValueBundles bundles_;
    BundleId empty_bundle_ = 0;
    // What is indexed under them, by ValueId: written by add(), remove() and flush().
    std::vector<Postings> postings_;
    std::vector<std::uint32_t> totals_;       // Live documents per value.
    std::vector<std::uint32_t> row_starts_ = {0};  // CSR: row of doc d at [d], [d + 1].
    std::vector<ValueId> row_values_;
    bool deferred_ = false;
};

}  // namespace rightstrack::index
