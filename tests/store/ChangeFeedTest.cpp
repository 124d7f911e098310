// The store's change feed: after a point of it, the recommendations written (inserted, or
// changed in their text, translations, States, labels, response or document) and those removed;
// nothing for an identical re-import, a dry run or no write at all; and a feed for a database
// created before the feed existed (migration 0005).
#include <gtest/gtest.h>

#include <algorithm>

#include "StoreTestSupport.h"
#include "store/Migration.h"
#include "store/sqlite/Database.h"

namespace rightstrack::store {
namespace {

using model::Response;

model::Document report_document() {
    model::Document d;
    d.symbol = "A/HRC/44/9";
    d.state = "KGZ";
    d.session = 35;
    d.cycle = 3;
    d.language = "en";
    return d;
}

model::Recommendation item(const std::string& paragraph, const std::string& text,
                           const std::string& state) {
    model::Recommendation r;
    r.document = "A/HRC/44/9";
    r.paragraph = paragraph;
    r.text = text;
    r.id = model::make_recommendation_id(r.document, paragraph, text, 0);
    r.recommending_states = {state};
    r.response = Response::Pending;
    r.response_source = r.document;
    r.provenance.importer = "test";
    return r;
}

model::ImportBatch report() {
    model::ImportBatch batch;
    batch.documents = {report_document()};
    batch.recommendations = {item("114.1", "Ratify the Optional Protocol", "NOR"),
                             item("114.2", "Abolish the death penalty", "ESP"),
                             item("114.3", "Adopt a law on domestic violence", "FRA")};
    return batch;
}

// What the feed gave since the last call: "paragraph response | text | title" of each written
// recommendation (sorted), and the ids removed.
struct Changes {
    std::vector<std::string> written;
    std::vector<std::string> removed;
};

class ChangeFeedTest : public ::testing::Test {
protected:
    void SetUp() override {
        store_ = open_store(dir_, "feed.db");
        auto sequence = store_->change_sequence();
        ASSERT_TRUE(sequence.ok()) << sequence.error().describe();
        seen_ = *sequence;
    }

    Changes changes() {
        Changes out;
        ChangeVisitor visit{
            [&](const model::Recommendation& r, const model::Document& d) {
                out.written.push_back(r.paragraph + " " +
                                      std::string(model::response_code(r.response)) + " | " +
                                      r.text + " | " + d.title);
                return core::Status();
            },
            [&](const std::string& id) {
                out.removed.push_back(id);
                return core::Status();
            }};
        auto reached = store_->scan_changes(seen_, visit);
        EXPECT_TRUE(reached.ok()) << reached.error().describe();
        if (reached.ok()) {
            EXPECT_GE(*reached, seen_);
            seen_ = *reached;
        }
        std::sort(out.written.begin(), out.written.end());
        return out;
    }

    testing::TempDir dir_;
    std::unique_ptr<Store> store_;
    int64_t seen_ = 0;
};

using Lines = std::vector<std::string>;

TEST_F(ChangeFeedTest, GivesNothingWhenNothingWasWritten) {
    auto none = changes();
    EXPECT_TRUE(none.written.empty());
    EXPECT_TRUE(none.removed.empty());
    EXPECT_EQ(store_->change_sequence().value(), seen_);
}

TEST_F(ChangeFeedTest, GivesInsertedRecommendationsWithTheirDocumentOnce) {
    auto batch = report();
    batch.documents[0].title = "Report of the Working Group";
    write(*store_, batch);
    EXPECT_EQ(changes().written,
              (Lines{"114.1 pending | Ratify the Optional Protocol | Report of the Working Group",
                     "114.2 pending | Abolish the death penalty | Report of the Working Group",
                     "114.3 pending | Adopt a law on domestic violence | Report of the Working "
                     "Group"}));
    EXPECT_TRUE(changes().written.empty());
}

TEST_F(ChangeFeedTest, AnIdenticalReimportAndADryRunGiveNothing) {
    write(*store_, report());
    changes();
    write(*store_, report());
    auto changed = report();
    changed.recommendations[0].text = "Ratify the Optional Protocol to the Convention";
    ASSERT_TRUE(store_->write(changed, Commit::No, nullptr).ok());
    auto none = changes();
    EXPECT_TRUE(none.written.empty()) << none.written.front();
    EXPECT_TRUE(none.removed.empty());
}

TEST_F(ChangeFeedTest, GivesEachRecommendationWhoseTextStatesLabelsOrTranslationsChanged) {
    write(*store_, report());
    changes();
    auto batch = report();
    batch.recommendations[0].text = "Ratify the Optional Protocol to the Convention";  // Same id.
    batch.recommendations[1].recommending_states = {"ESP", "BEL"};
    batch.recommendations[2].labels = {{"issues", "Women's rights"}};
    write(*store_, batch);
    EXPECT_EQ(changes().written,
              (Lines{"114.1 pending | Ratify the Optional Protocol to the Convention | ",
                     "114.2 pending | Abolish the death penalty | ",
                     "114.3 pending | Adopt a law on domestic violence | "}));
    batch.recommendations[1].translations = {{"ru", "Отменить смертную казнь"}};
    write(*store_, batch);
    EXPECT_EQ(changes().written, (Lines{"114.2 pending | Abolish the death penalty | "}));
}

TEST_F(ChangeFeedTest, GivesTheRecommendationsAnAddendumAnswers) {
    write(*store_, report());
    changes();
    model::ImportBatch addendum;
    auto source = report_document();
    source.symbol = "A/HRC/44/9/Add.1";
    addendum.documents = {source};
    addendum.responses = {{"A/HRC/44/9", "114.2", Response::Noted, "A/HRC/44/9/Add.1", 2}};
    write(*store_, addendum);
    EXPECT_EQ(changes().written, (Lines{"114.2 noted | Abolish the death penalty | "}));
}

TEST_F(ChangeFeedTest, GivesEveryRecommendationOfADocumentThatChanged) {
    write(*store_, report());
    changes();
    auto batch = report();
    batch.documents[0].title = "Report of the Working Group";
    batch.recommendations.clear();
    write(*store_, batch);
    EXPECT_EQ(changes().written.size(), 3u);
}

// A matrix's records are stored on their own until the report they describe arrives, which
// absorbs them: their recommendations are removed.
TEST_F(ChangeFeedTest, GivesTheIdsOfRemovedRecommendations) {
    model::ImportBatch matrix;
    matrix.documents = {report_document()};
    auto described = item("114.2", "Abolish the death penalty", "ESP");
    described.id = model::make_recommendation_id("matrix", "114.2", "death penalty", 0);
    described.provenance.importer = "matrix";
    described.labels = {{"issues", "Death penalty"}};
    matrix.recommendations = {described};
    write(*store_, matrix);
    changes();
    auto own = report();
    own.documents[0].sha256 = std::string(64, 'f');
    write(*store_, own);
    auto changed = changes();
    EXPECT_EQ(changed.removed, (Lines{described.id}));
    EXPECT_EQ(changed.written.size(), 3u);
}

// A database created before the change feed: its rows count as seen by a reader that read
// them all (sequence 1), and what is written after the migration is in the feed.
TEST(ChangeFeedMigration, ADatabaseFromMigration0005GetsAWorkingFeed) {
    testing::TempDir dir;
    auto path = (dir / "old.db").string();
    {
        auto db = sqlite::Database::open(path, sqlite::OpenMode::ReadWrite).release_value();
        ASSERT_TRUE(db->execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY,"
                                " name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT '')")
                        .ok());
        for (const auto& migration : embedded_migrations()) {
            if (migration.version > 5)
                break;
            ASSERT_TRUE(db->execute(migration.sql).ok()) << migration.name;
            ASSERT_TRUE(db->execute("INSERT INTO schema_migrations (version, name) VALUES (" +
                                    std::to_string(migration.version) + ", 'x')")
                            .ok());
        }
        ASSERT_TRUE(db->execute("PRAGMA foreign_keys = OFF;"
                                "INSERT INTO documents (id, symbol, mechanism, state_code)"
                                " VALUES (1, 'A/HRC/44/9', 'UPR', 'KGZ');"
                                "INSERT INTO recommendations (id, uid, document_id, paragraph,"
                                " sequence, text, language, response, importer, importer_version,"
                                " content_hash) VALUES (1, 'old', 1, '114.1', 0, 'Ratify it', 'en',"
                                " 'pending', 'test', '1', '');"
                                "INSERT INTO recommending_states VALUES (1, 0, 'NOR');")
                        .ok());
    }
    auto store = open_sqlite_store(path).release_value();
    ASSERT_EQ(store->change_sequence().value(), 1);
    std::vector<std::string> written;
    ChangeVisitor visit{[&](const model::Recommendation& r, const model::Document&) {
                            written.push_back(r.id);
                            return core::Status();
                        },
                        [](const std::string&) { return core::Status(); }};
    EXPECT_EQ(store->scan_changes(0, visit).value(), 1);
    EXPECT_EQ(written, (std::vector<std::string>{"old"}));
    written.clear();
    auto batch = report();
    write(*store, batch);
    auto reached = store->scan_changes(1, visit);
    ASSERT_TRUE(reached.ok()) << reached.error().describe();
    EXPECT_GT(*reached, 1);
    // The three written, and the old one: the write changed its document's row (session...).
    std::sort(written.begin(), written.end());
    EXPECT_EQ(written.size(), 4u);
    EXPECT_TRUE(std::binary_search(written.begin(), written.end(), "old"));
}

}  // namespace
}  // namespace rightstrack::store
