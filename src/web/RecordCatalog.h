// The documents and the per-State counts the public API lists, gathered in one pass over the
// store and kept until the store changes (its change sequence moves): the store has no query
// for them, and a pass over a million recommendations is too slow for every request but cheap
// once per import. Thread-safe: requests that find it out of date wait for one pass.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "store/Store.h"

namespace rightstrack::web {

struct CatalogDocument {
    model::Document document;
    int64_t recommendations = 0;
};

struct StateCounts {
    int64_t received = 0;                        // Recommendations to the State (under review).
    int64_t made = 0;                            // Recommendations the State made to others.
    std::map<std::string, int64_t> by_response;  // Of those received.
};

struct RecordSnapshot {
    int64_t sequence = -1;
    std::map<std::string, CatalogDocument> documents;  // By symbol.
    std::map<std::string, StateCounts> states;         // By alpha-3; only States with some.
};

class RecordCatalog {
public:
    // The snapshot as of the store's current change sequence.
    core::Result<std::shared_ptr<const RecordSnapshot>> current(store::Store& store);

private:
    std::mutex mutex_;
    std::shared_ptr<const RecordSnapshot> snapshot_;
};

}  // namespace rightstrack::web
