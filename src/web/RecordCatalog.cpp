#include "web/RecordCatalog.h"

#include "model/Response.h"

namespace rightstrack::web {

core::Result<std::shared_ptr<const RecordSnapshot>> RecordCatalog::current(store::Store& store) {
    // Read before the scan: a write committed during it moves the sequence and the next call
    // gathers again (Store::change_sequence).
    const int64_t sequence = TRY(store.change_sequence());
    std::lock_guard lock(mutex_);
    // Gathered at that sequence, or since by another request.
    if (snapshot_ && snapshot_->sequence >= sequence)
        return snapshot_;
    auto fresh = std::make_shared<RecordSnapshot>();
    fresh->sequence = sequence;
    TRY(store.scan(store::ScanOrder::Any, [&](const model::Recommendation& recommendation,
                                              const model::Document& document) {
        auto& entry = fresh->documents[document.symbol];
        if (entry.recommendations++ == 0)
            entry.document = document;
        auto& state = fresh->states[document.state];
        ++state.received;
        ++state.by_response[std::string(model::response_code(recommendation.response))];
        for (const auto& by : recommendation.recommending_states) ++fresh->states[by].made;
        return core::Status();
    }));
    snapshot_ = std::move(fresh);
    return snapshot_;
}

}  // namespace rightstrack::web
