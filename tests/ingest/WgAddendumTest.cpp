// The addendum parser on paragraphs of our own in the layouts addenda use: position sentences
// with lists, headings over bare lists, paragraphs led by their numbers, table rows; and
// refusals.
#include <gtest/gtest.h>

#include <map>

#include "ingest/WgAddendum.h"
#include "ingest/WgAddendumPhrasing.h"

namespace rightstrack::ingest {
namespace {

using model::Response;

DocumentIdentity kyrgyz_addendum() {
    DocumentIdentity identity;
    identity.symbol = "A/HRC/44/9/Add.1";
    identity.mechanism = "UPR";
    identity.kind = "upr_wg_addendum";
    identity.state = "KGZ";
    identity.language = "en";
    identity.date = "2020-06-30";
    return identity;
}

std::vector<Paragraph> paragraphs(std::initializer_list<const char*> texts) {
    std::vector<Paragraph> out;
    int page = 2;
    for (const char* text : texts) out.push_back({text, page++});
    return out;
}

// Positions by paragraph.
std::map<std::string, Response> positions(std::initializer_list<const char*> texts) {
    auto batch = parse_wg_addendum(paragraphs(texts), kyrgyz_addendum(), "add1.pdf");
    EXPECT_TRUE(batch.ok()) << batch.error().describe();
    std::map<std::string, Response> out;
    if (!batch.ok())
        return out;
    for (const auto& statement : batch->responses) {
        EXPECT_EQ(statement.report, "A/HRC/44/9");
        EXPECT_EQ(statement.source, "A/HRC/44/9/Add.1");
        out[statement.paragraph] = statement.response;
    }
    return out;
}

TEST(WgAddendum, ReadsPositionSentencesWithTheirLists) {
    auto p = positions({
        "1. Kyrgyzstan received 120 recommendations on 20 January 2020, of which 80 were "
        "supported at once.",
        "2. The Government supports recommendations 114.1\u2013114.3 and 114.7. It notes "
        "recommendations 114.4-5; Kyrgyzstan partially supports recommendation 114.6.",
    });
    EXPECT_EQ(p, (std::map<std::string, Response>{{"114.1", Response::Supported},
                                                  {"114.2", Response::Supported},
                                                  {"114.3", Response::Supported},
                                                  {"114.4", Response::Noted},
                                                  {"114.5", Response::Noted},
                                                  {"114.6", Response::PartiallySupported},
                                                  {"114.7", Response::Supported}}));
}

TEST(WgAddendum, ReadsHeadingsOverBareListsAndCommentaryWithoutPositions) {
    auto p = positions({
        "I. Supported recommendations",
        "114.1, 114.2",
        "114.1 The law on the Ombudsman was adopted in 2019. We consider this recommendation "
        "implemented.",
        "II. Noted recommendations",
        "The following recommendations are noted:",
        "114.3\u2013114.4",
        "Rec. 114.5 Kyrgyzstan does not accept this recommendation, as the Constitution "
        "forbids it.",
    });
    EXPECT_EQ(p, (std::map<std::string, Response>{{"114.1", Response::Supported},
                                                  {"114.2", Response::Supported},
                                                  {"114.3", Response::Noted},
                                                  {"114.4", Response::Noted},
                                                  {"114.5", Response::Noted}}));
}

TEST(WgAddendum, ReadsTableRowsWithAPositionCell) {
    auto p = positions({
        "Recommendation Position Comments",
        "114.1 Ratify the Optional Protocol to the Convention against Torture (Denmark) "
        "Supported",
        "114.2 Support the work of the national preventive mechanism (Chile) Noted",
        "114.3 Repeal the law on foreign agents (Norway) Partially supported",
        "114.4 Adopt a law on the Ombudsman (Chile) Supported The law was adopted in 2021.",
    });
    EXPECT_EQ(p, (std::map<std::string, Response>{{"114.1", Response::Supported},
                                                  {"114.2", Response::Noted},
                                                  {"114.3", Response::PartiallySupported},
                                                  {"114.4", Response::Supported}}));
}

TEST(WgAddendum, AListOutweighsCommentaryAndPartialSupportOutweighsTheRest) {
    auto p = positions({
        "3. Kyrgyzstan accepts recommendations 1\u20133.",
        "Rec. 2 Kyrgyzstan notes this recommendation in its present wording.",
        "4. Kyrgyzstan supports in part recommendation 3.",
    });
    EXPECT_EQ(p, (std::map<std::string, Response>{{"1", Response::Supported},
                                                  {"2", Response::Supported},
                                                  {"3", Response::PartiallySupported}}));
}

TEST(WgAddendum, GivesTheAddendumAsADocumentOfItsOwn) {
    auto batch = parse_wg_addendum(paragraphs({"The Government supports recommendation 114.1."}),
                                   kyrgyz_addendum(), "add1.pdf");
    ASSERT_TRUE(batch.ok()) << batch.error().describe();
    ASSERT_EQ(batch->documents.size(), 1u);
    EXPECT_EQ(batch->documents[0].symbol, "A/HRC/44/9/Add.1");
    EXPECT_EQ(batch->documents[0].state, "KGZ");
    EXPECT_EQ(batch->documents[0].date, "2020-06-30");
    EXPECT_TRUE(batch->recommendations.empty());
    ASSERT_EQ(batch->responses.size(), 1u);
    EXPECT_EQ(batch->responses[0].page, 2);
}

TEST(WgAddendum, RefusesAnAddendumWithoutPositions) {
    auto batch = parse_wg_addendum(
        paragraphs({"1. Kyrgyzstan thanks the delegations.", "Rec. 5 This is implemented."}),
        kyrgyz_addendum(), "add1.pdf");
    ASSERT_FALSE(batch.ok());
    EXPECT_NE(batch.error().message().find("no position"), std::string::npos);
    EXPECT_EQ(batch.error().where(), "add1.pdf");
}

TEST(WgAddendum, RefusesASymbolThatIsNoAddendums) {
    auto identity = kyrgyz_addendum();
    identity.symbol = "A/HRC/44/9";
    auto batch =
        parse_wg_addendum(paragraphs({"It supports recommendation 114.1."}), identity, "add1.pdf");
    ASSERT_FALSE(batch.ok());
    EXPECT_NE(batch.error().message().find("A/HRC/44/9"), std::string::npos);
}

TEST(WgAddendum, ReadsPositionsInRussian) {
    auto p = positions({
        "I. \u041f\u043e\u0434\u0434\u0435\u0440\u0436\u0430\u043d\u043d\u044b\u0435 "
        "\u0440\u0435\u043a\u043e\u043c\u0435\u043d\u0434\u0430\u0446\u0438\u0438",
        // "114.1, 114.2" under "Supported recommendations".
        "114.1, 114.2",
        // "Kyrgyzstan takes note of recommendations 114.3-114.4."
        "3. \u041a\u044b\u0440\u0433\u044b\u0437\u0441\u0442\u0430\u043d "
        "\u043f\u0440\u0438\u043d\u0438\u043c\u0430\u0435\u0442 \u043a "
        "\u0441\u0432\u0435\u0434\u0435\u043d\u0438\u044e "
        "\u0440\u0435\u043a\u043e\u043c\u0435\u043d\u0434\u0430\u0446\u0438\u0438 "
        "114.3\u2013114.4.",
        // A table row: "Adopt a law (Chile) Supported".
        "114.5 \u041f\u0440\u0438\u043d\u044f\u0442\u044c \u0437\u0430\u043a\u043e\u043d "
        "(\u0427\u0438\u043b\u0438) "
        "\u041f\u043e\u0434\u0434\u0435\u0440\u0436\u0438\u0432\u0430\u0435\u0442\u0441\u044f",
    });
    EXPECT_EQ(p, (std::map<std::string, Response>{{"114.1", Response::Supported},
                                                  {"114.2", Response::Supported},
                                                  {"114.3", Response::Noted},
                                                  {"114.4", Response::Noted},
                                                  {"114.5", Response::Supported}}));
}

TEST(WgAddendumPhrasing, TellsPositionsFromNotingFacts) {
    EXPECT_EQ(stated_position("Slovenia accepts the following recommendations"),
              Response::Supported);
    EXPECT_EQ(stated_position("For the time being, the Government notes recommendations 6-13"),
              Response::Noted);
    EXPECT_EQ(stated_position("These recommendations are not supported"), Response::Noted);
    EXPECT_EQ(stated_position("recommendations partially accepted"), Response::PartiallySupported);
    EXPECT_EQ(stated_position("Le Gouvernement prend note des recommandations"), Response::Noted);
    EXPECT_EQ(stated_position("El Gobierno acepta las recomendaciones"), Response::Supported);
    EXPECT_EQ(stated_position("The Government notes that the law was adopted"), std::nullopt);
    EXPECT_EQ(stated_position("It should be noted that the Ombudsman reports"), std::nullopt);
    EXPECT_EQ(position_cell("Ratify the Convention (Chile) Supported"), Response::Supported);
    EXPECT_EQ(position_cell("Noted. The Constitution forbids it."), Response::Noted);
    EXPECT_EQ(position_cell("Ratify the Convention (Chile)"), std::nullopt);
    EXPECT_EQ(position_cell("Ratifier la Convention (Chili) Accept\u00e9e"), Response::Supported);
    EXPECT_EQ(position_cell("Ratificar la Convenci\u00f3n (Chile) Rechazada"), Response::Noted);
}

}  // namespace
}  // namespace rightstrack::ingest
