// Models saved beside a database and loaded back: versions that only exist once complete, the
// same suggestions after loading, and damaged or missing files refused by name.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "classify/LabelModels.h"
#include "core/Files.h"
#include "support/TestSupport.h"

namespace rightstrack::classify {
namespace {

// Texts written for this test: four openings, each with its issue and category.
std::vector<LabelledText> texts(size_t objects_per_opening) {
    const std::vector<std::tuple<std::string, std::string, int>> openings = {
        {"Ratify the Optional Protocol on", "International instruments", 5},
        {"Continue its efforts to prevent abuse in", "Torture and other CID treatment", 2},
        {"Consider a review of the law on", "Justice", 3},
        {"Ensure equal protection for girls in", "Women's rights", 4}};
    std::vector<LabelledText> out;
    for (size_t i = 0; i < objects_per_opening; ++i)
        for (const auto& [opening, issue, category] : openings)
            out.push_back({opening + " district " + std::to_string(i), {issue}, category});
    return out;
}

TEST(LabelModelsTest, SavedModelsLoadBackAndSuggestTheSame) {
    testing::TempDir dir;
    std::string database = (dir / "store.db").string();
    auto models = LabelModels::train(texts(15));
    ASSERT_TRUE(models.ok()) << models.error().describe();
    ASSERT_TRUE(models->save(database).ok());
    EXPECT_EQ(models->version, 1);
    ASSERT_TRUE(models->save(database).ok());
    EXPECT_EQ(models->version, 2);

    auto loaded = LabelModels::load_latest(database);
    ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
    EXPECT_EQ(loaded->version, 2);
    EXPECT_EQ(loaded->issues.thresholds().by_label, models->issues.thresholds().by_label);
    TrainingText normaliser;
    std::string text = "Ratify the Optional Protocol on district 99";
    auto before = models->issues.suggest(normaliser.normalise(text));
    auto after = loaded->issues.suggest(normaliser.normalise(text));
    ASSERT_FALSE(after.empty());
    EXPECT_EQ(after.front().label, "International instruments");
    EXPECT_EQ(after.front().label, before.front().label);
    EXPECT_FLOAT_EQ(after.front().confidence, before.front().confidence);
    EXPECT_EQ(loaded->category.suggest(text, normaliser).category, 5);
    EXPECT_EQ(loaded->category.suggest("Continue its efforts to prevent abuse in town", normaliser)
                  .category,
              2);
}

TEST(LabelModelsTest, TooFewConfirmedLabelsAreRefused) {
    auto models = LabelModels::train(texts(5));
    ASSERT_FALSE(models.ok());
    EXPECT_NE(models.error().message().find("too few confirmed labels"), std::string::npos);
}

TEST(LabelModelsTest, MissingDamagedOrUnfinishedModelsAreRefusedByName) {
    testing::TempDir dir;
    std::string database = (dir / "store.db").string();
    auto none = LabelModels::load_latest(database);
    ASSERT_FALSE(none.ok());
    EXPECT_NE(none.error().message().find("classify train"), std::string::npos);

    auto models = LabelModels::train(texts(15));
    ASSERT_TRUE(models.ok());
    ASSERT_TRUE(models->save(database).ok());
    // A version without its manifest (training interrupted) is not a version.
    testing::write_file(dir / "store.db.models" / "issues-v2.linear", "");
    EXPECT_EQ(LabelModels::load_latest(database)->version, 1);

    testing::write_file(dir / "store.db.models" / "category-v1.bin", "");
    auto damaged = LabelModels::load_latest(database);
    ASSERT_FALSE(damaged.ok());
    EXPECT_NE(damaged.error().where().find("category-v1.bin"), std::string::npos);
    EXPECT_NE(damaged.error().message().find("damaged"), std::string::npos);
}

TEST(LabelModelsTest, ADamagedSecondStageIsRefusedAndAnOlderVersionLoadsWithoutOne) {
    testing::TempDir dir;
    std::string database = (dir / "store.db").string();
    auto models = LabelModels::train(texts(15));
    ASSERT_TRUE(models.ok());
    ASSERT_TRUE(models->save(database).ok());
    auto folder = dir / "store.db.models";
    ASSERT_TRUE(std::filesystem::exists(folder / "issues-v1.stack"));
    auto manifest = core::read_whole_file((folder / "v1.manifest").string());
    ASSERT_TRUE(manifest.ok());

    // A version saved before the second stage existed names five files.
    std::string five;
    std::istringstream lines(*manifest);
    for (std::string line; std::getline(lines, line);)
        if (line.find("issues-v1.stack") == std::string::npos)
            five += line + "\n";
    testing::write_file(folder / "v1.manifest", five);
    auto older = LabelModels::load_latest(database);
    ASSERT_TRUE(older.ok()) << older.error().describe();
    EXPECT_FALSE(older->issues.stacker().has_value());
    TrainingText normaliser;
    auto suggested = older->issues.suggest(normaliser.normalise("Ratify the Optional Protocol on"));
    ASSERT_FALSE(suggested.empty());
    EXPECT_EQ(suggested.front().label, "International instruments");

    testing::write_file(folder / "v1.manifest", *manifest);
    ASSERT_TRUE(LabelModels::load_latest(database).ok());
    testing::write_file(folder / "issues-v1.stack", "rightstrack-stack-1\n");
    auto damaged = LabelModels::load_latest(database);
    ASSERT_FALSE(damaged.ok());
    EXPECT_NE(damaged.error().where().find("issues-v1.stack"), std::string::npos);
}

TEST(LabelModelsTest, AnEmptyOrForeignModelFileIsNotLoaded) {
    testing::TempDir dir;
    testing::write_file(dir / "empty.bin", "");
    auto empty = FastTextModel::load((dir / "empty.bin").string());
    ASSERT_FALSE(empty.ok());
    EXPECT_NE(empty.error().message().find("empty"), std::string::npos);
    testing::write_file(dir / "foreign.bin", "not a model at all, just some words");
    auto foreign = FastTextModel::load((dir / "foreign.bin").string());
    ASSERT_FALSE(foreign.ok());
    EXPECT_NE(foreign.error().where().find("foreign.bin"), std::string::npos);
}

}  // namespace
}  // namespace rightstrack::classify
