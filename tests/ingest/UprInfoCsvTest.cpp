// UPR Info's export through the front door, ingest::read_import_file(): rows of one
// recommendation merged with all their States, UPR Info's spellings mapped to ISO codes, stable
// ids, every refusal located at file:line; ends with the real export of sessions 1-16.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/Text.h"
#include "ingest/CsvReader.h"
#include "ingest/CsvWriter.h"
#include "ingest/ImportFile.h"
#include "model/StateRegistry.h"
#include "model/Taxonomy.h"
#include "support/TestSupport.h"

namespace rightstrack::ingest {
namespace {

using Codes = std::vector<std::string>;

// Recommendation texts of our own, in the UN's style.
constexpr const char* kPreventiveMechanism =
    "Give the national preventive mechanism against torture its own budget line and staff;";
constexpr const char* kDeathPenalty =
    "Abolish the death penalty in law for every crime and commute the sentences already passed;";
constexpr const char* kSecondProtocol =
    "Ratify the Second Optional Protocol to the ICCPR and commute all pending death sentences;";
constexpr const char* kDefenders =
    "Protect human rights defenders from reprisals by the security services;";
constexpr const char* kJournalistsAndDefenders =
    "Protect journalists and human rights defenders from reprisals by the security services;";
constexpr const char* kTortureDefinition =
    "Bring the definition of torture in its Criminal Code fully into line with the Convention;";
constexpr const char* kTrafficking =
    "Step up the identification of victims of trafficking in persons at border crossings;";

// One row of UPR Info's export. The defaults make a valid row; tests change what they test.
struct Row {
    std::string id = "1";
    std::string session = "8";
    std::string cycle = "1";
    std::string state_under_review = "Kyrgyzstan";
    std::string recommending_state = "Norway";
    std::string response = "Accepted";
    std::string action_category = "5";
    std::string issues = "Justice";
    std::string text = "Adopt a comprehensive law against discrimination (Norway);";
};

constexpr const char* kHeader =
    "id,session,cycle,state_under_review,recommending_state,response,action_category,issues,"
    "text\n";

std::string csv_of(const std::vector<Row>& rows) {
    std::string csv = kHeader;
    for (const Row& r : rows) {
        std::vector<std::string> cells = {r.id,
                                          r.session,
                                          r.cycle,
                                          r.state_under_review,
                                          r.recommending_state,
                                          r.response,
                                          r.action_category,
                                          r.issues,
                                          r.text};
        append_csv_row(csv, cells);
    }
    return csv;
}

// The issue names these tests use, as a store that migrated its built-in taxonomies knows them.
model::LabelCatalog issue_catalog() {
    model::LabelCatalog catalog;
    for (const char* name : {"Justice", "Women's rights", "Rights of the Child", "Death penalty",
                             "International instruments", "Torture and other CID treatment",
                             "Human rights defenders", "General"})
        catalog.add(std::string(model::kIssues), name);
    return catalog;
}

core::Result<model::ImportBatch> read(const std::string& csv) {
    return read_import_file(std::string(csv), "file.csv", issue_catalog());
}

model::ImportBatch read_ok(const std::vector<Row>& rows) {
    auto batch = read(csv_of(rows));
    EXPECT_TRUE(batch.ok()) << batch.error().describe();
    return batch.ok() ? batch.release_value() : model::ImportBatch{};
}

core::Error refusal(const std::string& csv) {
    auto batch = read(csv);
    EXPECT_FALSE(batch.ok()) << "the file was accepted";
    return batch.ok() ? core::Error::internal("no error") : batch.release_error();
}

core::Error refusal(const std::vector<Row>& rows) {
    return refusal(csv_of(rows));
}

std::vector<std::string> ids_of(const model::ImportBatch& batch) {
    std::vector<std::string> ids;
    for (const auto& r : batch.recommendations) ids.push_back(r.id);
    return ids;
}

std::vector<model::LabelRef> issues(std::initializer_list<const char*> names) {
    std::vector<model::LabelRef> labels;
    for (const char* name : names) labels.push_back({std::string(model::kIssues), name});
    return labels;
}

// ---------------------------------------------------------------------------------------------
// Merging rows into recommendations.

TEST(UprInfoCsv, MergesRowsOfOneRecommendationWithAllStatesInRowOrder) {
    const std::string joint = kPreventiveMechanism;
    auto batch = read_ok({
        {.id = "12", .recommending_state = "Sweden", .text = joint},
        {.id = "13", .recommending_state = "Chile", .text = kDeathPenalty},
        {.id = "15", .recommending_state = "Norway", .text = joint},
        {.id = "21", .recommending_state = "Chile", .text = joint},
    });
    ASSERT_EQ(batch.documents.size(), 1u);
    ASSERT_EQ(batch.recommendations.size(), 2u);
    const auto& merged = batch.recommendations[0];
    EXPECT_EQ(merged.text, joint);
    EXPECT_EQ(merged.recommending_states, (Codes{"SWE", "NOR", "CHL"}));
    EXPECT_EQ(merged.provenance.source_ref, "upr-info:12|15|21");
    EXPECT_EQ(batch.recommendations[1].recommending_states, (Codes{"CHL"}));
    EXPECT_EQ(batch.recommendations[1].provenance.source_ref, "upr-info:13");
}

TEST(UprInfoCsv, SourceRefListsTheUprInfoRowIds) {
    auto batch = read_ok({{.id = "12"}, {.id = "15", .recommending_state = "Sweden"}});
    ASSERT_EQ(batch.recommendations.size(), 1u);
    EXPECT_EQ(batch.recommendations[0].provenance.source_ref, "upr-info:12|15");
    EXPECT_EQ(batch.recommendations[0].provenance.importer, "upr-info-csv");
}

TEST(UprInfoCsv, SameTextWithDifferentResponseCategoryOrIssuesStaysSeparate) {
    auto batch = read_ok({
        {.id = "1", .recommending_state = "Norway"},
        {.id = "2", .recommending_state = "Russian Federation", .response = "Noted"},
        {.id = "3", .recommending_state = "Brazil", .action_category = "3"},
        {.id = "4", .recommending_state = "Mexico", .issues = "Justice | Women's rights"},
    });
    ASSERT_EQ(batch.recommendations.size(), 4u);
    std::set<std::string> distinct_ids;
    for (const auto& r : batch.recommendations) {
        EXPECT_EQ(r.recommending_states.size(), 1u);
        distinct_ids.insert(r.id);
    }
    EXPECT_EQ(distinct_ids.size(), 4u);
    EXPECT_EQ(batch.recommendations[1].response, model::Response::Noted);
    EXPECT_EQ(batch.recommendations[2].action_category, 3);
}

TEST(UprInfoCsv, SameTextInTwoReviewsIsTwoRecommendations) {
    auto batch = read_ok({
        {.id = "1", .session = "8", .state_under_review = "Kyrgyzstan"},
        {.id = "2", .session = "7", .state_under_review = "Kazakhstan"},
    });
    ASSERT_EQ(batch.documents.size(), 2u);
    ASSERT_EQ(batch.recommendations.size(), 2u);
    EXPECT_EQ(batch.recommendations[0].document, "UPR/8/KGZ");
    EXPECT_EQ(batch.recommendations[1].document, "UPR/7/KAZ");
    EXPECT_NE(batch.recommendations[0].id, batch.recommendations[1].id);
}

TEST(UprInfoCsv, DescribesEachReviewAsADocument) {
    auto batch = read_ok({{.session = "8", .cycle = "1", .state_under_review = "Kyrgyzstan"}});
    ASSERT_EQ(batch.documents.size(), 1u);
    const auto& review = batch.documents[0];
    EXPECT_EQ(review.symbol, "UPR/8/KGZ");
    EXPECT_EQ(review.state, "KGZ");
    EXPECT_EQ(review.session, 8);
    EXPECT_EQ(review.cycle, 1);
    EXPECT_EQ(batch.format, "upr-info-csv");
}

TEST(UprInfoCsv, IdsAreStableAcrossReadsAndChangeWithTheText) {
    std::vector<Row> rows = {
        {.id = "1", .text = kSecondProtocol},
        {.id = "2", .recommending_state = "France", .text = kDefenders},
    };
    auto first = ids_of(read_ok(rows));
    auto second = ids_of(read_ok(rows));
    EXPECT_EQ(first, second);

    rows[1].text = kJournalistsAndDefenders;
    auto changed = ids_of(read_ok(rows));
    EXPECT_EQ(changed[0], first[0]);
    EXPECT_NE(changed[1], first[1]);
}

TEST(UprInfoCsv, WhiteSpaceInTheTextDoesNotChangeTheId) {
    auto plain = read_ok({{.text = "Adopt a law on domestic violence;"}});
    auto spaced = read_ok({{.text = "  Adopt a  law on\ndomestic violence; "}});
    EXPECT_EQ(spaced.recommendations[0].text, "Adopt a law on domestic violence;");
    EXPECT_EQ(ids_of(plain), ids_of(spaced));
}

// ---------------------------------------------------------------------------------------------
// Values: States, responses, issues.

TEST(UprInfoCsv, MapsUprInfoStateSpellingsToIsoCodes) {
    auto batch = read_ok({
        {.id = "1", .recommending_state = "St Lucia"},
        {.id = "2", .recommending_state = "DPR Korea"},
        {.id = "3", .recommending_state = "Macedonia FYR"},
        {.id = "4", .recommending_state = "&#40;Unknown&#41;"},
    });
    ASSERT_EQ(batch.recommendations.size(), 1u);
    EXPECT_EQ(batch.recommendations[0].recommending_states, (Codes{"LCA", "PRK", "MKD", "XXX"}));
}

TEST(UprInfoCsv, MapsUprInfoSpellingsOfTheStateUnderReview) {
    auto batch = read_ok({
        {.id = "1", .session = "10", .state_under_review = "DPR Korea"},
        {.id = "2", .session = "12", .state_under_review = "Macedonia FYR"},
    });
    ASSERT_EQ(batch.documents.size(), 2u);
    EXPECT_EQ(batch.documents[0].state, "PRK");
    EXPECT_EQ(batch.documents[1].state, "MKD");
    EXPECT_EQ(batch.recommendations[1].document, "UPR/12/MKD");
}

TEST(UprInfoCsv, AcceptedIsSupportedAndNotedIsNoted) {
    auto batch = read_ok({
        {.id = "1", .response = "Accepted", .text = kTortureDefinition},
        {.id = "2", .response = "Noted", .text = kDeathPenalty},
    });
    ASSERT_EQ(batch.recommendations.size(), 2u);
    EXPECT_EQ(batch.recommendations[0].response, model::Response::Supported);
    EXPECT_EQ(batch.recommendations[1].response, model::Response::Noted);
    EXPECT_EQ(batch.recommendations[0].response_source, "UPR Info");
}

TEST(UprInfoCsv, SplitsIssuesOnThePipeAndSortsThem) {
    auto batch = read_ok({{.issues = "Women's rights | Justice | Rights of the Child"}});
    ASSERT_EQ(batch.recommendations.size(), 1u);
    EXPECT_EQ(batch.recommendations[0].labels,
              issues({"Justice", "Rights of the Child", "Women's rights"}));
}

TEST(UprInfoCsv, EmptyIssuesAndCategoryAreAllowed) {
    auto batch = read_ok({{.action_category = "", .issues = ""}});
    ASSERT_EQ(batch.recommendations.size(), 1u);
    EXPECT_TRUE(batch.recommendations[0].labels.empty());
    EXPECT_FALSE(batch.recommendations[0].action_category.has_value());
}

// ---------------------------------------------------------------------------------------------
// Refusals: the whole file, with the line and what is wrong.

TEST(UprInfoCsvErrors, MissingColumnsAreAllNamed) {
    auto error = refusal(
        "id,session,state_under_review,recommending_state,action_category,text\n"
        "1,8,Kyrgyzstan,Norway,5,Adopt a law against torture;\n");
    EXPECT_EQ(error.kind(), core::ErrorKind::InvalidInput);
    EXPECT_EQ(error.where(), "file.csv:1");
    for (const char* column : {"\"cycle\"", "\"response\"", "\"issues\""})
        EXPECT_NE(error.message().find(column), std::string::npos) << error.message();
}

TEST(UprInfoCsvErrors, RaggedRowIsRefusedAtItsLine) {
    std::string csv = csv_of({{.id = "1"}, {.id = "2", .recommending_state = "Sweden"}});
    csv += "3,8,1,Kyrgyzstan,Chile,Accepted,5,Justice\n";
    auto error = refusal(csv);
    EXPECT_EQ(error.kind(), core::ErrorKind::InvalidInput);
    EXPECT_EQ(error.where(), "file.csv:4");
    EXPECT_NE(error.message().find("8 fields"), std::string::npos) << error.message();
    EXPECT_NE(error.message().find("9"), std::string::npos) << error.message();
}

TEST(UprInfoCsvErrors, UnknownRecommendingStateNamesTheNameAndColumn) {
    auto error = refusal({{.id = "1"}, {.id = "2", .recommending_state = "Ruritania"}});
    EXPECT_EQ(error.kind(), core::ErrorKind::InvalidInput);
    EXPECT_EQ(error.where(), "file.csv:3");
    EXPECT_NE(error.message().find("'Ruritania'"), std::string::npos) << error.message();
    EXPECT_NE(error.message().find("recommending_state"), std::string::npos) << error.message();
}

TEST(UprInfoCsvErrors, LinesInsideQuotedTextAreCountedInTheLocation) {
    std::string csv =
        csv_of({{.id = "1", .text = "Reform the judiciary:\r\n(a) in law;\r\n(b) in practice;"},
                {.id = "2", .recommending_state = "Ruritania"}});
    auto error = refusal(csv);
    EXPECT_EQ(error.where(), "file.csv:5");
}

TEST(UprInfoCsvErrors, UnknownStateUnderReviewNamesTheNameAndColumn) {
    auto error = refusal({{.state_under_review = "Freedonia"}});
    EXPECT_EQ(error.kind(), core::ErrorKind::InvalidInput);
    EXPECT_EQ(error.where(), "file.csv:2");
    EXPECT_NE(error.message().find("'Freedonia'"), std::string::npos) << error.message();
    EXPECT_NE(error.message().find("state_under_review"), std::string::npos) << error.message();
}

TEST(UprInfoCsvErrors, UnknownIssueIsNamed) {
    auto error = refusal({{.id = "1"}, {.id = "2", .issues = "Justice | Space exploration"}});
    EXPECT_EQ(error.kind(), core::ErrorKind::InvalidInput);
    EXPECT_EQ(error.where(), "file.csv:3");
    EXPECT_NE(error.message().find("'Space exploration'"), std::string::npos) << error.message();
}

TEST(UprInfoCsvErrors, UnknownResponseIsNamed) {
    auto error = refusal({{.response = "Considered"}});
    EXPECT_EQ(error.kind(), core::ErrorKind::InvalidInput);
    EXPECT_EQ(error.where(), "file.csv:2");
    EXPECT_NE(error.message().find("'Considered'"), std::string::npos) << error.message();
}

TEST(UprInfoCsvErrors, ActionCategoryOutsideOneToFiveIsRefused) {
    for (const char* category : {"0", "6", "high"}) {
        SCOPED_TRACE(category);
        auto error = refusal({{.id = "1"}, {.id = "2", .action_category = category}});
        EXPECT_EQ(error.kind(), core::ErrorKind::InvalidInput);
        EXPECT_EQ(error.where(), "file.csv:3");
        EXPECT_NE(error.message().find("action_category"), std::string::npos) << error.message();
        EXPECT_NE(error.message().find(std::string("'") + category + "'"), std::string::npos)
            << error.message();
    }
}

TEST(UprInfoCsvErrors, SessionThatIsNotANumberIsRefused) {
    auto error = refusal({{.session = "eighth"}});
    EXPECT_EQ(error.kind(), core::ErrorKind::InvalidInput);
    EXPECT_EQ(error.where(), "file.csv:2");
    EXPECT_NE(error.message().find("session"), std::string::npos) << error.message();
    EXPECT_NE(error.message().find("'eighth'"), std::string::npos) << error.message();
}

TEST(UprInfoCsvErrors, EmptyTextIsRefused) {
    auto error = refusal({{.id = "1"}, {.id = "2", .text = "  "}});
    EXPECT_EQ(error.kind(), core::ErrorKind::InvalidInput);
    EXPECT_EQ(error.where(), "file.csv:3");
    EXPECT_NE(error.message().find("empty"), std::string::npos) << error.message();
}

TEST(UprInfoCsvErrors, OneReviewWithTwoCyclesIsRefused) {
    auto error = refusal({
        {.id = "1", .cycle = "1"},
        {.id = "2", .cycle = "1", .recommending_state = "Sweden"},
        {.id = "3", .cycle = "2", .text = kTrafficking},
    });
    EXPECT_EQ(error.kind(), core::ErrorKind::InvalidInput);
    EXPECT_EQ(error.where(), "file.csv:4");
    EXPECT_NE(error.message().find("cycle"), std::string::npos) << error.message();
    EXPECT_NE(error.message().find("KGZ"), std::string::npos) << error.message();
}

// ---------------------------------------------------------------------------------------------
// Files large enough to be parsed in slices on several threads.

// About 4 MB of rows, with multi-line quoted texts so that slice cuts must respect quotes, and
// the same joint recommendation in the first and the last rows so that merging crosses slices.
std::vector<Row> large_file_rows() {
    std::vector<Row> rows;
    const char* states[] = {"Norway", "Sweden", "Chile", "Ghana", "Japan"};
    for (int i = 0; i < 20000; ++i) {
        Row row;
        row.id = std::to_string(i + 1);
        row.recommending_state = states[i % 5];
        row.text = "Strengthen the protection of the rights of persons in situation number " +
                   std::to_string(i) + ",\nincluding a \"reporting\" line for complaints,\n" +
                   std::string(120, 'x') + ";";
        rows.push_back(row);
    }
    rows.front().text = rows.back().text = kDefenders;
    rows.back().recommending_state = "Canada";
    return rows;
}

// Line of row `i` (from 1) of large_file_rows(): the header and row 0 take a line each, every
// other row three (two line breaks inside its quoted text).
size_t line_of_row(size_t i) {
    return 3 + 3 * (i - 1);
}

TEST(UprInfoCsvLargeFile, ReadsTheSameAsRowByRow) {
    auto rows = large_file_rows();
    std::string csv = csv_of(rows);
    ASSERT_GT(csv.size(), 2u << 20) << "too small to be cut into slices";
    auto batch = read(csv);
    ASSERT_TRUE(batch.ok()) << batch.error().describe();
    ASSERT_EQ(batch->recommendations.size(), rows.size() - 1);
    const auto& joint = batch->recommendations.front();
    EXPECT_EQ(joint.text, kDefenders);
    EXPECT_EQ(joint.recommending_states, (Codes{"NOR", "CAN"}));
    EXPECT_EQ(joint.provenance.source_ref, "upr-info:1|20000");
    for (size_t i = 1; i < batch->recommendations.size(); ++i)
        ASSERT_EQ(batch->recommendations[i].provenance.source_ref,
                  "upr-info:" + std::to_string(i + 1))
            << "rows out of order at " << i;
}

TEST(UprInfoCsvLargeFile, LocatesAnErrorInTheLastSliceAtItsLine) {
    auto rows = large_file_rows();
    rows[19000].recommending_state = "Atlantis";
    auto error = refusal(rows);
    EXPECT_EQ(error.where(), "file.csv:" + std::to_string(line_of_row(19000)));
    EXPECT_NE(error.message().find("Atlantis"), std::string::npos) << error.message();
}

TEST(UprInfoCsvLargeFile, ReportsTheFirstErrorInTheFileWhenSeveralSlicesHaveOne) {
    auto rows = large_file_rows();
    rows[500].response = "Maybe";
    rows[19000].recommending_state = "Atlantis";
    auto error = refusal(rows);
    EXPECT_EQ(error.where(), "file.csv:" + std::to_string(line_of_row(500)));
    EXPECT_NE(error.message().find("Maybe"), std::string::npos) << error.message();
}

// ---------------------------------------------------------------------------------------------
// UPR Info's real export of sessions 1-16, read from ../shared/data.

std::filesystem::path real_export() {
    return testing::shared_data("upr-info/recommendations_sessions_01-16.csv");
}

constexpr size_t kRealRows = 30261;

size_t row_ids_in(const std::string& source_ref) {
    return static_cast<size_t>(std::count(source_ref.begin(), source_ref.end(), '|')) + 1;
}

std::string iso_code(std::string_view name) {
    const auto* state = model::StateRegistry::instance().resolve(name);
    return state ? std::string(state->alpha3) : "?" + std::string(name);
}

std::string sorted_issues(std::string_view cell) {
    std::vector<std::string> names;
    for (auto name : core::split(cell, "|"))
        if (!core::trim(name).empty())
            names.emplace_back(core::trim(name));
    std::sort(names.begin(), names.end());
    return core::join(names, "|");
}

// Rows that repeat an earlier row's State for the same recommendation, counted straight from
// the CSV: same review, text, response, category and issues (what makes one recommendation)
// and the same recommending State. The importer lists such a State once.
size_t repeated_state_rows(const std::string& csv) {
    CsvReader reader(csv, "real.csv");
    auto header = reader.next();
    EXPECT_TRUE(header.ok() && header->has_value());
    constexpr std::string_view kColumns[] = {
        "session",  "state_under_review", "text",  "recommending_state",
        "response", "action_category",    "issues"};
    auto columns = require_columns(**header, kColumns, "real.csv");
    EXPECT_TRUE(columns.ok());
    std::set<std::vector<std::string>> seen;
    size_t repeated = 0;
    CsvRow row;
    while (reader.next(row).value()) {
        auto cell = [&](int i) { return std::string(core::trim(row.fields[(*columns)[i]])); };
        std::vector<std::string> key = {cell(0),
                                        iso_code(cell(1)),
                                        core::collapse_whitespace(row.fields[(*columns)[2]]),
                                        iso_code(cell(3)),
                                        cell(4),
                                        cell(5),
                                        sorted_issues(cell(6))};
        repeated += !seen.insert(std::move(key)).second;
    }
    return repeated;
}

class RealUprInfoExport : public ::testing::Test {
protected:
    void SetUp() override {
        RIGHTSTRACK_REQUIRE_DATA(real_export());
        csv_ = testing::read_file(real_export());
        auto batch = read_import_file(std::string(csv_), "recommendations_sessions_01-16.csv",
                                      upr_info_issues());
        ASSERT_TRUE(batch.ok()) << batch.error().describe();
        batch_ = batch.release_value();
    }

    // Every issue name the real export uses, as the built-in taxonomy has them.
    static model::LabelCatalog upr_info_issues() {
        model::LabelCatalog catalog;
        for (const char* name : {"Asylum-seekers - refugees",
                                 "Business and human rights",
                                 "CP rights - general",
                                 "Civil society",
                                 "Corruption",
                                 "Counter-terrorism",
                                 "Death penalty",
                                 "Detention",
                                 "Detention conditions",
                                 "Development",
                                 "Disabilities",
                                 "ESC rights - general",
                                 "Elections",
                                 "Enforced disappearances",
                                 "Environment",
                                 "Extrajudicial executions",
                                 "Freedom of association and peaceful assembly",
                                 "Freedom of movement",
                                 "Freedom of opinion and expression",
                                 "Freedom of religion and belief",
                                 "Freedom of the press",
                                 "General",
                                 "HIV - Aids",
                                 "Human rights defenders",
                                 "Human rights education and training",
                                 "Human rights violations by state agents",
                                 "Impunity",
                                 "Indigenous peoples",
                                 "Internally displaced persons",
                                 "International humanitarian law",
                                 "International instruments",
                                 "Justice",
                                 "Labour",
                                 "Migrants",
                                 "Minorities",
                                 "NHRI",
                                 "National plan of action",
                                 "Other",
                                 "Poverty",
                                 "Privacy",
                                 "Public security",
                                 "Racial discrimination",
                                 "Right to education",
                                 "Right to food",
                                 "Right to health",
                                 "Right to housing",
                                 "Right to land",
                                 "Right to water and sanitation",
                                 "Rights of the Child",
                                 "Sexual Orientation and Gender Identity",
                                 "Special procedures",
                                 "Statelessness and the right to nationality",
                                 "Technical assistance and cooperation",
                                 "Torture and other CID treatment",
                                 "Trafficking",
                                 "Treaty bodies",
                                 "UPR process",
                                 "Women's rights",
                                 "Right to water"})
            catalog.add(std::string(model::kIssues), name);
        return catalog;
    }

    std::string csv_;
    model::ImportBatch batch_;
};

TEST_F(RealUprInfoExport, ReadsEveryRowIntoRecommendationsAndReviews) {
    size_t rows = 0;
    for (const auto& r : batch_.recommendations) rows += row_ids_in(r.provenance.source_ref);
    EXPECT_EQ(rows, kRealRows);
    EXPECT_EQ(batch_.recommendations.size(), 29314u);
    EXPECT_EQ(batch_.documents.size(), 248u);
}

TEST_F(RealUprInfoExport, EveryRecommendingStateIsAThreeLetterCode) {
    for (const auto& r : batch_.recommendations) {
        ASSERT_FALSE(r.recommending_states.empty()) << r.id;
        for (const auto& code : r.recommending_states) {
            ASSERT_EQ(code.size(), 3u) << r.id << ": " << code;
            ASSERT_TRUE(
                std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
                << r.id << ": " << code;
        }
    }
}

// One (recommendation, State) pair per row, except rows repeating a State for the same
// recommendation. The key includes response, category and issues because rows that differ in
// them are separate recommendations: the real export has rows with the same review, text and
// State but different issues, which are two recommendations, each with that State.
TEST_F(RealUprInfoExport, EveryRowIsOneRecommendationStatePairUnlessItRepeatsOne) {
    size_t pairs = 0;
    for (const auto& r : batch_.recommendations) pairs += r.recommending_states.size();
    size_t repeated = repeated_state_rows(csv_);
    EXPECT_GT(repeated, 0u);
    EXPECT_EQ(pairs, kRealRows - repeated);
}

}  // namespace
}  // namespace rightstrack::ingest
