// Search over a store: the index built from every stored recommendation, and one search as
// `rightstrack search` asks it (a query, facet filters, a sort, a limit) answered with the
// total, the best hits with their text, and every facet's counts. The store stays the source
// of truth: the index is built from it, and each search first catches up with what was
// committed to it since (by any process), through the store's change feed. Not thread-safe,
// except that several threads may search at once with a SearchLane each (see below).
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
    std::size_t offset = 0;  // Hits to skip, for pages after the first.
    bool count_facets = true;
    std::size_t values_per_facet = 0;  // Values each facet lists beside the chosen ones; 0: all.
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

class Searcher;

// What one thread needs to search beside others: analyzers of its own, since an Analyzer is not
// thread-safe. They are copied from the index's, again whenever the index has changed since (the
// copies must know the words a prefix query may expand to).
class SearchLane {
private:
    friend class Searcher;
    AnalyzerSet analyzers_;
    const Searcher* copied_from_ = nullptr;
    std::int64_t copied_at_ = -1;  // The Searcher's sequence when copied.
};

class Searcher {
public:
    // Builds the index from every recommendation of `store`, which must outlive the Searcher.
    static core::Result<Searcher> build(store::Store& store);

    // Brings the index up to date with every write committed to the store since it last looked:
    // one read of the store when nothing changed. Rebuilds the index instead when replaced and
    // removed documents would outnumber live ones, which keeps memory and BM25's statistics in
    // step with the store.
    core::Status catch_up();

    // Catches up, then searches.
    core::Result<SearchResult> search(const SearchRequest& request);
    // Catches up, then finds the recommendations most like `request.id`'s, scored by cosine
    // similarity in [0, 1] (Similar.h); snippets highlight the distinctive terms they share.
    core::Result<SearchResult> similar(const SimilarRequest& request);

    // The same searches of the index as it stands, without catching up: several threads may
    // search at once, each with a lane of its own, while no thread calls anything else of the
    // Searcher's. Catch up first, alone. The hits' summaries live until the next catch-up.
    core::Result<SearchResult> search(const SearchRequest& request, SearchLane& lane) const;
    core::Result<SearchResult> similar(const SimilarRequest& request, SearchLane& lane) const;

    const QueryParser& parser() const { return parser_; }
    // The store's change sequence the index reflects (Store::change_sequence), as of the last
    // catch-up: what answers computed from it stay valid for.
    std::int64_t sequence() const { return seen_; }
    std::uint32_t size() const { return index_.size(); }

private:
    explicit Searcher(store::Store& store);
    // A recommendation as the index takes it: analysed, and summarised for its hits.
    struct Analysed {
        PreparedDocument document;
        HitSummary summary;
    };
    // Analysing uses the analyzers and the index's vocabularies only, placing the rest of the
    // index only: one thread may do each.
    Analysed analyse(const model::Recommendation& recommendation,
                     const model::Document& document);
    void place(Analysed analysed);
    void add(const model::Recommendation& recommendation, const model::Document& document);
    void remove(const std::string& id);
    // Every facet the index has is a filter field, taxonomies beyond the standard ones too.
    void update_fields();
    core::Result<SearchResult> search_with(const SearchRequest& request,
                                           AnalyzerSet& analyzers) const;
    core::Result<SearchResult> similar_with(const SimilarRequest& request,
                                            AnalyzerSet& analyzers) const;
    SearchHit hit_with_snippet(const Hit& hit, std::span<const std::string> terms,
                               AnalyzerSet& analyzers) const;
    AnalyzerSet& analyzers_of(SearchLane& lane) const;

    // The implementation of `id` as the public sees it; null when it is not tracked.
    const store::PublicImplementation* implementation_of(const std::string& id) const;

    store::Store* store_;
    std::int64_t seen_ = 0;  // The store's change sequence the index reflects.
    store::PublicImplementationMap implementation_;  // As of seen_.
    SearchIndex index_;
    AnalyzerSet analyzers_;
    QueryParser parser_;
    std::vector<HitSummary> summaries_;  // By DocId.
    IndexDocument analysing_;             // analyse()'s buffers, reused.
};

}  // namespace rightstrack::index
