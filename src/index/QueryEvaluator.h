// Evaluates a parsed Query against a SearchIndex: the documents it matches and the analysed
// terms that rank them. Words go through the analyzers of every language the index holds (a
// word that analyses to several terms, "non-discrimination", is a phrase of them), prefixes
// expand over the index's terms, phrases must match within one field, field:value filters select
// facet values, and NOT subtracts from all live documents. Not thread-safe (the analyzers).
#pragma once

#include <string>
#include <vector>

#include "core/Result.h"
#include "index/AnalyzerSet.h"
#include "index/Query.h"
#include "index/SearchIndex.h"

namespace rightstrack::index {

struct Evaluation {
    DocSet docs;
    std::vector<std::string> positive_terms;  // Terms not under a NOT: what relevance scores.
    bool prefix_capped = false;               // A prefix had more words than were expanded.
};

core::Result<Evaluation> evaluate(const Query& query, const SearchIndex& index,
                                  AnalyzerSet& analyzers);

}  // namespace rightstrack::index
