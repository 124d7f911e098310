// Slovenia's second and third reviews end to end: the Working Group report and its addendum
// imported in either order give the same store, the positions agree with OHCHR's matrices
// (ohchr-matrices/matrix_recommendations_labeled.csv) for at least 99% of the recommendations,
// and the review's other documents are refused with a message that says what they are.
#include <cstdio>
#include <map>
#include <set>

#include "CliTestSupport.h"
#include "support/CsvRows.h"

namespace rightstrack::testing {
namespace {

constexpr double kMinimumPositionsRight = 0.99;

struct Review {
    std::string report;  // Files under un-reports/slovenia.
    std::string addendum;
};

const std::vector<Review> kReviews = {{"cycle2/g1423930.pdf", "cycle2/g1504261.pdf"},
                                      {"cycle3/g1934994.pdf", "cycle3/g2004192.pdf"}};

// "A/HRC/43/15" -> "43".
std::string council_session(const std::string& symbol) {
    auto first = symbol.find('/', 2);
    auto second = symbol.find('/', first + 1);
    return symbol.substr(first + 1, second - first - 1);
}

std::string import_all(const Workspace& workspace, const std::vector<std::string>& files) {
    std::string arguments = "import";
    for (const auto& file : files)
        arguments += " " + quoted(shared_data("un-reports/slovenia/" + file));
    auto result = workspace.run(arguments);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return workspace.exported();
}

TEST(SloveniaDocuments, EitherOrderGivesTheSameStore) {
    RIGHTSTRACK_REQUIRE_DATA(shared_data("un-reports/slovenia/cycle3"));
    Workspace reports_first, addenda_first;
    auto a = import_all(reports_first, {kReviews[0].report, kReviews[0].addendum,
                                        kReviews[1].report, kReviews[1].addendum});
    auto b = import_all(addenda_first, {kReviews[1].addendum, kReviews[0].addendum,
                                        kReviews[0].report, kReviews[1].report});
    EXPECT_EQ(a, b);
}

TEST(SloveniaDocuments, PositionsAgreeWithOhchrMatrices) {
    auto matrix_file = shared_data("ohchr-matrices/matrix_recommendations_labeled.csv");
    RIGHTSTRACK_REQUIRE_DATA(matrix_file);
    RIGHTSTRACK_REQUIRE_DATA(shared_data("un-reports/slovenia/cycle3"));
    Workspace workspace;
    std::vector<std::string> files;
    for (const auto& review : kReviews)
        files.insert(files.end(), {review.addendum, review.report});
    // Ours: responses by (HRC session, paragraph); a paragraph split per State has one each.
    std::map<std::pair<std::string, std::string>, std::set<std::string>> ours;
    for (auto& row : csv_rows(import_all(workspace, files))) {
        auto session = council_session(row["document"]);
        ours[{session, row["paragraph"]}].insert(row["response"]);
    }
    int total = 0, right = 0;
    std::map<std::string, int> wrong_by_source;
    for (auto& row : csv_rows(read_file(matrix_file))) {
        if (row["state_under_review"] != "Slovenia")
            continue;
        auto session = row["cycle"] == "2" ? "28" : "43";
        auto paragraph = row["paragraph"];
        if (!paragraph.empty() && paragraph.back() == '.')
            paragraph.pop_back();
        std::string expected = row["position"] == "Supported" ? "supported" : "noted";
        ++total;
        if (ours[{session, paragraph}] == std::set<std::string>{expected})
            ++right;
        else
            ++wrong_by_source[row["position_source"]];
    }
    double share = total ? static_cast<double>(right) / total : 0;
    std::printf("Slovenia cycles 2-3: %d of %d positions right (%.4f)\n", right, total, share);
    for (const auto& [source, count] : wrong_by_source)
        std::printf("  wrong: %d stated in %s\n", count, source.c_str());
    EXPECT_GE(total, 370);
    EXPECT_GE(share, kMinimumPositionsRight);
}

TEST(SloveniaDocuments, TheMatrixEnrichesTheReportsRecommendationsInEitherOrder) {
    RIGHTSTRACK_REQUIRE_DATA(shared_data("un-reports/slovenia/cycle3"));
    const std::string report = "cycle3/g1934994.pdf", addendum = "cycle3/g2004192.pdf",
                      matrix = "cycle3/UPR34_Slovenia_Thematic_list_of_Recommendations.docx";
    Workspace report_first, matrix_first;
    auto a = import_all(report_first, {report, addendum, matrix});
    auto b = import_all(matrix_first, {matrix, addendum, report});
    EXPECT_EQ(a, b);
    auto rows = csv_rows(a);
    size_t from_report = 0, labelled = 0;
    for (auto& row : rows) {
        from_report += row["importer"] == "upr-wg-report";
        labelled += !row["themes"].empty() || !row["affected_persons"].empty();
    }
    EXPECT_EQ(from_report, rows.size()) << "a matrix row matching no recommendation of the report";
    EXPECT_GE(labelled, rows.size() * 99 / 100);
    // Its export, themes and all, imports whole into an empty store.
    Workspace restored;
    auto csv = restored.file("export.csv", a);
    auto imported = restored.import(csv);
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_EQ(restored.exported(), a);
    // Importing the matrix again changes nothing.
    auto again = report_first.import(shared_data("un-reports/slovenia/" + matrix));
    EXPECT_NE(again.out.find(" 0 new, 0 updated"), std::string::npos) << again.out;
}

TEST(SloveniaDocuments, OtherDocumentsOfAReviewAreRefusedByWhatTheyAre) {
    RIGHTSTRACK_REQUIRE_DATA(shared_data("un-reports/slovenia/cycle2"));
    Workspace workspace;
    for (auto [file, what] : {std::pair{"g1413493.pdf", "a national report to the UPR"},
                              std::pair{"g1414064.pdf", "a UN compilation"},
                              std::pair{"g1409727.pdf", "a summary of stakeholders' submissions"},
                              std::pair{"g1510722.pdf", "a Human Rights Council decision"}}) {
        auto result = workspace.import(shared_data(std::string("un-reports/slovenia/cycle2/") +
                                                   file));
        EXPECT_EQ(result.exit_code, 1) << file;
        EXPECT_NE(result.err.find(what), std::string::npos) << result.err;
    }
    EXPECT_EQ(workspace.stats()["documents"], 0);
}

}  // namespace
}  // namespace rightstrack::testing
