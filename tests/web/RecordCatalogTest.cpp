// The public API's documents and per-State counts: gathered once per change sequence, by requests
// on connections of their own at once, and gathered again after a write.
#include <gtest/gtest.h>

#include <thread>

#include "web/RecordCatalog.h"
#include "web/WebTestSupport.h"

namespace rightstrack::web {
namespace {

class RecordCatalogTest : public WebTest {};

TEST_F(RecordCatalogTest, RequestsOnTheirOwnConnectionsShareOneSnapshotUntilAWrite) {
    RecordCatalog catalog;
    std::vector<std::shared_ptr<const RecordSnapshot>> seen(4);
    std::vector<std::thread> requests;
    for (std::size_t i = 0; i < seen.size(); ++i)
        requests.emplace_back([&, i] {
            auto connection = store::open_sqlite_store(database());
            ASSERT_TRUE(connection.ok());
            auto snapshot = catalog.current(**connection);
            ASSERT_TRUE(snapshot.ok());
            seen[i] = *snapshot;
        });
    for (auto& request : requests) request.join();
    for (const auto& snapshot : seen) {
        ASSERT_TRUE(snapshot);
        EXPECT_EQ(snapshot, seen.front());  // One pass, shared.
    }
    const StateCounts& kyrgyzstan = seen.front()->states.at("KGZ");
    EXPECT_EQ(kyrgyzstan.received, 3);
    EXPECT_EQ(kyrgyzstan.by_response.at("supported"), 2);
    EXPECT_EQ(seen.front()->states.at("FRA").made, 1);

    store::write(*store_,
                 store::kyrgyzstan_review({store::report_recommendation(
                     "76.4", "Abolish the death penalty", "FRA", model::Response::Noted)}));
    auto after = catalog.current(*store_);
    ASSERT_TRUE(after.ok());
    EXPECT_NE(*after, seen.front());
    EXPECT_EQ((*after)->states.at("KGZ").received, 4);
    EXPECT_EQ((*after)->states.at("FRA").made, 2);
}

}  // namespace
}  // namespace rightstrack::web
