#include "store/sqlite/SqliteStore.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "model/Taxonomy.h"
#include "store/Migration.h"
#include "store/sqlite/Database.h"
#include "support/TestSupport.h"

namespace rightstrack::store {
namespace {

using testing::TempDir;

model::Document review(const std::string& state, int session) {
    model::Document d;
    d.symbol = model::upr_review_reference(session, state);
    d.state = state;
    d.session = session;
    d.cycle = 1;
    d.language = "en";
    d.title = "Review of " + state;
    return d;
}

model::Recommendation recommendation(const model::Document& d, const std::string& text,
                                     std::vector<std::string> states) {
    model::Recommendation r;
    r.id = model::make_recommendation_id(d.symbol, "", text, 0);
    r.document = d.symbol;
    r.text = text;
    r.recommending_states = std::move(states);
    r.response = model::Response::Supported;
    r.action_category = 4;
    r.labels = {{"issues", "Justice"}, {"issues", "Women's rights"}};
    r.provenance.importer = "test";
    r.provenance.importer_version = "1";
    return r;
}

model::ImportBatch sample_batch() {
    model::ImportBatch batch;
    batch.documents = {review("KGZ", 8), review("KAZ", 7)};
    batch.recommendations = {
        recommendation(batch.documents[0], "Strengthen the independence of the judiciary.",
                       {"DEU", "FRA"}),
        recommendation(batch.documents[0], "Adopt a law on domestic violence.", {"SWE"}),
        recommendation(batch.documents[1], "Ratify the Optional Protocol.", {"CZE", "GBR"}),
    };
    return batch;
}

std::vector<model::Recommendation> scan_all(Store& store, ScanOrder order = ScanOrder::Export) {
    std::vector<model::Recommendation> all;
    auto scanned = store.scan(order, [&](const model::Recommendation& r, const model::Document&) {
        all.push_back(r);
        return core::Status();
    });
    EXPECT_TRUE(scanned.ok()) << scanned.error().describe();
    return all;
}

class SqliteStoreTest : public ::testing::Test {
protected:
    std::unique_ptr<Store> open() {
        auto store = open_sqlite_store((dir_ / "var/test.db").string());
        EXPECT_TRUE(store.ok()) << store.error().describe();
        return store.release_value();
    }
    TempDir dir_;
};

TEST_F(SqliteStoreTest, OpensInWalModeWithForeignKeysAndAllMigrations) {
    auto store = sqlite::SqliteStore::open((dir_ / "a.db").string());
    ASSERT_TRUE(store.ok()) << store.error().describe();
    auto& db = (*store)->database();
    auto mode = db.prepare("PRAGMA journal_mode").release_value();
    ASSERT_TRUE(mode.step().value());
    EXPECT_EQ(mode.text(0), "wal");
    auto keys = db.prepare("PRAGMA foreign_keys").release_value();
    ASSERT_TRUE(keys.step().value());
    EXPECT_EQ(keys.integer(0), 1);
    auto versions = db.prepare("SELECT count(*), max(version) FROM schema_migrations").release_value();
    ASSERT_TRUE(versions.step().value());
    EXPECT_EQ(versions.integer(0), static_cast<int64_t>(embedded_migrations().size()));
    EXPECT_EQ(versions.integer(1), embedded_migrations().back().version);
}

TEST_F(SqliteStoreTest, ReopeningAppliesNothingTwice) {
    open();
    auto store = sqlite::SqliteStore::open((dir_ / "var/test.db").string());
    ASSERT_TRUE(store.ok());
    auto count = (*store)->database().prepare("SELECT count(*) FROM states").release_value();
    ASSERT_TRUE(count.step().value());
    EXPECT_GE(count.integer(0), 196);
}

TEST_F(SqliteStoreTest, RefusesADatabaseFromANewerVersion) {
    open();
    {
        auto db = sqlite::Database::open((dir_ / "var/test.db").string(),
                                         sqlite::OpenMode::ReadWrite).release_value();
        ASSERT_TRUE(db->execute("INSERT INTO schema_migrations (version, name) VALUES (99, 'x')").ok());
    }
    auto store = open_sqlite_store((dir_ / "var/test.db").string());
    ASSERT_FALSE(store.ok());
    EXPECT_NE(store.error().message().find("newer"), std::string::npos);
}

TEST_F(SqliteStoreTest, WritesAndReadsBackEveryField) {
    auto store = open();
    auto batch = sample_batch();
    batch.recommendations[0].translations = {{"ru", "Укрепить независимость судебной власти."}};
    batch.recommendations[0].paragraph = "76.12";
    batch.recommendations[0].provenance.page = 17;
    auto summary = store->write(batch, Commit::Yes, nullptr);
    ASSERT_TRUE(summary.ok()) << summary.error().describe();
    EXPECT_EQ(summary->added, 3);
    EXPECT_EQ(summary->documents_added, 2);
    auto all = scan_all(*store);
    ASSERT_EQ(all.size(), 3u);
    // Export order: by State code, so Kazakhstan's review comes first.
    EXPECT_EQ(all[0], batch.recommendations[2]);
    auto kyrgyz = std::find_if(all.begin(), all.end(),
                               [&](const auto& r) { return r.id == batch.recommendations[0].id; });
    ASSERT_NE(kyrgyz, all.end());
    EXPECT_EQ(*kyrgyz, batch.recommendations[0]);
}

TEST_F(SqliteStoreTest, RewritingTheSameBatchChangesNothing) {
    auto store = open();
    ASSERT_TRUE(store->write(sample_batch(), Commit::Yes, nullptr).ok());
    auto again = store->write(sample_batch(), Commit::Yes, nullptr);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->updated, 0);
    EXPECT_EQ(again->unchanged, 3);
    EXPECT_EQ(again->documents_added, 0);
}

TEST_F(SqliteStoreTest, AChangedRecommendationIsUpdatedInPlace) {
    auto store = open();
    ASSERT_TRUE(store->write(sample_batch(), Commit::Yes, nullptr).ok());
    auto batch = sample_batch();
    batch.recommendations[1].response = model::Response::Noted;
    batch.recommendations[1].recommending_states = {"SWE", "NOR"};
    auto summary = store->write(batch, Commit::Yes, nullptr);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->updated, 1);
    EXPECT_EQ(summary->unchanged, 2);
    auto all = scan_all(*store);
    auto found = std::find_if(all.begin(), all.end(),
                              [&](const auto& r) { return r.id == batch.recommendations[1].id; });
    ASSERT_NE(found, all.end());
    EXPECT_EQ(*found, batch.recommendations[1]);
}

TEST_F(SqliteStoreTest, AFailingWriteLeavesNothingBehind) {
    auto store = open();
    auto batch = sample_batch();
    batch.recommendations[2].recommending_states = {"CZE", "ZZQ"};  // not a State
    auto summary = store->write(batch, Commit::Yes, nullptr);
    ASSERT_FALSE(summary.ok());
    EXPECT_NE(summary.error().message().find("ZZQ"), std::string::npos);
    auto stats = store->statistics();
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->recommendations, 0);
    EXPECT_EQ(stats->documents, 0);
}

TEST_F(SqliteStoreTest, AnUnknownLabelFailsTheWholeBatch) {
    auto store = open();
    auto batch = sample_batch();
    batch.recommendations[1].labels = {{"issues", "No such issue"}};
    ASSERT_FALSE(store->write(batch, Commit::Yes, nullptr).ok());
    EXPECT_EQ(store->statistics()->recommendations, 0);
}

TEST_F(SqliteStoreTest, AnIdGivenTwiceInOneBatchIsRefusedAndNothingIsWritten) {
    auto store = open();
    auto batch = sample_batch();
    batch.recommendations[1].id = batch.recommendations[0].id;
    auto summary = store->write(batch, Commit::Yes, nullptr);
    ASSERT_FALSE(summary.ok());
    EXPECT_NE(summary.error().message().find("twice"), std::string::npos);
    EXPECT_EQ(store->statistics()->recommendations, 0);
}

TEST_F(SqliteStoreTest, DryRunCountsButStoresNothing) {
    auto store = open();
    auto summary = store->write(sample_batch(), Commit::No, nullptr);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->added, 3);
    EXPECT_EQ(store->statistics()->recommendations, 0);
}

TEST_F(SqliteStoreTest, StatisticsCountByStateCycleResponseAndMechanism) {
    auto store = open();
    auto batch = sample_batch();
    batch.recommendations[2].response = model::Response::Noted;
    ASSERT_TRUE(store->write(batch, Commit::Yes, nullptr).ok());
    auto stats = store->statistics();
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->recommendations, 3);
    EXPECT_EQ(stats->by_state_under_review, (Counts{{"KAZ", 1}, {"KGZ", 2}}));
    EXPECT_EQ(stats->by_cycle, (Counts{{"1", 3}}));
    EXPECT_EQ(stats->by_response, (Counts{{"noted", 1}, {"supported", 2}}));
    EXPECT_EQ(stats->by_mechanism, (Counts{{"UPR", 3}}));
}

TEST_F(SqliteStoreTest, TaxonomiesAreDataWithNamesPerLanguageAndParents) {
    auto store = open();
    model::Taxonomy sdgs{"sdgs", "SDGs", {}};
    sdgs.labels.push_back({"5", "", {{"en", "Gender equality"}, {"ru", "Гендерное равенство"}}});
    sdgs.labels.push_back({"5.2", "5", {{"en", "Eliminate violence against women"}}});
    ASSERT_TRUE(store->save_taxonomy(sdgs).ok());
    sdgs.labels[1].names.push_back({"ky", "Аялдарга карата зомбулукту жоюу"});
    ASSERT_TRUE(store->save_taxonomy(sdgs).ok());
    auto loaded = store->taxonomy("sdgs");
    ASSERT_TRUE(loaded.ok());
    ASSERT_EQ(loaded->labels.size(), 2u);
    EXPECT_EQ(loaded->labels[1].parent, "5");
    EXPECT_EQ(loaded->labels[1].names.size(), 2u);
    EXPECT_TRUE(store->label_catalog()->contains("sdgs", "5.2"));
    EXPECT_FALSE(store->label_catalog()->contains("sdgs", "5.3"));
    EXPECT_EQ(store->taxonomy("nothing").error().kind(), core::ErrorKind::NotFound);
}

TEST_F(SqliteStoreTest, BuiltInTaxonomiesHoldActionCategoriesAndUprInfoIssues) {
    auto store = open();
    auto categories = store->taxonomy("action_categories");
    ASSERT_TRUE(categories.ok());
    EXPECT_EQ(categories->labels.size(), 5u);
    auto catalog = store->label_catalog();
    EXPECT_TRUE(catalog->contains("issues", "Torture and other CID treatment"));
    EXPECT_TRUE(catalog->has_taxonomy("affected_persons"));
}

TEST_F(SqliteStoreTest, TreatyBodyPrioritiesAreBuiltInAndStored) {
    auto store = open();
    auto priorities = store->taxonomy(std::string(model::kPriorities));
    ASSERT_TRUE(priorities.ok()) << priorities.error().describe();
    ASSERT_EQ(priorities->labels.size(), 2u);
    EXPECT_EQ(priorities->labels[0].code, "follow_up");
    EXPECT_EQ(priorities->labels[1].code, "urgent");
    auto batch = sample_batch();
    batch.recommendations[0].labels = {{"priorities", "follow_up"}, {"priorities", "urgent"}};
    ASSERT_TRUE(store->write(batch, Commit::Yes, nullptr).ok());
    auto all = scan_all(*store);
    auto found = std::find_if(all.begin(), all.end(), [&](const model::Recommendation& r) {
        return r.id == batch.recommendations[0].id;
    });
    ASSERT_NE(found, all.end());
    EXPECT_EQ(found->labels, batch.recommendations[0].labels);
}

TEST_F(SqliteStoreTest, StorageOrderGivesWhatExportOrderGives) {
    auto store = open();
    auto batch = sample_batch();
    batch.recommendations[0].translations = {{"ru", "Укрепить независимость судов."},
                                             {"ky", "Соттордун көз карандысыздыгын чыңдоо."}};
    batch.recommendations[0].labels = {{"issues", "Justice"}, {"priorities", "urgent"},
                                       {"action_categories", "4"}};
    batch.recommendations[2].labels = {{"issues", "Torture and other CID treatment"}};
    ASSERT_TRUE(store->write(batch, Commit::Yes, nullptr).ok());
    // Kazakhstan's review, written last, comes first in export order.
    model::ImportBatch later;
    later.documents = {review("ARM", 8)};
    later.recommendations = {recommendation(later.documents[0], "Abolish the death penalty.",
                                            {"AUS", "BRA", "CHL"})};
    ASSERT_TRUE(store->write(later, Commit::Yes, nullptr).ok());

    auto by_id = [](std::vector<model::Recommendation> all) {
        std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
        return all;
    };
    const auto in_export_order = scan_all(*store, ScanOrder::Export);
    const auto as_stored = scan_all(*store, ScanOrder::Any);
    ASSERT_EQ(in_export_order.size(), 4u);
    EXPECT_NE(as_stored, in_export_order);  // Another order...
    EXPECT_EQ(by_id(as_stored), by_id(in_export_order));  // ...of the same records.
}

// A migration merged after a newer one (written in parallel) is still applied.
TEST_F(SqliteStoreTest, AppliesAMigrationOlderThanTheNewestApplied) {
    open();
    {
        auto db = sqlite::Database::open((dir_ / "var/test.db").string(),
                                         sqlite::OpenMode::ReadWrite).release_value();
        // Undo 0002 by hand, as if it had not existed when the later migrations ran.
        for (const char* sql :
             {"DELETE FROM label_names WHERE label_id IN (SELECT id FROM labels WHERE "
              "taxonomy_code <> 'priorities')",
              "DELETE FROM labels WHERE taxonomy_code <> 'priorities'",
              "DELETE FROM taxonomies WHERE code <> 'priorities'",
              "DELETE FROM schema_migrations WHERE version = 2"})
            ASSERT_TRUE(db->execute(sql).ok()) << sql;
    }
    auto store = open();
    auto categories = store->taxonomy("action_categories");
    ASSERT_TRUE(categories.ok()) << categories.error().describe();
    EXPECT_EQ(categories->labels.size(), 5u);
}

TEST_F(SqliteStoreTest, ASourceThatOnlyDescribesADocumentLeavesWhatItsOwnFileSaid) {
    auto store = open();
    model::ImportBatch report;
    report.documents = {review("KGZ", 8)};
    report.documents[0].title = "Report of the Working Group: Kyrgyzstan";
    report.documents[0].sha256 = std::string(64, 'a');
    ASSERT_TRUE(store->write(report, Commit::Yes, nullptr).ok());
    model::ImportBatch matrix;
    matrix.documents = {review("KGZ", 8)};
    matrix.documents[0].title = "UPR of Kyrgyzstan: thematic list of recommendations";
    ASSERT_TRUE(store->write(matrix, Commit::Yes, nullptr).ok());
    auto batch = sample_batch();
    batch.documents = {report.documents[0]};
    batch.recommendations.resize(1);
    ASSERT_TRUE(store->write(batch, Commit::Yes, nullptr).ok());
    std::string title;
    auto scanned = store->scan(ScanOrder::Export, [&](const model::Recommendation&,
                                                      const model::Document& d) {
        title = d.title;
        return core::Status();
    });
    ASSERT_TRUE(scanned.ok());
    EXPECT_EQ(title, "Report of the Working Group: Kyrgyzstan");
}

}  // namespace
}  // namespace rightstrack::store
