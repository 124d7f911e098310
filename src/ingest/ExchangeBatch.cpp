#include "ingest/ExchangeBatch.h"

#include <algorithm>

namespace rightstrack::ingest {

core::Status ExchangeBatch::add(model::Document document, model::Recommendation recommendation) {
    if (!ids_.insert(recommendation.id).second)
        return core::Error::invalid_input("recommendation id " + recommendation.id +
                                          " appears more than once");
    auto [found, inserted] = documents_.try_emplace(document.symbol, batch_.documents.size());
    if (inserted)
        batch_.documents.push_back(std::move(document));
    else if (!(batch_.documents[found->second] == document))
        return core::Error::invalid_input("document " + document.symbol +
                                          " is described differently on an earlier row");
    recommendation.document = batch_.documents[found->second].symbol;
    define_unknown_labels(recommendation);
    batch_.recommendations.push_back(std::move(recommendation));
    return {};
}

void ExchangeBatch::define_unknown_labels(const model::Recommendation& recommendation) {
    for (const auto& label : recommendation.labels) {
        if (known_->contains(label.taxonomy, label.code) ||
            !defined_.insert(label.taxonomy + '\x1f' + label.code).second)
            continue;
        auto taxonomy = std::find_if(batch_.taxonomies.begin(), batch_.taxonomies.end(),
                                     [&](const auto& t) { return t.code == label.taxonomy; });
        if (taxonomy == batch_.taxonomies.end())
            taxonomy = batch_.taxonomies.insert(batch_.taxonomies.end(),
                                                {label.taxonomy, label.taxonomy, {}});
        taxonomy->labels.push_back({label.code, "", {{"en", label.code}}});
    }
}

}  // namespace rightstrack::ingest
