// `rightstrack classify eval` end to end, on recommendations written for these tests in UPR
// Info's export format: the JSON shape DESIGN.md promises, and a clear refusal of bad input.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "classify/LabelledCsv.h"
#include "support/TestSupport.h"

namespace rightstrack::testing {
namespace {

std::string upr_info_csv(std::size_t first_object, std::size_t objects, int session) {
    return upr_info_csv(CsvRows{first_object, objects, session});
}

std::string quoted(const std::filesystem::path& path) {
    return "'" + path.string() + "'";
}

class ClassifyEvalCommandTest : public ::testing::Test {
protected:
    std::filesystem::path file(const std::string& name, const std::string& bytes) {
        write_file(dir_ / name, bytes);
        return dir_ / name;
    }
    TempDir dir_;
};

TEST_F(ClassifyEvalCommandTest, PrintsTheScoresInTheStableJsonShape) {
    auto train = file("train.csv", upr_info_csv(0, 9, 10));
    auto test = file("test.csv", upr_info_csv(9, 3, 11));
    auto result = run_rightstrack("classify eval --train " + quoted(train) + " --test " +
                                  quoted(test) + " --json");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    auto json = nlohmann::json::parse(result.out);
    for (const char* key : {"micro_f1", "macro_f1"}) {
        double score = json["issues"][key];
        EXPECT_GT(score, 0.5) << key;
        EXPECT_LE(score, 1.0) << key;
    }
    // Every test text opens as five or more training texts did, all in one category.
    EXPECT_EQ(json["action_category"]["accuracy"], 1.0);
    EXPECT_EQ(json["action_category"]["macro_f1"], 1.0);
    EXPECT_EQ(json["train"]["recommendations"], 36);
    EXPECT_EQ(json["test"]["recommendations"], 12);
}

TEST_F(ClassifyEvalCommandTest, TooFewLabelledTextsIsRefused) {
    auto train = file("train.csv", upr_info_csv(0, 2, 10));
    auto test = file("test.csv", upr_info_csv(9, 3, 11));
    auto result =
        run_rightstrack("classify eval --train " + quoted(train) + " --test " + quoted(test));
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("too few"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("train.csv"), std::string::npos) << result.err;
}

TEST_F(ClassifyEvalCommandTest, UnreadableOrUnlabelledFilesAreNamed) {
    auto test = file("test.csv", upr_info_csv(9, 3, 11));
    auto missing = run_rightstrack("classify eval --train " + quoted(dir_ / "none.csv") +
                                   " --test " + quoted(test));
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_NE(missing.err.find("none.csv"), std::string::npos) << missing.err;

    std::string unknown_issue =
        upr_info_csv(0, 9, 10) + "99,10,1,Kyrgyzstan,Norway,Accepted,4,Astrology,Read the stars.\n";
    auto bad = run_rightstrack("classify eval --train " + quoted(file("bad.csv", unknown_issue)) +
                               " --test " + quoted(test));
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_NE(bad.err.find("bad.csv:38"), std::string::npos) << bad.err;
    EXPECT_NE(bad.err.find("Astrology"), std::string::npos) << bad.err;

    std::string unlabelled =
        "id,session,cycle,state_under_review,recommending_state,response,action_category,"
        "issues,text\n1,10,1,Kyrgyzstan,Norway,Accepted,,,Adopt a law.\n";
    auto empty = run_rightstrack("classify eval --train " + quoted(file("plain.csv", unlabelled)) +
                                 " --test " + quoted(test));
    EXPECT_EQ(empty.exit_code, 1);
    EXPECT_NE(empty.err.find("plain.csv"), std::string::npos) << empty.err;
    EXPECT_NE(empty.err.find("no recommendation has"), std::string::npos) << empty.err;
}

TEST_F(ClassifyEvalCommandTest, AMissingOptionIsAUsageError) {
    auto result = run_rightstrack("classify eval --train " + quoted(dir_ / "a.csv"));
    EXPECT_EQ(result.exit_code, 2);
}

}  // namespace
}  // namespace rightstrack::testing

namespace rightstrack::testing {
namespace {

TEST_F(ClassifyEvalCommandTest, TrainLearnsFromTheStoreAndSavesAVersionBesideIt) {
    auto db = dir_ / "store.db";
    // 96 recommendations in two sessions: the second file's rows without its header.
    std::string second = upr_info_csv(0, 12, 11);
    auto csv = file("labelled.csv", upr_info_csv(0, 12, 10) + second.substr(second.find('\n') + 1));
    auto imported = run_rightstrack("import " + quoted(csv) + " --db " + quoted(db));
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    auto trained = run_rightstrack("classify train --db " + quoted(db));
    ASSERT_EQ(trained.exit_code, 0) << trained.err;
    EXPECT_NE(trained.out.find("version 1"), std::string::npos) << trained.out;
    EXPECT_TRUE(std::filesystem::exists(dir_ / "store.db.models" / "v1.manifest"));
}

TEST_F(ClassifyEvalCommandTest, TrainRefusesAStoreWithTooFewConfirmedLabels) {
    auto db = dir_ / "store.db";
    auto csv = file("labelled.csv", upr_info_csv(0, 3, 10));
    ASSERT_EQ(run_rightstrack("import " + quoted(csv) + " --db " + quoted(db)).exit_code, 0);
    auto trained = run_rightstrack("classify train --db " + quoted(db));
    EXPECT_EQ(trained.exit_code, 1);
    EXPECT_NE(trained.err.find("too few confirmed labels"), std::string::npos) << trained.err;
    EXPECT_NE(trained.err.find("store.db"), std::string::npos) << trained.err;
    EXPECT_FALSE(std::filesystem::exists(dir_ / "store.db.models"));
}

}  // namespace
}  // namespace rightstrack::testing
