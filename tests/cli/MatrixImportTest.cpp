// `rightstrack import` of the real OHCHR matrices (../shared/data) into a fresh database, checked
// through `export --format csv` against the reference parse in
// ohchr-matrices/matrix_recommendations_labeled.csv: counts, the document each belongs to, and
// every row's response, themes, SDGs and affected persons, the expected codes worked out here
// from the reference's text. Then re-import, dry run, and DOCX files that must be refused.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "cli/CliTestSupport.h"
#include "core/Text.h"
#include "ingest/CsvReader.h"
#include "ingest/OhchrMatrixImport.h"
#include "model/StateRegistry.h"
#include "support/CsvRows.h"
#include "support/DocxFiles.h"

namespace rightstrack::testing {
namespace {

using json = nlohmann::json;
using Strings = std::vector<std::string>;
using Row = CsvRowMap;

constexpr const char* kReference = "ohchr-matrices/matrix_recommendations_labeled.csv";

const Strings kReferenceFiles = {
    "ohchr-matrices/china/Matrix_recommendations_2013.docx",
    "ohchr-matrices/china/Matrix_recommendations_2018.docx",
    "un-reports/slovenia/cycle2/UPR20__Slovenia_ThematicListRecommendations_E.docx",
    "un-reports/slovenia/cycle3/UPR34_Slovenia_Thematic_list_of_Recommendations.docx",
};

Strings sorted(Strings values) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

bool has_digit(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "A12 Acceptance of international norms" -> "A12"; a theme without a UHRI code by its name.
std::string theme_code(const std::string& theme) {
    size_t space = theme.find(' ');
    std::string first = theme.substr(0, space);
    bool uhri =
        !first.empty() && first.size() <= 4 && first[0] >= 'A' && first[0] <= 'Z' &&
        std::all_of(first.begin() + 1, first.end(), [](char c) { return c >= '0' && c <= '9'; });
    return uhri ? first : ingest::label_slug(theme);
}

// "S16 SDG 16 - peace, ..." and "16 - PEACE, ..." -> "16".
std::string goal_number(const std::string& sdg) {
    size_t at = sdg.find("SDG ");
    std::string rest = at == std::string::npos ? sdg : sdg.substr(at + 4);
    return rest.substr(0, rest.find_first_not_of("0123456789."));
}

// The reference files SDG-like themes without a goal ("S Sustainable Development Goal
// implementation") under sdgs; they are themes.
Strings expected_themes(const Row& row) {
    Strings codes;
    for (const std::string& theme : split_list(row.at("themes"), " | "))
        codes.push_back(theme_code(theme));
    for (const std::string& sdg : split_list(row.at("sdgs"), " | "))
        if (!has_digit(sdg))
            codes.push_back(theme_code(sdg));
    return sorted(codes);
}

Strings expected_sdgs(const Row& row) {
    Strings numbers;
    for (const std::string& sdg : split_list(row.at("sdgs"), " | "))
        if (has_digit(sdg))
            numbers.push_back(goal_number(sdg));
    return sorted(numbers);
}

Strings expected_persons(const Row& row) {
    Strings codes;
    for (const std::string& persons : split_list(row.at("affected_persons"), " | "))
        codes.push_back(ingest::label_slug(persons));
    return sorted(codes);
}

std::string lower(std::string text) {
    return core::ascii_lower(text);
}

// "A/HRC/25/5/Add.1 - Para. 186.28." -> "A/HRC/25/5".
std::string report_of(const std::string& position_source) {
    std::string symbol = split_list(position_source, " ").empty()
                             ? std::string()
                             : split_list(position_source, " ").front();
    while (!symbol.empty() && (symbol.back() == ',' || symbol.back() == '.')) symbol.pop_back();
    size_t add = symbol.find("/Add.");
    return add == std::string::npos ? symbol : symbol.substr(0, add);
}

std::string commonest_report(const std::vector<Row>& rows) {
    std::map<std::string, int> counts;
    for (const Row& row : rows) ++counts[report_of(row.at("position_source"))];
    counts.erase("");
    auto best = std::max_element(counts.begin(), counts.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    return best == counts.end() ? std::string() : best->first;
}

// The reference's rows by source file name.
std::map<std::string, std::vector<Row>> reference_by_file() {
    std::map<std::string, std::vector<Row>> by_file;
    for (Row& row : csv_rows(read_file(shared_data(kReference)), kReference))
        by_file[row.at("source_file")].push_back(std::move(row));
    return by_file;
}

struct Disagreements {
    size_t rows = 0;
    Strings lines;
    void check(const std::string& what, const Strings& expected, const Strings& actual) {
        if (expected != actual)
            lines.push_back(what + ": expected [" + core::join(expected, "|") + "] got [" +
                            core::join(actual, "|") + "]");
    }
};

TEST(MatrixImport, EveryReferenceMatrixImportsWithItsPositionsAndLabels) {
    RIGHTSTRACK_REQUIRE_DATA(shared_data(kReference));
    auto reference = reference_by_file();
    for (const std::string& relative : kReferenceFiles) {
        auto path = shared_data(relative);
        RIGHTSTRACK_REQUIRE_DATA(path);
        const std::string name = path.filename().string();
        const std::vector<Row>& expected = reference[name];
        ASSERT_FALSE(expected.empty()) << name << " is not in the reference";
        Workspace workspace;
        auto imported = workspace.import(path, "--json");
        ASSERT_EQ(imported.exit_code, 0) << imported.err;
        auto report = json::parse(imported.out)["files"][0];
        EXPECT_EQ(report["format"], "ohchr-matrix") << name;
        EXPECT_EQ(report["added"], expected.size()) << name;
        EXPECT_EQ(report["documents_added"], 1) << name;

        std::map<std::string, const Row*> by_paragraph;
        for (const Row& row : expected) by_paragraph[row.at("paragraph")] = &row;
        const auto* state =
            model::StateRegistry::instance().resolve(expected[0].at("state_under_review"));
        ASSERT_NE(state, nullptr) << name;
        std::vector<Row> exported = csv_rows(workspace.exported(), "export.csv");
        EXPECT_EQ(exported.size(), expected.size()) << name;
        Disagreements disagreements;
        std::map<std::string, int> responses;
        for (const Row& row : exported) {
            EXPECT_EQ(row.at("document"), commonest_report(expected)) << name;
            EXPECT_EQ(row.at("mechanism"), "UPR");
            EXPECT_EQ(row.at("state_under_review"), state->alpha3);
            EXPECT_EQ(row.at("cycle"), expected[0].at("cycle")) << name;
            EXPECT_EQ(row.at("session"), expected[0].at("wg_session")) << name;
            ++responses[row.at("response")];
            auto found = by_paragraph.find(row.at("paragraph"));
            if (found == by_paragraph.end()) {
                disagreements.lines.push_back(row.at("paragraph") + " is not in the reference");
                continue;
            }
            const Row& want = *found->second;
            std::string at = name + " " + row.at("paragraph");
            disagreements.check(at + " response", {lower(want.at("position"))},
                                {row.at("response")});
            disagreements.check(at + " themes", expected_themes(want),
                                sorted(split_list(row.at("themes"), "|")));
            disagreements.check(at + " sdgs", expected_sdgs(want),
                                sorted(split_list(row.at("sdgs"), "|")));
            disagreements.check(at + " affected_persons", expected_persons(want),
                                sorted(split_list(row.at("affected_persons"), "|")));
        }
        std::map<std::string, int> expected_responses;
        for (const Row& row : expected) ++expected_responses[lower(row.at("position"))];
        EXPECT_EQ(responses, expected_responses) << name;
        for (const std::string& line : disagreements.lines) ADD_FAILURE() << line;
        std::printf("%s: %zu recommendations imported, %zu disagreements with the reference\n",
                    name.c_str(), exported.size(), disagreements.lines.size());
    }
}

std::filesystem::path china_2013() {
    return shared_data("ohchr-matrices/china/Matrix_recommendations_2013.docx");
}

TEST(MatrixImport, ReimportingAMatrixChangesNothing) {
    auto path = china_2013();
    RIGHTSTRACK_REQUIRE_DATA(path);
    Workspace workspace;
    ASSERT_EQ(workspace.import(path).exit_code, 0);
    std::string before = workspace.exported();
    auto themes_before = workspace.run("taxonomy show themes --json").out;
    auto again = workspace.import(path, "--json");
    ASSERT_EQ(again.exit_code, 0) << again.err;
    auto report = json::parse(again.out)["files"][0];
    EXPECT_EQ(report["added"], 0);
    EXPECT_EQ(report["updated"], 0);
    EXPECT_EQ(report["documents_added"], 0);
    EXPECT_GT(report["unchanged"].get<int>(), 0);
    EXPECT_TRUE(workspace.exported() == before) << "the database changed";
    EXPECT_EQ(workspace.run("taxonomy show themes --json").out, themes_before);
}

TEST(MatrixImport, DryRunCountsAndStoresNothingNotEvenLabels) {
    auto path = china_2013();
    RIGHTSTRACK_REQUIRE_DATA(path);
    Workspace workspace;
    auto dry = workspace.import(path, "--dry-run --json");
    ASSERT_EQ(dry.exit_code, 0) << dry.err;
    auto report = json::parse(dry.out);
    EXPECT_EQ(report["dry_run"], true);
    EXPECT_EQ(report["files"][0]["status"], "dry_run");
    EXPECT_EQ(report["files"][0]["format"], "ohchr-matrix");
    EXPECT_GT(report["files"][0]["added"].get<int>(), 0);
    EXPECT_EQ(report["files"][0]["documents_added"], 1);
    EXPECT_EQ(workspace.stats()["recommendations"], 0);
    EXPECT_EQ(workspace.stats()["documents"], 0);
    auto themes = json::parse(workspace.run("taxonomy show themes --json").out, nullptr, false);
    EXPECT_TRUE(themes.dump().find("A12") == std::string::npos) << themes.dump();
}

TEST(MatrixImport, TheEgyptMatrixImportsUnderItsReport) {
    auto path = shared_data("ohchr-matrices/egypt/EgyptMatriceRecommendations.docx");
    RIGHTSTRACK_REQUIRE_DATA(path);
    Workspace workspace;
    auto imported = workspace.import(path, "--json");
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    std::vector<Row> exported = csv_rows(workspace.exported(), "export.csv");
    EXPECT_EQ(json::parse(imported.out)["files"][0]["added"], exported.size());
    ASSERT_FALSE(exported.empty());
    std::set<std::string> documents;
    for (const Row& row : exported) documents.insert(row.at("document"));
    EXPECT_EQ(documents.size(), 1u);
    EXPECT_EQ(exported[0].at("state_under_review"), "EGY");
    EXPECT_EQ(exported[0].at("cycle"), "2");
}

class BadDocx : public ::testing::Test {
protected:
    void expect_refused(const std::string& name, const std::string& bytes,
                        const std::string& reason) {
        auto file = workspace_.file(name, bytes);
        auto result = workspace_.import(file);
        EXPECT_EQ(result.exit_code, 1) << result.err;
        EXPECT_NE(result.err.find(file.string()), std::string::npos) << result.err;
        EXPECT_NE(result.err.find(reason), std::string::npos) << result.err;
        EXPECT_EQ(workspace_.stats()["recommendations"], 0);
        EXPECT_EQ(workspace_.stats()["documents"], 0);
    }
    Workspace workspace_;
};

TEST_F(BadDocx, ADocxThatIsNotAZip) {
    expect_refused("matrix.docx", "Recommendation,Position\n", "is not a DOCX (not a zip archive)");
}

TEST_F(BadDocx, AZipWithoutAWordDocument) {
    expect_refused("matrix.docx", zip_of({{"notes.txt", "no Word here"}}),
                   "is a zip archive but not a Word document (it has no word/document.xml)");
}

TEST_F(BadDocx, TablesOfUnknownLayoutAndNoUnDocumentText) {
    std::string bytes = docx_of(word_paragraph("Minutes") + word_table({{"Item", "Owner"}}));
    expect_refused("minutes.docx", bytes, "is a Word document rightstrack cannot read");
}

TEST_F(BadDocx, AMatrixWithARowItCannotRead) {
    std::string bytes = docx_of(
        word_table(
            {{"Recommendation", "Position", "Full list of themes", "Comments"},
             {"Theme: D23 Death penalty"},
             {"5.1. Abolish the death penalty (Chile);", "Supported", "D23 Death penalty", ""},
             {"5.2. Abolish the death penalty (Ruritania);", "Noted", "D23 Death penalty", ""}}),
        "UPR of Kyrgyzstan (2nd Cycle \u2013 21st session)");
    expect_refused("matrix.docx", bytes, "row 4");
}

}  // namespace
}  // namespace rightstrack::testing
