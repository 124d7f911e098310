#include "RightstrackEngine.h"

#include <algorithm>

#include "index/RecommendationDocument.h"

namespace rightstrack::bench {

namespace {

index::IndexDocument document_of(const Corpus& corpus, DocId doc) {
    index::IndexDocument document;
    document.id = std::to_string(doc);
    auto& tokens = document.fields[index::field_index(index::Field::Text)];
    const auto terms = corpus.terms_of(doc);
    tokens.reserve(terms.size());
    for (std::uint32_t position = 0; position < terms.size(); ++position)
        tokens.push_back({corpus.term(terms[position]), position, 0, 0});
    for (Facet facet : kFacets)
        for (ValueId value : corpus.values(facet, doc))
            document.facets.push_back(
                {std::string(facet_name(facet)), corpus.facet(facet).name_of(value)});
    return document;
}

std::vector<index::FacetSelection> selections_of(const Corpus& corpus, const Query& query) {
    std::vector<index::FacetSelection> selections;
    for (Facet facet : kFacets) {
        const auto& chosen = query.filters[index_of(facet)];
        if (chosen.empty())
            continue;
        index::FacetSelection selection{std::string(facet_name(facet)), {}};
        for (ValueId value : chosen)
            selection.values.push_back(corpus.facet(facet).name_of(value));
        selections.push_back(std::move(selection));
    }
    return selections;
}

// The application's bundles (index::bundled_facets) of the facets the corpus has, so that the
// benchmark counts as the server does.
void bundle_facets(index::SearchIndex& index) {
    for (const auto& group : index::bundled_facets()) {
        std::vector<std::string> present;
        for (const std::string& name : group)
            if (std::any_of(kFacets.begin(), kFacets.end(),
                            [&](Facet facet) { return facet_name(facet) == name; }))
                present.push_back(name);
        if (present.size() > 1)
            index.bundle_facets(present);
    }
}

}  // namespace

core::Status RightstrackEngine::build(const Corpus& corpus) {
    corpus_ = &corpus;
    bundle_facets(index_);
    for (Facet facet : kFacets) {
        index_.declare_facet(facet_name(facet));
        const FacetColumn& column = corpus.facet(facet);
        for (ValueId value = 0; value < column.value_count(); ++value)
            value_ids_[index_of(facet)].emplace(column.name_of(value), value);
    }
    index_.begin_bulk_load();
    for (DocId doc = 0; doc < corpus.size(); ++doc)
        index_.put(document_of(corpus, doc));
    index_.end_bulk_load();
    return {};
}

index::DocSet RightstrackEngine::clause_docs(const Clause& clause) const {
    if (clause.words.size() == 1)
        return index_.docs_with_term(corpus_->term(clause.words[0]));
    std::vector<std::string> words;
    for (TermId word : clause.words)
        words.push_back(corpus_->term(word));
    return index_.docs_with_phrase(words);
}

index::DocSet RightstrackEngine::text_match(const Query& query) const {
    index::DocSet match = index_.all_docs();
    for (const Clause& clause : query.all)
        match &= clause_docs(clause);
    if (!query.any.empty()) {
        index::DocSet any;
        for (const Clause& clause : query.any)
            any |= clause_docs(clause);
        match &= any;
    }
    for (const Clause& clause : query.none)
        match -= clause_docs(clause);
    return match;
}

std::vector<std::string> RightstrackEngine::positive_terms(const Query& query) const {
    std::vector<std::string> terms;
    for (const auto* clauses : {&query.all, &query.any})
        for (const Clause& clause : *clauses)
            for (TermId word : clause.words)
                terms.push_back(corpus_->term(word));
    return terms;
}

core::Result<Answer> RightstrackEngine::search(const Query& query) {
    const auto selections = selections_of(*corpus_, query);
    const auto positive = positive_terms(query);
    auto counted = TRY(index_.count_facets(text_match(query), selections,
                                           index::CountMethod::Auto, positive));
    Answer answer = empty_answer(*corpus_);
    answer.total = counted.hits.cardinality();
    for (const index::FacetCount& facet : counted.facets) {
        const auto corpus_facet = std::find_if(kFacets.begin(), kFacets.end(), [&](Facet f) {
            return facet_name(f) == facet.facet;
        });
        const auto& ids = value_ids_[index_of(*corpus_facet)];
        auto& counts = answer.counts[index_of(*corpus_facet)];
        for (const index::ValueCount& value : facet.values)
            counts[ids.at(value.value)] = value.count;
    }
    index::RankOptions options;
    options.limit = kTopHits;
    for (const index::Hit& hit : index_.rank(counted.hits, positive, options))
        answer.top.push_back(hit.doc);
    return answer;
}

}  // namespace rightstrack::bench
