// What the store tests share: a SQLite store in a test's temporary folder, and writes that fail
// the test on an error.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "store/Store.h"
#include "support/TestSupport.h"

namespace rightstrack::store {

inline std::unique_ptr<Store> open_store(const testing::TempDir& dir, const std::string& name) {
    auto store = open_sqlite_store((dir.path() / name).string());
    EXPECT_TRUE(store.ok()) << store.error().describe();
    return store.release_value();
}

inline WriteSummary write(Store& store, const model::ImportBatch& batch) {
    auto summary = store.write(batch, Commit::Yes, nullptr);
    EXPECT_TRUE(summary.ok()) << summary.error().describe();
    return summary.ok() ? *summary : WriteSummary{};
}

}  // namespace rightstrack::store
