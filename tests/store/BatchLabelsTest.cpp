// The labels an import batch defines: the store adds the taxonomies and labels it lacks in the
// batch's own transaction (so a dry run adds none), keeps the names of those it has, and the
// batch's recommendations may then carry them.
#include <gtest/gtest.h>

#include "model/Taxonomy.h"
#include "store/Store.h"
#include "support/TestSupport.h"

namespace rightstrack::store {
namespace {

using Names = std::vector<model::Translation>;

model::ImportBatch batch_with_labels() {
    model::ImportBatch batch;
    model::Document d;
    d.symbol = "A/HRC/44/9";
    d.state = "KGZ";
    d.session = 35;
    d.cycle = 3;
    batch.documents = {d};
    model::Recommendation r;
    r.document = d.symbol;
    r.text = "Ratify the Optional Protocol.";
    r.id = model::make_recommendation_id(d.symbol, "", r.text, 0);
    r.recommending_states = {"NOR"};
    r.labels = {{"affected_persons", "general"}, {"mandates", "torture"}, {"themes", "A12"}};
    r.provenance.importer = "test";
    r.provenance.importer_version = "1";
    batch.recommendations = {r};
    batch.taxonomies = {
        {"themes", "UHRI themes", {{"A12", "", {{"en", "Acceptance of international norms"}}}}},
        {"affected_persons", "UHRI affected persons", {{"general", "", {{"en", "general"}}}}},
        {"mandates", "Special Procedures mandates", {{"torture", "", {{"en", "Torture"}}}}},
    };
    return batch;
}

class BatchLabelsTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = open_sqlite_store((dir_ / "test.db").string());
        ASSERT_TRUE(opened.ok()) << opened.error().describe();
        store_ = opened.release_value();
    }
    Names names_of(const std::string& taxonomy, const std::string& code) {
        auto loaded = store_->taxonomy(taxonomy);
        EXPECT_TRUE(loaded.ok()) << loaded.error().describe();
        if (loaded.ok())
            for (const auto& label : loaded->labels)
                if (label.code == code)
                    return label.names;
        return {{"", "no such label"}};
    }
    testing::TempDir dir_;
    std::unique_ptr<Store> store_;
};

TEST_F(BatchLabelsTest, AddsTheTaxonomiesAndLabelsABatchDefines) {
    auto written = store_->write(batch_with_labels(), Commit::Yes, nullptr);
    ASSERT_TRUE(written.ok()) << written.error().describe();
    EXPECT_EQ(written->added, 1);
    EXPECT_EQ(names_of("themes", "A12"), (Names{{"en", "Acceptance of international norms"}}));
    EXPECT_EQ(names_of("mandates", "torture"), (Names{{"en", "Torture"}}));
    auto mandates = store_->taxonomy("mandates");
    ASSERT_TRUE(mandates.ok());
    EXPECT_EQ(mandates->name, "Special Procedures mandates");
    // Written again: nothing changes.
    written = store_->write(batch_with_labels(), Commit::Yes, nullptr);
    ASSERT_TRUE(written.ok()) << written.error().describe();
    EXPECT_EQ(written->unchanged, 1);
    EXPECT_EQ(store_->taxonomy("themes")->labels.size(), 1u);
}

TEST_F(BatchLabelsTest, LeavesTheNamesAndOrderOfLabelsTheStoreHas) {
    model::Taxonomy loaded{"themes",
                           "UHRI themes",
                           {{"B51", "", {{"en", "Right to an effective remedy"}}},
                            {"A12", "", {{"en", "Acceptance of international norms (UHRI)"}}}}};
    ASSERT_TRUE(store_->save_taxonomy(loaded).ok());
    ASSERT_TRUE(store_->write(batch_with_labels(), Commit::Yes, nullptr).ok());
    EXPECT_EQ(names_of("themes", "A12"),
              (Names{{"en", "Acceptance of international norms (UHRI)"}}));
    auto themes = store_->taxonomy("themes");
    ASSERT_TRUE(themes.ok());
    ASSERT_EQ(themes->labels.size(), 2u);
    EXPECT_EQ(themes->labels[0].code, "B51");
}

TEST_F(BatchLabelsTest, ADryRunAddsNoLabels) {
    auto written = store_->write(batch_with_labels(), Commit::No, nullptr);
    ASSERT_TRUE(written.ok()) << written.error().describe();
    EXPECT_EQ(written->added, 1);
    EXPECT_TRUE(store_->taxonomy("themes")->labels.empty());
    EXPECT_FALSE(store_->taxonomy("mandates").ok());
    EXPECT_FALSE(store_->label_catalog()->has_taxonomy("mandates"));
}

TEST_F(BatchLabelsTest, ALabelTheBatchDoesNotDefineIsStillRefused) {
    auto batch = batch_with_labels();
    batch.recommendations[0].labels.push_back({"themes", "Z99"});
    model::normalise_labels(batch.recommendations[0].labels);
    auto written = store_->write(batch, Commit::Yes, nullptr);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().message(), "unknown label 'Z99' in taxonomy 'themes'");
    EXPECT_FALSE(store_->taxonomy("mandates").ok());  // Rolled back with the rest.
}

}  // namespace
}  // namespace rightstrack::store
