// The portal's search page, GET /search: the search box, the hits with their snippets (matched
// words in <mark>), the hit count, pages, the sort, and every facet with its counts, each value a
// link that adds or removes its filter (values of one facet are alternatives, as in the API,
// whose parameter names the page shares: ?q=torture&state_under_review=KGZ&response=noted).
// Readable without JavaScript.
#pragma once

#include "web/WebContext.h"

namespace rightstrack::web {

inline constexpr std::size_t kHitsPerPage = 20;
// Facet values shown before "all values": the page stays small on the largest facets.
inline constexpr std::size_t kFacetValuesShown = 10;

Reply search_page(WebContext& context, Visit& visit);

}  // namespace rightstrack::web
