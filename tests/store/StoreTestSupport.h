// What the store tests share: a SQLite store in a test's temporary folder, and writes that fail
// the test on an error.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

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

// A UPR recommendation of the report A/HRC/15/2 made by one State, with the id an import gives.
inline model::Recommendation report_recommendation(const std::string& paragraph,
                                                   const std::string& text,
                                                   const std::string& state,
                                                   model::Response response) {
    model::Recommendation r;
    r.document = "A/HRC/15/2";
    r.paragraph = paragraph;
    r.text = text;
    r.recommending_states = {state};
    r.response = response;
    r.provenance.importer = "test";
    r.id = model::make_recommendation_id(r.document, paragraph, text, 0);
    return r;
}

// The recommendations under A/HRC/15/2, Kyrgyzstan's first-cycle review (session 8).
inline model::ImportBatch kyrgyzstan_review(std::vector<model::Recommendation> recommendations) {
    model::ImportBatch batch;
    model::Document report;
    report.symbol = "A/HRC/15/2";
    report.state = "KGZ";
    report.session = 8;
    report.cycle = 1;
    report.date = "2010-06-16";
    batch.documents = {report};
    batch.recommendations = std::move(recommendations);
    return batch;
}

}  // namespace rightstrack::store
