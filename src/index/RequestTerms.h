// The words of a search request as every entry point spells them — the command line's
// `--sort newest --filter response=noted` and the API's `?sort=newest&response=noted` — turned
// into a SearchRequest's parts, so that both accept exactly the same things.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"
#include "index/FacetCounts.h"
#include "index/Ranking.h"

namespace rightstrack::index {

// The values each facet lists unless asked otherwise: enough for any facet of States or
// labels, while a facet of thousands of documents does not swell every answer.
inline constexpr std::size_t kDefaultFacetValues = 100;

// "relevance", "newest", "oldest" or "document"; anything else is an error located at `where`.
core::Result<SortOrder> parse_sort_order(std::string_view name, std::string_view where);

// Adds FIELD=VALUE to the selections: values of one field join one selection (OR).
void add_selection(std::vector<FacetSelection>& selections, std::string field, std::string value);

}  // namespace rightstrack::index
