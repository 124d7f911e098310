#include "ReferenceEngine.h"

#include <algorithm>

namespace rightstrack::bench {

namespace {

bool contains(std::span<const TermId> text, const Clause& clause) {
    const size_t n = clause.words.size();
    for (size_t at = 0; at + n <= text.size(); ++at)
        if (std::equal(clause.words.begin(), clause.words.end(), text.begin() + at))
            return true;
    return false;
}

bool passes(std::span<const ValueId> values, const std::vector<ValueId>& filter) {
    for (ValueId value : values)
        if (std::binary_search(filter.begin(), filter.end(), value))
            return true;
    return false;
}

}  // namespace

core::Status ReferenceEngine::build(const Corpus& corpus) {
    corpus_ = &corpus;
    return {};
}

bool ReferenceEngine::text_matches(std::span<const TermId> text, const Query& query) const {
    for (const auto& clause : query.all)
        if (!contains(text, clause))
            return false;
    if (!query.any.empty() &&
        std::none_of(query.any.begin(), query.any.end(),
                     [&](const Clause& clause) { return contains(text, clause); }))
        return false;
    for (const auto& clause : query.none)
        if (contains(text, clause))
            return false;
    return true;
}

core::Result<Answer> ReferenceEngine::search(const Query& query) {
    const Corpus& corpus = *corpus_;
    // Many documents share a text: decide each text once.
    std::vector<char> text_match(corpus.text_count());
    for (size_t t = 0; t < corpus.text_count(); ++t)
        text_match[t] = text_matches(corpus.text(t), query);

    Answer answer = empty_answer(corpus);
    for (DocId doc = 0; doc < corpus.size(); ++doc) {
        if (!text_match[corpus.text_index_of(doc)])
            continue;
        // A document that fails one facet's filter only still counts in that facet.
        int failed = 0;
        size_t failed_facet = 0;
        for (Facet facet : kFacets) {
            const auto& filter = query.filters[index_of(facet)];
            if (!filter.empty() && !passes(corpus.values(facet, doc), filter)) {
                ++failed;
                failed_facet = index_of(facet);
            }
        }
        if (failed > 1)
            continue;
        for (Facet facet : kFacets) {
            if (failed == 1 && index_of(facet) != failed_facet)
                continue;
            for (ValueId value : corpus.values(facet, doc))
                ++answer.counts[index_of(facet)][value];
        }
        if (failed == 0) {
            ++answer.total;
            if (answer.top.size() < kTopHits)
                answer.top.push_back(doc);
        }
    }
    return answer;
}

}  // namespace rightstrack::bench
