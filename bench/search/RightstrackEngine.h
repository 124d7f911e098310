// Our own index in the benchmark: `index::SearchIndex`, fed the corpus's analysed terms as
// text-field tokens and its facet values by name, queried through the same operations the
// query evaluator combines (term and phrase sets, AND/OR/NOT, facet selections), with every
// facet counted and the top hits ranked by BM25F. Facet counts come back by value name and are
// mapped to the corpus's value ids, as a caller printing them by name would pay for.
#pragma once

#include <unordered_map>

#include "Engine.h"
#include "index/SearchIndex.h"

namespace rightstrack::bench {

class RightstrackEngine : public Engine {
public:
    std::string_view name() const override { return "rightstrack"; }
    std::string_view ranking() const override { return "BM25F"; }
    core::Status build(const Corpus& corpus) override;
    core::Result<Answer> search(const Query& query) override;

private:
    index::DocSet clause_docs(const Clause& clause) const;
    index::DocSet text_match(const Query& query) const;
    std::vector<std::string> positive_terms(const Query& query) const;

    index::SearchIndex index_;
    const Corpus* corpus_ = nullptr;
    // Per facet, the corpus's value id of each value name.
    std::array<std::unordered_map<std::string, ValueId>, kFacetCount> value_ids_;
};

}  // namespace rightstrack::bench
