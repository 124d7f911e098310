// Clusters: recommendations from different mechanisms and cycles that ask for the same thing.
// Each operation checks the cluster policy, runs in one transaction and audits its change.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "model/Cluster.h"
#include "track/Context.h"

namespace rightstrack::track {

class ClusterService {
public:
    explicit ClusterService(Context context) : context_(std::move(context)) {}

    // Every recommendation named must be in the store.
    core::Result<model::Cluster> create(std::string_view actor, model::Cluster cluster);
    // Adds recommendations to the cluster (those it has already are left as they are).
    core::Result<model::Cluster> link(std::string_view actor, int64_t id,
                                      const std::vector<std::string>& recommendations);
    // Takes recommendations out of the cluster (those it does not have are ignored); the
    // actions linked to the cluster no longer answer them through it.
    core::Result<model::Cluster> unlink(std::string_view actor, int64_t id,
                                        const std::vector<std::string>& recommendations);
    core::Result<model::Cluster> get(std::string_view actor, int64_t id);
    core::Result<std::vector<model::Cluster>> list(std::string_view actor);

private:
    // link and unlink: `change` edits the cluster's recommendations; a change that leaves them
    // as they were writes and audits nothing.
    core::Result<model::Cluster> change_recommendations(
        std::string_view actor, int64_t id, std::string_view event,
        const std::function<core::Status(model::Cluster&)>& change);

    Context context_;
};

}  // namespace rightstrack::track
