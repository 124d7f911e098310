#include "store/sqlite/PlanRows.h"

#include "store/sqlite/PeopleRows.h"

namespace rightstrack::store::sqlite {
namespace {

// The text values of a one-column query bound to one id, in the query's order.
core::Result<std::vector<std::string>> texts(Database& db, std::string_view sql, int64_t id) {
    auto query = TRY(db.prepare(sql));
    query.bind(1, id);
    std::vector<std::string> values;
    while (TRY(query.step())) values.emplace_back(query.text(0));
    return values;
}

core::Status write_cluster_links(Database& db, const model::Cluster& cluster) {
    auto clear = TRY(db.prepare("DELETE FROM cluster_recommendations WHERE cluster_id = ?"));
    TRY(clear.bind(1, cluster.id).run());
    auto link = TRY(db.prepare(
        "INSERT INTO cluster_recommendations (cluster_id, recommendation_uid) VALUES (?, ?)"));
    for (const auto& uid : cluster.recommendations)
        TRY(link.bind(1, cluster.id).bind(2, uid).run());
    return {};
}

core::Result<std::vector<model::Cluster>> read_clusters(Database& db, Statement& query) {
    std::vector<model::Cluster> clusters;
    while (TRY(query.step())) {
        model::Cluster cluster;
        cluster.id = query.integer(0);
        cluster.title = query.text(1);
        cluster.description = query.text(2);
        clusters.push_back(std::move(cluster));
    }
    for (auto& cluster : clusters)
        cluster.recommendations =
            TRY(texts(db,
                      "SELECT recommendation_uid FROM cluster_recommendations WHERE cluster_id = ?"
                      " ORDER BY recommendation_uid",
                      cluster.id));
    return clusters;
}

core::Status write_action_links(Database& db, const model::Action& action) {
    for (const char* table : {"action_supporting_institutions", "action_recommendations",
                              "action_clusters", "action_sdg_targets"}) {
        auto clear = TRY(db.prepare(std::string("DELETE FROM ") + table + " WHERE action_id = ?"));
        TRY(clear.bind(1, action.id).run());
    }
    auto support = TRY(db.prepare(
        "INSERT INTO action_supporting_institutions (action_id, institution_id) VALUES (?, ?)"));
    for (const auto& code : action.supporting_institutions) {
        int64_t institution = TRY(institution_id(db, code));
        TRY(support.bind(1, action.id).bind(2, institution).run());
    }
    auto recommendation = TRY(db.prepare(
        "INSERT INTO action_recommendations (action_id, recommendation_uid) VALUES (?, ?)"));
    for (const auto& uid : action.recommendations)
        TRY(recommendation.bind(1, action.id).bind(2, uid).run());
    auto cluster =
        TRY(db.prepare("INSERT INTO action_clusters (action_id, cluster_id) VALUES (?, ?)"));
    for (int64_t id : action.clusters) TRY(cluster.bind(1, action.id).bind(2, id).run());
    auto sdg =
        TRY(db.prepare("INSERT INTO action_sdg_targets (action_id, sdg_target) VALUES (?, ?)"));
    for (const auto& target : action.sdg_targets) TRY(sdg.bind(1, action.id).bind(2, target).run());
    return {};
}

// Binds the action's own columns as parameters 1 to 10, in the order of the INSERT and UPDATE
// below; `lead` is the lead institution's row id.
void bind_action(Statement& statement, const model::Action& action, int64_t lead) {
    statement.bind(1, action.title)
        .bind(2, action.description)
        .bind(3, lead)
        .bind(4, action.start_date)
        .bind(5, action.due_date)
        .bind(7, action.currency)
        .bind(8, model::action_status_code(action.status))
        .bind(9, static_cast<int64_t>(action.published ? 1 : 0));
    if (action.budget)
        statement.bind(6, *action.budget);
    else
        statement.bind_null(6);
    if (action.report_every_days)
        statement.bind(10, *action.report_every_days);
    else
        statement.bind_null(10);
}

core::Status read_action_links(Database& db, model::Action& action) {
    action.supporting_institutions = TRY(texts(
        db,
        "SELECT i.code FROM action_supporting_institutions s"
        " JOIN institutions i ON i.id = s.institution_id WHERE s.action_id = ? ORDER BY i.code",
        action.id));
    action.recommendations =
        TRY(texts(db,
                  "SELECT recommendation_uid FROM action_recommendations WHERE action_id = ?"
                  " ORDER BY recommendation_uid",
                  action.id));
    action.sdg_targets = TRY(texts(
        db, "SELECT sdg_target FROM action_sdg_targets WHERE action_id = ? ORDER BY sdg_target",
        action.id));
    auto clusters = TRY(db.prepare(
        "SELECT cluster_id FROM action_clusters WHERE action_id = ? ORDER BY cluster_id"));
    clusters.bind(1, action.id);
    while (TRY(clusters.step())) action.clusters.push_back(clusters.integer(0));
    return {};
}

constexpr std::string_view kActionColumns =
    "SELECT a.id, a.title, a.description, i.code, a.start_date, a.due_date, a.budget,"
    " a.currency, a.status, a.published, a.report_every_days FROM actions a"
    " JOIN institutions i ON i.id = a.lead_institution";

core::Result<std::vector<model::Action>> read_actions(Database& db, Statement& query) {
    std::vector<model::Action> actions;
    while (TRY(query.step())) {
        model::Action action;
        action.id = query.integer(0);
        action.title = query.text(1);
        action.description = query.text(2);
        action.lead_institution = query.text(3);
        action.start_date = query.text(4);
        action.due_date = query.text(5);
        if (query.optional_integer(6).has_value())  // NULL test only: budgets exceed int.
            action.budget = query.integer(6);
        action.currency = query.text(7);
        action.status =
            model::parse_action_status(query.text(8)).value_or(model::ActionStatus::Planned);
        action.published = query.integer(9) != 0;
        if (query.optional_integer(10).has_value())
            action.report_every_days = query.integer(10);
        actions.push_back(std::move(action));
    }
    for (auto& action : actions) TRY(read_action_links(db, action));
    return actions;
}

}  // namespace

core::Result<int64_t> insert_cluster(Database& db, const model::Cluster& cluster) {
    auto insert = TRY(db.prepare("INSERT INTO clusters (title, description) VALUES (?, ?)"));
    TRY(insert.bind(1, cluster.title).bind(2, cluster.description).run());
    model::Cluster stored = cluster;
    stored.id = db.last_insert_id();
    TRY(write_cluster_links(db, stored));
    return stored.id;
}

core::Status update_cluster_row(Database& db, const model::Cluster& cluster) {
    auto update = TRY(db.prepare("UPDATE clusters SET title = ?, description = ? WHERE id = ?"));
    TRY(update.bind(1, cluster.title).bind(2, cluster.description).bind(3, cluster.id).run());
    return write_cluster_links(db, cluster);
}

core::Result<std::optional<model::Cluster>> find_cluster(Database& db, int64_t id) {
    auto query = TRY(db.prepare("SELECT id, title, description FROM clusters WHERE id = ?"));
    query.bind(1, id);
    auto clusters = TRY(read_clusters(db, query));
    if (clusters.empty())
        return std::optional<model::Cluster>();
    return std::optional<model::Cluster>(std::move(clusters.front()));
}

core::Result<std::vector<model::Cluster>> all_clusters(Database& db) {
    auto query = TRY(db.prepare("SELECT id, title, description FROM clusters ORDER BY id"));
    return read_clusters(db, query);
}

core::Result<int64_t> insert_action(Database& db, const model::Action& action) {
    int64_t lead = TRY(institution_id(db, action.lead_institution));
    auto insert = TRY(db.prepare(
        "INSERT INTO actions (title, description, lead_institution, start_date, due_date, budget,"
        " currency, status, published, report_every_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bind_action(insert, action, lead);
    TRY(insert.run());
    model::Action stored = action;
    stored.id = db.last_insert_id();
    TRY(write_action_links(db, stored));
    return stored.id;
}

core::Status update_action_row(Database& db, const model::Action& action) {
    int64_t lead = TRY(institution_id(db, action.lead_institution));
    auto update = TRY(db.prepare(
        "UPDATE actions SET title = ?, description = ?, lead_institution = ?, start_date = ?,"
        " due_date = ?, budget = ?, currency = ?, status = ?, published = ?,"
        " report_every_days = ? WHERE id = ?"));
    bind_action(update, action, lead);
    update.bind(11, action.id);
    TRY(update.run());
    return write_action_links(db, action);
}

core::Result<std::optional<model::Action>> find_action(Database& db, int64_t id) {
    auto query = TRY(db.prepare(std::string(kActionColumns) + " WHERE a.id = ?"));
    query.bind(1, id);
    auto actions = TRY(read_actions(db, query));
    if (actions.empty())
        return std::optional<model::Action>();
    return std::optional<model::Action>(std::move(actions.front()));
}

core::Result<std::vector<model::Action>> all_actions(Database& db) {
    auto query = TRY(db.prepare(std::string(kActionColumns) + " ORDER BY a.id"));
    return read_actions(db, query);
}

core::Result<std::vector<model::Action>> actions_of_recommendation(
    Database& db, std::string_view recommendation) {
    auto query = TRY(db.prepare(
        std::string(kActionColumns) +
        " WHERE a.id IN (SELECT action_id FROM action_recommendations WHERE recommendation_uid = ?"
        " UNION SELECT ac.action_id FROM action_clusters ac JOIN cluster_recommendations cr"
        " ON cr.cluster_id = ac.cluster_id WHERE cr.recommendation_uid = ?) ORDER BY a.id"));
    query.bind(1, recommendation).bind(2, recommendation);
    return read_actions(db, query);
}

}  // namespace rightstrack::store::sqlite
