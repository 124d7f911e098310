// OHCHR matrices on tables of our own: both table layouts and both ways of listing themes,
// clustered recommendations, parentheses that are not States, a paragraph under several themes,
// and every refusal. The real matrices are compared with the reference parse in
// OhchrMatrixRealTest.cpp.
#include <gtest/gtest.h>

#include "ingest/OhchrMatrix.h"

namespace rightstrack::ingest {
namespace {

using Strings = std::vector<std::string>;

DocxCell cell(Strings paragraphs, int grid_span = 1) {
    DocxCell result;
    for (std::string& text : paragraphs) result.paragraphs.push_back({std::move(text), ""});
    result.grid_span = grid_span;
    return result;
}

DocxRow row(std::vector<Strings> cells) {
    DocxRow result;
    for (Strings& paragraphs : cells) result.cells.push_back(cell(std::move(paragraphs)));
    return result;
}

DocxRow heading(const std::string& text, int columns = 4) {
    return {{cell({text}, columns)}};
}

const DocxRow kThemesHeader = row({{"Recommendation"},
                                   {"Position"},
                                   {"Full list of themes"},
                                   {"Assessment/comments on level of implementation"}});
const DocxRow kRightsHeader = row({{"Recommendation"},
                                   {"Recommending state/s"},
                                   {"Position"},
                                   {"Full list of rights/affected persons"}});

DocxParagraph title(const std::string& text) {
    return {text, "Header"};
}

std::vector<DocxBlock> matrix(std::vector<DocxRow> rows,
                              const std::string& title_text =
                                  "UPR of Kyrgyzstan (3rd Cycle \u2013 35th session) Thematic "
                                  "list of recommendations Page 1 of 9") {
    DocxTable table;
    table.rows = std::move(rows);
    return {title(title_text), DocxParagraph{"", ""}, table};
}

MatrixDocument parse_ok(const std::vector<DocxBlock>& blocks) {
    auto parsed = parse_ohchr_matrix(blocks, "matrix.docx");
    EXPECT_TRUE(parsed.ok()) << parsed.error().describe();
    return parsed.ok() ? parsed.release_value() : MatrixDocument{};
}

std::string parse_error(const std::vector<DocxBlock>& blocks) {
    auto parsed = parse_ohchr_matrix(blocks, "matrix.docx");
    EXPECT_FALSE(parsed.ok());
    return parsed.ok() ? std::string() : parsed.error().describe();
}

// One recommendation row of the themes layout.
DocxRow themes_row(const std::string& text, const std::string& position, Strings labels) {
    return row({{text, "Source of position: A/HRC/54/7/Add.1 - Para. 3"},
                {position},
                std::move(labels),
                {""}});
}

TEST(OhchrMatrix, ReadsTheThemesLayoutWithUhriCodes) {
    auto document = parse_ok(matrix({
        kThemesHeader,
        heading("Theme: A41 Constitutional and legislative framework"),
        row({{"112.3. Adopt a law on equality before the end of the year (Norway);",
              "Source of position: A/HRC/54/7/Add.1 - Para. 112.3. "},
             {"Supported"},
             {"A41 Constitutional and legislative framework", "B31 Equality & non-discrimination",
              "S10 SDG 10 - inequality", "Affected persons:", "- general", "- women"},
             {""}}),
    }));
    EXPECT_EQ(document.state_under_review, "KGZ");
    EXPECT_EQ(document.cycle, 3);
    EXPECT_EQ(document.session, 35);
    EXPECT_EQ(document.title,  // Without the page number.
              "UPR of Kyrgyzstan (3rd Cycle \u2013 35th session) Thematic list of recommendations");
    ASSERT_EQ(document.recommendations.size(), 1u);
    MatrixRecommendation expected;
    expected.paragraph = "112.3";
    expected.text = "Adopt a law on equality before the end of the year";
    expected.recommending_states = {"NOR"};
    expected.position = "supported";
    expected.position_source = "A/HRC/54/7/Add.1";
    expected.themes = {"A41 Constitutional and legislative framework",
                       "B31 Equality & non-discrimination"};
    expected.affected_persons = {"general", "women"};
    expected.sdgs = {"10"};
    expected.section_theme = "A41 Constitutional and legislative framework";
    EXPECT_EQ(document.recommendations[0], expected);
}

TEST(OhchrMatrix, KeepsEveryStateOfAClusterOutOfTheText) {
    auto document = parse_ok(matrix({
        kThemesHeader,
        heading("Theme: D23 Death penalty"),
        themes_row("112.7 Abolish the death penalty in law (Chile); Commute every death sentence "
                   "already passed (Uruguay) (Mali); (Chile and Ghana).",
                   "Noted", {"D23 Death penalty"}),
    }));
    ASSERT_EQ(document.recommendations.size(), 1u);
    const auto& recommendation = document.recommendations[0];
    EXPECT_EQ(recommendation.paragraph, "112.7");
    EXPECT_EQ(recommendation.text,
              "Abolish the death penalty in law; Commute every death sentence already passed.");
    EXPECT_EQ(recommendation.recommending_states, (Strings{"CHL", "URY", "MLI", "GHA"}));
    EXPECT_EQ(recommendation.position, "noted");
}

TEST(OhchrMatrix, KeepsParenthesesThatAreNotStatesAndReadsAwkwardStateNames) {
    auto document = parse_ok(matrix({
        kThemesHeader,
        heading("Theme: E31 Right to work"),
        themes_row("112.9 Ratify the Domestic Workers Convention, 2011 (No. 189), and carry out "
                   "the plan for 2021-2025 (the Plan) with its neighbours (Kazakhstan, "
                   "Tajikistan), and the International Labour "
                   "Organization (ILO) (Venezuela (Bolivarian Republic of), Portugal) "
                   "(Sierra Le one);",
                   "Supported", {"E31 Right to work"}),
    }));
    ASSERT_EQ(document.recommendations.size(), 1u);
    EXPECT_EQ(document.recommendations[0].text,
              "Ratify the Domestic Workers Convention, 2011 (No. 189), and carry out the plan "
              "for 2021-2025 (the Plan) with its neighbours (Kazakhstan, Tajikistan), and the "
              "International Labour Organization (ILO)");
    EXPECT_EQ(document.recommendations[0].recommending_states, (Strings{"VEN", "PRT", "SLE"}));
}

TEST(OhchrMatrix, ListsAParagraphOnceWithTheLabelsOfAllItsThemes) {
    const std::string text = "112.12 Train judges in the rights of the child (Estonia);";
    auto document = parse_ok(matrix({
        kThemesHeader,
        heading("Theme: D51 Administration of justice & fair trial"),
        themes_row(text, "Supported",
                   {"D51 Administration of justice & fair trial",
                    "Affected persons:", "- judges, lawyers and prosecutors"}),
        themes_row("112.13 Train prosecutors too (Latvia);", "Supported", {"D51 Justice"}),
        heading("Theme: F31 Children: definition; general principles; protection"),
        themes_row(text, "Supported",
                   {"F31 Children: definition; general principles; protection",
                    "S16 SDG 16 - peace", "Affected persons:", "- children"}),
    }));
    ASSERT_EQ(document.recommendations.size(), 2u);
    const auto& merged = document.recommendations[0];
    EXPECT_EQ(merged.paragraph, "112.12");
    EXPECT_EQ(merged.section_theme, "D51 Administration of justice & fair trial");
    EXPECT_EQ(merged.themes, (Strings{"D51 Administration of justice & fair trial",
                                      "F31 Children: definition; general principles; protection"}));
    EXPECT_EQ(merged.affected_persons, (Strings{"judges, lawyers and prosecutors", "children"}));
    EXPECT_EQ(merged.sdgs, (Strings{"16"}));
    EXPECT_EQ(document.recommendations[1].paragraph, "112.13");
}

TEST(OhchrMatrix, ReadsThemesListedWithBulletsAndAnSdgSection) {
    auto document = parse_ok(matrix({
        kThemesHeader,
        heading("Theme: Right to health"),
        row({{"118.4 Extend free primary care to every rural district (Thailand);",
              "Source of Position: A/HRC/54/7 - Para 118"},
             {"Supported"},
             {"- Right to health", "- Human rights & poverty",
              "SDGs: ", "- 3 - GOOD HEALTH AND WELL-BEING", "- 5.2 - violence against women",
              "Affected persons: ", "- Persons living in rural areas"},
             {""}}),
    }));
    ASSERT_EQ(document.recommendations.size(), 1u);
    const auto& recommendation = document.recommendations[0];
    EXPECT_EQ(recommendation.position_source, "A/HRC/54/7");
    EXPECT_EQ(recommendation.themes, (Strings{"Right to health", "Human rights & poverty"}));
    EXPECT_EQ(recommendation.sdgs, (Strings{"3", "5.2"}));
    EXPECT_EQ(recommendation.affected_persons, (Strings{"Persons living in rural areas"}));
    EXPECT_EQ(recommendation.section_theme, "Right to health");
}

TEST(OhchrMatrix, ReadsTheLayoutWithARecommendingStatesColumn) {
    auto document = parse_ok(matrix(
        {
            kRightsHeader,
            heading("Right or area: 24. Right to health "),
            row({{"130.2. Guarantee free maternal care in public hospitals (Chile); (Peru); ",
                  "Source of position: A/HRC/51/3/Add.1", ""},
                 {"Chile\nPeru", ""},
                 {"Supported/Noted", ""},
                 {"24. Right to health  \n29.1. Discrimination against women",
                  "Affected persons:", "- women", ""}}),
        },
        "UPR of Kyrgyzstan - Second Cycle Thematic list of recommendations"));
    EXPECT_EQ(document.state_under_review, "KGZ");
    EXPECT_EQ(document.cycle, 2);
    EXPECT_EQ(document.session, std::nullopt);
    ASSERT_EQ(document.recommendations.size(), 1u);
    const auto& recommendation = document.recommendations[0];
    EXPECT_EQ(recommendation.paragraph, "130.2");
    EXPECT_EQ(recommendation.text, "Guarantee free maternal care in public hospitals");
    EXPECT_EQ(recommendation.recommending_states, (Strings{"CHL", "PER"}));
    EXPECT_EQ(recommendation.position, "partially_supported");
    EXPECT_EQ(recommendation.position_source, "A/HRC/51/3/Add.1");
    EXPECT_EQ(recommendation.themes,
              (Strings{"24. Right to health", "29.1. Discrimination against women"}));
    EXPECT_EQ(recommendation.affected_persons, (Strings{"women"}));
    EXPECT_EQ(recommendation.section_theme, "24. Right to health");
}

TEST(OhchrMatrix, LeavesCommentsOutOfTheText) {
    auto document = parse_ok(matrix({
        kRightsHeader,
        row({{"130.4. Withdraw the reservations to the Convention (Latvia);",
              "Comments: answered in a later letter", "", "Source of position: A/HRC/51/3/Add.1"},
             {"Latvia"},
             {"Supported"},
             {"2.2. Reservations"}}),
    }));
    ASSERT_EQ(document.recommendations.size(), 1u);
    EXPECT_EQ(document.recommendations[0].text, "Withdraw the reservations to the Convention");
    EXPECT_EQ(document.recommendations[0].position_source, "A/HRC/51/3/Add.1");
}

TEST(OhchrMatrix, ReadsThemeHeadingsWrittenAsParagraphsAndTablesSplitAcrossPages) {
    DocxTable first;
    first.rows = {kThemesHeader, themes_row("112.1 Ratify the Convention (Kenya);", "Supported",
                                            {"A12 Acceptance of international norms"})};
    DocxTable second;
    second.rows = {themes_row("112.2 Publish the report (Ghana);", "Noted", {"A27 Follow-up"})};
    auto document = parse_ok({title("UPR of Kyrgyzstan (3rd Cycle - 35th session)"),
                              DocxParagraph{"Theme: A12 Acceptance of international norms", ""},
                              first, DocxParagraph{"Theme: A27 Follow-up", "Heading2"}, second});
    ASSERT_EQ(document.recommendations.size(), 2u);
    EXPECT_EQ(document.recommendations[0].section_theme, "A12 Acceptance of international norms");
    EXPECT_EQ(document.recommendations[1].section_theme, "A27 Follow-up");
    EXPECT_EQ(document.recommendations[1].position, "noted");
}

TEST(OhchrMatrix, ReadsATitleWhoseStateNameHasParentheses) {
    auto document = parse_ok(
        matrix({kThemesHeader, themes_row("97.1 Ratify the Convention (Kenya);", "Supported", {})},
               "UPR of Iran (Islamic Republic of) (4th Cycle \u2013 48th session)"));
    EXPECT_EQ(document.state_under_review, "IRN");
    EXPECT_EQ(document.cycle, 4);
    EXPECT_EQ(document.session, 48);
}

TEST(OhchrMatrix, RefusesALayoutItDoesNotKnow) {
    EXPECT_EQ(parse_error(matrix({row({{"Recommendation"}, {"Remarks"}}),
                                  row({{"1.1 Do it (Chile);"}, {"Fine"}})})),
              "matrix.docx: not an OHCHR matrix layout rightstrack knows: the table header is "
              "'Recommendation | Remarks'");
    EXPECT_EQ(parse_error(matrix({row({{"Name"}, {"Age"}})})),
              "matrix.docx: not an OHCHR matrix layout rightstrack knows: the first table row is "
              "'Name | Age'");
    EXPECT_EQ(parse_error({title("UPR of Kyrgyzstan"), DocxParagraph{"Just text", ""}}),
              "matrix.docx: not an OHCHR matrix layout rightstrack knows: the document has no "
              "table");
}

TEST(OhchrMatrix, RefusesAnUnknownRecommendingStateNamingIt) {
    EXPECT_EQ(parse_error(matrix({kThemesHeader, heading("Theme: A1 Scope"),
                                  themes_row("112.3 Do it (Narnia);", "Supported", {"A1"})})),
              "matrix.docx: table 1, row 3: paragraph 112.3: unknown recommending State "
              "'Narnia'");
    EXPECT_EQ(parse_error(matrix(
                  {kThemesHeader, themes_row("112.4 Do it (Chile, Atlantis);", "Noted", {"A1"})})),
              "matrix.docx: table 1, row 2: paragraph 112.4: unknown recommending State "
              "'Atlantis'");
    EXPECT_EQ(
        parse_error(matrix(
            {kRightsHeader, row({{"130.1. Do it (Chile);"}, {"Lilliput"}, {"Noted"}, {""}})})),
        "matrix.docx: table 1, row 2: paragraph 130.1: unknown recommending State "
        "'Lilliput'");
}

TEST(OhchrMatrix, RefusesARecommendationWithoutStatesOrWithAnUnknownPosition) {
    EXPECT_EQ(parse_error(matrix(
                  {kThemesHeader, themes_row("112.5 Do it without anyone asking;", "Noted", {})})),
              "matrix.docx: table 1, row 2: paragraph 112.5: the recommendation names no "
              "recommending State");
    EXPECT_EQ(
        parse_error(matrix({kThemesHeader, themes_row("112.6 Do it (Chile);", "Perhaps", {})})),
        "matrix.docx: table 1, row 2: paragraph 112.6: unknown position 'Perhaps'");
}

TEST(OhchrMatrix, RefusesAMatrixWithoutATitleNamingAKnownState) {
    std::vector<DocxRow> rows = {kThemesHeader,
                                 themes_row("112.1 Do it (Chile);", "Supported", {"A1"})};
    EXPECT_EQ(parse_error(matrix(rows, "Thematic list of recommendations")),
              "matrix.docx: does not name the State under review (expected a title such as 'UPR "
              "of China (3rd Cycle \u2013 31st session)')");
    EXPECT_EQ(parse_error(matrix(rows, "UPR of Ruritania (3rd Cycle \u2013 35th session)")),
              "matrix.docx: names 'Ruritania' as the State under review, which is not a State "
              "rightstrack knows");
    EXPECT_EQ(parse_error(matrix({kThemesHeader, heading("Theme: A1 Scope")})),
              "matrix.docx: has the table header of an OHCHR matrix but no recommendations");
}

}  // namespace
}  // namespace rightstrack::ingest
