// SDG goals with little labelled data, judged on the 976 rows of OHCHR's matrices (China and
// Slovenia, cycles 2-3) whose SDG goals OHCHR gave: UPR Info issues suggested by a classifier
// trained on UPR Info's export and mapped to goals, the SDG targets' own text, and both. The
// figures are printed for BENCHMARKS.md and held by floors. And the parts on texts written for
// the test.
#include <gtest/gtest.h>

#include <array>
#include <regex>
#include <set>

#include "classify/IssueClassifier.h"
#include "classify/SdgGoals.h"
#include "ingest/CsvReader.h"
#include "ingest/ImportFile.h"
#include "ingest/TaxonomyFile.h"
#include "store/Store.h"
#include "support/TestSupport.h"

namespace rightstrack::classify {
namespace {

model::Taxonomy targets_written_here() {
    model::Taxonomy sdgs{"sdgs", "SDGs", {}};
    auto add = [&](std::string code, std::string text) {
        sdgs.labels.push_back({code, code.substr(0, code.find('.')), {{"en", text}}});
    };
    add("4.1", "Ensure that all girls and boys complete free primary and secondary schooling");
    add("5.3", "Eliminate harmful practices such as child marriage and genital mutilation");
    add("16.1", "Reduce violence and related death rates");
    add("16.3", "Promote the rule of law and ensure equal access to justice for all");
    add("6.1", "Achieve access to safe drinking water for all");
    return sdgs;
}

TEST(SdgGoalsTest, IssuesPassTheirConfidenceToTheirGoals) {
    EXPECT_EQ(issue_goals("Women's rights"), std::vector<int>{5});
    EXPECT_EQ(issue_goals("Trafficking"), (std::vector<int>{5, 8, 16}));
    EXPECT_TRUE(issue_goals("Treaty bodies").empty());
    auto suggester = SdgGoalSuggester::build(targets_written_here(), "en");
    ASSERT_TRUE(suggester.ok()) << suggester.error().describe();
    auto goals =
        suggester->suggest("Adopt a plan", {{"Right to education", 0.8f}, {"Justice", 0.1f}});
    ASSERT_EQ(goals.size(), 1u);
    EXPECT_EQ(goals[0].label, "4");
    EXPECT_FLOAT_EQ(goals[0].confidence, 0.8f);
}

TEST(SdgGoalsTest, ATextLikeATargetSuggestsItsGoal) {
    auto suggester = SdgGoalSuggester::build(targets_written_here(), "en");
    ASSERT_TRUE(suggester.ok());
    auto goals = suggester->suggest("Prohibit child marriage and female genital mutilation", {});
    ASSERT_FALSE(goals.empty());
    EXPECT_EQ(goals[0].label, "5");
    EXPECT_TRUE(suggester->suggest("Ratify the Optional Protocol", {}).empty());
    EXPECT_TRUE(suggester->suggest("Stop violence", {}).empty());  // One word in common only.
    auto russian = SdgGoalSuggester::build(targets_written_here(), "ru");
    ASSERT_FALSE(russian.ok());
    EXPECT_NE(russian.error().message().find("sdg/ru/global_targets.yml"), std::string::npos);
}

struct MatrixRow {
    std::string text;
    std::string state;
    std::set<int> goals;
};

// "186.28. Continue its efforts ... (Mongolia);" -> "Continue its efforts ...".
std::string recommendation_text(const std::string& cell) {
    static const std::regex number(R"(^\s*\d+(\.\d+)*\.?\s*)");
    static const std::regex states(R"(\s*\([^()]*\)\s*[;.]?\s*$)");
    return std::regex_replace(std::regex_replace(cell, number, ""), states, "");
}

// "S16 SDG 16 - peace, ..." and "16 - PEACE, ..." -> 16; "S Sustainable Development Goal
// implementation" names no goal.
std::set<int> goals_of(const std::string& cell) {
    static const std::regex goal(R"((?:^|\|)\s*(?:S\d+ SDG )?(\d+) - )");
    std::set<int> goals;
    for (std::sregex_iterator i(cell.begin(), cell.end(), goal), end; i != end; ++i)
        goals.insert(std::stoi((*i)[1]));
    return goals;
}

std::vector<MatrixRow> matrix_rows(const std::filesystem::path& path) {
    auto text = testing::read_file(path);
    ingest::CsvReader reader(text, path.filename().string());
    auto header = reader.next();
    EXPECT_TRUE(header.ok() && *header);
    std::vector<MatrixRow> rows;
    while (true) {
        auto row = reader.next();
        EXPECT_TRUE(row.ok()) << row.error().describe();
        if (!row.ok() || !*row)
            break;
        const auto& f = (*row)->fields;
        rows.push_back({recommendation_text(f[5]), f[1], goals_of(f[11])});
    }
    return rows;
}

model::Taxonomy sdg_targets(const std::filesystem::path& folder) {
    model::Taxonomy sdgs{"sdgs", "SDGs", {}};
    auto labels = ingest::read_sdg_yaml(testing::read_file(folder / "global_targets.yml"),
                                        "global_targets.yml", "en");
    EXPECT_TRUE(labels.ok()) << labels.error().describe();
    if (labels.ok())
        sdgs.labels = *labels;
    return sdgs;
}

struct Counts {
    size_t right = 0, suggested = 0, expected = 0;
    double precision() const { return suggested ? double(right) / suggested : 0; }
    double recall() const { return expected ? double(right) / expected : 0; }
    double f1() const {
        double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

// Goals suggested where only issues, only targets, or either counts.
enum class Source { Issues, Targets, Both };

void count(Counts& counts, const SdgScores& scores, const std::set<int>& truth,
           const SdgSettings& settings, Source source) {
    for (int goal = 1; goal <= kSdgGoals; ++goal) {
        bool by_issues = scores.by_issues[goal] >= settings.issue_confidence;
        bool by_targets = scores.by_targets[goal] >= settings.target_similarity;
        bool suggested = source == Source::Issues    ? by_issues
                         : source == Source::Targets ? by_targets
                                                     : by_issues || by_targets;
        counts.suggested += suggested;
        counts.expected += truth.contains(goal);
        counts.right += suggested && truth.contains(goal);
    }
}

TEST(SdgGoalsRealData, OhchrMatrixRowsGoalsFromIssuesAndTargetText) {
    auto upr_info = testing::shared_data("upr-info/recommendations_sessions_01-16.csv");
    auto matrix = testing::shared_data("ohchr-matrices/matrix_recommendations_labeled.csv");
    auto sdg = testing::shared_data("sdg/en");
    RIGHTSTRACK_REQUIRE_DATA(upr_info);
    RIGHTSTRACK_REQUIRE_DATA(matrix);
    RIGHTSTRACK_REQUIRE_DATA(sdg);

    auto store = store::open_sqlite_store(":memory:");
    ASSERT_TRUE(store.ok());
    auto labels = (*store)->label_catalog();
    ASSERT_TRUE(labels.ok());
    auto batch = ingest::read_import_file(testing::read_file(upr_info), upr_info.string(), *labels);
    ASSERT_TRUE(batch.ok()) << batch.error().describe();
    TrainingText normaliser;
    auto issues = IssueClassifier::train(labelled_texts(*batch), normaliser);
    ASSERT_TRUE(issues.ok()) << issues.error().describe();
    auto suggester = SdgGoalSuggester::build(sdg_targets(sdg), "en");
    ASSERT_TRUE(suggester.ok()) << suggester.error().describe();

    std::vector<std::pair<const MatrixRow*, SdgScores>> scored;
    auto rows = matrix_rows(matrix);
    ASSERT_EQ(rows.size(), 976u);
    for (const auto& row : rows)
        if (!row.goals.empty())
            scored.emplace_back(
                &row, suggester->score(row.text, issues->suggest(normaliser.normalise(row.text))));
    std::printf("matrix rows with SDG goals: %zu of %zu\n", scored.size(), rows.size());
    const SdgSettings settings;  // The defaults, which `classify suggest` uses.
    std::array<Counts, 3> all, china, slovenia;
    for (auto source : {Source::Issues, Source::Targets, Source::Both})
        for (const auto& [row, scores] : scored) {
            count(all[int(source)], scores, row->goals, settings, source);
            count((row->state == "China" ? china : slovenia)[int(source)], scores, row->goals,
                  settings, source);
        }
    const char* names[] = {"issues mapped to goals", "target text", "either"};
    for (int source = 0; source < 3; ++source)
        std::printf("%-23s precision %.3f recall %.3f F1 %.3f (China F1 %.3f, Slovenia F1 %.3f)\n",
                    names[source], all[source].precision(), all[source].recall(), all[source].f1(),
                    china[source].f1(), slovenia[source].f1());
    const auto& issues_only = all[int(Source::Issues)];
    const auto& either = all[int(Source::Both)];
    EXPECT_GE(issues_only.precision(), 0.66);
    EXPECT_GE(issues_only.recall(), 0.65);
    EXPECT_GE(either.f1(), 0.65);
    EXPECT_GE(either.recall(), issues_only.recall());
}

}  // namespace
}  // namespace rightstrack::classify
