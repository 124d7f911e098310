#include "index/Searcher.h"

#include <thread>
#include <utility>

#include "core/Handoff.h"
#include "index/QueryEvaluator.h"
#include "index/RecommendationDocument.h"

namespace rightstrack::index {
namespace {

HitSummary summary_of(const model::Recommendation& recommendation,
                      const model::Document& document) {
    return {recommendation.id,
            document.symbol,
            recommendation.paragraph,
            document.state,
            recommendation.recommending_states,
            std::string(model::response_code(recommendation.response)),
            recommendation.text,
            recommendation.language};
}

// Joins the thread on every way out of the scope, closing its queue first.
template <typename Queue>
class Joined {
public:
    Joined(std::thread thread, Queue& queue) : thread_(std::move(thread)), queue_(queue) {}
    ~Joined() {
        queue_.close();
        thread_.join();
    }

private:
    std::thread thread_;
    Queue& queue_;
};

}  // namespace

Searcher::Searcher(store::Store& store) : store_(&store), parser_(standard_facets()) {
    for (const auto& facet : standard_facets()) index_.declare_facet(facet);
    for (const auto& group : bundled_facets()) index_.bundle_facets(group);
}

core::Result<Searcher> Searcher::build(store::Store& store) {
    Searcher searcher(store);
    // Read before the scan: a write committed in between is caught up with again, harmlessly.
    searcher.seen_ = TRY(store.change_sequence());
    searcher.implementation_ = TRY(store.public_implementation());
    // Reading, analysing and numbering the terms and values of the recommendations (this
    // thread, SearchIndex::prepare) runs beside indexing them (a second one, put): each is
    // about half the work.
    constexpr std::size_t kBatch = 1024;
    core::Handoff<Analysed> handoff(8);
    searcher.index_.begin_bulk_load();
    {
        Joined indexer(std::thread([&] {
                           while (auto batch = handoff.pop())
                               for (Analysed& analysed : *batch)
                                   searcher.place(std::move(analysed));
                       }),
                       handoff);
        std::vector<Analysed> batch;
        TRY(store.scan(store::ScanOrder::Any, [&](const model::Recommendation& recommendation,
                                                  const model::Document& document) {
            batch.push_back(searcher.analyse(recommendation, document));
            if (batch.size() == kBatch)
                handoff.push(std::exchange(batch, {}));
            return core::Status();
        }));
        handoff.push(std::move(batch));
    }
    searcher.index_.end_bulk_load();
    searcher.update_fields();
    return searcher;
}

core::Status Searcher::catch_up() {
    std::size_t facets = index_.facets().facet_count();
    bool implementation_read = false;
    auto changed = [&](const model::Recommendation& recommendation,
                       const model::Document& document) -> core::Status {
        // Read once, from the snapshot the changes come from, and only when something changed.
        if (!implementation_read) {
            implementation_ = TRY(store_->public_implementation());
            implementation_read = true;
        }
        add(recommendation, document);
        return {};
    };
    auto removed = [this](const std::string& id) {
        remove(id);
        return core::Status();
    };
    store::ChangeVisitor visit{changed, removed};
    // On an error part of the changes may be applied: they are applied again next time.
    seen_ = TRY(store_->scan_changes(seen_, visit));
    if (index_.documents().size() - index_.size() > index_.size()) {
        *this = TRY(build(*store_));
        return {};
    }
    if (index_.facets().facet_count() != facets)
        update_fields();
    return {};
}

void Searcher::update_fields() {
    std::vector<std::string> fields;
    const Facets& facets = index_.facets();
    for (FacetId facet = 0; facet < facets.facet_count(); ++facet)
        fields.push_back(facets.name(facet));
    parser_ = QueryParser(std::move(fields));
}

// A replaced or removed document's summary is dropped; its DocId is never a hit again.
void Searcher::remove(const std::string& id) {
    if (auto doc = index_.documents().find(id))
        summaries_[*doc] = {};
    index_.remove(id);
}

Searcher::Analysed Searcher::analyse(const model::Recommendation& recommendation,
                                     const model::Document& document) {
    index_document(recommendation, document, implementation_of(recommendation.id), analyzers_,
                   analysing_);
    return {index_.prepare(analysing_), summary_of(recommendation, document)};
}

void Searcher::place(Analysed analysed) {
    if (auto old = index_.documents().find(analysed.document.id))
        summaries_[*old] = {};
    DocId doc = index_.put(analysed.document);
    if (summaries_.size() <= doc)
        summaries_.resize(doc + 1);
    summaries_[doc] = std::move(analysed.summary);
}

const store::PublicImplementation* Searcher::implementation_of(const std::string& id) const {
    auto found = implementation_.find(id);
    return found == implementation_.end() ? nullptr : &found->second;
}

void Searcher::add(const model::Recommendation& recommendation, const model::Document& document) {
    place(analyse(recommendation, document));
}

core::Result<SearchResult> Searcher::search(const SearchRequest& request) {
    TRY(catch_up());
    return search_with(request, analyzers_);
}

core::Result<SearchResult> Searcher::search(const SearchRequest& request, SearchLane& lane) const {
    return search_with(request, analyzers_of(lane));
}

core::Result<SearchResult> Searcher::similar(const SimilarRequest& request) {
    TRY(catch_up());
    return similar_with(request, analyzers_);
}

core::Result<SearchResult> Searcher::similar(const SimilarRequest& request,
                                             SearchLane& lane) const {
    return similar_with(request, analyzers_of(lane));
}

AnalyzerSet& Searcher::analyzers_of(SearchLane& lane) const {
    if (lane.copied_from_ != this || lane.copied_at_ != seen_) {
        lane.analyzers_ = analyzers_;
        lane.copied_from_ = this;
        lane.copied_at_ = seen_;
    }
    return lane.analyzers_;
}

core::Result<SearchResult> Searcher::search_with(const SearchRequest& request,
                                                 AnalyzerSet& analyzers) const {
    Evaluation evaluation;
    if (request.query.empty()) {
        evaluation.docs = index_.all_docs();
    } else {
        Query query = TRY(parser_.parse(request.query));
        evaluation = TRY(evaluate(query, index_, analyzers));
    }
    FacetedResult counted;
    if (request.count_facets)
        counted =
            TRY(index_.count_facets(std::move(evaluation.docs), request.filters, CountMethod::Auto,
                                    evaluation.positive_terms, request.values_per_facet));
    else
        counted.hits = evaluation.docs & TRY(selected_docs(index_.facets(), index_.all_docs(),
                                                           request.filters));
    SearchResult result;
    result.total = static_cast<std::uint32_t>(counted.hits.cardinality());
    result.facets = std::move(counted.facets);
    result.prefix_capped = evaluation.prefix_capped;
    RankOptions options;
    options.sort = request.sort;
    options.limit = request.offset + request.limit;
    const auto ranked = index_.rank(counted.hits, evaluation.positive_terms, options);
    for (std::size_t i = request.offset; i < ranked.size(); ++i)
        result.hits.push_back(hit_with_snippet(ranked[i], evaluation.positive_terms, analyzers));
    return result;
}

core::Result<SearchResult> Searcher::similar_with(const SimilarRequest& request,
                                                  AnalyzerSet& analyzers) const {
    auto text_of = [this](DocId doc) {
        return DocumentText{summaries_[doc].text, summaries_[doc].language};
    };
    SimilarMatches matches = TRY(find_similar(index_, analyzers, text_of, request));
    SearchResult result;
    result.total = matches.total;
    result.facets = std::move(matches.facets);
    for (const Hit& hit : matches.hits)
        result.hits.push_back(hit_with_snippet(hit, matches.terms, analyzers));
    return result;
}

SearchHit Searcher::hit_with_snippet(const Hit& hit, std::span<const std::string> terms,
                                     AnalyzerSet& analyzers) const {
    const HitSummary& summary = summaries_[hit.doc];
    return {&summary, hit.score,
            make_snippet(summary.text, analyzers.for_language(summary.language), terms)};
}

}  // namespace rightstrack::index
