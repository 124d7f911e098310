// Response statements in the store: an addendum's answers reach the report's recommendations
// whichever of the two is written first, wait for a report not yet imported, and a re-import
// changes nothing.
#include <gtest/gtest.h>

#include "StoreTestSupport.h"

namespace rightstrack::store {
namespace {

using model::Response;

model::Document document(const std::string& symbol) {
    model::Document d;
    d.symbol = symbol;
    d.state = "KGZ";
    d.session = 35;
    d.cycle = 3;
    d.language = "en";
    return d;
}

model::Recommendation recommendation(const std::string& paragraph, const std::string& text) {
    model::Recommendation r;
    r.document = "A/HRC/44/9";
    r.paragraph = paragraph;
    r.text = text;
    r.id = model::make_recommendation_id(r.document, paragraph, text, 0);
    r.recommending_states = {"NOR"};
    r.response = Response::Pending;
    r.response_source = "A/HRC/44/9";
    r.provenance.importer = "test";
    return r;
}

model::ImportBatch report() {
    model::ImportBatch batch;
    batch.documents = {document("A/HRC/44/9")};
    batch.recommendations = {recommendation("114.1", "Ratify the Optional Protocol"),
                             recommendation("114.2", "Abolish the death penalty"),
                             recommendation("114.3", "Adopt a law on violence")};
    return batch;
}

model::ImportBatch addendum() {
    model::ImportBatch batch;
    batch.documents = {document("A/HRC/44/9/Add.1")};
    // "114.1" by its paragraph, "2" by its number alone, as addenda that count 1 to n do; "9"
    // answers nothing.
    batch.responses = {{"A/HRC/44/9", "114.1", Response::Supported, "A/HRC/44/9/Add.1", 2},
                       {"A/HRC/44/9", "2", Response::Noted, "A/HRC/44/9/Add.1", 3},
                       {"A/HRC/44/9", "9", Response::Noted, "A/HRC/44/9/Add.1", 3}};
    return batch;
}

// "paragraph response source" of every stored recommendation, in export order.
std::vector<std::string> stored(Store& store) {
    std::vector<std::string> out;
    auto scanned = store.scan(ScanOrder::Export, [&](const model::Recommendation& r,
                                                     const model::Document&) {
        out.push_back(r.paragraph + " " + std::string(model::response_code(r.response)) + " " +
                      r.response_source);
        return core::Status();
    });
    EXPECT_TRUE(scanned.ok()) << scanned.error().describe();
    return out;
}

const std::vector<std::string> kAnswered = {"114.1 supported A/HRC/44/9/Add.1",
                                            "114.2 noted A/HRC/44/9/Add.1",
                                            "114.3 pending A/HRC/44/9"};

TEST(ResponseStatements, ReachTheReportWrittenBefore) {
    testing::TempDir dir;
    auto store = open_store(dir, "a.db");
    write(*store, report());
    auto summary = write(*store, addendum());
    EXPECT_EQ(summary.documents_added, 1);
    EXPECT_EQ(summary.responses, 3);
    EXPECT_EQ(summary.answered, 2);
    EXPECT_EQ(summary.responses_waiting, 1);
    EXPECT_EQ(stored(*store), kAnswered);
}

TEST(ResponseStatements, WaitForTheReportWrittenAfter) {
    testing::TempDir dir;
    auto store = open_store(dir, "b.db");
    auto summary = write(*store, addendum());
    EXPECT_EQ(summary.answered, 0);
    EXPECT_EQ(summary.responses_waiting, 3);
    EXPECT_TRUE(stored(*store).empty());
    write(*store, report());
    EXPECT_EQ(stored(*store), kAnswered);
}

TEST(ResponseStatements, ReimportingEitherChangesNothing) {
    testing::TempDir dir;
    auto store = open_store(dir, "c.db");
    write(*store, report());
    write(*store, addendum());
    auto again = write(*store, report());
    EXPECT_EQ(again.added + again.updated, 0);
    EXPECT_EQ(again.unchanged, 3);
    auto addendum_again = write(*store, addendum());
    EXPECT_EQ(addendum_again.answered, 0);
    EXPECT_EQ(stored(*store), kAnswered);
}

TEST(ResponseStatements, ADryRunOfAnAddendumLeavesTheStoreAsItWas) {
    testing::TempDir dir;
    auto store = open_store(dir, "d.db");
    write(*store, report());
    auto preview = store->write(addendum(), Commit::No, nullptr);
    ASSERT_TRUE(preview.ok()) << preview.error().describe();
    EXPECT_EQ(preview->answered, 2);
    EXPECT_EQ(stored(*store), (std::vector<std::string>{"114.1 pending A/HRC/44/9",
                                                        "114.2 pending A/HRC/44/9",
                                                        "114.3 pending A/HRC/44/9"}));
}

}  // namespace
}  // namespace rightstrack::store
