// Search over a store: the index built from every stored recommendation, and one search as
// `rightstrack search` asks it (a query, facet filters, a sort, a limit) answered with the
// total, the best hits with their text, and every facet's counts. The store stays the source
// of truth; the index is rebuilt from it when a Searcher is built. Not thread-safe.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "core/Result.h"
#include "index/AnalyzerSet.h"
#include "index/FacetCounts.h"
#include "index/QueryParser.h"
#include "index/Ranking.h"
#include "index/SearchIndex.h"
#include "index/Similar.h"
#include "index/Snippet.h"
#include "store/Store.h"

namespace rightstrack::index {

struct SearchRequest {
    std::string query;                      // Empty: every recommendation.
    std::vector<FacetSelection> filters;    // --filter FIELD=VALUE, grouped by field.
    SortOrder sort = SortOrder::Relevance;
    std::size_t limit = 20;
};

// What a hit shows without a second trip to the store.
struct HitSummary {
    std::string id;
    std::string document;
    std::string paragraph;
    std::string state_under_review;
    std::vector<std::string> recommending_states;
    std::string response;
    std::string text;
    std::string language;  // The text's, which its snippet is analysed in.
};

struct SearchHit {
    const HitSummary* summary;
    double score;
    Snippet snippet = {};  // The text's best window, its query terms highlighted.
};

struct SearchResult {
    std::uint32_t total = 0;
    std::vector<SearchHit> hits;
    std::vector<FacetCount> facets;
    bool prefix_capped = false;
};

class Searcher {
public:
    static core::Result<Searcher> build(store::Store& store);

    core::Result<SearchResult> search(const SearchRequest& request);
    // The recommendations most like `request.id`'s, scored by cosine similarity in [0, 1]
    // (Similar.h); snippets highlight the distinctive terms they share.
    core::Result<SearchResult> similar(const SimilarRequest& request);

    const QueryParser& parser() const { return parser_; }
    std::uint32_t size() const { return index_.size(); }

private:
    Searcher();
    void add(const model::Recommendation& recommendation, const model::Document& document);
    SearchHit hit_with_snippet(const Hit& hit, std::span<const std::string> terms);

    SearchIndex index_;
    AnalyzerSet analyzers_;
    QueryParser parser_;
    std::vector<HitSummary> summaries_;  // By DocId.
};

}  // namespace rightstrack::index
