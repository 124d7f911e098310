#include "index/Searcher.h"

#include "index/QueryEvaluator.h"
#include "index/RecommendationDocument.h"

namespace rightstrack::index {

Searcher::Searcher() : parser_(standard_facets()) {
    for (const auto& facet : standard_facets()) index_.declare_facet(facet);
}

core::Result<Searcher> Searcher::build(store::Store& store) {
    Searcher searcher;
    TRY(store.scan([&](const model::Recommendation& recommendation,
                       const model::Document& document) -> core::Status {
        searcher.add(recommendation, document);
        return {};
    }));
    searcher.index_.cache_frequent_counts();
    // Taxonomies beyond the standard ones ("priorities") are facets too, and so filter fields.
    std::vector<std::string> fields;
    const Facets& facets = searcher.index_.facets();
    for (FacetId facet = 0; facet < facets.facet_count(); ++facet)
        fields.push_back(facets.name(facet));
    searcher.parser_ = QueryParser(std::move(fields));
    return searcher;
}

void Searcher::add(const model::Recommendation& recommendation, const model::Document& document) {
    DocId doc = index_.put(index_document(recommendation, document, analyzers_));
    if (summaries_.size() <= doc)
        summaries_.resize(doc + 1);
    summaries_[doc] = {recommendation.id,
                       document.symbol,
                       recommendation.paragraph,
                       document.state,
                       recommendation.recommending_states,
                       std::string(model::response_code(recommendation.response)),
                       recommendation.text};
}

core::Result<SearchResult> Searcher::search(const SearchRequest& request) {
    Evaluation evaluation;
    if (request.query.empty()) {
        evaluation.docs = index_.all_docs();
    } else {
        Query query = TRY(parser_.parse(request.query));
        evaluation = TRY(evaluate(query, index_, analyzers_));
    }
    FacetedResult counted = TRY(index_.count_facets(evaluation.docs, request.filters,
                                                    CountMethod::Auto, evaluation.positive_terms));
    SearchResult result;
    result.total = static_cast<std::uint32_t>(counted.hits.cardinality());
    result.facets = std::move(counted.facets);
    result.prefix_capped = evaluation.prefix_capped;
    RankOptions options;
    options.sort = request.sort;
    options.limit = request.limit;
    for (const Hit& hit : index_.rank(counted.hits, evaluation.positive_terms, options))
        result.hits.push_back({&summaries_[hit.doc], hit.score});
    return result;
}

}  // namespace rightstrack::index
