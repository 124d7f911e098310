// How early UPR Working Group reports phrase recommendations, on sentences of our own.
#include <gtest/gtest.h>

#include "ingest/WgReportPhrasing.h"

namespace rightstrack::ingest {
namespace {

TEST(WgReportPhrasing, SecondRecommendationsOfOneStateAreSplit) {
    EXPECT_EQ(split_recommends("Adopt a law; recommends that Chile ratify the Convention"),
              (std::vector<std::string>{"Adopt a law", "Chile ratify the Convention"}));
    EXPECT_EQ(split_recommends("Adopt a law. It also recommended that Chile fund it"),
              (std::vector<std::string>{"Adopt a law", "Chile fund it"}));
    EXPECT_EQ(split_recommends("Adopt a law; encourages Chile to fund it"),
              (std::vector<std::string>{"Adopt a law", "Chile to fund it"}));
    EXPECT_EQ(split_recommends("Adopt a law. It noted the plan").size(), 1u);
}

TEST(WgReportPhrasing, GerundsOfTheDialogueBecomeImperatives) {
    EXPECT_EQ(gerund_as_imperative("allowing the press to work"), "allow the press to work");
    EXPECT_EQ(gerund_as_imperative("Imposing a moratorium"), "Impose a moratorium");
    // Silent "e", doubled consonants and verbs that keep neither.
    std::vector<std::pair<std::string, std::string>> verbs = {
        {"providing", "provide"}, {"taking", "take"},         {"creating", "create"},
        {"ensuring", "ensure"},   {"issuing", "issue"},       {"combating", "combat"},
        {"putting", "put"},       {"stepping", "step"},       {"ratifying", "ratify"},
        {"defining", "define"},   {"enabling", "enable"},     {"monitoring", "monitor"},
        {"amending", "amend"},    {"repealing", "repeal"},    {"strengthening", "strengthen"},
        {"treating", "treat"},    {"controlling", "control"}, {"using", "use"}};
    for (const auto& [gerund, plain] : verbs)
        EXPECT_EQ(gerund_as_imperative(gerund + " it"), plain + " it") << gerund;
    EXPECT_EQ(gerund_as_imperative("repealing or amending the code"), "repeal or amend the code");
    // A further gerund joined by "and" after the first one's object, where it is a verb
    // recommendations open with; "and housing for victims" is none.
    EXPECT_EQ(gerund_as_imperative("ratifying the Charter and facilitating the visit of the "
                                   "Rapporteur and housing for victims"),
              "ratify the Charter and facilitate the visit of the Rapporteur and housing for "
              "victims");
    // Openings that qualify the verb after them, and other words, stay.
    EXPECT_EQ(gerund_as_imperative("taking into account the law, adopt it"),
              "taking into account the law, adopt it");
    EXPECT_EQ(gerund_as_imperative("including the police"), "including the police");
    EXPECT_EQ(gerund_as_imperative("bring it"), "bring it");
}

TEST(WgReportPhrasing, TheStateUnderReviewAsSubjectIsDropped) {
    auto subjects = subjects_for("CHL");
    EXPECT_EQ(imperative("Chile ratify the Convention", subjects), "Ratify the Convention");
    EXPECT_EQ(imperative("Chile to fund it", subjects), "Fund it");
    EXPECT_EQ(imperative("encouraged Chile to sign the Convention", subjects),
              "Sign the Convention");
    EXPECT_EQ(imperative("urged the Government to act", subjects), "Act");
    EXPECT_EQ(imperative("That the Government adopt a law", subjects), "Adopt a law");
    // Only a State's name is dropped without "that": "It is" and "the State party" stay.
    EXPECT_EQ(imperative("the State party report on it", subjects), "The State party report on it");
    EXPECT_EQ(imperative("Chile’s plan be funded", subjects), "Chile’s plan be funded");
}

TEST(WgReportPhrasing, AnInfinitivesToGoesButAPrepositionStays) {
    auto subjects = subjects_for("CHL");
    EXPECT_EQ(imperative("To ratify the Convention", subjects), "Ratify the Convention");
    EXPECT_EQ(imperative("to further develop it", subjects), "Further develop it");
    EXPECT_EQ(imperative("To the extent possible, present its reports", subjects),
              "To the extent possible, present its reports");
    EXPECT_EQ(imperative("To the donors: assist Chile", subjects), "To the donors: assist Chile");
}

TEST(WgReportPhrasing, AGenericSubjectWithoutThatGoesOnlyBeforeAVerb) {
    auto subjects = subjects_for("CHL");
    EXPECT_EQ(
        imperative("recommended that the Government continue its reform of the courts", subjects),
        "Continue its reform of the courts");
    EXPECT_EQ(imperative("the State pursue its work against poverty", subjects),
              "Pursue its work against poverty");
    EXPECT_EQ(imperative("the authorities should protect all reporters", subjects),
              "Protect all reporters");
    EXPECT_EQ(imperative("the authorities concerned act at once", subjects),
              "The authorities concerned act at once");
    EXPECT_EQ(imperative("the Government is to act", subjects), "The Government is to act");
    EXPECT_EQ(imperative("it continue its efforts", subjects), "It continue its efforts");
}

TEST(WgReportPhrasing, PlainVerbsAreToldFromNounsAndParticiples) {
    for (const char* verb : {"publish the figures", "Work more closely", "re-examine the rules",
                             "address the gap", "continue"})
        EXPECT_TRUE(starts_with_plain_verb(verb)) << verb;
    for (const char* other :
         {"protection against", "the Convention", "ILO Convention", "accession to", "party to",
          "ensuring that", "concerned", "is", "measures to", "withdrawal of", "1951 Convention",
          "other treaties", "any treaty"})
        EXPECT_FALSE(starts_with_plain_verb(other)) << other;
}

TEST(WgReportPhrasing, LeadsOfTheDialogueAndModalsGoWithTheSubject) {
    auto subjects = subjects_for("CHL");
    EXPECT_EQ(imperative("recommended Chile to adopt a law", subjects), "Adopt a law");
    EXPECT_EQ(imperative("Recommended Chile to adopt a law", subjects), "Adopt a law");
    EXPECT_EQ(imperative("Recommended to take steps against hunger", subjects),
              "Take steps against hunger");
    EXPECT_EQ(imperative("Recommended to the Council a review", subjects),
              "Recommended to the Council a review");
    EXPECT_EQ(imperative("requests Chile to share its practices", subjects), "Share its practices");
    EXPECT_EQ(imperative("encourages Chile to fund it", subjects), "Fund it");
    EXPECT_EQ(imperative("to Chile to investigate", subjects), "Investigate");
    EXPECT_EQ(imperative("recommended to Chile that it continue its efforts", subjects),
              "Continue its efforts");
    EXPECT_EQ(imperative("Chile could consider signing the Convention", subjects),
              "Consider signing the Convention");
    EXPECT_EQ(imperative("That Chile should investigate", subjects), "Investigate");
    EXPECT_EQ(imperative("That the Congo consider a law", subjects_for("COG")), "Consider a law");
    // A modal without a subject dropped is the recommendation's own word.
    EXPECT_EQ(imperative("Should the law pass, fund it", subjects), "Should the law pass, fund it");
}

}  // namespace
}  // namespace rightstrack::ingest
