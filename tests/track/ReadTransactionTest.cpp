// Read-only operations run in a read transaction: they take no write lock, so they answer
// while another connection holds the database's write lock, and a write attempted inside one
// is refused instead of silently taking the lock.
#include "TrackTestSupport.h"
#include "store/sqlite/Database.h"
#include "track/Deadlines.h"

namespace rightstrack::track {
namespace {

class ReadTransactionTest : public TrackTest {};

TEST_F(ReadTransactionTest, ReadsAnswerWhileAnotherConnectionHoldsTheWriteLock) {
    auto action = make_action("MOJ");
    make_indicator(action.id);
    auto writer = store::sqlite::Database::open(path_, store::sqlite::OpenMode::ReadWrite);
    ASSERT_TRUE(writer.ok()) << writer.error().describe();
    ASSERT_OK((*writer)->begin_immediate());

    EXPECT_EQ(value_of(actions().list("coordinator")).size(), 1u);
    EXPECT_EQ(value_of(actions().get("focal", action.id)), action);
    EXPECT_EQ(value_of(indicators().list("focal", action.id)).size(), 1u);
    EXPECT_EQ(value_of(institutions().list("viewer")).size(), 4u);
    ASSERT_OK(implementation().status("viewer", recommendation_ids_[0]));
    ASSERT_OK(DeadlineService(context()).actions("coordinator", 30, "2026-03-01"));
    EXPECT_TRUE(value_of(audit().verify("admin")).intact());
    (*writer)->rollback();
}

TEST_F(ReadTransactionTest, WritesInsideAReadTransactionAreRefused) {
    auto status = store_->read_transaction([&]() -> core::Status {
        auto added = store_->add_cluster({0, "Sneaked in", "", {}});
        if (!added.ok())
            return added.release_error();
        return {};
    });
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().kind(), core::ErrorKind::Internal);
    EXPECT_NE(status.error().message().find("inside a read transaction"), std::string::npos);
    EXPECT_TRUE(value_of(clusters().list("coordinator")).empty());
}

}  // namespace
}  // namespace rightstrack::track
