// A search result as `rightstrack search` prints it: JSON in the stable shape DESIGN.md gives
// ({"total", "hits": [{"id", "score", "text", ...}], "facets": {FIELD: {VALUE: COUNT}}}), or
// text for people: the total, one block per hit, and with facets their non-zero counts.
#pragma once

#include <string>

#include "index/Searcher.h"

namespace rightstrack::report {

std::string search_json(const index::SearchResult& result, bool with_facets);
std::string search_text(const index::SearchResult& result, bool with_facets);

}  // namespace rightstrack::report
