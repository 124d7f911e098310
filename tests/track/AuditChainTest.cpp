// The audit log: every change is recorded with who, when, what and the resource before and
// after; the entries form an intact hash chain; the table refuses updates and deletes; and an
// entry changed or removed with SQL behind the services' back is found by verify, which names
// the first entry that does not hold.
#include <nlohmann/json.hpp>

#include "TrackTestSupport.h"
#include "track/AuditChain.h"

namespace rightstrack::track {
namespace {

class AuditChainTest : public TrackTest {
protected:
    void SetUp() override {
        TrackTest::SetUp();
        action_ = make_action("MOJ");
        ASSERT_OK(actions().set_status("focal", action_.id, model::ActionStatus::InProgress));
    }

    store::sqlite::Database& db() { return store_->database(); }

    model::Action action_;
};

TEST_F(AuditChainTest, RecordsWhoWhenWhatBeforeAndAfter) {
    auto entries = value_of(audit().list("coordinator", "action:" + std::to_string(action_.id)));
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].operation, "action.create");
    EXPECT_EQ(entries[0].actor, "coordinator");
    EXPECT_EQ(entries[0].before, "null");
    const auto& change = entries[1];
    EXPECT_EQ(change.actor, "focal");
    EXPECT_EQ(change.operation, "action.set_status");
    EXPECT_EQ(change.at, "2026-03-01T09:00:00Z");
    EXPECT_EQ(nlohmann::json::parse(change.before)["status"], "planned");
    EXPECT_EQ(nlohmann::json::parse(change.after)["status"], "in_progress");
    EXPECT_EQ(change.previous_hash, entries[0].hash);
}

TEST_F(AuditChainTest, ChainOfUntouchedLogIsIntact) {
    auto report = value_of(audit().verify("admin"));
    EXPECT_TRUE(report.intact()) << report.problem;
    // init-admin, four institutions, four users, the action and its status.
    EXPECT_EQ(report.entries, 11);
    EXPECT_EQ(report.entries, audit_entries());
}

TEST_F(AuditChainTest, TableRefusesUpdatesAndDeletes) {
    auto update = db().execute("UPDATE audit_log SET actor = 'someone' WHERE sequence = 2");
    ASSERT_FALSE(update.ok());
    EXPECT_NE(update.error().message().find("append-only"), std::string::npos);
    EXPECT_FALSE(db().execute("DELETE FROM audit_log WHERE sequence = 2").ok());
}

TEST_F(AuditChainTest, DetectsAnEditedEntry) {
    // Someone with the file drops the guard and rewrites what the focal point did.
    ASSERT_OK(db().execute("DROP TRIGGER audit_log_no_update"));
    ASSERT_OK(db().execute(
        "UPDATE audit_log SET after_json = replace(after_json, 'in_progress', 'completed')"
        " WHERE sequence = 11"));
    auto report = value_of(audit().verify("admin"));
    ASSERT_FALSE(report.intact());
    EXPECT_EQ(*report.first_broken, 11);
    EXPECT_NE(report.problem.find("was changed"), std::string::npos);
}

TEST_F(AuditChainTest, DetectsAnEditedEntryWhoseHashWasRecomputed) {
    // Recomputing the edited entry's own hash is not enough: the next entry names the old one.
    ASSERT_OK(db().execute("DROP TRIGGER audit_log_no_update"));
    auto entry = value_of(audit().list("admin", "institution:MOH")).at(0);
    entry.after = R"({"code":"MOH","kind":"ministry","name":"Ministry of Defence"})";
    entry.hash = entry_hash(entry);
    auto prepared =
        db().prepare("UPDATE audit_log SET after_json = ?, hash = ? WHERE sequence = ?");
    ASSERT_TRUE(prepared.ok());
    auto& update = *prepared;
    ASSERT_OK(update.bind(1, entry.after).bind(2, entry.hash).bind(3, entry.sequence).run());
    auto report = value_of(audit().verify("admin"));
    ASSERT_FALSE(report.intact());
    EXPECT_EQ(*report.first_broken, entry.sequence + 1);
    EXPECT_NE(report.problem.find("previous hash"), std::string::npos);
}

TEST_F(AuditChainTest, DetectsEntriesCutOffTheEndAgainstARecordedHead) {
    auto recorded = value_of(audit().verify("admin"));
    EXPECT_EQ(recorded.head, value_of(audit().list("admin")).back().hash);
    EXPECT_TRUE(value_of(audit().verify("admin", recorded.head)).intact());
    ASSERT_OK(actions().set_status("focal", action_.id, model::ActionStatus::Completed));
    EXPECT_TRUE(value_of(audit().verify("admin", recorded.head)).intact());  // Grown: fine.

    ASSERT_OK(db().execute("DROP TRIGGER audit_log_no_delete"));
    ASSERT_OK(db().execute("DELETE FROM audit_log WHERE sequence >= 10"));
    // Without the head the shortened chain still holds together; with it, the cut shows.
    EXPECT_TRUE(value_of(audit().verify("admin")).intact());
    auto report = value_of(audit().verify("admin", recorded.head));
    ASSERT_FALSE(report.intact());
    EXPECT_EQ(*report.first_broken, 10);
    EXPECT_NE(report.problem.find("cut off"), std::string::npos) << report.problem;
}

TEST_F(AuditChainTest, DetectsARemovedEntry) {
    ASSERT_OK(db().execute("DROP TRIGGER audit_log_no_delete"));
    ASSERT_OK(db().execute("DELETE FROM audit_log WHERE sequence = 5"));
    auto report = value_of(audit().verify("admin"));
    ASSERT_FALSE(report.intact());
    EXPECT_EQ(*report.first_broken, 6);
    EXPECT_NE(report.problem.find("missing"), std::string::npos);
}

TEST_F(AuditChainTest, OnlyTheSecretariatAndAdministratorReadTheLog) {
    for (const char* user : {"focal", "contributor", "viewer"}) {
        auto result = audit().verify(user);
        ASSERT_FALSE(result.ok()) << user;
        EXPECT_EQ(result.error().kind(), core::ErrorKind::PermissionDenied);
    }
}

}  // namespace
}  // namespace rightstrack::track
