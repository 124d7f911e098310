// Golden tests of the importer, one ctest per case file:
//   tests/golden/upr-info-csv/<case>.input.csv -> <case>.expected.csv, the `export --format csv`
//     output after importing the input into an empty database;
//   tests/golden/errors/<case>.csv -> <case>.expected-error, the first line the import prints to
//     stderr (with the folder of the file left out), after which the database must be empty.
// With RIGHTSTRACK_UPDATE_GOLDEN=1 in the environment the expected files are (re)written from
// what the binary does: read every changed one before committing it.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <sstream>

#include "cli/CliTestSupport.h"

namespace rightstrack::testing {
namespace {

namespace fs = std::filesystem;

fs::path golden_folder(const std::string& name) {
    return fs::path(RIGHTSTRACK_SOURCE_DIR) / "tests" / "golden" / name;
}

// Case names: the files in `folder` whose name ends with `suffix`, without it, sorted.
std::vector<std::string> cases_in(const std::string& folder, const std::string& suffix) {
    std::vector<std::string> names;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(golden_folder(folder), error)) {
        std::string name = entry.path().filename().string();
        if (name.size() > suffix.size() && name.ends_with(suffix))
            names.push_back(name.substr(0, name.size() - suffix.size()));
    }
    std::sort(names.begin(), names.end());
    return names;
}

bool updating() {
    const char* update = std::getenv("RIGHTSTRACK_UPDATE_GOLDEN");
    return update != nullptr && std::string(update) == "1";
}

// "line N: expected ... / actual ..." for the first line that differs.
std::string first_difference(const std::string& expected, const std::string& actual) {
    std::istringstream want(expected), got(actual);
    std::string want_line, got_line;
    for (int line = 1;; ++line) {
        bool more_wanted = static_cast<bool>(std::getline(want, want_line));
        bool more_got = static_cast<bool>(std::getline(got, got_line));
        if (!more_wanted && !more_got)
            return "the files differ only in their line ends";
        if (want_line != got_line || more_wanted != more_got)
            return "line " + std::to_string(line) +
                   ":\n  expected: " + (more_wanted ? want_line : "(end of file)") +
                   "\n  actual:   " + (more_got ? got_line : "(end of file)");
    }
}

void compare_with_golden(const fs::path& expected_file, const std::string& actual) {
    if (updating()) {
        write_file(expected_file, actual);
        return;
    }
    ASSERT_TRUE(fs::exists(expected_file)) << expected_file << " is missing";
    std::string expected = read_file(expected_file);
    EXPECT_TRUE(expected == actual) << expected_file.filename().string() << " differs at "
                                    << first_difference(expected, actual);
}

// gtest names allow letters, digits and underscores only.
std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
    std::string name = info.param;
    std::replace_if(
        name.begin(), name.end(), [](char c) { return !std::isalnum(c); }, '_');
    return name;
}

// ---------------------------------------------------------------------------------------------

class UprInfoGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(UprInfoGolden, ExportAfterImportMatchesTheExpectedCsv) {
    fs::path folder = golden_folder("upr-info-csv");
    Workspace workspace;
    auto imported = workspace.import(folder / (GetParam() + ".input.csv"));
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    compare_with_golden(folder / (GetParam() + ".expected.csv"), workspace.exported("csv"));
}

INSTANTIATE_TEST_SUITE_P(Cases, UprInfoGolden,
                         ::testing::ValuesIn(cases_in("upr-info-csv", ".input.csv")), test_name);

class ImportErrorGolden : public ::testing::TestWithParam<std::string> {};

std::string first_line(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

TEST_P(ImportErrorGolden, ImportIsRefusedWithTheExpectedMessage) {
    fs::path folder = golden_folder("errors");
    Workspace workspace;
    auto imported = workspace.import(folder / (GetParam() + ".csv"));
    EXPECT_EQ(imported.exit_code, 1) << imported.err;
    std::string message = first_line(imported.err);
    std::string prefix = folder.string() + "/";
    for (auto at = message.find(prefix); at != std::string::npos; at = message.find(prefix))
        message.erase(at, prefix.size());
    compare_with_golden(folder / (GetParam() + ".expected-error"), message + "\n");
    EXPECT_EQ(workspace.stats()["recommendations"], 0) << "a refused file left recommendations";
}

INSTANTIATE_TEST_SUITE_P(Cases, ImportErrorGolden, ::testing::ValuesIn(cases_in("errors", ".csv")),
                         test_name);

// The runner finds its cases by listing folders: make sure a moved folder is noticed.
TEST(GoldenFolders, HoldCases) {
    EXPECT_GE(cases_in("upr-info-csv", ".input.csv").size(), 3u);
    EXPECT_GE(cases_in("errors", ".csv").size(), 3u);
}

}  // namespace
}  // namespace rightstrack::testing
