// A search result as `rightstrack search` prints it: JSON in the stable shape DESIGN.md gives
// ({"total", "hits": [{"id", "score", "text", ...}], "facets": {FIELD: {VALUE: COUNT}}}), or
// text for people: the total, one block per hit, and with facets their non-zero counts. Each
// JSON hit has "snippet": {"text": "...", "highlights": [[BEGIN, END], ...]}, the best window of
// its text (whole when short, "…" where cut) with the byte ranges of its matched words; the text
// output shows that snippet with each match between « and ».
#pragma once

#include <string>

#include "index/Searcher.h"

namespace rightstrack::report {

// Indented for people (the command line); compact for programs (the web API, whose other
// answers are compact too): a third fewer bytes, and quicker to write.
enum class JsonLayout { Indented, Compact };

std::string search_json(const index::SearchResult& result, bool with_facets,
                        JsonLayout layout = JsonLayout::Indented);
std::string search_text(const index::SearchResult& result, bool with_facets);

}  // namespace rightstrack::report
