// The UPR Working Group report parser on paragraphs of our own in the layouts of every cycle:
// sections whose opening sentence gives the response, numbered items, compound items, the
// phrasings of early reports, and refusals.
#include <gtest/gtest.h>

#include "ingest/WgReport.h"

namespace rightstrack::ingest {
namespace {

using Codes = std::vector<std::string>;

DocumentIdentity kyrgyz_report() {
    DocumentIdentity identity;
    identity.symbol = "A/HRC/15/2";
    identity.mechanism = "UPR";
    identity.kind = "upr_wg_report";
    identity.state = "KGZ";
    identity.session = 8;
    identity.language = "en";
    return identity;
}

std::vector<Paragraph> paragraphs(std::initializer_list<const char*> texts) {
    std::vector<Paragraph> out;
    int page = 10;
    for (const char* text : texts) out.push_back({text, page++});
    return out;
}

model::ImportBatch parse(std::initializer_list<const char*> texts) {
    auto batch = parse_wg_report(paragraphs(texts), kyrgyz_report(), "report.pdf");
    EXPECT_TRUE(batch.ok()) << batch.error().describe();
    return batch.ok() ? batch.release_value() : model::ImportBatch{};
}

TEST(WgReport, ReadsARussianReport) {
    auto identity = kyrgyz_report();
    identity.language = "ru";
    // Our own text in the layout of the Russian edition: "Conclusions and/or recommendations",
    // sections that enjoy support, will be examined, were noted; States in Russian.
    auto batch = parse_wg_report(
        paragraphs({
            "II. Выводы и/или рекомендации",
            "76. Сформулированные в ходе интерактивного диалога и перечисленные ниже "
            "рекомендации были рассмотрены Кыргызстаном и пользуются его поддержкой:",
            "76.1. Принять закон о национальном превентивном механизме (Норвегия);",
            "76.2. Обеспечить независимость судебной власти (Испания, Чили);",
            "77. Следующие рекомендации будут рассмотрены Кыргызстаном, который представит "
            "ответы в надлежащее время:",
            "77.1. Ратифицировать Римский статут (Латвия);",
            "78. Следующие рекомендации были приняты Кыргызстаном к сведению:",
            "78.1. Отменить смертную казнь (Франция).",
            "79. Все выводы и/или рекомендации, содержащиеся в настоящем докладе, отражают "
            "позицию представивших их государств и/или государства, являющегося объектом "
            "обзора.",
        }),
        identity, "report-ru.txt");
    ASSERT_TRUE(batch.ok()) << batch.error().describe();
    const auto& r = batch->recommendations;
    ASSERT_EQ(r.size(), 4u);
    EXPECT_EQ(r[0].text, "Принять закон о национальном превентивном механизме");
    EXPECT_EQ(r[0].recommending_states, (Codes{"NOR"}));
    EXPECT_EQ(r[0].response, model::Response::Supported);
    EXPECT_EQ(r[0].language, "ru");
    EXPECT_EQ(r[1].recommending_states, (Codes{"ESP", "CHL"}));
    EXPECT_EQ(r[2].paragraph, "77.1");
    EXPECT_EQ(r[2].response, model::Response::Pending);
    EXPECT_EQ(r[3].recommending_states, (Codes{"FRA"}));
    EXPECT_EQ(r[3].response, model::Response::Noted);
}

TEST(WgReport, ReadsFrenchAndSpanishReports) {
    auto identity = kyrgyz_report();
    identity.language = "fr";
    auto french = parse_wg_report(
        paragraphs({
            "II. Conclusions et/ou recommandations",
            "76. Les recommandations formulées au cours du dialogue et énumérées ci-après ont "
            "été examinées par le Kirghizistan et ont recueilli son appui:",
            "76.1. Ratifier le Protocole facultatif (Espagne, Chili);",
            "77. Les recommandations ci-après seront examinées par le Kirghizistan, qui y "
            "répondra en temps voulu:",
            "77.1. Abolir la peine de mort (France).",
            "78. Toutes les conclusions et/ou recommandations figurant dans le présent rapport "
            "reflètent la position de l’État ou des États qui les ont présentées.",
        }),
        identity, "rapport.txt");
    ASSERT_TRUE(french.ok()) << french.error().describe();
    ASSERT_EQ(french->recommendations.size(), 2u);
    EXPECT_EQ(french->recommendations[0].recommending_states, (Codes{"ESP", "CHL"}));
    EXPECT_EQ(french->recommendations[0].response, model::Response::Supported);
    EXPECT_EQ(french->recommendations[1].response, model::Response::Pending);

    identity.language = "es";
    auto spanish = parse_wg_report(
        paragraphs({
            "II. Conclusiones y/o recomendaciones",
            "76. Las recomendaciones que figuran a continuación no contaron con el apoyo de "
            "Kirguistán:",
            "76.1. Abolir la pena de muerte (Alemania, Países Bajos).",
            "77. Todas las conclusiones y/o recomendaciones que figuran en el presente informe "
            "reflejan la posición del Estado o de los Estados que las presentaron.",
        }),
        identity, "informe.txt");
    ASSERT_TRUE(spanish.ok()) << spanish.error().describe();
    ASSERT_EQ(spanish->recommendations.size(), 1u);
    EXPECT_EQ(spanish->recommendations[0].recommending_states, (Codes{"DEU", "NLD"}));
    EXPECT_EQ(spanish->recommendations[0].response, model::Response::Noted);
}

TEST(WgReport, ReadsSectionsWithTheirResponsesAndItems) {
    auto batch = parse({
        "II. Conclusions and/or recommendations",
        "76. The recommendations formulated during the interactive dialogue and listed below "
        "have been examined by Kyrgyzstan and enjoy its support:",
        "76.1. Adopt a law on the national preventive mechanism (Norway);",
        "76.2. Guarantee the independence of the judiciary (Spain, Chile);",
        "77. The following recommendations will be examined by Kyrgyzstan, which will provide "
        "responses in due time:",
        "77.1. Ratify the Rome Statute (Latvia);",
        "78. The recommendations below did not enjoy the support of Kyrgyzstan:",
        "78.1. Abolish the death penalty (France).",
        "79. All conclusions and/or recommendations contained in the present report reflect the "
        "position of the submitting State(s) and/or the State under review thereon.",
    });
    ASSERT_EQ(batch.recommendations.size(), 4u);
    const auto& r = batch.recommendations;
    EXPECT_EQ(r[0].paragraph, "76.1");
    EXPECT_EQ(r[0].text, "Adopt a law on the national preventive mechanism");
    EXPECT_EQ(r[0].recommending_states, (Codes{"NOR"}));
    EXPECT_EQ(r[0].response, model::Response::Supported);
    EXPECT_EQ(r[0].response_source, "A/HRC/15/2");
    EXPECT_EQ(r[0].provenance.page, 12);
    EXPECT_EQ(r[1].recommending_states, (Codes{"ESP", "CHL"}));
    EXPECT_EQ(r[2].response, model::Response::Pending);
    EXPECT_EQ(r[3].paragraph, "78.1");
    EXPECT_EQ(r[3].response, model::Response::Noted);
    ASSERT_EQ(batch.documents.size(), 1u);
    EXPECT_EQ(batch.documents[0].symbol, "A/HRC/15/2");
    EXPECT_EQ(batch.documents[0].state, "KGZ");
    EXPECT_EQ(batch.documents[0].cycle, 1);
}

TEST(WgReport, WhatTheLayoutLeavesAfterAnItemsStatesIsNoRecommendation) {
    auto batch = parse({
        "II. Conclusions and/or recommendations",
        "76. The recommendations formulated during the interactive dialogue and listed below "
        "have been examined by Kyrgyzstan and enjoy its support:",
        "76.1. Adopt a law on the national preventive mechanism (Norway); and",
        "76.2. Guarantee the independence of the judiciary (Spain);",
        "76.3. Ratify the Rome Statute (Latvia).",
    });
    std::vector<std::string> texts;
    for (const auto& r : batch.recommendations) texts.push_back(r.text);
    EXPECT_EQ(texts, (std::vector<std::string>{"Adopt a law on the national preventive mechanism",
                                               "Guarantee the independence of the judiciary",
                                               "Ratify the Rome Statute"}));
}

TEST(WgReport, JoinsAnItemNumberStandingAloneAndAnItemCutByAPage) {
    auto batch = parse({
        "II. Conclusions and/or recommendations",
        "76. The following recommendations enjoy the support of Kyrgyzstan:",
        "76.1.",
        "Ratify the Convention on the Rights of Persons with Disabilities (Ireland);",
        "76.2. Strengthen the protection of women against bride kidnapping and",
        "prosecute those responsible (Sweden);",
    });
    ASSERT_EQ(batch.recommendations.size(), 2u);
    EXPECT_EQ(batch.recommendations[0].text,
              "Ratify the Convention on the Rights of Persons with Disabilities");
    EXPECT_EQ(batch.recommendations[1].text,
              "Strengthen the protection of women against bride kidnapping and prosecute those "
              "responsible");
}

TEST(WgReport, EarlyReportsNumberItemsFromOneAndPhraseThemAsClauses) {
    auto batch = parse({
        "II. CONCLUSIONS AND/OR RECOMMENDATIONS",
        "69. In the course of the discussion, it was recommended that Kyrgyzstan:",
        "1. To ratify the Optional Protocol (Chile).",
        "2. That Kyrgyzstan take measures against torture (Italy); recommends the "
        "continuation of the moratorium on the death penalty (Italy).",
        "3. Work for an ombudsman (Pakistan); establish a national human rights institution "
        "(Brazil).",
        "70. All conclusions and/or recommendations contained in this report reflect the "
        "position of the submitting States.",
    });
    const auto& r = batch.recommendations;
    ASSERT_EQ(r.size(), 5u);
    EXPECT_EQ(r[0].paragraph, "69.1");
    EXPECT_EQ(r[0].text, "Ratify the Optional Protocol");
    EXPECT_EQ(r[1].text, "Take measures against torture");
    EXPECT_EQ(r[2].text, "The continuation of the moratorium on the death penalty");
    EXPECT_EQ(r[2].recommending_states, (Codes{"ITA"}));
    EXPECT_EQ(r[3].text, "Work for an ombudsman");
    EXPECT_EQ(r[4].text, "Establish a national human rights institution");
    EXPECT_EQ(r[4].recommending_states, (Codes{"BRA"}));
    EXPECT_EQ(r[4].paragraph, "69.3");
}

TEST(WgReport, FindsTheFirstItemWhenTheLayoutLeftItInTheOpeningSentence) {
    auto batch = parse({
        "II. Conclusions and/or recommendations",
        "111. The recommendations listed below will be examined by Kyrgyzstan. 1. To ratify the "
        "Convention on Migrant Workers (Algeria);",
        "2. To ratify the Optional Protocol (Spain);",
    });
    ASSERT_EQ(batch.recommendations.size(), 2u);
    EXPECT_EQ(batch.recommendations[0].paragraph, "111.1");
    EXPECT_EQ(batch.recommendations[0].recommending_states, (Codes{"DZA"}));
}

TEST(WgReport, RecommendationsCitedByParagraphAreTakenFromTheDialogue) {
    auto batch = parse({
        "B. Interactive dialogue",
        "40. Spain welcomed the report. It recommended that Kyrgyzstan (a) ratify the "
        "Convention; and (b) abolish the death penalty.",
        "41. Chile recommended that Kyrgyzstan invite the Special Rapporteur.",
        "II. Conclusions and/or recommendations",
        "60. The recommendations formulated during the interactive dialogue have been examined by "
        "Kyrgyzstan and the recommendations listed below enjoy its support:",
        "1. Adopt a law (Peru).",
        "61. The recommendations noted in the report in paragraphs 40 (b) and 41 above did not "
        "enjoy the support of Kyrgyzstan.",
        "62. Kyrgyzstan takes note of the recommendations in paragraph 40 (a) and offers the "
        "following comments:",
        "62.1. With regard to the recommendation in paragraph 40 (a) (Spain), Kyrgyzstan "
        "explained that the Convention is before its Parliament.",
        "63. All conclusions and/or recommendations contained in the present report reflect the "
        "position of the submitting State(s) and/or the State under review thereon.",
    });
    ASSERT_EQ(batch.recommendations.size(), 4u);
    const auto& r = batch.recommendations;
    EXPECT_EQ(r[0].response, model::Response::Supported);
    EXPECT_EQ(r[3].paragraph, "40 (a)");
    EXPECT_EQ(r[3].response, model::Response::Noted);
    EXPECT_EQ(r[1].paragraph, "40 (b)");
    EXPECT_EQ(r[1].text, "Abolish the death penalty");
    EXPECT_EQ(r[1].recommending_states, (Codes{"ESP"}));
    EXPECT_EQ(r[1].response, model::Response::Noted);
    EXPECT_EQ(r[2].text, "Invite the Special Rapporteur");
    EXPECT_EQ(r[2].recommending_states, (Codes{"CHL"}));
}

TEST(WgReport, CommentsOnRecommendationsCitedByParagraphGiveThoseRecommendations) {
    auto batch = parse({
        "B. Interactive dialogue",
        "40. Spain welcomed the report. It recommended that Kyrgyzstan (a) ratify the "
        "Convention; and (b) abolish the death penalty.",
        "41. Chile recommended that Kyrgyzstan invite the Special Rapporteur.",
        "II. Conclusions and/or recommendations",
        "60. The recommendations listed below enjoy the support of Kyrgyzstan:",
        "1. Adopt a law (Peru).",
        "61. Kyrgyzstan takes note of the recommendations listed below, and offers the "
        "following comments:",
        "1. Regarding the recommendation to abolish the death penalty (Spain), included in "
        "paragraph 40 (b), Kyrgyzstan stated that a moratorium is in force;",
        "2. With regard to recommendations on visits, as included in paragraphs numbers 41 "
        "(Chile), Kyrgyzstan indicated that it answers every request.",
        "62. All conclusions and/or recommendations contained in the present report reflect the "
        "position of the submitting State(s) and/or the State under review thereon.",
    });
    std::vector<std::string> found;
    for (const auto& r : batch.recommendations)
        found.push_back(r.paragraph + " " + r.text + " " + r.recommending_states.at(0));
    EXPECT_EQ(found, (std::vector<std::string>{"60.1 Adopt a law PER",
                                               "40 (b) Abolish the death penalty ESP",
                                               "41 Invite the Special Rapporteur CHL"}));
    EXPECT_EQ(batch.recommendations.at(1).response, model::Response::Noted);
}

TEST(WgReport, TheStatesCommentAfterAnItemIsNotPartOfIt) {
    auto batch = parse({
        "II. Conclusions and/or recommendations",
        "76. The recommendations below did not enjoy the support of Kyrgyzstan:",
        "76.1. Sign (Chile)/ratify (Peru) the Convention on water;",
        "Kyrgyzstan is not in a position to accept the recommendation above, since its law",
        "already gives the same rights.",
        "76.2. Abolish the death penalty (France, Spain",
        "Kyrgyzstan and Chile)",
        "77. All conclusions and/or recommendations contained in the present report reflect the "
        "position of the submitting State(s) and/or the State under review thereon.",
    });
    ASSERT_EQ(batch.recommendations.size(), 3u);
    EXPECT_EQ(batch.recommendations[0].text, "Sign the Convention on water");
    EXPECT_EQ(batch.recommendations[1].text, "Ratify the Convention on water");
    // A paragraph that goes on with an item's unfinished sentence is still the item's.
    EXPECT_EQ(batch.recommendations[2].recommending_states, (Codes{"FRA", "ESP", "KGZ", "CHL"}));
}

TEST(WgReport, TheStatesReplyAfterAColonIsNotPartOfTheItem) {
    auto batch = parse({
        "II. Conclusions and/or recommendations",
        "76. The recommendations below did not enjoy the support of Kyrgyzstan, which offers the "
        "following comments:",
        "76.1. Repeal the law on meetings (Chile): Kyrgyzstan does not accept this "
        "recommendation, since the law was adopted by referendum:",
        "the Constitution gives it force.",
        "76.2. Give effect to the opinions of the Committee (Peru): This is not acceptable, as "
        "the opinions bind no State;",
        "77. All conclusions and/or recommendations contained in the present report reflect the "
        "position of the submitting State(s) and/or the State under review thereon.",
    });
    ASSERT_EQ(batch.recommendations.size(), 2u);
    EXPECT_EQ(batch.recommendations[0].text, "Repeal the law on meetings");
    EXPECT_EQ(batch.recommendations[0].recommending_states, (Codes{"CHL"}));
    EXPECT_EQ(batch.recommendations[1].text, "Give effect to the opinions of the Committee");
}

TEST(WgReport, ARecommendationCitedTwiceOrAlsoListedIsTakenOnce) {
    auto batch = parse({
        "B. Interactive dialogue",
        "40. Spain recommended that Kyrgyzstan (a) ratify the Convention; and (b) abolish the "
        "death penalty.",
        "41. Chile recommended (a) adopting a law; (b) inviting the Rapporteur.",
        "II. Conclusions and/or recommendations",
        "60. The recommendations listed below enjoy the support of Kyrgyzstan. Kyrgyzstan has "
        "submitted its views on the recommendations noted in paragraphs 41 (a) and (b):",
        "1. Adopt a law (Chile).",
        "61. The recommendations noted in the report in paragraphs 40 (a) and (b) above did not "
        "enjoy the support of Kyrgyzstan.",
        "62. Kyrgyzstan takes note of the recommendations in paragraph 40 (b) and offers the "
        "following comments:",
        "62.1. Kyrgyzstan considers the recommendation in paragraph 40 (b) premature.",
        "63. All conclusions and/or recommendations contained in the present report reflect the "
        "position of the submitting State(s) and/or the State under review thereon.",
    });
    std::vector<std::string> found;
    for (const auto& r : batch.recommendations) found.push_back(r.paragraph + " " + r.text);
    EXPECT_EQ(found, (std::vector<std::string>{"41 (b) Invite the Rapporteur", "60.1 Adopt a law",
                                               "40 (a) Ratify the Convention",
                                               "40 (b) Abolish the death penalty"}));
}

TEST(WgReport, AnOpeningSentenceTheLayoutCutIsReadWhole) {
    auto batch = parse({
        "B. Interactive dialogue",
        "40. Spain recommended that Kyrgyzstan (a) ratify the Convention; (b) adopt a law; and "
        "(c) abolish the death penalty.",
        "II. Conclusions and/or recommendations",
        "60. The recommendations formulated during the interactive dialogue have been examined by "
        "Kyrgyzstan and the recommendations listed below enjoy its support:",
        "1. Invite the Special Rapporteur (Peru).",
        "61. Other recommendations noted in the report in paragraphs 40 (a),",
        "(c) above cannot be accepted by Kyrgyzstan and did not enjoy its support.",
        "62. All conclusions and/or recommendations contained in the present report reflect the "
        "position of the submitting State(s) and/or the State under review thereon.",
    });
    ASSERT_EQ(batch.recommendations.size(), 3u);
    EXPECT_EQ(batch.recommendations[1].text, "Ratify the Convention");
    EXPECT_EQ(batch.recommendations[2].text, "Abolish the death penalty");
    EXPECT_EQ(batch.recommendations[2].response, model::Response::Noted);
}

TEST(WgReport, AnItemNumberPrintedWithoutItsPointOrSpaceStillCounts) {
    auto batch = parse({
        "II. Conclusions and/or recommendations",
        "86. In the course of the interactive dialogue the following recommendations were made:",
        "1. Adopt a law (Peru);",
        "2 Ratify the Convention (Chile);",  // The layout lost the point.
        "3. Invite the Special Rapporteur (Spain).",
        "87. The following recommendations enjoy the support of Kyrgyzstan:",
        "87.1.Abolish the death penalty (France);",
        "88. All conclusions and/or recommendations contained in the present report reflect the "
        "position of the submitting State(s) and/or the State under review thereon.",
    });
    ASSERT_EQ(batch.recommendations.size(), 4u);
    const auto& r = batch.recommendations;
    EXPECT_EQ(r[1].paragraph, "86.2");
    EXPECT_EQ(r[1].text, "Ratify the Convention");
    EXPECT_EQ(r[2].paragraph, "86.3");
    EXPECT_EQ(r[2].recommending_states, (Codes{"ESP"}));
    EXPECT_EQ(r[3].paragraph, "87.1");
    EXPECT_EQ(r[3].text, "Abolish the death penalty");
}

TEST(WgReport, ItemsNumberedPastTheirSectionKeepCountingWhenAPointIsLost) {
    auto batch = parse({
        "II. Conclusions and/or recommendations",
        "3. The following recommendations enjoy the support of Kyrgyzstan:",
        "1. Adopt a law (Peru);",
        "2. Ratify the Convention (Chile);",
        "3. Invite the Special Rapporteur (Spain);",
        "4 Review the penal code (Italy);",  // Next number, no point.
        "6. Train the police (Brazil).",     // Item 5 lost its number to the layout.
        "4. All conclusions and/or recommendations contained in the present report reflect the "
        "position of the submitting State(s) and/or the State under review thereon.",
    });
    const auto& r = batch.recommendations;
    ASSERT_EQ(r.size(), 5u);
    EXPECT_EQ(r[3].paragraph, "3.4");
    EXPECT_EQ(r[3].recommending_states, (Codes{"ITA"}));
    EXPECT_EQ(r[4].paragraph, "3.6");
    EXPECT_EQ(r[4].text, "Train the police");
    // A line of an item that starts with a number other than the next one is the item's text.
    auto figures = parse({
        "II. Conclusions and/or recommendations",
        "3. The following recommendations enjoy the support of Kyrgyzstan:",
        "1. Adopt the plan of the",
        "2030 Agenda (Peru).",
        "4. All conclusions and/or recommendations contained in the present report reflect the "
        "position of the submitting State(s) and/or the State under review thereon.",
    });
    ASSERT_EQ(figures.recommendations.size(), 1u);
    EXPECT_EQ(figures.recommendations[0].text, "Adopt the plan of the 2030 Agenda");
}

TEST(WgReport, AnItemRunIntoTheOneBeforeOrMisnumberedIsStillItsOwn) {
    auto batch = parse({
        "II. Conclusions and/or recommendations",
        "90. The following recommendations enjoy the support of Kyrgyzstan:",
        "90.1. Adopt a law on the ombudsman (Peru);",
        // The layout missed the line break before 90.3, which also lost its space.
        "90.2. Ratify the Convention (Chile); 90.3.Invite the Special Rapporteur (Spain);",
        "89.4. Train the police (Brazil);",  // The section's number misprinted.
        "90.5. Review the penal code (Italy).",
        "91. All conclusions and/or recommendations contained in the present report reflect the "
        "position of the submitting State(s) and/or the State under review thereon.",
    });
    const auto& r = batch.recommendations;
    ASSERT_EQ(r.size(), 5u);
    EXPECT_EQ(r[1].text, "Ratify the Convention");
    EXPECT_EQ(r[2].paragraph, "90.3");
    EXPECT_EQ(r[2].text, "Invite the Special Rapporteur");
    EXPECT_EQ(r[2].recommending_states, (Codes{"ESP"}));
    EXPECT_EQ(r[3].paragraph, "90.4");
    EXPECT_EQ(r[3].text, "Train the police");
    EXPECT_EQ(r[4].paragraph, "90.5");
    // A number in the text that is not a later item of the section stays in it.
    auto cited = parse({
        "II. Conclusions and/or recommendations",
        "90. The following recommendations enjoy the support of Kyrgyzstan:",
        "90.1. Adopt a law (Peru);",
        "90.2. Fund it as in 90.1. Report on it (Chile).",
        "91. All conclusions and/or recommendations contained in the present report reflect the "
        "position of the submitting State(s) and/or the State under review thereon.",
    });
    ASSERT_EQ(cited.recommendations.size(), 2u);
    EXPECT_EQ(cited.recommendations[1].text, "Fund it as in 90.1. Report on it");
}

TEST(WgReport, FootnoteMarksBeforeTheStatesGo) {
    auto text = paragraphs({
        "II. Conclusions and/or recommendations",
        "90. The following recommendations enjoy the support of Kyrgyzstan:",
        "90.1. Protect the rights of women 2 (Peru);",
        "90.2. Withdraw the draft Media Bill 20103 (Chile);",
        "90.3. Ratify ILO Convention No. 3 (Spain);",
        "90.4. Protect children under 2 (Italy).",
        "91. All conclusions and/or recommendations contained in the present report reflect the "
        "position of the submitting State(s) and/or the State under review thereon.",
        "2 The recommendation as read in the dialogue was longer.",
        "3 As read in the dialogue: the Bill.",
    });
    text[text.size() - 1].footnote = text[text.size() - 2].footnote = true;
    auto batch = parse_wg_report(text, kyrgyz_report(), "report.pdf");
    ASSERT_TRUE(batch.ok()) << batch.error().describe();
    const auto& r = batch->recommendations;
    ASSERT_EQ(r.size(), 4u);
    EXPECT_EQ(r[0].text, "Protect the rights of women");
    EXPECT_EQ(r[1].text, "Withdraw the draft Media Bill 2010");
    EXPECT_EQ(r[2].text, "Ratify ILO Convention No. 3");  // A number, not a mark.
    EXPECT_EQ(r[3].text, "Protect children under 2");
}

TEST(WgReport, IdsAreStableAndDifferByParagraph) {
    auto first = parse({"II. Conclusions and/or recommendations",
                        "76. The following recommendations enjoy the support of Kyrgyzstan:",
                        "76.1. Ratify it (Chile);", "76.2. Ratify it (Chile);"});
    auto again = parse({"II. Conclusions and/or recommendations",
                        "76. The following recommendations enjoy the support of Kyrgyzstan:",
                        "76.1. Ratify it (Chile);", "76.2. Ratify it (Chile);"});
    ASSERT_EQ(first.recommendations.size(), 2u);
    EXPECT_EQ(first.recommendations[0].id, again.recommendations[0].id);
    EXPECT_NE(first.recommendations[0].id, first.recommendations[1].id);
}

TEST(WgReport, TheSameTextTwiceInOneItemGetsTwoIds) {
    auto batch = parse({"II. Conclusions and/or recommendations",
                        "76. The following recommendations enjoy the support of Kyrgyzstan:",
                        "76.1. Ratify it (Chile); ratify it (Peru);"});
    ASSERT_EQ(batch.recommendations.size(), 2u);
    EXPECT_NE(batch.recommendations[0].id, batch.recommendations[1].id);
}

TEST(WgReport, RefusesAReportWithoutTheSectionOrWithoutItems) {
    auto none = parse_wg_report(paragraphs({"I. Summary", "1. The Working Group met."}),
                                kyrgyz_report(), "report.pdf");
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().where(), "report.pdf");
    EXPECT_NE(none.error().message().find("Conclusions"), std::string::npos);
    auto empty = parse_wg_report(
        paragraphs({"II. Conclusions and/or recommendations", "76. Nothing was recommended."}),
        kyrgyz_report(), "report.pdf");
    ASSERT_FALSE(empty.ok());
    EXPECT_NE(empty.error().message().find("no recommendations"), std::string::npos);
}

}  // namespace
}  // namespace rightstrack::ingest
