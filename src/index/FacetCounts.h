// Exact counts for every facet of a query, by standard disjunctive faceting: the values chosen
// within one facet are alternatives (OR), chosen facets combine with AND, and each facet's
// counts ignore its own choice, so that the user sees how many hits each other value would
// give. Counting is hybrid, by estimated cost: walking the documents and adding up each one's
// row of value ids, or intersecting the set with each value's bitmap (and_cardinality), which
// wins only when few values are wanted (a chosen facet's own counts). A large set is
// counted as a difference from a superset whose counts are known: the live documents (with the
// totals per value), or a frequent term's documents (`CountCache`), whichever leaves least.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/Result.h"
#include "index/DocSet.h"
#include "index/Facets.h"

namespace rightstrack::index {

// Values chosen in one facet (--filter facet=value, repeated).
struct FacetSelection {
    std::string facet;
    std::vector<std::string> values;
};

struct ValueCount {
    std::string value;
    std::uint32_t count = 0;
    bool operator==(const ValueCount&) const = default;
};

struct FacetCount {
    std::string facet;
    // Values with a count above zero (the most frequent, when their number is limited), and the
    // chosen values even at zero; by count, highest first, then by value.
    std::vector<ValueCount> values;
    std::uint32_t values_counted = 0;  // Values with a count above zero, listed or not.
};

struct FacetedResult {
    DocSet hits;                      // The match within every selection.
    std::vector<FacetCount> facets;   // Every declared facet, in order of declaration.
};

// A set of documents whose counts per value are known, so that a subset can be counted as the
// difference from it: counts[v] minus the count of v among the set's documents outside.
struct KnownCounts {
    const DocSet* docs;
    std::span<const std::uint32_t> counts;  // By ValueId; values beyond its end count 0.
};

// How a set of documents is counted; Auto picks by estimated cost. The others are for tests
// and measurements.
enum class CountMethod { Auto, Rows, Bitmaps };

// Counts every facet over `match` (a subset of `live`, before selections) under `selections`.
// `supersets` may hold sets with known counts that `match` perhaps lies within (each is checked).
// An unknown facet name is an error; an unknown value selects nothing. Each facet reports at
// most `values_per_facet` values (0: all) beside the chosen ones; every count is exact.
core::Result<FacetedResult> count_facets(const Facets& facets, DocSet match, const DocSet& live,
                                         std::span<const FacetSelection> selections,
                                         CountMethod method = CountMethod::Auto,
                                         std::span<const KnownCounts> supersets = {},
                                         std::size_t values_per_facet = 0);

// The documents within every selection (OR within a facet, AND across facets); all of `live`
// when there are none.
core::Result<DocSet> selected_docs(const Facets& facets, const DocSet& live,
                                   std::span<const FacetSelection> selections);

}  // namespace rightstrack::index
