// The benchmark's queries: words, phrases, AND, OR and NOT made of real terms of the corpus,
// each with zero to three facet filters whose values are drawn from the documents. Generated
// from the corpus and a seed only, so every engine answers the same queries.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "Corpus.h"

namespace rightstrack::bench {

// One word, or a phrase: words at consecutive positions.
struct Clause {
    std::vector<TermId> words;
};

// Matches the documents that match every clause of `all`, at least one of `any` (when it has
// any) and none of `none`, and that have, for every facet with a filter, one of its values.
struct Query {
    std::vector<Clause> all;
    std::vector<Clause> any;
    std::vector<Clause> none;
    std::array<std::vector<ValueId>, kFacetCount> filters;  // Empty: no filter on that facet.

    // Readable form for messages: tortur AND "death penalti" | response=noted,supported
    std::string describe(const Corpus& corpus) const;
};

std::vector<Query> make_workload(const Corpus& corpus, size_t count, std::uint64_t seed);

}  // namespace rightstrack::bench
