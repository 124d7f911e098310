// Users: the first administrator only on an empty user table, passwords stored as argon2id
// hashes only (never in the audit log), and the checks on names, roles and institutions.
#include "TrackTestSupport.h"

namespace rightstrack::track {
namespace {

class UserServiceTest : public TrackTest {};

TEST_F(UserServiceTest, InitAdminOnlyOnAnEmptyUserTable) {
    auto second = users().init_admin("intruder", "intruder-password");
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().kind(), core::ErrorKind::Conflict);
    EXPECT_FALSE(value_of(store_->user("intruder")).has_value());
}

TEST_F(UserServiceTest, StoresOnlyAnArgon2idHash) {
    std::string hash = value_of(store_->password_hash("focal"));
    EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u) << hash;
    EXPECT_EQ(hash.find("focal-password"), std::string::npos);
    EXPECT_TRUE(value_of(users().authenticate("focal", "focal-password")));
    EXPECT_FALSE(value_of(users().authenticate("focal", "wrong-password")));
    EXPECT_FALSE(value_of(users().authenticate("nobody", "focal-password")));
    ASSERT_OK(store_->scan_audit([](const model::AuditEntry& entry) -> core::Status {
        EXPECT_EQ(entry.after.find("argon2"), std::string::npos) << entry.after;
        EXPECT_EQ(entry.after.find("-password"), std::string::npos) << entry.after;
        return {};
    }));
}

TEST_F(UserServiceTest, RefusesBadUsers) {
    int64_t entries = audit_entries();
    model::User user;
    user.name = "aigul";
    user.role = model::Role::FocalPoint;
    auto no_institution = users().create("admin", user, "long-enough-password");
    ASSERT_FALSE(no_institution.ok());
    EXPECT_NE(no_institution.error().message().find("needs at least one institution"),
              std::string::npos);
    user.institutions = {"MINFIN"};
    auto unknown = users().create("admin", user, "long-enough-password");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().message(), "no institution with code 'MINFIN'");
    user.institutions = {"MOH"};
    auto short_password = users().create("admin", user, "short");
    ASSERT_FALSE(short_password.ok());
    EXPECT_EQ(short_password.error().kind(), core::ErrorKind::InvalidInput);
    user.name = "Aigul K";
    EXPECT_FALSE(users().create("admin", user, "long-enough-password").ok());
    user.name = "focal";
    auto duplicate = users().create("admin", user, "long-enough-password");
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().kind(), core::ErrorKind::Conflict);
    EXPECT_EQ(audit_entries(), entries);
    EXPECT_EQ(value_of(users().list("admin")).size(), 5u);
}

}  // namespace
}  // namespace rightstrack::track
