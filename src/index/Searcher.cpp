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
                       recommendation.text,
                       recommendation.language};
}

core::Result<SearchResult> Searcher::search(const SearchRequest& request) {
    Evaluation evaluation;
    if (request.query.empty()) {
        evaluation.docs = index_.all_docs();
    } else {
        Query query = TRY(parser_.parse(request.query));
        evaluation = TRY(evaluate(query, index_, analyzers_));
    }
    FacetedResult counted = TRY(index_.count_facets(evaluation.docs, request.filters));
    SearchResult result;
    result.total = static_cast<std::uint32_t>(counted.hits.cardinality());
    result.facets = std::move(counted.facets);
    result.prefix_capped = evaluation.prefix_capped;
    RankOptions options;
    options.sort = request.sort;
    options.limit = request.limit;
    for (const Hit& hit : index_.rank(counted.hits, evaluation.positive_terms, options))
        result.hits.push_back(hit_with_snippet(hit, evaluation.positive_terms));
    return result;
}

core::Result<SearchResult> Searcher::similar(const SimilarRequest& request) {
    auto text_of = [this](DocId doc) {
        return DocumentText{summaries_[doc].text, summaries_[doc].language};
    };
    SimilarMatches matches = TRY(find_similar(index_, analyzers_, text_of, request));
    SearchResult result;
    result.total = matches.total;
    result.facets = std::move(matches.facets);
    for (const Hit& hit : matches.hits) result.hits.push_back(hit_with_snippet(hit, matches.terms));
    return result;
}

SearchHit Searcher::hit_with_snippet(const Hit& hit, std::span<const std::string> terms) {
    const HitSummary& summary = summaries_[hit.doc];
    return {&summary, hit.score,
            make_snippet(summary.text, analyzers_.for_language(summary.language), terms)};
}

}  // namespace rightstrack::index
