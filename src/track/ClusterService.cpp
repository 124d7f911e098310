#include "track/ClusterService.h"

#include <algorithm>

#include "track/ActionRules.h"
#include "track/Permissions.h"
#include "track/TrackJson.h"

namespace rightstrack::track {
namespace {

core::Result<model::Cluster> load(store::TrackingStore& store, int64_t id) {
    auto cluster = TRY(store.cluster(id));
    if (!cluster)
        return core::Error::not_found("no cluster with id " + std::to_string(id));
    return *cluster;
}

}  // namespace

core::Result<model::Cluster> ClusterService::create(std::string_view actor,
                                                    model::Cluster cluster) {
    TRY(context_.store.transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_cluster(user, Operation::ClusterCreate));
        if (cluster.title.empty())
            return core::Error::invalid_input("a cluster needs a title");
        sort_unique(cluster.recommendations);
        TRY(check_recommendations_exist(context_.store, cluster.recommendations));
        cluster.id = TRY(context_.store.add_cluster(cluster));
        return context_.audit({user.name, "cluster.create", "cluster:" + std::to_string(cluster.id),
                               "null", canonical(to_json(cluster))});
    }));
    return cluster;
}

core::Result<model::Cluster> ClusterService::link(std::string_view actor, int64_t id,
                                                  const std::vector<std::string>& recommendations) {
    return change_recommendations(
        actor, id, "cluster.link", [&](model::Cluster& cluster) -> core::Status {
            TRY(check_recommendations_exist(context_.store, recommendations));
            cluster.recommendations.insert(cluster.recommendations.end(), recommendations.begin(),
                                           recommendations.end());
            sort_unique(cluster.recommendations);
            return core::Status();
        });
}

core::Result<model::Cluster> ClusterService::unlink(
    std::string_view actor, int64_t id, const std::vector<std::string>& recommendations) {
    return change_recommendations(
        actor, id, "cluster.unlink", [&](model::Cluster& cluster) -> core::Status {
            std::erase_if(cluster.recommendations, [&](const std::string& recommendation) {
                return std::find(recommendations.begin(), recommendations.end(), recommendation) !=
                       recommendations.end();
            });
            return core::Status();
        });
}

core::Result<model::Cluster> ClusterService::change_recommendations(
    std::string_view actor, int64_t id, std::string_view event,
    const std::function<core::Status(model::Cluster&)>& change) {
    model::Cluster cluster;
    TRY(context_.store.transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_cluster(user, Operation::ClusterUpdate, id));
        cluster = TRY(load(context_.store, id));
        const model::Cluster before = cluster;
        TRY(change(cluster));
        if (cluster == before)
            return {};
        TRY(context_.store.update_cluster(cluster));
        return context_.audit({user.name, std::string(event), "cluster:" + std::to_string(id),
                               canonical(to_json(before)), canonical(to_json(cluster))});
    }));
    return cluster;
}

core::Result<model::Cluster> ClusterService::get(std::string_view actor, int64_t id) {
    model::Cluster cluster;
    TRY(context_.store.read_transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_cluster(user, Operation::ClusterRead, id));
        cluster = TRY(load(context_.store, id));
        return {};
    }));
    return cluster;
}

core::Result<std::vector<model::Cluster>> ClusterService::list(std::string_view actor) {
    std::vector<model::Cluster> clusters;
    TRY(context_.store.read_transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_cluster(user, Operation::ClusterRead));
        clusters = TRY(context_.store.clusters());
        return {};
    }));
    return clusters;
}

}  // namespace rightstrack::track
