// `rightstrack import` of Treaty Body concluding observations saved as text (our own fixtures in
// tests/data/concluding-observations): the document, each recommendation once per sub-item, the
// follow-up label on the paragraphs the Committee names, and a re-import that changes nothing.
#include <gtest/gtest.h>

#include <string>

#include "cli/CliTestSupport.h"
#include "support/CsvRows.h"

namespace rightstrack::testing {
namespace {

struct Fixture {
    const char* file;
    const char* symbol;
    const char* mechanism;
    size_t recommendations;
    const char* first_follow_up;  // Paragraph of the first recommendation due for follow-up.
};

class ConcludingObservationsImport : public ::testing::TestWithParam<Fixture> {};

TEST_P(ConcludingObservationsImport, StoresTheRecommendationsWithTheirFollowUp) {
    const auto& fixture = GetParam();
    Workspace workspace;
    auto file = test_data(std::string("concluding-observations/") + fixture.file);
    auto result = workspace.import(file);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    auto rows = csv_rows(workspace.exported());
    ASSERT_EQ(rows.size(), fixture.recommendations);
    std::string first_follow_up;
    for (auto& row : rows) {
        EXPECT_EQ(row["document"], fixture.symbol);
        EXPECT_EQ(row["mechanism"], fixture.mechanism);
        EXPECT_EQ(row["state_under_review"], "KGZ");
        EXPECT_EQ(row["response"], "pending");
        EXPECT_TRUE(row["recommending_states"].empty());
        if (first_follow_up.empty() &&
            row["other_labels"].find("priorities:follow_up") != std::string::npos)
            first_follow_up = row["paragraph"];
    }
    EXPECT_EQ(first_follow_up, fixture.first_follow_up);
    auto again = workspace.import(file);
    EXPECT_NE(again.out.find("0 new, 0 updated"), std::string::npos) << again.out;
}

INSTANTIATE_TEST_SUITE_P(
    Committees, ConcludingObservationsImport,
    ::testing::Values(Fixture{"ccpr-kgz-co-3.txt", "CCPR/C/KGZ/CO/3", "CCPR", 11, "5 (b)"},
                      Fixture{"cescr-kgz-co-2-3.txt", "E/C.12/KGZ/CO/2-3", "CESCR", 11, "4 (b)"},
                      // CRC marks urgent measures instead of naming paragraphs for follow-up.
                      Fixture{"crc-kgz-co-5-6.txt", "CRC/C/KGZ/CO/5-6", "CRC", 18, ""},
                      Fixture{"cedaw-kgz-co-5-ru.txt", "CEDAW/C/KGZ/CO/5", "CEDAW", 6,
                              "4 (b)"}));

}  // namespace
}  // namespace rightstrack::testing
