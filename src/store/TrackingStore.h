// Storage for implementation tracking (institutions, users, clusters, actions, the audit log),
// apart from `Store` so that each interface stays readable; both live in the same database.
// Permissions are not checked here: the services in track/ check them and call this inside
// transaction(), and the write methods refuse to run outside one, so that a service's checks,
// changes and audit entry commit together or not at all. One TrackingStore belongs to one
// thread at a time.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"
#include "model/Action.h"
#include "model/AuditEntry.h"
#include "model/CalendarEvent.h"
#include "model/Cluster.h"
#include "model/Implementation.h"
#include "model/Indicator.h"
#include "model/Institution.h"
#include "model/ProgressReport.h"
#include "model/User.h"

namespace rightstrack::store {

using AuditVisitor = std::function<core::Status(const model::AuditEntry&)>;

class TrackingStore {
public:
    virtual ~TrackingStore() = default;

    // Runs `work` in one write transaction (taken at once, so what it reads stays true until it
    // commits): committed when `work` succeeds, rolled back when it fails.
    virtual core::Status transaction(const std::function<core::Status()>& work) = 0;
    // Runs `work`, which only reads, in one read transaction: it sees one state of the store
    // and takes no write lock, so readers do not wait for each other or for a writer. Writes
    // inside it are refused.
    virtual core::Status read_transaction(const std::function<core::Status()>& work) = 0;

    virtual core::Result<int64_t> add_institution(const model::Institution& institution) = 0;
    // Replaces the name and kind of the institution with `institution.code`.
    virtual core::Status update_institution(const model::Institution& institution) = 0;
    virtual core::Result<std::optional<model::Institution>> institution(std::string_view code) = 0;
    virtual core::Result<std::vector<model::Institution>> institutions() = 0;  // By code.

    // `password_hash` is libsodium's argon2id string; the store never sees a password.
    virtual core::Result<int64_t> add_user(const model::User& user,
                                           std::string_view password_hash) = 0;
    virtual core::Result<std::optional<model::User>> user(std::string_view name) = 0;
    virtual core::Result<std::vector<model::User>> users() = 0;  // By name.
    virtual core::Result<int64_t> user_count() = 0;
    // Empty when there is no such user.
    virtual core::Result<std::string> password_hash(std::string_view user) = 0;

    virtual core::Result<int64_t> add_cluster(const model::Cluster& cluster) = 0;
    // Replaces the cluster with `cluster.id`, its recommendations included.
    virtual core::Status update_cluster(const model::Cluster& cluster) = 0;
    virtual core::Result<std::optional<model::Cluster>> cluster(int64_t id) = 0;
    virtual core::Result<std::vector<model::Cluster>> clusters() = 0;  // By id.

    virtual core::Result<int64_t> add_action(const model::Action& action) = 0;
    // Replaces the action with `action.id`, its institutions and links included.
    virtual core::Status update_action(const model::Action& action) = 0;
    virtual core::Result<std::optional<model::Action>> action(int64_t id) = 0;
    virtual core::Result<std::vector<model::Action>> actions() = 0;  // By id.

    // The actions linked to a recommendation directly or through a cluster that holds it, by id.
    virtual core::Result<std::vector<model::Action>> actions_for(
        std::string_view recommendation) = 0;

    virtual core::Result<int64_t> add_report(const model::ProgressReport& report) = 0;
    // Replaces the report with `report.id`, its evidence included.
    virtual core::Status update_report(const model::ProgressReport& report) = 0;
    virtual core::Result<std::optional<model::ProgressReport>> report(int64_t id) = 0;
    virtual core::Result<std::vector<model::ProgressReport>> reports() = 0;  // By id.

    virtual core::Result<std::optional<model::StatusOverride>> status_override(
        std::string_view recommendation) = 0;
    // Sets or replaces the override of `status.recommendation`.
    virtual core::Status save_status_override(const model::StatusOverride& status) = 0;

    virtual core::Result<int64_t> add_assessment(const model::Assessment& assessment) = 0;
    // The assessments of a recommendation, oldest first.
    virtual core::Result<std::vector<model::Assessment>> assessments(
        std::string_view recommendation) = 0;

    // `indicator.measurements` are not written: they are added one by one.
    virtual core::Result<int64_t> add_indicator(const model::Indicator& indicator) = 0;
    virtual core::Result<std::optional<model::Indicator>> indicator(int64_t id) = 0;
    // The action's indicators by id, each with its measurements (oldest date first).
    virtual core::Result<std::vector<model::Indicator>> indicators(int64_t action) = 0;
    virtual core::Result<int64_t> add_measurement(const model::Measurement& measurement) = 0;

    virtual core::Result<int64_t> add_event(const model::CalendarEvent& event) = 0;
    virtual core::Result<std::optional<model::CalendarEvent>> event(int64_t id) = 0;
    virtual core::Result<std::vector<model::CalendarEvent>> events() = 0;  // By date.
    virtual core::Status remove_event(int64_t id) = 0;

    // Whether the store holds a recommendation with this public id.
    virtual core::Result<bool> recommendation_exists(std::string_view id) = 0;

    virtual core::Result<std::optional<model::AuditEntry>> last_audit_entry() = 0;
    // Appends an entry whose sequence follows the last one's.
    virtual core::Status append_audit_entry(const model::AuditEntry& entry) = 0;
    // Visits every entry in sequence order.
    virtual core::Status scan_audit(const AuditVisitor& visit) = 0;
};

// Opens the tracking side of the SQLite database at `path`, creating and migrating it if needed.
core::Result<std::unique_ptr<TrackingStore>> open_sqlite_tracking_store(const std::string& path);

}  // namespace rightstrack::store
