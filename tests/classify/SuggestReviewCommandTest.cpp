// `classify suggest`, `classify suggestions` and `classify review` end to end, on recommendations
// written for these tests in UPR Info's export format: labelled ones to train on, unlabelled ones
// to suggest for; people's decisions confirming labels, rejections never suggested again, and
// unusable models refused with nothing written.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "classify/LabelledCsv.h"
#include "cli/CliTestSupport.h"

namespace rightstrack::testing {
namespace {

constexpr std::size_t kTrainingObjects = 14;

// Labelled (session 10) or, for the last objects, without labels (session 11).
std::string upr_info_csv(bool labelled) {
    if (labelled)
        return upr_info_csv(CsvRows{0, kTrainingObjects});
    return upr_info_csv(CsvRows{kTrainingObjects, std::size(kObjects) - kTrainingObjects, 11,
                                1000, false, "Kazakhstan", "Spain"});
}

class SuggestReviewCommandTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(work_.import(work_.file("train.csv", upr_info_csv(true))).exit_code, 0);
        ASSERT_EQ(work_.import(work_.file("new.csv", upr_info_csv(false))).exit_code, 0);
    }

    nlohmann::json json_of(const std::string& arguments) {
        auto result = work_.run(arguments + " --json");
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return result.exit_code == 0 ? nlohmann::json::parse(result.out) : nlohmann::json{};
    }

    // The pending suggestion of `label` for an unlabelled text that opens with `opening`.
    nlohmann::json pending(const std::string& label, const std::string& opening) {
        auto list = json_of("classify suggestions --state pending");
        auto exported = work_.exported();
        for (const auto& s : list["suggestions"])
            if (s["label"] == label && text_of(exported, s["recommendation"]).find(opening) == 0)
                return s;
        ADD_FAILURE() << "no pending suggestion " << label << " for '" << opening << "'";
        return {};
    }

    static std::string text_of(const std::string& exported, const std::string& id) {
        auto line_start = exported.find("\n" + id + ",");
        if (line_start == std::string::npos)
            return {};
        auto line_end = exported.find('\n', line_start + 1);
        auto line = exported.substr(line_start + 1, line_end - line_start - 1);
        for (const auto& pattern : kPatterns)
            if (line.find(pattern.opening) != std::string::npos)
                return line.substr(line.find(pattern.opening));
        return {};
    }

    Workspace work_;
};

TEST_F(SuggestReviewCommandTest, SuggestsWhatHasNoConfirmedLabelsAndStoresItApart) {
    ASSERT_EQ(work_.run("classify train").exit_code, 0);
    auto report = json_of("classify suggest");
    EXPECT_EQ(report["model_version"], 1);
    EXPECT_EQ(report["recommendations"], 8);
    EXPECT_EQ(report["already_labelled"], 56);
    EXPECT_EQ(report["suggestions"], 16);  // An issue and a category each.
    EXPECT_EQ(report["sdg_goals"], false);  // No SDG targets loaded.
    auto list = json_of("classify suggestions");
    ASSERT_EQ(list["total"], 16);
    for (const auto& s : list["suggestions"]) {
        EXPECT_EQ(s["state"], "pending");
        EXPECT_EQ(s["model_version"], 1);
        EXPECT_GT(s["confidence"], 0.5);
        EXPECT_TRUE(s["taxonomy"] == "issues" || s["taxonomy"] == "action_categories");
        // The API's shape (track's to_json): every field, those of the review empty until then.
        EXPECT_EQ(s.size(), 11u);
        EXPECT_EQ(s["corrected_to"], "");
        EXPECT_EQ(s["reviewed"], "");
    }
    // Stored apart: the export's labels are still only the confirmed ones.
    EXPECT_EQ(json_of("search --filter issues=Justice")["total"], 14);
    EXPECT_EQ(pending("3", "Consider a review")["taxonomy"], "action_categories");
}

TEST_F(SuggestReviewCommandTest, SuggestsSdgGoalsOnceTheGoalsAndTargetsAreLoaded) {
    auto goals = work_.file("goals.yml",
                            "5-title: Gender equality for all women and girls\n"
                            "16-title: Peaceful societies, justice and institutions\n");
    auto targets = work_.file("targets.yml",
                              "5-1-title: End discrimination against all women and girls\n"
                              "16-3-title: Promote the rule of law and access to justice\n");
    ASSERT_EQ(
        work_.run("taxonomy load sdgs " + quoted(goals) + " " + quoted(targets) + " --language en")
            .exit_code,
        0);
    ASSERT_EQ(work_.run("classify train").exit_code, 0);
    auto report = json_of("classify suggest");
    EXPECT_EQ(report["sdg_goals"], true);
    // Each new text's issue and category, and a goal for each Justice, Torture and Women's rights
    // text, new (6) or labelled before (42), whose confirmed issues pass their goals on.
    EXPECT_EQ(report["suggestions"], 16 + 6 + 42);
    EXPECT_EQ(pending("5", "Ensure equal protection")["taxonomy"], "sdgs");
    EXPECT_EQ(pending("16", "Consider a review")["model"], "sdg-goals-issues-targets");
}

TEST_F(SuggestReviewCommandTest, ReviewsConfirmLabelsAndRejectionsAreNotSuggestedAgain) {
    ASSERT_EQ(work_.run("classify train").exit_code, 0);
    ASSERT_EQ(work_.run("classify suggest").exit_code, 0);
    auto justice = pending("Justice", "Consider a review");
    auto torture = pending("Torture and other CID treatment", "Continue its efforts");
    auto category = pending("4", "Ensure equal protection");
    auto result = work_.run("classify review --accept " + std::to_string(int(justice["id"])) +
                            " --reject " + std::to_string(int(torture["id"])) + " --correct " +
                            std::to_string(int(category["id"])) + "=5");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("accepted 1, rejected 1, corrected 1"), std::string::npos);
    EXPECT_EQ(json_of("search --filter issues=Justice")["total"], 15);
    EXPECT_EQ(json_of("search --filter action_category=5 --filter state_under_review=KAZ")["total"],
              1);
    EXPECT_EQ(json_of("classify suggestions --state rejected")["total"], 1);
    const auto corrected = json_of("classify suggestions --state corrected")["suggestions"];
    ASSERT_EQ(corrected.size(), 1u);
    EXPECT_EQ(corrected[0]["corrected_to"], "5");
    EXPECT_FALSE(corrected[0]["reviewed"].get<std::string>().empty());

    auto again = json_of("classify suggest");
    EXPECT_EQ(again["refused_as_rejected"], 1);
    for (const auto& s : json_of("classify suggestions --state pending")["suggestions"])
        EXPECT_FALSE(s["recommendation"] == torture["recommendation"] &&
                     s["label"] == torture["label"]);
}

TEST_F(SuggestReviewCommandTest, ABadReviewIsRefusedByNameAndChangesNothing) {
    ASSERT_EQ(work_.run("classify train").exit_code, 0);
    ASSERT_EQ(work_.run("classify suggest").exit_code, 0);
    auto justice = std::to_string(int(pending("Justice", "Consider a review")["id"]));
    auto expect_refused = [&](const std::string& arguments, const std::string& words) {
        auto result = work_.run("classify review " + arguments);
        EXPECT_EQ(result.exit_code, 1) << arguments;
        EXPECT_NE(result.err.find(words), std::string::npos) << result.err;
        EXPECT_EQ(json_of("classify suggestions --state pending")["total"], 16);
    };
    expect_refused("--accept " + justice + ",9999", "no suggestion 9999");
    expect_refused("--accept " + justice + " --correct " + justice + "=Astronomy",
                   "reviewed twice");
    expect_refused("--correct '" + justice + "=Astronomy'",
                   "'Astronomy' is not a label of the taxonomy issues");
    expect_refused("--reject " + justice + ",x", "--reject: 'x' is not a suggestion id");
    ASSERT_EQ(work_.run("classify review --reject " + justice).exit_code, 0);
    auto twice = work_.run("classify review --accept " + justice);
    EXPECT_EQ(twice.exit_code, 1);
    EXPECT_NE(twice.err.find("suggestion " + justice + " was already rejected"), std::string::npos);
}

TEST_F(SuggestReviewCommandTest, MissingOrDamagedModelsWriteNothing) {
    auto none = work_.run("classify suggest");
    EXPECT_EQ(none.exit_code, 1);
    EXPECT_NE(none.err.find("classify train"), std::string::npos) << none.err;
    ASSERT_EQ(work_.run("classify train").exit_code, 0);
    write_file(work_.folder() / (work_.db().filename().string() + ".models") / "issues-v1.linear", "");
    auto damaged = work_.run("classify suggest");
    EXPECT_EQ(damaged.exit_code, 1);
    EXPECT_NE(damaged.err.find("issues-v1.linear"), std::string::npos) << damaged.err;
    EXPECT_EQ(json_of("classify suggestions")["total"], 0);
}

}  // namespace
}  // namespace rightstrack::testing
