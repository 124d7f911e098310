// The plain-text reader on texts of our own in the UN layout (tests/data/un-text): a UPR Working
// Group report as pdftotext writes it, flush and with -layout, and one in Russian without pages;
// and each rule on a few lines: furniture, paragraph breaks, joining, hyphenation, footnotes.
#include <gtest/gtest.h>

#include "ingest/DocumentIdentity.h"
#include "ingest/PlainTextReader.h"
#include "support/TestSupport.h"

namespace rightstrack::ingest {
namespace {

using rightstrack::testing::read_file;
using rightstrack::testing::test_data;
using Texts = std::vector<std::string>;

struct Expected {
    std::string text;
    int page;
    bool footnote = false;
};

void expect_paragraphs(const std::vector<Paragraph>& actual,
                       const std::vector<Expected>& expected) {
    ASSERT_EQ(actual.size(), expected.size()) << [&] {
        std::string all;
        for (const Paragraph& p : actual) all += "\n[" + std::to_string(p.page) + "] " + p.text;
        return all;
    }();
    for (size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(actual[i].text, expected[i].text) << "paragraph " << i;
        EXPECT_EQ(actual[i].page, expected[i].page) << "paragraph " << i << ": " << actual[i].text;
        EXPECT_EQ(actual[i].footnote, expected[i].footnote) << "paragraph " << i;
    }
}

Texts texts_of(const std::vector<Paragraph>& paragraphs) {
    Texts texts;
    for (const Paragraph& paragraph : paragraphs) texts.push_back(paragraph.text);
    return texts;
}

// The report's paragraphs after its head, the same however the text is laid out.
const std::vector<Expected> kReportBody = {
    {"Distr.: General 4 January 2011", 1},
    {"Original: English", 1},
    {"Human Rights Council Sixteenth session Agenda item 6 Universal periodic review", 1},
    {"Report of the Working Group on the Universal Periodic Review* Mongolia", 1},
    {"I. Summary of the proceedings of the review process", 1},
    {"1. The Working Group on the Universal Periodic Review, established in accordance with "
     "Human Rights Council resolution 5/1, held its ninth session from 1 to 12 November 2010. The "
     "review of Mongolia was held at the 9th meeting, on 5 November 2010.",
     1},
    {"2. The delegation stressed the role of the national human rights institution and of "
     "non-governmental organizations in the follow-up to the review.",
     1},
    {"* The annex to the present report is circulated as received.", 1, true},
    {"3. Several delegations welcomed the co-operation of Mongolia with the special procedures "
     "and its decision-making on the abolition of the death penalty.",
     2},
    {"II. Conclusions and/or recommendations", 2},
    {"76. The recommendations formulated during the interactive dialogue and listed below have "
     "been examined by Mongolia and enjoy its support:",
     2},
    {"76.1. Ratify the Optional Protocol to the Convention against Torture (Denmark, Norway);", 2},
    {"76.2. Strengthen the independence of the national human rights institution in line with "
     "the Paris Principles (France);",
     2},
    {"76.3. Adopt comprehensive legislation against discrimination and ensure its effective "
     "implementation (Canada);",
     3},
    {"77. The following recommendations will be examined by Mongolia, which will provide "
     "responses in due time:1",
     3},
    {"77.1. Consider ratifying the Rome Statute of the International Criminal Court (Latvia);", 3},
    {"78. The recommendations below did not enjoy the support of Mongolia:", 3},
    {"78.1. Abolish the death penalty for all crimes (Sweden).", 3},
    {"79. All conclusions and/or recommendations contained in the present report reflect the "
     "position of the submitting State(s) and/or the State under review thereon.",
     3},
    {"1 See the national report (A/HRC/WG.6/9/MNG/1), paras. 10-12, and the addendum to the "
     "present report.",
     3, true},
};

std::vector<Expected> with_head(std::vector<Expected> head) {
    head.insert(head.end(), kReportBody.begin(), kReportBody.end());
    return head;
}

TEST(PlainTextReader, ReadsAReportAsPdftotextWritesIt) {
    auto paragraphs = read_plain_text(read_file(test_data("un-text/report.txt")));
    expect_paragraphs(paragraphs,
                      with_head({{"United Nations", 1}, {"A/HRC/16/5 General Assembly", 1}}));
}

TEST(PlainTextReader, ReadsTheSameReportLaidOutWithIndents) {
    auto paragraphs = read_plain_text(read_file(test_data("un-text/report-layout.txt")));
    expect_paragraphs(paragraphs,
                      with_head({{"United Nations A/HRC/16/5", 1}, {"General Assembly", 1}}));
}

TEST(PlainTextReader, TheReportIsRecognised) {
    auto identity =
        identify_document(read_plain_text(read_file(test_data("un-text/report-layout.txt"))));
    EXPECT_EQ(identity.symbol, "A/HRC/16/5");
    EXPECT_EQ(identity.kind, "upr_wg_report");
    EXPECT_EQ(identity.state, "MNG");
    EXPECT_EQ(identity.session, 9);
    EXPECT_EQ(identity.date, "2011-01-04");
}

TEST(PlainTextReader, ReadsARussianTextWithoutPages) {
    auto paragraphs = read_plain_text(read_file(test_data("un-text/report-ru.txt")));
    expect_paragraphs(
        paragraphs,
        {{"Организация Объединенных Наций A/HRC/16/5", 0},
         {"Генеральная Ассамблея Distr.: General 4 января 2011 года", 0},
         {"Совет по правам человека Шестнадцатая сессия", 0},
         {"Доклад Рабочей группы по универсальному периодическому обзору* Монголия", 0},
         {"76. Сформулированные в ходе интерактивного диалога и перечисленные ниже рекомендации "
          "были рассмотрены Монголией и пользуются ее поддержкой:",
          0},
         {"76.1. Ратифицировать Факультативный протокол к Конвенции против пыток (Дания, "
          "Норвегия);",
          0},
         {"* Приложение к настоящему докладу распространяется в полученном виде.", 0, true},
         {"76.2. Укрепить независимость национального правозащитного учреждения в соответствии "
          "с Парижскими принципами (Франция);",
          0}});
    auto identity = identify_document(paragraphs);
    EXPECT_EQ(identity.symbol, "A/HRC/16/5");
    EXPECT_EQ(identity.kind, "upr_wg_report");
    EXPECT_EQ(identity.language, "ru");
}

TEST(PlainTextReader, CountsPagesAtFormFeedsAndNoneWithout) {
    EXPECT_EQ(lines_of_text("a\nb").pagination, Pagination::Unknown);
    auto paged = lines_of_text("a\r\nb\fc\rd\f");
    EXPECT_EQ(paged.pagination, Pagination::Known);
    ASSERT_EQ(paged.pages.size(), 2u);  // Nothing follows the last form feed.
    EXPECT_EQ(paged.pages[0], (Texts{"a", "b"}));
    EXPECT_EQ(paged.pages[1], (Texts{"c", "d"}));
    auto paragraphs = read_plain_text("First page text.\f\fThird page text.\f");
    ASSERT_EQ(paragraphs.size(), 2u);
    EXPECT_EQ(paragraphs[0].page, 1);
    EXPECT_EQ(paragraphs[1].page, 3);
}

TEST(PlainTextReader, RemovesSymbolPageAndJobNumberLinesAnywhere) {
    EXPECT_EQ(texts_of(read_plain_text("A/HRC/16/5\n\n"
                                       "1. The Working Group met in Geneva and\n"
                                       "12\n"
                                       "GE.11-10012 (E) 070111\n"
                                       "A/HRC/16/5\n"
                                       "Page 13\n"
                                       "*1110012*\n"
                                       "adopted the report.\n")),
              (Texts{"A/HRC/16/5", "1. The Working Group met in Geneva and adopted the report."}));
}

// Text copied from a PDF viewer keeps the page number between the lines of a paragraph.
TEST(PlainTextReader, APageNumberInsideAParagraphOfATextWithoutPagesGoes) {
    EXPECT_EQ(texts_of(read_plain_text("76.2. Strengthen the independence of the\n"
                                       "7\n"
                                       "national institution (France);\n")),
              (Texts{"76.2. Strengthen the independence of the national institution (France);"}));
}

TEST(PlainTextReader, KeepsParagraphNumbersThatLookLikePageNumbers) {
    EXPECT_EQ(texts_of(read_plain_text("(12)\nRatify the Convention.\n")),
              (Texts{"(12) Ratify the Convention."}));
}

TEST(PlainTextReader, RemovesRunningHeadersAndFootersRepeatedOnThePages) {
    std::string text;
    for (int page = 1; page <= 4; ++page) {
        text += "Mongolia: universal periodic review\n\n";
        text += std::to_string(page) + ". Paragraph on page " + std::to_string(page) + ".\n\n";
        text += "Advance version, page " + std::to_string(page) + " of 4\n\f";
    }
    EXPECT_EQ(texts_of(read_plain_text(text)),
              (Texts{"1. Paragraph on page 1.", "2. Paragraph on page 2.",
                     "3. Paragraph on page 3.", "4. Paragraph on page 4."}));
}

TEST(PlainTextReader, BreaksAtBlankLinesAndParagraphNumbers) {
    EXPECT_EQ(texts_of(read_plain_text("Introduction\n\n"
                                       "The review took place in Geneva.\n"
                                       "76. The following recommendations\n"
                                       "enjoy the support of Mongolia:\n"
                                       "(a) Ratify the Convention;\n"
                                       "II. Annex\n")),
              (Texts{"Introduction", "The review took place in Geneva.",
                     "76. The following recommendations enjoy the support of Mongolia:",
                     "(a) Ratify the Convention;", "II. Annex"}));
}

TEST(PlainTextReader, ABlankLineInsideASentenceDoesNotBreakIt) {
    EXPECT_EQ(texts_of(read_plain_text("76.4. Ensure that the law on the\n\n"
                                       "protection of children is applied (Chile);\n\n"
                                       "Then a new paragraph.\n")),
              (Texts{"76.4. Ensure that the law on the protection of children is applied (Chile);",
                     "Then a new paragraph."}));
}

TEST(PlainTextReader, ALoneNumberTakesTheNextLineAcrossABlankLine) {
    EXPECT_EQ(texts_of(read_plain_text("76.3.\n\nRatify the Convention (Chile);\n")),
              (Texts{"76.3. Ratify the Convention (Chile);"}));
}

TEST(PlainTextReader, AParagraphEndsAtAPageBreakAfterASentence) {
    EXPECT_EQ(texts_of(read_plain_text("1. The review was held.\n\n3\n\fThe State thanked "
                                       "the Working Group.\n\f")),
              (Texts{"1. The review was held.", "The State thanked the Working Group."}));
}

TEST(PlainTextReader, RepairsHyphenationAsTheDocumentWritesTheWord) {
    EXPECT_EQ(texts_of(read_plain_text("1. The decision-making process and the recom-\n"
                                       "mendations on decision-\n"
                                       "making, self-\n"
                                       "determination and Non-\n"
                                       "Governmental bodies in 2008-\n"
                                       "2010.\n")),
              (Texts{"1. The decision-making process and the recommendations on decision-making, "
                     "self-determination and Non-Governmental bodies in 2008-2010."}));
}

TEST(PlainTextReader, KeepsFootnotesAfterARuleApartAndAfterTheParagraphTheyInterrupt) {
    EXPECT_EQ(texts_of(read_plain_text("76.1. Ratify the Optional Protocol to the\n"
                                       "_____\n"
                                       "1 See the national report.\n"
                                       "2 See the\n"
                                       "compilation.\n\n"
                                       "Convention (Chile);\n")),
              (Texts{"76.1. Ratify the Optional Protocol to the Convention (Chile);",
                     "1 See the national report.", "2 See the compilation."}));
}

// pdftotext -layout sets a raised footnote mark on a line of its own above the footnote's text.
TEST(PlainTextReader, JoinsAFootnoteMarkSetOnALineOfItsOwnToItsText) {
    auto paragraphs = read_plain_text(
        "76.100. Implement the Convention\n"
        "(Hungary);\n\n"
        "      2\n"
        "        The original recommendation read: \"Implement it\".\n"
        "        (Slovenia)\n\n"
        "18\n\f"
        "76.101. Eliminate child labour (Spain);\n\f");
    EXPECT_EQ(texts_of(paragraphs),
              (Texts{"76.100. Implement the Convention (Hungary);",
                     "2 The original recommendation read: \"Implement it\". (Slovenia)",
                     "76.101. Eliminate child labour (Spain);"}));
    ASSERT_EQ(paragraphs.size(), 3u);
    EXPECT_TRUE(paragraphs[1].footnote);
}

// A footnote that runs over to the next page goes on at the top of that page's footnotes
// without a mark.
TEST(PlainTextReader, JoinsTheEndOfAFootnoteCarriedOverToItsStart) {
    auto paragraphs = read_plain_text(
        "1. The review took place.\n\n\n"
        "  2\n"
        "  The recommendation as read during the dialogue asked for\n\n"
        "20\n\f"
        "97. Call for technical assistance to contribute to the development of the\n\n\n"
        "  more assistance (Egypt).\n"
        "  3\n"
        "  The recommendation as read during the dialogue: Enhanced support (Sri Lanka).\n\n"
        "21\n\f"
        "country (Iran);\n"
        "98. Continue consultations (Norway).\n\f");
    EXPECT_EQ(texts_of(paragraphs),
              (Texts{"1. The review took place.",
                     "2 The recommendation as read during the dialogue asked for more assistance "
                     "(Egypt).",
                     "97. Call for technical assistance to contribute to the development of the "
                     "country (Iran);",
                     "3 The recommendation as read during the dialogue: Enhanced support (Sri "
                     "Lanka).",
                     "98. Continue consultations (Norway)."}));
}

// pdftotext -layout leaves no blank line above footnotes set close under the text.
TEST(PlainTextReader, FindsFootnotesInTheLastBlockOfAPage) {
    auto paragraphs = read_plain_text(
        "A/HRC/13/17\n\n"
        "1. Intro.\n\n"
        "      16.    Consider receiving the Special Rapporteurs (Norway);1\n\n"
        "      17.    Respond to the visits requested by the\n"
        "             mandate holders (Brazil);\n"
        "1\n"
        " The recommendation as read during the dialogue: receive the Special Rapporteurs\n"
        " (Norway).\n"
        "                                              A/HRC/13/17\n"
        "                                              Page 16\n\f"
        "18. Continue (Chile);\n\f");
    EXPECT_EQ(texts_of(paragraphs),
              (Texts{"A/HRC/13/17", "1. Intro.",
                     "16. Consider receiving the Special Rapporteurs (Norway);1",
                     "17. Respond to the visits requested by the mandate holders (Brazil);",
                     "1 The recommendation as read during the dialogue: receive the Special "
                     "Rapporteurs (Norway).",
                     "18. Continue (Chile);"}));
}

// The end of a footnote carried over, set apart by a wide gap, may start with a capital.
TEST(PlainTextReader, TakesABlockFarBelowTheTextForTheEndOfAFootnote) {
    auto paragraphs = read_plain_text(
        "1. Intro.\n\n"
        "99.17. Prevent the excessive use of force (France);\n\n\n\n"
        "  United Nations special procedures (Republic of Moldova).\n"
        "5\n"
        "  The recommendation as read: \"Reduce overcrowding\" (Ghana).\n\n"
        "17\n\f"
        "99.18. Promote accountability (Chile);\n\f");
    EXPECT_EQ(texts_of(paragraphs),
              (Texts{"1. Intro.", "99.17. Prevent the excessive use of force (France);",
                     "United Nations special procedures (Republic of Moldova).",
                     "5 The recommendation as read: \"Reduce overcrowding\" (Ghana).",
                     "99.18. Promote accountability (Chile);"}));
    ASSERT_EQ(paragraphs.size(), 5u);
    EXPECT_TRUE(paragraphs[2].footnote);
    EXPECT_TRUE(paragraphs[3].footnote);
}

// Footnotes are under the body text: a page that is one block has none.
TEST(PlainTextReader, APageOfOneBlockHasNoFootnotes) {
    EXPECT_EQ(texts_of(read_plain_text("1. Intro.\n\f"
                                       "access to education (Iran);\n"
                                       "4. Ratify Convention No.\n"
                                       "169 of the International Labour Organization (Chile);\n"
                                       "5. Adopt reforms (Spain);\n\f")),
              (Texts{"1. Intro.", "access to education (Iran);",
                     "4. Ratify Convention No. 169 of the International Labour Organization "
                     "(Chile);",
                     "5. Adopt reforms (Spain);"}));
}

TEST(PlainTextReader, AnEmptyTextHasNoParagraphs) {
    EXPECT_TRUE(read_plain_text("").empty());
    EXPECT_TRUE(read_plain_text(" \n\t\n\f\n").empty());
}

}  // namespace
}  // namespace rightstrack::ingest
