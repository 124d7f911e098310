// Recommendations that early UPR Working Group reports cite by paragraph and letter of the
// interactive dialogue, on sentences and paragraphs of our own.
#include <gtest/gtest.h>

#include "ingest/WgReportCitations.h"

namespace rightstrack::ingest {
namespace {

std::string cited(const std::vector<ParagraphCitation>& citations) {
    std::string out;
    for (const auto& c : citations)
        out += std::to_string(c.paragraph) + (c.letter.empty() ? "" : c.letter) + " ";
    return out;
}

TEST(WgReportCitations, ParagraphNumbersAndLettersInEveryForm) {
    EXPECT_EQ(cited(paragraph_citations(
                  "The recommendations noted in the report in paragraphs 27 (b), (c), 31, "
                  "38 (a, d), 48 (b) (d), 53 (b) and (c), 24(b); 60 above did not enjoy the "
                  "support of X.")),
              "27b 27c 31 38a 38d 48b 48d 53b 53c 24b 60 ");
    // A long group of letters does not end the list.
    EXPECT_EQ(cited(paragraph_citations("in paragraphs 48 (b, c, d, e, f, g, h, i), 50 (b) above")),
              "48b 48c 48d 48e 48f 48g 48h 48i 50b ");
}

TEST(WgReportCitations, ListsMayNameTheWordNumbersAndTheStateOfEachCitation) {
    EXPECT_EQ(cited(paragraph_citations(
                  "With regard to recommendations on prisons, as included in paragraphs numbers "
                  "26 (a) (Czech Republic), 33 (b) (Denmark), 64 (a), (b) (Chile), X indicated "
                  "that ...")),
              "26a 33b 64a 64b ");
    EXPECT_EQ(cited(paragraph_citations("included in paragraph 51 (e) (Germany), X stated")),
              "51e ");
}

TEST(WgReportCitations, RomanSubItemsCiteTheirLetterAndYearsEndTheList) {
    EXPECT_EQ(cited(paragraph_citations("in paragraphs 43 (a) (ii), 68 (h), (i) above")),
              "43a 68h 68i ");
    EXPECT_EQ(cited(paragraph_citations("paragraph 12 of resolution 2006 above")), "12 ");
    EXPECT_EQ(cited(paragraph_citations("in paragraphs 45, 56, last sentence, and 63 above")),
              "45 56 63 ");
    EXPECT_EQ(cited(paragraph_citations("in paragraphs: 71; 72 (c); and 84 (b), above")),
              "71 72c 84b ");
    EXPECT_EQ(cited(paragraph_citations("in paragraphs 67 (a), (b) (i) and (ii); 21; 76 (h) and "
                                        "(i) above")),
              "67a 67b 21 76h 76i ");
    EXPECT_EQ(cited(paragraph_citations("in paragraphs 23 (last sentence), 29 (d) and 43 (first "
                                        "sentence) above")),
              "23 29d 43 ");
    EXPECT_TRUE(paragraph_citations("The recommendations below enjoy its support").empty());
}

TEST(WgReportCitations, LetteredRecommendationsEndAtTheNextLetterOrTheSentence) {
    auto found = lettered_recommendations(
        "Ruritania welcomed the new law, e.g. Mr. Smith's work, and recommended that X: "
        "(a) ratify the Convention; and encouraged (b) adopt a law on torture. It noted the "
        "report and recommended c) that the plan be funded.");
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0], (std::pair<std::string, std::string>{"a", "ratify the Convention"}));
    EXPECT_EQ(found[1].second, "adopt a law on torture");
    EXPECT_EQ(found[2].second, "that the plan be funded");
}

TEST(WgReportCitations, ALetterInsideAPhraseTakesTheWordsBeforeItsObject) {
    auto found = lettered_recommendations(
        "Ruritania recommended (a) to ratify the Convention on water and to accede to both the "
        "(b) Charter of Rights and (c) the Optional Protocol; (d) consider the ratification of "
        "the Convention on air or (e) the Protocol on rivers; (f) repeal laws that harm "
        "children, such as the law on work or (g) curfews for minors; (h) equal pay for women "
        "and (i) the visit of the Special Rapporteur.");
    ASSERT_EQ(found.size(), 9u);
    EXPECT_EQ(found[0].second, "to ratify the Convention on water");
    EXPECT_EQ(found[1].second, "to accede to the Charter of Rights");
    EXPECT_EQ(found[2].second, "to accede to the Optional Protocol");
    EXPECT_EQ(found[3].second, "consider the ratification of the Convention on air");
    EXPECT_EQ(found[4].second, "consider the ratification of the Protocol on rivers");
    EXPECT_EQ(found[5].second, "repeal laws that harm children, such as the law on work");
    EXPECT_EQ(found[6].second, "repeal laws that harm children, such as curfews for minors");
    // Recommendations named by their nouns lend each other nothing.
    EXPECT_EQ(found[7].second, "equal pay for women");
    EXPECT_EQ(found[8].second, "the visit of the Special Rapporteur");
}

TEST(WgReportCitations, ALetterMayStandBeforeTheWordRecommendedAndASentenceKeepsItsLastWord) {
    auto found = lettered_recommendations(
        "Chile asked about the new courts and (a) recommended that X fund them. It noted the law "
        "on the press and (b) recommended X repeal it. (c) Welcoming the plan, Chile also "
        "recommended that X carry it out; and it also recommended (d) a review of it");
    ASSERT_EQ(found.size(), 4u);
    EXPECT_EQ(found[0].second, "recommended that X fund them");
    EXPECT_EQ(found[1].second, "recommended X repeal it");
    EXPECT_EQ(found[2].second, "Welcoming the plan, Chile also recommended that X carry it out");
    EXPECT_EQ(found[3].second, "a review of it");
}

TEST(WgReportCitations, AParagraphWithoutLettersGivesItsRecommendedSentences) {
    auto found = lettered_recommendations(
        "Chile welcomed the plan. It recommended that X continue its efforts. It also noted the "
        "law.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].first, "");
    EXPECT_EQ(found[0].second, "that X continue its efforts");
}

TEST(WgReportCitations, LettersMayStartBeforeTheFirstRecommended) {
    auto found = lettered_recommendations(
        "Chile welcomed the plan. Chile (a) encouraged X to fund the courts. It recommended (b) "
        "that X close the camps; (c) adopt a law on the press.");
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0].second, "encouraged X to fund the courts");
    EXPECT_EQ(found[1].second, "that X close the camps");
    EXPECT_EQ(found[2].second, "adopt a law on the press");
    // An "(a)" that no "(b)" follows letters nothing.
    auto lone = lettered_recommendations(
        "Chile noted article 4 (a) of the law. It recommended that X amend it.");
    ASSERT_EQ(lone.size(), 1u);
    EXPECT_EQ(lone[0].second, "that X amend it");
}

TEST(WgReportCitations, TheSpeakerIsTheStateTheParagraphStartsWith) {
    EXPECT_EQ(speaker_of("Australia welcomed the improvements"), "AUS");
    EXPECT_EQ(speaker_of("The Russian Federation noted the report"), "RUS");
    EXPECT_EQ(speaker_of("The delegation stated that"), "");
    EXPECT_EQ(speaker_of("Noting the new plan, Argentina asked about it"), "ARG");
    EXPECT_EQ(speaker_of("Underlining the role of courts, Belgium asked about them"), "BEL");
    EXPECT_EQ(speaker_of("Despite the new law, Chile noted concerns"), "CHL");
    EXPECT_EQ(speaker_of("In Chile, the plan was noted"), "");
}

TEST(WgReportCitations, ResolvesAgainstTheNumberedParagraphsOfTheDialogue) {
    DialogueParagraphs dialogue({
        {"27. Spain welcomed the plan and recommended (a) ratifying the Convention;", 5},
        {"(b) adopting a law on torture.", 5},
        {"28. Chile recommended that X invite the Special Rapporteur.", 6},
    });
    auto b = dialogue.resolve({27, "b"});
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].reference, "27 (b)");
    EXPECT_EQ(b[0].text, "adopting a law on torture");
    EXPECT_EQ(b[0].state, "ESP");
    EXPECT_EQ(dialogue.resolve({27, ""}).size(), 2u);
    auto whole = dialogue.resolve({28, ""});
    ASSERT_EQ(whole.size(), 1u);
    EXPECT_EQ(whole[0].state, "CHL");
    EXPECT_TRUE(dialogue.resolve({29, ""}).empty());
    EXPECT_TRUE(dialogue.resolve({27, "c"}).empty());
}

TEST(WgReportCitations, LettersCountTheRecommendationsOfAParagraphThatLettersNone) {
    DialogueParagraphs dialogue({
        {"33. Peru noted the law. Peru recommended that X fund the courts. It further "
         "recommended that X close the camps.",
         4},
    });
    auto b = dialogue.resolve({33, "b"});
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].reference, "33 (b)");
    EXPECT_EQ(b[0].text, "that X close the camps");
    EXPECT_EQ(b[0].state, "PER");
    EXPECT_TRUE(dialogue.resolve({33, "c"}).empty());
    EXPECT_EQ(dialogue.resolve({33, ""}).size(), 2u);
}

}  // namespace
}  // namespace rightstrack::ingest
