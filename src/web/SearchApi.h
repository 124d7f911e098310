// GET /api/v1/search: the search command over HTTP. The query string speaks the command line's
// words — q, sort (relevance, newest, oldest, document), limit and offset (pages), facets (0
// leaves the counts out), facet_limit (values per facet, 100 unless given, 0: all), similar (an
// id, instead of q) — and every other parameter is a filter under its export column name,
// repeated for OR: ?q=torture&state_under_review=KGZ&response=noted. The answer has the JSON
// shape of `rightstrack search --json`.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "index/Searcher.h"
#include "web/ApiError.h"
#include "web/Http.h"
#include "web/WebContext.h"

namespace rightstrack::web {

// The most hits one request may ask for, and how deep pages may go: ranking keeps every hit up
// to offset + limit.
inline constexpr std::size_t kMaxSearchLimit = 1000;
inline constexpr std::size_t kMaxSearchDepth = 10'000;
// facet_limit: values each facet lists (0: all); the bound only keeps the number sane.
inline constexpr std::size_t kMaxFacetValues = 1'000'000;

struct ParsedSearch {
    index::SearchRequest request;  // request.count_facets: the facets parameter.
    std::string similar;
};

// The parameters as a search, shared with the portal's search page; an error names the
// parameter at fault.
core::Result<ParsedSearch> parse_search(const QueryParameters& parameters);

// Runs the search, or the similarity search when `similar` is set (its filters moved out), on
// the index as it stands (WebContext::with_current_index).
core::Result<index::SearchResult> run_search(const index::Searcher& searcher,
                                             index::SearchLane& lane, ParsedSearch& parsed);

ApiAnswer search_api(const index::Searcher& searcher, index::SearchLane& lane,
                     const QueryParameters& parameters);
// The same answer as the server gives it: from the context's answer cache while the store is at
// the change sequence it was computed at, else searched on the index caught up with the store.
ApiAnswer cached_search_api(WebContext& context, const QueryParameters& parameters);

}  // namespace rightstrack::web
