// "More like this": the recommendations whose text is most like a given one's. Its most
// distinctive terms (tf × idf, leaving out terms many documents have, within a budget of
// postings) gather candidates through the index, the best of them by BM25F are kept (a bounded
// number, so the work does not grow with the index), and those are scored by the cosine of
// their tf-idf vectors with the given text: a score in [0, 1] that means the same for every
// recommendation, 1 for the same words. Only the text field counts, not the labels. Not
// thread-safe (the analyzers).
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"
#include "index/AnalyzerSet.h"
#include "index/SearchIndex.h"

namespace rightstrack::index {

struct SimilarRequest {
    std::string id;                       // The recommendation to find others like.
    std::vector<FacetSelection> filters;  // As in SearchRequest.
    std::size_t limit = 20;
    bool count_facets = false;  // Facets over the candidates, as a search has them.
    std::size_t values_per_facet = 0;  // As in SearchRequest.
};

struct SimilarOptions {
    std::size_t max_terms = 24;       // Distinctive terms that gather candidates.
    double max_document_share = 0.2;  // Terms in more of the documents gather none.
    // Documents (summed over terms) the candidates are gathered from and ranked by BM25F: what
    // keeps the gathering bounded on a large index.
    std::uint64_t max_postings = 200'000;
    std::size_t max_candidates = 1000;  // Best by BM25F, the only ones scored by cosine.
};

// A document's text and the language it was analysed in.
struct DocumentText {
    std::string_view text;
    std::string_view language;
};
using TextOf = std::function<DocumentText(DocId)>;

struct SimilarMatches {
    std::uint32_t total = 0;  // Candidates within the filters: sharing a distinctive term.
    std::vector<Hit> hits;    // Best first by cosine, ties to the lower DocId; above zero.
    std::vector<FacetCount> facets;
    std::vector<std::string> terms;  // The distinctive terms, sorted: what a snippet highlights.
};

// An unknown or removed id is a NotFound error naming it; an unknown filter facet is an error
// as in a search.
core::Result<SimilarMatches> find_similar(const SearchIndex& index, AnalyzerSet& analyzers,
                                          const TextOf& text_of, const SimilarRequest& request,
                                          const SimilarOptions& options = {});

}  // namespace rightstrack::index
