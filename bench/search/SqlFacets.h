// The SQL both relational peers share for disjunctive facets: the WHERE condition of every
// filter but one, over a documents table `d` with one column per single-valued facet and one
// (doc, value) table per multi-valued facet, named after the facet. Values are the corpus's
// integer ids, written into the SQL as literals.
#pragma once

#include <optional>
#include <string>

#include "Workload.h"

namespace rightstrack::bench {

// "TRUE" when no filter is left; `except` leaves that facet's filter out.
std::string filter_condition(const Query& query, std::optional<Facet> except);

// One SELECT per facet, joined by UNION ALL, over the matching documents `m` (a CTE the caller
// defines with an `id` column): rows (facet index, value, count), and a first row (-1, 0,
// total) for the documents that pass every filter.
std::string facet_count_sql(const Query& query);

}  // namespace rightstrack::bench
