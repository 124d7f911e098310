// `rightstrack import` of Treaty Body concluding observations saved as text (our own fixtures in
// tests/data/concluding-observations): the document, each recommendation once per sub-item, the
// follow-up label on the paragraphs the Committee names, and a re-import that changes nothing;
// French and Spanish ones through --dry-run --json, and a French document of unknown layout.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/CliTestSupport.h"
#include "support/CsvRows.h"

namespace rightstrack::testing {
namespace {

struct Fixture {
    const char* file;
    const char* symbol;
    const char* mechanism;
    const char* state;
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
        EXPECT_EQ(row["state_under_review"], fixture.state);
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
    ::testing::Values(
        Fixture{"ccpr-kgz-co-3.txt", "CCPR/C/KGZ/CO/3", "CCPR", "KGZ", 11, "5 (b)"},
        Fixture{"cescr-kgz-co-2-3.txt", "E/C.12/KGZ/CO/2-3", "CESCR", "KGZ", 11, "4 (b)"},
        // CRC marks urgent measures instead of naming paragraphs for follow-up.
        Fixture{"crc-kgz-co-5-6.txt", "CRC/C/KGZ/CO/5-6", "CRC", "KGZ", 18, ""},
        Fixture{"cedaw-kgz-co-5-ru.txt", "CEDAW/C/KGZ/CO/5", "CEDAW", "KGZ", 6, "4 (b)"},
        Fixture{"ccpr-ben-co-2-fr.txt", "CCPR/C/BEN/CO/2", "CCPR", "BEN", 11, "5 (b)"},
        Fixture{"cescr-mex-co-5-6-es.txt", "E/C.12/MEX/CO/5-6", "CESCR", "MEX", 11, "4 (b)"}));

// What --dry-run --json prints for each language: the document as recognised and every
// recommendation with its paragraph and follow-up label; nothing is stored.
TEST(ConcludingObservationsDryRun, PrintsFrenchAndSpanishRecordsAndStoresNothing) {
    struct Expected {
        const char* file;
        const char* symbol;
        const char* state;
        int session;
        const char* date;
        const char* language;
        std::vector<std::string> paragraphs;
        std::vector<std::string> follow_up;
    };
    const Expected expected[] = {
        {"ccpr-ben-co-2-fr.txt",
         "CCPR/C/BEN/CO/2",
         "BEN",
         123,
         "2018-08-23",
         "fr",
         {"5 (a)", "5 (b)", "5 (c)", "6", "8", "10 (a)", "10 (b)", "10 (c)", "11", "12", "13"},
         {"5 (b)", "10 (a)", "12"}},
        {"cescr-mex-co-5-6-es.txt",
         "E/C.12/MEX/CO/5-6",
         "MEX",
         63,
         "2018-04-17",
         "es",
         {"4 (a)", "4 (b)", "4 (c)", "5", "7 (a)", "7 (b)", "7 (c)", "8", "9", "10", "11"},
         {"4 (b)", "7 (a)", "8"}}};
    for (const Expected& e : expected) {
        SCOPED_TRACE(e.file);
        Workspace workspace;
        auto dry = workspace.import(test_data(std::string("concluding-observations/") + e.file),
                                    "--dry-run --json");
        ASSERT_EQ(dry.exit_code, 0) << dry.err;
        auto file = nlohmann::json::parse(dry.out)["files"][0];
        EXPECT_EQ(file["status"], "dry_run");
        EXPECT_EQ(file["format"], "treaty-body-co");
        const auto& document = file["records"]["documents"][0];
        EXPECT_EQ(document["symbol"], e.symbol);
        EXPECT_EQ(document["state"], e.state);
        EXPECT_EQ(document["session"], e.session);
        EXPECT_EQ(document["date"], e.date);
        EXPECT_EQ(document["language"], e.language);
        std::vector<std::string> paragraphs, follow_up;
        for (const auto& r : file["records"]["recommendations"]) {
            paragraphs.push_back(r["paragraph"]);
            EXPECT_EQ(r["language"], e.language);
            EXPECT_EQ(r["document"], e.symbol);
            if (r["labels"].contains("priorities"))
                follow_up.push_back(r["paragraph"]);
        }
        EXPECT_EQ(paragraphs, e.paragraphs);
        EXPECT_EQ(follow_up, e.follow_up);
        EXPECT_EQ(workspace.stats()["recommendations"], 0);
    }
}

// A French document that names no Treaty Body's layout: refused with the file and the reason,
// and nothing stored.
TEST(ConcludingObservationsDryRun, RefusesAFrenchDocumentOfUnknownLayout) {
    Workspace workspace;
    auto file = workspace.file(
        "note-fr.txt",
        "Nations Unies A/HRC/40/12\n\nAssemblée générale Distr. générale 4 janvier 2019\n\n"
        "Conseil des droits de l’homme\n\nNote du secrétariat\n\n"
        "1. Le secrétariat a l’honneur de transmettre au Conseil des droits de l’homme le rapport "
        "annuel de la Haute-Commissaire, qui porte sur les activités menées pendant l’année.\n\n"
        "2. Le rapport est disponible dans les langues officielles de l’Organisation.\n");
    auto result = workspace.import(file);
    EXPECT_NE(result.exit_code, 0);
    EXPECT_NE(result.err.find("note-fr.txt"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("unknown layout"), std::string::npos) << result.err;
    EXPECT_EQ(workspace.stats()["recommendations"], 0);
    EXPECT_EQ(workspace.stats()["documents"], 0);

    // Concluding observations in French whose paragraphs recommend nothing rightstrack reads.
    auto empty = workspace.file(
        "co-fr.txt",
        "Nations Unies CCPR/C/BEN/CO/2\n\nDistr. générale 23 août 2018\n\n"
        "Observations finales concernant le deuxième rapport périodique du Bénin\n\n"
        "C. Principaux sujets de préoccupation et recommandations\n\n"
        "4. Le Comité est préoccupé par la surpopulation carcérale dans les prisons du pays.\n\n"
        "5. Le Comité prend note des informations fournies par la délégation de l’État partie.\n");
    result = workspace.import(empty);
    EXPECT_NE(result.exit_code, 0);
    EXPECT_NE(result.err.find("co-fr.txt"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("no recommendations found"), std::string::npos) << result.err;
    EXPECT_EQ(workspace.stats()["recommendations"], 0);
    EXPECT_EQ(workspace.stats()["documents"], 0);
}

}  // namespace
}  // namespace rightstrack::testing
