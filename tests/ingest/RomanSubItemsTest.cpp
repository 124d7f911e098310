// Roman sub-items of one item or one letter of the dialogue, on sentences of our own: apart when
// they are the whole item and start with verbs, whole when they are a list inside a sentence.
#include <gtest/gtest.h>

#include "ingest/RomanSubItems.h"
#include "ingest/WgReport.h"
#include "ingest/WgReportPhrasing.h"

namespace rightstrack::ingest {
namespace {

using Texts = std::vector<std::string>;

TEST(RomanSubItems, SubItemsThatStartWithAVerbAfterTheStateAreApart) {
    auto subjects = subjects_for("KGZ");
    EXPECT_EQ(roman_subitems(": Kyrgyzstan (i) open the archives of the courts, (ii) train its "
                             "judges and (iii) consider a new code of procedure",
                             subjects),
              (Texts{"open the archives of the courts", "train its judges",
                     "consider a new code of procedure"}));
    EXPECT_EQ(roman_subitems("(i) Work more closely with civil society; (ii) re-examine the "
                             "rules on detention; and (iii) review the penal code",
                             subjects),
              (Texts{"Work more closely with civil society", "re-examine the rules on detention",
                     "review the penal code"}));
}

TEST(RomanSubItems, AListInsideASentenceStaysWhole) {
    auto subjects = subjects_for("KGZ");
    for (const char* text :
         {"review its laws on children, in particular regarding (i) care in institutions and "
          "(ii) the courts for minors",
          "ratify (i) the Convention on migrant workers and (ii) the Convention on disappearances",
          "(i) accession to the two Covenants and (ii) withdrawal of its reservations",
          "take measures to protect the press and, specifically, (i) end the licensing of "
          "newspapers and (ii) free the journalists in detention",
          "adopt a law on (i) alone without a second marker"})
        EXPECT_EQ(roman_subitems(text, subjects), (Texts{text})) << text;
}

DocumentIdentity report_on_kyrgyzstan() {
    DocumentIdentity identity;
    identity.symbol = "A/HRC/8/99";
    identity.kind = "upr_wg_report";
    identity.state = "KGZ";
    identity.language = "en";
    return identity;
}

Texts texts_of(const std::vector<Paragraph>& paragraphs) {
    auto batch = parse_wg_report(paragraphs, report_on_kyrgyzstan(), "report.pdf");
    EXPECT_TRUE(batch.ok()) << batch.error().describe();
    Texts texts;
    if (batch.ok())
        for (const auto& r : batch->recommendations)
            texts.push_back(r.recommending_states.at(0) + " " + r.text);
    return texts;
}

TEST(RomanSubItems, ADialogueLetterOfSubItemsGivesOneRecommendationEach) {
    Texts texts = texts_of({
        {"40. Spain welcomed the report and recommended that Kyrgyzstan (a) abolish the death "
         "penalty. It noted the lack of figures and recommended also that (b): Kyrgyzstan (i) "
         "publish the number of prisoners, (ii) close the old prisons and (iii) consider a "
         "moratorium on executions. Spain recommended that Kyrgyzstan (c) join the Statute.",
         8},
        {"II. Conclusions and/or recommendations", 10},
        {"60. The recommendations noted in the report in paragraph 40 (b) above did not enjoy "
         "the support of Kyrgyzstan.",
         10},
        {"61. All conclusions and/or recommendations contained in the present report reflect the "
         "position of the submitting State(s) and/or the State under review thereon.",
         11},
    });
    EXPECT_EQ(texts, (Texts{"ESP Publish the number of prisoners", "ESP Close the old prisons",
                            "ESP Consider a moratorium on executions"}));
}

TEST(RomanSubItems, AnItemOfSubItemsGivesOneRecommendationEach) {
    Texts texts = texts_of({
        {"II. Conclusions and/or recommendations", 10},
        {"60. The recommendations listed below enjoy the support of Kyrgyzstan:", 10},
        {"1. Publish the court statistics (Chile); (i) Open the archives, (ii) train the police "
         "and (iii) review the code of procedure (Peru); Invite the Special Rapporteur (Spain).",
         10},
        {"61. All conclusions and/or recommendations contained in the present report reflect the "
         "position of the submitting State(s) and/or the State under review thereon.",
         11},
    });
    EXPECT_EQ(texts, (Texts{"CHL Publish the court statistics", "PER Open the archives",
                            "PER Train the police", "PER Review the code of procedure",
                            "ESP Invite the Special Rapporteur"}));
}

}  // namespace
}  // namespace rightstrack::ingest
