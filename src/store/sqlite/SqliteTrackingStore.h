// The TrackingStore on the SQLite database the Store uses (its own connection; WAL lets both
// work on one file). Write methods refuse to run outside transaction(), so that a service's
// change and its audit entry cannot be committed apart. One instance per thread.
#pragma once

#include <memory>
#include <string>

#include "store/TrackingStore.h"
#include "store/sqlite/Database.h"

namespace rightstrack::store::sqlite {

class SqliteTrackingStore final : public TrackingStore {
public:
    static core::Result<std::unique_ptr<SqliteTrackingStore>> open(const std::string& path);

    core::Status transaction(const std::function<core::Status()>& work) override;
    core::Status read_transaction(const std::function<core::Status()>& work) override;

    core::Result<int64_t> add_institution(const model::Institution& institution) override;
    core::Status update_institution(const model::Institution& institution) override;
    core::Result<std::optional<model::Institution>> institution(std::string_view code) override;
    core::Result<std::vector<model::Institution>> institutions() override;

    core::Result<int64_t> add_user(const model::User& user,
                                   std::string_view password_hash) override;
    core::Result<std::optional<model::User>> user(std::string_view name) override;
    core::Result<std::vector<model::User>> users() override;
    core::Result<int64_t> user_count() override;
    core::Result<std::string> password_hash(std::string_view user) override;

    core::Result<int64_t> add_cluster(const model::Cluster& cluster) override;
    core::Status update_cluster(const model::Cluster& cluster) override;
    core::Result<std::optional<model::Cluster>> cluster(int64_t id) override;
    core::Result<std::vector<model::Cluster>> clusters() override;

    core::Result<int64_t> add_action(const model::Action& action) override;
    core::Status update_action(const model::Action& action) override;
    core::Result<std::optional<model::Action>> action(int64_t id) override;
    core::Result<std::vector<model::Action>> actions() override;

    core::Result<std::vector<model::Action>> actions_for(std::string_view recommendation) override;

    core::Result<int64_t> add_report(const model::ProgressReport& report) override;
    core::Status update_report(const model::ProgressReport& report) override;
    core::Result<std::optional<model::ProgressReport>> report(int64_t id) override;
    core::Result<std::vector<model::ProgressReport>> reports() override;

    core::Result<std::optional<model::StatusOverride>> status_override(
        std::string_view recommendation) override;
    core::Status save_status_override(const model::StatusOverride& status) override;

    core::Result<int64_t> add_assessment(const model::Assessment& assessment) override;
    core::Result<std::vector<model::Assessment>> assessments(
        std::string_view recommendation) override;

    core::Result<int64_t> add_indicator(const model::Indicator& indicator) override;
    core::Result<std::optional<model::Indicator>> indicator(int64_t id) override;
    core::Result<std::vector<model::Indicator>> indicators(int64_t action) override;
    core::Result<int64_t> add_measurement(const model::Measurement& measurement) override;

    core::Result<int64_t> add_event(const model::CalendarEvent& event) override;
    core::Result<std::optional<model::CalendarEvent>> event(int64_t id) override;
    core::Result<std::vector<model::CalendarEvent>> events() override;
    core::Status remove_event(int64_t id) override;

    core::Result<bool> recommendation_exists(std::string_view id) override;

    core::Result<std::optional<model::AuditEntry>> last_audit_entry() override;
    core::Status append_audit_entry(const model::AuditEntry& entry) override;
    core::Status scan_audit(const AuditVisitor& visit) override;

    Database& database() { return *db_; }

private:
    explicit SqliteTrackingStore(std::unique_ptr<Database> db) : db_(std::move(db)) {}
    // An Internal error unless a transaction() is running: every write belongs to one.
    core::Status require_transaction() const;

    std::unique_ptr<Database> db_;
    bool reading_ = false;  // In a read_transaction(), where writes are refused.
};

}  // namespace rightstrack::store::sqlite
