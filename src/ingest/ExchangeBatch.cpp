#include "ingest/ExchangeBatch.h"

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
    batch_.recommendations.push_back(std::move(recommendation));
    return {};
}

}  // namespace rightstrack::ingest
