// From laid-out lines to paragraphs: page furniture, paragraph numbers, page breaks, hyphenation
// and footnotes, on pages made up here and on real UN reports.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <string>
#include <vector>

#include "ingest/PdfReader.h"
#include "ingest/TextLayout.h"
#include "support/TestSupport.h"

namespace rightstrack::ingest {
namespace {

using rightstrack::testing::read_file;
using rightstrack::testing::shared_data;

constexpr double kPitch = 12;  // Body lines, 9 points high, every 12 points.

TextLine line_at(std::string text, double x, double y, double height = 9, double width = 368) {
    TextLine line{std::move(text), 0, x, y, height};
    line.width = width;
    return line;
}

// Body lines one under the other from `y`, at the left margin, the last one short.
std::vector<TextLine> body(const std::vector<std::string>& texts, double y, double x = 113) {
    std::vector<TextLine> lines;
    for (size_t i = 0; i < texts.size(); ++i) {
        double width = i + 1 == texts.size() ? 150 : 368;
        lines.push_back(line_at(texts[i], x, y + kPitch * static_cast<double>(i), 9, width));
    }
    return lines;
}

PageText page_of(int number, std::vector<TextLine> lines) {
    for (TextLine& line : lines)
        line.page = number;
    return PageText{number, std::move(lines), 595, 842};
}

// Adds `more` to the end of `lines`.
void add(std::vector<TextLine>& lines, const std::vector<TextLine>& more) {
    lines.insert(lines.end(), more.begin(), more.end());
}

std::vector<std::string> texts_of(const std::vector<Paragraph>& paragraphs) {
    std::vector<std::string> texts;
    for (const Paragraph& paragraph : paragraphs)
        texts.push_back(paragraph.text);
    return texts;
}

const Paragraph* starting_with(const std::vector<Paragraph>& paragraphs, const std::string& start) {
    auto found = std::find_if(paragraphs.begin(), paragraphs.end(),
                              [&](const Paragraph& p) { return p.text.starts_with(start); });
    return found == paragraphs.end() ? nullptr : &*found;
}

// A page of running text with a running header (on alternate sides) and a page number.
PageText running_page(int number, const std::string& text) {
    std::vector<TextLine> lines = {line_at("A/HRC/15/2", number % 2 ? 491 : 57, 59, 8, 48)};
    add(lines, body({text + " starts here and runs on to", "the end of the line."}, 88));
    lines.push_back(line_at(std::to_string(number), number % 2 ? 534 : 57, 749, 8, 5));
    return page_of(number, lines);
}

TEST(TextLayout, RemovesRunningHeadersPageNumbersAndJobNumbers) {
    std::vector<TextLine> first = {line_at("United Nations", 120, 53, 18, 85),
                                   line_at("A/HRC/15/2", 480, 53, 18, 58)};
    add(first, body({"1. The first page has its own text, which", "runs on."}, 300));
    first.push_back(line_at("GE.10-14474 (E) 080610", 57, 748, 9, 100));
    first.push_back(line_at("*1014474*", 57, 760, 9, 60));
    std::vector<PageText> pages = {page_of(1, first)};
    for (int number = 2; number <= 6; ++number)
        pages.push_back(running_page(number, number % 2 ? "2. Text" : "3. More text"));
    std::vector<std::string> texts = texts_of(paragraphs_of(pages));
    for (const std::string& text : texts) {
        EXPECT_NE(text, "A/HRC/15/2");
        EXPECT_FALSE(std::regex_match(text, std::regex("[0-9]+"))) << text;
        EXPECT_FALSE(text.starts_with("GE.")) << text;
        EXPECT_FALSE(text.starts_with("*1014474")) << text;
    }
    EXPECT_EQ(texts.front(), "United Nations A/HRC/15/2");
    EXPECT_EQ(texts[1], "1. The first page has its own text, which runs on.");
}

TEST(TextLayout, RemovesARunningFooterInAnyLanguage) {
    std::vector<PageText> pages;
    for (int number = 1; number <= 4; ++number) {
        std::vector<TextLine> lines =
            body({std::to_string(number) + ". Texto del párrafo que", "sigue aquí."}, 150);
        lines.push_back(line_at("Página " + std::to_string(number), 500, 790, 8, 40));
        lines.push_back(line_at("Informe del Grupo de Trabajo", 57, 790, 8, 120));
        pages.push_back(page_of(number, lines));
    }
    std::vector<std::string> texts = texts_of(paragraphs_of(pages));
    EXPECT_EQ(texts,
              (std::vector<std::string>{
                  "1. Texto del párrafo que sigue aquí.", "2. Texto del párrafo que sigue aquí.",
                  "3. Texto del párrafo que sigue aquí.", "4. Texto del párrafo que sigue aquí."}));
}

TEST(TextLayout, JoinsALoneParagraphNumberWithItsText) {
    std::vector<TextLine> lines = {line_at("76.", 113, 100, 9, 12)};
    add(lines, body({"The recommendations formulated during the interactive dialogue and listed",
                     "below enjoy its support:"},
                    112, 141));
    lines.push_back(line_at("1.", 113, 148, 9, 8));  // The number and its text on one baseline.
    lines.push_back(line_at("The Working Group held its eighth session.", 141, 148, 9, 200));
    lines.push_back(line_at("122.11", 113, 178, 9, 28));  // A number over its text.
    add(lines, body({"Slovenia considers this recommendation implemented."}, 196, 141));
    EXPECT_EQ(texts_of(paragraphs_of({page_of(1, lines)})),
              (std::vector<std::string>{
                  "76. The recommendations formulated during the interactive dialogue and listed "
                  "below enjoy its support:",
                  "1. The Working Group held its eighth session.",
                  "122.11 Slovenia considers this recommendation implemented."}));
}

TEST(TextLayout, StartsAParagraphAtEveryParagraphNumber) {
    std::vector<TextLine> lines = {line_at("II. Conclusions and/or recommendations", 85, 88, 12.6)};
    // No extra space between the items: the numbers alone must separate them.
    add(lines, body({"76. The following recommendations enjoy the support of the State:",
                     "76.1. Sign and ratify the Second Optional Protocol to the International",
                     "Covenant on Civil and Political Rights (Spain);",
                     "76.2. Ratify, as soon as possible, the Second Optional Protocol (Belgium);",
                     "76.10 Become party to the Second Optional Protocol (Argentina);",
                     "(a) A national report submitted in accordance with paragraph 15 (a)",
                     "(A/HRC/WG.6/8/KGZ/1);", "(b) A compilation prepared by OHCHR;",
                     "• Mr. Muktar Djumaliev, Ambassador;", "5.5 million people voted;",
                     "2010. That year is no paragraph number."},
                    110));
    EXPECT_EQ(
        texts_of(paragraphs_of({page_of(1, lines)})),
        (std::vector<std::string>{
            "II. Conclusions and/or recommendations",
            "76. The following recommendations enjoy the support of the State:",
            "76.1. Sign and ratify the Second Optional Protocol to the International Covenant "
            "on Civil and Political Rights (Spain);",
            "76.2. Ratify, as soon as possible, the Second Optional Protocol (Belgium);",
            "76.10 Become party to the Second Optional Protocol (Argentina);",
            "(a) A national report submitted in accordance with paragraph 15 (a) "
            "(A/HRC/WG.6/8/KGZ/1);",
            "(b) A compilation prepared by OHCHR;",
            "• Mr. Muktar Djumaliev, Ambassador; 5.5 million people voted; 2010. That year is "
            "no paragraph number."}));
}

TEST(TextLayout, SeparatesParagraphsByGapIndentAndFont) {
    std::vector<TextLine> lines = {line_at("Introduction", 113, 80, 12.6, 76)};
    add(lines, body({"The first paragraph has no number and runs over", "two lines."}, 100));
    // After a wider gap; its last line is full, so that only the indent below ends it.
    lines.push_back(line_at("After a wider gap comes the second paragraph, which", 113, 136));
    lines.push_back(line_at("ends here with a line as long as the one above.", 113, 148));
    // Indented first line, no extra gap.
    lines.push_back(line_at("An indented first line opens the third paragraph,", 141, 160, 9, 340));
    lines.push_back(line_at("which the next line continues.", 113, 172, 9, 150));
    EXPECT_EQ(texts_of(paragraphs_of({page_of(1, lines)})),
              (std::vector<std::string>{
                  "Introduction", "The first paragraph has no number and runs over two lines.",
                  "After a wider gap comes the second paragraph, which ends here with a line as "
                  "long as the one above.",
                  "An indented first line opens the third paragraph, which the next line "
                  "continues."}));
}

TEST(TextLayout, ContinuesAParagraphAcrossAPageBreak) {
    std::vector<TextLine> first =
        body({"76.5. Proposed constitutional reform should provide for the protection",
              "of all human rights (Pakistan);",
              "76.6. That the ongoing constitutional reform should provide for the",
              "comprehensive promotion and protection of all human rights, with particular"},
             600);
    first.back().width = 368;  // Full: the sentence runs on.
    std::vector<TextLine> second =
        body({"emphasis on the rights of women and children (Egypt);",
              "76.7. Provide for the protection of all human rights", "(Armenia);"},
             88);
    std::vector<Paragraph> paragraphs = paragraphs_of({page_of(12, first), page_of(13, second)});
    EXPECT_EQ(texts_of(paragraphs),
              (std::vector<std::string>{
                  "76.5. Proposed constitutional reform should provide for the protection of all "
                  "human rights (Pakistan);",
                  "76.6. That the ongoing constitutional reform should provide for the "
                  "comprehensive promotion and protection of all human rights, with particular "
                  "emphasis on the rights of women and children (Egypt);",
                  "76.7. Provide for the protection of all human rights (Armenia);"}));
    EXPECT_EQ(paragraphs[1].page, 12);
    EXPECT_EQ(paragraphs[2].page, 13);
}

TEST(TextLayout, EndsAParagraphAtAPageBreakAfterAShortLastLine) {
    std::vector<TextLine> first =
        body({"The delegation thanked the members of the Working", "Group for the dialogue."}, 700);
    std::vector<TextLine> second =
        body({"The President closed the meeting and thanked the", "delegation."}, 88);
    EXPECT_EQ(texts_of(paragraphs_of({page_of(1, first), page_of(2, second)})).size(), 2u);
}

TEST(TextLayout, KeepsFootnotesOutOfAParagraphThatRunsOn) {
    std::vector<TextLine> first = body({"14. During the interactive dialogue, 51 delegations made "
                                        "statements.1 The",
                                        "recommendations made during the dialogue are found in"},
                                       600);
    first.back().width = 368;
    first.push_back(line_at("1 Bhutan, the Sudan and Morocco.", 104, 700, 7.5, 150));
    first.push_back(
        line_at("2 Second note, which runs over two lines of small", 104, 710, 7.5, 300));
    first.push_back(line_at("print at the foot of the page.", 113, 720, 7.5, 120));
    std::vector<TextLine> second = body({"section II of the present report.",
                                         "15. A number of delegations thanked the Government."},
                                        88);
    std::vector<Paragraph> paragraphs = paragraphs_of({page_of(5, first), page_of(6, second)});
    ASSERT_EQ(paragraphs.size(), 4u);
    EXPECT_EQ(paragraphs[0].text,
              "14. During the interactive dialogue, 51 delegations made statements.1 The "
              "recommendations made during the dialogue are found in section II of the present "
              "report.");
    EXPECT_FALSE(paragraphs[0].footnote);
    EXPECT_EQ(paragraphs[1].text, "1 Bhutan, the Sudan and Morocco.");
    EXPECT_EQ(paragraphs[2].text,
              "2 Second note, which runs over two lines of small print at the foot of the page.");
    EXPECT_TRUE(paragraphs[1].footnote && paragraphs[2].footnote);
    EXPECT_EQ(paragraphs[1].page, 5);
    EXPECT_TRUE(paragraphs[3].text.starts_with("15.")) << paragraphs[3].text;
}

// Enough running text that the few broken words below make a document that is not hyphenated
// automatically, and that uses "decision" and "making" as words.
std::vector<TextLine> running_text(double y) {
    std::vector<std::string> texts;
    for (int i = 0; i < 120; ++i)
        texts.push_back("Making a decision takes time and the State explained its position.");
    return body(texts, y);
}

TEST(TextLayout, RepairsHyphenationAtLineEnds) {
    std::vector<TextLine> lines = body(
        {"1. The State accepted the recom-", "mendations of Non-", "Governmental bodies on self-",
         "determination and on decision-", "making, and the imple\u00AD", "mentation of the 2008-",
         "2010 plan; the ﬁnal text is at http://www.ohchr.org/", "EN/Countries and/",
         "or elsewhere."},
        88);
    add(lines, running_text(300));
    std::vector<Paragraph> paragraphs = paragraphs_of({page_of(1, lines)});
    EXPECT_EQ(paragraphs.front().text,
              "1. The State accepted the recommendations of Non-Governmental bodies on "
              "self-determination and on decision-making, and the implementation of the "
              "2008-2010 plan; the final text is at http://www.ohchr.org/EN/Countries and/or "
              "elsewhere.");
}

TEST(TextLayout, RepairsHyphenationAsTheDocumentSpellsTheWord) {
    std::vector<TextLine> lines = body({"1. The Government will re-", "port on the co-",
                                        "operation with the inter-", "national community."},
                                       88);
    add(lines,
        body({"2. The report covers international cooperation.", "3. It was reported."}, 150));
    EXPECT_EQ(paragraphs_of({page_of(1, lines)}).front().text,
              "1. The Government will report on the cooperation with the international "
              "community.");
}

// A long document (over 300 lines, here on one page) whose lines never break a word: a line-end hyphen is the
// word's own even between halves it does not write elsewhere, and one before "and" is suspended.
TEST(TextLayout, KeepsEveryLineEndHyphenOfALongDocumentThatIsNotHyphenated) {
    std::vector<TextLine> lines =
        body({"1. Women in managerial and policy-", "shaping posts; a far-",
              "sighted plan for small-", "and mid-sized firms."},
             88);
    for (int page = 2; page <= 9; ++page)
        add(lines, body(std::vector<std::string>(40, "The State explained its position at length."),
                        100 * page));
    std::vector<Paragraph> paragraphs = paragraphs_of({page_of(1, lines)});
    EXPECT_EQ(paragraphs.front().text,
              "1. Women in managerial and policy-shaping posts; a far-sighted plan for small- and "
              "mid-sized firms.");
}

TEST(TextLayout, WorksInRussian) {
    std::vector<TextLine> lines = {line_at("Доклад Рабочей группы по универсальному", 113, 88, 15),
                                   line_at("периодическому обзору*", 113, 106, 15, 200)};
    add(lines, body({"76. Сформулированные в ходе интерактивного диалога рекомен-",
                     "дации были рассмотрены Кыргызстаном и пользуются его", "поддержкой:",
                     "76.1. Подписать и ратифицировать второй Факультативный протокол (Испания);"},
                    140));
    EXPECT_EQ(texts_of(paragraphs_of({page_of(1, lines)})),
              (std::vector<std::string>{
                  "Доклад Рабочей группы по универсальному периодическому обзору*",
                  "76. Сформулированные в ходе интерактивного диалога рекомендации были "
                  "рассмотрены Кыргызстаном и пользуются его поддержкой:",
                  "76.1. Подписать и ратифицировать второй Факультативный протокол (Испания);"}));
}

std::vector<Paragraph> paragraphs_of_file(const std::filesystem::path& path) {
    auto pages = read_pdf_pages(read_file(path), path.string());
    EXPECT_TRUE(pages.ok()) << pages.error().describe();
    return pages.ok() ? paragraphs_of(*pages) : std::vector<Paragraph>{};
}

TEST(TextLayout, ReadsARealReportIntoParagraphs) {
    auto path = shared_data("un-reports/upr-wg-cycle1/kyrgysztan2010.pdf");
    RIGHTSTRACK_REQUIRE_DATA(path);
    std::vector<Paragraph> paragraphs = paragraphs_of_file(path);
    for (const Paragraph& paragraph : paragraphs) {
        EXPECT_NE(paragraph.text, "A/HRC/15/2");
        EXPECT_FALSE(std::regex_match(paragraph.text, std::regex("[0-9]+"))) << paragraph.text;
        EXPECT_FALSE(paragraph.text.starts_with("GE.")) << paragraph.text;
    }
    EXPECT_NE(std::find_if(paragraphs.begin(), paragraphs.end(),
                           [](const Paragraph& p) {
                               return p.text == "II. Conclusions and/or recommendations";
                           }),
              paragraphs.end());
    const Paragraph* intro = starting_with(paragraphs, "76. ");
    ASSERT_NE(intro, nullptr);
    EXPECT_EQ(intro->text,
              "76. The recommendations formulated during the interactive dialogue and listed "
              "below have been examined by Kyrgyzstan and enjoy its support:");
    // Every recommendation 76.1 to 76.127 and 77.1 to 77.41 is a paragraph of its own.
    for (auto [number, count] : {std::pair{76, 127}, std::pair{77, 41}}) {
        for (int item = 1; item <= count; ++item) {
            std::string start = std::to_string(number) + "." + std::to_string(item) + ". ";
            const Paragraph* paragraph = starting_with(paragraphs, start);
            ASSERT_NE(paragraph, nullptr) << start;
            EXPECT_EQ(paragraph->text.find(std::to_string(number) + "." + std::to_string(item + 1) +
                                           ". "),
                      std::string::npos)
                << paragraph->text;
        }
    }
    // 76.6 ends page 12; 76.7 opens page 13.
    const Paragraph* last = starting_with(paragraphs, "76.6. ");
    EXPECT_TRUE(
        last->text.ends_with("with particular emphasis on the rights of women and "
                             "children (Egypt);"))
        << last->text;
    EXPECT_EQ(starting_with(paragraphs, "76.7. ")->page, 13);
    const Paragraph* footnote = starting_with(paragraphs, "1 Bhutan");
    ASSERT_NE(footnote, nullptr);
    EXPECT_TRUE(footnote->footnote);
    EXPECT_EQ(footnote->text, "1 Bhutan, the Sudan and Morocco.");
}

TEST(TextLayout, JoinsARecommendationCutByAPageBreak) {
    auto path = shared_data("un-reports/upr-wg-cycle1/russia2009.pdf");
    RIGHTSTRACK_REQUIRE_DATA(path);
    std::vector<Paragraph> paragraphs = paragraphs_of_file(path);
    const Paragraph* item = starting_with(paragraphs, "4. Ratify (United Kingdom, Brazil, Mexico)");
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->page, 18);
    EXPECT_TRUE(
        item->text.ends_with("with international standards (Czech Republic); Pursue its "
                             "efforts to improve the situation of detainees and to take "
                             "measures in achieving this goal (Algeria);"))
        << item->text;
}

TEST(TextLayout, JoinsARecommendationAcrossAFootnoteCarriedOver) {
    // Page 14 ends mid-recommendation above the end of a footnote that began on page 13.
    auto path = shared_data("un-reports/upr-wg-cycle1/georgia2011.pdf");
    RIGHTSTRACK_REQUIRE_DATA(path);
    std::vector<Paragraph> paragraphs = paragraphs_of_file(path);
    const Paragraph* item = starting_with(paragraphs, "105.6. ");
    ASSERT_NE(item, nullptr);
    EXPECT_TRUE(
        item->text.ends_with("particularly its article 6, as well as adopt appropriate "
                             "measures to guarantee the impartiality of its judicial "
                             "system (France);"))
        << item->text;
    const Paragraph* carried = starting_with(paragraphs, "the territorial integrity of Georgia");
    ASSERT_NE(carried, nullptr);
    EXPECT_TRUE(carried->footnote);
}

TEST(TextLayout, RemovesFurnitureFromOtherLayouts) {
    // Old layout with "Page n" under the symbol, and the third cycle's.
    for (const char* file :
         {"un-reports/upr-wg-cycle1/afghanistan2009.pdf",
          "un-reports/upr-wg-cycle1/algeria2008.pdf", "un-reports/slovenia/cycle3/g1934994.pdf",
          "un-reports/slovenia/cycle3/g2004192.pdf"}) {
        auto path = shared_data(file);
        if (path.empty())
            continue;
        for (const Paragraph& paragraph : paragraphs_of_file(path)) {
            const std::string& text = paragraph.text;
            EXPECT_FALSE(std::regex_match(text, std::regex("(Page )?[0-9]+")))
                << file << ": " << text;
            EXPECT_FALSE(text.starts_with("GE.")) << file << ": " << text;
            EXPECT_FALSE(paragraph.page > 1 && text.starts_with("A/HRC/")) << file << ": " << text;
        }
    }
}

}  // namespace
}  // namespace rightstrack::ingest
