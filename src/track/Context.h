// What every tracking service works with: the store, and a clock for the audit log's
// timestamps (tests pass a fixed one). Also the steps every operation shares: finding the
// acting user, and recording a change in the audit log. A Context belongs to one thread.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/Result.h"
#include "model/User.h"
#include "store/TrackingStore.h"
#include "track/AuditChain.h"

namespace rightstrack::track {

// The current UTC time as "2026-01-31T12:00:00Z".
std::string utc_now();

struct Context {
    store::TrackingStore& store;
    std::function<std::string()> now = utc_now;
    // Where evidence files are kept, each under its SHA-256; empty: evidence is refused.
    std::string evidence_folder;

    // The user called `name`; NotFound naming them when there is none.
    core::Result<model::User> actor(std::string_view name) const;
    // Appends `change` to the audit log, stamped now; inside the change's transaction.
    core::Status audit(const Change& change) const;
};

// NotFound unless every id is a recommendation in the store.
core::Status check_recommendations_exist(store::TrackingStore& store,
                                         const std::vector<std::string>& ids);

}  // namespace rightstrack::track
