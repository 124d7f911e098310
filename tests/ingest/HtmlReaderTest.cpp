// The HTML reader on a UPR Working Group report of our own as a web page (tests/data/un-text),
// and the scanner's rules one by one: blocks and line breaks, elements without text, character
// references, white space, and tags left open or badly nested.
#include <gtest/gtest.h>

#include "ingest/DocumentIdentity.h"
#include "ingest/HtmlReader.h"
#include "support/TestSupport.h"

namespace rightstrack::ingest {
namespace {

using rightstrack::testing::read_file;
using rightstrack::testing::test_data;
using Texts = std::vector<std::string>;

Texts texts_of(const std::vector<Paragraph>& paragraphs) {
    Texts texts;
    for (const Paragraph& paragraph : paragraphs) texts.push_back(paragraph.text);
    return texts;
}

TEST(HtmlReader, ReadsAReportPublishedAsAWebPage) {
    auto paragraphs = read_html(read_file(test_data("un-text/report.html")));
    EXPECT_EQ(
        texts_of(paragraphs),
        (Texts{
            "United Nations",
            "A/HRC/16/5",
            "General Assembly",
            "Distr.: General 4 January 2011",
            "Human Rights Council Sixteenth session Agenda item 6 Universal periodic review",
            "Report of the Working Group on the Universal Periodic Review* Mongolia",
            "I. Summary of the proceedings of the review process",
            "1. The Working Group on the Universal Periodic Review, established in accordance with "
            "Human Rights Council resolution 5/1, held its ninth session from 1 to 12 November "
            "2010. The review of Mongolia was held at the 9th meeting, on 5 November 2010.",
            "2. The delegation stressed the role of the national human rights institution & of "
            "non\u2011governmental organizations in the follow-up to the review.",
            "3. Several delegations welcomed the co-operation of Mongolia with the special "
            "procedures and its decision-making on the abolition of the death penalty.",
            "II. Conclusions and/or recommendations",
            "76. The recommendations formulated during the interactive dialogue and listed below "
            "have been examined by Mongolia and enjoy its support:",
            "76.1. Ratify the Optional Protocol to the Convention against Torture (Denmark, "
            "Norway);",
            "76.2. Strengthen the independence of the national human rights institution in line "
            "with the Paris Principles (France);",
            "76.3. Adopt comprehensive legislation against discrimination and ensure its effective "
            "implementation (Canada);",
            "77. The following recommendations will be examined by Mongolia, which will provide "
            "responses in due time:1",
            "77.1. Consider ratifying the Rome Statute of the International Criminal Court "
            "(Latvia);",
            "78. The recommendations below did not enjoy the support of Mongolia:",
            "78.1. Abolish the death penalty for all crimes (Sweden).",
            "79. All conclusions and/or recommendations contained in the present report reflect "
            "the position of the submitting State(s) and/or the State under review thereon.",
            "1 See the national report (A/HRC/WG.6/9/MNG/1), paras. 10\u201312, and the addendum "
            "to the present report.",
            "* The annex to the present report is circulated as received.",
        }));
    ASSERT_EQ(paragraphs.size(), 22u);
    for (size_t i = 0; i < paragraphs.size(); ++i) {
        EXPECT_EQ(paragraphs[i].page, 0);
        EXPECT_EQ(paragraphs[i].footnote, i >= 20) << paragraphs[i].text;
    }
    auto identity = identify_document(paragraphs);
    EXPECT_EQ(identity.symbol, "A/HRC/16/5");
    EXPECT_EQ(identity.kind, "upr_wg_report");
    EXPECT_EQ(identity.state, "MNG");
}

TEST(HtmlReader, RecognisesHtmlByItsStart) {
    EXPECT_TRUE(looks_like_html("  <!DOCTYPE html>\n<html><body>x</body></html>"));
    EXPECT_TRUE(looks_like_html("<HTML>"));
    EXPECT_TRUE(looks_like_html("<?xml version=\"1.0\"?>\n<!-- saved -->\n<html xmlns=\"x\">"));
    EXPECT_TRUE(looks_like_html("<meta charset=utf-8>\n<body>\n<p>Text"));
    EXPECT_FALSE(looks_like_html("United Nations A/HRC/16/5\n<bodyguard>" + std::string(1100, 'x') +
                                 "<html>"));
    EXPECT_FALSE(looks_like_html("id,text\n1,<htmlx>\n"));
}

TEST(HtmlReader, BlocksMakeParagraphsAndLineBreaksJoinLikeWrappedLines) {
    EXPECT_EQ(texts_of(read_html("<div>One<div>Two</div>Three</div>"
                                 "<table><tr><th>State</th><td>Response</td></tr></table>"
                                 "<p>A line that wraps<br>here, and a recom-<br>mendation."
                                 "<br><br>After two breaks.</p>"
                                 "<ul><li>76.1. First<br>76.2. Second</ul>")),
              (Texts{"One", "Two", "Three", "State", "Response",
                     "A line that wraps here, and a recommendation.", "After two breaks.",
                     "76.1. First", "76.2. Second"}));
}

TEST(HtmlReader, SkipsTheHeadScriptsStylesAndTemplates) {
    EXPECT_EQ(texts_of(read_html("<html><head><title>Title</title><meta name=x content=y>"
                                 "Stray head text</head><body><p>Kept"
                                 "<script>if (a < b) document.write('</p>x');</script>"
                                 "<style>p { color: red }</style><noscript>Enable it</noscript>"
                                 "<template><p>Later</p></template> text</p></body></html>")),
              (Texts{"Kept text"}));
}

TEST(HtmlReader, AHeadLeftOpenEndsAtTheFirstBlock) {
    EXPECT_EQ(texts_of(read_html("<head><title>T</title><p>Body text")), (Texts{"Body text"}));
}

TEST(HtmlReader, DecodesCharacterReferences) {
    EXPECT_EQ(texts_of(read_html("<p>C&ocirc;te d&rsquo;Ivoire &amp; S&#227;o Tom&#xE9; "
                                 "&lt;b&gt; &quot;q&quot; &#150; &#x2014; a&nbsp;&nbsp;b "
                                 "&amp AT&T &unknown; &#0; &#xD800;")),
              (Texts{"Côte d’Ivoire & São Tomé <b> \"q\" – — a b & AT&T &unknown; \uFFFD "
                     "\uFFFD"}));
}

TEST(HtmlReader, CollapsesWhiteSpaceExceptInPre) {
    EXPECT_EQ(texts_of(read_html("<p>  many\n\t spaces\r\n here </p><pre>76.1. Ratify the\n"
                                 "Convention (Chile);\n\n76.2. Next</pre>")),
              (Texts{"many spaces here", "76.1. Ratify the Convention (Chile);", "76.2. Next"}));
}

TEST(HtmlReader, ToleratesUnclosedTagsBadNestingAndStrayBrackets) {
    EXPECT_EQ(texts_of(read_html("<p>One <b>bold <i>both</b> italic</i><p>Two < three"
                                 "<p title=\"a > b\">Four<p class='x>Five<!-- open comment")),
              (Texts{"One bold both italic", "Two < three", "Four", "Five"}));
}

TEST(HtmlReader, TakesTheSymbolAndJobNumberLinesOfAnExportForFurniture) {
    EXPECT_EQ(texts_of(read_html("<p>A/HRC/16/5</p><p>1. The Working Group met.</p>"
                                 "<p>GE.11-10012 (E)</p><p>2</p><p>A/HRC/16/5</p>"
                                 "<p>2. It adopted the report.</p>")),
              (Texts{"A/HRC/16/5", "1. The Working Group met.", "2. It adopted the report."}));
}

TEST(HtmlReader, AnEmptyPageOrOneWithOnlyAScriptHasNoParagraphs) {
    EXPECT_TRUE(read_html("").empty());
    EXPECT_TRUE(read_html("<!DOCTYPE html><html><head></head><body></body></html>").empty());
    EXPECT_TRUE(
        read_html("<html><body><script>var p = '<p>x</p>';</script></body></html>").empty());
}

}  // namespace
}  // namespace rightstrack::ingest
