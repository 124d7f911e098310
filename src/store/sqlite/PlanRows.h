// The rows of the plan: clusters with their recommendations, and actions with their
// supporting institutions, recommendations, clusters and SDG targets, read and written for
// SqliteTrackingStore. An update replaces the link rows whole. Callers hold the transaction.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "model/Action.h"
#include "model/Cluster.h"
#include "store/sqlite/Database.h"

namespace rightstrack::store::sqlite {

core::Result<int64_t> insert_cluster(Database& db, const model::Cluster& cluster);
core::Status update_cluster_row(Database& db, const model::Cluster& cluster);
core::Result<std::optional<model::Cluster>> find_cluster(Database& db, int64_t id);
core::Result<std::vector<model::Cluster>> all_clusters(Database& db);

core::Result<int64_t> insert_action(Database& db, const model::Action& action);
core::Status update_action_row(Database& db, const model::Action& action);
core::Result<std::optional<model::Action>> find_action(Database& db, int64_t id);
core::Result<std::vector<model::Action>> all_actions(Database& db);
// The actions linked to `recommendation` directly or through one of its clusters, by id.
core::Result<std::vector<model::Action>> actions_of_recommendation(Database& db,
                                                                   std::string_view recommendation);

}  // namespace rightstrack::store::sqlite
