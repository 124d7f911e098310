// The public State pages: GET /states lists every State with recommendations, by regional
// group, with their counts; GET /states/CODE shows one State under review — its reviews by
// cycle (sessions, documents with symbols and dates, recommendations by response, as a stacked
// bar chart and a table), the recommending States most active towards it, the issues and themes
// most recommended, and implementation status and responsible institutions where tracked. Every
// count comes from the index (searches filtered on state_under_review, with facets), not from
// scanning the store, so that the page stays fast over a million recommendations; only the
// documents' dates are read from the store, one recommendation per document, and the issue and
// theme taxonomies for their names in the visitor's language (English, else the code, where a
// label has no translation). Readable without
// JavaScript; charts are inline SVG (SvgChart) with a table of the same numbers.
#pragma once

#include <vector>

#include "web/Routes.h"

namespace rightstrack::web {

// Values the page lists of each "most" section (recommending States, issues, institutions).
inline constexpr std::size_t kTopValues = 10;

Reply states_page(WebContext& context, Visit& visit);
Reply state_page(WebContext& context, Visit& visit);

}  // namespace rightstrack::web
