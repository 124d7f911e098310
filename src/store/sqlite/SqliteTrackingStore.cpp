#include "store/sqlite/SqliteTrackingStore.h"

#include "store/sqlite/AuditRows.h"
#include "store/sqlite/IndicatorRows.h"
#include "store/sqlite/Migrator.h"
#include "store/sqlite/PeopleRows.h"
#include "store/sqlite/PlanRows.h"
#include "store/sqlite/ProgressRows.h"
#include "store/sqlite/Transaction.h"

namespace rightstrack::store {

core::Result<std::unique_ptr<TrackingStore>> open_sqlite_tracking_store(const std::string& path) {
    return std::unique_ptr<TrackingStore>(TRY(sqlite::SqliteTrackingStore::open(path)));
}

}  // namespace rightstrack::store

namespace rightstrack::store::sqlite {

core::Result<std::unique_ptr<SqliteTrackingStore>> SqliteTrackingStore::open(
    const std::string& path) {
    TRY(create_parent_folder(path));
    auto db = TRY(Database::open(path, OpenMode::ReadWrite));
    TRY(migrate(*db));
    return std::unique_ptr<SqliteTrackingStore>(new SqliteTrackingStore(std::move(db)));
}

core::Status SqliteTrackingStore::transaction(const std::function<core::Status()>& work) {
    if (db_->in_transaction())
        return core::Error::internal("tracking transactions do not nest");
    auto transaction = TRY(Transaction::begin(*db_));
    TRY(work());
    return transaction.commit();
}

core::Status SqliteTrackingStore::read_transaction(const std::function<core::Status()>& work) {
    if (db_->in_transaction())
        return core::Error::internal("tracking transactions do not nest");
    auto transaction = TRY(Transaction::begin_reading(*db_));
    reading_ = true;
    auto result = work();
    reading_ = false;
    TRY(result);
    return transaction.commit();
}

core::Status SqliteTrackingStore::require_transaction() const {
    if (!db_->in_transaction())
        return core::Error::internal("a tracking write ran outside a transaction");
    if (reading_)
        return core::Error::internal("a tracking write ran inside a read transaction");
    return {};
}

core::Result<int64_t> SqliteTrackingStore::add_institution(const model::Institution& institution) {
    TRY(require_transaction());
    return insert_institution(*db_, institution);
}

core::Status SqliteTrackingStore::update_institution(const model::Institution& institution) {
    TRY(require_transaction());
    return update_institution_row(*db_, institution);
}

core::Result<std::optional<model::Institution>> SqliteTrackingStore::institution(
    std::string_view code) {
    return find_institution(*db_, code);
}

core::Result<std::vector<model::Institution>> SqliteTrackingStore::institutions() {
    return all_institutions(*db_);
}

core::Result<int64_t> SqliteTrackingStore::add_user(const model::User& user,
                                                    std::string_view password_hash) {
    TRY(require_transaction());
    return insert_user(*db_, user, password_hash);
}

core::Result<std::optional<model::User>> SqliteTrackingStore::user(std::string_view name) {
    return find_user(*db_, name);
}

core::Result<std::vector<model::User>> SqliteTrackingStore::users() {
    return all_users(*db_);
}

core::Result<int64_t> SqliteTrackingStore::user_count() {
    auto query = TRY(db_->prepare("SELECT count(*) FROM users"));
    TRY(query.step());
    return query.integer(0);
}

core::Result<std::string> SqliteTrackingStore::password_hash(std::string_view user) {
    return find_password_hash(*db_, user);
}

core::Result<int64_t> SqliteTrackingStore::add_cluster(const model::Cluster& cluster) {
    TRY(require_transaction());
    return insert_cluster(*db_, cluster);
}

core::Status SqliteTrackingStore::update_cluster(const model::Cluster& cluster) {
    TRY(require_transaction());
    return update_cluster_row(*db_, cluster);
}

core::Result<std::optional<model::Cluster>> SqliteTrackingStore::cluster(int64_t id) {
    return find_cluster(*db_, id);
}

core::Result<std::vector<model::Cluster>> SqliteTrackingStore::clusters() {
    return all_clusters(*db_);
}

core::Result<int64_t> SqliteTrackingStore::add_action(const model::Action& action) {
    TRY(require_transaction());
    return insert_action(*db_, action);
}

core::Status SqliteTrackingStore::update_action(const model::Action& action) {
    TRY(require_transaction());
    return update_action_row(*db_, action);
}

core::Result<std::optional<model::Action>> SqliteTrackingStore::action(int64_t id) {
    return find_action(*db_, id);
}

core::Result<std::vector<model::Action>> SqliteTrackingStore::actions() {
    return all_actions(*db_);
}

core::Result<std::vector<model::Action>> SqliteTrackingStore::actions_for(
    std::string_view recommendation) {
    return actions_of_recommendation(*db_, recommendation);
}

core::Result<int64_t> SqliteTrackingStore::add_report(const model::ProgressReport& report) {
    TRY(require_transaction());
    return insert_report(*db_, report);
}

core::Status SqliteTrackingStore::update_report(const model::ProgressReport& report) {
    TRY(require_transaction());
    return update_report_row(*db_, report);
}

core::Result<std::optional<model::ProgressReport>> SqliteTrackingStore::report(int64_t id) {
    return find_report(*db_, id);
}

core::Result<std::vector<model::ProgressReport>> SqliteTrackingStore::reports() {
    return all_reports(*db_);
}

core::Result<std::optional<model::StatusOverride>> SqliteTrackingStore::status_override(
    std::string_view recommendation) {
    return find_status_override(*db_, recommendation);
}

core::Status SqliteTrackingStore::save_status_override(const model::StatusOverride& status) {
    TRY(require_transaction());
    return upsert_status_override(*db_, status);
}

core::Result<int64_t> SqliteTrackingStore::add_assessment(const model::Assessment& assessment) {
    TRY(require_transaction());
    return insert_assessment(*db_, assessment);
}

core::Result<std::vector<model::Assessment>> SqliteTrackingStore::assessments(
    std::string_view recommendation) {
    return assessments_of(*db_, recommendation);
}

core::Result<int64_t> SqliteTrackingStore::add_indicator(const model::Indicator& indicator) {
    TRY(require_transaction());
    return insert_indicator(*db_, indicator);
}

core::Result<std::optional<model::Indicator>> SqliteTrackingStore::indicator(int64_t id) {
    return find_indicator(*db_, id);
}

core::Result<std::vector<model::Indicator>> SqliteTrackingStore::indicators(int64_t action) {
    return indicators_of(*db_, action);
}

core::Result<int64_t> SqliteTrackingStore::add_measurement(const model::Measurement& measurement) {
    TRY(require_transaction());
    return insert_measurement(*db_, measurement);
}

core::Result<int64_t> SqliteTrackingStore::add_event(const model::CalendarEvent& event) {
    TRY(require_transaction());
    return insert_event(*db_, event);
}

core::Result<std::optional<model::CalendarEvent>> SqliteTrackingStore::event(int64_t id) {
    return find_event(*db_, id);
}

core::Result<std::vector<model::CalendarEvent>> SqliteTrackingStore::events() {
    return all_events(*db_);
}

core::Status SqliteTrackingStore::remove_event(int64_t id) {
    TRY(require_transaction());
    return delete_event(*db_, id);
}

core::Result<bool> SqliteTrackingStore::recommendation_exists(std::string_view id) {
    auto query = TRY(db_->prepare("SELECT 1 FROM recommendations WHERE uid = ?"));
    query.bind(1, id);
    return TRY(query.step());
}

core::Result<std::optional<model::AuditEntry>> SqliteTrackingStore::last_audit_entry() {
    return find_last_audit_entry(*db_);
}

core::Status SqliteTrackingStore::append_audit_entry(const model::AuditEntry& entry) {
    TRY(require_transaction());
    return insert_audit_entry(*db_, entry);
}

core::Status SqliteTrackingStore::scan_audit(const AuditVisitor& visit) {
    return visit_audit_entries(*db_, visit);
}

}  // namespace rightstrack::store::sqlite
